// MultiAddress<AccountId32, ()>: the address of a signed extrinsic in the subtensor runtime
// (runtime/src/lib.rs: `Address = MultiAddress<AccountId, ()>`; sp_runtime multiaddress.rs), and
// the runtime's lookup rule (frame_system Lookup = AccountIdLookup<AccountId, ()>).
//
// SCALE: a one-byte variant index, then the payload:
//   0 Id(AccountId32)     32 bytes
//   1 Index(Compact<()>)  nothing: Compact<()> encodes to zero bytes
//   2 Raw(Vec<u8>)        Compact length ++ bytes
//   3 Address32([u8;32])  32 bytes
//   4 Address20([u8;20])  20 bytes
// Other indices fail to decode (kInvalidEnumTag).
// Lookup (AccountIdLookup::lookup): only Id resolves, to its account; every other variant is a
// LookupError, which the extrinsic check turns into UnknownTransaction::CannotLookup.
// Pure value type; thread-compatible.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::frame::extrinsic {

struct MultiAddress {
  // SCALE variant indices; frozen by the chain.
  enum class Kind : uint8_t {
    kId = 0,
    kIndex = 1,
    kRaw = 2,
    kAddress32 = 3,
    kAddress20 = 4,
  };
  static constexpr size_t kScaleMinSize = 1;

  Kind kind = Kind::kId;
  AccountId32 id{};           // kId
  Bytes raw;                  // kRaw
  ByteArray<32> address32{};  // kAddress32
  ByteArray<20> address20{};  // kAddress20

  static MultiAddress from_id(const AccountId32& account);
  static MultiAddress index();  // Index(()) — the only value of the unit index type
  static MultiAddress from_raw(ByteView bytes);
  static MultiAddress from_address32(const ByteArray<32>& bytes);
  static MultiAddress from_address20(const ByteArray<20>& bytes);

  friend bool operator==(const MultiAddress&, const MultiAddress&) = default;

  void encode_to(scale::Encoder& e) const;
  static bool decode_from(scale::Decoder& d, MultiAddress& out);
};

// mirrors sp_runtime AccountIdLookup::lookup: the account of an Id address, else nullopt.
std::optional<AccountId32> lookup_account(const MultiAddress& address);

}  // namespace subemu::runtime::frame::extrinsic
