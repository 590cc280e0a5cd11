// Vector, matrix and sparse-matrix helpers of the epoch (Yuma consensus): normalisation, masks,
// stake-weighted median, clipping, EMA, hadamard and matrix-vector products, sigmoid/exp, quantile
// and fixed <-> integer conversions, over I32F32 / I64F64.
//
// Mirrors subtensor v3.0.0 pallets/subtensor/src/epoch/math.rs, function by function and with the
// upstream names. Every saturating / wrapping / checked operation, iteration order (including the
// length-truncating `zip`s) and rounding is the upstream one. Where upstream panics (a slice index
// out of range, `assert!`), SUBEMU_CHECK aborts; nowhere else.
//
// Differences from upstream, all outside the value semantics:
// * `quantile` takes the quantile as an exact rational num/den instead of an f64 and reproduces the
//   f64 computation bit for bit with integer arithmetic (see quantile_position).
// * `fixed(f32)` (test-only upstream) lives in the tests; there is no floating point here.
// * `iter().sum()` of fixed values is the crate's `Add` fold, which wraps in the release runtime;
//   it is written here as an explicit wrapping sum.
//
// Pure functions, no storage. Sparse matrices are rows of (column, value) pairs, as upstream.
#pragma once

#include "runtime/layer.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <span>
#include <type_traits>
#include <utility>
#include <vector>

#include "runtime/primitives/arith/fixed.hpp"

