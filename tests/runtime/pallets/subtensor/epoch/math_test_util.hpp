// Test helpers for the epoch math tests: the helpers at the top of upstream
// pallets/subtensor/src/tests/math.rs (v3.0.0) — f32/f64 -> fixed conversions, vector/matrix
// builders, epsilon comparisons — as GoogleTest assertion results. Floating point is fine here
// (tests only); the runtime never sees it.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "runtime/pallets/subtensor/epoch/math.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "tests/testutil/fixed_float.hpp"

namespace subemu::epoch_test {

using runtime::subtensor::epoch::Matrix;
using runtime::subtensor::epoch::SparseMatrix;
using runtime::subtensor::epoch::SparseRow;
using subemu::I32F32;
using subemu::I64F64;

// The crate's float conversions come from tests/testutil/fixed_float.hpp (exact rounding).
using subemu::testutil::fixed_from_f32;
using subemu::testutil::fixed_from_f64;
using subemu::testutil::saturating_fixed_from_f32;
using subemu::testutil::saturating_fixed_from_f64;

inline I32F32 fx(double v) { return fixed_from_f64<I32F32>(v); }    // I32F32::from_num(f64)
inline I32F32 fx32(float v) { return fixed_from_f32<I32F32>(v); }   // I32F32::from_num(f32)
inline I64F64 fx64(double v) { return fixed_from_f64<I64F64>(v); }  // I64F64::from_num(f64)
inline I32F32 fxi(int64_t v) { return I32F32::from_num(v); }        // I32F32::from_num(int)
// upstream epoch/math.rs `fixed(val: f32)` (test-only there, so it lives here):
// I32F32::saturating_from_num(f32).
inline I32F32 fixed(float v) { return saturating_fixed_from_f32<I32F32>(v); }

inline std::vector<I32F32> vec_to_fixed(const std::vector<float>& vector) {
  std::vector<I32F32> out;
  for (const float x : vector) out.push_back(fx32(x));
  return out;
}

inline Matrix mat_to_fixed(const std::vector<std::vector<float>>& matrix) {
  Matrix out;
  for (const auto& row : matrix) out.push_back(vec_to_fixed(row));
  return out;
}

// Reshape a row-major vector into `rows` rows (or its transpose).
inline Matrix vec_to_mat_fixed(const std::vector<float>& vector, size_t rows, bool transpose) {
  EXPECT_EQ(vector.size() % rows, 0u);
  const size_t cols = vector.size() / rows;
  Matrix mat;
  if (transpose) {
    for (size_t col = 0; col < cols; ++col) {
      std::vector<I32F32> vals;
      for (size_t row = 0; row < rows; ++row) vals.push_back(fx32(vector[row * cols + col]));
      mat.push_back(vals);
    }
  } else {
    for (size_t row = 0; row < rows; ++row) {
      std::vector<I32F32> vals;
      for (size_t col = 0; col < cols; ++col) vals.push_back(fx32(vector[row * cols + col]));
      mat.push_back(vals);
    }
  }
  return mat;
}

// Same, keeping only the positive entries as (column, value) pairs.
inline SparseMatrix vec_to_sparse_mat_fixed(const std::vector<float>& vector, size_t rows,
                                            bool transpose) {
  EXPECT_EQ(vector.size() % rows, 0u);
  const size_t cols = vector.size() / rows;
  SparseMatrix mat;
  if (transpose) {
    for (size_t col = 0; col < cols; ++col) {
      SparseRow row_vec;
      for (size_t row = 0; row < rows; ++row) {
        const float v = vector[row * cols + col];
        if (v > 0.f) row_vec.emplace_back(static_cast<uint16_t>(row), fx32(v));
      }
      mat.push_back(row_vec);
    }
  } else {
    for (size_t row = 0; row < rows; ++row) {
      SparseRow row_vec;
      for (size_t col = 0; col < cols; ++col) {
        const float v = vector[row * cols + col];
        if (v > 0.f) row_vec.emplace_back(static_cast<uint16_t>(col), fx32(v));
      }
      mat.push_back(row_vec);
    }
  }
  return mat;
}

template <class F>
std::string show(F v) {
  return v.to_string() + " (bits " + std::to_string(static_cast<long long>(v.to_bits())) + ")";
}
inline std::string show(I64F64 v) { return v.to_string(); }

// |a - b| <= epsilon (upstream assert_float_compare / _64).
template <class F>
::testing::AssertionResult float_compare(F a, F b, F epsilon) {
  const std::optional<F> diff = a.checked_sub(b);
  if (!diff.has_value()) return ::testing::AssertionFailure() << "a - b overflows";
  if (diff->abs() <= epsilon) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "a(" << show(a) << ") != b(" << show(b) << ")";
}

template <class F>
::testing::AssertionResult vec_compare(const std::vector<F>& va, const std::vector<F>& vb,
                                       F epsilon) {
  if (va.size() != vb.size()) {
    return ::testing::AssertionFailure() << "length " << va.size() << " != " << vb.size();
  }
  for (size_t i = 0; i < va.size(); ++i) {
    auto r = float_compare(va[i], vb[i], epsilon);
    if (!r) return r << " at " << i;
  }
  return ::testing::AssertionSuccess();
}

// Exact equality of fixed vectors (upstream assert_eq! on Vec<I32F32>).
template <class F>
::testing::AssertionResult vec_eq(const std::vector<F>& va, const std::vector<F>& vb) {
  return vec_compare(va, vb, F::zero());
}

inline ::testing::AssertionResult mat_compare(const Matrix& ma, const Matrix& mb, I32F32 epsilon) {
  if (ma.size() != mb.size()) {
    return ::testing::AssertionFailure() << "rows " << ma.size() << " != " << mb.size();
  }
  for (size_t row = 0; row < ma.size(); ++row) {
    if (ma[row].size() != mb[row].size()) {
      return ::testing::AssertionFailure()
             << "row " << row << ": " << ma[row].size() << " != " << mb[row].size();
    }
    for (size_t col = 0; col < ma[row].size(); ++col) {
      auto r = float_compare(ma[row][col], mb[row][col], epsilon);
      if (!r) return r << " at (" << row << ", " << col << ")";
    }
  }
  return ::testing::AssertionSuccess();
}

// upstream assert_mat_approx_eq: same check as assert_mat_compare.
inline ::testing::AssertionResult mat_approx_eq(const Matrix& left, const Matrix& right,
                                                I32F32 epsilon) {
  return mat_compare(left, right, epsilon);
}

inline ::testing::AssertionResult mat_eq(const Matrix& ma, const Matrix& mb) {
  return mat_compare(ma, mb, I32F32::zero());
}

inline ::testing::AssertionResult sparse_mat_compare(const SparseMatrix& ma, const SparseMatrix& mb,
                                                     I32F32 epsilon) {
  if (ma.size() != mb.size()) {
    return ::testing::AssertionFailure() << "rows " << ma.size() << " != " << mb.size();
  }
  for (size_t row = 0; row < ma.size(); ++row) {
    if (ma[row].size() != mb[row].size()) {
      return ::testing::AssertionFailure() << "row: " << row << ", ma: " << ma[row].size()
                                           << " entries, mb: " << mb[row].size() << " entries";
    }
    for (size_t j = 0; j < ma[row].size(); ++j) {
      if (ma[row][j].first != mb[row][j].first) {
        return ::testing::AssertionFailure()
               << "column index " << ma[row][j].first << " != " << mb[row][j].first << " at ("
               << row << ", " << j << ")";
      }
      auto r = float_compare(ma[row][j].second, mb[row][j].second, epsilon);
      if (!r) return r << " at (" << row << ", " << j << ")";
    }
  }
  return ::testing::AssertionSuccess();
}

inline ::testing::AssertionResult sparse_eq(const SparseMatrix& ma, const SparseMatrix& mb) {
  return sparse_mat_compare(ma, mb, I32F32::zero());
}

inline ::testing::AssertionResult bits_eq(I32F32 a, I32F32 b) {
  if (a == b) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << show(a) << " != " << show(b);
}

}  // namespace subemu::epoch_test
