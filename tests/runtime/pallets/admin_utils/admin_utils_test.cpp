// pallet_admin_utils: call indices and argument encoding, origin rules (Root / owner-or-root /
// owner), existence and bound checks with their exact errors, storage writes and the
// SubtensorModule events, declared weights. Adapted from pallets/admin-utils/src/tests/mod.rs.
//
// No register_network exists yet: a subnet is made by writing what network creation writes and
// the setters read: NetworksAdded(netuid) = true and SubnetOwner(netuid) = owner (plus
// SubnetworkN where a bound reads it).
#include <gtest/gtest.h>

#include "runtime/pallets/admin_utils/pallet.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/runtime.hpp"
#include "tests/runtime/pallets/system/frame_fixture.hpp"

namespace subemu::runtime::testing {
namespace {

using frame::DispatchError;
using frame::Origin;
namespace st = subtensor;
namespace sev = subtensor::event;
namespace au = admin_utils;

constexpr uint8_t kAdmin = 19;
constexpr NetUid kNet{1};

class AdminUtilsTest : public ::testing::Test {
 protected:
  AdminUtilsTest() : overlay_(store_), env_{overlay_, frame::runtime_config(), runtime_registry()} {
    system::build_genesis(env_);
    start_block(1);
  }

  void start_block(BlockNumber n) {
    system::reset_events(env_);
    system::initialize(env_, n, system::block_hash(overlay_, n - 1), frame::Digest{});
    system::note_finished_initialize(env_);
  }

  // What register_network writes that the setters check.
  void add_subnet(NetUid netuid, const AccountId& owner) {
    st::NetworksAdded::insert(overlay_, netuid, true);
    st::SubnetOwner::insert(overlay_, netuid, owner);
  }

  frame::DispatchResultWithPostInfo dispatch(const Origin& origin, const Bytes& c) {
    return frame::dispatch_call(env_, origin, c, false);
  }

  // The merged state: every (key, value), in key order.
  std::vector<std::pair<Bytes, Bytes>> dump() {
    std::vector<std::pair<Bytes, Bytes>> out;
    overlay_.scan(storage::ScanRange::all_with_prefix({}), [&](ByteView k, ByteView v) {
      out.emplace_back(Bytes(k.begin(), k.end()), Bytes(v.begin(), v.end()));
      return storage::Visit::kContinue;
    });
    return out;
  }

  std::vector<std::pair<uint8_t, Bytes>> event_bytes() {
    auto ev = system::read_events(overlay_, env_.registry);
    EXPECT_TRUE(ev.has_value());
    std::vector<std::pair<uint8_t, Bytes>> out;
    if (ev) {
      for (const auto& r : *ev) out.emplace_back(r.pallet, r.event);
    }
    return out;
  }
  template <class E>
  static std::pair<uint8_t, Bytes> ev(const E& e) {
    return {E::kPallet, system::encode_event(e)};
  }

  // Dispatches `c`, expects `err`, and that the state (events included) did not change.
  void expect_rejected(const Origin& origin, const Bytes& c, const DispatchError& err) {
    const auto before = dump();
    auto r = dispatch(origin, c);
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().error, err);
    EXPECT_EQ(dump(), before);
  }

  // Dispatches `c` and expects success and exactly one event `e` in this block.
  template <class E>
  void expect_ok_with(const Origin& origin, const Bytes& c, const E& e) {
    start_block(system::block_number(overlay_) + 1);
    auto r = dispatch(origin, c);
    ASSERT_TRUE(r.has_value()) << "call failed";
    EXPECT_EQ(r->pays_fee, frame::Pays::kYes);
    const auto events = event_bytes();
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0], ev(e));
  }

  storage::MemoryStore store_;
  storage::Overlay overlay_;
  frame::Env env_;
};

const DispatchError kBadOrigin = DispatchError::bad_origin();
const DispatchError kNoSubnet = au::error(au::Error::kSubnetDoesNotExist);

