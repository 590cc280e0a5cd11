// mirrors frame_system limits.rs (BlockWeights::with_sensible_defaults, BlockWeightsBuilder::build,
// BlockLength::max_with_normal_ratio) and sp-arithmetic per_things.rs (Perbill * N,
// from_rational).
#include "runtime/pallets/system/limits.hpp"

namespace subemu::runtime::system {

uint64_t perbill_mul(uint32_t parts, uint64_t x) {
  // overflow_prune_mul: (x / ACC) * parts + round_nearest_pref_down((x % ACC) * parts / ACC).
  const uint64_t acc = kPerbillAccuracy;
  const uint64_t rem_mul = (x % acc) * parts;  // < 1e18: fits
  uint64_t correction = rem_mul / acc;
  if (rem_mul % acc > acc / 2) ++correction;
  return (x / acc) * parts + correction;
}

frame::Weight perbill_mul(uint32_t parts, const frame::Weight& w) {
  return frame::Weight{perbill_mul(parts, w.ref_time), perbill_mul(parts, w.proof_size)};
}

uint32_t perbill_from_rational(uint64_t p, uint64_t q) {
  if (q == 0 || p > q) return kPerbillAccuracy;
  // factor = max(ceil(q / ACC), 1); both reduced with Rounding::Down.
  const uint64_t acc = kPerbillAccuracy;
  uint64_t factor = q / acc + (q % acc != 0 ? 1 : 0);
  if (factor == 0) factor = 1;
  const uint64_t q_reduce = q / factor;
  const uint64_t p_reduce = p / factor;
  const u128 n = static_cast<u128>(p_reduce) * acc;
  return static_cast<uint32_t>(n / q_reduce);
}

BlockWeights with_sensible_defaults(const frame::Weight& expected, uint32_t normal_ratio_percent) {
  const uint32_t normal_parts = normal_ratio_percent * (kPerbillAccuracy / 100);
  const frame::Weight normal_weight = perbill_mul(normal_parts, expected);

  BlockWeights w;
  w.base_block = kBlockExecutionWeight;
  w.max_block = frame::Weight::zero();
  for (WeightsPerClass* c : {&w.per_class.normal, &w.per_class.operational}) {
    c->base_extrinsic = kExtrinsicBaseWeight;
    c->max_total = frame::Weight::zero();
    c->reserved = frame::Weight::zero();
  }
  w.per_class.mandatory.base_extrinsic = kExtrinsicBaseWeight;
  w.per_class.normal.max_total = normal_weight;
  w.per_class.operational.max_total = expected;
  w.per_class.operational.reserved = expected.saturating_sub(normal_weight);

  // build(): max_block is the component-wise max of the classes' max_total.
  for (const WeightsPerClass* c :
       {&w.per_class.normal, &w.per_class.operational, &w.per_class.mandatory}) {
    if (!c->max_total.has_value()) continue;
    w.max_block =
        frame::Weight{c->max_total->ref_time > w.max_block.ref_time ? c->max_total->ref_time
                                                                    : w.max_block.ref_time,
                      c->max_total->proof_size > w.max_block.proof_size ? c->max_total->proof_size
                                                                        : w.max_block.proof_size};
  }
  // avg_block_initialization(10%): max_extrinsic = max_total - init - base_extrinsic.
  const frame::Weight init = perbill_mul(100'000'000, w.max_block);
  for (WeightsPerClass* c :
       {&w.per_class.normal, &w.per_class.operational, &w.per_class.mandatory}) {
    if (c->max_extrinsic.has_value() || !c->max_total.has_value()) continue;
    c->max_extrinsic = c->max_total->saturating_sub(init).saturating_sub(c->base_extrinsic);
  }
  return w;
}

BlockLength max_with_normal_ratio(uint32_t max, uint32_t normal_ratio_percent) {
  BlockLength l;
  l.max.normal =
      static_cast<uint32_t>(perbill_mul(normal_ratio_percent * (kPerbillAccuracy / 100), max));
  l.max.operational = max;
  l.max.mandatory = max;
  return l;
}

BlockWeights block_weights(const frame::RuntimeConfig& config) {
  return with_sensible_defaults(config.maximum_block_weight, config.normal_dispatch_ratio_percent);
}

BlockLength block_length(const frame::RuntimeConfig& config) {
  return max_with_normal_ratio(config.maximum_block_length, config.normal_dispatch_ratio_percent);
}

}  // namespace subemu::runtime::system
