// Port of the unit tests of subtensor v3.0.0 pallets/subtensor/src/tests/math.rs: every #[test],
// same inputs, same asserted numbers and epsilons (tests/PARITY_math.md lists them). f32 inputs
// are written as f32 literals (suffix f) because upstream builds them with I32F32::from_num(f32);
// f64 literals stay double. Where an epsilon test has a result whose exact bits follow directly
// from the crate's rounding rules (division truncates, multiplication floors), those bits are
// pinned as well, with the derivation next to them.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

#include "runtime/pallets/subtensor/epoch/math.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/transcendental.hpp"
#include "tests/runtime/pallets/subtensor/epoch/math_test_util.hpp"

namespace subemu::epoch_test {
namespace {

using namespace subemu::runtime::subtensor::epoch;  // NOLINT(google-build-using-namespace)
using subemu::I110F18;
using subemu::I96F32;

constexpr uint16_t kU16Max = std::numeric_limits<uint16_t>::max();

// test_vec_max_upscale_to_u16
TEST(EpochMath, VecMaxUpscaleToU16) {
  EXPECT_EQ(vec_max_upscale_to_u16(vec_to_fixed({})), std::vector<uint16_t>{});
  EXPECT_EQ(vec_max_upscale_to_u16(vec_to_fixed({0.f})), (std::vector<uint16_t>{0}));
  EXPECT_EQ(vec_max_upscale_to_u16(vec_to_fixed({0.f, 0.f})), (std::vector<uint16_t>{0, 0}));
  EXPECT_EQ(vec_max_upscale_to_u16(vec_to_fixed({0.f, 1.f})), (std::vector<uint16_t>{0, 65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(vec_to_fixed({0.f, 0.000000001f})),
            (std::vector<uint16_t>{0, 65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(vec_to_fixed({0.f, 0.000016f, 1.f})),
            (std::vector<uint16_t>{0, 1, 65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(vec_to_fixed({0.000000001f, 0.000000001f})),
            (std::vector<uint16_t>{65535, 65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(vec_to_fixed(
                {0.000001f, 0.000006f, 0.000007f, 0.0001f, 0.001f, 0.01f, 0.1f, 0.2f, 0.3f, 0.4f})),
            (std::vector<uint16_t>{0, 1, 1, 16, 164, 1638, 16384, 32768, 49151, 65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(std::vector<I32F32>{fxi(16384)}),
            (std::vector<uint16_t>{65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(std::vector<I32F32>{fxi(32768)}),
            (std::vector<uint16_t>{65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(std::vector<I32F32>{fxi(32769)}),
            (std::vector<uint16_t>{65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(std::vector<I32F32>{fxi(65535)}),
            (std::vector<uint16_t>{65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(std::vector<I32F32>{I32F32::max_value()}),
            (std::vector<uint16_t>{65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(vec_to_fixed({0.f, 1.f, 65535.f})),
            (std::vector<uint16_t>{0, 1, 65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(vec_to_fixed({0.f, 0.5f, 1.f, 1.5f, 2.f, 32768.f})),
            (std::vector<uint16_t>{0, 1, 2, 3, 4, 65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(vec_to_fixed({0.f, 0.5f, 1.f, 1.5f, 2.f, 32768.f, 32769.f})),
            (std::vector<uint16_t>{0, 1, 2, 3, 4, 65533, 65535}));
  EXPECT_EQ(vec_max_upscale_to_u16(
                std::vector<I32F32>{fxi(0), fxi(1), fxi(32768), fxi(32769), I32F32::max_value()}),
            (std::vector<uint16_t>{0, 0, 1, 1, 65535}));
}

// test_vec_u16_max_upscale_to_u16
TEST(EpochMath, VecU16MaxUpscaleToU16) {
  auto check = [](std::vector<uint16_t> in, std::vector<uint16_t> target) {
    EXPECT_EQ(vec_u16_max_upscale_to_u16(in), target);
  };
  check({}, {});
  check({0}, {0});
  check({0, 0}, {0, 0});
  check({1}, {65535});
  check({0, 1}, {0, 65535});
  check({65534}, {65535});
  check({65535}, {65535});
  check({65535, 65535}, {65535, 65535});
  check({0, 1, 65534}, {0, 1, 65535});
  check({0, 1, 2, 3, 4, 65533, 65535}, {0, 1, 2, 3, 4, 65533, 65535});
}

// test_check_vec_max_limited
TEST(EpochMath, CheckVecMaxLimited) {
  using V = std::vector<uint16_t>;
  EXPECT_TRUE(check_vec_max_limited(V{}, 0));
  EXPECT_TRUE(check_vec_max_limited(V{}, kU16Max));
  EXPECT_TRUE(check_vec_max_limited(V{kU16Max}, kU16Max));
  EXPECT_FALSE(check_vec_max_limited(V{kU16Max}, kU16Max - 1));
  EXPECT_FALSE(check_vec_max_limited(V{kU16Max}, 0));
  EXPECT_TRUE(check_vec_max_limited(V{0}, kU16Max));
  EXPECT_TRUE(check_vec_max_limited(V{0, kU16Max}, kU16Max));
  EXPECT_FALSE(check_vec_max_limited(V{0, kU16Max, kU16Max}, kU16Max / 2));
  EXPECT_TRUE(check_vec_max_limited(V{0, kU16Max, kU16Max}, kU16Max / 2 + 1));
  EXPECT_FALSE(check_vec_max_limited(V{0, kU16Max, kU16Max, kU16Max}, kU16Max / 3 - 1));
  EXPECT_TRUE(check_vec_max_limited(V{0, kU16Max, kU16Max, kU16Max}, kU16Max / 3));
}

// test_math_fixed_overflow. Upstream's `*` runs with overflow checks (test profile), so "does not
// panic" means "checked_mul is Some".
TEST(EpochMath, MathFixedOverflow) {
  const I32F32 max_32 = I32F32::max_value();
  const uint64_t max_u64 = std::numeric_limits<uint64_t>::max();
  EXPECT_TRUE(I96F32::from_num(max_32).checked_mul(I96F32::from_num(max_u64)).has_value());
  EXPECT_TRUE(I110F18::from_num(max_32).checked_mul(I110F18::from_num(max_u64)).has_value());

  const uint64_t bonds_moving_average_val = 900'000;
  I64F64 bonds_moving_average =
      I64F64::from_num(bonds_moving_average_val) / I64F64::from_num(int64_t{1'000'000});
  I32F32 alpha = fxi(1) - I32F32::from_num(bonds_moving_average);
  EXPECT_TRUE(bits_eq(fx(0.1), alpha));

  bonds_moving_average = I64F64::from_num(max_32) / I64F64::from_num(max_32);
  alpha = fxi(1) - I32F32::from_num(bonds_moving_average);
  EXPECT_TRUE(bits_eq(fxi(0), alpha));
}

// test_math_u64_normalization
TEST(EpochMath, MathU64Normalization) {
  const uint64_t min = 1;
  const uint64_t min32 = 4'889'444;  // 21_000_000_000_000_000 / 4_294_967_296
  const uint64_t mid = 10'500'000'000'000'000;
  const uint64_t max = 21'000'000'000'000'000;
  const I64F64 min_64 = I64F64::from_num(min);
  const I64F64 min32_64 = I64F64::from_num(min32);
  const I64F64 mid_64 = I64F64::from_num(mid);
  const I64F64 max_64 = I64F64::from_num(max);
  const I64F64 max_sum = I64F64::from_num(max);
  const I64F64 min_frac = min_64 / max_sum;
  EXPECT_TRUE(min_frac == fx64(0.0000000000000000476));
  const I32F32 min_frac_32 = I32F32::from_num(min_frac);
  EXPECT_TRUE(bits_eq(min_frac_32, fxi(0)));
  const I64F64 min32_frac = min32_64 / max_sum;
  EXPECT_TRUE(min32_frac == fx64(0.00000000023283066664));
  const I32F32 min32_frac_32 = I32F32::from_num(min32_frac);
  EXPECT_TRUE(bits_eq(min32_frac_32, fx(0.0000000002)));
  const I64F64 half = mid_64 / max_sum;
  EXPECT_TRUE(half == fx64(0.5));
  const I32F32 half_32 = I32F32::from_num(half);
  EXPECT_TRUE(bits_eq(half_32, fx(0.5)));
  const I64F64 one = max_64 / max_sum;
  EXPECT_TRUE(one == I64F64::from_num(1));
  const I32F32 one_32 = I32F32::from_num(one);
  EXPECT_TRUE(bits_eq(one_32, fxi(1)));
}

// test_math_to_num
TEST(EpochMath, MathToNum) {
  I32F32 val = I32F32::from_num(kU16Max);
  EXPECT_EQ(val.to_num<uint16_t>(), kU16Max);
  std::vector<I32F32> vector(1000, val);
  std::vector<uint16_t> output16;
  for (const I32F32& e : vector) output16.push_back(e.to_num<uint16_t>());
  EXPECT_EQ(output16, std::vector<uint16_t>(1000, kU16Max));

  val = I32F32::max_value();
  uint64_t res = val.to_num<uint64_t>();
  vector.assign(1000, val);
  std::vector<uint64_t> output64;
  for (const I32F32& e : vector) output64.push_back(e.to_num<uint64_t>());
  EXPECT_EQ(output64, std::vector<uint64_t>(1000, res));
  EXPECT_EQ(res, uint64_t{0x7FFF'FFFF});  // floor(max_value) = 2^31 - 1

  val = fxi(0);
  res = val.to_num<uint64_t>();
  vector.assign(1000, val);
  output64.clear();
  for (const I32F32& e : vector) output64.push_back(e.to_num<uint64_t>());
  EXPECT_EQ(output64, std::vector<uint64_t>(1000, res));

  const I96F32 val96 = I96F32::from_num(std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(val96.to_num<uint64_t>(), std::numeric_limits<uint64_t>::max());
  const std::vector<I96F32> vector96(1000, val96);
  output64.clear();
  for (const I96F32& e : vector96) output64.push_back(e.to_num<uint64_t>());
  EXPECT_EQ(output64, std::vector<uint64_t>(1000, std::numeric_limits<uint64_t>::max()));
}

// test_math_vec_to_fixed
TEST(EpochMath, MathVecToFixed) {
  const std::vector<I32F32> target{fx(0.), fx(1.), fx(2.), fx(3.)};
  EXPECT_TRUE(vec_compare(vec_to_fixed({0.f, 1.f, 2.f, 3.f}), target, fxi(0)));
}

// test_math_vec_to_mat_fixed
TEST(EpochMath, MathVecToMatFixed) {
  const Matrix target{{fx(0.), fx(1.), fx(2.)}, {fx(0.), fx(10.), fx(100.)}};
  EXPECT_TRUE(
      mat_compare(vec_to_mat_fixed({0.f, 1.f, 2.f, 0.f, 10.f, 100.f}, 2, false), target, fxi(0)));
}

// test_math_vec_to_sparse_mat_fixed
TEST(EpochMath, MathVecToSparseMatFixed) {
  const std::vector<float> vector{0.f, 1.f, 2.f, 0.f, 10.f, 100.f};
  SparseMatrix target{{{1, fx(1.)}, {2, fx(2.)}}, {{1, fx(10.)}, {2, fx(100.)}}};
  EXPECT_TRUE(sparse_mat_compare(vec_to_sparse_mat_fixed(vector, 2, false), target, fxi(0)));
  target = SparseMatrix{{}, {}};
  EXPECT_TRUE(sparse_mat_compare(vec_to_sparse_mat_fixed({0.f, 0.f}, 2, false), target, fxi(0)));
  target = SparseMatrix{{}, {{0, fx(1.)}, {1, fx(10.)}}, {{0, fx(2.)}, {1, fx(100.)}}};
  EXPECT_TRUE(sparse_mat_compare(vec_to_sparse_mat_fixed(vector, 2, true), target, fxi(0)));
  target = SparseMatrix{{}};
  EXPECT_TRUE(sparse_mat_compare(vec_to_sparse_mat_fixed({0.f, 0.f}, 2, true), target, fxi(0)));
}

// test_math_exp_safe
TEST(EpochMath, MathExpSafe) {
  const I32F32 zero = fxi(0);
  const I32F32 one = fxi(1);
  EXPECT_TRUE(bits_eq(exp_safe(zero), subemu::exp(zero).value()));
  EXPECT_TRUE(bits_eq(exp_safe(one), subemu::exp(one).value()));
  const I32F32 min_input = fxi(-20);
  const I32F32 max_input = fxi(20);
  I32F32 target = subemu::exp(min_input).value();
  EXPECT_TRUE(bits_eq(exp_safe(min_input), target));
  EXPECT_TRUE(bits_eq(exp_safe(min_input - one), target));
  EXPECT_TRUE(bits_eq(exp_safe(I32F32::min_value()), target));
  target = subemu::exp(max_input).value();
  EXPECT_TRUE(bits_eq(exp_safe(max_input), target));
  EXPECT_TRUE(bits_eq(exp_safe(max_input + one), target));
  EXPECT_TRUE(bits_eq(exp_safe(I32F32::max_value()), target));
}

// test_math_sigmoid_safe (exact equalities upstream)
TEST(EpochMath, MathSigmoidSafe) {
  const std::vector<I32F32> trust{I32F32::min_value(), fxi(0), fx(0.4), fx(0.5), fx(0.6), fxi(1),
                                  I32F32::max_value()};
  auto run = [&](const std::vector<I32F32>& in, I32F32 rho, I32F32 kappa) {
    std::vector<I32F32> out;
    for (const I32F32& t : in) out.push_back(sigmoid_safe(t, rho, kappa));
    return out;
  };
  EXPECT_TRUE(vec_eq(run(trust, I32F32::max_value(), I32F32::max_value()),
                     vec_to_fixed({0.0000000019f, 0.0000000019f, 0.0000000019f, 0.0000000019f,
                                   0.0000000019f, 0.0000000019f, 0.5f})));
  EXPECT_TRUE(vec_eq(run(trust, I32F32::min_value(), I32F32::min_value()),
                     vec_to_fixed({0.5f, 0.0000000019f, 0.0000000019f, 0.0000000019f, 0.0000000019f,
                                   0.0000000019f, 0.0000000019f})));
  std::vector<I32F32> target;
  for (double c :
       {0.0000000019, 0.0000003057, 0.0474258729, 0.5, 0.952574127, 0.9999996943, 0.9999999981}) {
    target.push_back(fx(c));
  }
  EXPECT_TRUE(vec_eq(run(trust, fxi(30), fx(0.5)), target));

  const std::vector<I32F32> trust2 =
      vec_to_fixed({0.f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1.f});
  target.clear();
  for (double c : {0.0000000019, 0.0000001125, 0.0000061442, 0.0003353502, 0.017986214, 0.5,
                   0.9820138067, 0.9996646498, 0.9999938558, 0.9999998875, 0.9999999981}) {
    target.push_back(fx(c));
  }
  EXPECT_TRUE(vec_eq(run(trust2, fxi(40), fx(0.5)), target));
}

// test_math_is_topk
TEST(EpochMath, MathIsTopk) {
  using B = std::vector<bool>;
  EXPECT_EQ(is_topk(vec_to_fixed({}), 5), B{});
  std::vector<I32F32> vector = vec_to_fixed({0.f, 1.f, 2.f, 3.f, 4.f, 5.f, 6.f, 7.f, 8.f, 9.f});
  EXPECT_EQ(is_topk(vector, 0), B(10, false));
  EXPECT_EQ(is_topk(vector, 5),
            (B{false, false, false, false, false, true, true, true, true, true}));
  EXPECT_EQ(is_topk(vector, 10), B(10, true));
  EXPECT_EQ(is_topk(vector, 100), B(10, true));
  vector = vec_to_fixed({9.f, 8.f, 7.f, 6.f, 5.f, 4.f, 3.f, 2.f, 1.f, 0.f});
  EXPECT_EQ(is_topk(vector, 5),
            (B{true, true, true, true, true, false, false, false, false, false}));
  vector = vec_to_fixed({9.f, 0.f, 8.f, 1.f, 7.f, 2.f, 6.f, 3.f, 5.f, 4.f});
  EXPECT_EQ(is_topk(vector, 5),
            (B{true, false, true, false, true, false, true, false, true, false}));
  vector = vec_to_fixed({0.9f, 0.f, 0.8f, 0.1f, 0.7f, 0.2f, 0.6f, 0.3f, 0.5f, 0.4f});
  EXPECT_EQ(is_topk(vector, 5),
            (B{true, false, true, false, true, false, true, false, true, false}));
  vector = vec_to_fixed({0.f, 1.f, 2.f, 3.f, 4.f, 5.f, 5.f, 5.f, 5.f, 6.f});
  EXPECT_EQ(is_topk(vector, 5),
            (B{false, false, false, false, false, true, true, true, true, true}));
}

// test_math_sum
TEST(EpochMath, MathSum) {
  EXPECT_TRUE(sum(std::vector<I32F32>{}) == fxi(0));
  EXPECT_TRUE(sum(std::vector<I32F32>{fx(1.0), fx(10.0), fx(30.0)}) == fxi(41));
  EXPECT_TRUE(sum(std::vector<I32F32>{fx(-1.0), fx(10.0), fx(30.0)}) == fxi(39));
}

// test_math_normalize
TEST(EpochMath, MathNormalize) {
  const I32F32 epsilon = fx(0.0001);
  std::vector<I32F32> x;
  std::vector<I32F32> y = normalize(x);
  EXPECT_TRUE(vec_compare(x, y, epsilon));
  x = {fx(1.0), fx(10.0), fx(30.0)};
  y = normalize(x);
  EXPECT_TRUE(vec_compare(y, {fx(0.0243902437), fx(0.243902439), fx(0.7317073171)}, epsilon));
  EXPECT_TRUE(float_compare(sum(y), fx(1.0), epsilon));
  // Exact: safe_div truncates (2^32 * k) / 41 (crate div: quotient toward zero).
  EXPECT_EQ(y[0].to_bits(), (int64_t{1} << 32) / 41);
  EXPECT_EQ(y[1].to_bits(), (int64_t{10} << 32) / 41);
  EXPECT_EQ(y[2].to_bits(), (int64_t{30} << 32) / 41);
  EXPECT_EQ(sum(y).to_bits(), (int64_t{1} << 32) - 1);
  x = {fx(-1.0), fx(10.0), fx(30.0)};
  y = normalize(x);
  EXPECT_TRUE(vec_compare(y, {fx(-0.0256410255), fx(0.2564102563), fx(0.769230769)}, epsilon));
  EXPECT_TRUE(float_compare(sum(y), fx(1.0), epsilon));
  // Exact: truncation toward zero also for the negative entry.
  EXPECT_EQ(y[0].to_bits(), -((int64_t{1} << 32) / 39));
}

// test_math_inplace_normalize
TEST(EpochMath, MathInplaceNormalize) {
  const I32F32 epsilon = fx(0.0001);
  std::vector<I32F32> x1{fx(1.0), fx(10.0), fx(30.0)};
  inplace_normalize(x1);
  EXPECT_TRUE(vec_compare(x1, {fx(0.0243902437), fx(0.243902439), fx(0.7317073171)}, epsilon));
  std::vector<I32F32> x2{fx(-1.0), fx(10.0), fx(30.0)};
  inplace_normalize(x2);
  EXPECT_TRUE(vec_compare(x2, {fx(-0.0256410255), fx(0.2564102563), fx(0.769230769)}, epsilon));
}

// test_math_inplace_normalize_64
TEST(EpochMath, MathInplaceNormalize64) {
  const I64F64 epsilon = fx64(0.0001);
  std::vector<I64F64> x1{fx64(1.0), fx64(10.0), fx64(30.0)};
  inplace_normalize_64(x1);
  EXPECT_TRUE(
      vec_compare(x1, {fx64(0.0243902437), fx64(0.243902439), fx64(0.7317073171)}, epsilon));
  std::vector<I64F64> x2{fx64(-1.0), fx64(10.0), fx64(30.0)};
  inplace_normalize_64(x2);
  EXPECT_TRUE(
      vec_compare(x2, {fx64(-0.0256410255), fx64(0.2564102563), fx64(0.769230769)}, epsilon));
}

// test_math_vecdiv
TEST(EpochMath, MathVecdiv) {
  EXPECT_TRUE(vec_eq(vec_to_fixed({}), vecdiv(vec_to_fixed({}), vec_to_fixed({}))));
  EXPECT_TRUE(
      vec_eq(vec_to_fixed({0.f, 1.f, 0.f, 0.f}),
             vecdiv(vec_to_fixed({0.f, 1.f, 0.f, 1.f}), vec_to_fixed({0.f, 1.f, 1.f, 0.f}))));
  const std::vector<I32F32> result{fixed(1.f) / fixed(2.f), fixed(1.f) / fixed(3.f), fixed(5.f)};
  EXPECT_TRUE(
      vec_eq(result, vecdiv(vec_to_fixed({1.f, 1.f, 10.f}), vec_to_fixed({2.f, 3.f, 2.f}))));
}

const std::vector<float> kDense4x5{0.f, 1.f, 2.f, 3.f, 4.f, 0.f, 10.f, 100.f, 1000.f, 10000.f,
                                   0.f, 0.f, 0.f, 0.f, 0.f, 1.f, 1.f,  1.f,   1.f,    1.f};
const std::vector<float> kDense4x5RowNormalized{0.f,    0.1f,  0.2f, 0.3f, 0.4f, 0.f, 0.0009f,
                                                0.009f, 0.09f, 0.9f, 0.f,  0.f,  0.f, 0.f,
                                                0.f,    0.2f,  0.2f, 0.2f, 0.2f, 0.2f};

// test_math_inplace_row_normalize
TEST(EpochMath, MathInplaceRowNormalize) {
  const I32F32 epsilon = fx(0.0001);
  Matrix mat = vec_to_mat_fixed(kDense4x5, 4, false);
  inplace_row_normalize(mat);
  EXPECT_TRUE(mat_compare(mat, vec_to_mat_fixed(kDense4x5RowNormalized, 4, false), epsilon));
}

const std::vector<float> kSparse6x7{0.f,  1.f, 0.f,   2.f,    0.f, 3.f,     4.f, 0.f, 1.f, 0.f, 2.f,
                                    0.f,  3.f, 0.f,   1.f,    0.f, 0.f,     2.f, 0.f, 3.f, 4.f, 0.f,
                                    10.f, 0.f, 100.f, 1000.f, 0.f, 10000.f, 0.f, 0.f, 0.f, 0.f, 0.f,
                                    0.f,  0.f, 1.f,   1.f,    1.f, 1.f,     1.f, 1.f, 1.f};
const std::vector<float> kSparse6x7Normalized{
    0.f,       0.1f,      0.f,       0.2f,      0.f,       0.3f,     0.4f,   0.f,   0.166666f,
    0.f,       0.333333f, 0.f,       0.5f,      0.f,       0.1f,     0.f,    0.f,   0.2f,
    0.f,       0.3f,      0.4f,      0.f,       0.0009f,   0.f,      0.009f, 0.09f, 0.f,
    0.9f,      0.f,       0.f,       0.f,       0.f,       0.f,      0.f,    0.f,   0.142857f,
    0.142857f, 0.142857f, 0.142857f, 0.142857f, 0.142857f, 0.142857f};
const std::vector<float> kZeros12(12, 0.f);

// test_math_inplace_row_normalize_sparse
TEST(EpochMath, MathInplaceRowNormalizeSparse) {
  const I32F32 epsilon = fx(0.0001);
  SparseMatrix mat = vec_to_sparse_mat_fixed(kSparse6x7, 6, false);
  inplace_row_normalize_sparse(mat);
  EXPECT_TRUE(
      sparse_mat_compare(mat, vec_to_sparse_mat_fixed(kSparse6x7Normalized, 6, false), epsilon));
  mat = vec_to_sparse_mat_fixed(kZeros12, 3, false);
  inplace_row_normalize_sparse(mat);
  EXPECT_TRUE(sparse_mat_compare(mat, vec_to_sparse_mat_fixed(kZeros12, 3, false), fxi(0)));
}

// test_math_inplace_col_normalize
TEST(EpochMath, MathInplaceColNormalize) {
  const I32F32 epsilon = fx(0.0001);
  Matrix mat = vec_to_mat_fixed(kDense4x5, 4, true);
  inplace_col_normalize(mat);
  EXPECT_TRUE(mat_compare(mat, vec_to_mat_fixed(kDense4x5RowNormalized, 4, true), epsilon));
}

// test_math_inplace_col_normalize_sparse
TEST(EpochMath, MathInplaceColNormalizeSparse) {
  const I32F32 epsilon = fx(0.0001);
  SparseMatrix mat = vec_to_sparse_mat_fixed(kSparse6x7, 6, true);
  inplace_col_normalize_sparse(mat, 6);
  EXPECT_TRUE(
      sparse_mat_compare(mat, vec_to_sparse_mat_fixed(kSparse6x7Normalized, 6, true), epsilon));
  mat = vec_to_sparse_mat_fixed(kZeros12, 3, false);
  inplace_col_normalize_sparse(mat, 6);
  EXPECT_TRUE(sparse_mat_compare(mat, vec_to_sparse_mat_fixed(kZeros12, 3, false), fxi(0)));
  mat = SparseMatrix{};
  inplace_col_normalize_sparse(mat, 0);
  EXPECT_TRUE(sparse_mat_compare(mat, SparseMatrix{}, epsilon));
}

// test_math_inplace_col_max_upscale
TEST(EpochMath, MathInplaceColMaxUpscale) {
  Matrix mat{{}};
  inplace_col_max_upscale(mat);
  EXPECT_TRUE(mat_eq(mat, Matrix{{}}));
  mat = Matrix{{fxi(0)}};
  inplace_col_max_upscale(mat);
  EXPECT_TRUE(mat_eq(mat, Matrix{{fxi(0)}}));
  const I32F32 epsilon = fx(0.0001);
  mat = vec_to_mat_fixed(kDense4x5, 4, true);
  inplace_col_max_upscale(mat);
  const std::vector<float> target{0.f, 0.25f, 0.5f, 0.75f, 1.f, 0.f, 0.001f, 0.01f, 0.1f, 1.f,
                                  0.f, 0.f,   0.f,  0.f,   0.f, 1.f, 1.f,    1.f,   1.f,  1.f};
  EXPECT_TRUE(mat_compare(mat, vec_to_mat_fixed(target, 4, true), epsilon));
}

// test_math_inplace_col_max_upscale_sparse
TEST(EpochMath, MathInplaceColMaxUpscaleSparse) {
  SparseMatrix mat{{}};
  inplace_col_max_upscale_sparse(mat, 0);
  EXPECT_TRUE(sparse_eq(mat, SparseMatrix{{}}));
  mat = SparseMatrix{{{0, fxi(0)}}};
  inplace_col_max_upscale_sparse(mat, 1);
  EXPECT_TRUE(sparse_eq(mat, SparseMatrix{{{0, fxi(0)}}}));
  const I32F32 epsilon = fx(0.0001);
  mat = vec_to_sparse_mat_fixed(kSparse6x7, 6, true);
  inplace_col_max_upscale_sparse(mat, 6);
  const std::vector<float> target{
      0.f,   0.25f, 0.f, 0.5f, 0.f, 0.75f, 1.f, 0.f, 0.333333f, 0.f, 0.666666f, 0.f,  1.f, 0.f,
      0.25f, 0.f,   0.f, 0.5f, 0.f, 0.75f, 1.f, 0.f, 0.001f,    0.f, 0.01f,     0.1f, 0.f, 1.f,
      0.f,   0.f,   0.f, 0.f,  0.f, 0.f,   0.f, 1.f, 1.f,       1.f, 1.f,       1.f,  1.f, 1.f};
  EXPECT_TRUE(sparse_mat_compare(mat, vec_to_sparse_mat_fixed(target, 6, true), epsilon));
  mat = vec_to_sparse_mat_fixed(kZeros12, 3, false);
  inplace_col_max_upscale_sparse(mat, 6);
  EXPECT_TRUE(sparse_mat_compare(mat, vec_to_sparse_mat_fixed(kZeros12, 3, false), fxi(0)));
  mat = SparseMatrix{};
  inplace_col_max_upscale_sparse(mat, 0);
  EXPECT_TRUE(sparse_mat_compare(mat, SparseMatrix{}, epsilon));
}

// test_math_inplace_mask_vector
TEST(EpochMath, MathInplaceMaskVector) {
  std::vector<I32F32> vector = vec_to_fixed({0.f, 1.f, 2.f});
  inplace_mask_vector({false, false, false}, vector);
  EXPECT_TRUE(vec_compare(vector, vec_to_fixed({0.f, 1.f, 2.f}), fxi(0)));
  vector = vec_to_fixed({0.f, 1.f, 2.f});
  inplace_mask_vector({false, true, false}, vector);
  EXPECT_TRUE(vec_compare(vector, vec_to_fixed({0.f, 0.f, 2.f}), fxi(0)));
  vector = vec_to_fixed({0.f, 1.f, 2.f});
  inplace_mask_vector({true, true, true}, vector);
  EXPECT_TRUE(vec_compare(vector, vec_to_fixed({0.f, 0.f, 0.f}), fxi(0)));
}

const std::vector<float> kNine0{0.f, 1.f, 2.f, 3.f, 4.f, 5.f, 6.f, 7.f, 8.f};
const std::vector<float> kNine1{1.f, 2.f, 3.f, 4.f, 5.f, 6.f, 7.f, 8.f, 9.f};
const std::vector<float> kZeros9(9, 0.f);

// test_math_inplace_mask_matrix
TEST(EpochMath, MathInplaceMaskMatrix) {
  Matrix mat = vec_to_mat_fixed(kNine0, 3, false);
  inplace_mask_matrix({{false, false, false}, {false, false, false}, {false, false, false}}, mat);
  EXPECT_TRUE(mat_compare(mat, vec_to_mat_fixed(kNine0, 3, false), fxi(0)));
  mat = vec_to_mat_fixed(kNine0, 3, false);
  inplace_mask_matrix({{true, false, false}, {false, true, false}, {false, false, true}}, mat);
  EXPECT_TRUE(mat_compare(
      mat, vec_to_mat_fixed({0.f, 1.f, 2.f, 3.f, 0.f, 5.f, 6.f, 7.f, 0.f}, 3, false), fxi(0)));
  mat = vec_to_mat_fixed(kNine0, 3, false);
  inplace_mask_matrix({{true, true, true}, {true, true, true}, {true, true, true}}, mat);
  EXPECT_TRUE(mat_compare(mat, vec_to_mat_fixed(kZeros9, 3, false), fxi(0)));
}

// test_math_inplace_mask_rows
TEST(EpochMath, MathInplaceMaskRows) {
  Matrix mat = vec_to_mat_fixed(kNine1, 3, false);
  inplace_mask_rows({false, false, false}, mat);
  EXPECT_TRUE(mat_compare(mat, vec_to_mat_fixed(kNine1, 3, false), fxi(0)));
  mat = vec_to_mat_fixed(kNine1, 3, false);
  inplace_mask_rows({true, true, true}, mat);
  EXPECT_TRUE(mat_compare(mat, vec_to_mat_fixed(kZeros9, 3, false), fxi(0)));
  mat = vec_to_mat_fixed(kNine1, 3, false);
  inplace_mask_rows({true, false, true}, mat);
  EXPECT_TRUE(mat_compare(
      mat, vec_to_mat_fixed({0.f, 0.f, 0.f, 4.f, 5.f, 6.f, 0.f, 0.f, 0.f}, 3, false), fxi(0)));
  mat = vec_to_mat_fixed(kZeros9, 3, false);
  inplace_mask_rows({false, false, false}, mat);
  EXPECT_TRUE(mat_compare(mat, vec_to_mat_fixed(kZeros9, 3, false), fxi(0)));
}

// test_math_inplace_mask_diag
TEST(EpochMath, MathInplaceMaskDiag) {
  Matrix mat = vec_to_mat_fixed(kNine1, 3, false);
  inplace_mask_diag(mat);
  EXPECT_TRUE(mat_compare(
      mat, vec_to_mat_fixed({0.f, 2.f, 3.f, 4.f, 0.f, 6.f, 7.f, 8.f, 0.f}, 3, false), fxi(0)));
}

// test_math_inplace_mask_diag_except_index
TEST(EpochMath, MathInplaceMaskDiagExceptIndex) {
  const size_t rows = 3;
  for (size_t i = 0; i < rows; ++i) {
    std::vector<float> target{0.f, 2.f, 3.f, 4.f, 0.f, 6.f, 7.f, 8.f, 0.f};
    target[i * rows + i] = kNine1[i * rows + i];
    Matrix mat = vec_to_mat_fixed(kNine1, rows, false);
    inplace_mask_diag_except_index(mat, static_cast<uint16_t>(i));
    EXPECT_TRUE(mat_compare(mat, vec_to_mat_fixed(target, rows, false), fxi(0))) << "i=" << i;
  }
}

// test_math_mask_rows_sparse
TEST(EpochMath, MathMaskRowsSparse) {
  SparseMatrix mat = vec_to_sparse_mat_fixed(kNine1, 3, false);
  EXPECT_TRUE(sparse_mat_compare(mask_rows_sparse({false, false, false}, mat),
                                 vec_to_sparse_mat_fixed(kNine1, 3, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(mask_rows_sparse({true, true, true}, mat),
                                 vec_to_sparse_mat_fixed(kZeros9, 3, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(
      mask_rows_sparse({true, false, true}, mat),
      vec_to_sparse_mat_fixed({0.f, 0.f, 0.f, 4.f, 5.f, 6.f, 0.f, 0.f, 0.f}, 3, false), fxi(0)));
  mat = vec_to_sparse_mat_fixed(kZeros9, 3, false);
  EXPECT_TRUE(sparse_mat_compare(mask_rows_sparse({false, false, false}, mat),
                                 vec_to_sparse_mat_fixed(kZeros9, 3, false), fxi(0)));
}

// test_math_mask_diag_sparse
TEST(EpochMath, MathMaskDiagSparse) {
  EXPECT_TRUE(sparse_mat_compare(
      mask_diag_sparse(vec_to_sparse_mat_fixed(kNine1, 3, false)),
      vec_to_sparse_mat_fixed({0.f, 2.f, 3.f, 4.f, 0.f, 6.f, 7.f, 8.f, 0.f}, 3, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(mask_diag_sparse(vec_to_sparse_mat_fixed(
                                     {1.f, 0.f, 0.f, 0.f, 5.f, 0.f, 0.f, 0.f, 9.f}, 3, false)),
                                 vec_to_sparse_mat_fixed(kZeros9, 3, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(mask_diag_sparse(vec_to_sparse_mat_fixed(kZeros9, 3, false)),
                                 vec_to_sparse_mat_fixed(kZeros9, 3, false), fxi(0)));
}

// test_math_mask_diag_sparse_except_index
TEST(EpochMath, MathMaskDiagSparseExceptIndex) {
  const size_t rows = 3;
  SparseMatrix mat = vec_to_sparse_mat_fixed(kNine1, rows, false);
  for (size_t i = 0; i < rows; ++i) {
    std::vector<float> target{0.f, 2.f, 3.f, 4.f, 0.f, 6.f, 7.f, 8.f, 0.f};
    target[i * rows + i] = kNine1[i * rows + i];
    EXPECT_TRUE(sparse_mat_compare(mask_diag_sparse_except_index(mat, static_cast<uint16_t>(i)),
                                   vec_to_sparse_mat_fixed(target, rows, false), fxi(0)));
  }
  const std::vector<float> diag{1.f, 0.f, 0.f, 0.f, 5.f, 0.f, 0.f, 0.f, 9.f};
  mat = vec_to_sparse_mat_fixed(diag, rows, false);
  for (size_t i = 0; i < rows; ++i) {
    std::vector<float> target(9, 0.f);
    target[i * rows + i] = diag[i * rows + i];
    const SparseMatrix result = mask_diag_sparse_except_index(mat, static_cast<uint16_t>(i));
    const SparseMatrix target_as_mat = vec_to_sparse_mat_fixed(target, rows, false);
    EXPECT_EQ(result.size(), target_as_mat.size());
    EXPECT_TRUE(sparse_mat_compare(result, target_as_mat, fxi(0)));
  }
  for (size_t i = 0; i < rows; ++i) {
    mat = vec_to_sparse_mat_fixed(kZeros9, rows, false);
    std::vector<float> target(9, 0.f);
    target[i * rows + i] = kZeros9[i * rows + i];
    const SparseMatrix result = mask_diag_sparse_except_index(mat, static_cast<uint16_t>(i));
    const SparseMatrix target_as_mat = vec_to_sparse_mat_fixed(target, rows, false);
    EXPECT_EQ(result.size(), target_as_mat.size());
    EXPECT_TRUE(sparse_mat_compare(result, target_as_mat, fxi(0)));
  }
}

// test_math_vec_mask_sparse_matrix
TEST(EpochMath, MathVecMaskSparseMatrix) {
  const std::vector<uint64_t> first_vector{1, 2, 3};
  const std::vector<uint64_t> second_vector{1, 2, 3};
  SparseMatrix mat = vec_to_sparse_mat_fixed(kNine1, 3, false);
  EXPECT_TRUE(sparse_mat_compare(
      vec_mask_sparse_matrix(mat, first_vector, second_vector,
                             [](uint64_t a, uint64_t b) { return a == b; }),
      vec_to_sparse_mat_fixed({0.f, 2.f, 3.f, 4.f, 0.f, 6.f, 7.f, 8.f, 0.f}, 3, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(
      vec_mask_sparse_matrix(mat, first_vector, second_vector,
                             [](uint64_t a, uint64_t b) { return a < b; }),
      vec_to_sparse_mat_fixed({1.f, 0.f, 0.f, 4.f, 5.f, 0.f, 7.f, 8.f, 9.f}, 3, false), fxi(0)));
  mat = vec_to_sparse_mat_fixed(kZeros9, 3, false);
  EXPECT_TRUE(
      sparse_mat_compare(vec_mask_sparse_matrix(mat, first_vector, second_vector,
                                                [](uint64_t a, uint64_t b) { return a == b; }),
                         vec_to_sparse_mat_fixed(kZeros9, 3, false), fxi(0)));
}

// test_math_scalar_vec_mask_sparse_matrix
TEST(EpochMath, MathScalarVecMaskSparseMatrix) {
  const SparseMatrix mat = vec_to_sparse_mat_fixed(kNine1, 3, false);
  const std::vector<uint64_t> masking_vector{1, 4, 7};
  EXPECT_TRUE(sparse_mat_compare(
      scalar_vec_mask_sparse_matrix(mat, 1, masking_vector,
                                    [](uint64_t a, uint64_t b) { return a == b; }),
      vec_to_sparse_mat_fixed({0.f, 2.f, 3.f, 0.f, 5.f, 6.f, 0.f, 8.f, 9.f}, 3, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(
      scalar_vec_mask_sparse_matrix(mat, 5, masking_vector,
                                    [](uint64_t a, uint64_t b) { return a <= b; }),
      vec_to_sparse_mat_fixed({1.f, 2.f, 0.f, 4.f, 5.f, 0.f, 7.f, 8.f, 0.f}, 3, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(
      scalar_vec_mask_sparse_matrix(mat, 5, masking_vector,
                                    [](uint64_t a, uint64_t b) { return a >= b; }),
      vec_to_sparse_mat_fixed({0.f, 0.f, 3.f, 0.f, 0.f, 6.f, 0.f, 0.f, 9.f}, 3, false), fxi(0)));
}

const std::vector<float> kTwelve{1.f, 2.f, 3.f, 4.f, 5.f, 6.f, 7.f, 8.f, 9.f, 10.f, 11.f, 12.f};
const std::vector<float> kTwelveHoles{0.f, 2.f, 3.f, 4.f,  0.f,  6.f,
                                      7.f, 8.f, 0.f, 10.f, 11.f, 12.f};

// test_math_row_hadamard
TEST(EpochMath, MathRowHadamard) {
  const std::vector<I32F32> vector = vec_to_fixed({1.f, 2.f, 3.f, 4.f});
  const Matrix result = row_hadamard(vec_to_mat_fixed(kTwelve, 4, false), vector);
  const std::vector<float> target{1.f,  2.f,  3.f,  8.f,  10.f, 12.f,
                                  21.f, 24.f, 27.f, 40.f, 44.f, 48.f};
  EXPECT_TRUE(mat_compare(result, vec_to_mat_fixed(target, 4, false), fxi(0)));
}

// test_math_row_hadamard_sparse
TEST(EpochMath, MathRowHadamardSparse) {
  const std::vector<I32F32> vector = vec_to_fixed({1.f, 2.f, 3.f, 4.f});
  EXPECT_TRUE(sparse_mat_compare(
      row_hadamard_sparse(vec_to_sparse_mat_fixed(kTwelve, 4, false), vector),
      vec_to_sparse_mat_fixed({1.f, 2.f, 3.f, 8.f, 10.f, 12.f, 21.f, 24.f, 27.f, 40.f, 44.f, 48.f},
                              4, false),
      fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(
      row_hadamard_sparse(vec_to_sparse_mat_fixed(kTwelveHoles, 4, false), vector),
      vec_to_sparse_mat_fixed({0.f, 2.f, 3.f, 8.f, 0.f, 12.f, 21.f, 24.f, 0.f, 40.f, 44.f, 48.f}, 4,
                              false),
      fxi(0)));
  EXPECT_TRUE(
      sparse_mat_compare(row_hadamard_sparse(vec_to_sparse_mat_fixed(kZeros12, 4, false), vector),
                         vec_to_sparse_mat_fixed(kZeros12, 4, false), fxi(0)));
}

// test_math_row_sum
TEST(EpochMath, MathRowSum) {
  EXPECT_TRUE(vec_compare(row_sum(vec_to_mat_fixed(kTwelve, 4, false)),
                          vec_to_fixed({6.f, 15.f, 24.f, 33.f}), fxi(0)));
}

// test_math_row_sum_sparse
TEST(EpochMath, MathRowSumSparse) {
  EXPECT_TRUE(vec_compare(row_sum_sparse(vec_to_sparse_mat_fixed(kTwelve, 4, false)),
                          vec_to_fixed({6.f, 15.f, 24.f, 33.f}), fxi(0)));
  EXPECT_TRUE(vec_compare(row_sum_sparse(vec_to_sparse_mat_fixed(kTwelveHoles, 4, false)),
                          vec_to_fixed({5.f, 10.f, 15.f, 33.f}), fxi(0)));
  EXPECT_TRUE(
      vec_compare(row_sum_sparse(vec_to_sparse_mat_fixed(
                      {1.f, 2.f, 3.f, 0.f, 0.f, 0.f, 7.f, 8.f, 9.f, 10.f, 11.f, 12.f}, 4, false)),
                  vec_to_fixed({6.f, 0.f, 24.f, 33.f}), fxi(0)));
  EXPECT_TRUE(vec_compare(row_sum_sparse(vec_to_sparse_mat_fixed(kZeros12, 4, false)),
                          vec_to_fixed({0.f, 0.f, 0.f, 0.f}), fxi(0)));
}

// test_math_col_sum
TEST(EpochMath, MathColSum) {
  EXPECT_TRUE(vec_compare(col_sum(vec_to_mat_fixed(kTwelve, 4, false)),
                          vec_to_fixed({22.f, 26.f, 30.f}), fxi(0)));
}

// test_math_col_sum_sparse
TEST(EpochMath, MathColSumSparse) {
  EXPECT_TRUE(vec_compare(col_sum_sparse(vec_to_sparse_mat_fixed(kTwelve, 4, false), 3),
                          vec_to_fixed({22.f, 26.f, 30.f}), fxi(0)));
  EXPECT_TRUE(vec_compare(col_sum_sparse(vec_to_sparse_mat_fixed(kTwelveHoles, 4, false), 3),
                          vec_to_fixed({21.f, 21.f, 21.f}), fxi(0)));
  EXPECT_TRUE(vec_compare(
      col_sum_sparse(vec_to_sparse_mat_fixed(
                         {1.f, 0.f, 3.f, 4.f, 0.f, 6.f, 7.f, 0.f, 9.f, 10.f, 0.f, 12.f}, 4, false),
                     3),
      vec_to_fixed({22.f, 0.f, 30.f}), fxi(0)));
  EXPECT_TRUE(vec_compare(col_sum_sparse(vec_to_sparse_mat_fixed(kZeros12, 4, false), 3),
                          vec_to_fixed({0.f, 0.f, 0.f}), fxi(0)));
}

// test_math_matmul
TEST(EpochMath, MathMatmul) {
  EXPECT_TRUE(
      vec_compare(matmul(vec_to_mat_fixed(kTwelve, 4, false), vec_to_fixed({1.f, 2.f, 3.f, 4.f})),
                  vec_to_fixed({70.f, 80.f, 90.f}), fxi(0)));
}

// test_math_matmul_transpose
TEST(EpochMath, MathMatmulTranspose) {
  EXPECT_TRUE(vec_compare(
      matmul_transpose(vec_to_mat_fixed(kTwelve, 4, false), vec_to_fixed({1.f, 2.f, 3.f})),
      vec_to_fixed({14.f, 32.f, 50.f, 68.f}), fxi(0)));
}

// test_math_sparse_matmul
TEST(EpochMath, MathSparseMatmul) {
  const std::vector<I32F32> vector = vec_to_fixed({1.f, 2.f, 3.f, 4.f});
  EXPECT_TRUE(vec_compare(matmul_sparse(vec_to_sparse_mat_fixed(kTwelve, 4, false), vector, 3),
                          vec_to_fixed({70.f, 80.f, 90.f}), fxi(0)));
  EXPECT_TRUE(vec_compare(matmul_sparse(vec_to_sparse_mat_fixed(kTwelveHoles, 4, false), vector, 3),
                          vec_to_fixed({69.f, 70.f, 63.f}), fxi(0)));
  EXPECT_TRUE(vec_compare(matmul_sparse(vec_to_sparse_mat_fixed(kZeros12, 4, false), vector, 3),
                          vec_to_fixed({0.f, 0.f, 0.f}), fxi(0)));
}

// test_math_sparse_matmul_transpose
TEST(EpochMath, MathSparseMatmulTranspose) {
  const std::vector<I32F32> vector = vec_to_fixed({1.f, 2.f, 3.f});
  EXPECT_TRUE(
      vec_compare(matmul_transpose_sparse(vec_to_sparse_mat_fixed(kTwelve, 4, false), vector),
                  vec_to_fixed({14.f, 32.f, 50.f, 68.f}), fxi(0)));
  EXPECT_TRUE(
      vec_compare(matmul_transpose_sparse(vec_to_sparse_mat_fixed(kTwelveHoles, 4, false), vector),
                  vec_to_fixed({13.f, 22.f, 23.f, 68.f}), fxi(0)));
  EXPECT_TRUE(
      vec_compare(matmul_transpose_sparse(vec_to_sparse_mat_fixed(kZeros12, 4, false), vector),
                  vec_to_fixed({0.f, 0.f, 0.f, 0.f}), fxi(0)));
}

const std::vector<float> kClipIn{0.f, 2.f, 3.f, 4.f, 5.f, 6.f, 7.f, 8.f, 9.f, 10.f, 11.f, 12.f};

// test_math_inplace_col_clip
TEST(EpochMath, MathInplaceColClip) {
  Matrix matrix = vec_to_mat_fixed(kClipIn, 4, false);
  inplace_col_clip(matrix, vec_to_fixed({0.f, 5.f, 12.f}));
  const std::vector<float> target{0.f, 2.f, 3.f, 0.f, 5.f, 6.f, 0.f, 5.f, 9.f, 0.f, 5.f, 12.f};
  EXPECT_TRUE(mat_compare(matrix, vec_to_mat_fixed(target, 4, false), fxi(0)));
}

// test_math_col_clip_sparse
TEST(EpochMath, MathColClipSparse) {
  const std::vector<I32F32> vector = vec_to_fixed({0.f, 5.f, 12.f});
  EXPECT_TRUE(sparse_mat_compare(
      col_clip_sparse(vec_to_sparse_mat_fixed(kClipIn, 4, false), vector),
      vec_to_sparse_mat_fixed({0.f, 2.f, 3.f, 0.f, 5.f, 6.f, 0.f, 5.f, 9.f, 0.f, 5.f, 12.f}, 4,
                              false),
      fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(
      col_clip_sparse(
          vec_to_sparse_mat_fixed({0.f, 2.f, 3.f, 4.f, 5.f, 6.f, 0.f, 0.f, 0.f, 10.f, 11.f, 12.f},
                                  4, false),
          vector),
      vec_to_sparse_mat_fixed({0.f, 2.f, 3.f, 0.f, 5.f, 6.f, 0.f, 0.f, 0.f, 0.f, 5.f, 12.f}, 4,
                              false),
      fxi(0)));
  EXPECT_TRUE(
      sparse_mat_compare(col_clip_sparse(vec_to_sparse_mat_fixed(kZeros12, 4, false), vector),
                         vec_to_sparse_mat_fixed(kZeros12, 4, false), fxi(0)));
}

// test_math_clip_sparse
TEST(EpochMath, MathClipSparse) {
  const SparseMatrix result =
      clip_sparse(vec_to_sparse_mat_fixed(kClipIn, 4, false), fxi(8), fxi(100), fxi(1));
  const std::vector<float> target{0.f, 1.f,   1.f,   1.f,   1.f,   1.f,
                                  1.f, 100.f, 100.f, 100.f, 100.f, 100.f};
  EXPECT_TRUE(sparse_mat_compare(result, vec_to_sparse_mat_fixed(target, 4, false), fxi(0)));
}

// test_math_clip
TEST(EpochMath, MathClip) {
  const Matrix result = clip(vec_to_mat_fixed(kClipIn, 4, false), fxi(8), fxi(100), fxi(1));
  const std::vector<float> target{1.f, 1.f,   1.f,   1.f,   1.f,   1.f,
                                  1.f, 100.f, 100.f, 100.f, 100.f, 100.f};
  EXPECT_TRUE(mat_compare(result, vec_to_mat_fixed(target, 4, false), fxi(0)));
}

// test_math_inplace_clip
TEST(EpochMath, MathInplaceClip) {
  Matrix matrix = vec_to_mat_fixed(kClipIn, 4, false);
  inplace_clip(matrix, fxi(8), fxi(100), fxi(1));
  const std::vector<float> target{1.f, 1.f,   1.f,   1.f,   1.f,   1.f,
                                  1.f, 100.f, 100.f, 100.f, 100.f, 100.f};
  EXPECT_TRUE(mat_compare(matrix, vec_to_mat_fixed(target, 4, false), fxi(0)));
}

I32F32 weighted_median_all(const std::vector<I32F32>& stake, const std::vector<I32F32>& score,
                           I32F32 minority) {
  std::vector<size_t> idx(stake.size());
  std::iota(idx.begin(), idx.end(), size_t{0});
  return weighted_median(stake, score, idx, minority, fxi(0), sum(stake));
}

// test_math_weighted_median. Upstream draws from thread_rng; here a seeded mt19937_64 (the
// assertions are properties that hold for every draw).
TEST(EpochMath, MathWeightedMedian) {
  std::mt19937_64 rng(0x5eed'0001);
  const I32F32 zero = fixed(0.f);
  const I32F32 one = fixed(1.f);
  for (int rep = 0; rep < 100; ++rep) {
    const I32F32 majority = fixed(0.51f);
    const I32F32 minority = one - majority;
    EXPECT_TRUE(bits_eq(zero, weighted_median_all(vec_to_fixed({}), vec_to_fixed({}), minority)));
    EXPECT_TRUE(bits_eq(
        one, weighted_median_all(normalize(vec_to_fixed({0.51f})), vec_to_fixed({1.f}), minority)));
    EXPECT_TRUE(bits_eq(one, weighted_median_all(vec_to_fixed({0.49f, 0.51f}),
                                                 vec_to_fixed({0.5f, 1.f}), minority)));
    EXPECT_TRUE(bits_eq(fixed(0.5f), weighted_median_all(vec_to_fixed({0.51f, 0.49f}),
                                                         vec_to_fixed({0.5f, 1.f}), minority)));
    EXPECT_TRUE(bits_eq(one, weighted_median_all(vec_to_fixed({0.49f, 0.f, 0.51f}),
                                                 vec_to_fixed({0.5f, 0.7f, 1.f}), minority)));
    EXPECT_TRUE(
        bits_eq(fixed(0.7f), weighted_median_all(vec_to_fixed({0.49f, 0.01f, 0.5f}),
                                                 vec_to_fixed({0.5f, 0.7f, 1.f}), minority)));
    EXPECT_TRUE(
        bits_eq(fixed(0.7f), weighted_median_all(vec_to_fixed({0.49f, 0.51f, 0.0f}),
                                                 vec_to_fixed({0.5f, 0.7f, 1.f}), minority)));
    EXPECT_TRUE(bits_eq(one, weighted_median_all(vec_to_fixed({0.0f, 0.49f, 0.51f}),
                                                 vec_to_fixed({0.5f, 0.7f, 1.f}), minority)));
    EXPECT_TRUE(bits_eq(one, weighted_median_all(vec_to_fixed({0.0f, 0.49f, 0.0f, 0.51f}),
                                                 vec_to_fixed({0.5f, 0.5f, 1.f, 1.f}), minority)));
    EXPECT_TRUE(
        bits_eq(one, weighted_median_all(vec_to_fixed({0.0f, 0.49f, 0.0f, 0.51f, 0.0f}),
                                         vec_to_fixed({0.5f, 0.5f, 1.f, 1.f, 0.5f}), minority)));
    EXPECT_TRUE(bits_eq(
        fixed(0.6f), weighted_median_all(vec_to_fixed({0.2f, 0.2f, 0.2f, 0.2f, 0.2f}),
                                         vec_to_fixed({0.8f, 0.2f, 1.f, 0.6f, 0.4f}), minority)));
    EXPECT_TRUE(bits_eq(
        fixed(0.6f),
        weighted_median_all(
            vec_to_fixed({0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f}),
            vec_to_fixed({0.8f, 0.8f, 0.2f, 0.2f, 1.0f, 1.0f, 0.6f, 0.6f, 0.4f, 0.4f}), minority)));

    const size_t n = 100;
    for (const I32F32 maj : vec_to_fixed({0.f, 0.0000001f, 0.25f, 0.49f, 0.49f, 0.49f, 0.5f, 0.51f,
                                          0.51f, 0.51f, 0.9999999f, 1.f})) {
      for (const bool allow_equal : {false, true}) {
        std::vector<I32F32> stake;
        std::vector<I32F32> score;
        I32F32 last_score = zero;
        for (size_t i = 0; i < n; ++i) {
          if (allow_equal) {
            stake.push_back(rng() % 2 == 1 ? one : zero);
            if (rng() % 2 == 1) last_score = last_score + one;
            score.push_back(last_score);
          } else {
            stake.push_back(one);
            score.push_back(I32F32::from_num(i));
          }
        }
        inplace_normalize(stake);
        const I32F32 total_stake = sum(stake);
        I32F32 min_stake = total_stake - maj;
        if (min_stake < zero) min_stake = zero;
        std::vector<I32F32> medians;
        I32F32 median_stake = zero;
        bool median_set = false;
        I32F32 stake_sum = zero;
        auto contains = [&](I32F32 v) {
          return std::find(medians.begin(), medians.end(), v) != medians.end();
        };
        for (size_t i = 0; i < n; ++i) {
          stake_sum = stake_sum + stake[i];
          if (!median_set && stake_sum >= min_stake) {
            median_stake = stake_sum;
            median_set = true;
          }
          if (median_set) {
            if (median_stake < stake_sum) {
              if (median_stake == min_stake && !contains(score[i])) medians.push_back(score[i]);
              break;
            }
            if (!contains(score[i])) medians.push_back(score[i]);
          }
        }
        if (medians.empty()) medians.push_back(zero);
        std::vector<size_t> stake_idx(stake.size());
        std::iota(stake_idx.begin(), stake_idx.end(), size_t{0});
        I32F32 result = weighted_median(stake, score, stake_idx, min_stake, zero, total_stake);
        EXPECT_TRUE(contains(result)) << show(result);
        for (int k = 0; k < 10; ++k) {
          std::vector<size_t> permuted_uids(n);
          std::iota(permuted_uids.begin(), permuted_uids.end(), size_t{0});
          std::shuffle(permuted_uids.begin(), permuted_uids.end(), rng);
          std::vector<I32F32> new_stake;
          std::vector<I32F32> new_score;
          for (const size_t i : permuted_uids) {
            new_stake.push_back(stake[i]);
            new_score.push_back(score[i]);
          }
          stake = new_stake;
          score = new_score;
          result = weighted_median(stake, score, stake_idx, min_stake, zero, total_stake);
          EXPECT_TRUE(contains(result)) << show(result);
        }
      }
    }
  }
}

// test_math_weighted_median_col
TEST(EpochMath, MathWeightedMedianCol) {
  EXPECT_TRUE(
      vec_eq(vec_to_fixed({}), weighted_median_col(vec_to_fixed({}), Matrix{{}}, fixed(0.5f))));
  EXPECT_TRUE(
      vec_eq(vec_to_fixed({0.f, 0.f}),
             weighted_median_col(vec_to_fixed({0.f, 0.f}),
                                 vec_to_mat_fixed({0.f, 0.f, 0.f, 0.f}, 2, false), fixed(0.5f))));
  std::vector<I32F32> stake = vec_to_fixed({0.f, 0.75f, 0.25f, 0.f});
  Matrix weights = vec_to_mat_fixed(
      {0.f, 0.1f, 0.f, 0.f, 0.2f, 0.4f, 0.f, 0.3f, 0.1f, 0.f, 0.4f, 0.5f}, 4, false);
  EXPECT_TRUE(
      vec_eq(vec_to_fixed({0.f, 0.3f, 0.4f}), weighted_median_col(stake, weights, fixed(0.24f))));
  EXPECT_TRUE(
      vec_eq(vec_to_fixed({0.f, 0.2f, 0.4f}), weighted_median_col(stake, weights, fixed(0.26f))));
  EXPECT_TRUE(
      vec_eq(vec_to_fixed({0.f, 0.2f, 0.1f}), weighted_median_col(stake, weights, fixed(0.76f))));
  stake = vec_to_fixed({0.f, 0.3f, 0.2f, 0.5f});
  weights = vec_to_mat_fixed({0.f, 0.1f, 0.f, 0.f, 0.2f, 0.4f, 0.f, 0.3f, 0.1f, 0.f, 0.f, 0.5f}, 4,
                             false);
  EXPECT_TRUE(
      vec_eq(vec_to_fixed({0.f, 0.f, 0.4f}), weighted_median_col(stake, weights, fixed(0.51f))));
}

// test_math_weighted_median_col_sparse
TEST(EpochMath, MathWeightedMedianColSparse) {
  EXPECT_TRUE(vec_eq(vec_to_fixed({}), weighted_median_col_sparse(
                                           vec_to_fixed({}), SparseMatrix{{}}, 0, fixed(0.5f))));
  EXPECT_TRUE(vec_eq(vec_to_fixed({0.f, 0.f}),
                     weighted_median_col_sparse(
                         vec_to_fixed({0.f, 0.f}),
                         vec_to_sparse_mat_fixed({0.f, 0.f, 0.f, 0.f}, 2, false), 2, fixed(0.5f))));
  std::vector<I32F32> stake = vec_to_fixed({0.f, 0.75f, 0.25f, 0.f});
  SparseMatrix weights = vec_to_sparse_mat_fixed(
      {0.f, 0.1f, 0.f, 0.f, 0.2f, 0.4f, 0.f, 0.3f, 0.1f, 0.f, 0.4f, 0.5f}, 4, false);
  EXPECT_TRUE(vec_eq(vec_to_fixed({0.f, 0.3f, 0.4f}),
                     weighted_median_col_sparse(stake, weights, 3, fixed(0.24f))));
  EXPECT_TRUE(vec_eq(vec_to_fixed({0.f, 0.2f, 0.4f}),
                     weighted_median_col_sparse(stake, weights, 3, fixed(0.26f))));
  EXPECT_TRUE(vec_eq(vec_to_fixed({0.f, 0.2f, 0.1f}),
                     weighted_median_col_sparse(stake, weights, 3, fixed(0.76f))));
  stake = vec_to_fixed({0.f, 0.3f, 0.2f, 0.5f});
  weights = vec_to_sparse_mat_fixed(
      {0.f, 0.1f, 0.f, 0.f, 0.2f, 0.4f, 0.f, 0.3f, 0.1f, 0.f, 0.f, 0.5f}, 4, false);
  EXPECT_TRUE(vec_eq(vec_to_fixed({0.f, 0.f, 0.4f}),
                     weighted_median_col_sparse(stake, weights, 3, fixed(0.51f))));
}

const std::vector<float> kOnes12(12, 1.f);

// test_math_interpolate
TEST(EpochMath, MathInterpolate) {
  EXPECT_TRUE(mat_compare(interpolate(Matrix{{}}, Matrix{{}}, fxi(0)), Matrix{{}}, fxi(0)));

  Matrix mat1{{fxi(0)}};
  Matrix mat2{{fxi(1)}};
  EXPECT_TRUE(mat_compare(interpolate(mat1, mat2, fxi(0)), Matrix{{fxi(0)}}, fxi(0)));
  EXPECT_TRUE(mat_compare(interpolate(mat1, mat2, fxi(1)), Matrix{{fxi(1)}}, fxi(0)));

  mat1 = vec_to_mat_fixed(kZeros12, 4, false);
  mat2 = vec_to_mat_fixed(kZeros12, 4, false);
  const Matrix zeros = vec_to_mat_fixed(kZeros12, 4, false);
  EXPECT_TRUE(mat_compare(interpolate(mat1, mat2, fxi(0)), zeros, fxi(0)));
  EXPECT_TRUE(mat_compare(interpolate(mat1, mat2, fxi(1)), zeros, fxi(0)));

  mat1 = vec_to_mat_fixed({1.f, 10.f, 100.f, 1000.f, 10000.f, 100000.f}, 3, false);
  mat2 = vec_to_mat_fixed({10.f, 100.f, 1000.f, 10000.f, 100000.f, 1000000.f}, 3, false);
  EXPECT_TRUE(mat_compare(interpolate(mat1, mat2, fxi(0)),
                          vec_to_mat_fixed({1.f, 10.f, 100.f, 1000.f, 10000.f, 100000.f}, 3, false),
                          fxi(0)));
  const Matrix result = interpolate(mat1, mat2, fx(0.9));
  EXPECT_TRUE(mat_compare(
      result, vec_to_mat_fixed({9.1f, 91.f, 910.f, 9100.f, 91000.f, 910000.f}, 3, false),
      fx(0.0001)));
  // Exact: ratio 0.9 has bits RNE(0.9 * 2^32) = 3865470566; for integers v1 = k, v2 = 10k the
  // product ratio * 9k is exact, so the result bits are k * 2^32 + 9k * 3865470566.
  {
    const int64_t ks[] = {1, 10, 100, 1000, 10000, 100000};
    for (size_t i = 0; i < 6; ++i) {
      const int64_t k = ks[i];
      EXPECT_EQ(result[i / 2][i % 2].to_bits(), k * (int64_t{1} << 32) + 9 * k * 3865470566);
    }
  }

  mat1 = vec_to_mat_fixed(kZeros12, 4, false);
  mat2 = vec_to_mat_fixed(kOnes12, 4, false);
  EXPECT_TRUE(mat_compare(interpolate(mat1, mat2, fxi(0)), zeros, fxi(0)));
  EXPECT_TRUE(mat_compare(interpolate(mat1, mat2, fx(0.000000001)),
                          vec_to_mat_fixed(std::vector<float>(12, 0.000000001f), 4, false),
                          fxi(0)));
  EXPECT_TRUE(mat_compare(interpolate(mat1, mat2, fx(0.5)),
                          vec_to_mat_fixed(std::vector<float>(12, 0.5f), 4, false), fxi(0)));
  EXPECT_TRUE(mat_compare(interpolate(mat1, mat2, fx(0.9999998808)),
                          vec_to_mat_fixed(std::vector<float>(12, 0.999'999'9f), 4, false),
                          fxi(0)));
  EXPECT_TRUE(
      mat_compare(interpolate(mat1, mat2, fxi(1)), vec_to_mat_fixed(kOnes12, 4, false), fxi(0)));
}

// test_math_interpolate_sparse
TEST(EpochMath, MathInterpolateSparse) {
  EXPECT_TRUE(sparse_mat_compare(interpolate_sparse(SparseMatrix{{}}, SparseMatrix{{}}, 0, fxi(0)),
                                 SparseMatrix{{}}, fxi(0)));

  SparseMatrix mat1 = vec_to_sparse_mat_fixed({0.f}, 1, false);
  SparseMatrix mat2 = vec_to_sparse_mat_fixed({1.f}, 1, false);
  EXPECT_TRUE(sparse_mat_compare(interpolate_sparse(mat1, mat2, 1, fxi(0)),
                                 vec_to_sparse_mat_fixed({0.f}, 1, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(interpolate_sparse(mat1, mat2, 1, fx(0.5)),
                                 vec_to_sparse_mat_fixed({0.5f}, 1, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(interpolate_sparse(mat1, mat2, 1, fxi(1)),
                                 vec_to_sparse_mat_fixed({1.f}, 1, false), fxi(0)));

  mat1 = vec_to_sparse_mat_fixed(kZeros12, 4, false);
  mat2 = vec_to_sparse_mat_fixed(kZeros12, 4, false);
  const SparseMatrix zeros = vec_to_sparse_mat_fixed(kZeros12, 4, false);
  EXPECT_TRUE(sparse_mat_compare(interpolate_sparse(mat1, mat2, 3, fxi(0)), zeros, fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(interpolate_sparse(mat1, mat2, 3, fxi(1)), zeros, fxi(0)));

  mat1 = vec_to_sparse_mat_fixed({1.f, 0.f, 100.f, 1000.f, 10000.f, 100000.f}, 3, false);
  mat2 = vec_to_sparse_mat_fixed({10.f, 100.f, 1000.f, 10000.f, 100000.f, 0.f}, 3, false);
  EXPECT_TRUE(sparse_mat_compare(
      interpolate_sparse(mat1, mat2, 2, fxi(0)),
      vec_to_sparse_mat_fixed({1.f, 0.f, 100.f, 1000.f, 10000.f, 100000.f}, 3, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(
      interpolate_sparse(mat1, mat2, 2, fx(0.9)),
      vec_to_sparse_mat_fixed({9.1f, 90.f, 910.f, 9100.f, 91000.f, 10000.f}, 3, false),
      fx(0.0001)));

  mat1 = vec_to_sparse_mat_fixed(kZeros12, 4, false);
  mat2 = vec_to_sparse_mat_fixed(kOnes12, 4, false);
  EXPECT_TRUE(sparse_mat_compare(interpolate_sparse(mat1, mat2, 3, fxi(0)), zeros, fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(
      interpolate_sparse(mat1, mat2, 3, fx(0.000000001)),
      vec_to_sparse_mat_fixed(std::vector<float>(12, 0.000000001f), 4, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(interpolate_sparse(mat1, mat2, 3, fx(0.5)),
                                 vec_to_sparse_mat_fixed(std::vector<float>(12, 0.5f), 4, false),
                                 fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(
      interpolate_sparse(mat1, mat2, 3, fx(0.9999998808)),
      vec_to_sparse_mat_fixed(std::vector<float>(12, 0.999'999'9f), 4, false), fxi(0)));
  EXPECT_TRUE(sparse_mat_compare(interpolate_sparse(mat1, mat2, 3, fxi(1)),
                                 vec_to_sparse_mat_fixed(kOnes12, 4, false), fxi(0)));
}

const std::vector<float> kTens12{10.f, 20.f, 30.f, 40.f,  50.f,  60.f,
                                 70.f, 80.f, 90.f, 100.f, 110.f, 120.f};
const std::vector<float> kSquares12{10.f,  40.f,  90.f,  160.f,  250.f,  360.f,
                                    490.f, 640.f, 810.f, 1000.f, 1210.f, 1440.f};
const std::vector<float> kHadA{1.f, 0.f, 0.f, 0.f, 2.f, 0.f, 0.f, 0.f, 3.f, 0.f, 0.f, 0.f};
const std::vector<float> kHadB{0.f, 0.f, 4.f, 0.f, 5.f, 0.f, 6.f, 0.f, 0.f, 0.f, 0.f, 0.f};
const std::vector<float> kHadAB{0.f, 0.f, 0.f, 0.f, 10.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f};

// test_math_hadamard
TEST(EpochMath, MathHadamard) {
  const I32F32 eps = fx(0.000001);
  EXPECT_TRUE(mat_compare(
      hadamard(vec_to_mat_fixed(kTens12, 4, false), vec_to_mat_fixed(kTwelve, 4, false)),
      vec_to_mat_fixed(kSquares12, 4, false), eps));
  EXPECT_TRUE(mat_compare(
      hadamard(vec_to_mat_fixed(kZeros12, 4, false), vec_to_mat_fixed(kZeros12, 4, false)),
      vec_to_mat_fixed(kZeros12, 4, false), eps));
  EXPECT_TRUE(
      mat_compare(hadamard(vec_to_mat_fixed(kHadB, 4, false), vec_to_mat_fixed(kHadA, 4, false)),
                  vec_to_mat_fixed(kHadAB, 4, false), eps));
}

// test_math_hadamard_sparse
TEST(EpochMath, MathHadamardSparse) {
  const I32F32 eps = fx(0.000001);
  EXPECT_TRUE(sparse_mat_compare(hadamard_sparse(vec_to_sparse_mat_fixed(kTens12, 4, false),
                                                 vec_to_sparse_mat_fixed(kTwelve, 4, false), 3),
                                 vec_to_sparse_mat_fixed(kSquares12, 4, false), eps));
  EXPECT_TRUE(sparse_mat_compare(hadamard_sparse(vec_to_sparse_mat_fixed(kZeros12, 4, false),
                                                 vec_to_sparse_mat_fixed(kZeros12, 4, false), 3),
                                 vec_to_sparse_mat_fixed(kZeros12, 4, false), eps));
  EXPECT_TRUE(sparse_mat_compare(hadamard_sparse(vec_to_sparse_mat_fixed(kHadB, 4, false),
                                                 vec_to_sparse_mat_fixed(kHadA, 4, false), 3),
                                 vec_to_sparse_mat_fixed(kHadAB, 4, false), eps));
}

// test_math_mat_ema
TEST(EpochMath, MathMatEma) {
  const I32F32 eps = fx(0.000001);
  const Matrix old_mat = vec_to_mat_fixed(kTwelve, 4, false);
  const Matrix new_mat = vec_to_mat_fixed(kTens12, 4, false);
  const Matrix result = mat_ema(new_mat, old_mat, fx(0.1));
  EXPECT_TRUE(mat_compare(
      result,
      vec_to_mat_fixed(
          {1.9f, 3.8f, 5.7f, 7.6f, 9.5f, 11.4f, 13.3f, 15.2f, 17.1f, 19.f, 20.9f, 22.8f}, 4, false),
      eps));
  // Exact: alpha bits RNE(0.1 * 2^32) = 429496730, 1 - alpha = 3865470566; with integer entries
  // new = 10k, old = k both products are exact: bits = k * (10 * 429496730 + 3865470566).
  for (int64_t k = 1; k <= 12; ++k) {
    const auto i = static_cast<size_t>(k - 1);
    EXPECT_EQ(result[i / 3][i % 3].to_bits(), k * (10 * int64_t{429496730} + 3865470566));
  }
  EXPECT_TRUE(
      mat_compare(mat_ema(new_mat, old_mat, fxi(0)), vec_to_mat_fixed(kTwelve, 4, false), eps));
  EXPECT_TRUE(
      mat_compare(mat_ema(new_mat, old_mat, fxi(1)), vec_to_mat_fixed(kTens12, 4, false), eps));
}

// test_math_sparse_mat_ema
TEST(EpochMath, MathSparseMatEma) {
  const I32F32 eps = fx(0.000001);
  auto check = [&](const std::vector<float>& old_v, const std::vector<float>& new_v,
                   const std::vector<float>& target) {
    EXPECT_TRUE(
        sparse_mat_compare(mat_ema_sparse(vec_to_sparse_mat_fixed(new_v, 4, false),
                                          vec_to_sparse_mat_fixed(old_v, 4, false), fx(0.1)),
                           vec_to_sparse_mat_fixed(target, 4, false), eps));
  };
  check(kTwelve, kTens12,
        {1.9f, 3.8f, 5.7f, 7.6f, 9.5f, 11.4f, 13.3f, 15.2f, 17.1f, 19.f, 20.9f, 22.8f});
  check({0.f, 2.f, 3.f, 4.f, 0.f, 6.f, 7.f, 8.f, 0.f, 10.f, 11.f, 12.f},
        {10.f, 20.f, 0.f, 40.f, 0.f, 60.f, 0.f, 80.f, 90.f, 100.f, 110.f, 120.f},
        {1.f, 3.8f, 2.7f, 7.6f, 0.f, 11.4f, 6.3f, 15.2f, 9.f, 19.f, 20.9f, 22.8f});
  check(kZeros12, {10.f, 20.f, 0.f, 40.f, 0.f, 60.f, 0.f, 80.f, 90.f, 100.f, 110.f, 120.f},
        {1.f, 2.f, 0.f, 4.f, 0.f, 6.f, 0.f, 8.f, 9.f, 10.f, 11.f, 12.f});
  check(kZeros12, kZeros12, kZeros12);
  check({1.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f},
        {0.f, 0.f, 0.f, 0.f, 2.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f},
        {0.9f, 0.f, 0.f, 0.f, 0.2f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f, 0.f});
}

// test_math_matmul2
TEST(EpochMath, MathMatmul2) {
  const I32F32 epsilon = fx(0.0001);
  auto rep3 = [](I32F32 v) { return std::vector<I32F32>(3, v); };
  Matrix w(3, rep3(fx(1.0)));
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(1.0))), rep3(fxi(3)), epsilon));
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(2.0))), rep3(fxi(6)), epsilon));
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(3.0))), rep3(fxi(9)), epsilon));
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(-1.0))), rep3(fxi(-3)), epsilon));
  w = Matrix(3, rep3(fx(-1.0)));
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(1.0))), rep3(fxi(-3)), epsilon));
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(2.0))), rep3(fxi(-6)), epsilon));
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(3.0))), rep3(fxi(-9)), epsilon));
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(-1.0))), rep3(fxi(3)), epsilon));
  w = Matrix{rep3(fx(1.0)), rep3(fx(2.0)), rep3(fx(3.0))};
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(0.0))), rep3(fx(0.0)), epsilon));
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(2.0))), rep3(fxi(12)), epsilon));
  w = Matrix(3, std::vector<I32F32>{fxi(1), fxi(2), fxi(3)});
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(0.0))), rep3(fx(0.0)), epsilon));
  EXPECT_TRUE(vec_compare(matmul(w, rep3(fx(2.0))), {fxi(6), fxi(12), fxi(18)}, epsilon));
}

// test_math_fixed_to_u16
TEST(EpochMath, MathFixedToU16) {
  EXPECT_EQ(fixed_to_u16(I32F32::from_num(uint16_t{0})), uint16_t{0});
  EXPECT_EQ(fixed_to_u16(I32F32::from_num(uint16_t{kU16Max / 2})), kU16Max / 2);
  EXPECT_EQ(fixed_to_u16(I32F32::from_num(kU16Max)), kU16Max);
}

// test_math_fixed_to_u16_panics (#[should_panic(expected = "overflow")]). The upstream panic is
// the debug-assertion in the test's own `I32F32::from_num(u32::MAX)` (the value does not fit
// I32F32), not in fixed_to_u16, which saturates; the release runtime (and our from_num) wraps
// instead, so nothing aborts. Ported as: the conversion overflows, and fixed_to_u16 saturates.
TEST(EpochMath, MathFixedToU16Panics) {
  const uint32_t u32_max = std::numeric_limits<uint32_t>::max();
  EXPECT_FALSE(I32F32::checked_from_num(u32_max).has_value());
  // Release-build wrap: bits (2^32 - 1) << 32 == -2^32, i.e. -1 -> saturates to 0.
  EXPECT_TRUE(bits_eq(I32F32::from_num(u32_max), fxi(-1)));
  EXPECT_EQ(fixed_to_u16(I32F32::from_num(u32_max)), 0);
  EXPECT_EQ(fixed_to_u16(fxi(-1)), 0);
}

// test_math_fixed_to_u64
TEST(EpochMath, MathFixedToU64) {
  EXPECT_EQ(fixed_to_u64(I32F32::from_num(uint64_t{0})), uint64_t{0});
}

// test_math_fixed_to_u64_saturates
TEST(EpochMath, MathFixedToU64Saturates) { EXPECT_EQ(fixed_to_u64(fxi(-1)), uint64_t{0}); }

// test_math_fixed64_to_u64
TEST(EpochMath, MathFixed64ToU64) {
  EXPECT_EQ(fixed64_to_u64(I64F64::from_num(uint64_t{0})), uint64_t{0});
  const int64_t half = std::numeric_limits<int64_t>::max() / 2;
  EXPECT_EQ(fixed64_to_u64(I64F64::from_num(half)), static_cast<uint64_t>(half));
  const int64_t max = std::numeric_limits<int64_t>::max();
  EXPECT_EQ(fixed64_to_u64(I64F64::from_num(max)), static_cast<uint64_t>(max));
}

// test_math_fixed64_to_u64_saturates
TEST(EpochMath, MathFixed64ToU64Saturates) {
  EXPECT_EQ(fixed64_to_u64(I64F64::from_num(-1)), uint64_t{0});
}

// test_math_fixed64_to_fixed32 (upstream compares the I32F32 with a u32 by value)
TEST(EpochMath, MathFixed64ToFixed32) {
  EXPECT_TRUE(bits_eq(fixed64_to_fixed32(I64F64::from_num(uint32_t{0})),
                      I32F32::checked_from_num(uint32_t{0}).value()));
  const uint32_t expected = std::numeric_limits<uint32_t>::max() / 2;
  EXPECT_TRUE(bits_eq(fixed64_to_fixed32(I64F64::from_num(uint64_t{expected})),
                      I32F32::checked_from_num(expected).value()));
}

// test_math_fixed64_to_fixed32_saturates
TEST(EpochMath, MathFixed64ToFixed32Saturates) {
  EXPECT_TRUE(bits_eq(fixed64_to_fixed32(I64F64::from_num(std::numeric_limits<uint32_t>::max())),
                      I32F32::max_value()));
}

// test_math_u16_to_fixed
TEST(EpochMath, MathU16ToFixed) {
  for (const uint16_t input : {uint16_t{0}, uint16_t{kU16Max / 2}, kU16Max}) {
    EXPECT_TRUE(bits_eq(u16_to_fixed(input), I32F32::from_num(input)));
  }
}

// test_math_u16_proportion_to_fixed
TEST(EpochMath, MathU16ProportionToFixed) {
  EXPECT_TRUE(bits_eq(u16_proportion_to_fixed(0), I32F32::from_num(uint16_t{0})));
}

// test_fixed_proportion_to_u16
TEST(EpochMath, FixedProportionToU16) {
  EXPECT_EQ(fixed_proportion_to_u16(I32F32::from_num(uint16_t{0})), uint16_t{0});
}

// test_fixed_proportion_to_u16_saturates
TEST(EpochMath, FixedProportionToU16Saturates) {
  EXPECT_EQ(fixed_proportion_to_u16(I32F32::from_num(kU16Max)), kU16Max);
}

// test_vec_fixed64_to_fixed32
TEST(EpochMath, VecFixed64ToFixed32) {
  const int32_t i32_min = std::numeric_limits<int32_t>::min();
  const int32_t i32_max = std::numeric_limits<int32_t>::max();
  EXPECT_TRUE(vec_eq(vec_fixed64_to_fixed32(std::vector<I64F64>{I64F64::from_num(i32_min)}),
                     std::vector<I32F32>{I32F32::from_num(i32_min)}));
  EXPECT_TRUE(vec_eq(vec_fixed64_to_fixed32(std::vector<I64F64>{I64F64::from_num(i32_max)}),
                     std::vector<I32F32>{I32F32::from_num(i32_max)}));
}

// test_vec_fixed64_to_fixed32_saturates
TEST(EpochMath, VecFixed64ToFixed32Saturates) {
  const std::vector<I64F64> bad_input{I64F64::from_num(std::numeric_limits<int64_t>::max())};
  EXPECT_TRUE(vec_eq(vec_fixed64_to_fixed32(bad_input), std::vector<I32F32>{I32F32::max_value()}));
}

// test_checked_sum
TEST(EpochMath, CheckedSum) {
  const std::vector<uint64_t> overflowing_input{
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, std::numeric_limits<uint64_t>::max()};
  EXPECT_EQ(checked_sum<uint64_t>(overflowing_input), std::nullopt);
  const std::vector<int32_t> normal_input{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  EXPECT_EQ(checked_sum<int32_t>(normal_input), std::optional<int32_t>(55));
  const std::vector<uint16_t> empty_input;
  EXPECT_EQ(checked_sum<uint16_t>(empty_input), std::optional<uint16_t>(uint16_t{0}));
  const std::vector<int32_t> single_input{1};
  EXPECT_EQ(checked_sum<int32_t>(single_input), std::optional<int32_t>(1));
}

// test_mat_ema_alpha_vec_sparse_empty
TEST(EpochMath, MatEmaAlphaVecSparseEmpty) {
  EXPECT_TRUE(
      sparse_eq(mat_ema_alpha_vec_sparse(SparseMatrix{}, SparseMatrix{}, {}), SparseMatrix{}));
}

// test_mat_ema_alpha_vec_sparse_single_element
TEST(EpochMath, MatEmaAlphaVecSparseSingleElement) {
  const SparseMatrix new_mat{{{0, fx(1.0)}}};
  const SparseMatrix old_mat{{{0, fx(2.0)}}};
  const std::vector<I32F32> alpha{fx(0.5)};
  EXPECT_TRUE(
      sparse_eq(mat_ema_alpha_vec_sparse(new_mat, old_mat, alpha), SparseMatrix{{{0, fx(1.5)}}}));
}

// test_mat_ema_alpha_vec_sparse_multiple_elements
TEST(EpochMath, MatEmaAlphaVecSparseMultipleElements) {
  const SparseMatrix new_mat{{{0, fx(1.0)}, {1, fx(2.0)}}, {{0, fx(3.0)}, {1, fx(4.0)}}};
  const SparseMatrix old_mat{{{0, fx(5.0)}, {1, fx(6.0)}}, {{0, fx(7.0)}, {1, fx(8.0)}}};
  const std::vector<I32F32> alpha{fx(0.1), fx(0.2)};
  const SparseMatrix expected{{{0, fx(4.6)}, {1, fx(5.2)}}, {{0, fx(6.6)}, {1, fx(7.2)}}};
  EXPECT_TRUE(sparse_mat_compare(mat_ema_alpha_vec_sparse(new_mat, old_mat, alpha), expected,
                                 fx(0.000001)));
}

// test_mat_ema_alpha_vec_sparse_zero_alpha
TEST(EpochMath, MatEmaAlphaVecSparseZeroAlpha) {
  const SparseMatrix new_mat{{{0, fx(1.0)}}};
  const SparseMatrix old_mat{{{0, fx(2.0)}}};
  EXPECT_TRUE(sparse_eq(mat_ema_alpha_vec_sparse(new_mat, old_mat, std::vector<I32F32>{fx(0.0)}),
                        SparseMatrix{{{0, fx(2.0)}}}));
}

// test_mat_ema_alpha_vec_sparse_one_alpha
TEST(EpochMath, MatEmaAlphaVecSparseOneAlpha) {
  const SparseMatrix new_mat{{{0, fx(1.0)}}};
  const SparseMatrix old_mat{{{0, fx(2.0)}}};
  EXPECT_TRUE(sparse_eq(mat_ema_alpha_vec_sparse(new_mat, old_mat, std::vector<I32F32>{fx(1.0)}),
                        SparseMatrix{{{0, fx(1.0)}}}));
}

// test_mat_ema_alpha_vec_sparse_mixed_alpha
TEST(EpochMath, MatEmaAlphaVecSparseMixedAlpha) {
  const SparseMatrix new_mat{{{0, fx(1.0)}, {1, fx(2.0)}}, {{0, fx(3.0)}, {1, fx(4.0)}}};
  const SparseMatrix old_mat{{{0, fx(5.0)}, {1, fx(6.0)}}, {{0, fx(7.0)}, {1, fx(8.0)}}};
  const std::vector<I32F32> alpha{fx(0.3), fx(0.7)};
  EXPECT_TRUE(sparse_mat_compare(
      mat_ema_alpha_vec_sparse(new_mat, old_mat, alpha),
      SparseMatrix{{{0, fx(3.8)}, {1, fx(3.2)}}, {{0, fx(5.8)}, {1, fx(5.2)}}}, fx(0.000001)));
}

// test_mat_ema_alpha_vec_sparse_sparse_matrix
TEST(EpochMath, MatEmaAlphaVecSparseSparseMatrix) {
  const SparseMatrix new_mat{{{0, fx(1.0)}}, {{1, fx(4.0)}}};
  const SparseMatrix old_mat{{{0, fx(5.0)}}, {{1, fx(8.0)}}};
  const std::vector<I32F32> alpha{fx(0.5), fx(0.5)};
  EXPECT_TRUE(sparse_eq(mat_ema_alpha_vec_sparse(new_mat, old_mat, alpha),
                        SparseMatrix{{{0, fx(3.0)}}, {{1, fx(6.0)}}}));
}

// test_mat_ema_alpha_vec_basic (mat_to_fixed takes f32 upstream)
TEST(EpochMath, MatEmaAlphaVecBasic) {
  const Matrix new_mat = mat_to_fixed({{1.0f, 2.0f, 3.0f}, {4.0f, 5.0f, 6.0f}});
  const Matrix old_mat = mat_to_fixed({{0.5f, 1.5f, 2.5f}, {3.5f, 4.5f, 5.5f}});
  const std::vector<I32F32> alpha{fx(0.5), fx(0.5), fx(0.5)};
  const Matrix expected = mat_to_fixed({{0.75f, 1.75f, 2.75f}, {3.75f, 4.75f, 5.75f}});
  EXPECT_TRUE(mat_eq(mat_ema_alpha_vec(new_mat, old_mat, alpha), expected));
}

// test_mat_ema_alpha_vec_varying_alpha
TEST(EpochMath, MatEmaAlphaVecVaryingAlpha) {
  const Matrix new_mat = mat_to_fixed({{1.0f, 2.0f, 3.0f}, {4.0f, 5.0f, 6.0f}});
  const Matrix old_mat = mat_to_fixed({{0.5f, 1.5f, 2.5f}, {3.5f, 4.5f, 5.5f}});
  const std::vector<I32F32> alpha{fx(0.2), fx(0.5), fx(0.8)};
  const Matrix expected = mat_to_fixed({{0.6f, 1.75f, 2.9f}, {3.6f, 4.75f, 5.9f}});
  EXPECT_TRUE(mat_approx_eq(mat_ema_alpha_vec(new_mat, old_mat, alpha), expected, fx(1e-6)));
}

// test_mat_ema_alpha_vec_empty_matrices
TEST(EpochMath, MatEmaAlphaVecEmptyMatrices) {
  EXPECT_TRUE(mat_eq(mat_ema_alpha_vec(Matrix{}, Matrix{}, {}), Matrix(1)));
}

// test_mat_ema_alpha_vec_single_element
TEST(EpochMath, MatEmaAlphaVecSingleElement) {
  const Matrix new_mat = mat_to_fixed({{1.0f}});
  const Matrix old_mat = mat_to_fixed({{0.5f}});
  const std::vector<I32F32> alpha{fx(0.5)};
  EXPECT_TRUE(mat_eq(mat_ema_alpha_vec(new_mat, old_mat, alpha), mat_to_fixed({{0.75f}})));
}

// test_mat_ema_alpha_vec_mismatched_dimensions (#[should_panic(expected = "assertion failed")]):
// new is 2x2 but alpha has 3 entries, so the column-count assert fires.
TEST(EpochMathDeathTest, MatEmaAlphaVecMismatchedDimensions) {
  const Matrix new_mat = mat_to_fixed({{1.0f, 2.0f}, {3.0f, 4.0f}});
  const Matrix old_mat = mat_to_fixed({{1.0f, 2.0f, 3.0f}, {4.0f, 5.0f, 6.0f}});
  const std::vector<I32F32> alpha{fx(0.5), fx(0.5), fx(0.5)};
  EXPECT_DEATH(static_cast<void>(mat_ema_alpha_vec(new_mat, old_mat, alpha)), "SUBEMU_CHECK");
}

// test_quantile (f64 quantiles 0.0, 0.25, 0.5, 0.66, 0.75, 1.0 as exact rationals)
TEST(EpochMath, Quantile) {
  const std::vector<I32F32> data{fx(1.0), fx(2.0), fx(3.0), fx(4.0), fx(5.0)};
  EXPECT_TRUE(bits_eq(quantile(data, 0, 1), fx(1.0)));
  EXPECT_TRUE(bits_eq(quantile(data, 1, 4), fx(2.0)));
  EXPECT_TRUE(bits_eq(quantile(data, 1, 2), fx(3.0)));
  EXPECT_TRUE(bits_eq(quantile(data, 66, 100), fx(3.64)));
  EXPECT_TRUE(bits_eq(quantile(data, 3, 4), fx(4.0)));
  EXPECT_TRUE(bits_eq(quantile(data, 1, 1), fx(5.0)));
}

}  // namespace
}  // namespace subemu::epoch_test
