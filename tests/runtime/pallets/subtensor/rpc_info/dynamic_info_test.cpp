// The dynamic-info read model (rpc_info/dynamic_info.hpp), on the unit-test mock (mock.hpp).
// Upstream v3.0.0 has no test of get_dynamic_info; these pin its fields and bytes with numbers
// derived in the comments.
#include "runtime/pallets/subtensor/rpc_info/dynamic_info.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/subnet.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/balance.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::subtensor {
namespace {

using testing::u256;

class DynamicInfoTest : public testing::SubtensorTest {};

TEST_F(DynamicInfoTest, FieldsComeFromTheirStorageItems) {
  EXPECT_FALSE(get_dynamic_info(env_, NetUid(1)).has_value());
  EXPECT_TRUE(get_all_dynamic_info(env_).empty());

  const NetUid netuid = add_dynamic_network(u256(10), u256(11));
  ASSERT_EQ(netuid, NetUid(1));
  const uint64_t registered_at = block();
  LastMechansimStepBlock::insert(overlay_, netuid, uint64_t{0});
  run_to_block(block() + 5);
  SubnetAlphaOutEmission::insert(overlay_, netuid, AlphaBalance(1));
  SubnetAlphaInEmission::insert(overlay_, netuid, AlphaBalance(2));
  SubnetTaoInEmission::insert(overlay_, netuid, TaoBalance(3));
  PendingEmission::insert(overlay_, netuid, AlphaBalance(4));
  PendingRootDivs::insert(overlay_, netuid, TaoBalance(5));
  SubnetVolume::insert(overlay_, netuid, (u128{1} << 80) + 9);
  SubnetMovingPrice::insert(overlay_, netuid, I96F32::from_bits(-12345));
  LastMechansimStepBlock::insert(overlay_, netuid, block() - 2);

  const auto info = get_dynamic_info(env_, netuid);
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->netuid, 1);
  EXPECT_EQ(info->owner_hotkey, u256(10));
  EXPECT_EQ(info->owner_coldkey, u256(11));
  EXPECT_EQ(info->subnet_name, (std::vector<uint8_t>{'a', 'p', 'e', 'x'}));  // the table, 1
  EXPECT_EQ(info->token_symbol, (std::vector<uint8_t>{0xCE, 0xB1}));         // alpha
  EXPECT_EQ(info->tempo, Tempo::get(env_, netuid));
  EXPECT_EQ(info->last_step, block() - 2);
  EXPECT_EQ(info->blocks_since_last_step, 2u);
  EXPECT_EQ(info->emission, 0u);
  EXPECT_EQ(info->alpha_in, SubnetAlphaIn::get(overlay_, netuid).to_u64());
  EXPECT_EQ(info->alpha_out, SubnetAlphaOut::get(overlay_, netuid).to_u64());
  EXPECT_EQ(info->tao_in, SubnetTAO::get(overlay_, netuid).to_u64());
  EXPECT_EQ(info->alpha_in, 100'000'000'000u);  // the pool seed: the mock's minimum lock
  EXPECT_EQ(info->tao_in, 100'000'000'000u);
  EXPECT_EQ(info->alpha_out_emission, 1u);
  EXPECT_EQ(info->alpha_in_emission, 2u);
  EXPECT_EQ(info->tao_in_emission, 3u);
  EXPECT_EQ(info->pending_alpha_emission, 4u);
  EXPECT_EQ(info->pending_root_emission, 5u);
  EXPECT_EQ(info->subnet_volume, (u128{1} << 80) + 9);
  EXPECT_EQ(info->network_registered_at, registered_at);
  EXPECT_FALSE(info->subnet_identity.has_value());
  EXPECT_EQ(info->moving_price.to_bits(), i128{-12345});

  // A stored SubnetName wins over the table.
  SubnetName::insert(overlay_, netuid, std::vector<uint8_t>{'x'});
  EXPECT_EQ(get_dynamic_info(env_, netuid)->subnet_name, (std::vector<uint8_t>{'x'}));
  const auto all = get_all_dynamic_info(env_);
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0], get_dynamic_info(env_, netuid));
}

TEST_F(DynamicInfoTest, NamesFromTheTable) {
  const auto name = [&](uint16_t n) {
    const Bytes b = name_for_subnet(overlay_, NetUid(n));
    return std::string(b.begin(), b.end());
  };
  EXPECT_EQ(name(0), "root");
  EXPECT_EQ(name(19), "inference");
  EXPECT_EQ(name(438), "ra");
  EXPECT_EQ(name(439), "unknown");
  EXPECT_EQ(name(65535), "unknown");
}

// Bytes by hand: compact netuid, two accounts, names as Vec<Compact<u8>> (bytes >= 64 take two
// bytes each), compacts, Compact<u128>, Option, raw i128 bits.
TEST(DynamicInfoEncoding, BytesFollowTheRuntimeApiLayout) {
  DynamicInfo info;
  info.netuid = 1;
  info.owner_hotkey = u256(1);
  info.owner_coldkey = u256(2);
  info.subnet_name = {'a', 0x20};  // 'a' = 97 -> (97 << 2) | 1 = 0x0185; 0x20 -> 0x80
  info.token_symbol = {0xCE, 0xB1};
  info.tempo = 100;  // 0x0191
  info.last_step = 1;
  info.subnet_volume = 1;
  info.network_registered_at = 2;
  info.subnet_identity = std::nullopt;
  info.moving_price = I96F32::from_bits(-1);
  Bytes expected = {0x04};
  const AccountId h = u256(1);
  const AccountId c = u256(2);
  expected.insert(expected.end(), h.bytes().begin(), h.bytes().end());
  expected.insert(expected.end(), c.bytes().begin(), c.bytes().end());
  for (const uint8_t b : {0x08, 0x85, 0x01, 0x80,        // subnet_name
                          0x08, 0x39, 0x03, 0xC5, 0x02,  // 0xCE -> 0x0339, 0xB1 -> 0x02C5
                          0x91, 0x01,                    // tempo
                          0x04,                          // last_step 1
                          0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,  // 10 zeros
                          0x04,     // subnet_volume 1
                          0x08,     // network_registered_at 2
                          0x00}) {  // no identity
    expected.push_back(b);
  }
  for (int i = 0; i < 16; ++i) expected.push_back(0xFF);  // i128 -1
  const Bytes got = scale::encode(info);
  EXPECT_EQ(got, expected);
  DynamicInfo back;
  scale::Decoder d(got);
  ASSERT_TRUE(DynamicInfo::decode_from(d, back));
  EXPECT_EQ(back, info);
  EXPECT_EQ(d.remaining(), 0u);
}

}  // namespace
}  // namespace subemu::runtime::subtensor
