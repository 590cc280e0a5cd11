// `subtensor-emu version`.
#include <cstdio>
#include <string>

#include "runtime/version.hpp"
#include "tools/subtensor-emu/commands.hpp"

namespace subemu::tools {

int run_version() {
  const std::string version(runtime::emulator_version());
  const std::string tag(runtime::kReferenceTag);
  std::printf("subtensor-emu %s (mirrors opentensor/subtensor %s, spec_version %u)\n",
              version.c_str(), tag.c_str(), runtime::kSpecVersion);
  return 0;
}

}  // namespace subemu::tools
