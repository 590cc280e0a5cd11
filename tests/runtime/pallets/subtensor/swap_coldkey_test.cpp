// Coldkey swap (swap/swap_coldkey.hpp): the tests of pallets/subtensor/src/tests/swap_coldkey.rs
// at v3.0.0 whose mechanisms exist, under their upstream names with their inputs and asserted
// numbers; then the calls' descriptors, the scheduler record (bytes of Scheduler.Agenda) and its
// execution at the target block, every error with an unchanged state, and the check order.
//
// Upstream's mock runs Scheduler::on_initialize after SubtensorModule's in step_block /
// run_to_block; the fixture here runs SubtensorModule's only, so the execution tests call
// scheduler_service_agenda themselves, in the same place.
//
// Not ported here (mechanism missing at this stage):
//   the add_stake call (issue #5): test_swap_total_coldkey_stake, test_swap_idempotency,
//     test_swap_with_max_values, test_swap_with_non_existent_new_coldkey,
//     test_swap_effect_on_delegated_stake, test_swap_concurrent_modifications,
//     test_do_swap_coldkey_success, test_swap_stake_for_coldkey,
//     test_swap_staking_hotkeys_for_coldkey, test_swap_delegated_stake_for_coldkey,
//     test_coldkey_swap_total, test_coldkey_delegations, test_schedule_swap_coldkey_execution
//     (its execution without stake is ScheduledSwapRunsAtItsBlock below);
//   SubtensorSignedExtension's ColdkeyInSwapSchedule rule (and add_stake):
//     test_coldkey_in_swap_schedule_prevents_funds_usage,
//     test_coldkey_in_swap_schedule_prevents_critical_calls;
//   the Senate membership pallet (not modelled): test_swap_senate_member.
#include "runtime/pallets/subtensor/swap/swap_coldkey.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/pallets/balances/fungible.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "runtime/runtime.hpp"
#include "storage/storage_key.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::testing {
namespace {

namespace st = subtensor;
namespace sev = subtensor::event;
using frame::DispatchError;
using frame::Origin;
using frame::Weight;
using st::Error;

constexpr uint64_t kKeySwapCost = 1'000'000'000;                  // mock InitialKeySwapCost
constexpr BlockNumber kScheduleDuration = 5 * 24 * 60 * 60 / 12;  // mock, 36,000 blocks

DispatchError err(Error e) { return st::error(e); }

Bytes text(const char* s) {
  Bytes out;
  for (; *s != 0; ++s) out.push_back(static_cast<uint8_t>(*s));
  return out;
}

st::ChainIdentityV2 identity_named(const char* name) {
  st::ChainIdentityV2 id;
  id.name = text(name);
  return id;
}

class SwapColdkeyTest : public SubtensorTest {
 protected:
  static Bytes swap_coldkey(const AccountId& old_coldkey, const AccountId& new_coldkey,
                            uint64_t swap_cost) {
    return st_call(71, old_coldkey, new_coldkey, swap_cost);
  }
  static Bytes schedule_swap_coldkey(const AccountId& new_coldkey) {
    return st_call(73, new_coldkey);
  }
  // `assert_ok!(perform_swap_coldkey(...))`.
  void perform(const AccountId& old_coldkey, const AccountId& new_coldkey) {
    Weight weight;
    ASSERT_TRUE(st::perform_swap_coldkey(env_, old_coldkey, new_coldkey, weight).has_value());
  }
  void do_swap_ok(const AccountId& old_coldkey, const AccountId& new_coldkey, uint64_t cost) {
    ASSERT_TRUE(st::do_swap_coldkey(env_, old_coldkey, new_coldkey, cost).has_value());
  }
  // mirrors utils/misc.rs set_burn.
  void set_burn(NetUid netuid, uint64_t burn) {
    st::Burn::insert(overlay_, netuid, TaoBalance(burn));
    system::deposit(env_, sev::BurnSet{netuid, burn});
  }
  // The mock's run_to_block, with Scheduler::on_initialize after SubtensorModule's.
  void run_to_block_with_scheduler(uint64_t n) {
    while (block() < n) {
      run_to_block(block() + 1);
      st::scheduler_service_agenda(env_, static_cast<BlockNumber>(block()));
    }
  }
  // Raw Scheduler.Agenda[when] bytes, if any.
  std::optional<Bytes> agenda_bytes(BlockNumber when) const {
    const storage::StoragePrefix prefix = storage::storage_prefix("Scheduler", "Agenda");
    Bytes key(prefix.begin(), prefix.end());
    const Bytes encoded = scale::encode(when);
    storage::append_hashed(storage::HasherKind::kTwox64Concat, encoded, key);
    return overlay_.get(key);
  }
  uint64_t coldkey_balance(const AccountId& who) const { return st::coldkey_balance(env_, who); }
};

// =============================================================================================
// tests/swap_coldkey.rs
// =============================================================================================

TEST_F(SwapColdkeyTest, test_swap_subnet_owner) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  const NetUid netuid{1};
  add_network(netuid, 1, 0);
  st::SubnetOwner::insert(overlay_, netuid, old_coldkey);
  perform(old_coldkey, new_coldkey);
  EXPECT_EQ(st::SubnetOwner::get(overlay_, netuid), new_coldkey);
}

