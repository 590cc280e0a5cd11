// Call descriptors of this area (see calls.hpp). Placeholder until the area's calls land.
#include "runtime/pallets/subtensor/calls.hpp"

namespace subemu::runtime::subtensor {

void add_move_calls(CallList& /*out*/) {}

}  // namespace subemu::runtime::subtensor
