// pallet_sudo (polkadot-stable2409) in the subtensor runtime (index 12), WeightInfo =
// pallet_sudo::weights::SubstrateWeight (2024-04-09 benchmark) with RocksDbWeight.
//
// ensure_sudo: the origin must be Root, or Signed by the key (else Error::RequireSudo; a None
// origin is BadOrigin). Every successful call returns Pays::No.
//   0 sudo(call: Box<RuntimeCall>)                       dispatch_bypass_filter as Root,
//       Sudid{sudo_result}; weight sudo() + inner, inner class
//   1 sudo_unchecked_weight(call, weight: Weight)       the same; declared weight `weight`
//   2 set_key(new: MultiAddress)                         KeyChanged{old, new}, Key = new
//   3 sudo_as(who: MultiAddress, call)                   dispatch_bypass_filter as Signed(who),
//       SudoAsDone{sudo_result}; weight sudo_as() + inner
//   4 remove_key()                                       KeyRemoved, Key killed
// Weights: set_key (9_663_000, 1517) + r1 w1; sudo (10_729_000, 1517) + r1;
// sudo_as (11_003_000, 1517) + r1; remove_key (9_127_000, 1517) + r1 w1.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/pallets/sudo/storage.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::sudo {

inline constexpr uint8_t kPalletIndex = 12;  // construct_runtime!: Sudo = 12

enum class Error : uint8_t { kRequireSudo = 0 };

constexpr frame::DispatchError error(Error e) {
  return frame::DispatchError::module(kPalletIndex, static_cast<uint8_t>(e));
}

namespace weights {
frame::Weight set_key();
frame::Weight sudo();
frame::Weight sudo_as();
frame::Weight remove_key();
}  // namespace weights

namespace event {
struct Sudid {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 0;
  frame::DispatchResult sudo_result;
  void encode_to(scale::Encoder& e) const;
};
struct KeyChanged {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 1;
  std::optional<AccountId> old_key;  // `old`
  AccountId new_key;                 // `new`
  void encode_to(scale::Encoder& e) const;
};
struct KeyRemoved {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 2;
  void encode_to(scale::Encoder& e) const { e.put_byte(kIndex); }
};
struct SudoAsDone {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 3;
  frame::DispatchResult sudo_result;
  void encode_to(scale::Encoder& e) const;
};
}  // namespace event

// mirrors GenesisConfig::build: Key::set(key).
void build_genesis(frame::Env& env, const std::optional<AccountId>& key);

metadata::PalletDesc describe();

}  // namespace subemu::runtime::sudo
