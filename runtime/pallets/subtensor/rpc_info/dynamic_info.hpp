// Per-subnet pool and emission read model served by SubnetInfoRuntimeApi::get_dynamic_info /
// get_all_dynamic_info (mirrors pallets/subtensor/src/rpc_info/dynamic_info.rs, and
// get_name_for_subnet of subnets/symbols.rs, at subtensor v3.0.0).
//
// DynamicInfo is the runtime API's value, field for field and in SCALE order:
//   netuid Compact<u16>; owner_hotkey SubnetOwnerHotkey; owner_coldkey SubnetOwner;
//   subnet_name Vec<Compact<u8>> (name_for_subnet, one compact per byte);
//   token_symbol Vec<Compact<u8>> (the fixed symbol table, symbol_for_subnet -- NOT the
//   TokenSymbol storage item); tempo Compact<u16>; last_step Compact<u64>
//   (LastMechansimStepBlock); blocks_since_last_step Compact<u64> (current block - last_step,
//   saturating); emission Compact<u64> (always 0); alpha_in / alpha_out / tao_in Compact<u64>
//   (SubnetAlphaIn / SubnetAlphaOut / SubnetTAO); alpha_out_emission / alpha_in_emission /
//   tao_in_emission Compact<u64>; pending_alpha_emission Compact<u64> (PendingEmission);
//   pending_root_emission Compact<u64> (PendingRootDivs); subnet_volume Compact<u128>;
//   network_registered_at Compact<u64>; subnet_identity Option<SubnetIdentityV2>
//   (SubnetIdentitiesV2); moving_price I96F32 (SubnetMovingPrice, raw i128 bits).
// The spot price is not a field: clients derive it from tao_in / alpha_in.
//
// get_all_dynamic_info lists every netuid of NetworksAdded in storage order (Identity-hashed u16:
// little-endian bytes), each as Some.
//
// Reads only; owned by the thread that owns the overlay.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/frame/env.hpp"
#include "runtime/pallets/subtensor/subnets/subnet.hpp"
#include "runtime/pallets/subtensor/types.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

// mirrors rpc_info/dynamic_info.rs DynamicInfo<AccountId32>.
struct DynamicInfo {
  uint16_t netuid = 0;
  AccountId owner_hotkey;
  AccountId owner_coldkey;
  std::vector<uint8_t> subnet_name;   // Vec<Compact<u8>>
  std::vector<uint8_t> token_symbol;  // Vec<Compact<u8>>
  uint16_t tempo = 0;
  uint64_t last_step = 0;
  uint64_t blocks_since_last_step = 0;
  uint64_t emission = 0;
  uint64_t alpha_in = 0;
  uint64_t alpha_out = 0;
  uint64_t tao_in = 0;
  uint64_t alpha_out_emission = 0;
  uint64_t alpha_in_emission = 0;
  uint64_t tao_in_emission = 0;
  uint64_t pending_alpha_emission = 0;
  uint64_t pending_root_emission = 0;
  u128 subnet_volume = 0;  // Compact<u128>
  uint64_t network_registered_at = 0;
  std::optional<SubnetIdentityV2> subnet_identity;
  I96F32 moving_price;

  friend bool operator==(const DynamicInfo&, const DynamicInfo&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, DynamicInfo& out);
};


// mirrors get_dynamic_info: nullopt when the subnet does not exist (NetworksAdded).
std::optional<DynamicInfo> get_dynamic_info(const frame::Env& env, NetUid netuid);
// mirrors get_all_dynamic_info.
std::vector<std::optional<DynamicInfo>> get_all_dynamic_info(const frame::Env& env);

}  // namespace subemu::runtime::subtensor
