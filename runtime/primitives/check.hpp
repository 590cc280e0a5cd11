// SUBEMU_CHECK: a fatal invariant. A failed check is a bug in this program, never a reaction to
// input; it prints file/line and aborts. Never use it to validate user input or stored data.
#pragma once

#include <cstdio>
#include <cstdlib>

namespace subemu::detail {
[[noreturn]] inline void check_failed(const char* expr, const char* file, int line) {
  std::fprintf(stderr, "SUBEMU_CHECK failed: %s at %s:%d\n", expr, file, line);
  std::abort();
}
}  // namespace subemu::detail

#define SUBEMU_CHECK(cond) \
  ((cond) ? static_cast<void>(0) : ::subemu::detail::check_failed(#cond, __FILE__, __LINE__))

#ifdef NDEBUG
#define SUBEMU_DCHECK(cond) static_cast<void>(0)
#else
#define SUBEMU_DCHECK(cond) SUBEMU_CHECK(cond)
#endif
