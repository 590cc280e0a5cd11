// The origin of a dispatch (frame_system::RawOrigin): Root, Signed(account) or None.
//
// The subtensor runtime at v3.0.0 has further origins (pallet_collective's Members, the EVM
// origin); none of the calls we mirror accept them, so they are not modelled. The ensure_*
// helpers mirror frame_system::ensure_signed / ensure_root / ensure_none and fail with
// DispatchError::BadOrigin.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/dispatch.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::frame {

struct Origin {
  // SCALE variant indices of frame_system::RawOrigin.
  enum class Kind : uint8_t { kRoot = 0, kSigned = 1, kNone = 2 };

  Kind kind = Kind::kNone;
  AccountId who{};  // meaningful only for kSigned

  static Origin root() { return Origin{Kind::kRoot, AccountId{}}; }
  static Origin signed_by(const AccountId& account) { return Origin{Kind::kSigned, account}; }
  static Origin none() { return Origin{Kind::kNone, AccountId{}}; }

  bool is_root() const { return kind == Kind::kRoot; }
  bool is_signed() const { return kind == Kind::kSigned; }
  bool is_none() const { return kind == Kind::kNone; }

  friend bool operator==(const Origin&, const Origin&) = default;
};

// mirrors frame_system ensure_signed
inline Result<AccountId, DispatchError> ensure_signed(const Origin& origin) {
  if (!origin.is_signed()) return unexpected(DispatchError::bad_origin());
  return origin.who;
}
// mirrors frame_system ensure_root
inline Result<void, DispatchError> ensure_root(const Origin& origin) {
  if (!origin.is_root()) return unexpected(DispatchError::bad_origin());
  return Ok{};
}
// mirrors frame_system ensure_none
inline Result<void, DispatchError> ensure_none(const Origin& origin) {
  if (!origin.is_none()) return unexpected(DispatchError::bad_origin());
  return Ok{};
}
// mirrors frame_system ensure_signed_or_root: nullopt for Root.
inline Result<std::optional<AccountId>, DispatchError> ensure_signed_or_root(const Origin& origin) {
  if (origin.is_root()) return std::optional<AccountId>{};
  if (origin.is_signed()) return std::optional<AccountId>{origin.who};
  return unexpected(DispatchError::bad_origin());
}

}  // namespace subemu::runtime::frame