TEST_F(AdminUtilsTest, ErrorEncodingAndRegistration) {
  EXPECT_EQ(kNoSubnet, DispatchError::module(19, 0));
  EXPECT_EQ(au::error(au::Error::kMaxAllowedUIdsLessThanCurrentUIds), DispatchError::module(19, 2));
  const metadata::PalletDesc p = au::describe();
  EXPECT_EQ(p.name, "AdminUtils");
  EXPECT_EQ(p.index, 19);
  // 54 upstream calls minus swap_authorities and schedule_grandpa_change; every index and name
  // as upstream declares them.
  const std::vector<std::pair<uint8_t, std::string>> expected = {
      {1, "sudo_set_default_take"},
      {2, "sudo_set_tx_rate_limit"},
      {3, "sudo_set_serving_rate_limit"},
      {4, "sudo_set_min_difficulty"},
      {5, "sudo_set_max_difficulty"},
      {6, "sudo_set_weights_version_key"},
      {7, "sudo_set_weights_set_rate_limit"},
      {8, "sudo_set_adjustment_interval"},
      {9, "sudo_set_adjustment_alpha"},
      {12, "sudo_set_max_weight_limit"},
      {13, "sudo_set_immunity_period"},
      {14, "sudo_set_min_allowed_weights"},
      {15, "sudo_set_max_allowed_uids"},
      {16, "sudo_set_kappa"},
      {17, "sudo_set_rho"},
      {18, "sudo_set_activity_cutoff"},
      {19, "sudo_set_network_registration_allowed"},
      {20, "sudo_set_network_pow_registration_allowed"},
      {21, "sudo_set_target_registrations_per_interval"},
      {22, "sudo_set_min_burn"},
      {23, "sudo_set_max_burn"},
      {24, "sudo_set_difficulty"},
      {25, "sudo_set_max_allowed_validators"},
      {26, "sudo_set_bonds_moving_average"},
      {60, "sudo_set_bonds_penalty"},
      {27, "sudo_set_max_registrations_per_block"},
      {28, "sudo_set_subnet_owner_cut"},
      {29, "sudo_set_network_rate_limit"},
      {30, "sudo_set_tempo"},
      {33, "sudo_set_total_issuance"},
      {35, "sudo_set_network_immunity_period"},
      {36, "sudo_set_network_min_lock_cost"},
      {37, "sudo_set_subnet_limit"},
      {38, "sudo_set_lock_reduction_interval"},
      {39, "sudo_set_rao_recycled"},
      {42, "sudo_set_stake_threshold"},
      {43, "sudo_set_nominator_min_required_stake"},
      {45, "sudo_set_tx_delegate_take_rate_limit"},
      {46, "sudo_set_min_delegate_take"},
      {49, "sudo_set_commit_reveal_weights_enabled"},
      {50, "sudo_set_liquid_alpha_enabled"},
      {51, "sudo_set_alpha_values"},
      {53, "sudo_set_network_max_stake"},
      {54, "sudo_set_coldkey_swap_schedule_duration"},
      {55, "sudo_set_dissolve_network_schedule_duration"},
      {57, "sudo_set_commit_reveal_weights_interval"},
      {58, "sudo_set_evm_chain_id"},
      {61, "sudo_set_toggle_transfer"},
      {62, "sudo_toggle_evm_precompile"},
      {63, "sudo_set_subnet_moving_alpha"},
      {64, "sudo_set_subnet_owner_hotkey"},
      {65, "sudo_set_ema_price_halving_period"},
  };
  ASSERT_EQ(p.calls.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(p.calls[i].index, expected[i].first);
    EXPECT_EQ(p.calls[i].name, expected[i].second);
  }
  ASSERT_EQ(p.errors.size(), 3u);
  EXPECT_EQ(p.errors[1], "MaxValidatorsLargerThanMaxUIds");
}

TEST_F(AdminUtilsTest, TempoRootOnlyExistsAndEvent) {
  add_subnet(kNet, acc(1));
  const Bytes c = call(kAdmin, 30, kNet, uint16_t{17});
  EXPECT_EQ(c, (Bytes{19, 30, 1, 0, 17, 0}));
  expect_rejected(Origin::signed_by(acc(1)), c, kBadOrigin);  // the owner is not enough
  expect_rejected(Origin::none(), c, kBadOrigin);
  expect_rejected(Origin::root(), call(kAdmin, 30, NetUid{2}, uint16_t{17}), kNoSubnet);
  EXPECT_EQ(st::Tempo::get(env_, kNet), 360);
  expect_ok_with(Origin::root(), c, sev::TempoSet{kNet, 17});
  EXPECT_EQ(st::Tempo::get(env_, kNet), 17);
}

