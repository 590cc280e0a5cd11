#include "runtime/frame/extrinsic/decode_error.hpp"

namespace subemu::runtime::frame::extrinsic {

std::string_view to_string(ExtrinsicDecodeError e) {
  switch (e) {
    case ExtrinsicDecodeError::kBadLengthPrefix:
      return "extrinsic length prefix is not a canonical Compact<u32>";
    case ExtrinsicDecodeError::kTruncated:
      return "extrinsic is shorter than its length prefix announces";
    case ExtrinsicDecodeError::kTrailingBytes:
      return "extrinsic is longer than its length prefix announces";
    case ExtrinsicDecodeError::kUnsupportedVersion:
      return "extrinsic version is not 4";
    case ExtrinsicDecodeError::kBadAddress:
      return "extrinsic signer address is malformed or of an unknown kind";
    case ExtrinsicDecodeError::kBadSignature:
      return "extrinsic signature is malformed or of an unknown scheme";
    case ExtrinsicDecodeError::kBadEra:
      return "extrinsic era is malformed (invalid period and phase)";
    case ExtrinsicDecodeError::kBadExtra:
      return "extrinsic signed extension data is malformed";
    case ExtrinsicDecodeError::kIncompleteBody:
      return "extrinsic body ends before its version byte or its call";
  }
  return "unknown extrinsic decode error";
}

}  // namespace subemu::runtime::frame::extrinsic