namespace subemu::runtime::subtensor::epoch {

using subemu::I32F32;
using subemu::I64F64;

using SparseRow = std::vector<std::pair<uint16_t, I32F32>>;
using SparseMatrix = std::vector<SparseRow>;
using Matrix = std::vector<std::vector<I32F32>>;
using Matrix64 = std::vector<std::vector<I64F64>>;
using BoolMatrix = std::vector<std::vector<bool>>;
// `&dyn Fn(u64, u64) -> bool` of the masking functions.
using MaskFn = std::function<bool(uint64_t, uint64_t)>;

// ---- scalar and vector conversions ----

uint16_t fixed_to_u16(I32F32 x);
uint64_t fixed_to_u64(I32F32 x);
uint64_t fixed64_to_u64(I64F64 x);
I32F32 fixed64_to_fixed32(I64F64 x);
I64F64 fixed32_to_fixed64(I32F32 x);
I32F32 u16_to_fixed(uint16_t x);
// x / 65535 (0 on overflow or division by zero, as safe_div).
I32F32 u16_proportion_to_fixed(uint16_t x);
// saturating u16 of x * 65535.
uint16_t fixed_proportion_to_u16(I32F32 x);
std::vector<uint64_t> vec_fixed32_to_u64(std::span<const I32F32> vec);
std::vector<I32F32> vec_fixed64_to_fixed32(std::span<const I64F64> vec);
std::vector<I64F64> vec_fixed32_to_fixed64(std::span<const I32F32> vec);
std::vector<uint64_t> vec_fixed64_to_u64(std::span<const I64F64> vec);
std::vector<I32F32> vec_u16_proportions_to_fixed(std::span<const uint16_t> vec);
std::vector<uint16_t> vec_fixed_proportions_to_u16(std::span<const I32F32> vec);

// Scales so that the maximum becomes u16::MAX (rounding ties away from zero); assumes a
// non-negative input.
std::vector<uint16_t> vec_max_upscale_to_u16(std::span<const I32F32> vec);
std::vector<uint16_t> vec_u16_max_upscale_to_u16(std::span<const uint16_t> vec);
// True when the normalised vector has no entry above max_limit / 65535 (true when empty).
bool check_vec_max_limited(std::span<const uint16_t> vec, uint16_t max_limit);

// ---- sums and scalar functions ----

// Wrapping sum (the crate's `Sum` impl folds with `Add`, which wraps in release builds).
I32F32 sum(std::span<const I32F32> x);

namespace detail {
template <class T>
std::optional<T> checked_add_one(T a, T b) {
  if constexpr (std::is_integral_v<T>) {
    T out{};
    if (__builtin_add_overflow(a, b, &out)) return std::nullopt;
    return out;
  } else {
    return a.checked_add(b);
  }
}
}  // namespace detail

// mirrors epoch/math.rs checked_sum: None on overflow, T{} for an empty input.
template <class T>
std::optional<T> checked_sum(std::span<const T> x) {
  if (x.empty()) return T{};
  T total = x[0];
  for (size_t i = 1; i < x.size(); ++i) {
    const std::optional<T> next = detail::checked_add_one(total, x[i]);
    if (!next.has_value()) return std::nullopt;
    total = *next;
  }
  return total;
}

bool is_zero(std::span<const I32F32> vector);
// exp of the input clamped to [-20, 20]; 0 / max_value if exp fails.
I32F32 exp_safe(I32F32 input);
// 1 / (1 + exp(-rho * (input - kappa))) with saturating arithmetic.
I32F32 sigmoid_safe(I32F32 input, I32F32 rho, I32F32 kappa);
// true for the k largest entries (stable ascending sort: among equals, lower indices lose);
// all true when len < k.
std::vector<bool> is_topk(std::span<const I32F32> vector, size_t k);

// ---- normalisation ----

std::vector<I32F32> normalize(std::span<const I32F32> x);
void inplace_normalize(std::span<I32F32> x);
void inplace_normalize_using_sum(std::span<I32F32> x, I32F32 x_sum);
void inplace_normalize_64(std::span<I64F64> x);
void inplace_row_normalize_64(std::span<std::vector<I64F64>> x);
// x_i / y_i, 0 where y_i == 0. REQUIRES (upstream assert): equal lengths.
std::vector<I32F32> vecdiv(std::span<const I32F32> x, std::span<const I32F32> y);
void inplace_row_normalize(std::span<std::vector<I32F32>> x);
void inplace_row_normalize_sparse(std::span<SparseRow> sparse_matrix);
std::vector<I32F32> row_sum(std::span<const std::vector<I32F32>> x);
std::vector<I32F32> row_sum_sparse(std::span<const SparseRow> sparse_matrix);
std::vector<I32F32> col_sum(std::span<const std::vector<I32F32>> x);
std::vector<I32F32> col_sum_sparse(std::span<const SparseRow> sparse_matrix, uint16_t columns);
void inplace_col_normalize_sparse(std::span<SparseRow> sparse_matrix, uint16_t columns);
void inplace_col_normalize(std::span<std::vector<I32F32>> x);
void inplace_col_max_upscale_sparse(std::span<SparseRow> sparse_matrix, uint16_t columns);
void inplace_col_max_upscale(std::span<std::vector<I32F32>> x);

// ---- masks (true masks out) ----

void inplace_mask_vector(const std::vector<bool>& mask, std::span<I32F32> vector);
void inplace_mask_matrix(const BoolMatrix& mask, Matrix& matrix);
void inplace_mask_rows(const std::vector<bool>& mask, std::span<std::vector<I32F32>> matrix);
void inplace_mask_cols(const std::vector<bool>& mask, std::span<std::vector<I32F32>> matrix);
void inplace_mask_diag(std::span<std::vector<I32F32>> matrix);
SparseMatrix scalar_vec_mask_sparse_matrix(std::span<const SparseRow> sparse_matrix,
                                           uint64_t scalar, std::span<const uint64_t> vector,
                                           const MaskFn& mask_fn);
void inplace_mask_diag_except_index(std::span<std::vector<I32F32>> matrix, uint16_t except_index);
SparseMatrix mask_rows_sparse(const std::vector<bool>& mask,
                              std::span<const SparseRow> sparse_matrix);
SparseMatrix mask_diag_sparse(std::span<const SparseRow> sparse_matrix);
SparseMatrix mask_diag_sparse_except_index(std::span<const SparseRow> sparse_matrix,
                                           uint16_t except_index);
SparseMatrix vec_mask_sparse_matrix(std::span<const SparseRow> sparse_matrix,
                                    std::span<const uint64_t> first_vector,
                                    std::span<const uint64_t> second_vector, const MaskFn& mask_fn);

// ---- products ----

Matrix row_hadamard(std::span<const std::vector<I32F32>> matrix, std::span<const I32F32> vector);
SparseMatrix row_hadamard_sparse(std::span<const SparseRow> sparse_matrix,
                                 std::span<const I32F32> vector);
// result_j = sum_i vector_i * matrix_ij (saturating).
std::vector<I32F32> matmul(std::span<const std::vector<I32F32>> matrix,
                           std::span<const I32F32> vector);
std::vector<I64F64> matmul_64(std::span<const std::vector<I64F64>> matrix,
                              std::span<const I64F64> vector);
// result_i = sum_j vector_j * matrix_ij (saturating).
std::vector<I32F32> matmul_transpose(std::span<const std::vector<I32F32>> matrix,
                                     std::span<const I32F32> vector);
std::vector<I32F32> matmul_sparse(std::span<const SparseRow> sparse_matrix,
                                  std::span<const I32F32> vector, uint16_t columns);
std::vector<I32F32> matmul_transpose_sparse(std::span<const SparseRow> sparse_matrix,
                                            std::span<const I32F32> vector);

// ---- clipping ----

void inplace_col_clip(std::span<std::vector<I32F32>> x, std::span<const I32F32> col_threshold);
SparseMatrix col_clip_sparse(std::span<const SparseRow> sparse_matrix,
                             std::span<const I32F32> col_threshold);
Matrix clip(std::span<const std::vector<I32F32>> x, I32F32 threshold, I32F32 upper, I32F32 lower);
void inplace_clip(std::span<std::vector<I32F32>> x, I32F32 threshold, I32F32 upper, I32F32 lower);
SparseMatrix clip_sparse(std::span<const SparseRow> sparse_matrix, I32F32 threshold, I32F32 upper,
                         I32F32 lower);

// ---- weighted median ----

// Stake-weighted median by mid-pivot partitioning over partition_idx (see upstream comment).
I32F32 weighted_median(std::span<const I32F32> stake, std::span<const I32F32> score,
                       std::span<const size_t> partition_idx, I32F32 minority, I32F32 partition_lo,
                       I32F32 partition_hi);
std::vector<I32F32> weighted_median_col(std::span<const I32F32> stake,
                                        std::span<const std::vector<I32F32>> score,
                                        I32F32 majority);
std::vector<I32F32> weighted_median_col_sparse(std::span<const I32F32> stake,
                                               std::span<const SparseRow> score, uint16_t columns,
                                               I32F32 majority);

// ---- interpolation, hadamard, EMA ----

// A + ratio * (B - A), element-wise.
Matrix interpolate(std::span<const std::vector<I32F32>> mat1,
                   std::span<const std::vector<I32F32>> mat2, I32F32 ratio);
SparseMatrix interpolate_sparse(std::span<const SparseRow> mat1, std::span<const SparseRow> mat2,
                                uint16_t columns, I32F32 ratio);
Matrix hadamard(std::span<const std::vector<I32F32>> mat1,
                std::span<const std::vector<I32F32>> mat2);
SparseMatrix hadamard_sparse(std::span<const SparseRow> mat1, std::span<const SparseRow> mat2,
                             uint16_t columns);
// alpha * new + (1 - alpha) * old.
Matrix mat_ema(std::span<const std::vector<I32F32>> new_mat,
               std::span<const std::vector<I32F32>> old_mat, I32F32 alpha);
SparseMatrix mat_ema_sparse(std::span<const SparseRow> new_mat, std::span<const SparseRow> old_mat,
                            I32F32 alpha);
SparseMatrix sparse_threshold(std::span<const SparseRow> w, I32F32 threshold);
// EMA with one alpha per column.
SparseMatrix mat_ema_alpha_vec_sparse(std::span<const SparseRow> new_mat,
                                      std::span<const SparseRow> old_mat,
                                      std::span<const I32F32> alpha);
Matrix mat_ema_alpha_vec(std::span<const std::vector<I32F32>> new_mat,
                         std::span<const std::vector<I32F32>> old_mat,
                         std::span<const I32F32> alpha);

// ---- quantile ----

// Where upstream's f64 quantile lands for `quantile * (len - 1)`: the floor and ceil indices
// (saturating `as usize` casts) and the interpolation weight `pos - low` as I32F32 (f64 -> fixed,
// round half to even). Computed exactly: the f64 nearest to num/den (what rustc makes of the
// literal), the f64 of last_index, their f64 product (round half to even), all as integers.
struct QuantilePosition {
  uint64_t low = 0;
  uint64_t high = 0;
  I32F32 weight = I32F32::zero();
};
// REQUIRES: quantile_den > 0 (our contract; upstream's f64 has no counterpart).
QuantilePosition quantile_position(uint64_t last_index, uint64_t quantile_num,
                                   uint64_t quantile_den);

// mirrors `quantile(data, num/den as f64)`: linear interpolation between the sorted values around
// quantile * (len - 1); 0 for empty data. The pallet uses 1/4 and 3/4.
I32F32 quantile(std::span<const I32F32> data, uint64_t quantile_num, uint64_t quantile_den);

// ---- safe transcendental ----

// ln(value), or 0 where ln fails (value <= 0).
I32F32 safe_ln(I32F32 value);
// exp(value), or 0 where exp overflows.
I32F32 safe_exp(I32F32 value);

}  // namespace subemu::runtime::subtensor::epoch
