// Dispatch outcomes and weights, SCALE-identical to sp_runtime / frame_support at
// polkadot-stable2409 (the SDK of subtensor v3.0.0):
//
//   DispatchError   Other=0 | CannotLookup=1 | BadOrigin=2 | Module{index u8, error [u8;4]}=3 |
//                   ConsumerRemaining=4 | NoProviders=5 | TooManyConsumers=6 | Token(TokenError)=7
//                   | Arithmetic(ArithmeticError)=8 | Transactional(TransactionalError)=9 |
//                   Exhausted=10 | Corruption=11 | Unavailable=12 | RootNotAllowed=13
//                   (Other's message and Module's message are #[codec(skip)]: not encoded)
//   Weight          {ref_time: Compact<u64>, proof_size: Compact<u64>}
//   DispatchInfo    {weight, class: Normal=0|Operational=1|Mandatory=2, pays_fee: Yes=0|No=1}
//   PostDispatchInfo{actual_weight: Option<Weight>, pays_fee}
//
// A pallet error is DispatchError::module(pallet_index, error_index): the first error byte is the
// variant index of the pallet's Error enum, the other three are zero for every error we mirror.
#pragma once

#include "runtime/layer.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::frame {

enum class TokenError : uint8_t {
  kFundsUnavailable = 0,
  kOnlyProvider = 1,
  kBelowMinimum = 2,
  kCannotCreate = 3,
  kUnknownAsset = 4,
  kFrozen = 5,
  kUnsupported = 6,
  kCannotCreateHold = 7,
  kNotExpendable = 8,
  kBlocked = 9,
};
inline constexpr uint8_t kTokenErrorCount = 10;

enum class ArithmeticError : uint8_t { kUnderflow = 0, kOverflow = 1, kDivisionByZero = 2 };
inline constexpr uint8_t kArithmeticErrorCount = 3;

enum class TransactionalError : uint8_t { kLimitReached = 0, kNoLayer = 1 };
inline constexpr uint8_t kTransactionalErrorCount = 2;

class DispatchError {
 public:
  enum class Kind : uint8_t {
    kOther = 0,
    kCannotLookup = 1,
    kBadOrigin = 2,
    kModule = 3,
    kConsumerRemaining = 4,
    kNoProviders = 5,
    kTooManyConsumers = 6,
    kToken = 7,
    kArithmetic = 8,
    kTransactional = 9,
    kExhausted = 10,
    kCorruption = 11,
    kUnavailable = 12,
    kRootNotAllowed = 13,
  };
  static constexpr uint8_t kKindCount = 14;

  DispatchError() = default;  // Other
  static constexpr DispatchError of(Kind k) { return DispatchError(k, 0, {}); }
  static constexpr DispatchError other() { return of(Kind::kOther); }
  static constexpr DispatchError bad_origin() { return of(Kind::kBadOrigin); }
  static constexpr DispatchError cannot_lookup() { return of(Kind::kCannotLookup); }
  static constexpr DispatchError module(uint8_t pallet_index, uint8_t error_index) {
    return DispatchError(Kind::kModule, pallet_index, {error_index, 0, 0, 0});
  }
  static constexpr DispatchError token(TokenError e) {
    return DispatchError(Kind::kToken, static_cast<uint8_t>(e), {});
  }
  static constexpr DispatchError arithmetic(ArithmeticError e) {
    return DispatchError(Kind::kArithmetic, static_cast<uint8_t>(e), {});
  }
  static constexpr DispatchError transactional(TransactionalError e) {
    return DispatchError(Kind::kTransactional, static_cast<uint8_t>(e), {});
  }

  constexpr Kind kind() const { return kind_; }
  // Module: pallet index; Token / Arithmetic / Transactional: the inner variant index.
  constexpr uint8_t index() const { return index_; }
  // Module only: the 4 error bytes (error[0] is the Error enum's variant index).
  constexpr const std::array<uint8_t, 4>& module_error() const { return error_; }
  constexpr bool is_module(uint8_t pallet_index, uint8_t error_index) const {
    return kind_ == Kind::kModule && index_ == pallet_index && error_[0] == error_index;
  }

  friend constexpr bool operator==(const DispatchError&, const DispatchError&) = default;

  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, DispatchError& out);

 private:
  constexpr DispatchError(Kind k, uint8_t index, std::array<uint8_t, 4> error)
      : kind_(k), index_(index), error_(error) {}

  Kind kind_ = Kind::kOther;
  uint8_t index_ = 0;
  std::array<uint8_t, 4> error_{};
};

// "BadOrigin", "Arithmetic.Overflow", "Token.FundsUnavailable", "Module" (no pallet names here;
// the pallet registry names module errors).
std::string_view kind_name(DispatchError::Kind k);
std::string_view sub_name(const DispatchError& e);  // "" unless Token/Arithmetic/Transactional

using DispatchResult = Result<void, DispatchError>;

// ---- weights --------------------------------------------------------------------------------

