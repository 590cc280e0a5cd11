// Identity of the emulated runtime: the reference it mirrors.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string_view>

namespace subemu::runtime {

// The reference: opentensor/subtensor at tag v3.0.0.
inline constexpr std::string_view kReferenceTag = "v3.0.0";
inline constexpr uint32_t kSpecVersion = 265;
inline constexpr std::string_view kSpecName = "node-subtensor";

// Version string of this emulator build.
std::string_view emulator_version();

}  // namespace subemu::runtime
