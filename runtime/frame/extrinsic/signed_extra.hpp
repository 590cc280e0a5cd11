// Signed extension sets: which bytes each extension of a runtime's SignedExtra tuple puts into
// the extrinsic (`extra`, in tuple order) and into the signed payload only (`additional_signed`,
// in tuple order). A set is data; the same codec serves the subtensor v3.0.0 runtime, the classic
// eight-extension set of the shared vectors and any custom set built from the kinds below.
//
// Kinds (at polkadot-stable2409 / subtensor v3.0.0), as  extra | additional_signed:
//   kEmpty         () | ()        CheckNonZeroSender, CheckWeight, SubtensorSignedExtension,
//                                 CommitmentsSignedExtension
//   kSpecVersion   () | u32 spec_version                         CheckSpecVersion
//   kTxVersion     () | u32 transaction_version                  CheckTxVersion
//   kGenesis       () | [u8;32] hash of block 0                  CheckGenesis
//   kMortality     Era | [u8;32] hash of the era's birth block   CheckEra (CheckMortality);
//                  AncientBirthBlock when that hash is unknown
//   kNonce         Compact<u32> nonce | ()                       subtensor check_nonce::CheckNonce
//   kTip           Compact<u64> tip | ()                         ChargeTransactionPayment
//                  (subtensor's Balance is u64)
//   kMetadataHash  u8 mode | Option<[u8;32]>                     CheckMetadataHash
//                  mode 0 Disabled -> None; 1 Enabled -> Some(the runtime's hash), CannotLookup
//                  when the runtime has none; any other mode byte fails to decode
// A set is well formed when every kind other than kEmpty occurs at most once (the decoded values
// hold one slot per kind); the presets are. Additional data is built in signing_payload.hpp.
// Pure; the presets are constants. Thread-safe.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "runtime/frame/extrinsic/decode_error.hpp"
#include "runtime/frame/extrinsic/era.hpp"
#include "runtime/primitives/balance.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::frame::extrinsic {

enum class ExtensionKind : uint8_t {
  kEmpty,
  kSpecVersion,
  kTxVersion,
  kGenesis,
  kMortality,
  kNonce,
  kTip,
  kMetadataHash,
};

struct Extension {
  std::string_view identifier;  // the Rust IDENTIFIER, e.g. "CheckMortality"
  ExtensionKind kind;
};

struct ExtensionSet {
  std::string_view name;
  std::span<const Extension> extensions;  // in SignedExtra tuple order
};

// subtensor v3.0.0 runtime/src/lib.rs SignedExtra (11 extensions).
inline constexpr Extension kSubtensorV300Extensions[] = {
    {"CheckNonZeroSender", ExtensionKind::kEmpty},
    {"CheckSpecVersion", ExtensionKind::kSpecVersion},
    {"CheckTxVersion", ExtensionKind::kTxVersion},
    {"CheckGenesis", ExtensionKind::kGenesis},
    {"CheckMortality", ExtensionKind::kMortality},  // frame_system::CheckEra
    {"CheckNonce", ExtensionKind::kNonce},          // runtime/src/check_nonce.rs
    {"CheckWeight", ExtensionKind::kEmpty},
    {"ChargeTransactionPayment", ExtensionKind::kTip},
    {"SubtensorSignedExtension", ExtensionKind::kEmpty},
    {"CommitmentsSignedExtension", ExtensionKind::kEmpty},
    {"CheckMetadataHash", ExtensionKind::kMetadataHash},
};
inline constexpr ExtensionSet kSubtensorV300{"subtensor-v3.0.0", kSubtensorV300Extensions};

// The classic eight of a FRAME node template (the main cases of shared/vectors/extrinsics.json).
inline constexpr Extension kClassicEightExtensions[] = {
    {"CheckNonZeroSender", ExtensionKind::kEmpty},
    {"CheckSpecVersion", ExtensionKind::kSpecVersion},
    {"CheckTxVersion", ExtensionKind::kTxVersion},
    {"CheckGenesis", ExtensionKind::kGenesis},
    {"CheckMortality", ExtensionKind::kMortality},
    {"CheckNonce", ExtensionKind::kNonce},
    {"CheckWeight", ExtensionKind::kEmpty},
    {"ChargeTransactionPayment", ExtensionKind::kTip},
};
inline constexpr ExtensionSet kClassicEight{"classic-8", kClassicEightExtensions};

// CheckMetadataHash's mode (SCALE u8 enum).
enum class MetadataHashMode : uint8_t { kDisabled = 0, kEnabled = 1 };

// The decoded `extra` of a signed extrinsic. A slot whose kind is not in the set is ignored when
// encoding and left at its default when decoding; metadata_hash_mode is set by decoding exactly
// when the set has a kMetadataHash extension (encoding writes Disabled for nullopt).
struct ExtraValues {
  Era era;                                             // kMortality (default Immortal)
  uint32_t nonce = 0;                                  // kNonce
  TaoBalance tip;                                      // kTip
  std::optional<MetadataHashMode> metadata_hash_mode;  // kMetadataHash

  friend bool operator==(const ExtraValues&, const ExtraValues&) = default;
};

// True when no kind other than kEmpty occurs twice.
bool well_formed(const ExtensionSet& set);
// True when the set has an extension of `kind`.
bool has_kind(const ExtensionSet& set, ExtensionKind kind);

// Appends the `extra` bytes of `values` under `set`.
void encode_extra(scale::Encoder& e, const ExtensionSet& set, const ExtraValues& values);
Bytes encode_extra(const ExtensionSet& set, const ExtraValues& values);
// Reads the `extra` of `set` at the decoder's position: kBadEra for the era, kBadExtra for any
// other extension's data (including a metadata-hash mode other than 0/1).
Result<ExtraValues, ExtrinsicDecodeError> decode_extra(scale::Decoder& d, const ExtensionSet& set);

}  // namespace subemu::runtime::frame::extrinsic
