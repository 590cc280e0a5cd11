#include "storage/kv_store.hpp"

namespace subemu::storage {

std::optional<Bytes> prefix_successor(ByteView prefix) {
  Bytes out(prefix.begin(), prefix.end());
  while (!out.empty() && out.back() == 0xff) out.pop_back();
  if (out.empty()) return std::nullopt;
  out.back() = static_cast<uint8_t>(out.back() + 1);
  return out;
}

}  // namespace subemu::storage
