// Loader for the shared JSON vectors (../shared/vectors beside the checkout).
#pragma once

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

}  // namespace subemu::testutil
