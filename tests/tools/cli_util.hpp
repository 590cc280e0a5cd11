// Running the subtensor-emu binary from tests: arguments quoted for the shell, stdin from a
// string, stdout and stderr captured apart, and a scratch folder per test process.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace subemu::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (const char c : s) q += (c == '\'') ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// A temporary folder for this test process, removed when the process exits.
inline const std::string& scratch_dir() {
  struct Dir {
    std::string path;
    Dir() {
      std::string tmpl = (std::filesystem::temp_directory_path() / "subemu-cli-XXXXXX").string();
      const char* made = mkdtemp(tmpl.data());
      path = made == nullptr ? std::string() : std::string(made);
    }
    ~Dir() {
      std::error_code ec;
      if (!path.empty()) std::filesystem::remove_all(path, ec);
    }
  };
  static const Dir dir;
  return dir.path;
}

// Runs the binary with `args`, feeding `input` on stdin.
inline CliResult run_cli(const std::vector<std::string>& args, const std::string& input = "") {
  const std::string& dir = scratch_dir();
  write_file(dir + "/stdin", input);
  std::string cmd = SUBEMU_BINARY;
  for (const std::string& a : args) cmd += " " + shell_quote(a);
  cmd += " <" + dir + "/stdin >" + dir + "/stdout 2>" + dir + "/stderr";
  const int status = std::system(cmd.c_str());
  CliResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(dir + "/stdout");
  r.err = slurp(dir + "/stderr");
  return r;
}

}  // namespace subemu::testing
