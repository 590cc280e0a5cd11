// frame_system's value types, SCALE-identical to polkadot-stable2409 with the subtensor runtime's
// parameters (Nonce = u32, RefCount = u32, AccountData = pallet_balances::AccountData<u64>):
//
//   AccountData      {free u64, reserved u64, frozen u64, flags u128}  (pallet_balances types.rs;
//                    flags is ExtraFlags, whose bit 127 marks the "new" ref-counting logic and
//                    is SET in the default value)
//   AccountInfo      {nonce u32, consumers u32, providers u32, sufficients u32, data AccountData}
//   Phase            ApplyExtrinsic(u32)=0 | Finalization=1 | Initialization=2 (default)
//   PerDispatchClass {normal T, operational T, mandatory T}; ConsumedWeight =
//   PerDispatchClass<Weight> LastRuntimeUpgradeInfo {spec_version Compact<u32>, spec_name String}
//   CodeUpgradeAuthorization {code_hash H256, check_version bool}
// An EventRecord {phase, event: RuntimeEvent, topics: Vec<H256>} is never held as a C++ value:
// the runtime appends its bytes (events.hpp), where RuntimeEvent = pallet index u8 ++ the pallet's
// event encoding.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::system {

using RefCount = uint32_t;
using Nonce = uint32_t;

// pallet_balances AccountData<u64> (the runtime's frame_system AccountData).
struct AccountData {
  static constexpr u128 kNewLogicFlag = u128{1} << 127;  // ExtraFlags IS_NEW_LOGIC
  static constexpr size_t kScaleMinSize = 40;

  uint64_t free = 0;
  uint64_t reserved = 0;
  uint64_t frozen = 0;
  u128 flags = kNewLogicFlag;  // ExtraFlags::default() is the new logic

  bool is_new_logic() const { return (flags & kNewLogicFlag) == kNewLogicFlag; }
  void set_new_logic() { flags |= kNewLogicFlag; }
  // free + reserved, saturating (AccountData::total).
  uint64_t total() const { return free > UINT64_MAX - reserved ? UINT64_MAX : free + reserved; }

  friend bool operator==(const AccountData&, const AccountData&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, AccountData& out);
  static metadata::TypeRef type_desc();
};

struct AccountInfo {
  static constexpr size_t kScaleMinSize = 56;

  Nonce nonce = 0;
  RefCount consumers = 0;
  RefCount providers = 0;
  RefCount sufficients = 0;
  AccountData data;

  friend bool operator==(const AccountInfo&, const AccountInfo&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, AccountInfo& out);
  static metadata::TypeRef type_desc();
};

struct Phase {
  enum class Kind : uint8_t { kApplyExtrinsic = 0, kFinalization = 1, kInitialization = 2 };
  static constexpr size_t kScaleMinSize = 1;

  Kind kind = Kind::kInitialization;
  uint32_t extrinsic_index = 0;  // kApplyExtrinsic only

  static Phase apply_extrinsic(uint32_t i) { return Phase{Kind::kApplyExtrinsic, i}; }
  static Phase finalization() { return Phase{Kind::kFinalization, 0}; }
  static Phase initialization() { return Phase{Kind::kInitialization, 0}; }

  friend bool operator==(const Phase&, const Phase&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, Phase& out);
  static metadata::TypeRef type_desc();
};

// frame_support PerDispatchClass<T>.
template <class T>
struct PerDispatchClass {
  T normal{};
  T operational{};
  T mandatory{};

  T& get_mut(frame::DispatchClass c) {
    switch (c) {
      case frame::DispatchClass::kNormal:
        return normal;
      case frame::DispatchClass::kOperational:
        return operational;
      case frame::DispatchClass::kMandatory:
        return mandatory;
    }
    return mandatory;
  }
  const T& get(frame::DispatchClass c) const {
    switch (c) {
      case frame::DispatchClass::kNormal:
        return normal;
      case frame::DispatchClass::kOperational:
        return operational;
      case frame::DispatchClass::kMandatory:
        return mandatory;
    }
    return mandatory;
  }
  friend bool operator==(const PerDispatchClass&, const PerDispatchClass&) = default;

  void encode_to(scale::Encoder& e) const {
    scale::encode_to(e, normal);
    scale::encode_to(e, operational);
    scale::encode_to(e, mandatory);
  }
  static bool decode_from(scale::Decoder& d, PerDispatchClass& out) {
    return scale::decode_from(d, out.normal) && scale::decode_from(d, out.operational) &&
           scale::decode_from(d, out.mandatory);
  }
};

// The block's consumed weight per class (frame_system ConsumedWeight).
struct ConsumedWeight : PerDispatchClass<frame::Weight> {
  // mirrors PerDispatchClass<Weight>::accrue (saturating)
  void accrue(const frame::Weight& w, frame::DispatchClass c) {
    get_mut(c) = get(c).saturating_add(w);
  }
  // mirrors checked_accrue: false (nothing changed) on overflow of either component.
  bool checked_accrue(const frame::Weight& w, frame::DispatchClass c);
  // mirrors reduce (saturating_sub).
  void reduce(const frame::Weight& w, frame::DispatchClass c) {
    get_mut(c) = get(c).saturating_sub(w);
  }
  // mirrors total(): the saturating sum of the three classes.
  frame::Weight total() const {
    return normal.saturating_add(operational).saturating_add(mandatory);
  }
  static bool decode_from(scale::Decoder& d, ConsumedWeight& out) {
    return PerDispatchClass<frame::Weight>::decode_from(d, out);
  }
  static metadata::TypeRef type_desc();
};

struct LastRuntimeUpgradeInfo {
  uint32_t spec_version = 0;  // Compact<u32> on the wire
  std::string spec_name;

  friend bool operator==(const LastRuntimeUpgradeInfo&, const LastRuntimeUpgradeInfo&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, LastRuntimeUpgradeInfo& out);
  static metadata::TypeRef type_desc();
};

struct CodeUpgradeAuthorization {
  Hash256 code_hash{};
  bool check_version = false;

  friend bool operator==(const CodeUpgradeAuthorization&,
                         const CodeUpgradeAuthorization&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, CodeUpgradeAuthorization& out);
  static metadata::TypeRef type_desc();
};

}  // namespace subemu::runtime::system
