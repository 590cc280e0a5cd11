// exp / ln / log2 against: exact bits from the substrate-fixed v0.5.9 algorithm (Rust oracle, see
// fixed_crate_oracle_test.cpp for provenance), the crate's own transcendental.rs tests (inputs
// from_num'd to I9F23 and widened, as the crate does), subtensor v3.0.0 tests/math.rs
// (test_math_exp_safe, test_math_sigmoid_safe: exact equality upstream), and the block emission
// halving thresholds of coinbase/block_emission.rs (shared/reference/emission.md section 3).
#include "runtime/primitives/arith/transcendental.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/primitives/arith/safe_math.hpp"
#include "tests/testutil/fixed_float.hpp"

namespace subemu {
namespace {

using testutil::fixed_from_f32;
using testutil::fixed_from_f64;
using testutil::fixed_to_f64;
using I9F23Like = Fixed<int64_t, 23>;  // same value grid as the crate's I9F23 inputs

// S::from_num(f64) with S = I9F23, then the lossless D::from(S).
template <class D>
D via_i9f23(double x) {
  return fixed_from_f64<I9F23Like>(x).to_fixed<D>();
}

i128 bits128(uint64_t hi, uint64_t lo) {
  return static_cast<i128>((static_cast<u128>(hi) << 64) | lo);
}

// ---- Exact bits from the crate's algorithm ----

TEST(TranscendentalTest, ExpMatchesCrateBits) {
  EXPECT_EQ(exp(I32F32::zero())->to_bits(), int64_t{0x100000000});
  EXPECT_EQ(exp(I32F32::one())->to_bits(), int64_t{0x2b7e15000});  // the 23-bit constant e
  EXPECT_EQ(exp(I32F32::from_num(5))->to_bits(), int64_t{0x9469c4cb70});
  EXPECT_EQ(exp(I32F32::from_num(-23)), std::nullopt);
  EXPECT_EQ(exp(I64F64::from_num(-23))->to_bits(), i128{0x70d49f90});
  EXPECT_EQ(exp(I32F32::from_num(-20))->to_bits(), int64_t{8});
  EXPECT_EQ(exp(I32F32::from_num(20))->to_bits(), int64_t{0x1caf213dac95f080});
  EXPECT_EQ(exp(I32F32::from_num(21)), std::nullopt);
  EXPECT_EQ(exp(via_i9f23<I32F32>(0.1))->to_bits(), int64_t{0x11aec7ba3});
  EXPECT_EQ(exp(via_i9f23<I32F32>(-0.1))->to_bits(), int64_t{0xe7a36c75});
}

TEST(TranscendentalTest, LogMatchesCrateBits) {
  EXPECT_EQ(log2(I32F32::zero()), std::nullopt);
  EXPECT_EQ(log2(I32F32::from_num(-1)), std::nullopt);
  EXPECT_EQ(log2(I32F32::one())->to_bits(), 0);
  EXPECT_EQ(log2(I32F32::from_num(2))->to_bits(), int64_t{1} << 32);
  EXPECT_EQ(log2(I32F32::from_num(4))->to_bits(), int64_t{2} << 32);
  EXPECT_EQ(log2(via_i9f23<I32F32>(3.33333))->to_bits(), int64_t{0x1bca9af02});
  EXPECT_EQ(log2(via_i9f23<I32F32>(0.11111))->to_bits(), static_cast<int64_t>(0xfffffffcd47ed368));
  EXPECT_EQ(ln(I32F32::zero()), std::nullopt);
  EXPECT_EQ(ln(I32F32::one())->to_bits(), 0);
  EXPECT_EQ(ln(I32F32::from_bits(int64_t{0x15BF0A8} << 9))->to_bits(), int64_t{0xffffffb6});
  EXPECT_EQ(ln(I32F32::from_num(10))->to_bits(), int64_t{0x24d7637fa});
  EXPECT_EQ(ln(via_i9f23<I32F32>(0.00001))->to_bits(), static_cast<int64_t>(0xfffffff47d09d8a6));
  EXPECT_EQ(ln(I32F32::from_num(9))->to_bits(), int64_t{0x2327d4fd2});
  EXPECT_EQ(log2(I96F32::from_num(3))->to_bits(), i128{0x195c01a39});
  EXPECT_EQ(log2(I96F32::from_bits((i128{1} << 72) + 1))->to_bits(), i128{0x2800000001});
  EXPECT_EQ(ln(I64F64::from_num(10))->to_bits(), bits128(0x2, 0x4d7637fab0793603));
}

TEST(TranscendentalTest, Identities) {
  for (int k = 0; k < 31; ++k) {
    EXPECT_EQ(log2(I32F32::from_num(int64_t{1} << k)), I32F32::from_num(k));
    EXPECT_EQ(log2(I32F32::from_bits(int64_t{1} << (32 - k))), I32F32::from_num(-k));
  }
  for (int k = 0; k < 95; ++k) {
    EXPECT_EQ(log2(I96F32::from_num(i128{1} << k)), I96F32::from_num(k));
  }
  // 1/x overflowing inside log2 is an unwrap() panic upstream.
  EXPECT_DEATH((void)log2(I32F32::delta()), "SUBEMU_CHECK");
}

// ---- The crate's own tests (transcendental.rs: log2_works, ln_works, exp_works). Upstream they
// are tolerance checks; the exact bits are pinned above. ----

TEST(TranscendentalCrateTest, Log2Works) {
  using D = I32F32;
  EXPECT_EQ(log2(via_i9f23<D>(0)), std::nullopt);
  EXPECT_EQ(*log2(via_i9f23<D>(1)), D::zero());
  EXPECT_NEAR(fixed_to_f64(*log2(via_i9f23<D>(2))), 1.0, 1.0e-6);
  EXPECT_NEAR(fixed_to_f64(*log2(via_i9f23<D>(4))), 2.0, 2.0e-6);
  EXPECT_NEAR(fixed_to_f64(*log2(via_i9f23<D>(3.33333))), 1.73696, 1.73696e-5);
  EXPECT_NEAR(fixed_to_f64(*log2(via_i9f23<D>(0.11111))), -3.16994, 3.16994e-2);
}

TEST(TranscendentalCrateTest, LnWorks) {
  using D = I32F32;
  EXPECT_EQ(ln(via_i9f23<D>(0)), std::nullopt);
  EXPECT_EQ(*ln(via_i9f23<D>(1)), D::zero());
  EXPECT_NEAR(fixed_to_f64(*ln(D::from_bits(int64_t{0x15BF0A8} << 9))), 1.0, 1.0e-4);
  EXPECT_NEAR(fixed_to_f64(*ln(via_i9f23<D>(10))), 2.30259, 2.30259e-4);
  EXPECT_NEAR(fixed_to_f64(*ln(via_i9f23<D>(0.00001))), -11.5129, 11.5129e-1);
}

TEST(TranscendentalCrateTest, ExpWorks) {
  using D = I32F32;
  EXPECT_EQ(fixed_to_f64(*exp(D::zero())), 1.0);
  EXPECT_NEAR(fixed_to_f64(*exp(D::one())), 2.718281828459045235, 2.72e-4);
  EXPECT_NEAR(fixed_to_f64(*exp(via_i9f23<D>(5.0))), 148.413159, 14.8);
  EXPECT_EQ(exp(via_i9f23<D>(-23)), std::nullopt);  // overflow if type too small
  EXPECT_NEAR(fixed_to_f64(*exp(via_i9f23<I64F64>(-23))), 102.619e-12, 1.0e-12);
}

// ---- subtensor v3.0.0 epoch/math.rs exp_safe / sigmoid_safe, ported here to exercise exp and
// the saturating/safe_div chain with the upstream test's exact targets. ----

I32F32 exp_safe(I32F32 input) {
  const I32F32 min_input = I32F32::saturating_from_num(-20);
  const I32F32 max_input = I32F32::saturating_from_num(20);
  I32F32 safe_input = input;
  if (input < min_input) {
    safe_input = min_input;
  } else if (max_input < input) {
    safe_input = max_input;
  }
  const std::optional<I32F32> out = exp(safe_input);
  if (out) return *out;
  return safe_input <= I32F32::zero() ? I32F32::zero() : I32F32::max_value();
}

I32F32 sigmoid_safe(I32F32 input, I32F32 rho, I32F32 kappa) {
  const I32F32 one = I32F32::saturating_from_num(1);
  const I32F32 offset = input.saturating_sub(kappa);
  const I32F32 neg_rho = rho.saturating_mul(one.saturating_neg());
  const I32F32 exp_input = neg_rho.saturating_mul(offset);
  const I32F32 exp_output = exp_safe(exp_input);
  const I32F32 denominator = exp_output.saturating_add(one);
  return one.safe_div(denominator);
}

std::vector<I32F32> to_fixed_f64(const std::vector<double>& v) {
  std::vector<I32F32> out;
  for (double x : v) out.push_back(fixed_from_f64<I32F32>(x));
  return out;
}
std::vector<I32F32> to_fixed_f32(const std::vector<float>& v) {  // upstream vec_to_fixed(&[f32])
  std::vector<I32F32> out;
  for (float x : v) out.push_back(fixed_from_f32<I32F32>(x));
  return out;
}

TEST(SubtensorMathTest, ExpSafe) {
  const I32F32 zero = I32F32::from_num(0);
  const I32F32 one = I32F32::from_num(1);
  EXPECT_EQ(exp_safe(zero), *exp(zero));
  EXPECT_EQ(exp_safe(one), *exp(one));
  const I32F32 min_input = I32F32::from_num(-20);
  const I32F32 max_input = I32F32::from_num(20);
  EXPECT_EQ(exp_safe(min_input), *exp(min_input));
  EXPECT_EQ(exp_safe(min_input - one), *exp(min_input));
  EXPECT_EQ(exp_safe(I32F32::min_value()), *exp(min_input));
  EXPECT_EQ(exp_safe(max_input), *exp(max_input));
  EXPECT_EQ(exp_safe(max_input + one), *exp(max_input));
  EXPECT_EQ(exp_safe(I32F32::max_value()), *exp(max_input));
}

TEST(SubtensorMathTest, SigmoidSafe) {
  const std::vector<I32F32> trust = {I32F32::min_value(),         I32F32::from_num(0),
                                     fixed_from_f64<I32F32>(0.4), fixed_from_f64<I32F32>(0.5),
                                     fixed_from_f64<I32F32>(0.6), I32F32::from_num(1),
                                     I32F32::max_value()};
  std::vector<I32F32> consensus;
  for (I32F32 t : trust)
    consensus.push_back(sigmoid_safe(t, I32F32::max_value(), I32F32::max_value()));
  EXPECT_EQ(consensus, to_fixed_f32({0.0000000019f, 0.0000000019f, 0.0000000019f, 0.0000000019f,
                                     0.0000000019f, 0.0000000019f, 0.5f}));
  consensus.clear();
  for (I32F32 t : trust)
    consensus.push_back(sigmoid_safe(t, I32F32::min_value(), I32F32::min_value()));
  EXPECT_EQ(consensus, to_fixed_f32({0.5f, 0.0000000019f, 0.0000000019f, 0.0000000019f,
                                     0.0000000019f, 0.0000000019f, 0.0000000019f}));
  consensus.clear();
  for (I32F32 t : trust) {
    consensus.push_back(sigmoid_safe(t, I32F32::from_num(30), fixed_from_f64<I32F32>(0.5)));
  }
  EXPECT_EQ(consensus, to_fixed_f64({0.0000000019, 0.0000003057, 0.0474258729, 0.5, 0.952574127,
                                     0.9999996943, 0.9999999981}));
  const std::vector<I32F32> trust2 =
      to_fixed_f32({0.f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1.f});
  consensus.clear();
  for (I32F32 t : trust2) {
    consensus.push_back(sigmoid_safe(t, I32F32::from_num(40), fixed_from_f64<I32F32>(0.5)));
  }
  EXPECT_EQ(consensus,
            to_fixed_f64({0.0000000019, 0.0000001125, 0.0000061442, 0.0003353502, 0.017986214, 0.5,
                          0.9820138067, 0.9996646498, 0.9999938558, 0.9999998875, 0.9999999981}));
}

// ---- coinbase/block_emission.rs :: get_block_emission_for_issuance (log2 on I96F32) ----

std::optional<uint64_t> block_emission_for_issuance(uint64_t issuance) {
  const I96F32 total_issuance = I96F32::saturating_from_num(issuance);
  if (total_issuance >= I96F32::saturating_from_num(uint64_t{21'000'000'000'000'000})) return 0;
  const I96F32 one = I96F32::saturating_from_num(1);  // saturating_from_num(1.0)
  const std::optional<I96F32> ratio =
      total_issuance.checked_div(I96F32::saturating_from_num(2).saturating_mul(
          I96F32::saturating_from_num(uint64_t{10'500'000'000'000'000})));
  if (!ratio) return std::nullopt;
  const std::optional<I96F32> x = one.checked_sub(*ratio);
  if (!x) return std::nullopt;
  const std::optional<I96F32> inv = one.checked_div(*x);
  if (!inv) return std::nullopt;
  const std::optional<I96F32> residual = log2(*inv);
  if (!residual) return std::nullopt;
  const uint64_t k = residual->floor().saturating_to_num<uint64_t>();
  I96F32 multiplier = one;
  for (uint64_t i = 0; i < k; ++i) multiplier = multiplier.saturating_mul(I96F32::from_num(2));
  const I96F32 pct = one.safe_div(multiplier);
  return pct.saturating_mul(I96F32::saturating_from_num(uint64_t{1'000'000'000}))
      .saturating_to_num<uint64_t>();
}

TEST(BlockEmissionTest, HalvingThresholds) {
  // (halving count k, first issuance with that k) from shared/reference/emission.md; the
  // emission is floor(10^9 / 2^k) from there and floor(10^9 / 2^(k-1)) one rao below.
  const std::pair<int, uint64_t> rows[] = {
      {0, 0},
      {1, 10'500'000'000'000'000},
      {2, 15'750'000'000'000'000},
      {3, 18'375'000'000'000'000},
      {4, 19'687'500'000'000'000},
      {5, 20'343'750'000'000'000},
      {10, 20'979'492'187'500'000},
      {16, 20'999'679'565'429'688},
      {29, 20'999'999'960'884'452},
      {30, 20'999'999'980'442'226},
  };
  constexpr uint64_t kDefaultEmission = 1'000'000'000;
  for (const auto& [k, issuance] : rows) {
    EXPECT_EQ(block_emission_for_issuance(issuance), kDefaultEmission >> k) << issuance;
    if (k > 0) {
      EXPECT_EQ(block_emission_for_issuance(issuance - 1), kDefaultEmission >> (k - 1))
          << issuance - 1;
    }
  }
  EXPECT_EQ(block_emission_for_issuance(10'499'999'999'999'999), kDefaultEmission);
  EXPECT_EQ(block_emission_for_issuance(21'000'000'000'000'000), 0U);
}

}  // namespace
}  // namespace subemu
