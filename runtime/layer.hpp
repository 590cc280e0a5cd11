// Layer guard of subemu_runtime (runtime/ outside runtime/primitives/). Every header of the layer
// includes it first, so that primitives/ or storage/ including a runtime header fails to compile.
#pragma once
#if defined(SUBEMU_TARGET_PRIMITIVES) || defined(SUBEMU_TARGET_STATE) || \
    defined(SUBEMU_TARGET_ROCKSDB)
#error "layering: runtime/primitives and storage/ must not include runtime/ headers"
#endif
