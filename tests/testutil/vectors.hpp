// Loader for the shared JSON vectors (../shared/vectors beside the checkout).
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "runtime/primitives/bytes.hpp"

namespace subemu::testutil {

// Path of a vectors file, e.g. vectors_path("scale.json").
std::string vectors_path(const std::string& file);

// Parses a vectors file; fails the current test (and returns null JSON) when it cannot be read.
nlohmann::json load_vectors(const std::string& file);

// Hex to bytes; fails the current test on malformed hex.
Bytes hex(const std::string& text);

// Hex to a fixed-size array; fails the current test when the length is not N.
template <size_t N>
ByteArray<N> hex_array(const std::string& text) {
  const Bytes b = hex(text);
  ByteArray<N> out{};
  if (b.size() != N) {
    ADD_FAILURE() << "expected " << N << " bytes in vectors, got " << b.size() << ": " << text;
    return out;
  }
  for (size_t i = 0; i < N; ++i) out[i] = b[i];
  return out;
}

}  // namespace subemu::testutil
