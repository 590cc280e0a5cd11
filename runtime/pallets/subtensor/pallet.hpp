// SubtensorModule as a pallet of the runtime (construct_runtime! index 7): its identity and its
// registry entry. The pallet's parts live beside this header:
//   storage.hpp (+ storage_defaults.hpp)  the 151 storage items
//   types.hpp                             their struct value types
//   errors.hpp                            Error (94 variants)
//   events.hpp                            Event (93 variants), one struct each
// and the Config constants in frame::RuntimeConfig::subtensor (runtime/frame/config.hpp).
// Calls and hooks arrive with the issues that implement them.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string_view>

#include "runtime/frame/metadata/registry.hpp"

namespace subemu::runtime::subtensor {

inline constexpr uint8_t kPalletIndex = 7;  // construct_runtime!: SubtensorModule = 7
inline constexpr std::string_view kPalletName = "SubtensorModule";

// The registry entry: every storage item in declaration order (defaults of the "runtime"
// configuration), every event and every error; no calls yet.
metadata::PalletDesc describe();

}  // namespace subemu::runtime::subtensor
