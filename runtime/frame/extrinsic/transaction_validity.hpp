// Transaction validity outcomes, SCALE-identical to sp_runtime transaction_validity.rs at
// polkadot-stable2409 (sp-runtime 39.0.x, the SDK of subtensor v3.0.0):
//
//   TransactionValidityError  Invalid(InvalidTransaction)=0 | Unknown(UnknownTransaction)=1
//   InvalidTransaction        Call=0 | Payment=1 | Future=2 | Stale=3 | BadProof=4 |
//                             AncientBirthBlock=5 | ExhaustsResources=6 | Custom(u8)=7 |
//                             BadMandatory=8 | MandatoryValidation=9 | BadSigner=10
//   UnknownTransaction        CannotLookup=0 | NoUnsignedValidator=1 | Custom(u8)=2
//   ValidTransaction          {priority u64, requires Vec<Vec<u8>>, provides Vec<Vec<u8>>,
//                              longevity u64, propagate bool}
// Later SDKs (stable2412 on, with TransactionExtension) append IndeterminateImplicit=11 and
// UnknownOrigin=12 to InvalidTransaction; stable2409 has neither, so they fail to decode here.
// The indices are on the wire (validate_transaction's result) and must not change.
// Pure value types; thread-compatible.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::frame::extrinsic {

enum class InvalidTransaction : uint8_t {
  kCall = 0,                 // the call is not expected
  kPayment = 1,              // cannot pay the fees
  kFuture = 2,               // not yet valid (nonce too high)
  kStale = 3,                // outdated (nonce too low)
  kBadProof = 4,             // bad signature (or signed extra / additional data mismatch)
  kAncientBirthBlock = 5,    // the era's birth block hash is unknown (pruned or in the future)
  kExhaustsResources = 6,    // would exhaust the block's resources
  kCustom = 7,               // Custom(u8)
  kBadMandatory = 8,         // a mandatory dispatch failed
  kMandatoryValidation = 9,  // a mandatory dispatch was validated as a transaction
  kBadSigner = 10,           // the sending address is disabled or invalid
};
inline constexpr uint8_t kInvalidTransactionCount = 11;

enum class UnknownTransaction : uint8_t {
  kCannotLookup = 0,         // information needed to validate could not be looked up
  kNoUnsignedValidator = 1,  // no validator for an unsigned transaction
  kCustom = 2,               // Custom(u8)
};
inline constexpr uint8_t kUnknownTransactionCount = 3;

class TransactionValidityError {
 public:
  enum class Kind : uint8_t { kInvalid = 0, kUnknown = 1 };
  static constexpr size_t kScaleMinSize = 2;

  constexpr TransactionValidityError() = default;  // Invalid(Call)
  static constexpr TransactionValidityError invalid(InvalidTransaction r, uint8_t custom = 0) {
    return {Kind::kInvalid, static_cast<uint8_t>(r),
            r == InvalidTransaction::kCustom ? custom : uint8_t{0}};
  }
  static constexpr TransactionValidityError unknown(UnknownTransaction r, uint8_t custom = 0) {
    return {Kind::kUnknown, static_cast<uint8_t>(r),
            r == UnknownTransaction::kCustom ? custom : uint8_t{0}};
  }
  static constexpr TransactionValidityError invalid_custom(uint8_t code) {
    return invalid(InvalidTransaction::kCustom, code);
  }
  static constexpr TransactionValidityError unknown_custom(uint8_t code) {
    return unknown(UnknownTransaction::kCustom, code);
  }

  constexpr Kind kind() const { return kind_; }
  constexpr bool is_invalid() const { return kind_ == Kind::kInvalid; }
  constexpr bool is_unknown() const { return kind_ == Kind::kUnknown; }
  // REQUIRES: is_invalid() / is_unknown() respectively.
  InvalidTransaction invalid_reason() const;
  UnknownTransaction unknown_reason() const;
  // The Custom(u8) payload (0 for other variants).
  constexpr uint8_t custom_code() const { return custom_; }
  constexpr bool is(InvalidTransaction r) const {
    return kind_ == Kind::kInvalid && reason_ == static_cast<uint8_t>(r);
  }
  constexpr bool is(UnknownTransaction r) const {
    return kind_ == Kind::kUnknown && reason_ == static_cast<uint8_t>(r);
  }
  // mirrors TransactionValidityError::exhausted_resources / was_mandatory
  constexpr bool exhausted_resources() const { return is(InvalidTransaction::kExhaustsResources); }
  constexpr bool was_mandatory() const { return is(InvalidTransaction::kBadMandatory); }

  friend constexpr bool operator==(const TransactionValidityError&,
                                   const TransactionValidityError&) = default;

  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, TransactionValidityError& out);

 private:
  constexpr TransactionValidityError(Kind k, uint8_t reason, uint8_t custom)
      : kind_(k), reason_(reason), custom_(custom) {}

  Kind kind_ = Kind::kInvalid;
  uint8_t reason_ = 0;
  uint8_t custom_ = 0;
};

// Variant names as in Rust: "BadProof", "CannotLookup", "Custom".
std::string_view name(InvalidTransaction r);
std::string_view name(UnknownTransaction r);
// sp_runtime's description, e.g. "Transaction has a bad signature".
std::string_view description(InvalidTransaction r);
std::string_view description(UnknownTransaction r);
// For people: "Invalid(BadProof): Transaction has a bad signature", "Invalid(Custom(3)): ...".
std::string to_string(const TransactionValidityError& e);

// Information on a valid transaction (sp_runtime ValidTransaction).
struct ValidTransaction {
  uint64_t priority = 0;
  std::vector<Bytes> requires_tags;  // `requires` in Rust
  std::vector<Bytes> provides;
  uint64_t longevity = ~uint64_t{0};  // TransactionLongevity::max_value() = forever
  bool propagate = true;

  // mirrors ValidTransaction::combine_with: priorities add (saturating), tags concatenate,
  // longevity is the minimum, propagate the logical and.
  ValidTransaction combine_with(const ValidTransaction& other) const;

  friend bool operator==(const ValidTransaction&, const ValidTransaction&) = default;

  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, ValidTransaction& out);
};

using TransactionValidity = Result<ValidTransaction, TransactionValidityError>;

}  // namespace subemu::runtime::frame::extrinsic
