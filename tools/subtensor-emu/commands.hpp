// Subcommands of the subtensor-emu binary. Each returns the process exit code:
// 0 success, 1 runtime failure (e.g. database corruption), 2 bad usage.
#pragma once

#include <string_view>
#include <vector>

namespace subemu::tools {

int run_version();
int run_serve(const std::vector<std::string_view>& args);

}  // namespace subemu::tools
