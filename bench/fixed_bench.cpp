// Fixed-point throughput: saturating_mul and checked_div for the aliases used by the epoch, the
// AMM and the coinbase. Operands are pre-generated (deterministic seed) mid-range values so the
// common, non-saturating path is measured; the result is folded into a sink.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <vector>

#include "runtime/primitives/arith/fixed.hpp"

namespace subemu {
namespace {

constexpr std::size_t kOperands = 1024;

// Values of about half the integer range with a full fraction, sign random for signed types.
template <class F>
std::vector<F> operands(uint64_t seed) {
  using R = typename F::repr_type;
  using UR = make_unsigned_t<R>;
  std::mt19937_64 rng(seed);
  std::vector<F> out;
  out.reserve(kOperands);
  const int magnitude_bits = F::kFracBits + F::kIntBits / 2 - 1;
  for (std::size_t i = 0; i < kOperands; ++i) {
    u128 v = (static_cast<u128>(rng()) << 64) | rng();
    v &= (static_cast<u128>(1) << magnitude_bits) - 1;
    v |= 1;  // never zero (divisor)
    auto bits = static_cast<UR>(v);
    if (F::kSigned && (rng() & 1) != 0) bits = static_cast<UR>(UR{0} - bits);
    out.push_back(F::from_bits(static_cast<R>(bits)));
  }
  return out;
}

template <class F>
void BM_SaturatingMul(benchmark::State& state) {
  const std::vector<F> a = operands<F>(1);
  const std::vector<F> b = operands<F>(2);
  std::size_t i = 0;
  for (auto _ : state) {
    F r = a[i].saturating_mul(b[i]);
    benchmark::DoNotOptimize(r);
    i = (i + 1) % kOperands;
  }
  state.SetItemsProcessed(state.iterations());
}

template <class F>
void BM_CheckedDiv(benchmark::State& state) {
  const std::vector<F> a = operands<F>(3);
  const std::vector<F> b = operands<F>(4);
  std::size_t i = 0;
  for (auto _ : state) {
    auto r = a[i].checked_div(b[i]);
    benchmark::DoNotOptimize(r);
    i = (i + 1) % kOperands;
  }
  state.SetItemsProcessed(state.iterations());
}

BENCHMARK_TEMPLATE(BM_SaturatingMul, I32F32);
BENCHMARK_TEMPLATE(BM_SaturatingMul, I64F64);
BENCHMARK_TEMPLATE(BM_SaturatingMul, U64F64);
BENCHMARK_TEMPLATE(BM_SaturatingMul, U96F32);
BENCHMARK_TEMPLATE(BM_SaturatingMul, U110F18);
BENCHMARK_TEMPLATE(BM_CheckedDiv, I32F32);
BENCHMARK_TEMPLATE(BM_CheckedDiv, I64F64);
BENCHMARK_TEMPLATE(BM_CheckedDiv, U64F64);
BENCHMARK_TEMPLATE(BM_CheckedDiv, U96F32);
BENCHMARK_TEMPLATE(BM_CheckedDiv, U110F18);

}  // namespace
}  // namespace subemu
