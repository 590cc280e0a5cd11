// Byte buffers and hex helpers shared by every layer.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace subemu {

using Bytes = std::vector<uint8_t>;
using ByteView = std::span<const uint8_t>;

template <size_t N>
using ByteArray = std::array<uint8_t, N>;

// View over the bytes of a string (no copy).
inline ByteView as_bytes(std::string_view s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

// Lowercase hex, "0x"-prefixed when `prefix`.
std::string to_hex(ByteView bytes, bool prefix = true);

// Parses hex with or without a "0x" prefix; nullopt on odd length or a non-hex digit.
std::optional<Bytes> from_hex(std::string_view text);

inline void append(Bytes& out, ByteView in) { out.insert(out.end(), in.begin(), in.end()); }

}  // namespace subemu
