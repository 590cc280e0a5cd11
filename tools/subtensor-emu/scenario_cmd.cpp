// `subtensor-emu scenario run FILE|- [--state items=A,B] [--state-root]`: runs a scenario
// (shared/design/SCENARIO.md) on a fresh in-memory chain and prints the result JSON on stdout
// ("-" reads the scenario from stdin).
// Exit codes: 0 the scenario ran (failed calls are results, not errors); 1 the file cannot be
// read; 2 bad usage, invalid JSON, or a scenario the runner rejects (the message on stderr names
// the step and the reason). Nothing is printed on stdout unless the run succeeded.
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "tools/scenario/scenario.hpp"
#include "tools/subtensor-emu/commands.hpp"

namespace subemu::tools {
namespace {

void usage() {
  std::fputs(
      "usage: subtensor-emu scenario run FILE|- [--state items=Pallet.Item,...] [--state-root]\n",
      stderr);
}

std::vector<std::string> split_commas(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    const size_t comma = s.find(',', start);
    const size_t end = comma == std::string_view::npos ? s.size() : comma;
    if (end > start) out.emplace_back(s.substr(start, end - start));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

}  // namespace

int run_scenario(const std::vector<std::string_view>& args) {
  if (args.size() < 2 || args[0] != "run") {
    usage();
    return 2;
  }
  const std::string file(args[1]);
  scenario::RunOptions options;
  for (size_t i = 2; i < args.size(); ++i) {
    if (args[i] == "--state-root") {
      options.state_root = true;
    } else if (args[i] == "--state" && i + 1 < args.size() &&
               args[i + 1].substr(0, 6) == "items=") {
      options.state_items = split_commas(args[++i].substr(6));
      if (options.state_items.empty()) {
        std::fputs("scenario: --state items= needs at least one Pallet.Item\n", stderr);
        return 2;
      }
    } else {
      std::fprintf(stderr, "scenario: unknown option '%.*s'\n", static_cast<int>(args[i].size()),
                   args[i].data());
      usage();
      return 2;
    }
  }
  std::string text;
  if (file == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "scenario: cannot read %s\n", file.c_str());
      return 1;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  json::Json doc;
  try {
    doc = json::Json::parse(text);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "scenario: %s is not valid JSON: %s\n",
                 file == "-" ? "stdin" : file.c_str(), e.what());
    return 2;
  }
  auto result = scenario::run(doc, options);
  if (!result.has_value()) {
    std::fprintf(stderr, "scenario: %s\n", result.error().c_str());
    return 2;
  }
  const std::string out = result->dump(2);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

}  // namespace subemu::tools
