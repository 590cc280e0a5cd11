// libsodium initialisation shared by the crypto wrappers (ed25519, sr25519's ristretto255).
//
// ensure_sodium() calls sodium_init() exactly once per process (a function-local static, so the
// first call is thread-safe by the C++ memory model); later calls cost one guarded load. Every
// public entry point that touches libsodium calls it first. sodium_init() failing means the
// library cannot run at all, which is a bug/environment fault: SUBEMU_CHECK aborts.
#pragma once

namespace subemu::crypto {

void ensure_sodium();

}  // namespace subemu::crypto
