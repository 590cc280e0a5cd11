// SubtensorModule's genesis build (genesis.hpp).
#include "runtime/pallets/subtensor/genesis.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/system/block.hpp"

namespace subemu::runtime::subtensor {

void build_genesis(frame::Env& env, TaoBalance balances_issuance) {
  auto& s = env.state;
  TotalIssuance::put(s, balances_issuance);

  // The root network.
  const NetUid root = kRootNetUid;
  NetworksAdded::insert(s, root, true);
  TotalNetworks::mutate(s, [](uint16_t& n) { n = n == UINT16_MAX ? n : uint16_t(n + 1); });
  SubnetworkN::insert(s, root, 0);
  MaxAllowedUids::insert(s, root, 64);
  MaxAllowedValidators::insert(s, root, 64);
  MinAllowedWeights::insert(s, root, 0);
  MaxWeightsLimit::insert(s, root, UINT16_MAX);
  Tempo::insert(s, root, 100);
  NetworkRegistrationAllowed::insert(s, root, true);
  TargetRegistrationsPerInterval::insert(s, root, 1);

  // Subnet 1 (upstream: `for net in 1..2`).
  const NetUid netuid{1};
  const AccountId hotkey{};  // DefaultAccount: the all-zero account
  SubnetMechanism::insert(s, netuid, 1);
  Owner::insert(s, hotkey, hotkey);
  SubnetAlphaIn::insert(s, netuid, AlphaBalance(10'000'000'000));
  SubnetTAO::insert(s, netuid, TaoBalance(10'000'000'000));
  NetworksAdded::insert(s, netuid, true);
  TotalNetworks::mutate(s, [](uint16_t& n) { n = n == UINT16_MAX ? n : uint16_t(n + 1); });
  SubnetworkN::insert(s, netuid, 0);
  MaxAllowedUids::insert(s, netuid, 256);
  MaxAllowedValidators::insert(s, netuid, 64);
  MinAllowedWeights::insert(s, netuid, 0);
  MaxWeightsLimit::insert(s, netuid, UINT16_MAX);
  Tempo::insert(s, netuid, 100);
  NetworkRegistrationAllowed::insert(s, netuid, true);
  SubnetOwner::insert(s, netuid, hotkey);
  SubnetLocked::insert(s, netuid, TaoBalance(1));
  LargestLocked::insert(s, netuid, TaoBalance(1));
  Alpha::insert(s, hotkey, hotkey, netuid, U64F64::saturating_from_num(uint64_t{1'000'000'000}));
  TotalHotkeyAlpha::insert(s, hotkey, netuid, AlphaBalance(1'000'000'000));
  TotalHotkeyShares::insert(s, hotkey, netuid,
                            U64F64::saturating_from_num(uint64_t{1'000'000'000}));
  SubnetAlphaOut::insert(s, netuid, AlphaBalance(1'000'000'000));
  std::vector<AccountId> staking = StakingHotkeys::get(s, hotkey);
  if (std::find(staking.begin(), staking.end(), hotkey) == staking.end()) {
    staking.push_back(hotkey);
    StakingHotkeys::insert(s, hotkey, staking);
  }

  // One neuron, uid 0 (upstream: `for next_uid_s in 0..1`).
  const uint64_t block = system::block_number(s);
  const Uid uid{0};
  SubnetworkN::insert(s, netuid, 1);
  Rank::mutate(s, netuid, [](std::vector<uint16_t>& v) { v.push_back(0); });
  Trust::mutate(s, netuid, [](std::vector<uint16_t>& v) { v.push_back(0); });
  Active::mutate(s, netuid, [](std::vector<bool>& v) { v.push_back(true); });
  Emission::mutate(s, netuid, [](std::vector<uint64_t>& v) { v.push_back(0); });
  Consensus::mutate(s, netuid, [](std::vector<uint16_t>& v) { v.push_back(0); });
  Incentive::mutate(s, netuid, [](std::vector<uint16_t>& v) { v.push_back(0); });
  Dividends::mutate(s, netuid, [](std::vector<uint16_t>& v) { v.push_back(0); });
  LastUpdate::mutate(s, netuid, [block](std::vector<uint64_t>& v) { v.push_back(block); });
  PruningScores::mutate(s, netuid, [](std::vector<uint16_t>& v) { v.push_back(0); });
  ValidatorTrust::mutate(s, netuid, [](std::vector<uint16_t>& v) { v.push_back(0); });
  ValidatorPermit::mutate(s, netuid, [](std::vector<bool>& v) { v.push_back(false); });
  Keys::insert(s, netuid, uid, hotkey);
  Uids::insert(s, netuid, hotkey, uid);
  BlockAtRegistration::insert(s, netuid, uid, block);
  IsNetworkMember::insert(s, hotkey, netuid, true);
}

}  // namespace subemu::runtime::subtensor