TEST_F(AdminUtilsTest, KappaOwnerOrRoot) {
  add_subnet(kNet, acc(1));
  // A stranger is BadOrigin; for an unknown subnet a signer is BadOrigin before the existence
  // check (SubnetOwner is the zero account), Root gets SubnetDoesNotExist.
  expect_rejected(Origin::signed_by(acc(2)), call(kAdmin, 16, kNet, uint16_t{9}), kBadOrigin);
  expect_rejected(Origin::signed_by(acc(1)), call(kAdmin, 16, NetUid{7}, uint16_t{9}), kBadOrigin);
  expect_rejected(Origin::root(), call(kAdmin, 16, NetUid{7}, uint16_t{9}), kNoSubnet);
  EXPECT_EQ(st::Kappa::get(env_, kNet), 32'767);
  expect_ok_with(Origin::signed_by(acc(1)), call(kAdmin, 16, kNet, uint16_t{9}),
                 sev::KappaSet{kNet, 9});
  EXPECT_EQ(st::Kappa::get(env_, kNet), 9);
  expect_ok_with(Origin::root(), call(kAdmin, 16, kNet, uint16_t{10}), sev::KappaSet{kNet, 10});
  EXPECT_EQ(st::Kappa::get(env_, kNet), 10);
}

TEST_F(AdminUtilsTest, MinBurnRootAndMaxBurnOwner) {
  add_subnet(kNet, acc(1));
  expect_rejected(Origin::signed_by(acc(1)), call(kAdmin, 22, kNet, uint64_t{7}), kBadOrigin);
  expect_ok_with(Origin::root(), call(kAdmin, 22, kNet, uint64_t{1'000}),
                 sev::MinBurnSet{kNet, 1'000});
  EXPECT_EQ(st::MinBurn::get(env_, kNet).to_u64(), 1'000u);
  expect_rejected(Origin::signed_by(acc(2)), call(kAdmin, 23, kNet, uint64_t{7}), kBadOrigin);
  expect_ok_with(Origin::signed_by(acc(1)), call(kAdmin, 23, kNet, uint64_t{5'000'000}),
                 sev::MaxBurnSet{kNet, 5'000'000});
  EXPECT_EQ(st::MaxBurn::get(env_, kNet).to_u64(), 5'000'000u);
  // The min/max relation is not checked upstream.
  expect_ok_with(Origin::root(), call(kAdmin, 23, kNet, uint64_t{1}), sev::MaxBurnSet{kNet, 1});
}

TEST_F(AdminUtilsTest, MaxAllowedUidsBound) {
  add_subnet(kNet, acc(1));
  st::SubnetworkN::insert(overlay_, kNet, uint16_t{5});
  // SubnetworkN < max_allowed_uids, strictly.
  expect_rejected(Origin::root(), call(kAdmin, 15, kNet, uint16_t{5}),
                  au::error(au::Error::kMaxAllowedUIdsLessThanCurrentUIds));
  expect_rejected(Origin::signed_by(acc(1)), call(kAdmin, 15, kNet, uint16_t{6}), kBadOrigin);
  expect_rejected(Origin::root(), call(kAdmin, 15, NetUid{3}, uint16_t{6}), kNoSubnet);
  expect_ok_with(Origin::root(), call(kAdmin, 15, kNet, uint16_t{6}),
                 sev::MaxAllowedUidsSet{kNet, 6});
  EXPECT_EQ(st::MaxAllowedUids::get(env_, kNet), 6);
}

TEST_F(AdminUtilsTest, MaxAllowedValidatorsBound) {
  add_subnet(kNet, acc(1));
  st::MaxAllowedUids::insert(overlay_, kNet, uint16_t{64});
  expect_rejected(Origin::root(), call(kAdmin, 25, kNet, uint16_t{65}),
                  au::error(au::Error::kMaxValidatorsLargerThanMaxUIds));
  expect_ok_with(Origin::root(), call(kAdmin, 25, kNet, uint16_t{64}),
                 sev::MaxAllowedValidatorsSet{kNet, 64});
  EXPECT_EQ(st::MaxAllowedValidators::get(env_, kNet), 64);
}

TEST_F(AdminUtilsTest, DifficultyRootOnly) {
  add_subnet(kNet, acc(1));
  expect_rejected(Origin::signed_by(acc(1)), call(kAdmin, 24, kNet, uint64_t{77}), kBadOrigin);
  expect_rejected(Origin::root(), call(kAdmin, 24, NetUid{2}, uint64_t{77}), kNoSubnet);
  expect_ok_with(Origin::root(), call(kAdmin, 24, kNet, uint64_t{123'456}),
                 sev::DifficultySet{kNet, 123'456});
  EXPECT_EQ(st::Difficulty::get(env_, kNet), 123'456u);
}

TEST_F(AdminUtilsTest, ActivityCutoffLowerBound) {
  add_subnet(kNet, acc(1));
  // MinActivityCutoff defaults to 360.
  expect_rejected(Origin::signed_by(acc(1)), call(kAdmin, 18, kNet, uint16_t{359}),
                  st::error(st::Error::kActivityCutoffTooLow));
  expect_ok_with(Origin::signed_by(acc(1)), call(kAdmin, 18, kNet, uint16_t{360}),
                 sev::ActivityCutoffSet{kNet, 360});
  EXPECT_EQ(st::ActivityCutoff::get(env_, kNet), 360);
}

TEST_F(AdminUtilsTest, GlobalRateLimitsRootOnly) {
  expect_rejected(Origin::signed_by(acc(1)), call(kAdmin, 29, uint64_t{10}), kBadOrigin);
  expect_ok_with(Origin::root(), call(kAdmin, 29, uint64_t{10}), sev::NetworkRateLimitSet{10});
  EXPECT_EQ(st::NetworkRateLimit::get(env_), 10u);
  expect_rejected(Origin::signed_by(acc(1)), call(kAdmin, 2, uint64_t{3}), kBadOrigin);
  start_block(system::block_number(overlay_) + 1);
  auto r = dispatch(Origin::root(), call(kAdmin, 2, uint64_t{3}));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(event_bytes(), (std::vector{ev(sev::TxRateLimitSet{3})}));
  EXPECT_EQ(st::TxRateLimit::get(env_), 3u);
}

TEST_F(AdminUtilsTest, NoExistenceCheckForRegistrationAllowed) {
  // Upstream does not check NetworksAdded here: Root writes for any netuid.
  expect_ok_with(Origin::root(), call(kAdmin, 19, NetUid{9}, true),
                 sev::RegistrationAllowed{NetUid{9}, true});
  EXPECT_TRUE(st::NetworkRegistrationAllowed::get(overlay_, NetUid{9}));
}

TEST_F(AdminUtilsTest, WeightsVersionKeyOwnerRateLimit) {
  add_subnet(kNet, acc(1));
  st::Tempo::insert(overlay_, kNet, uint16_t{2});  // limit = 2 × 5 = 10 blocks
  expect_ok_with(Origin::signed_by(acc(1)), call(kAdmin, 6, kNet, uint64_t{1}),
                 sev::WeightsVersionKeySet{kNet, 1});
  const BlockNumber first = system::block_number(overlay_);
  EXPECT_EQ(st::TransactionKeyLastBlock::get(overlay_, acc(1), kNet, uint16_t{4}), first);
  start_block(first + 9);
  expect_rejected(Origin::signed_by(acc(1)), call(kAdmin, 6, kNet, uint64_t{2}),
                  st::error(st::Error::kTxRateLimitExceeded));
  // Root is not rate limited and does not record a block.
  expect_ok_with(Origin::root(), call(kAdmin, 6, kNet, uint64_t{3}),
                 sev::WeightsVersionKeySet{kNet, 3});
  start_block(first + 10);
  expect_ok_with(Origin::signed_by(acc(1)), call(kAdmin, 6, kNet, uint64_t{4}),
                 sev::WeightsVersionKeySet{kNet, 4});
  EXPECT_EQ(st::WeightsVersionKey::get(env_, kNet), 4u);
}

TEST_F(AdminUtilsTest, SubnetOwnerHotkeyOwnerOnly) {
  add_subnet(kNet, acc(1));
  const Bytes c = call(kAdmin, 64, kNet, acc(5));
  expect_rejected(Origin::root(), c, kBadOrigin);  // ensure_subnet_owner rejects Root
  expect_rejected(Origin::signed_by(acc(2)), c, kBadOrigin);
  expect_ok_with(Origin::signed_by(acc(1)), c, sev::SubnetOwnerHotkeySet{kNet, acc(5)});
  EXPECT_EQ(st::SubnetOwnerHotkey::get(overlay_, kNet), acc(5));
}

TEST_F(AdminUtilsTest, AlphaValuesChecks) {
  add_subnet(kNet, acc(1));
  // Root passes the first origin check but do_set_alpha_values needs a signer.
  expect_rejected(Origin::root(), call(kAdmin, 51, kNet, uint16_t{100}, uint16_t{60'000}),
                  kBadOrigin);
  const Origin owner = Origin::signed_by(acc(1));
  expect_rejected(owner, call(kAdmin, 51, kNet, uint16_t{100}, uint16_t{60'000}),
                  st::error(st::Error::kLiquidAlphaDisabled));
  ASSERT_TRUE(dispatch(owner, call(kAdmin, 50, kNet, true)).has_value());
  expect_rejected(owner, call(kAdmin, 51, kNet, uint16_t{100}, uint16_t{52'427}),
                  st::error(st::Error::kAlphaHighTooLow));
  expect_rejected(owner, call(kAdmin, 51, kNet, uint16_t{0}, uint16_t{52'428}),
                  st::error(st::Error::kAlphaLowOutOfRange));
  expect_rejected(owner, call(kAdmin, 51, kNet, uint16_t{52'428}, uint16_t{52'428}),
                  st::error(st::Error::kAlphaLowOutOfRange));
  ASSERT_TRUE(dispatch(owner, call(kAdmin, 51, kNet, uint16_t{1}, uint16_t{52'428})).has_value());
  EXPECT_EQ(st::AlphaValues::get(overlay_, kNet), (std::pair<uint16_t, uint16_t>{1, 52'428}));
}

TEST_F(AdminUtilsTest, PrecompileToggleOnlyOnChange) {
  const Bytes disable = call(kAdmin, 62, uint8_t{2}, false);
  expect_rejected(Origin::signed_by(acc(1)), disable, kBadOrigin);
  expect_ok_with(Origin::root(), disable,
                 au::event::PrecompileUpdated{au::PrecompileEnum{2}, false});
  EXPECT_FALSE(au::PrecompileEnable::get(overlay_, au::PrecompileEnum{2}));
  start_block(system::block_number(overlay_) + 1);
  ASSERT_TRUE(dispatch(Origin::root(), disable).has_value());
  EXPECT_TRUE(event_bytes().empty());  // unchanged: no write, no event
}

TEST_F(AdminUtilsTest, EvmChainIdRootOnlyNoEvent) {
  const Bytes c = call(kAdmin, 58, uint64_t{945});
  expect_rejected(Origin::signed_by(acc(1)), c, kBadOrigin);
  start_block(2);
  ASSERT_TRUE(dispatch(Origin::root(), c).has_value());
  EXPECT_TRUE(event_bytes().empty());
  EXPECT_EQ(au::EvmChainId::get(overlay_), 945u);
  const frame::DispatchInfo info = frame::call_info(runtime_registry(), c).value();
  EXPECT_EQ(info.weight, frame::Weight::from_parts(20'200'000 + 100'000'000, 0));
  EXPECT_EQ(info.pays_fee, frame::Pays::kYes);
}

TEST_F(AdminUtilsTest, TotalIssuanceAndNoOpsAreRootOnly) {
  expect_rejected(Origin::signed_by(acc(1)), call(kAdmin, 33, uint64_t{5}), kBadOrigin);
  ASSERT_TRUE(dispatch(Origin::root(), call(kAdmin, 33, uint64_t{5})).has_value());
  EXPECT_EQ(st::TotalIssuance::get(env_).to_u64(), 5u);
  // 37 sudo_set_subnet_limit and 53 sudo_set_network_max_stake change nothing.
  expect_rejected(Origin::signed_by(acc(1)), call(kAdmin, 37, uint16_t{3}), kBadOrigin);
  const auto before = dump();
  ASSERT_TRUE(dispatch(Origin::root(), call(kAdmin, 37, uint16_t{3})).has_value());
  ASSERT_TRUE(dispatch(Origin::root(), call(kAdmin, 53, kNet, uint64_t{3})).has_value());
  EXPECT_EQ(dump(), before);
}

TEST_F(AdminUtilsTest, DeclaredDispatchInfo) {
  const auto& reg = runtime_registry();
  const frame::DispatchInfo tempo =
      frame::call_info(reg, call(kAdmin, 30, kNet, uint16_t{1})).value();
  // from_parts(45_489_000, 4697) + reads(1) + writes(1) with RocksDbWeight (25_000_000/100_000).
  EXPECT_EQ(tempo.weight, frame::Weight::from_parts(45'489'000 + 25'000'000 + 100'000'000, 4697));
  EXPECT_EQ(tempo.dispatch_class, frame::DispatchClass::kNormal);
  EXPECT_EQ(tempo.pays_fee, frame::Pays::kYes);
  const frame::DispatchInfo tx = frame::call_info(reg, call(kAdmin, 2, uint64_t{1})).value();
  EXPECT_EQ(tx.weight, frame::Weight::from_parts(0, 0));
  EXPECT_EQ(tx.dispatch_class, frame::DispatchClass::kOperational);
  EXPECT_EQ(tx.pays_fee, frame::Pays::kNo);
  const frame::DispatchInfo net = frame::call_info(reg, call(kAdmin, 29, uint64_t{1})).value();
  EXPECT_EQ(net.weight, frame::Weight::from_parts(14'000'000 + 100'000'000, 0));
}

}  // namespace
}  // namespace subemu::runtime::testing