TEST_F(SwapColdkeyTest, test_swap_staking_hotkeys) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2), hotkey = u256(3);
  st::StakingHotkeys::insert(overlay_, old_coldkey, {hotkey});
  perform(old_coldkey, new_coldkey);
  EXPECT_TRUE(st::StakingHotkeys::get(overlay_, old_coldkey).empty());
  EXPECT_EQ(st::StakingHotkeys::get(overlay_, new_coldkey), std::vector<AccountId>{hotkey});
}

TEST_F(SwapColdkeyTest, test_swap_hotkey_owners) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2), hotkey = u256(3);
  st::Owner::insert(overlay_, hotkey, old_coldkey);
  st::OwnedHotkeys::insert(overlay_, old_coldkey, {hotkey});
  perform(old_coldkey, new_coldkey);
  EXPECT_EQ(st::Owner::get(overlay_, hotkey), new_coldkey);
  EXPECT_TRUE(st::OwnedHotkeys::get(overlay_, old_coldkey).empty());
  EXPECT_EQ(st::OwnedHotkeys::get(overlay_, new_coldkey), std::vector<AccountId>{hotkey});
}

TEST_F(SwapColdkeyTest, test_transfer_remaining_balance) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  const uint64_t balance = 100;
  add_balance(old_coldkey, balance);
  perform(old_coldkey, new_coldkey);
  EXPECT_EQ(coldkey_balance(old_coldkey), 0u);
  EXPECT_EQ(coldkey_balance(new_coldkey), balance);
}

TEST_F(SwapColdkeyTest, test_swap_with_no_stake) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  perform(old_coldkey, new_coldkey);
  EXPECT_EQ(st::get_total_stake_for_coldkey(overlay_, old_coldkey), 0u);
  EXPECT_EQ(st::get_total_stake_for_coldkey(overlay_, new_coldkey), 0u);
}

TEST_F(SwapColdkeyTest, test_swap_with_multiple_hotkeys) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  const AccountId hotkey1 = u256(3), hotkey2 = u256(4);
  st::OwnedHotkeys::insert(overlay_, old_coldkey, {hotkey1, hotkey2});
  perform(old_coldkey, new_coldkey);
  EXPECT_TRUE(st::OwnedHotkeys::get(overlay_, old_coldkey).empty());
  const std::vector<AccountId> expected{hotkey1, hotkey2};
  EXPECT_EQ(st::OwnedHotkeys::get(overlay_, new_coldkey), expected);
}

