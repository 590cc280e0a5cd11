// Per-block adjustment of every subnet's registration burn and PoW difficulty (mirrors
// coinbase/block_step.rs adjust_registration_terms_for_networks, upgraded_difficulty and
// upgraded_burn at subtensor v3.0.0).
//
// Each block, for every netuid in NetworksAdded (storage order): when
// now - LastAdjustmentBlock >= AdjustmentInterval (saturating), compare the interval's
// registrations r with the target t and its PoW (p) and burned (b) counts:
//   r > t:  p > b  difficulty up;  p < b  burn up;   p == b  burn and difficulty up
//   r <= t: p > b  burn down;      p < b  difficulty down;  p == b  burn and difficulty down
// ("up"/"down" is the same formula below, whose direction follows r against t), then
// LastAdjustmentBlock = now and the three interval counters = 0. In every case
// RegistrationsThisBlock = 0. A difficulty change emits DifficultySet(netuid, value); a burn
// change emits nothing.
//
// The formula, in U110F18 (110 integer bits, 18 fractional, substrate_fixed semantics):
//   updated = current * (r + t) / (t + t)          (u16 saturating sums; x / 0 = 0)
//   alpha   = AdjustmentAlpha / u64::MAX           (x / 0 = 0)
//   next    = alpha * current + (1 - alpha) * updated
// clamped: next >= max -> max, else next <= min -> min, else floor(next).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/env.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

// The pure formula shared by upgraded_difficulty and upgraded_burn.
uint64_t upgraded_registration_value(uint64_t current, uint16_t registrations_this_interval,
                                     uint16_t target_registrations_per_interval,
                                     uint64_t adjustment_alpha, uint64_t min_value,
                                     uint64_t max_value);

// mirrors upgraded_difficulty: the formula with AdjustmentAlpha, MinDifficulty, MaxDifficulty.
uint64_t upgraded_difficulty(const frame::Env& env, NetUid netuid, uint64_t current_difficulty,
                             uint16_t registrations_this_interval,
                             uint16_t target_registrations_per_interval);
// mirrors upgraded_burn: the formula with AdjustmentAlpha, MinBurn, MaxBurn.
uint64_t upgraded_burn(const frame::Env& env, NetUid netuid, uint64_t current_burn,
                       uint16_t registrations_this_interval,
                       uint16_t target_registrations_per_interval);

// mirrors adjust_registration_terms_for_networks.
void adjust_registration_terms_for_networks(frame::Env& env);

}  // namespace subemu::runtime::subtensor
