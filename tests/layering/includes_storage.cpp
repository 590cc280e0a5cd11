// Compiled by ctest with a layer's SUBEMU_TARGET_* macro: must fail for lower layers.
#include "storage/layer.hpp"
int main() { return 0; }
