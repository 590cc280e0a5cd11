// Subcommands of the subtensor-emu binary. Each returns the process exit code:
// 0 success, 1 runtime failure (e.g. database corruption), 2 bad usage.
#pragma once

#include <string_view>
#include <vector>

namespace subemu::tools {

int run_version();
int run_serve(const std::vector<std::string_view>& args);
int run_key(const std::vector<std::string_view>& args);          // key.cpp
int run_storage_key(const std::vector<std::string_view>& args);  // storage_key_cmd.cpp
int run_trie_root(const std::vector<std::string_view>& args);    // trie_root_cmd.cpp
int run_scenario(const std::vector<std::string_view>& args);     // scenario_cmd.cpp
int run_state(const std::vector<std::string_view>& args);        // state_cmd.cpp
int run_decode(const std::vector<std::string_view>& args);       // decode_cmd.cpp
int run_chain_spec(const std::vector<std::string_view>& args);   // chain_spec_cmd.cpp

}  // namespace subemu::tools
