// Compiled by ctest with a layer's SUBEMU_TARGET_* macro: must fail for every layer but tools.
#include "rpc/layer.hpp"
int main() { return 0; }
