// Stake read models (rpc_info/stake_info.hpp), on the unit-test mock (mock.hpp).
//
// Ported from subtensor v3.0.0 pallets/subtensor/src/tests/staking2.rs: test_stake_fee_api (the API
// equals calculate_staking_fee; with SubnetMechanism unset every case is the flat 50,000 rao, which
// we also pin). The StakeInfoTest.* cases after it pin the entries, their order and the bytes.
#include "runtime/pallets/subtensor/rpc_info/stake_info.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "runtime/pallets/subtensor/staking/add_stake.hpp"
#include "runtime/pallets/subtensor/staking/fees.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/balance.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::subtensor {
namespace {

using testing::u256;

class StakeFeeApiTest : public testing::SubtensorTest {};

TEST_F(StakeFeeApiTest, test_stake_fee_api) {
  const AccountId hotkey1 = u256(1);
  const AccountId coldkey1 = u256(2);
  const AccountId hotkey2 = u256(3);
  const AccountId coldkey2 = u256(4);
  const NetUid netuid0(1);
  const NetUid netuid1(2);
  const NetUid root_netuid = kRootNetUid;

  const uint64_t alpha_divs = 100'000'000'000;
  const uint64_t total_hotkey_alpha = 100'000'000'000;
  const uint64_t tao_in = 100'000'000'000;
  const uint64_t reciprocal_price = 2;
  const uint64_t stake_amount = 100'000'000'000;

  SubnetAlphaOut::insert(overlay_, netuid0, AlphaBalance(100'000'000'000));
  SubnetAlphaOut::insert(overlay_, netuid1, AlphaBalance(100'000'000'000));
  SubnetAlphaIn::insert(overlay_, netuid0, AlphaBalance(tao_in * reciprocal_price));
  SubnetTAO::insert(overlay_, netuid0, TaoBalance(tao_in));
  SubnetAlphaIn::insert(overlay_, netuid1, AlphaBalance(tao_in * reciprocal_price));
  SubnetTAO::insert(overlay_, netuid1, TaoBalance(tao_in));
  AlphaDividendsPerSubnet::insert(overlay_, netuid0, hotkey1, AlphaBalance(alpha_divs));
  AlphaDividendsPerSubnet::insert(overlay_, netuid1, hotkey1, AlphaBalance(alpha_divs));
  TotalHotkeyAlpha::insert(overlay_, hotkey1, netuid0, AlphaBalance(total_hotkey_alpha));
  TotalHotkeyAlpha::insert(overlay_, hotkey1, netuid1, AlphaBalance(total_hotkey_alpha));

  using Side = std::optional<std::pair<AccountId, NetUid>>;
  const auto check = [&](const Side& origin, const AccountId& origin_coldkey, const Side& dest,
                         const AccountId& dest_coldkey) {
    const uint64_t api =
        get_stake_fee(env_, origin, origin_coldkey, dest, dest_coldkey, stake_amount);
    const uint64_t direct =
        calculate_staking_fee(overlay_, origin, origin_coldkey, dest, dest_coldkey,
                              U96F32::saturating_from_num(stake_amount));
    EXPECT_EQ(api, direct);
    EXPECT_EQ(api, 50'000u);  // SubnetMechanism is 0 everywhere: the default fee
  };
  check(std::nullopt, coldkey1, Side{{hotkey1, netuid0}}, coldkey1);      // add
  check(Side{{hotkey1, root_netuid}}, coldkey1, std::nullopt, coldkey1);  // remove on root
  check(Side{{hotkey1, root_netuid}}, coldkey1, Side{{hotkey1, netuid0}}, coldkey1);
  check(Side{{hotkey1, root_netuid}}, coldkey1, Side{{hotkey2, root_netuid}}, coldkey1);
  check(Side{{hotkey1, root_netuid}}, coldkey1, Side{{hotkey1, root_netuid}}, coldkey2);
  check(Side{{hotkey1, netuid0}}, coldkey1, Side{{hotkey1, root_netuid}}, coldkey1);
  check(Side{{hotkey1, netuid0}}, coldkey1, Side{{hotkey2, netuid0}}, coldkey1);
  check(Side{{hotkey1, netuid0}}, coldkey1, Side{{hotkey1, netuid0}}, coldkey2);
  check(Side{{hotkey1, netuid0}}, coldkey1, Side{{hotkey1, netuid1}}, coldkey1);
}

class StakeInfoTest : public testing::SubtensorTest {
 protected:
  void add_stake(const AccountId& coldkey, const AccountId& hotkey, NetUid netuid,
                 uint64_t amount) {
    const auto r = do_add_stake(env_, frame::Origin::signed_by(coldkey), hotkey, netuid, amount);
    ASSERT_TRUE(r.has_value());
  }
};

// Entries: netuid-major (NetworksAdded order), then StakingHotkeys order; zero stakes omitted.
TEST_F(StakeInfoTest, ForColdkeyListsNonZeroStakesInUpstreamOrder) {
  const NetUid n1 = add_dynamic_network(u256(10), u256(11));
  const NetUid n2 = add_dynamic_network(u256(12), u256(13));
  const AccountId coldkey = u256(2);
  const AccountId hk_a = u256(20);  // registered on n2 only
  const AccountId hk_b = u256(21);  // not registered anywhere; owned by another coldkey
  register_ok_neuron(n2, hk_a, coldkey, 0);
  create_account_if_non_existent(overlay_, u256(99), hk_b);
  add_balance(coldkey, 100'000'000'000);
  add_stake(coldkey, hk_b, n2, 2'000'000'000);  // StakingHotkeys: [hk_a (registration), hk_b]
  add_stake(coldkey, hk_a, n1, 1'000'000'000);
  add_stake(coldkey, hk_a, n2, 3'000'000'000);
  AlphaDividendsPerSubnet::insert(overlay_, n2, hk_a, AlphaBalance(777));
  TaoDividendsPerSubnet::insert(overlay_, n2, hk_a, TaoBalance(888));

  const auto stake = [&](const AccountId& hk, NetUid n) {
    return get_stake_for_hotkey_and_coldkey_on_subnet(overlay_, hk, coldkey, n);
  };
  const std::vector<StakeInfo> expected = {
      {hk_a, coldkey, 1, stake(hk_a, n1), 0, 0, 0, 0, false},
      {hk_a, coldkey, 2, stake(hk_a, n2), 0, 777, 888, 0, true},
      {hk_b, coldkey, 2, stake(hk_b, n2), 0, 0, 0, 0, false},
  };
  EXPECT_GT(stake(hk_a, n1), 0u);
  EXPECT_EQ(get_stake_info_for_coldkey(env_, coldkey), expected);

  const auto many = get_stake_info_for_coldkeys(env_, {u256(5), coldkey});
  ASSERT_EQ(many.size(), 2u);
  EXPECT_EQ(many[0].first, u256(5));
  EXPECT_TRUE(many[0].second.empty());
  EXPECT_EQ(many[1].second, expected);
  EXPECT_TRUE(get_stake_info_for_coldkeys(env_, {}).empty());

  // The single query answers even with no stake and an unknown subnet.
  EXPECT_EQ(get_stake_info_for_hotkey_coldkey_netuid(env_, hk_a, coldkey, n2), expected[1]);
  EXPECT_EQ(get_stake_info_for_hotkey_coldkey_netuid(env_, hk_b, u256(7), NetUid(77)),
            (StakeInfo{hk_b, u256(7), 77, 0, 0, 0, 0, 0, false}));
}

TEST(StakeInfoEncoding, BytesFollowTheRuntimeApiLayout) {
  const StakeInfo info{u256(1), u256(2), 300, 1'000'000'000, 0, 63, 64, 0, true};
  Bytes expected;
  const AccountId h = u256(1);
  const AccountId c = u256(2);
  expected.insert(expected.end(), h.bytes().begin(), h.bytes().end());
  expected.insert(expected.end(), c.bytes().begin(), c.bytes().end());
  // 300: 2-byte mode (300 << 2) | 1 = 0x04B1; 1e9: 4-byte mode (1e9 << 2) | 2 = 0xEE6B2802;
  // 0 -> 00; 63 -> 0xFC; 64 -> 0x0101; 0 -> 00; true -> 01.
  for (const uint8_t b : {0xB1, 0x04, 0x02, 0x28, 0x6B, 0xEE, 0x00, 0xFC, 0x01, 0x01, 0x00, 0x01}) {
    expected.push_back(b);
  }
  const Bytes got = scale::encode(info);
  EXPECT_EQ(got, expected);
  StakeInfo back;
  scale::Decoder d(got);
  ASSERT_TRUE(StakeInfo::decode_from(d, back));
  EXPECT_EQ(back, info);
}

}  // namespace
}  // namespace subemu::runtime::subtensor
