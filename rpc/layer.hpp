// Layer guard of subemu_rpc: only tools/ (and tests) sit above it.
#pragma once
#if defined(SUBEMU_TARGET_PRIMITIVES) || defined(SUBEMU_TARGET_STATE) || \
    defined(SUBEMU_TARGET_ROCKSDB) || defined(SUBEMU_TARGET_RUNTIME)
#error "layering: only tools/ may include rpc/ headers"
#endif
