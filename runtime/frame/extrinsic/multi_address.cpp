#include "runtime/frame/extrinsic/multi_address.hpp"

namespace subemu::runtime::frame::extrinsic {

MultiAddress MultiAddress::from_id(const AccountId32& account) {
  MultiAddress a;
  a.kind = Kind::kId;
  a.id = account;
  return a;
}

MultiAddress MultiAddress::index() {
  MultiAddress a;
  a.kind = Kind::kIndex;
  return a;
}

MultiAddress MultiAddress::from_raw(ByteView bytes) {
  MultiAddress a;
  a.kind = Kind::kRaw;
  a.raw.assign(bytes.begin(), bytes.end());
  return a;
}

MultiAddress MultiAddress::from_address32(const ByteArray<32>& bytes) {
  MultiAddress a;
  a.kind = Kind::kAddress32;
  a.address32 = bytes;
  return a;
}

MultiAddress MultiAddress::from_address20(const ByteArray<20>& bytes) {
  MultiAddress a;
  a.kind = Kind::kAddress20;
  a.address20 = bytes;
  return a;
}

void MultiAddress::encode_to(scale::Encoder& e) const {
  e.put_byte(static_cast<uint8_t>(kind));
  switch (kind) {
    case Kind::kId:
      scale::encode_to(e, id);
      return;
    case Kind::kIndex:
      return;  // Compact<()> is empty
    case Kind::kRaw:
      scale::encode_to(e, raw);
      return;
    case Kind::kAddress32:
      scale::encode_to(e, address32);
      return;
    case Kind::kAddress20:
      scale::encode_to(e, address20);
      return;
  }
}

bool MultiAddress::decode_from(scale::Decoder& d, MultiAddress& out) {
  out = MultiAddress();
  uint8_t tag = 0;
  if (!scale::decode_enum_tag(d, tag, static_cast<uint8_t>(Kind::kAddress20))) return false;
  out.kind = static_cast<Kind>(tag);
  switch (out.kind) {
    case Kind::kId:
      return scale::decode_from(d, out.id);
    case Kind::kIndex:
      return true;
    case Kind::kRaw:
      return scale::decode_from(d, out.raw);
    case Kind::kAddress32:
      return scale::decode_from(d, out.address32);
    case Kind::kAddress20:
      return scale::decode_from(d, out.address20);
  }
  return false;
}

std::optional<AccountId32> lookup_account(const MultiAddress& address) {
  if (address.kind != MultiAddress::Kind::kId) return std::nullopt;
  return address.id;
}

}  // namespace subemu::runtime::frame::extrinsic
