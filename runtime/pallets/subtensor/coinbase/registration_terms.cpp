// mirrors coinbase/block_step.rs adjust_registration_terms_for_networks (registration_terms.hpp).
#include "runtime/pallets/subtensor/coinbase/registration_terms.hpp"

#include <vector>

#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/primitives/arith/fixed.hpp"

namespace subemu::runtime::subtensor {
namespace {

uint16_t saturating_add(uint16_t a, uint16_t b) {
  const uint32_t r = uint32_t{a} + uint32_t{b};
  return r > UINT16_MAX ? UINT16_MAX : static_cast<uint16_t>(r);
}

// safe_div: checked_div or zero.
U110F18 safe_div(U110F18 a, U110F18 b) { return a.checked_div(b).value_or(U110F18{}); }

void set_difficulty(frame::Env& env, NetUid netuid, uint64_t difficulty) {
  Difficulty::insert(env.state, netuid, difficulty);
  system::deposit(env, event::DifficultySet{netuid, difficulty});
}

void set_burn(frame::Env& env, NetUid netuid, uint64_t burn) {
  Burn::insert(env.state, netuid, TaoBalance(burn));
}

}  // namespace

uint64_t upgraded_registration_value(uint64_t current, uint16_t registrations_this_interval,
                                     uint16_t target_registrations_per_interval,
                                     uint64_t adjustment_alpha, uint64_t min_value,
                                     uint64_t max_value) {
  const uint16_t target = target_registrations_per_interval;
  const U110F18 cur = U110F18::saturating_from_num(current);
  const U110F18 updated = safe_div(cur.saturating_mul(U110F18::saturating_from_num(
                                       saturating_add(registrations_this_interval, target))),
                                   U110F18::saturating_from_num(saturating_add(target, target)));
  const U110F18 alpha = safe_div(U110F18::saturating_from_num(adjustment_alpha),
                                 U110F18::saturating_from_num(UINT64_MAX));
  const U110F18 next = alpha.saturating_mul(cur).saturating_add(
      U110F18::one().saturating_sub(alpha).saturating_mul(updated));
  if (next >= U110F18::saturating_from_num(max_value)) return max_value;
  if (next <= U110F18::saturating_from_num(min_value)) return min_value;
  return next.saturating_to_num<uint64_t>();
}

uint64_t upgraded_difficulty(const frame::Env& env, NetUid netuid, uint64_t current_difficulty,
                             uint16_t registrations_this_interval,
                             uint16_t target_registrations_per_interval) {
  return upgraded_registration_value(
      current_difficulty, registrations_this_interval, target_registrations_per_interval,
      AdjustmentAlpha::get(env, netuid), MinDifficulty::get(env, netuid),
      MaxDifficulty::get(env, netuid));
}

uint64_t upgraded_burn(const frame::Env& env, NetUid netuid, uint64_t current_burn,
                       uint16_t registrations_this_interval,
                       uint16_t target_registrations_per_interval) {
  return upgraded_registration_value(
      current_burn, registrations_this_interval, target_registrations_per_interval,
      AdjustmentAlpha::get(env, netuid), MinBurn::get(env, netuid).to_u64(),
      MaxBurn::get(env, netuid).to_u64());
}

void adjust_registration_terms_for_networks(frame::Env& env) {
  // The netuids first (the loop body writes other items only, so this is the same sequence).
  std::vector<NetUid> netuids;
  NetworksAdded::iterate(env.state,
                         [&](const NetUid& netuid, const bool&) { netuids.push_back(netuid); });
  const uint64_t now = current_block(env.state);
  for (const NetUid netuid : netuids) {
    const uint64_t last_adjustment = LastAdjustmentBlock::get(env.state, netuid);
    const uint16_t interval = AdjustmentInterval::get(env, netuid);
    const uint64_t since = now > last_adjustment ? now - last_adjustment : 0;
    if (since >= uint64_t{interval}) {
      const uint64_t burn = Burn::get(env, netuid).to_u64();
      const uint64_t difficulty = Difficulty::get(env, netuid);
      const uint16_t regs = RegistrationsThisInterval::get(env.state, netuid);
      const uint16_t pow = POWRegistrationsThisInterval::get(env.state, netuid);
      const uint16_t burned = BurnRegistrationsThisInterval::get(env.state, netuid);
      const uint16_t target = TargetRegistrationsPerInterval::get(env, netuid);
      // Which terms move (cases A-F upstream; the direction is in the formula).
      bool move_burn = false;
      bool move_difficulty = false;
      if (regs > target) {
        move_difficulty = pow >= burned;  // A (pow > burn), F (equal)
        move_burn = pow <= burned;        // B (pow < burn), F (equal)
      } else {
        move_burn = pow >= burned;        // C (pow > burn), E (equal)
        move_difficulty = pow <= burned;  // D (pow < burn), E (equal)
      }
      // Upstream sets the burn before the difficulty in the cases that move both.
      if (move_burn) set_burn(env, netuid, upgraded_burn(env, netuid, burn, regs, target));
      if (move_difficulty) {
        set_difficulty(env, netuid, upgraded_difficulty(env, netuid, difficulty, regs, target));
      }
      LastAdjustmentBlock::insert(env.state, netuid, now);
      RegistrationsThisInterval::insert(env.state, netuid, uint16_t{0});
      POWRegistrationsThisInterval::insert(env.state, netuid, uint16_t{0});
      BurnRegistrationsThisInterval::insert(env.state, netuid, uint16_t{0});
    }
    RegistrationsThisBlock::insert(env.state, netuid, uint16_t{0});
  }
}

}  // namespace subemu::runtime::subtensor
