#include "runtime/version.hpp"

namespace subemu::runtime {

std::string_view emulator_version() { return "0.1.0"; }

}  // namespace subemu::runtime
