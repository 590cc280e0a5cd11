// Compiled by ctest with a layer's SUBEMU_TARGET_* macro: must fail for every layer but tools.
#include "storage/rocksdb/layer.hpp"
int main() { return 0; }
