#include "storage/storage_key.hpp"

namespace subemu::storage {

std::string_view hasher_name(HasherKind h) {
  switch (h) {
    case HasherKind::kBlake2_128:
      return "Blake2_128";
    case HasherKind::kBlake2_256:
      return "Blake2_256";
    case HasherKind::kBlake2_128Concat:
      return "Blake2_128Concat";
    case HasherKind::kTwox128:
      return "Twox128";
    case HasherKind::kTwox256:
      return "Twox256";
    case HasherKind::kTwox64Concat:
      return "Twox64Concat";
    case HasherKind::kIdentity:
      return "Identity";
  }
  return "?";
}

void append_hashed(HasherKind h, ByteView encoded, Bytes& out) {
  switch (h) {
    case HasherKind::kBlake2_128:
      append(out, crypto::blake2_128(encoded));
      return;
    case HasherKind::kBlake2_256:
      append(out, crypto::blake2_256(encoded));
      return;
    case HasherKind::kBlake2_128Concat:
      append(out, crypto::blake2_128(encoded));
      append(out, encoded);
      return;
    case HasherKind::kTwox128:
      append(out, crypto::twox_128(encoded));
      return;
    case HasherKind::kTwox256:
      append(out, crypto::twox_256(encoded));
      return;
    case HasherKind::kTwox64Concat:
      append(out, crypto::twox_64(encoded));
      append(out, encoded);
      return;
    case HasherKind::kIdentity:
      append(out, encoded);
      return;
  }
}

crypto::Hash128 pallet_prefix(std::string_view pallet) {
  return crypto::twox_128(as_bytes(pallet));
}

crypto::Hash128 item_prefix(std::string_view item) { return crypto::twox_128(as_bytes(item)); }

StoragePrefix storage_prefix(std::string_view pallet, std::string_view item) {
  StoragePrefix out{};
  const crypto::Hash128 p = pallet_prefix(pallet);
  const crypto::Hash128 i = item_prefix(item);
  for (size_t k = 0; k < 16; ++k) {
    out[k] = p[k];
    out[16 + k] = i[k];
  }
  return out;
}

}  // namespace subemu::storage
