// The per-block TAO emission from the total issuance (mirrors coinbase/block_emission.rs
// get_block_emission / get_block_emission_for_issuance at v3.0.0): halving by supply.
//
//   emission = DefaultBlockEmission / 2^floor(log2(1 / (1 - issuance / (2 * 1.05e16))))
//
// in I96F32 with substrate_fixed's log2; 0 once issuance reaches the 21M TAO total supply. Each
// call refreshes BlockEmission storage when the value changed (upstream does it as a side effect
// of reading, e.g. from get_network_lock_cost).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/env.hpp"

namespace subemu::runtime::subtensor {

inline constexpr uint64_t kTotalSupply = 21'000'000'000'000'000;  // lib.rs TotalSupply

// mirrors get_block_emission_for_issuance; nullopt where upstream returns Err (a checked step
// failed), in which case nothing is written.
std::optional<uint64_t> block_emission_for_issuance(frame::Env& env, uint64_t issuance);
// mirrors get_block_emission: for SubtensorModule.TotalIssuance.
std::optional<uint64_t> block_emission(frame::Env& env);

}  // namespace subemu::runtime::subtensor
