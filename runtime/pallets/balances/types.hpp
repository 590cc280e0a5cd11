// pallet_balances value types (polkadot-stable2409 types.rs) with the subtensor runtime's
// parameters (Balance = u64, ReserveIdentifier = [u8; 8], LockIdentifier = [u8; 8]):
//
//   Reasons         Fee=0 | Misc=1 | All=2
//   BalanceLock     {id [u8; 8], amount u64, reasons Reasons}
//   ReserveData     {id [u8; 8], amount u64}
//   IdAmount<Id>    {id Id, amount u64}
//   RuntimeHoldReason (construct_runtime! aggregate): Preimage(HoldReason::Preimage=0)=14 |
//                   Registry(HoldReason::RegistryIdentity=0)=17 |
//                   SafeMode(HoldReason::EnterOrExtend=0)=20
//   RuntimeFreezeReason: no pallet of the runtime declares a FreezeReason: an enum without
//                   variants, so no freeze can exist (Freezes entries are always empty)
//   AdjustmentDirection Increase=0 | Decrease=1
//   BalanceStatus   Free=0 | Reserved=1
// (AccountData lives with frame_system's types: system::AccountData.)
#pragma once

#include "runtime/layer.hpp"

#include <array>
#include <cstdint>

#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/primitives/codec/scale.hpp"

namespace subemu::runtime::balances {

using LockIdentifier = std::array<uint8_t, 8>;
using ReserveIdentifier = std::array<uint8_t, 8>;

enum class Reasons : uint8_t { kFee = 0, kMisc = 1, kAll = 2 };
enum class AdjustmentDirection : uint8_t { kIncrease = 0, kDecrease = 1 };
enum class BalanceStatus : uint8_t { kFree = 0, kReserved = 1 };

struct BalanceLock {
  LockIdentifier id{};
  uint64_t amount = 0;
  Reasons reasons = Reasons::kAll;

  friend bool operator==(const BalanceLock&, const BalanceLock&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, BalanceLock& out);
  static metadata::TypeRef type_desc();
};

struct ReserveData {
  ReserveIdentifier id{};
  uint64_t amount = 0;

  friend bool operator==(const ReserveData&, const ReserveData&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, ReserveData& out);
  static metadata::TypeRef type_desc();
};

// RuntimeHoldReason: the pallet variant (its runtime index) and the pallet's HoldReason index.
struct HoldReason {
  static constexpr uint8_t kPreimage = 14, kRegistry = 17, kSafeMode = 20;
  uint8_t pallet = kPreimage;
  uint8_t reason = 0;

  friend bool operator==(const HoldReason&, const HoldReason&) = default;
  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, HoldReason& out);
  static metadata::TypeRef type_desc();
};

// RuntimeFreezeReason: uninhabited (decoding always fails).
struct FreezeReason {
  friend bool operator==(const FreezeReason&, const FreezeReason&) = default;
  void encode_to(scale::Encoder&) const {}
  static bool decode_from(scale::Decoder& d, FreezeReason& out);
  static metadata::TypeRef type_desc();
};

template <class Id>
struct IdAmount {
  Id id{};
  uint64_t amount = 0;

  friend bool operator==(const IdAmount&, const IdAmount&) = default;
  void encode_to(scale::Encoder& e) const {
    scale::encode_to(e, id);
    scale::encode_to(e, amount);
  }
  static bool decode_from(scale::Decoder& d, IdAmount& out) {
    return scale::decode_from(d, out.id) && scale::decode_from(d, out.amount);
  }
  static metadata::TypeRef type_desc() {
    return metadata::t_struct("IdAmount", {metadata::field("id", Id::type_desc()),
                                           metadata::field("amount", metadata::t_uint(64))});
  }
};

metadata::TypeRef reasons_type();
metadata::TypeRef adjustment_direction_type();
metadata::TypeRef balance_status_type();

}  // namespace subemu::runtime::balances

namespace subemu::scale {
// The unit enums encode as their variant byte.
template <>
struct Codec<runtime::balances::Reasons> {
  static constexpr size_t kMinSize = 1;
  static void encode(Encoder& e, runtime::balances::Reasons r) {
    e.put_byte(static_cast<uint8_t>(r));
  }
  static bool decode(Decoder& d, runtime::balances::Reasons& out) {
    uint8_t tag = 0;
    if (!decode_enum_tag(d, tag, 2)) return false;
    out = static_cast<runtime::balances::Reasons>(tag);
    return true;
  }
};
template <>
struct Codec<runtime::balances::AdjustmentDirection> {
  static constexpr size_t kMinSize = 1;
  static void encode(Encoder& e, runtime::balances::AdjustmentDirection r) {
    e.put_byte(static_cast<uint8_t>(r));
  }
  static bool decode(Decoder& d, runtime::balances::AdjustmentDirection& out) {
    uint8_t tag = 0;
    if (!decode_enum_tag(d, tag, 1)) return false;
    out = static_cast<runtime::balances::AdjustmentDirection>(tag);
    return true;
  }
};
template <>
struct Codec<runtime::balances::BalanceStatus> {
  static constexpr size_t kMinSize = 1;
  static void encode(Encoder& e, runtime::balances::BalanceStatus r) {
    e.put_byte(static_cast<uint8_t>(r));
  }
  static bool decode(Decoder& d, runtime::balances::BalanceStatus& out) {
    uint8_t tag = 0;
    if (!decode_enum_tag(d, tag, 1)) return false;
    out = static_cast<runtime::balances::BalanceStatus>(tag);
    return true;
  }
};
}  // namespace subemu::scale
