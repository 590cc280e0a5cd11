// pallet_transaction_payment's storage (polkadot-stable2409 lib.rs) and value types, plus the
// subtensor TotalIssuance item that the runtime's fee handler writes.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "storage/items.hpp"

namespace subemu::runtime::transaction_payment {

inline constexpr uint8_t kPalletIndex = 6;  // construct_runtime!: TransactionPayment = 6

// sp_arithmetic FixedU128 (inner / 10^18); the fee Multiplier.
struct Multiplier {
  static constexpr u128 kDiv = 1'000'000'000'000'000'000;
  static constexpr size_t kScaleMinSize = 16;
  u128 inner = kDiv;  // MULTIPLIER_DEFAULT_VALUE = 1

  static constexpr Multiplier one() { return Multiplier{kDiv}; }
  // mirrors FixedPointNumber::saturating_mul_int: floor(self * n), u64::MAX on overflow.
  uint64_t saturating_mul_int(uint64_t n) const;

  friend bool operator==(const Multiplier&, const Multiplier&) = default;
  void encode_to(scale::Encoder& e) const { scale::encode_to(e, inner); }
  static bool decode_from(scale::Decoder& d, Multiplier& out) {
    return scale::decode_from(d, out.inner);
  }
  static metadata::TypeRef type_desc();
};

// The pallet's Releases enum (its own StorageVersion item): V1Ancient=0 (default) | V2=1.
enum class Releases : uint8_t { kV1Ancient = 0, kV2 = 1 };
struct ReleasesValue {
  Releases value = Releases::kV1Ancient;
  friend bool operator==(const ReleasesValue&, const ReleasesValue&) = default;
  void encode_to(scale::Encoder& e) const { e.put_byte(static_cast<uint8_t>(value)); }
  static bool decode_from(scale::Decoder& d, ReleasesValue& out);
  static metadata::TypeRef type_desc();
};

inline constexpr storage::FixedString kPrefix{"TransactionPayment"};
struct MultiplierOne {
  static Multiplier value() { return Multiplier::one(); }
};
// VALUE the fee multiplier of the next block (FixedU128, default 1).   lib.rs: NextFeeMultiplier
using NextFeeMultiplier = storage::StorageValue<kPrefix, "NextFeeMultiplier", Multiplier,
                                                storage::ValueQueryFn<MultiplierOne>>;
// VALUE the pallet's storage layout version.                           StorageVersion
using StorageVersion =
    storage::StorageValue<kPrefix, "StorageVersion", ReleasesValue, storage::ValueQuery<>>;

// pallet_subtensor::TotalIssuance (SubtensorModule.TotalIssuance, u64, ValueQuery, default
// InitialIssuance = 0), which the runtime's TransactionFeeHandler lowers by every fee. Declared
// here until issue #4 gives the subtensor pallet its own declaration (then this alias should point
// there).
using SubtensorTotalIssuance =
    storage::StorageValue<"SubtensorModule", "TotalIssuance", uint64_t, storage::ValueQuery<>>;

}  // namespace subemu::runtime::transaction_payment
