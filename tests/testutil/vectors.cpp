#include "tests/testutil/vectors.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace subemu::testutil {

std::string vectors_path(const std::string& file) {
  return std::string(SUBEMU_VECTORS_DIR) + "/" + file;
}

nlohmann::json load_vectors(const std::string& file) {
  std::ifstream in(vectors_path(file));
  if (!in) {
    ADD_FAILURE() << "cannot open vectors file " << vectors_path(file);
    return nlohmann::json();
  }
  return nlohmann::json::parse(in);
}

Bytes hex(const std::string& text) {
  auto b = from_hex(text);
  if (!b) {
    ADD_FAILURE() << "malformed hex in vectors: " << text;
    return {};
  }
  return *b;
}

}  // namespace subemu::testutil
