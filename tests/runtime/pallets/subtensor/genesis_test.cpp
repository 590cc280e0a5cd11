// SubtensorModule's genesis build (pallets/subtensor/src/macros/genesis.rs at v3.0.0) through the
// dev genesis: every key the build writes, with its value, and nothing else under the pallet's
// prefix; the "test" configuration writes nothing for the pallet.
#include "runtime/pallets/subtensor/genesis.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/frame/config.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/genesis.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"
#include "storage/storage_key.hpp"

namespace subemu::runtime::subtensor {
namespace {

// The number of keys under twox128("SubtensorModule").
size_t pallet_key_count(const storage::Overlay& ov) {
  const auto prefix = storage::pallet_prefix(kPrefix.view());
  const Bytes start(prefix.begin(), prefix.end());
  size_t n = 0;
  std::optional<Bytes> k = ov.contains(start) ? std::optional<Bytes>(start) : ov.next_key(start);
  while (k.has_value() && k->size() >= 16 && std::equal(start.begin(), start.end(), k->begin())) {
    ++n;
    k = ov.next_key(*k);
  }
  return n;
}

struct Built {
  storage::MemoryStore store;
  storage::Overlay state{store};
};

TEST(SubtensorGenesis, DevGenesisWritesRootAndSubnetOne) {
  Built b;
  frame::Env env{b.state, frame::runtime_config(), runtime_registry()};
  ASSERT_TRUE(build_genesis_state(env, dev_genesis()).has_value());
  auto& s = b.state;
  const NetUid root{0};
  const NetUid one{1};
  const AccountId zero{};

  // 1 (TotalIssuance) + 10 (root) + 20 (subnet 1) + 15 (neuron 0) keys, TotalNetworks counted once.
  EXPECT_EQ(pallet_key_count(s), 46u);

  ASSERT_TRUE(TotalIssuance::try_get(s).has_value());
  EXPECT_EQ(TotalIssuance::try_get(s)->to_u64(), 0u);
  EXPECT_EQ(TotalNetworks::try_get(s), std::optional<uint16_t>(2));

  // Root network 0.
  EXPECT_EQ(NetworksAdded::try_get(s, root), std::optional<bool>(true));
  EXPECT_EQ(SubnetworkN::try_get(s, root), std::optional<uint16_t>(0));
  EXPECT_EQ(MaxAllowedUids::try_get(s, root), std::optional<uint16_t>(64));
  EXPECT_EQ(MaxAllowedValidators::try_get(s, root), std::optional<uint16_t>(64));
  EXPECT_EQ(MinAllowedWeights::try_get(s, root), std::optional<uint16_t>(0));
  EXPECT_EQ(MaxWeightsLimit::try_get(s, root), std::optional<uint16_t>(65535));
  EXPECT_EQ(Tempo::try_get(s, root), std::optional<uint16_t>(100));
  EXPECT_EQ(NetworkRegistrationAllowed::try_get(s, root), std::optional<bool>(true));
  EXPECT_EQ(TargetRegistrationsPerInterval::try_get(s, root), std::optional<uint16_t>(1));
  EXPECT_FALSE(SubnetTAO::try_get(s, root).has_value());

  // Subnet 1.
  EXPECT_EQ(SubnetMechanism::try_get(s, one), std::optional<uint16_t>(1));
  EXPECT_EQ(Owner::try_get(s, zero), std::optional<AccountId>(zero));
  EXPECT_EQ(SubnetAlphaIn::get(s, one).to_u64(), 10'000'000'000u);
  EXPECT_EQ(SubnetTAO::get(s, one).to_u64(), 10'000'000'000u);
  EXPECT_EQ(SubnetAlphaOut::get(s, one).to_u64(), 1'000'000'000u);
  EXPECT_EQ(NetworksAdded::try_get(s, one), std::optional<bool>(true));
  EXPECT_EQ(SubnetworkN::try_get(s, one), std::optional<uint16_t>(1));
  EXPECT_EQ(MaxAllowedUids::try_get(s, one), std::optional<uint16_t>(256));
  EXPECT_EQ(MaxAllowedValidators::try_get(s, one), std::optional<uint16_t>(64));
  EXPECT_EQ(MinAllowedWeights::try_get(s, one), std::optional<uint16_t>(0));
  EXPECT_EQ(MaxWeightsLimit::try_get(s, one), std::optional<uint16_t>(65535));
  EXPECT_EQ(Tempo::try_get(s, one), std::optional<uint16_t>(100));
  EXPECT_EQ(NetworkRegistrationAllowed::try_get(s, one), std::optional<bool>(true));
  EXPECT_FALSE(TargetRegistrationsPerInterval::try_get(s, one).has_value());
  EXPECT_EQ(SubnetOwner::try_get(s, one), std::optional<AccountId>(zero));
  EXPECT_EQ(SubnetLocked::get(s, one).to_u64(), 1u);
  EXPECT_EQ(LargestLocked::get(s, one).to_u64(), 1u);
  // U64F64 1e9: the integer part in the high 64 bits.
  const auto one_tao_shares = U64F64::from_bits(u128(1'000'000'000) << 64);
  ASSERT_TRUE(Alpha::try_get(s, zero, zero, one).has_value());
  EXPECT_EQ(Alpha::try_get(s, zero, zero, one)->to_bits(), one_tao_shares.to_bits());
  EXPECT_EQ(TotalHotkeyAlpha::get(s, zero, one).to_u64(), 1'000'000'000u);
  ASSERT_TRUE(TotalHotkeyShares::try_get(s, zero, one).has_value());
  EXPECT_EQ(TotalHotkeyShares::try_get(s, zero, one)->to_bits(), one_tao_shares.to_bits());
  EXPECT_EQ(StakingHotkeys::get(s, zero), std::vector<AccountId>{zero});

  // Neuron uid 0 = the all-zero hotkey, registered at block 0.
  EXPECT_EQ(Rank::get(s, one), std::vector<uint16_t>{0});
  EXPECT_EQ(Trust::get(s, one), std::vector<uint16_t>{0});
  EXPECT_EQ(Active::get(s, one), std::vector<bool>{true});
  EXPECT_EQ(Emission::get(s, one), std::vector<uint64_t>{0});
  EXPECT_EQ(Consensus::get(s, one), std::vector<uint16_t>{0});
  EXPECT_EQ(Incentive::get(s, one), std::vector<uint16_t>{0});
  EXPECT_EQ(Dividends::get(s, one), std::vector<uint16_t>{0});
  EXPECT_EQ(LastUpdate::get(s, one), std::vector<uint64_t>{0});
  EXPECT_EQ(PruningScores::get(s, one), std::vector<uint16_t>{0});
  EXPECT_EQ(ValidatorTrust::get(s, one), std::vector<uint16_t>{0});
  EXPECT_EQ(ValidatorPermit::get(s, one), std::vector<bool>{false});
  EXPECT_EQ(Keys::try_get(s, one, Uid(0)), std::optional<AccountId>(zero));
  EXPECT_EQ(Uids::try_get(s, one, zero), std::optional<Uid>(Uid(0)));
  EXPECT_EQ(BlockAtRegistration::try_get(s, one, Uid(0)), std::optional<uint64_t>(0));
  EXPECT_EQ(IsNetworkMember::try_get(s, zero, one), std::optional<bool>(true));
}

TEST(SubtensorGenesis, TestConfigHasNoSubtensorGenesis) {
  Built b;
  frame::Env env{b.state, frame::test_config(), runtime_registry()};
  ASSERT_TRUE(build_genesis_state(env, test_genesis()).has_value());
  EXPECT_EQ(pallet_key_count(b.state), 0u);
}

}  // namespace
}  // namespace subemu::runtime::subtensor
