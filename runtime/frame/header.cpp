// mirrors sp_runtime generic/header.rs and generic/digest.rs (SCALE layouts)
#include "runtime/frame/header.hpp"

#include "runtime/primitives/crypto/hashing.hpp"

namespace subemu::runtime::frame {

void DigestItem::encode_to(scale::Encoder& e) const {
  e.put_byte(static_cast<uint8_t>(kind));
  switch (kind) {
    case Kind::kOther:
      scale::encode_to(e, data);
      break;
    case Kind::kConsensus:
    case Kind::kSeal:
    case Kind::kPreRuntime:
      e.put_bytes(ByteView(engine));
      scale::encode_to(e, data);
      break;
    case Kind::kRuntimeEnvironmentUpdated:
      break;
  }
}

bool DigestItem::decode_from(scale::Decoder& d, DigestItem& out) {
  uint8_t tag = 0;
  if (!scale::decode_from(d, tag)) return false;
  out = DigestItem{};
  switch (tag) {
    case 0:
      out.kind = Kind::kOther;
      return scale::decode_from(d, out.data);
    case 4:
    case 5:
    case 6:
      out.kind = static_cast<Kind>(tag);
      return scale::decode_from(d, out.engine) && scale::decode_from(d, out.data);
    case 8:
      out.kind = Kind::kRuntimeEnvironmentUpdated;
      return true;
    default:
      d.fail(scale::DecodeError::kInvalidEnumTag);
      return false;
  }
}

void Header::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, parent_hash);
  scale::encode_to(e, scale::Compact<uint32_t>{number});
  scale::encode_to(e, state_root);
  scale::encode_to(e, extrinsics_root);
  scale::encode_to(e, digest);
}

bool Header::decode_from(scale::Decoder& d, Header& out) {
  scale::Compact<uint32_t> number{};
  if (!scale::decode_from(d, out.parent_hash) || !scale::decode_from(d, number) ||
      !scale::decode_from(d, out.state_root) || !scale::decode_from(d, out.extrinsics_root) ||
      !scale::decode_from(d, out.digest))
    return false;
  out.number = number.value;
  return true;
}

Hash256 Header::hash() const { return Hash256(crypto::blake2_256(scale::encode(*this))); }

metadata::TypeRef DigestItem::type_desc() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  static const TypeRef t = [] {
    const TypeRef engine = t_byte_array(4, "ConsensusEngineId");
    return t_enum("DigestItem",
                  {Variant{"Other", 0, {Field{"", t_bytes()}}},
                   Variant{"Consensus", 4, {Field{"", engine}, Field{"", t_bytes()}}},
                   Variant{"Seal", 5, {Field{"", engine}, Field{"", t_bytes()}}},
                   Variant{"PreRuntime", 6, {Field{"", engine}, Field{"", t_bytes()}}},
                   Variant{"RuntimeEnvironmentUpdated", 8, {}}});
  }();
  return t;
}

metadata::TypeRef Digest::type_desc() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  static const TypeRef t = t_struct("Digest", {Field{"logs", t_seq(DigestItem::type_desc())}});
  return t;
}

metadata::TypeRef Header::type_desc() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  static const TypeRef t = [] {
    const TypeRef h256 = t_byte_array(32, "H256");
    return t_struct("Header", {Field{"parent_hash", h256},
                               Field{"number", t_compact(t_uint(32))},
                               Field{"state_root", h256},
                               Field{"extrinsics_root", h256},
                               Field{"digest", Digest::type_desc()}});
  }();
  return t;
}

}  // namespace subemu::runtime::frame
