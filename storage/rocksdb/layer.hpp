// Layer guard of subemu_rocksdb (storage/rocksdb/*.hpp): only tools/ (and tests) may include it.
// The deterministic core and the RPC layer never know which store they run on.
#pragma once
#if defined(SUBEMU_TARGET_PRIMITIVES) || defined(SUBEMU_TARGET_STATE) || \
    defined(SUBEMU_TARGET_RUNTIME) || defined(SUBEMU_TARGET_RPC)
#error "layering: only tools/ may include storage/rocksdb/ headers"
#endif
