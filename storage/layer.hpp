// Layer guard of subemu_state (storage/*.hpp). Every header of this layer includes it first, so
// that a lower layer including it fails to compile (see docs/ARCHITECTURE.md for the graph).
#pragma once
#if defined(SUBEMU_TARGET_PRIMITIVES)
#error "layering: runtime/primitives must not include storage/ headers"
#endif