TEST_F(SwapColdkeyTest, test_swap_with_multiple_subnets) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  const NetUid netuid1{1}, netuid2{2};
  add_network(netuid1, 1, 0);
  add_network(netuid2, 1, 0);
  st::SubnetOwner::insert(overlay_, netuid1, old_coldkey);
  st::SubnetOwner::insert(overlay_, netuid2, old_coldkey);
  perform(old_coldkey, new_coldkey);
  EXPECT_EQ(st::SubnetOwner::get(overlay_, netuid1), new_coldkey);
  EXPECT_EQ(st::SubnetOwner::get(overlay_, netuid2), new_coldkey);
}

TEST_F(SwapColdkeyTest, test_swap_with_zero_balance) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  perform(old_coldkey, new_coldkey);
  EXPECT_EQ(free_balance(old_coldkey), 0u);
  EXPECT_EQ(free_balance(new_coldkey), 0u);
}

TEST_F(SwapColdkeyTest, test_swap_with_max_hotkeys) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  std::vector<AccountId> hotkeys;
  for (uint64_t i = 0; i < 1000; ++i) hotkeys.push_back(u256(i));
  st::OwnedHotkeys::insert(overlay_, old_coldkey, hotkeys);
  perform(old_coldkey, new_coldkey);
  EXPECT_TRUE(st::OwnedHotkeys::get(overlay_, old_coldkey).empty());
  EXPECT_EQ(st::OwnedHotkeys::get(overlay_, new_coldkey), hotkeys);
}

TEST_F(SwapColdkeyTest, test_swap_with_invalid_subnet_ownership) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  const NetUid netuid{1};
  st::SubnetOwner::insert(overlay_, netuid, old_coldkey);
  st::SubnetOwner::insert(overlay_, netuid, u256(3));
  perform(old_coldkey, new_coldkey);
  EXPECT_EQ(st::SubnetOwner::get(overlay_, netuid), u256(3));
}

TEST_F(SwapColdkeyTest, test_swap_subnet_owner_for_coldkey) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  const NetUid netuid1{1}, netuid2{2};
  add_network(netuid1, 13, 0);
  add_network(netuid2, 14, 0);
  st::SubnetOwner::insert(overlay_, netuid1, old_coldkey);
  st::SubnetOwner::insert(overlay_, netuid2, old_coldkey);
  st::TotalNetworks::put(overlay_, uint16_t{3});
  perform(old_coldkey, new_coldkey);
  EXPECT_EQ(st::SubnetOwner::get(overlay_, netuid1), new_coldkey);
  EXPECT_EQ(st::SubnetOwner::get(overlay_, netuid2), new_coldkey);
}

TEST_F(SwapColdkeyTest, test_do_swap_coldkey_with_subnet_ownership) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2), hotkey = u256(3);
  const NetUid netuid{1};
  const uint64_t stake_amount = 1000;
  add_network(netuid, 13, 0);
  register_ok_neuron(netuid, hotkey, old_coldkey, 0);
  st::TotalNetworks::put(overlay_, uint16_t{1});
  add_balance(old_coldkey, stake_amount + kKeySwapCost);
  st::SubnetOwner::insert(overlay_, netuid, old_coldkey);
  st::OwnedHotkeys::insert(overlay_, old_coldkey, {hotkey});
  do_swap_ok(old_coldkey, new_coldkey, kKeySwapCost);
  EXPECT_EQ(st::SubnetOwner::get(overlay_, netuid), new_coldkey);
}

TEST_F(SwapColdkeyTest, test_coldkey_has_associated_hotkeys) {
  // Upstream sets up a registered neuron and asserts nothing further.
  add_network(NetUid{1}, 13, 0);
  register_ok_neuron(NetUid{1}, u256(2), u256(1), 0);
  add_balance(u256(1), 1000);
  EXPECT_EQ(st::Owner::get(overlay_, u256(2)), u256(1));
}

