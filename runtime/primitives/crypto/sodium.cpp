#include "runtime/primitives/crypto/sodium.hpp"

#include <sodium.h>

#include "runtime/primitives/check.hpp"

namespace subemu::crypto {

void ensure_sodium() {
  // sodium_init() returns 0 on first success, 1 when already initialised, -1 on failure.
  static const bool kInitialised = sodium_init() >= 0;
  SUBEMU_CHECK(kInitialised);
}

}  // namespace subemu::crypto
