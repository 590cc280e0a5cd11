// The v4 extrinsic codec: sp_runtime::generic::UncheckedExtrinsic<MultiAddress<AccountId32, ()>,
// Call, MultiSignature, Extra> at polkadot-stable2409, which subtensor v3.0.0 wraps unchanged in
// fp_self_contained::UncheckedExtrinsic (a newtype: same bytes).
//
//   extrinsic = Compact<u32>(len(body)) ++ body          (a valid SCALE Vec<u8>)
//   body      = 0x04 ++ call                             bare (unsigned / inherent)
//             | 0x84 ++ address ++ signature ++ extra ++ call     signed
// The version byte's top bit is the signed flag; its low 7 bits must be 4. address is a
// MultiAddress (multi_address.hpp), signature a MultiSignature (multi_signature.hpp), extra the
// extension set's data (signed_extra.hpp). The call is kept as raw bytes — decoded elsewhere.
//
// Length rule. Upstream decodes preamble and call from the stream and then requires
// bytes consumed == the prefix ("Invalid length prefix"). Here the prefix delimits the body and
// the call is "the rest of the body"; this agrees with upstream exactly when the call decoder
// consumes the whole call slice (it must reject trailing bytes in the call).
// The extrinsic hash is blake2_256 of the whole encoding, prefix included.
// Pure; thread-compatible.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/extrinsic/decode_error.hpp"
#include "runtime/frame/extrinsic/multi_address.hpp"
#include "runtime/frame/extrinsic/multi_signature.hpp"
#include "runtime/frame/extrinsic/signed_extra.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::frame::extrinsic {

// EXTRINSIC_FORMAT_VERSION at polkadot-stable2409.
inline constexpr uint8_t kExtrinsicFormatVersion = 4;
inline constexpr uint8_t kSignedFlag = 0x80;

// The signed part of an extrinsic: Rust's (Address, Signature, Extra) tuple.
struct SignedPreamble {
  MultiAddress address;
  MultiSignature signature;
  ExtraValues extra;
  friend bool operator==(const SignedPreamble&, const SignedPreamble&) = default;
};

struct UncheckedExtrinsic {
  std::optional<SignedPreamble> signature;  // nullopt: bare
  Bytes call;                               // [pallet index][call index][SCALE args]

  bool is_signed() const { return signature.has_value(); }
  friend bool operator==(const UncheckedExtrinsic&, const UncheckedExtrinsic&) = default;
};

// Decodes exactly one extrinsic that fills `bytes` (kTruncated / kTrailingBytes when the prefix
// disagrees with the input length).
Result<UncheckedExtrinsic, ExtrinsicDecodeError> decode_extrinsic(ByteView bytes,
                                                                  const ExtensionSet& set);
// Decodes one extrinsic at the decoder's position (e.g. from a block body's Vec<Extrinsic>); on
// success the decoder is past it. On kBadLengthPrefix / kTruncated the decoder has failed too.
Result<UncheckedExtrinsic, ExtrinsicDecodeError> decode_extrinsic(scale::Decoder& d,
                                                                  const ExtensionSet& set);

// The body without the length prefix; and the full encoding.
Bytes encode_body(const UncheckedExtrinsic& xt, const ExtensionSet& set);
Bytes encode_extrinsic(const UncheckedExtrinsic& xt, const ExtensionSet& set);
// len(encode_extrinsic(xt, set)): the `len` the executive charges fees and weight for.
size_t encoded_size(const UncheckedExtrinsic& xt, const ExtensionSet& set);

// blake2_256 of a whole encoded extrinsic (the transaction hash).
Hash256 extrinsic_hash(ByteView encoded);

}  // namespace subemu::runtime::frame::extrinsic
