// Result<T, E>: a value or an error, the project's stand-in for std::expected (C++20 has none).
//
// Errors are values in the deterministic core (no exceptions there): a dispatch error is part of
// the chain's behaviour, and a decode error must never unwind through a block. Accessing the
// wrong alternative is a bug and aborts (SUBEMU_CHECK).
#pragma once

#include <type_traits>
#include <utility>
#include <variant>

#include "runtime/primitives/check.hpp"

namespace subemu {

// Wrapper that marks a value as an error when constructing a Result.
template <class E>
struct Unexpected {
  E error;
};
template <class E>
Unexpected<std::decay_t<E>> unexpected(E&& e) {
  return {std::forward<E>(e)};
}

// Tag type for Result<void, E>.
struct Ok {};

template <class T, class E>
class [[nodiscard]] Result {
 public:
  using value_type = T;
  using error_type = E;

  Result(const T& v) : v_(std::in_place_index<0>, v) {}  // NOLINT(google-explicit-constructor)
  Result(T&& v) : v_(std::in_place_index<0>, std::move(v)) {}  // NOLINT
  template <class G>
  Result(Unexpected<G> e) : v_(std::in_place_index<1>, std::move(e.error)) {}  // NOLINT

  bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & {
    SUBEMU_CHECK(has_value());
    return std::get<0>(v_);
  }
  const T& value() const& {
    SUBEMU_CHECK(has_value());
    return std::get<0>(v_);
  }
  T&& value() && {
    SUBEMU_CHECK(has_value());
    return std::get<0>(std::move(v_));
  }
  const E& error() const {
    SUBEMU_CHECK(!has_value());
    return std::get<1>(v_);
  }
  T value_or(T fallback) const { return has_value() ? std::get<0>(v_) : fallback; }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, E> v_;
};

// Result<void, E>: success carries nothing.
template <class E>
class [[nodiscard]] Result<void, E> {
 public:
  using value_type = void;
  using error_type = E;

  Result() = default;
  Result(Ok) {}  // NOLINT(google-explicit-constructor)
  template <class G>
  Result(Unexpected<G> e) : err_(std::move(e.error)), ok_(false) {}  // NOLINT

  bool has_value() const { return ok_; }
  explicit operator bool() const { return ok_; }
  const E& error() const {
    SUBEMU_CHECK(!ok_);
    return err_;
  }

 private:
  E err_{};
  bool ok_ = true;
};

}  // namespace subemu

// Propagate an error from an expression yielding a Result.
#define SUBEMU_TRY(expr)                                          \
  do {                                                            \
    auto&& subemu_try_result_ = (expr);                           \
    if (!subemu_try_result_.has_value())                          \
      return ::subemu::unexpected(subemu_try_result_.error());    \
  } while (0)

#define SUBEMU_CONCAT_INNER_(a, b) a##b
#define SUBEMU_CONCAT_(a, b) SUBEMU_CONCAT_INNER_(a, b)
#define SUBEMU_TRY_ASSIGN_IMPL_(tmp, lhs, expr)               \
  auto tmp = (expr);                                         \
  if (!tmp.has_value()) return ::subemu::unexpected(tmp.error()); \
  lhs = std::move(tmp).value()
// Evaluate a Result; on error return it, else bind the value: SUBEMU_TRY_ASSIGN(auto x, f());
#define SUBEMU_TRY_ASSIGN(lhs, expr) \
  SUBEMU_TRY_ASSIGN_IMPL_(SUBEMU_CONCAT_(subemu_try_tmp_, __LINE__), lhs, expr)
