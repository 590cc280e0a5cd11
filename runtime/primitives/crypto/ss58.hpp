// SS58 addresses for 32-byte account ids, exactly as sp_core::crypto::Ss58Codec does them.
//
//   address = base58(prefix_bytes ++ account (32) ++ blake2b_512("SS58PRE" ++ prefix_bytes ++
//             account)[0..2]), Bitcoin base58 alphabet.
//   prefix 0..63:      one byte, the prefix itself.
//   prefix 64..16383:  two bytes: b0 = 0x40 | ((p & 0xfc) >> 2), b1 = (p >> 8) | ((p & 0x03) << 6)
//                      (the low byte's upper six bits come first; decoding reverses it).
// decode mirrors from_ss58check_with_version: first byte 0..63 one-byte prefix, 64..127
// two-byte prefix, >= 128 InvalidPrefix; total length must be prefix + 32 + 2; the reserved
// prefixes 46 and 47 are refused (format_is_allowed); checksum last. Like Substrate, a two-byte
// form that decodes to a prefix below 64 is accepted (encode never produces it).
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::crypto {

inline constexpr uint16_t kSs58MaxPrefix = 16383;
inline constexpr uint16_t kSs58SubstratePrefix = 42;  // generic Substrate, Bittensor

enum class Ss58Error : uint8_t {
  kBadBase58 = 1,         // a character outside the base58 alphabet
  kBadLength = 2,         // decoded length is not prefix + 32 + 2
  kInvalidPrefix = 3,     // first byte >= 128
  kFormatNotAllowed = 4,  // reserved prefix 46 or 47
  kInvalidChecksum = 5,
  kPrefixOutOfRange = 6,  // encode: prefix > 16383
};
const char* to_string(Ss58Error e);

struct Ss58Address {
  uint16_t prefix = 0;
  AccountId32 account;
};

Result<std::string, Ss58Error> ss58_encode(const AccountId32& account, uint16_t prefix);
Result<Ss58Address, Ss58Error> ss58_decode(std::string_view address);

// Bitcoin-alphabet base58 (leading zero bytes <-> leading '1's), exposed for tests/tools.
std::string base58_encode(ByteView data);
Result<Bytes, Ss58Error> base58_decode(std::string_view text);

}  // namespace subemu::crypto
