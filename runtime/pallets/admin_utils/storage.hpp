// pallet_admin_utils' own types and storage (pallets/admin-utils/src/lib.rs at v3.0.0): the
// PrecompileEnum (encoded as its one-byte variant index) and the PrecompileEnable map; plus the
// one foreign item a setter writes that no modelled pallet declares (EVMChainId.ChainId).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "storage/items.hpp"

namespace subemu::runtime::admin_utils {

// PrecompileEnum: BalanceTransfer = 0, Staking = 1, Subnet = 2, Metagraph = 3, Neuron = 4.
struct PrecompileEnum {
  static constexpr uint8_t kVariantCount = 5;
  uint8_t index = 0;
  friend bool operator==(const PrecompileEnum&, const PrecompileEnum&) = default;
  void encode_to(scale::Encoder& e) const { e.put_byte(index); }
  // Rejects an index outside the enum, as the derived Decode does.
  static bool decode_from(scale::Decoder& d, PrecompileEnum& out) {
    uint8_t b = 0;
    if (!scale::decode_from(d, b) || b >= kVariantCount) return false;
    out.index = b;
    return true;
  }
};

// DefaultPrecompileEnabled: true.
struct DefaultPrecompileEnabled {
  static bool value() { return true; }
};

inline constexpr storage::FixedString kPrefix{"AdminUtils"};
// MAP precompile -> enabled (default true).                               lib.rs: PrecompileEnable
using PrecompileEnable =
    storage::StorageMap<kPrefix, "PrecompileEnable", storage::Blake2_128Concat<PrecompileEnum>,
                        bool, storage::ValueQueryFn<DefaultPrecompileEnabled>>;

// pallet_evm_chain_id (frontier; construct_runtime! EVMChainId = 23, not modelled as a pallet):
// VALUE the EVM chain id, written by sudo_set_evm_chain_id only (upstream default 42, set at
// genesis; no reader in the emulator yet).                                 ChainId
inline constexpr storage::FixedString kEvmChainIdPrefix{"EVMChainId"};
using EvmChainId =
    storage::StorageValue<kEvmChainIdPrefix, "ChainId", uint64_t, storage::ValueQuery<>>;

}  // namespace subemu::runtime::admin_utils

namespace subemu::runtime::metadata {
template <>
struct TypeOf<admin_utils::PrecompileEnum> {
  static TypeRef get() {
    static const TypeRef t = t_enum(
        "PrecompileEnum", {variant("BalanceTransfer", 0), variant("Staking", 1),
                           variant("Subnet", 2), variant("Metagraph", 3), variant("Neuron", 4)});
    return t;
  }
};
}  // namespace subemu::runtime::metadata