TEST_F(SwapColdkeyTest, test_schedule_swap_coldkey_success) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  add_balance(old_coldkey, kKeySwapCost + 1'000);
  ASSERT_TRUE(signed_call(old_coldkey, schedule_swap_coldkey(new_coldkey)).has_value());
  const uint64_t current_block = block();
  const uint64_t expected_execution_block = current_block + 5 * 24 * 60 * 60 / 12;
  const auto all = events();
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back(), ev(sev::ColdkeySwapScheduled{
                            old_coldkey, new_coldkey,
                            static_cast<BlockNumber>(expected_execution_block), kKeySwapCost}));
}

TEST_F(SwapColdkeyTest, test_schedule_swap_coldkey_duplicate) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  add_balance(old_coldkey, kKeySwapCost + 2'000);
  ASSERT_TRUE(signed_call(old_coldkey, schedule_swap_coldkey(new_coldkey)).has_value());
  expect_rejected(Origin::signed_by(old_coldkey), schedule_swap_coldkey(new_coldkey),
                  err(Error::kSwapAlreadyScheduled));
}

TEST_F(SwapColdkeyTest, test_direct_swap_coldkey_call_fails) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  expect_rejected(Origin::signed_by(old_coldkey), swap_coldkey(old_coldkey, new_coldkey, 0),
                  DispatchError::bad_origin());
}

