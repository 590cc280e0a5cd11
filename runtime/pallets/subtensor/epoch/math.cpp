// Epoch math helpers. Mirrors subtensor v3.0.0 pallets/subtensor/src/epoch/math.rs; see math.hpp
// for the conventions (upstream names, exact operation semantics, SUBEMU_CHECK only where
// upstream panics).
#include "runtime/pallets/subtensor/epoch/math.hpp"

#include <algorithm>
#include <numeric>

#include "runtime/primitives/arith/transcendental.hpp"
#include "runtime/primitives/check.hpp"

namespace subemu::runtime::subtensor::epoch {
namespace {

// Rust slice indexing: panics when out of range.
template <class T>
const T& at(std::span<const T> v, size_t i) {
  SUBEMU_CHECK(i < v.size());
  return v[i];
}
template <class T>
T& at(std::vector<T>& v, size_t i) {
  SUBEMU_CHECK(i < v.size());
  return v[i];
}
template <class T>
const T& at(const std::vector<T>& v, size_t i) {
  SUBEMU_CHECK(i < v.size());
  return v[i];
}

I32F32 zero() { return I32F32::zero(); }
I32F32 one() { return I32F32::one(); }
I32F32 u16_max_fixed() { return I32F32::saturating_from_num(std::numeric_limits<uint16_t>::max()); }

// `iter().sum()` over fixed values: a fold with `Add`, which wraps in the release runtime.
template <class F>
F wrapping_sum(std::span<const F> x) {
  F total = F::zero();
  for (const F& v : x) total = total.wrapping_add(v);
  return total;
}

// Rust `iter().max()` on a non-empty slice (the last maximal element; all maxima are equal).
std::optional<I32F32> max_of(std::span<const I32F32> v) {
  if (v.empty()) return std::nullopt;
  I32F32 best = v[0];
  for (size_t i = 1; i < v.size(); ++i) {
    if (!(v[i] < best)) best = v[i];
  }
  return best;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Conversions.

// mirrors epoch/math.rs fixed_to_u16
uint16_t fixed_to_u16(I32F32 x) { return x.saturating_to_num<uint16_t>(); }

// mirrors epoch/math.rs fixed_to_u64
uint64_t fixed_to_u64(I32F32 x) { return x.saturating_to_num<uint64_t>(); }

// mirrors epoch/math.rs fixed64_to_u64
uint64_t fixed64_to_u64(I64F64 x) { return x.saturating_to_num<uint64_t>(); }

// mirrors epoch/math.rs fixed64_to_fixed32
I32F32 fixed64_to_fixed32(I64F64 x) { return I32F32::saturating_from_num(x); }

// mirrors epoch/math.rs fixed32_to_fixed64
I64F64 fixed32_to_fixed64(I32F32 x) { return I64F64::saturating_from_num(x); }

// mirrors epoch/math.rs u16_to_fixed
I32F32 u16_to_fixed(uint16_t x) { return I32F32::saturating_from_num(x); }

// mirrors epoch/math.rs u16_proportion_to_fixed
I32F32 u16_proportion_to_fixed(uint16_t x) {
  return I32F32::saturating_from_num(x).safe_div(u16_max_fixed());
}

// mirrors epoch/math.rs fixed_proportion_to_u16
uint16_t fixed_proportion_to_u16(I32F32 x) {
  return fixed_to_u16(x.saturating_mul(u16_max_fixed()));
}

// mirrors epoch/math.rs vec_fixed32_to_u64
std::vector<uint64_t> vec_fixed32_to_u64(std::span<const I32F32> vec) {
  std::vector<uint64_t> out;
  out.reserve(vec.size());
  for (const I32F32& e : vec) out.push_back(fixed_to_u64(e));
  return out;
}

// mirrors epoch/math.rs vec_fixed64_to_fixed32
std::vector<I32F32> vec_fixed64_to_fixed32(std::span<const I64F64> vec) {
  std::vector<I32F32> out;
  out.reserve(vec.size());
  for (const I64F64& e : vec) out.push_back(fixed64_to_fixed32(e));
  return out;
}

// mirrors epoch/math.rs vec_fixed32_to_fixed64
std::vector<I64F64> vec_fixed32_to_fixed64(std::span<const I32F32> vec) {
  std::vector<I64F64> out;
  out.reserve(vec.size());
  for (const I32F32& e : vec) out.push_back(fixed32_to_fixed64(e));
  return out;
}

// mirrors epoch/math.rs vec_fixed64_to_u64
std::vector<uint64_t> vec_fixed64_to_u64(std::span<const I64F64> vec) {
  std::vector<uint64_t> out;
  out.reserve(vec.size());
  for (const I64F64& e : vec) out.push_back(fixed64_to_u64(e));
  return out;
}

// mirrors epoch/math.rs vec_u16_proportions_to_fixed
std::vector<I32F32> vec_u16_proportions_to_fixed(std::span<const uint16_t> vec) {
  std::vector<I32F32> out;
  out.reserve(vec.size());
  for (const uint16_t e : vec) out.push_back(u16_proportion_to_fixed(e));
  return out;
}

// mirrors epoch/math.rs vec_fixed_proportions_to_u16
std::vector<uint16_t> vec_fixed_proportions_to_u16(std::span<const I32F32> vec) {
  std::vector<uint16_t> out;
  out.reserve(vec.size());
  for (const I32F32& e : vec) out.push_back(fixed_proportion_to_u16(e));
  return out;
}

// mirrors epoch/math.rs vec_max_upscale_to_u16
std::vector<uint16_t> vec_max_upscale_to_u16(std::span<const I32F32> vec) {
  const I32F32 u16_max = u16_max_fixed();
  const I32F32 threshold = I32F32::saturating_from_num(int32_t{32768});
  const std::optional<I32F32> max_value = max_of(vec);
  std::vector<uint16_t> out;
  out.reserve(vec.size());
  // Upstream's `None` branch (empty input) maps an empty slice: nothing to compute.
  if (!max_value.has_value()) return out;
  const I32F32 val = *max_value;
  if (val == zero()) {
    for (const I32F32& e : vec) {
      out.push_back(e.saturating_mul(u16_max).saturating_to_num<uint16_t>());
    }
    return out;
  }
  if (val > threshold) {
    const I32F32 scale = u16_max.safe_div(val);
    for (const I32F32& e : vec) {
      out.push_back(e.saturating_mul(scale).round().saturating_to_num<uint16_t>());
    }
    return out;
  }
  for (const I32F32& e : vec) {
    out.push_back(e.saturating_mul(u16_max).safe_div(val).round().saturating_to_num<uint16_t>());
  }
  return out;
}

// mirrors epoch/math.rs vec_u16_max_upscale_to_u16
std::vector<uint16_t> vec_u16_max_upscale_to_u16(std::span<const uint16_t> vec) {
  std::vector<I32F32> vec_fixed;
  vec_fixed.reserve(vec.size());
  for (const uint16_t e : vec) vec_fixed.push_back(I32F32::saturating_from_num(e));
  return vec_max_upscale_to_u16(vec_fixed);
}

// mirrors epoch/math.rs check_vec_max_limited
bool check_vec_max_limited(std::span<const uint16_t> vec, uint16_t max_limit) {
  const I32F32 max_limit_fixed = I32F32::saturating_from_num(max_limit).safe_div(u16_max_fixed());
  std::vector<I32F32> vec_fixed;
  vec_fixed.reserve(vec.size());
  for (const uint16_t e : vec) vec_fixed.push_back(I32F32::saturating_from_num(e));
  inplace_normalize(vec_fixed);
  const std::optional<I32F32> max_value = max_of(vec_fixed);
  return !max_value.has_value() || *max_value <= max_limit_fixed;
}

// ---------------------------------------------------------------------------------------------
// Sums and scalar functions.

// mirrors epoch/math.rs sum
I32F32 sum(std::span<const I32F32> x) { return wrapping_sum(x); }

// mirrors epoch/math.rs is_zero
bool is_zero(std::span<const I32F32> vector) { return sum(vector) == zero(); }

// mirrors epoch/math.rs exp_safe
I32F32 exp_safe(I32F32 input) {
  const I32F32 min_input = I32F32::saturating_from_num(int32_t{-20});
  const I32F32 max_input = I32F32::saturating_from_num(int32_t{20});
  I32F32 safe_input = input;
  if (input < min_input) {
    safe_input = min_input;
  } else if (max_input < input) {
    safe_input = max_input;
  }
  const std::optional<I32F32> val = subemu::exp(safe_input);
  if (val.has_value()) return *val;
  return safe_input <= zero() ? zero() : I32F32::max_value();
}

// mirrors epoch/math.rs sigmoid_safe
I32F32 sigmoid_safe(I32F32 input, I32F32 rho, I32F32 kappa) {
  const I32F32 offset = input.saturating_sub(kappa);
  const I32F32 neg_rho = rho.saturating_mul(one().saturating_neg());
  const I32F32 exp_input = neg_rho.saturating_mul(offset);
  const I32F32 exp_output = exp_safe(exp_input);
  const I32F32 denominator = exp_output.saturating_add(one());
  return one().safe_div(denominator);
}

// mirrors epoch/math.rs is_topk
std::vector<bool> is_topk(std::span<const I32F32> vector, size_t k) {
  const size_t n = vector.size();
  std::vector<bool> result(n, true);
  if (n < k) return result;
  std::vector<size_t> idxs(n);
  std::iota(idxs.begin(), idxs.end(), size_t{0});
  std::stable_sort(idxs.begin(), idxs.end(),
                   [&](size_t a, size_t b) { return vector[a] < vector[b]; });
  for (size_t i = 0; i < n - k; ++i) result[idxs[i]] = false;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Normalisation.

// mirrors epoch/math.rs normalize
std::vector<I32F32> normalize(std::span<const I32F32> x) {
  const I32F32 x_sum = sum(x);
  std::vector<I32F32> out(x.begin(), x.end());
  if (x_sum != zero()) {
    for (I32F32& xi : out) xi = xi.safe_div(x_sum);
  }
  return out;
}

// mirrors epoch/math.rs inplace_normalize
void inplace_normalize(std::span<I32F32> x) {
  const I32F32 x_sum = wrapping_sum(std::span<const I32F32>(x));
  if (x_sum == zero()) return;
  for (I32F32& value : x) value = value.safe_div(x_sum);
}

// mirrors epoch/math.rs inplace_normalize_using_sum
void inplace_normalize_using_sum(std::span<I32F32> x, I32F32 x_sum) {
  if (x_sum == zero()) return;
  for (I32F32& value : x) value = value.safe_div(x_sum);
}

// mirrors epoch/math.rs inplace_normalize_64
void inplace_normalize_64(std::span<I64F64> x) {
  const I64F64 x_sum = wrapping_sum(std::span<const I64F64>(x));
  if (x_sum == I64F64::zero()) return;
  for (I64F64& value : x) value = value.safe_div(x_sum);
}

// mirrors epoch/math.rs inplace_row_normalize_64
void inplace_row_normalize_64(std::span<std::vector<I64F64>> x) {
  for (std::vector<I64F64>& row : x) {
    const I64F64 row_sum = wrapping_sum(std::span<const I64F64>(row));
    if (row_sum > I64F64::zero()) {
      for (I64F64& x_ij : row) x_ij = x_ij.safe_div(row_sum);
    }
  }
}

// mirrors epoch/math.rs vecdiv
std::vector<I32F32> vecdiv(std::span<const I32F32> x, std::span<const I32F32> y) {
  SUBEMU_CHECK(x.size() == y.size());
  std::vector<I32F32> out;
  out.reserve(x.size());
  for (size_t i = 0; i < x.size(); ++i) {
    out.push_back(y[i] != zero() ? x[i].safe_div(y[i]) : zero());
  }
  return out;
}

// mirrors epoch/math.rs inplace_row_normalize
void inplace_row_normalize(std::span<std::vector<I32F32>> x) {
  for (std::vector<I32F32>& row : x) {
    const I32F32 row_sum = sum(row);
    if (row_sum > zero()) {
      for (I32F32& x_ij : row) x_ij = x_ij.safe_div(row_sum);
    }
  }
}

// mirrors epoch/math.rs inplace_row_normalize_sparse
void inplace_row_normalize_sparse(std::span<SparseRow> sparse_matrix) {
  for (SparseRow& sparse_row : sparse_matrix) {
    I32F32 row_sum = zero();
    for (const auto& [j, value] : sparse_row) row_sum = row_sum.wrapping_add(value);
    if (row_sum > zero()) {
      for (auto& [j, value] : sparse_row) value = value.safe_div(row_sum);
    }
  }
}

// mirrors epoch/math.rs row_sum
std::vector<I32F32> row_sum(std::span<const std::vector<I32F32>> x) {
  if (!x.empty() && x.front().empty()) return {};
  std::vector<I32F32> out;
  out.reserve(x.size());
  for (const std::vector<I32F32>& row : x) out.push_back(sum(row));
  return out;
}

// mirrors epoch/math.rs row_sum_sparse
std::vector<I32F32> row_sum_sparse(std::span<const SparseRow> sparse_matrix) {
  std::vector<I32F32> out;
  out.reserve(sparse_matrix.size());
  for (const SparseRow& row : sparse_matrix) {
    I32F32 total = zero();
    for (const auto& [j, value] : row) total = total.wrapping_add(value);
    out.push_back(total);
  }
  return out;
}

// mirrors epoch/math.rs col_sum. The fold zips each row with the accumulator, so the result is
// as long as the shortest row.
std::vector<I32F32> col_sum(std::span<const std::vector<I32F32>> x) {
  if (x.empty()) return {};
  const size_t cols = x.front().size();
  if (cols == 0) return {};
  std::vector<I32F32> acc(cols, zero());
  for (const std::vector<I32F32>& next_row : x) {
    const size_t len = std::min(acc.size(), next_row.size());
    acc.resize(len);
    for (size_t j = 0; j < len; ++j) acc[j] = acc[j].saturating_add(next_row[j]);
  }
  return acc;
}

// mirrors epoch/math.rs col_sum_sparse
std::vector<I32F32> col_sum_sparse(std::span<const SparseRow> sparse_matrix, uint16_t columns) {
  std::vector<I32F32> result(columns, zero());
  for (const SparseRow& sparse_row : sparse_matrix) {
    for (const auto& [j, value] : sparse_row) at(result, j) = at(result, j).saturating_add(value);
  }
  return result;
}

// mirrors epoch/math.rs inplace_col_normalize_sparse
void inplace_col_normalize_sparse(std::span<SparseRow> sparse_matrix, uint16_t columns) {
  std::vector<I32F32> col_sum(columns, zero());
  for (const SparseRow& sparse_row : sparse_matrix) {
    for (const auto& [j, value] : sparse_row) {
      at(col_sum, j) = at(col_sum, j).saturating_add(value);
    }
  }
  for (SparseRow& sparse_row : sparse_matrix) {
    for (auto& [j, value] : sparse_row) {
      if (at(col_sum, j) == zero()) continue;
      value = value.safe_div(at(col_sum, j));
    }
  }
}

// mirrors epoch/math.rs inplace_col_normalize
void inplace_col_normalize(std::span<std::vector<I32F32>> x) {
  if (x.empty()) return;
  if (x.front().empty()) return;
  const size_t cols = x.front().size();
  std::vector<I32F32> col_sums(cols, zero());
  for (const std::vector<I32F32>& row : x) {
    const size_t len = std::min(col_sums.size(), row.size());
    col_sums.resize(len);
    for (size_t j = 0; j < len; ++j) col_sums[j] = col_sums[j].saturating_add(row[j]);
  }
  for (std::vector<I32F32>& row : x) {
    const size_t len = std::min(col_sums.size(), row.size());
    for (size_t j = 0; j < len; ++j) {
      if (col_sums[j] == zero()) continue;
      row[j] = row[j].safe_div(col_sums[j]);
    }
  }
}

// mirrors epoch/math.rs inplace_col_max_upscale_sparse
void inplace_col_max_upscale_sparse(std::span<SparseRow> sparse_matrix, uint16_t columns) {
  std::vector<I32F32> col_max(columns, zero());
  for (const SparseRow& sparse_row : sparse_matrix) {
    for (const auto& [j, value] : sparse_row) {
      if (at(col_max, j) < value) at(col_max, j) = value;
    }
  }
  for (SparseRow& sparse_row : sparse_matrix) {
    for (auto& [j, value] : sparse_row) {
      if (at(col_max, j) == zero()) continue;
      value = value.safe_div(at(col_max, j));
    }
  }
}

// mirrors epoch/math.rs inplace_col_max_upscale
void inplace_col_max_upscale(std::span<std::vector<I32F32>> x) {
  if (x.empty()) return;
  if (x.front().empty()) return;
  const size_t cols = x.front().size();
  std::vector<I32F32> col_maxes(cols, zero());
  for (const std::vector<I32F32>& row : x) {
    const size_t len = std::min(col_maxes.size(), row.size());
    col_maxes.resize(len);
    // Ord::max returns the second argument when equal; equal values are identical here.
    for (size_t j = 0; j < len; ++j) col_maxes[j] = std::max(col_maxes[j], row[j]);
  }
  for (std::vector<I32F32>& row : x) {
    const size_t len = std::min(col_maxes.size(), row.size());
    for (size_t j = 0; j < len; ++j) {
      if (col_maxes[j] == zero()) continue;
      row[j] = row[j].safe_div(col_maxes[j]);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Masks.

// mirrors epoch/math.rs inplace_mask_vector
void inplace_mask_vector(const std::vector<bool>& mask, std::span<I32F32> vector) {
  if (mask.empty()) return;
  SUBEMU_CHECK(mask.size() == vector.size());
  for (size_t i = 0; i < mask.size(); ++i) {
    if (mask[i]) vector[i] = zero();
  }
}

// mirrors epoch/math.rs inplace_mask_matrix
void inplace_mask_matrix(const BoolMatrix& mask, Matrix& matrix) {
  if (mask.empty()) return;
  if (mask.front().empty()) return;
  SUBEMU_CHECK(mask.size() == matrix.size());
  for (size_t i = 0; i < mask.size(); ++i) {
    const size_t len = std::min(mask[i].size(), matrix[i].size());
    for (size_t j = 0; j < len; ++j) {
      if (mask[i][j]) matrix[i][j] = zero();
    }
  }
}

// mirrors epoch/math.rs inplace_mask_rows
void inplace_mask_rows(const std::vector<bool>& mask, std::span<std::vector<I32F32>> matrix) {
  if (matrix.empty()) return;
  const size_t cols = matrix.front().size();
  SUBEMU_CHECK(mask.size() == matrix.size());
  for (size_t i = 0; i < matrix.size(); ++i) {
    if (mask[i]) matrix[i] = std::vector<I32F32>(cols, zero());
  }
}

// mirrors epoch/math.rs inplace_mask_cols
void inplace_mask_cols(const std::vector<bool>& mask, std::span<std::vector<I32F32>> matrix) {
  if (matrix.empty()) return;
  SUBEMU_CHECK(mask.size() == matrix.front().size());
  for (std::vector<I32F32>& row : matrix) {
    const size_t len = std::min(row.size(), mask.size());
    for (size_t j = 0; j < len; ++j) {
      if (mask[j]) row[j] = zero();
    }
  }
}

// mirrors epoch/math.rs inplace_mask_diag
void inplace_mask_diag(std::span<std::vector<I32F32>> matrix) {
  if (matrix.empty()) return;
  if (matrix.front().empty()) return;
  SUBEMU_CHECK(matrix.size() == matrix.front().size());
  for (size_t idx = 0; idx < matrix.size(); ++idx) {
    if (idx < matrix[idx].size()) matrix[idx][idx] = zero();
  }
}

// mirrors epoch/math.rs scalar_vec_mask_sparse_matrix
SparseMatrix scalar_vec_mask_sparse_matrix(std::span<const SparseRow> sparse_matrix,
                                           uint64_t scalar, std::span<const uint64_t> vector,
                                           const MaskFn& mask_fn) {
  SparseMatrix result(sparse_matrix.size());
  for (size_t i = 0; i < sparse_matrix.size(); ++i) {
    for (const auto& [j, value] : sparse_matrix[i]) {
      if (!mask_fn(scalar, at(vector, j))) result[i].emplace_back(j, value);
    }
  }
  return result;
}

// mirrors epoch/math.rs inplace_mask_diag_except_index
void inplace_mask_diag_except_index(std::span<std::vector<I32F32>> matrix, uint16_t except_index) {
  if (matrix.empty()) return;
  if (matrix.front().empty()) return;
  SUBEMU_CHECK(matrix.size() == matrix.front().size());
  const size_t idx = except_index;
  std::optional<I32F32> diag_at_index;
  if (idx < matrix.size() && idx < matrix[idx].size()) diag_at_index = matrix[idx][idx];
  inplace_mask_diag(matrix);
  if (idx < matrix.size() && idx < matrix[idx].size() && diag_at_index.has_value()) {
    matrix[idx][idx] = *diag_at_index;
  }
}

// mirrors epoch/math.rs mask_rows_sparse
SparseMatrix mask_rows_sparse(const std::vector<bool>& mask,
                              std::span<const SparseRow> sparse_matrix) {
  SUBEMU_CHECK(sparse_matrix.size() == mask.size());
  SparseMatrix result;
  result.reserve(mask.size());
  for (size_t i = 0; i < mask.size(); ++i) {
    result.push_back(mask[i] ? SparseRow{} : sparse_matrix[i]);
  }
  return result;
}

// mirrors epoch/math.rs mask_diag_sparse
SparseMatrix mask_diag_sparse(std::span<const SparseRow> sparse_matrix) {
  SparseMatrix result(sparse_matrix.size());
  for (size_t i = 0; i < sparse_matrix.size(); ++i) {
    for (const auto& [j, value] : sparse_matrix[i]) {
      if (i != static_cast<size_t>(j)) result[i].emplace_back(j, value);
    }
  }
  return result;
}

// mirrors epoch/math.rs mask_diag_sparse_except_index
SparseMatrix mask_diag_sparse_except_index(std::span<const SparseRow> sparse_matrix,
                                           uint16_t except_index) {
  SparseMatrix result(sparse_matrix.size());
  for (size_t i = 0; i < sparse_matrix.size(); ++i) {
    for (const auto& [j, value] : sparse_matrix[i]) {
      const bool keep = i != static_cast<size_t>(j) ||
                        (i == static_cast<size_t>(except_index) && j == except_index);
      if (keep) result[i].emplace_back(j, value);
    }
  }
  return result;
}

// mirrors epoch/math.rs vec_mask_sparse_matrix
SparseMatrix vec_mask_sparse_matrix(std::span<const SparseRow> sparse_matrix,
                                    std::span<const uint64_t> first_vector,
                                    std::span<const uint64_t> second_vector,
                                    const MaskFn& mask_fn) {
  SparseMatrix result(sparse_matrix.size());
  for (size_t i = 0; i < sparse_matrix.size(); ++i) {
    for (const auto& [j, value] : sparse_matrix[i]) {
      if (!mask_fn(at(first_vector, i), at(second_vector, j))) result[i].emplace_back(j, value);
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Products.

// mirrors epoch/math.rs row_hadamard
Matrix row_hadamard(std::span<const std::vector<I32F32>> matrix, std::span<const I32F32> vector) {
  if (matrix.empty() || matrix.front().empty()) return Matrix(1);
  const size_t rows = std::min(matrix.size(), vector.size());
  Matrix out(rows);
  for (size_t i = 0; i < rows; ++i) {
    out[i].reserve(matrix[i].size());
    for (const I32F32& m_val : matrix[i]) out[i].push_back(vector[i].saturating_mul(m_val));
  }
  return out;
}

// mirrors epoch/math.rs row_hadamard_sparse
SparseMatrix row_hadamard_sparse(std::span<const SparseRow> sparse_matrix,
                                 std::span<const I32F32> vector) {
  const size_t rows = std::min(sparse_matrix.size(), vector.size());
  SparseMatrix out(rows);
  for (size_t i = 0; i < rows; ++i) {
    out[i].reserve(sparse_matrix[i].size());
    for (const auto& [j, value] : sparse_matrix[i]) {
      out[i].emplace_back(j, value.saturating_mul(vector[i]));
    }
  }
  return out;
}

namespace {
// The fold of matmul / matmul_64: acc_j += vector_i * matrix_ij (saturating); each step zips the
// row with the accumulator, which truncates it to the shorter of the two.
template <class F>
std::vector<F> matmul_impl(std::span<const std::vector<F>> matrix, std::span<const F> vector) {
  if (matrix.empty()) return {};
  const size_t cols = matrix.front().size();
  if (cols == 0) return {};
  SUBEMU_CHECK(matrix.size() == vector.size());
  std::vector<F> acc(cols, F::zero());
  for (size_t i = 0; i < matrix.size(); ++i) {
    const std::vector<F>& row = matrix[i];
    const size_t len = std::min(acc.size(), row.size());
    acc.resize(len);
    for (size_t j = 0; j < len; ++j) {
      acc[j] = acc[j].saturating_add(vector[i].saturating_mul(row[j]));
    }
  }
  return acc;
}
}  // namespace

// mirrors epoch/math.rs matmul
std::vector<I32F32> matmul(std::span<const std::vector<I32F32>> matrix,
                           std::span<const I32F32> vector) {
  return matmul_impl(matrix, vector);
}

// mirrors epoch/math.rs matmul_64
std::vector<I64F64> matmul_64(std::span<const std::vector<I64F64>> matrix,
                              std::span<const I64F64> vector) {
  return matmul_impl(matrix, vector);
}

// mirrors epoch/math.rs matmul_transpose
std::vector<I32F32> matmul_transpose(std::span<const std::vector<I32F32>> matrix,
                                     std::span<const I32F32> vector) {
  if (matrix.empty()) return {};
  if (matrix.front().empty()) return {};
  SUBEMU_CHECK(matrix.front().size() == vector.size());
  std::vector<I32F32> out;
  out.reserve(matrix.size());
  for (const std::vector<I32F32>& row : matrix) {
    I32F32 acc = zero();
    const size_t len = std::min(row.size(), vector.size());
    for (size_t j = 0; j < len; ++j) acc = acc.saturating_add(row[j].saturating_mul(vector[j]));
    out.push_back(acc);
  }
  return out;
}

// mirrors epoch/math.rs matmul_sparse
std::vector<I32F32> matmul_sparse(std::span<const SparseRow> sparse_matrix,
                                  std::span<const I32F32> vector, uint16_t columns) {
  std::vector<I32F32> result(columns, zero());
  for (size_t i = 0; i < sparse_matrix.size(); ++i) {
    for (const auto& [j, value] : sparse_matrix[i]) {
      const I32F32 term = at(vector, i).saturating_mul(value);
      at(result, j) = at(result, j).saturating_add(term);
    }
  }
  return result;
}

// mirrors epoch/math.rs matmul_transpose_sparse
std::vector<I32F32> matmul_transpose_sparse(std::span<const SparseRow> sparse_matrix,
                                            std::span<const I32F32> vector) {
  std::vector<I32F32> result(sparse_matrix.size(), zero());
  for (size_t i = 0; i < sparse_matrix.size(); ++i) {
    for (const auto& [j, value] : sparse_matrix[i]) {
      result[i] = result[i].saturating_add(at(vector, j).saturating_mul(value));
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Clipping.

// mirrors epoch/math.rs inplace_col_clip
void inplace_col_clip(std::span<std::vector<I32F32>> x, std::span<const I32F32> col_threshold) {
  for (std::vector<I32F32>& row : x) {
    const size_t len = std::min(row.size(), col_threshold.size());
    for (size_t j = 0; j < len; ++j) row[j] = std::min(col_threshold[j], row[j]);
  }
}

// mirrors epoch/math.rs col_clip_sparse
SparseMatrix col_clip_sparse(std::span<const SparseRow> sparse_matrix,
                             std::span<const I32F32> col_threshold) {
  SparseMatrix result(sparse_matrix.size());
  for (size_t i = 0; i < sparse_matrix.size(); ++i) {
    for (const auto& [j, value] : sparse_matrix[i]) {
      const I32F32 threshold = at(col_threshold, j);
      if (threshold < value) {
        if (zero() < threshold) result[i].emplace_back(j, threshold);
      } else {
        result[i].emplace_back(j, value);
      }
    }
  }
  return result;
}

// mirrors epoch/math.rs clip
Matrix clip(std::span<const std::vector<I32F32>> x, I32F32 threshold, I32F32 upper, I32F32 lower) {
  Matrix out;
  out.reserve(x.size());
  for (const std::vector<I32F32>& row : x) {
    std::vector<I32F32> out_row;
    out_row.reserve(row.size());
    for (const I32F32& elem : row) out_row.push_back(elem >= threshold ? upper : lower);
    out.push_back(std::move(out_row));
  }
  return out;
}

// mirrors epoch/math.rs inplace_clip
void inplace_clip(std::span<std::vector<I32F32>> x, I32F32 threshold, I32F32 upper, I32F32 lower) {
  for (std::vector<I32F32>& row : x) {
    for (I32F32& elem : row) elem = elem >= threshold ? upper : lower;
  }
}

// mirrors epoch/math.rs clip_sparse
SparseMatrix clip_sparse(std::span<const SparseRow> sparse_matrix, I32F32 threshold, I32F32 upper,
                         I32F32 lower) {
  SparseMatrix out;
  out.reserve(sparse_matrix.size());
  for (const SparseRow& row : sparse_matrix) {
    SparseRow out_row;
    out_row.reserve(row.size());
    for (const auto& [j, value] : row) out_row.emplace_back(j, value < threshold ? lower : upper);
    out.push_back(std::move(out_row));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Weighted median.

// mirrors epoch/math.rs weighted_median. Upstream recurses in tail position only; the loop below
// replaces each `return weighted_median(...)` by a new iteration with the same arguments.
I32F32 weighted_median(std::span<const I32F32> stake, std::span<const I32F32> score,
                       std::span<const size_t> partition_idx, I32F32 minority, I32F32 partition_lo,
                       I32F32 partition_hi) {
  std::vector<size_t> partition(partition_idx.begin(), partition_idx.end());
  while (true) {
    const size_t n = partition.size();
    if (n == 0) return zero();
    if (n == 1) return at(score, partition[0]);
    SUBEMU_CHECK(stake.size() == score.size());
    const size_t mid_idx = n / 2;
    const I32F32 pivot = at(score, partition[mid_idx]);
    I32F32 lo_stake = zero();
    I32F32 hi_stake = zero();
    std::vector<size_t> lower;
    std::vector<size_t> upper;
    for (const size_t idx : partition) {
      const I32F32 s = at(score, idx);
      if (s == pivot) continue;
      if (s < pivot) {
        lo_stake = lo_stake.saturating_add(at(stake, idx));
        lower.push_back(idx);
      } else {
        hi_stake = hi_stake.saturating_add(at(stake, idx));
        upper.push_back(idx);
      }
    }
    const I32F32 lo_edge = partition_lo.saturating_add(lo_stake);
    const I32F32 hi_edge = partition_hi.saturating_sub(hi_stake);
    if (lo_edge <= minority && minority < hi_edge) return pivot;
    if (minority < lo_edge && !lower.empty()) {
      partition = std::move(lower);
      partition_hi = lo_edge;
      continue;
    }
    if (hi_edge <= minority && !upper.empty()) {
      partition = std::move(upper);
      partition_lo = hi_edge;
      continue;
    }
    return pivot;
  }
}

// mirrors epoch/math.rs weighted_median_col
std::vector<I32F32> weighted_median_col(std::span<const I32F32> stake,
                                        std::span<const std::vector<I32F32>> score,
                                        I32F32 majority) {
  const size_t rows = stake.size();
  const size_t columns = at(score, 0).size();
  std::vector<I32F32> median(columns, zero());
  for (size_t c = 0; c < columns; ++c) {
    std::vector<I32F32> use_stake;
    std::vector<I32F32> use_score;
    for (size_t r = 0; r < rows; ++r) {
      SUBEMU_CHECK(columns == at(score, r).size());
      if (stake[r] > zero()) {
        use_stake.push_back(stake[r]);
        use_score.push_back(score[r][c]);
      }
    }
    if (!use_stake.empty()) {
      inplace_normalize(use_stake);
      const I32F32 stake_sum = sum(use_stake);
      const I32F32 minority = stake_sum.saturating_sub(majority);
      std::vector<size_t> idx(use_stake.size());
      std::iota(idx.begin(), idx.end(), size_t{0});
      median[c] = weighted_median(use_stake, use_score, idx, minority, zero(), stake_sum);
    }
  }
  return median;
}

// mirrors epoch/math.rs weighted_median_col_sparse
std::vector<I32F32> weighted_median_col_sparse(std::span<const I32F32> stake,
                                               std::span<const SparseRow> score, uint16_t columns,
                                               I32F32 majority) {
  const size_t rows = stake.size();
  std::vector<I32F32> use_stake;
  for (const I32F32& s : stake) {
    if (s > zero()) use_stake.push_back(s);
  }
  inplace_normalize(use_stake);
  const I32F32 stake_sum = sum(use_stake);
  std::vector<size_t> stake_idx(use_stake.size());
  std::iota(stake_idx.begin(), stake_idx.end(), size_t{0});
  const I32F32 minority = stake_sum.saturating_sub(majority);
  Matrix use_score(columns, std::vector<I32F32>(use_stake.size(), zero()));
  std::vector<I32F32> median(columns, zero());
  size_t k = 0;
  for (size_t r = 0; r < rows; ++r) {
    if (stake[r] <= zero()) continue;
    for (const auto& [c, val] : at(score, r)) at(at(use_score, c), k) = val;
    ++k;
  }
  for (size_t c = 0; c < columns; ++c) {
    median[c] = weighted_median(use_stake, use_score[c], stake_idx, minority, zero(), stake_sum);
  }
  return median;
}

// ---------------------------------------------------------------------------------------------
// Interpolation, hadamard, EMA.

// mirrors epoch/math.rs interpolate
Matrix interpolate(std::span<const std::vector<I32F32>> mat1,
                   std::span<const std::vector<I32F32>> mat2, I32F32 ratio) {
  if (ratio == zero()) return Matrix(mat1.begin(), mat1.end());
  if (ratio == one()) return Matrix(mat2.begin(), mat2.end());
  SUBEMU_CHECK(mat1.size() == mat2.size());
  if (mat1.empty()) return Matrix(1);
  if (mat1.front().empty()) return Matrix(1);
  const size_t cols = mat1.front().size();
  Matrix result(mat1.size(), std::vector<I32F32>(cols, zero()));
  for (size_t i = 0; i < mat1.size(); ++i) {
    const std::vector<I32F32>& row1 = mat1[i];
    const std::vector<I32F32>& row2 = mat2[i];
    SUBEMU_CHECK(row1.size() == row2.size());
    for (size_t j = 0; j < row1.size(); ++j) {
      if (j < result[i].size()) {
        const I32F32 v1 = row1[j];
        const I32F32 v2 = row2[j];
        result[i][j] = v1.saturating_add(ratio.saturating_mul(v2.saturating_sub(v1)));
      }
    }
  }
  return result;
}

// mirrors epoch/math.rs interpolate_sparse
SparseMatrix interpolate_sparse(std::span<const SparseRow> mat1, std::span<const SparseRow> mat2,
                                uint16_t columns, I32F32 ratio) {
  if (ratio == zero()) return SparseMatrix(mat1.begin(), mat1.end());
  if (ratio == one()) return SparseMatrix(mat2.begin(), mat2.end());
  SUBEMU_CHECK(mat1.size() == mat2.size());
  const size_t rows = mat1.size();
  SparseMatrix result(rows);
  for (size_t i = 0; i < rows; ++i) {
    std::vector<I32F32> row1(columns, zero());
    for (const auto& [j, value] : mat1[i]) {
      if (j < row1.size()) row1[j] = value;
    }
    std::vector<I32F32> row2(columns, zero());
    for (const auto& [j, value] : mat2[i]) {
      if (j < row2.size()) row2[j] = value;
    }
    for (size_t j = 0; j < columns; ++j) {
      const I32F32 v1 = row1[j];
      const I32F32 v2 = row2[j];
      const I32F32 interp = v1.saturating_add(ratio.saturating_mul(v2.saturating_sub(v1)));
      if (zero() < interp) result[i].emplace_back(static_cast<uint16_t>(j), interp);
    }
  }
  return result;
}

// mirrors epoch/math.rs hadamard
Matrix hadamard(std::span<const std::vector<I32F32>> mat1,
                std::span<const std::vector<I32F32>> mat2) {
  SUBEMU_CHECK(mat1.size() == mat2.size());
  if (mat1.empty()) return Matrix(1);
  if (mat1.front().empty()) return Matrix(1);
  Matrix out;
  out.reserve(mat1.size());
  for (size_t i = 0; i < mat1.size(); ++i) {
    const std::vector<I32F32>& row1 = mat1[i];
    const std::vector<I32F32>& row2 = mat2[i];
    SUBEMU_CHECK(row1.size() == row2.size());
    std::vector<I32F32> out_row;
    out_row.reserve(row1.size());
    for (size_t j = 0; j < row1.size(); ++j) out_row.push_back(row1[j].saturating_mul(row2[j]));
    out.push_back(std::move(out_row));
  }
  return out;
}

// mirrors epoch/math.rs hadamard_sparse
SparseMatrix hadamard_sparse(std::span<const SparseRow> mat1, std::span<const SparseRow> mat2,
                             uint16_t columns) {
  SUBEMU_CHECK(mat1.size() == mat2.size());
  const size_t rows = mat1.size();
  SparseMatrix result(rows);
  for (size_t i = 0; i < rows; ++i) {
    std::vector<I32F32> row1(columns, zero());
    for (const auto& [j, value] : mat1[i]) at(row1, j) = at(row1, j).saturating_add(value);
    std::vector<I32F32> row2(columns, zero());
    for (const auto& [j, value] : mat2[i]) at(row2, j) = at(row2, j).saturating_add(value);
    for (size_t j = 0; j < columns; ++j) {
      const I32F32 prod = row1[j].saturating_mul(row2[j]);
      if (zero() < prod) result[i].emplace_back(static_cast<uint16_t>(j), prod);
    }
  }
  return result;
}

// mirrors epoch/math.rs mat_ema
Matrix mat_ema(std::span<const std::vector<I32F32>> new_mat,
               std::span<const std::vector<I32F32>> old_mat, I32F32 alpha) {
  if (new_mat.empty()) return Matrix(1);
  if (new_mat.front().empty()) return Matrix(1);
  const I32F32 one_minus_alpha = one().saturating_sub(alpha);
  const size_t rows = std::min(new_mat.size(), old_mat.size());
  Matrix out(rows);
  for (size_t i = 0; i < rows; ++i) {
    const size_t len = std::min(new_mat[i].size(), old_mat[i].size());
    out[i].reserve(len);
    for (size_t j = 0; j < len; ++j) {
      out[i].push_back(alpha.saturating_mul(new_mat[i][j])
                           .saturating_add(one_minus_alpha.saturating_mul(old_mat[i][j])));
    }
  }
  return out;
}

// mirrors epoch/math.rs mat_ema_sparse
SparseMatrix mat_ema_sparse(std::span<const SparseRow> new_mat, std::span<const SparseRow> old_mat,
                            I32F32 alpha) {
  SUBEMU_CHECK(new_mat.size() == old_mat.size());
  const size_t n = new_mat.size();  // square matrix assumed, rows == cols
  const I32F32 one_minus_alpha = one().saturating_sub(alpha);
  SparseMatrix result(n);
  for (size_t i = 0; i < n; ++i) {
    std::vector<I32F32> row(n, zero());
    for (const auto& [j, value] : new_mat[i]) {
      at(row, j) = at(row, j).saturating_add(alpha.saturating_mul(value));
    }
    for (const auto& [j, value] : old_mat[i]) {
      at(row, j) = at(row, j).saturating_add(one_minus_alpha.saturating_mul(value));
    }
    for (size_t j = 0; j < n; ++j) {
      if (row[j] > zero()) result[i].emplace_back(static_cast<uint16_t>(j), row[j]);
    }
  }
  return result;
}

// mirrors epoch/math.rs sparse_threshold
SparseMatrix sparse_threshold(std::span<const SparseRow> w, I32F32 threshold) {
  SparseMatrix out;
  out.reserve(w.size());
  for (const SparseRow& row : w) {
    SparseRow out_row;
    for (const auto& [j, weight] : row) {
      if (weight >= threshold) out_row.emplace_back(j, weight);
    }
    out.push_back(std::move(out_row));
  }
  return out;
}

// mirrors epoch/math.rs mat_ema_alpha_vec_sparse. A repeated column in a `new` row overwrites
// (assignment), in an `old` row accumulates, as upstream.
SparseMatrix mat_ema_alpha_vec_sparse(std::span<const SparseRow> new_mat,
                                      std::span<const SparseRow> old_mat,
                                      std::span<const I32F32> alpha) {
  SUBEMU_CHECK(new_mat.size() == old_mat.size());
  const size_t n = new_mat.size();  // square matrix assumed, rows == cols
  SparseMatrix result(n);
  for (size_t i = 0; i < n; ++i) {
    std::vector<I32F32> row(n, zero());
    for (const auto& [j, value] : new_mat[i]) {
      const I32F32 alpha_val = j < alpha.size() ? alpha[j] : zero();
      if (j < row.size()) row[j] = alpha_val.saturating_mul(value);
    }
    for (const auto& [j, value] : old_mat[i]) {
      const I32F32 alpha_val = j < alpha.size() ? alpha[j] : zero();
      const I32F32 one_minus_alpha = one().saturating_sub(alpha_val);
      if (j < row.size()) row[j] = row[j].saturating_add(one_minus_alpha.saturating_mul(value));
    }
    for (size_t j = 0; j < n; ++j) {
      if (row[j] > zero()) result[i].emplace_back(static_cast<uint16_t>(j), row[j]);
    }
  }
  return result;
}

// mirrors epoch/math.rs mat_ema_alpha_vec
Matrix mat_ema_alpha_vec(std::span<const std::vector<I32F32>> new_mat,
                         std::span<const std::vector<I32F32>> old_mat,
                         std::span<const I32F32> alpha) {
  if (new_mat.empty() || new_mat.front().empty()) return Matrix(1);
  SUBEMU_CHECK(new_mat.size() == old_mat.size());
  SUBEMU_CHECK(new_mat.front().size() == alpha.size());
  const size_t cols = new_mat.front().size();
  Matrix result(new_mat.size(), std::vector<I32F32>(cols, zero()));
  for (size_t i = 0; i < new_mat.size(); ++i) {
    const std::vector<I32F32>& new_row = new_mat[i];
    const std::vector<I32F32>& old_row = old_mat[i];
    SUBEMU_CHECK(new_row.size() == old_row.size());
    const size_t len = std::min(alpha.size(), new_row.size());
    for (size_t j = 0; j < len; ++j) {
      const I32F32 alpha_val = alpha[j];
      const I32F32 one_minus_alpha = one().saturating_sub(alpha_val);
      if (j < result[i].size()) {
        result[i][j] = alpha_val.saturating_mul(new_row[j])
                           .saturating_add(one_minus_alpha.saturating_mul(old_row[j]));
      }
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Quantile: upstream's f64 arithmetic reproduced exactly with integers.

namespace {

using subemu::u128;

int bit_length(u128 v) {
  int n = 0;
  while (v != 0) {
    v >>= 1;
    ++n;
  }
  return n;
}

// A non-negative binary64 value mant * 2^exp with mant < 2^53 (not necessarily normalised).
// Every value here is far above the subnormal range and far below the overflow threshold.
struct Binary64 {
  uint64_t mant = 0;
  int exp = 0;
};

constexpr int kF64Precision = 53;

// Rounds mant * 2^exp (plus a positive amount below the last bit of mant when `sticky`) to 53
// significant bits, ties to even: IEEE 754 round-to-nearest of an exact value.
Binary64 round_to_f64(u128 mant, int exp, bool sticky) {
  const int len = bit_length(mant);
  if (len <= kF64Precision) return {static_cast<uint64_t>(mant), exp};
  const int shift = len - kF64Precision;
  const u128 dropped = mant & ((u128{1} << shift) - 1);
  const u128 half = u128{1} << (shift - 1);
  u128 kept = mant >> shift;
  exp += shift;
  const bool round_up = dropped > half || (dropped == half && (sticky || (kept & 1) != 0));
  if (round_up) {
    ++kept;
    if (kept == (u128{1} << kF64Precision)) {
      kept >>= 1;
      ++exp;
    }
  }
  return {static_cast<uint64_t>(kept), exp};
}

// The f64 nearest to num/den (den > 0), i.e. what `0.25_f64` etc. denote: long division until 54
// significant bits are known, the remainder as sticky bit.
Binary64 f64_from_ratio(uint64_t num, uint64_t den) {
  if (num == 0) return {0, 0};
  u128 acc = num / den;
  u128 rem = num % den;
  int exp = 0;
  while (bit_length(acc) < kF64Precision + 1) {
    rem <<= 1;
    acc <<= 1;
    if (rem >= den) {
      rem -= den;
      acc |= 1;
    }
    --exp;
  }
  return round_to_f64(acc, exp, rem != 0);
}

}  // namespace

// Upstream: pos = quantile * (len - 1) as f64; low = pos.floor() as usize; high = pos.ceil() as
// usize; weight = I32F32::saturating_from_num(pos - low as f64).
QuantilePosition quantile_position(uint64_t last_index, uint64_t quantile_num,
                                   uint64_t quantile_den) {
  SUBEMU_CHECK(quantile_den != 0);
  const Binary64 q = f64_from_ratio(quantile_num, quantile_den);
  const Binary64 n = round_to_f64(last_index, 0, false);  // `usize as f64`
  const Binary64 pos =
      round_to_f64(static_cast<u128>(q.mant) * static_cast<u128>(n.mant), q.exp + n.exp, false);
  QuantilePosition out;
  if (pos.mant == 0) return out;
  if (pos.exp >= 0) {
    // An integer: floor == ceil; `as usize` saturates above u64::MAX.
    const bool fits = bit_length(pos.mant) + pos.exp <= 64;
    const uint64_t value = fits ? (pos.mant << pos.exp) : std::numeric_limits<uint64_t>::max();
    out.low = value;
    out.high = value;
    return out;
  }
  const int frac_bits = -pos.exp;
  uint64_t floor = 0;
  uint64_t frac = pos.mant;
  if (frac_bits < 64) {
    floor = pos.mant >> frac_bits;
    frac = pos.mant & ((uint64_t{1} << frac_bits) - 1);
  }
  out.low = floor;
  out.high = frac != 0 ? floor + 1 : floor;
  // `pos - low as f64` is exactly frac * 2^-frac_bits; f64 -> I32F32 rounds half to even.
  constexpr int kFrac = 32;
  u128 bits = frac;
  if (frac_bits <= kFrac) {
    bits <<= (kFrac - frac_bits);
  } else {
    const int shift = frac_bits - kFrac;
    if (shift >= 64) {
      bits = 0;  // frac < 2^53 is below half of the last place
    } else {
      const u128 dropped = bits & ((u128{1} << shift) - 1);
      const u128 half = u128{1} << (shift - 1);
      bits >>= shift;
      if (dropped > half || (dropped == half && (bits & 1) != 0)) ++bits;
    }
  }
  out.weight = I32F32::from_bits(static_cast<int64_t>(bits));
  return out;
}

// mirrors epoch/math.rs quantile (with the f64 quantile as the rational num/den)
I32F32 quantile(std::span<const I32F32> data, uint64_t quantile_num, uint64_t quantile_den) {
  std::vector<I32F32> sorted_data(data.begin(), data.end());
  std::sort(sorted_data.begin(), sorted_data.end());
  const size_t len = sorted_data.size();
  if (len == 0) return zero();
  const QuantilePosition pos = quantile_position(len - 1, quantile_num, quantile_den);
  auto get = [&](uint64_t i) { return i < len ? sorted_data[i] : zero(); };
  if (pos.low == pos.high) return get(pos.low);
  const I32F32 low_value = get(pos.low);
  const I32F32 high_value = get(pos.high);
  return low_value.saturating_add(high_value.saturating_sub(low_value).saturating_mul(pos.weight));
}

// ---------------------------------------------------------------------------------------------
// Safe transcendental.

// mirrors epoch/math.rs safe_ln
I32F32 safe_ln(I32F32 value) { return subemu::ln(value).value_or(zero()); }

// mirrors epoch/math.rs safe_exp
I32F32 safe_exp(I32F32 value) { return subemu::exp(value).value_or(zero()); }

}  // namespace subemu::runtime::subtensor::epoch
