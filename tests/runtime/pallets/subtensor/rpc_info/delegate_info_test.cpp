// Delegate read models (rpc_info/delegate_info.hpp), on the unit-test mock (mock.hpp).
//
// Ported from subtensor v3.0.0 pallets/subtensor/src/tests/delegate_info.rs:
//   test_return_per_1000_tao (upstream tolerance 0.0005e9 on return / 1e9; we pin the bits),
//   test_get_delegated (verbatim; note: nothing in it creates a Delegates entry -- add_stake does
//   not call maybe_become_delegate at v3.0.0 -- so get_delegated returns nothing and upstream's
//   loop asserts nothing; we assert that emptiness exactly).
// The DelegateInfoTest.* cases after them pin the fields, order, upstream's pool-indexing quirk and
// the SCALE bytes, with numbers derived in their comments.
#include "runtime/pallets/subtensor/rpc_info/delegate_info.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "runtime/pallets/subtensor/staking/add_stake.hpp"
#include "runtime/pallets/subtensor/staking/share_pool.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/balance.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::subtensor {
namespace {

using testing::u256;

class DelegateInfoTest : public testing::SubtensorTest {
 protected:
  void add_stake(const AccountId& coldkey, const AccountId& hotkey, NetUid netuid,
                 uint64_t amount) {
    const auto r = do_add_stake(env_, frame::Origin::signed_by(coldkey), hotkey, netuid, amount);
    ASSERT_TRUE(r.has_value());
  }
};

TEST_F(DelegateInfoTest, test_return_per_1000_tao) {
  // 18% take: U64F64::from_num(0.18 * 65535.0).to_num::<u16>() = floor(11796.3).
  const uint16_t take = 11'796;
  const U64F64 total_stake = U64F64::from_num(uint64_t{10'000'000'000'000});       // 10,000 TAO
  const U64F64 emissions_per_day = U64F64::from_num(uint64_t{1'000'000'000'000});  // 1000 TAO
  const U64F64 r = return_per_1000_tao(take, total_stake, emissions_per_day);
  // 1e12 * (1 - 11796/65535) / 10 in U64F64: 82,000,457,770.656... rao ("82 TAO").
  EXPECT_EQ(r.to_bits(), (u128{82'000'457'770} << 64) | u128{12'117'682'666'556'743'680u});
  // Upstream: |r / 1e9 - 82| <= 0.0005e9.
  EXPECT_LE(r.to_num<uint64_t>() / 1'000'000'000 - 82, 500'000'000u);
}

TEST_F(DelegateInfoTest, test_get_delegated) {
  const AccountId sn_owner_0 = u256(0);
  const AccountId sn_owner_1 = u256(1);
  const AccountId owner_0 = u256(100);
  const AccountId owner_1 = u256(101);
  const AccountId delegate_0 = u256(200);
  const AccountId delegate_1 = u256(201);

  const NetUid netuid_0 = add_dynamic_network(sn_owner_0, sn_owner_0);
  const NetUid netuid_1 = add_dynamic_network(sn_owner_1, sn_owner_1);
  register_ok_neuron(netuid_0, delegate_0, owner_0, 0);
  register_ok_neuron(netuid_1, delegate_0, owner_0, 1);
  register_ok_neuron(netuid_0, delegate_1, owner_1, 2);
  register_ok_neuron(netuid_1, delegate_1, owner_1, 3);

  using Stake = std::tuple<NetUid, std::optional<AccountId>, uint64_t>;
  const std::vector<AccountId> coldkeys = {u256(300), u256(301), u256(302), u256(303), u256(304)};
  const std::vector<std::vector<Stake>> to_stakes = {
      {{netuid_0, delegate_0, 1'000'000'000},
       {netuid_1, delegate_0, 2'000'000'000},
       {netuid_0, delegate_1, 1'000'000'000},
       {netuid_1, delegate_1, 2'000'000'000}},
      {{netuid_0, delegate_0, 1'000'000'000}, {netuid_0, delegate_1, 2'000'000'000}},
      {{netuid_0, delegate_0, 1'000'000'000},
       {netuid_0, std::nullopt, 0},
       {netuid_1, std::nullopt, 0},
       {netuid_1, delegate_1, 2'000'000'000}},
      {{netuid_0, delegate_0, 1'000'000'000},
       {netuid_0, std::nullopt, 0},
       {netuid_1, std::nullopt, 0},
       {netuid_1, std::nullopt, 0}},
      {{netuid_0, std::nullopt, 0},
       {netuid_0, std::nullopt, 0},
       {netuid_1, std::nullopt, 0},
       {netuid_1, std::nullopt, 0}},
  };
  std::map<AccountId, std::map<AccountId, std::map<NetUid, uint64_t>>> expected;
  for (size_t i = 0; i < to_stakes.size(); ++i) {
    const AccountId& delegatee = coldkeys[i];
    for (const auto& [netuid, delegate, amount] : to_stakes[i]) {
      if (!delegate.has_value()) continue;
      add_balance(delegatee, amount + 500'000);
      add_stake(delegatee, *delegate, netuid, amount);
      expected[delegatee][*delegate][netuid] =
          get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, *delegate, delegatee, netuid);
    }
  }

  for (const AccountId& coldkey : coldkeys) {
    const auto delegated = get_delegated(env_, coldkey);
    for (const auto& [info, stake] : delegated) {
      EXPECT_EQ(stake.stake, expected.at(coldkey).at(info.delegate_ss58).at(NetUid(stake.netuid)));
    }
    // No hotkey is in Delegates: the upstream loop above runs zero times.
    EXPECT_TRUE(delegated.empty());
  }
}

// Two dynamic subnets (netuids 1 and 2: no root in the mock), a delegate registered on both.
class DelegateInfoFixture : public DelegateInfoTest {
 protected:
  void SetUp() override {
    netuid_1_ = add_dynamic_network(u256(0), u256(0));
    netuid_2_ = add_dynamic_network(u256(1), u256(1));
    register_ok_neuron(netuid_1_, delegate_, owner_, 0);
    register_ok_neuron(netuid_2_, delegate_, owner_, 1);
    Delegates::insert(overlay_, delegate_, uint16_t{32'767});
  }
  const AccountId delegate_ = u256(200);
  const AccountId owner_ = u256(100);
  NetUid netuid_1_, netuid_2_;
};

// Nominators: upstream values a share on netuid n with the pool at LIST POSITION n. Here the list
// is [pool(1), pool(2)], so netuid 1's shares are valued with pool(2) and netuid 2's are skipped.
TEST_F(DelegateInfoFixture, NominatorsUseThePoolAtTheNetuidsListPosition) {
  const AccountId nominator_a = u256(300);
  const AccountId nominator_b = u256(301);
  add_balance(nominator_a, 10'000'000'000);
  add_balance(nominator_b, 10'000'000'000);
  add_stake(nominator_a, delegate_, netuid_1_, 1'000'000'000);
  add_stake(nominator_a, delegate_, netuid_2_, 3'000'000'000);
  add_stake(nominator_b, delegate_, netuid_1_, 2'000'000'000);
  // Make pool(2) worth more per share than pool(1) (as emission would).
  increase_stake_for_hotkey_on_subnet(env_, delegate_, netuid_2_, 1'500'000'000);

  const auto info = get_delegate(env_, delegate_);
  ASSERT_TRUE(info.has_value());
  const auto pool_2 = get_alpha_share_pool_view(overlay_, delegate_, netuid_2_);
  const auto share = [&](const AccountId& c) {
    return Alpha::get(overlay_, delegate_, c, netuid_1_);
  };
  // Nominators by account bytes (u256(300) = 2c 01 .. < u256(301) = 2d 01 ..).
  ASSERT_EQ(info->nominators.size(), 2u);
  EXPECT_EQ(info->nominators[0].first, nominator_a);
  EXPECT_EQ(info->nominators[1].first, nominator_b);
  ASSERT_EQ(info->nominators[0].second.size(), 1u);  // netuid 2 skipped: index 2 >= 2 pools
  EXPECT_EQ(info->nominators[0].second[0],
            (NetuidStake{1, pool_2.get_value_from_shares(share(nominator_a))}));
  EXPECT_EQ(info->nominators[1].second,
            (std::vector<NetuidStake>{{1, pool_2.get_value_from_shares(share(nominator_b))}}));
  // ...which is not the stake on netuid 1 (pool(2) has 1.5 alpha per share).
  EXPECT_GT(info->nominators[1].second[0].stake, get_stake_for_hotkey_and_coldkey_on_subnet(
                                                     overlay_, delegate_, nominator_b, netuid_1_));

  EXPECT_EQ(info->delegate_ss58, delegate_);
  EXPECT_EQ(info->owner_ss58, owner_);
  EXPECT_EQ(info->take, 32'767);
  EXPECT_EQ(info->registrations, (std::vector<uint16_t>{1, 2}));
  EXPECT_TRUE(info->validator_permits.empty());
  EXPECT_EQ(info->return_per_1000, 0u);  // no root stake
  EXPECT_EQ(info->total_daily_return, 0u);

  EXPECT_FALSE(get_delegate(env_, u256(999)).has_value());
  const auto all = get_delegates(env_);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0], *info);
}

// Returns: Emission 1,000,000 at the delegate's UID on both subnets, tempo 100 (72 epochs a day):
// daily = 2 * 72,000,000 = 144,000,000; root stake 2e12 (2 units of 1e12) and take 32767:
// return = floor(144e6 * (1 - trunc(32767 * 2^64 / 65535) / 2^64) / 2) = 36,000,549.
TEST_F(DelegateInfoFixture, ReturnsAndPermitsFromEmissionTempoAndRootStake) {
  for (const NetUid n : {netuid_1_, netuid_2_}) {
    const Uid uid = get_uid_for_net_and_hotkey(overlay_, n, delegate_).value();
    std::vector<uint64_t> emission(uid.value() + 1u, 0);
    emission[uid.value()] = 1'000'000;
    Emission::insert(overlay_, n, emission);
    Tempo::insert(overlay_, n, uint16_t{100});
  }
  {
    const Uid uid = get_uid_for_net_and_hotkey(overlay_, netuid_2_, delegate_).value();
    std::vector<bool> permits(uid.value() + 1u, false);
    permits[uid.value()] = true;
    ValidatorPermit::insert(overlay_, netuid_2_, permits);
  }
  TotalHotkeyAlpha::insert(overlay_, delegate_, kRootNetUid, AlphaBalance(2'000'000'000'000));

  const auto info = get_delegate(env_, delegate_);
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->total_daily_return, 144'000'000u);
  EXPECT_EQ(info->return_per_1000, 36'000'549u);
  EXPECT_EQ(info->validator_permits, (std::vector<uint16_t>{2}));
}

TEST_F(DelegateInfoFixture, GetDelegatedListsEachRowWithoutNominators) {
  const AccountId delegatee = u256(300);
  add_balance(delegatee, 10'000'000'000);
  add_stake(delegatee, delegate_, netuid_2_, 3'000'000'000);
  add_stake(delegatee, delegate_, netuid_1_, 1'000'000'000);
  const auto delegated = get_delegated(env_, delegatee);
  ASSERT_EQ(delegated.size(), 2u);  // Alpha key order: netuid 1 (01 00) before 2 (02 00)
  EXPECT_EQ(delegated[0].second.netuid, 1);
  EXPECT_EQ(delegated[0].second.stake,
            get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, delegate_, delegatee, netuid_1_));
  EXPECT_EQ(delegated[1].second.netuid, 2);
  EXPECT_EQ(delegated[1].second.stake,
            get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, delegate_, delegatee, netuid_2_));
  EXPECT_TRUE(delegated[0].first.nominators.empty());
  EXPECT_EQ(delegated[0].first.take, 32'767);
  EXPECT_EQ(delegated[0].first.registrations, (std::vector<uint16_t>{1, 2}));
  EXPECT_TRUE(get_delegated(env_, u256(301)).empty());
}

// SCALE bytes, laid out by hand from the struct's field order and compact rules.
TEST(DelegateInfoEncoding, BytesFollowTheRuntimeApiLayout) {
  DelegateInfo info;
  info.delegate_ss58 = AccountId(ByteArray<32>{});
  info.take = 32'767;  // compact 4-byte mode: (32767 << 2) | 2 = 0x0001FFFE
  info.nominators = {{u256(2), {{1, 5}}}};
  info.owner_ss58 = u256(3);
  info.registrations = {1, 2};
  info.validator_permits = {};
  info.return_per_1000 = 64;  // compact 2-byte mode: (64 << 2) | 1 = 0x0101
  info.total_daily_return = 0;
  Bytes expected(32, 0x00);
  for (const uint8_t b : {0xFE, 0xFF, 0x01, 0x00, 0x04}) expected.push_back(b);
  const AccountId two = u256(2);
  expected.insert(expected.end(), two.bytes().begin(), two.bytes().end());
  for (const uint8_t b : {0x04, 0x04, 0x14}) expected.push_back(b);  // [(1, 5)]
  const AccountId three = u256(3);
  expected.insert(expected.end(), three.bytes().begin(), three.bytes().end());
  for (const uint8_t b : {0x08, 0x04, 0x08, 0x00, 0x01, 0x01, 0x00}) expected.push_back(b);
  const Bytes got = scale::encode(info);
  EXPECT_EQ(got, expected);
  DelegateInfo back;
  scale::Decoder d(got);
  ASSERT_TRUE(DelegateInfo::decode_from(d, back));
  EXPECT_EQ(back, info);
  EXPECT_EQ(d.remaining(), 0u);
}

}  // namespace
}  // namespace subemu::runtime::subtensor
