// The StakeInfoRuntimeApi read models (stake_info.hpp).
#include "runtime/pallets/subtensor/rpc_info/stake_info.hpp"

#include "runtime/pallets/subtensor/staking/fees.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/primitives/arith/fixed.hpp"

namespace subemu::runtime::subtensor {

void StakeInfo::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, hotkey);
  scale::encode_to(e, coldkey);
  scale::encode_to(e, scale::Compact<uint16_t>{netuid});
  scale::encode_to(e, scale::Compact<uint64_t>{stake});
  scale::encode_to(e, scale::Compact<uint64_t>{locked});
  scale::encode_to(e, scale::Compact<uint64_t>{emission});
  scale::encode_to(e, scale::Compact<uint64_t>{tao_emission});
  scale::encode_to(e, scale::Compact<uint64_t>{drain});
  scale::encode_to(e, is_registered);
}

bool StakeInfo::decode_from(scale::Decoder& d, StakeInfo& out) {
  scale::Compact<uint16_t> netuid;
  scale::Compact<uint64_t> stake, locked, emission, tao_emission, drain;
  const bool ok = scale::decode_from(d, out.hotkey) && scale::decode_from(d, out.coldkey) &&
                  scale::decode_from(d, netuid) && scale::decode_from(d, stake) &&
                  scale::decode_from(d, locked) && scale::decode_from(d, emission) &&
                  scale::decode_from(d, tao_emission) && scale::decode_from(d, drain) &&
                  scale::decode_from(d, out.is_registered);
  out.netuid = netuid.value;
  out.stake = stake.value;
  out.locked = locked.value;
  out.emission = emission.value;
  out.tao_emission = tao_emission.value;
  out.drain = drain.value;
  return ok;
}

namespace {

// The entry upstream builds for (hotkey, coldkey, netuid) with a given alpha.
StakeInfo make_stake_info(const frame::Env& env, const AccountId& hotkey, const AccountId& coldkey,
                          NetUid netuid, uint64_t alpha) {
  StakeInfo info;
  info.hotkey = hotkey;
  info.coldkey = coldkey;
  info.netuid = netuid.value();
  info.stake = alpha;
  info.emission = AlphaDividendsPerSubnet::get(env.state, netuid, hotkey).to_u64();
  info.tao_emission = TaoDividendsPerSubnet::get(env.state, netuid, hotkey).to_u64();
  info.is_registered = is_hotkey_registered_on_network(env.state, netuid, hotkey);
  return info;
}

std::vector<NetUid> all_subnet_netuids(const storage::Overlay& state) {
  std::vector<NetUid> out;
  NetworksAdded::iterate(state, [&](const NetUid& netuid, const bool&) { out.push_back(netuid); });
  return out;
}

}  // namespace

// mirrors stake_info.rs _get_stake_info_for_coldkeys
std::vector<std::pair<AccountId, std::vector<StakeInfo>>> get_stake_info_for_coldkeys(
    const frame::Env& env, const std::vector<AccountId>& coldkeys) {
  std::vector<std::pair<AccountId, std::vector<StakeInfo>>> out;
  if (coldkeys.empty()) return out;
  const std::vector<NetUid> netuids = all_subnet_netuids(env.state);
  for (const AccountId& coldkey : coldkeys) {
    const std::vector<AccountId> staking_hotkeys = StakingHotkeys::get(env.state, coldkey);
    std::vector<StakeInfo> infos;
    for (const NetUid netuid : netuids) {
      for (const AccountId& hotkey : staking_hotkeys) {
        const uint64_t alpha =
            get_stake_for_hotkey_and_coldkey_on_subnet(env.state, hotkey, coldkey, netuid);
        if (alpha == 0) continue;
        infos.push_back(make_stake_info(env, hotkey, coldkey, netuid, alpha));
      }
    }
    out.emplace_back(coldkey, std::move(infos));
  }
  return out;
}

// mirrors stake_info.rs get_stake_info_for_coldkey
std::vector<StakeInfo> get_stake_info_for_coldkey(const frame::Env& env, const AccountId& coldkey) {
  auto all = get_stake_info_for_coldkeys(env, {coldkey});
  if (all.empty()) return {};
  return std::move(all.front().second);
}

// mirrors stake_info.rs get_stake_info_for_hotkey_coldkey_netuid
std::optional<StakeInfo> get_stake_info_for_hotkey_coldkey_netuid(const frame::Env& env,
                                                                  const AccountId& hotkey,
                                                                  const AccountId& coldkey,
                                                                  NetUid netuid) {
  const uint64_t alpha =
      get_stake_for_hotkey_and_coldkey_on_subnet(env.state, hotkey, coldkey, netuid);
  return make_stake_info(env, hotkey, coldkey, netuid, alpha);
}

// mirrors stake_info.rs get_stake_fee
uint64_t get_stake_fee(const frame::Env& env,
                       const std::optional<std::pair<AccountId, NetUid>>& origin,
                       const AccountId& origin_coldkey,
                       const std::optional<std::pair<AccountId, NetUid>>& destination,
                       const AccountId& destination_coldkey, uint64_t amount) {
  return calculate_staking_fee(env.state, origin, origin_coldkey, destination, destination_coldkey,
                               U96F32::saturating_from_num(amount));
}

}  // namespace subemu::runtime::subtensor
