// Stake read models served by the StakeInfoRuntimeApi (mirrors
// pallets/subtensor/src/rpc_info/stake_info.rs at subtensor v3.0.0).
//
// StakeInfo is the runtime API's value, field for field and in SCALE order:
//   hotkey AccountId, coldkey AccountId, netuid Compact<u16>, stake Compact<u64> (the coldkey's
//   alpha on (hotkey, netuid)), locked Compact<u64> (always 0), emission Compact<u64>
//   (AlphaDividendsPerSubnet[netuid, hotkey]), tao_emission Compact<u64>
//   (TaoDividendsPerSubnet[netuid, hotkey]), drain Compact<u64> (always 0), is_registered bool
//   (Uids has (netuid, hotkey)).
// encode_to writes exactly the bytes the runtime API returns for it, so scale::encode of any
// function's result below is the runtime API's answer (Vec / Option / tuple encodings are the
// codec's).
//
// Order (it is on the wire): get_stake_info_for_coldkey visits the netuids of NetworksAdded in
// storage order (Identity-hashed u16: little-endian bytes, so 256 before 1), and within each
// netuid the hotkeys of StakingHotkeys[coldkey] in their stored order; an entry is listed only
// when its stake is non-zero. Hotkeys that hold stake but are missing from StakingHotkeys are not
// seen (as upstream).
//
// Reads only; owned by the thread that owns the overlay.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "runtime/frame/env.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

// mirrors rpc_info/stake_info.rs StakeInfo<AccountId32>.
struct StakeInfo {
  static constexpr size_t kScaleMinSize = 32 + 32 + 6 + 1;

  AccountId hotkey;
  AccountId coldkey;
  uint16_t netuid = 0;        // Compact<u16>
  uint64_t stake = 0;         // Compact<u64>
  uint64_t locked = 0;        // Compact<u64>
  uint64_t emission = 0;      // Compact<u64>
  uint64_t tao_emission = 0;  // Compact<u64>
  uint64_t drain = 0;         // Compact<u64>
  bool is_registered = false;

  friend bool operator==(const StakeInfo&, const StakeInfo&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, StakeInfo& out);
};

// mirrors get_stake_info_for_coldkey.
std::vector<StakeInfo> get_stake_info_for_coldkey(const frame::Env& env, const AccountId& coldkey);
// mirrors get_stake_info_for_coldkeys: one (coldkey, infos) pair per coldkey, in the given order
// (duplicates repeated); empty for an empty list.
std::vector<std::pair<AccountId, std::vector<StakeInfo>>> get_stake_info_for_coldkeys(
    const frame::Env& env, const std::vector<AccountId>& coldkeys);
// mirrors get_stake_info_for_hotkey_coldkey_netuid: always Some, even with zero stake or an
// unknown subnet.
std::optional<StakeInfo> get_stake_info_for_hotkey_coldkey_netuid(const frame::Env& env,
                                                                  const AccountId& hotkey,
                                                                  const AccountId& coldkey,
                                                                  NetUid netuid);
// mirrors get_stake_fee: calculate_staking_fee (staking/fees.hpp) with
// alpha_estimate = U96F32(amount). origin / destination are (hotkey, netuid).
uint64_t get_stake_fee(const frame::Env& env,
                       const std::optional<std::pair<AccountId, NetUid>>& origin,
                       const AccountId& origin_coldkey,
                       const std::optional<std::pair<AccountId, NetUid>>& destination,
                       const AccountId& destination_coldkey, uint64_t amount);

}  // namespace subemu::runtime::subtensor