struct Weight {
  uint64_t ref_time = 0;
  uint64_t proof_size = 0;

  static constexpr Weight from_parts(uint64_t ref_time, uint64_t proof_size) {
    return Weight{ref_time, proof_size};
  }
  static constexpr Weight zero() { return Weight{}; }
  constexpr Weight saturating_add(const Weight& o) const {
    return Weight{sat_add(ref_time, o.ref_time), sat_add(proof_size, o.proof_size)};
  }
  constexpr Weight saturating_sub(const Weight& o) const {
    return Weight{ref_time > o.ref_time ? ref_time - o.ref_time : 0,
                  proof_size > o.proof_size ? proof_size - o.proof_size : 0};
  }
  constexpr Weight saturating_mul(uint64_t k) const {
    return Weight{sat_mul(ref_time, k), sat_mul(proof_size, k)};
  }
  // Component-wise minimum (Weight::min).
  constexpr Weight min(const Weight& o) const {
    return Weight{ref_time < o.ref_time ? ref_time : o.ref_time,
                  proof_size < o.proof_size ? proof_size : o.proof_size};
  }
  // any_gt: some component exceeds the other's.
  constexpr bool any_gt(const Weight& o) const {
    return ref_time > o.ref_time || proof_size > o.proof_size;
  }
  constexpr bool all_lte(const Weight& o) const { return !any_gt(o); }
  friend constexpr bool operator==(const Weight&, const Weight&) = default;

  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, Weight& out);

 private:
  static constexpr uint64_t sat_add(uint64_t a, uint64_t b) {
    return a + b < a ? UINT64_MAX : a + b;
  }
  static constexpr uint64_t sat_mul(uint64_t a, uint64_t b) {
    return (b != 0 && a > UINT64_MAX / b) ? UINT64_MAX : a * b;
  }
};

// frame_support RuntimeDbWeight for RocksDbWeight (read 25 µs, write 100 µs, in ref-time ps).
struct DbWeight {
  static constexpr uint64_t kRead = 25'000'000;
  static constexpr uint64_t kWrite = 100'000'000;
  // RuntimeDbWeight saturates: reads(n) = kRead.saturating_mul(n), and so on.
  static constexpr uint64_t sat_mul(uint64_t a, uint64_t n) {
    return (n != 0 && a > UINT64_MAX / n) ? UINT64_MAX : a * n;
  }
  static constexpr Weight reads(uint64_t n) { return Weight{sat_mul(kRead, n), 0}; }
  static constexpr Weight writes(uint64_t n) { return Weight{sat_mul(kWrite, n), 0}; }
  static constexpr Weight reads_writes(uint64_t r, uint64_t w) {
    const uint64_t a = sat_mul(kRead, r), b = sat_mul(kWrite, w);
    return Weight{a > UINT64_MAX - b ? UINT64_MAX : a + b, 0};
  }
};

enum class DispatchClass : uint8_t { kNormal = 0, kOperational = 1, kMandatory = 2 };
enum class Pays : uint8_t { kYes = 0, kNo = 1 };

struct DispatchInfo {
  Weight weight{};
  DispatchClass dispatch_class = DispatchClass::kNormal;
  Pays pays_fee = Pays::kYes;
  friend constexpr bool operator==(const DispatchInfo&, const DispatchInfo&) = default;

  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, DispatchInfo& out);
};

struct PostDispatchInfo {
  std::optional<Weight> actual_weight;
  Pays pays_fee = Pays::kYes;
  friend bool operator==(const PostDispatchInfo&, const PostDispatchInfo&) = default;

  // mirrors frame_support PostDispatchInfo::calc_actual_weight (min of actual and declared)
  Weight calc_actual_weight(const DispatchInfo& info) const {
    return actual_weight.has_value() ? actual_weight->min(info.weight) : info.weight;
  }
  // mirrors PostDispatchInfo::pays_fee: No if either says No.
  Pays pays(const DispatchInfo& info) const {
    return (info.pays_fee == Pays::kNo || pays_fee == Pays::kNo) ? Pays::kNo : Pays::kYes;
  }
};

struct DispatchErrorWithPostInfo {
  PostDispatchInfo post_info;
  DispatchError error;
  friend bool operator==(const DispatchErrorWithPostInfo&,
                         const DispatchErrorWithPostInfo&) = default;
};

// DispatchResultWithPostInfo. A plain DispatchError converts with default post info.
using DispatchResultWithPostInfo = Result<PostDispatchInfo, DispatchErrorWithPostInfo>;

inline DispatchResultWithPostInfo with_post_info(const DispatchResult& r) {
  if (r.has_value()) return PostDispatchInfo{};
  return unexpected(DispatchErrorWithPostInfo{PostDispatchInfo{}, r.error()});
}
inline DispatchResultWithPostInfo fail(const DispatchError& e) {
  return unexpected(DispatchErrorWithPostInfo{PostDispatchInfo{}, e});
}

}  // namespace subemu::runtime::frame
