// Why an extrinsic's bytes were rejected by the v4 codec (unchecked_extrinsic.hpp). These are
// codec failures, not transaction validity outcomes: on chain such bytes never become an
// extrinsic (the node refuses them; inside a block body they make the block undecodable).
// Pure; thread-safe.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string_view>

namespace subemu::runtime::frame::extrinsic {

enum class ExtrinsicDecodeError : uint8_t {
  kBadLengthPrefix = 1,     // the Compact<u32> length prefix is truncated, non-canonical or > u32
  kTruncated = 2,           // fewer bytes follow the prefix than it announces
  kTrailingBytes = 3,       // more bytes follow the prefix than it announces (whole-input decode)
  kUnsupportedVersion = 4,  // version bits (byte & 0x7f) are not 4: "Invalid transaction version"
  kBadAddress = 5,          // MultiAddress: unknown variant, or cut off by the end of the body
  kBadSignature = 6,        // MultiSignature: unknown variant, or cut off by the end of the body
  kBadEra = 7,              // CheckMortality's era: invalid period/phase, or cut off
  kBadExtra = 8,            // other extension data (nonce / tip compacts, metadata-hash mode)
  kIncompleteBody = 9,      // the body ends before the version byte or before the call's first byte
};

// A short sentence for people, e.g. "extrinsic version is not 4".
std::string_view to_string(ExtrinsicDecodeError e);

}  // namespace subemu::runtime::frame::extrinsic