TEST_F(SwapColdkeyTest, test_schedule_swap_coldkey_with_pending_swap) {
  const AccountId old_coldkey = u256(1), new_coldkey1 = u256(2), new_coldkey2 = u256(3);
  add_balance(old_coldkey, kKeySwapCost + 1'000);
  ASSERT_TRUE(signed_call(old_coldkey, schedule_swap_coldkey(new_coldkey1)).has_value());
  expect_rejected(Origin::signed_by(old_coldkey), schedule_swap_coldkey(new_coldkey2),
                  err(Error::kSwapAlreadyScheduled));
}

TEST_F(SwapColdkeyTest, test_coldkey_swap_delegate_identity_updated) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  const NetUid netuid{1};
  const uint64_t burn_cost = 10;
  set_burn(netuid, burn_cost);
  add_network(netuid, 1, 0);
  add_balance(old_coldkey, 100'000'000'000);
  ASSERT_TRUE(signed_call(old_coldkey, st_call(7, netuid, old_coldkey)).has_value());

  const st::ChainIdentityV2 identity = identity_named("The Third Coolest Identity");
  st::IdentitiesV2::insert(overlay_, old_coldkey, identity);
  EXPECT_TRUE(st::IdentitiesV2::get(overlay_, old_coldkey).has_value());
  EXPECT_FALSE(st::IdentitiesV2::get(overlay_, new_coldkey).has_value());

  do_swap_ok(old_coldkey, new_coldkey, burn_cost);
  EXPECT_FALSE(st::IdentitiesV2::get(overlay_, old_coldkey).has_value());
  EXPECT_EQ(st::IdentitiesV2::get(overlay_, new_coldkey), identity);
}

TEST_F(SwapColdkeyTest, test_coldkey_swap_no_identity_no_changes) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  const NetUid netuid{1};
  const uint64_t burn_cost = 10;
  set_burn(netuid, burn_cost);
  add_network(netuid, 1, 0);
  add_balance(old_coldkey, 100'000'000'000);
  ASSERT_TRUE(signed_call(old_coldkey, st_call(7, netuid, old_coldkey)).has_value());
  EXPECT_FALSE(st::IdentitiesV2::get(overlay_, old_coldkey).has_value());
  do_swap_ok(old_coldkey, new_coldkey, burn_cost);
  EXPECT_FALSE(st::IdentitiesV2::get(overlay_, old_coldkey).has_value());
  EXPECT_FALSE(st::IdentitiesV2::get(overlay_, new_coldkey).has_value());
}

TEST_F(SwapColdkeyTest, test_coldkey_swap_no_identity_no_changes_newcoldkey_exists) {
  const AccountId old_coldkey = u256(3), new_coldkey = u256(4);
  const NetUid netuid{1};
  const uint64_t burn_cost = 10;
  set_burn(netuid, burn_cost);
  add_network(netuid, 1, 0);
  add_balance(old_coldkey, 100'000'000'000);
  ASSERT_TRUE(signed_call(old_coldkey, st_call(7, netuid, old_coldkey)).has_value());

  st::IdentitiesV2::insert(overlay_, new_coldkey, identity_named("The Coolest Identity"));
  EXPECT_TRUE(st::IdentitiesV2::get(overlay_, new_coldkey).has_value());
  EXPECT_FALSE(st::IdentitiesV2::get(overlay_, old_coldkey).has_value());

  do_swap_ok(old_coldkey, new_coldkey, burn_cost);
  EXPECT_FALSE(st::IdentitiesV2::get(overlay_, old_coldkey).has_value());
  EXPECT_TRUE(st::IdentitiesV2::get(overlay_, new_coldkey).has_value());
}

TEST_F(SwapColdkeyTest, test_cant_schedule_swap_without_enough_to_burn) {
  expect_rejected(Origin::signed_by(u256(3)), schedule_swap_coldkey(u256(4)),
                  err(Error::kNotEnoughBalanceToPaySwapColdKey));
}

// =============================================================================================
// Beyond upstream
// =============================================================================================

TEST_F(SwapColdkeyTest, DeclaredWeightsClassesAndPays) {
  const auto& reg = runtime_registry();
  // from_parts(127_713_000, 11_645) + reads(18) * 25e6 + writes(12) * 100e6.
  const frame::DispatchInfo swap = frame::call_info(reg, swap_coldkey(u256(1), u256(2), 5)).value();
  EXPECT_EQ(swap.weight, Weight::from_parts(1'777'713'000, 11'645));
  EXPECT_EQ(swap.dispatch_class, frame::DispatchClass::kOperational);
  EXPECT_EQ(swap.pays_fee, frame::Pays::kNo);
  // from_parts(119_000_000, 0) + reads(6) * 25e6 + writes(31) * 100e6.
  const frame::DispatchInfo schedule =
      frame::call_info(reg, schedule_swap_coldkey(u256(2))).value();
  EXPECT_EQ(schedule.weight, Weight::from_parts(3'369'000'000, 0));
  EXPECT_EQ(schedule.dispatch_class, frame::DispatchClass::kOperational);
  EXPECT_EQ(schedule.pays_fee, frame::Pays::kYes);
}

TEST_F(SwapColdkeyTest, RootSwapBurnsMovesAndReportsWeight) {
  // Through the Root call: old owns one registered hotkey on subnet 1 and 5e9 rao.
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2), hotkey = u256(3);
  const NetUid netuid{1};
  add_network(netuid, 13, 0);
  register_ok_neuron(netuid, hotkey, old_coldkey, 0);
  add_balance(old_coldkey, 5'000'000'000);
  st::TotalIssuance::put(overlay_, TaoBalance(7'000'000'000));
  st::ColdkeySwapScheduled::insert(overlay_, old_coldkey, std::monostate{});

  auto r = root(swap_coldkey(old_coldkey, new_coldkey, kKeySwapCost));
  ASSERT_TRUE(r.has_value());
  // reads(2) + reads(1) + reads(1) + rw(1,1) [burn]; perform: one subnet rw(1,1), the one staking
  // hotkey rw(2,2), StakingHotkeys rw(2,2), owners rw(2,2), balance rw(2,2); writes(1):
  // 14 reads, 11 writes = 350e6 + 1,100e6.
  EXPECT_EQ(r->actual_weight, std::optional<Weight>(Weight::from_parts(1'450'000'000, 0)));
  // 5e9 - 1e9 burned; the remaining 4e9 moved whole (ED 1: nothing left behind).
  EXPECT_EQ(free_balance(old_coldkey), 0u);
  EXPECT_EQ(free_balance(new_coldkey), 4'000'000'000u);
  EXPECT_EQ(st::TotalIssuance::get(env_).to_u64(), 6'000'000'000u);
  EXPECT_EQ(st::Owner::get(overlay_, hotkey), new_coldkey);
  EXPECT_EQ(st::OwnedHotkeys::get(overlay_, new_coldkey), std::vector<AccountId>{hotkey});
  EXPECT_FALSE(st::OwnedHotkeys::contains_key(overlay_, old_coldkey));
  EXPECT_EQ(st::StakingHotkeys::get(overlay_, new_coldkey), std::vector<AccountId>{hotkey});
  EXPECT_EQ(st::LastTxBlock::get(overlay_, new_coldkey), 1u);
  EXPECT_FALSE(st::ColdkeySwapScheduled::contains_key(overlay_, old_coldkey));
  // Upstream writes an Alpha entry for (hotkey, new, netuid) even when nothing was staked.
  EXPECT_TRUE(st::Alpha::contains_key(overlay_, hotkey, new_coldkey, netuid));
  EXPECT_EQ(st::Alpha::get(overlay_, hotkey, new_coldkey, netuid), U64F64::from_num(0));
  const auto all = events();
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.back(), ev(sev::ColdkeySwapped{old_coldkey, new_coldkey, kKeySwapCost}));
}

TEST_F(SwapColdkeyTest, PerformMergesListsAndAddsShares) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  const AccountId hk_a = u256(3), hk_b = u256(4), hk_c = u256(5);
  const NetUid netuid{1};
  add_network(netuid, 1, 0);
  st::StakingHotkeys::insert(overlay_, old_coldkey, {hk_a, hk_b});
  st::StakingHotkeys::insert(overlay_, new_coldkey, {hk_b, hk_c});
  st::OwnedHotkeys::insert(overlay_, old_coldkey, {hk_a});
  st::OwnedHotkeys::insert(overlay_, new_coldkey, {hk_c});
  st::Alpha::insert(overlay_, hk_b, old_coldkey, netuid, U64F64::from_num(30));
  st::Alpha::insert(overlay_, hk_b, new_coldkey, netuid, U64F64::from_num(12));
  perform(old_coldkey, new_coldkey);
  const std::vector<AccountId> staking{hk_b, hk_c, hk_a}, owned{hk_c, hk_a};
  EXPECT_EQ(st::StakingHotkeys::get(overlay_, new_coldkey), staking);
  EXPECT_EQ(st::OwnedHotkeys::get(overlay_, new_coldkey), owned);
  EXPECT_EQ(st::Alpha::get(overlay_, hk_b, new_coldkey, netuid), U64F64::from_num(42));
  EXPECT_FALSE(st::Alpha::contains_key(overlay_, hk_b, old_coldkey, netuid));
}

TEST_F(SwapColdkeyTest, ScheduleWritesUpstreamAgendaBytes) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  add_balance(old_coldkey, kKeySwapCost);
  ASSERT_TRUE(signed_call(old_coldkey, schedule_swap_coldkey(new_coldkey)).has_value());
  // Nothing is taken at scheduling time.
  EXPECT_EQ(free_balance(old_coldkey), kKeySwapCost);
  EXPECT_TRUE(st::ColdkeySwapScheduled::contains_key(overlay_, old_coldkey));

  // BoundedVec [Some(Scheduled{None, 63, Inline(call), None, system(Root)})]:
  //   04 | 01 | 00 | 3f | 01 | compact(74) = 29 01 | 07 47 old new cost(LE) | 00 | 00 00
  const BlockNumber when = 1 + kScheduleDuration;
  Bytes expected{0x04, 0x01, 0x00, 0x3f, 0x01, 0x29, 0x01, 0x07, 0x47};
  for (uint8_t b : old_coldkey.bytes()) expected.push_back(b);
  for (uint8_t b : new_coldkey.bytes()) expected.push_back(b);
  for (uint8_t b : scale::encode(kKeySwapCost)) expected.push_back(b);
  expected.insert(expected.end(), {0x00, 0x00, 0x00});
  EXPECT_EQ(agenda_bytes(when), std::optional<Bytes>(expected));
  EXPECT_EQ(st::swap_coldkey_call(old_coldkey, new_coldkey, kKeySwapCost).size(), 74u);
}

TEST_F(SwapColdkeyTest, ScheduledSwapRunsAtItsBlock) {
  // test_schedule_swap_coldkey_execution without its stake (add_stake is issue #5), with a
  // 10-block schedule duration.
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2), hotkey = u256(3);
  const NetUid netuid{1};
  st::ColdkeySwapScheduleDuration::put(overlay_, BlockNumber{10});
  add_network(netuid, 13, 0);
  register_ok_neuron(netuid, hotkey, old_coldkey, 0);
  add_balance(old_coldkey, 1'000'000'000'000'000);
  ASSERT_TRUE(signed_call(old_coldkey, schedule_swap_coldkey(new_coldkey)).has_value());
  const BlockNumber execution_block = 11;
  EXPECT_EQ(events().back(),
            ev(sev::ColdkeySwapScheduled{old_coldkey, new_coldkey, execution_block, kKeySwapCost}));

  run_to_block_with_scheduler(execution_block - 1);
  EXPECT_EQ(st::Owner::get(overlay_, hotkey), old_coldkey);
  EXPECT_TRUE(agenda_bytes(execution_block).has_value());

  run_to_block_with_scheduler(execution_block);
  EXPECT_EQ(st::Owner::get(overlay_, hotkey), new_coldkey);
  EXPECT_TRUE(has_event(sev::ColdkeySwapped{old_coldkey, new_coldkey, kKeySwapCost}));
  EXPECT_FALSE(st::ColdkeySwapScheduled::contains_key(overlay_, old_coldkey));
  EXPECT_FALSE(agenda_bytes(execution_block).has_value());
  // 1e15 - 1e9 burned, the rest moved.
  EXPECT_EQ(free_balance(old_coldkey), 0u);
  EXPECT_EQ(free_balance(new_coldkey), 999'999'000'000'000u);
  EXPECT_EQ(st::LastTxBlock::get(overlay_, new_coldkey), uint64_t{execution_block});
}

TEST_F(SwapColdkeyTest, ScheduledSwapThatFailsLeavesNoTraceButTheRecord) {
  // The new coldkey became a hotkey before the target block: swap_coldkey fails with
  // NewColdKeyIsHotkey inside the scheduler's dispatch, its layer rolls back, and the agenda is
  // consumed. ColdkeySwapScheduled stays (upstream's behaviour).
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2), hotkey = u256(3);
  st::ColdkeySwapScheduleDuration::put(overlay_, BlockNumber{2});
  add_balance(old_coldkey, 5'000'000'000);
  st::Owner::insert(overlay_, hotkey, old_coldkey);
  ASSERT_TRUE(signed_call(old_coldkey, schedule_swap_coldkey(new_coldkey)).has_value());
  st::Owner::insert(overlay_, new_coldkey, u256(9));
  run_to_block_with_scheduler(3);
  EXPECT_EQ(st::Owner::get(overlay_, hotkey), old_coldkey);
  EXPECT_EQ(free_balance(old_coldkey), 5'000'000'000u);
  EXPECT_TRUE(st::ColdkeySwapScheduled::contains_key(overlay_, old_coldkey));
  EXPECT_FALSE(agenda_bytes(3).has_value());
  EXPECT_FALSE(has_event(sev::ColdkeySwapped{old_coldkey, new_coldkey, kKeySwapCost}));
  // And the coldkey cannot schedule again.
  expect_rejected(Origin::signed_by(old_coldkey), schedule_swap_coldkey(u256(4)),
                  err(Error::kSwapAlreadyScheduled));
}

TEST_F(SwapColdkeyTest, AgendaTakesFiftyTasksPerBlock) {
  // MaxScheduledPerBlock 50: the 51st schedule_swap_coldkey of the same block fails with
  // FailedToSchedule and changes nothing.
  for (uint64_t i = 0; i < 50; ++i) {
    add_balance(u256(100 + i), kKeySwapCost);
    ASSERT_TRUE(signed_call(u256(100 + i), schedule_swap_coldkey(u256(1000 + i))).has_value());
  }
  add_balance(u256(150), kKeySwapCost);
  expect_rejected(Origin::signed_by(u256(150)), schedule_swap_coldkey(u256(1050)),
                  err(Error::kFailedToSchedule));
  // At the target block all 50 run.
  set_block(1 + kScheduleDuration);
  EXPECT_EQ(st::scheduler_service_agenda(env_, 1 + kScheduleDuration), 50u);
  EXPECT_FALSE(agenda_bytes(1 + kScheduleDuration).has_value());
  // Each old coldkey held exactly the cost: the Preserve withdrawal takes 1e9 - 1 (ED 1 stays)
  // and perform_swap_coldkey moves that last rao to the new coldkey.
  for (uint64_t i = 0; i < 50; ++i) {
    EXPECT_EQ(free_balance(u256(100 + i)), 0u);
    EXPECT_EQ(free_balance(u256(1000 + i)), 1u);
    EXPECT_FALSE(st::ColdkeySwapScheduled::contains_key(overlay_, u256(100 + i)));
  }
}

// ---- bad input: each error, nothing changed -------------------------------------------------

TEST_F(SwapColdkeyTest, SwapColdkeyErrors) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2), hotkey = u256(3);
  st::IdentitiesV2::insert(overlay_, old_coldkey, identity_named("id"));
  expect_rejected(Origin::none(), swap_coldkey(old_coldkey, new_coldkey, 0),
                  DispatchError::bad_origin());
  // Not enough to pay: the identity moved before the balance check is rolled back too.
  expect_rejected(Origin::root(), swap_coldkey(old_coldkey, new_coldkey, kKeySwapCost),
                  err(Error::kNotEnoughBalanceToPaySwapColdKey));
  // The new coldkey is a hotkey.
  st::Owner::insert(overlay_, new_coldkey, u256(9));
  expect_rejected(Origin::root(), swap_coldkey(old_coldkey, new_coldkey, 0),
                  err(Error::kNewColdKeyIsHotkey));
  // The new coldkey already stakes: checked first.
  st::StakingHotkeys::insert(overlay_, new_coldkey, {hotkey});
  expect_rejected(Origin::root(), swap_coldkey(old_coldkey, new_coldkey, 0),
                  err(Error::kColdKeyAlreadyAssociated));
}

TEST_F(SwapColdkeyTest, ScheduleSwapColdkeyErrors) {
  const AccountId old_coldkey = u256(1), new_coldkey = u256(2);
  expect_rejected(Origin::root(), schedule_swap_coldkey(new_coldkey), DispatchError::bad_origin());
  expect_rejected(Origin::none(), schedule_swap_coldkey(new_coldkey), DispatchError::bad_origin());
  add_balance(old_coldkey, kKeySwapCost - 1);
  expect_rejected(Origin::signed_by(old_coldkey), schedule_swap_coldkey(new_coldkey),
                  err(Error::kNotEnoughBalanceToPaySwapColdKey));
  add_balance(old_coldkey, 1);
  // A zero duration targets the current block: the scheduler refuses it.
  st::ColdkeySwapScheduleDuration::put(overlay_, BlockNumber{0});
  expect_rejected(Origin::signed_by(old_coldkey), schedule_swap_coldkey(new_coldkey),
                  err(Error::kFailedToSchedule));
  // Already scheduled is checked before the balance.
  st::ColdkeySwapScheduled::insert(overlay_, u256(7), std::monostate{});
  expect_rejected(Origin::signed_by(u256(7)), schedule_swap_coldkey(new_coldkey),
                  err(Error::kSwapAlreadyScheduled));
}

}  // namespace
}  // namespace subemu::runtime::testing
