// Behaviour of epoch math that upstream's tests do not exercise but that follows directly from
// the Rust source (subtensor v3.0.0 epoch/math.rs) and the crate semantics: release-build
// wrapping of `iter().sum()`, length truncation of `zip`, safe_div's 0 on overflow, tie rules,
// and aborts exactly where upstream panics (slice index out of range, assert!).
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/pallets/subtensor/epoch/math.hpp"
#include "tests/runtime/pallets/subtensor/epoch/math_test_util.hpp"

namespace subemu::epoch_test {
namespace {

using namespace subemu::runtime::subtensor::epoch;  // NOLINT(google-build-using-namespace)

// The crate's Sum impl folds with `Add`, which wraps with overflow checks off (release runtime).
TEST(EpochMathSemantics, SumWrapsLikeTheReleaseRuntime) {
  const std::vector<I32F32> v{I32F32::max_value(), I32F32::delta()};
  EXPECT_TRUE(bits_eq(sum(v), I32F32::min_value()));
  EXPECT_TRUE(bits_eq(row_sum(Matrix{v})[0], I32F32::min_value()));
  EXPECT_TRUE(
      bits_eq(row_sum_sparse(SparseMatrix{{{0, v[0]}, {1, v[1]}}})[0], I32F32::min_value()));
  // col_sum uses saturating_add instead.
  EXPECT_TRUE(bits_eq(col_sum(Matrix{{v[0]}, {v[1]}})[0], I32F32::max_value()));
}

// Products and column sums use saturating_add / saturating_mul throughout.
TEST(EpochMathSemantics, ProductsSaturate) {
  const I32F32 max = I32F32::max_value();
  const std::vector<I32F32> ones{fxi(1), fxi(1)};
  EXPECT_TRUE(vec_eq(matmul(Matrix{{max}, {max}}, ones), {max}));
  EXPECT_TRUE(vec_eq(matmul_transpose(Matrix{{max, max}}, ones), {max}));
  EXPECT_TRUE(vec_eq(matmul_sparse(SparseMatrix{{{0, max}}, {{0, max}}}, ones, 1), {max}));
  EXPECT_TRUE(vec_eq(matmul_transpose_sparse(SparseMatrix{{{0, max}, {1, max}}}, ones), {max}));
  EXPECT_TRUE(vec_eq(col_sum_sparse(SparseMatrix{{{0, max}}, {{0, max}}}, 1), {max}));
  EXPECT_TRUE(vec_eq(matmul(Matrix{{max}}, std::vector<I32F32>{fxi(-2)}), {I32F32::min_value()}));
  EXPECT_TRUE(mat_eq(hadamard(Matrix{{max}}, Matrix{{fxi(2)}}), Matrix{{max}}));
}

// `a.iter().zip(b)` stops at the shorter side; the folds of col_sum / matmul / col_normalize
// carry the truncated accumulator into the next row.
TEST(EpochMathSemantics, ZipTruncatesLikeUpstream) {
  const Matrix ragged{{fxi(1), fxi(2), fxi(3)}, {fxi(4), fxi(5)}};
  EXPECT_TRUE(vec_eq(col_sum(ragged), {fxi(5), fxi(7)}));
  EXPECT_TRUE(vec_eq(matmul(ragged, std::vector<I32F32>{fxi(1), fxi(1)}), {fxi(5), fxi(7)}));
  Matrix m = ragged;
  inplace_col_normalize(m);  // col sums {5, 7}; the third column of row 0 is left alone
  EXPECT_TRUE(mat_eq(m, Matrix{{fxi(1).safe_div(fxi(5)), fxi(2).safe_div(fxi(7)), fxi(3)},
                               {fxi(4).safe_div(fxi(5)), fxi(5).safe_div(fxi(7))}}));
  // mat_ema zips new/old rows and elements.
  EXPECT_TRUE(
      mat_eq(mat_ema(Matrix{{fxi(2), fxi(2)}}, Matrix{{fxi(4)}}, fx(0.5)), Matrix{{fxi(3)}}));
  // row_hadamard zips rows with the vector.
  EXPECT_TRUE(
      mat_eq(row_hadamard(ragged, std::vector<I32F32>{fxi(2)}), Matrix{{fxi(2), fxi(4), fxi(6)}}));
}

// SafeDiv::safe_div is `checked_div().unwrap_or_default()`: 0 on division by zero AND overflow.
TEST(EpochMathSemantics, SafeDivIsZeroOnOverflow) {
  EXPECT_TRUE(vec_eq(vecdiv(std::vector<I32F32>{fxi(1000)}, std::vector<I32F32>{I32F32::delta()}),
                     {fxi(0)}));
  // normalize by a tiny sum: every quotient overflows -> all zero.
  EXPECT_TRUE(vec_eq(normalize(std::vector<I32F32>{fxi(1), fxi(-1), I32F32::delta()}),
                     {fxi(0), fxi(0), fxi(1)}));
}

// Stable ascending sort: among equal values the lower index is dropped first.
TEST(EpochMathSemantics, IsTopkTiesDropLowerIndices) {
  EXPECT_EQ(is_topk(std::vector<I32F32>{fxi(1), fxi(1), fxi(1)}, 1),
            (std::vector<bool>{false, false, true}));
  // Many ties (large enough that an unstable sort would reorder them): the expected set is
  // "ascending by (value, index), drop the first n - k".
  const size_t n = 500;
  const size_t k = 137;
  std::vector<I32F32> v;
  std::vector<std::pair<I32F32, size_t>> keyed;
  for (size_t i = 0; i < n; ++i) {
    v.push_back(fxi(static_cast<int64_t>((i * 7919) % 3)));
    keyed.emplace_back(v.back(), i);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<bool> expected(n, true);
  for (size_t i = 0; i < n - k; ++i) expected[keyed[i].second] = false;
  EXPECT_EQ(is_topk(v, k), expected);
}

// I32F32::round() rounds ties away from zero: 65535 / 2 = 32767.5 -> 32768.
TEST(EpochMathSemantics, MaxUpscaleRoundsTiesAwayFromZero) {
  EXPECT_EQ(vec_max_upscale_to_u16(std::vector<I32F32>{fxi(1), fxi(2)}),
            (std::vector<uint16_t>{32768, 65535}));
  // Negative entries saturate to 0.
  EXPECT_EQ(vec_max_upscale_to_u16(std::vector<I32F32>{fxi(-1), fxi(2)}),
            (std::vector<uint16_t>{0, 65535}));
}

// A repeated column in a `new` row is assigned (last wins), in an `old` row accumulated.
TEST(EpochMathSemantics, MatEmaAlphaVecSparseDuplicateColumns) {
  const SparseMatrix new_mat{{{0, fxi(1)}, {0, fxi(2)}}};
  const SparseMatrix old_mat{{{0, fxi(2)}, {0, fxi(2)}}};
  // alpha 0.5: new -> 0.5 * 2 = 1 (overwrites 0.5), old adds 0.5 * 2 twice -> 3.
  EXPECT_TRUE(sparse_eq(mat_ema_alpha_vec_sparse(new_mat, old_mat, std::vector<I32F32>{fx(0.5)}),
                        SparseMatrix{{{0, fxi(3)}}}));
}

TEST(EpochMathSemantics, WeightedMedianLargeSortedInputTerminates) {
  // Sorted scores make the mid-pivot partition shrink by half each round; many levels deep.
  const size_t n = 1 << 15;
  std::vector<I32F32> stake(n, fxi(1));
  inplace_normalize(stake);
  std::vector<I32F32> score;
  for (size_t i = 0; i < n; ++i) score.push_back(I32F32::from_num(i));
  std::vector<size_t> idx(n);
  for (size_t i = 0; i < n; ++i) idx[i] = i;
  const I32F32 median = weighted_median(stake, score, idx, fx(0.5), I32F32::zero(), sum(stake));
  EXPECT_TRUE(median >= I32F32::from_num(n / 2 - 2) && median <= I32F32::from_num(n / 2 + 2))
      << show(median);
}

// Upstream panics (assert! / index out of range) -> SUBEMU_CHECK aborts.
TEST(EpochMathSemanticsDeathTest, AbortsWhereUpstreamPanics) {
  const std::vector<I32F32> two{fxi(1), fxi(2)};
  const std::vector<I32F32> one{fxi(1)};
  EXPECT_DEATH(static_cast<void>(vecdiv(two, one)), "SUBEMU_CHECK");
  EXPECT_DEATH(static_cast<void>(matmul(Matrix{two}, two)), "SUBEMU_CHECK");
  EXPECT_DEATH(static_cast<void>(matmul_transpose(Matrix{two}, one)), "SUBEMU_CHECK");
  EXPECT_DEATH(static_cast<void>(col_sum_sparse(SparseMatrix{{{3, fxi(1)}}}, 3)), "SUBEMU_CHECK");
  EXPECT_DEATH(static_cast<void>(matmul_sparse(SparseMatrix{{}, {{0, fxi(1)}}}, one, 1)),
               "SUBEMU_CHECK");
  EXPECT_DEATH(
      static_cast<void>(mat_ema_sparse(SparseMatrix{{{1, fxi(1)}}}, SparseMatrix{{}}, fxi(0))),
      "SUBEMU_CHECK");
  EXPECT_DEATH(static_cast<void>(weighted_median_col(one, Matrix{}, fxi(0))), "SUBEMU_CHECK");
  EXPECT_DEATH(static_cast<void>(mask_rows_sparse({true}, SparseMatrix{})), "SUBEMU_CHECK");
  std::vector<I32F32> v = two;
  EXPECT_DEATH(inplace_mask_vector({true}, v), "SUBEMU_CHECK");
  Matrix non_square{two};
  EXPECT_DEATH(inplace_mask_diag(non_square), "SUBEMU_CHECK");
  EXPECT_DEATH(static_cast<void>(hadamard(Matrix{two}, Matrix{one})), "SUBEMU_CHECK");
  EXPECT_DEATH(static_cast<void>(interpolate(Matrix{two}, Matrix{}, fx(0.5))), "SUBEMU_CHECK");
}

}  // namespace
}  // namespace subemu::epoch_test
