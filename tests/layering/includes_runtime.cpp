// Compiled by ctest with a layer's SUBEMU_TARGET_* macro: must fail for lower layers.
#include "runtime/layer.hpp"
int main() { return 0; }
