// mirrors coinbase/block_emission.rs get_block_emission_for_issuance.
#include "runtime/pallets/subtensor/coinbase/block_emission.hpp"

#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/transcendental.hpp"

namespace subemu::runtime::subtensor {

std::optional<uint64_t> block_emission_for_issuance(frame::Env& env, uint64_t issuance) {
  const I96F32 total_issuance = I96F32::saturating_from_num(issuance);
  if (total_issuance >= I96F32::saturating_from_num(kTotalSupply)) return uint64_t{0};
  const I96F32 one = I96F32::saturating_from_num(uint64_t{1});
  const I96F32 half_supply_x2 = I96F32::saturating_from_num(uint64_t{2}).saturating_mul(
      I96F32::saturating_from_num(uint64_t{10'500'000'000'000'000}));
  const auto fraction = total_issuance.checked_div(half_supply_x2);
  if (!fraction) return std::nullopt;
  const auto remaining = one.checked_sub(*fraction);
  if (!remaining) return std::nullopt;
  const auto inverse = one.checked_div(*remaining);
  if (!inverse) return std::nullopt;
  const auto residual = log2(*inverse);
  if (!residual) return std::nullopt;
  const uint64_t floored = residual->floor().saturating_to_num<uint64_t>();
  I96F32 multiplier = one;
  const I96F32 two = I96F32::saturating_from_num(uint64_t{2});
  for (uint64_t i = 0; i < floored; ++i) multiplier = multiplier.saturating_mul(two);
  const I96F32 percentage = one.safe_div(multiplier);
  const uint64_t emission =
      percentage.saturating_mul(I96F32::saturating_from_num(DefaultBlockEmission::value()))
          .saturating_to_num<uint64_t>();
  if (BlockEmission::get(env.state).to_u64() != emission) {
    BlockEmission::put(env.state, TaoBalance(emission));
  }
  return emission;
}

std::optional<uint64_t> block_emission(frame::Env& env) {
  return block_emission_for_issuance(env, TotalIssuance::get(env).to_u64());
}

}  // namespace subemu::runtime::subtensor
