// `subtensor-emu trie-root FILE|- [--state-version 0|1]`: the Substrate state trie root
// (storage/trie_root.hpp) of a set of raw key/value pairs.
//
// Input (FILE, or stdin for "-"): a JSON object {"0xkey": "0xvalue", ...} or a JSON array of
// ["0xkey", "0xvalue"] pairs; hex with or without "0x". Keys are unique: the same key twice (also
// spelled differently, "0xAB" and "0xab") is an error, never a silent overwrite. Order does not
// matter. The state version defaults to 1 (the chain's; 0 keeps every value inline).
// Prints the root as 0x-prefixed hex. Exit status: 0 success, 1 unreadable or invalid input, 2
// bad usage.
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "storage/trie_root.hpp"
#include "tools/subtensor-emu/commands.hpp"

namespace subemu::tools {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

void print_trie_root_usage(std::FILE* out) {
  std::fputs(
      "usage: subtensor-emu trie-root FILE|- [--state-version 0|1]\n"
      "  FILE  JSON object {\"0xkey\": \"0xvalue\", ...} or array [[\"0xkey\", \"0xvalue\"], ...]\n"
      "        (- reads stdin)\n"
      "  --state-version  1 (default) hashes values of 33 bytes or more; 0 keeps them inline\n",
      out);
}

void complain(const std::string& message) {
  std::fprintf(stderr, "trie-root: %s\n", message.c_str());
}

// The whole input (stdio: iostream iterators trip GCC's -Wnull-dereference).
std::optional<std::string> read_input(const std::string& path) {
  std::FILE* f = path == "-" ? stdin : std::fopen(path.c_str(), "rb");
  if (f == nullptr) return std::nullopt;
  std::string text;
  char buf[4096];
  size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) text.append(buf, n);
  const bool failed = std::ferror(f) != 0;
  if (f != stdin) std::fclose(f);
  if (failed) return std::nullopt;
  return text;
}

// Adds one pair to `entries`; false (with the reason printed) on bad hex or a repeated key.
bool add_entry(const nlohmann::json& key, const nlohmann::json& value,
               std::map<Bytes, Bytes>& entries) {
  if (!key.is_string() || !value.is_string()) {
    complain("keys and values must be hex strings, got " + key.dump() + ": " + value.dump());
    return false;
  }
  const std::string& key_text = key.get_ref<const std::string&>();
  const std::string& value_text = value.get_ref<const std::string&>();
  std::optional<Bytes> k = from_hex(key_text);
  if (!k) {
    complain("key " + key.dump() + " is not hex");
    return false;
  }
  std::optional<Bytes> v = from_hex(value_text);
  if (!v) {
    complain("value " + value.dump() + " of key " + key_text + " is not hex");
    return false;
  }
  if (!entries.emplace(std::move(*k), std::move(*v)).second) {
    complain("duplicate key " + key_text);
    return false;
  }
  return true;
}

}  // namespace

int run_trie_root(const std::vector<std::string_view>& args) {
  std::optional<std::string> file;
  storage::StateVersion version = storage::StateVersion::kV1;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string_view a = args[i];
    if (a == "--help" || a == "-h") {
      print_trie_root_usage(stdout);
      return kExitOk;
    }
    if (a == "--state-version" || a.starts_with("--state-version=")) {
      std::string_view v;
      if (a.starts_with("--state-version=")) {
        v = a.substr(a.find('=') + 1);
      } else if (i + 1 < args.size()) {
        v = args[++i];
      } else {
        complain("--state-version needs a value (0 or 1)");
        return kExitUsage;
      }
      if (v == "0") {
        version = storage::StateVersion::kV0;
      } else if (v == "1") {
        version = storage::StateVersion::kV1;
      } else {
        complain("--state-version is 0 or 1, not '" + std::string(v) + "'");
        return kExitUsage;
      }
    } else if (a.size() > 1 && a.starts_with("-")) {
      complain("unknown option '" + std::string(a) + "'");
      return kExitUsage;
    } else if (file) {
      complain("takes one FILE, got a second one: '" + std::string(a) + "'");
      return kExitUsage;
    } else {
      file = std::string(a);
    }
  }
  if (!file) {
    print_trie_root_usage(stderr);
    return kExitUsage;
  }

  const std::optional<std::string> text = read_input(*file);
  if (!text) {
    complain("cannot read " + *file);
    return kExitFailure;
  }
  // Exact repeats of an object key would be merged by the parser: catch them while parsing.
  std::set<std::string> seen_keys;
  std::optional<std::string> repeated;
  const nlohmann::json::parser_callback_t watch_keys =
      [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        if (depth == 1 && event == nlohmann::json::parse_event_t::key && parsed.is_string()) {
          if (!seen_keys.insert(parsed.get<std::string>()).second && !repeated) {
            repeated = parsed.get<std::string>();
          }
        }
        return true;
      };
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(*text, watch_keys);
  } catch (const nlohmann::json::parse_error& e) {
    complain("malformed JSON in " + *file + ": " + e.what());
    return kExitFailure;
  }
  if (repeated) {
    complain("duplicate key " + *repeated);
    return kExitFailure;
  }

  std::map<Bytes, Bytes> entries;  // byte order = the trie's order
  if (doc.is_object()) {
    for (const auto& [k, v] : doc.items()) {
      if (!add_entry(nlohmann::json(k), v, entries)) return kExitFailure;
    }
  } else if (doc.is_array()) {
    for (const nlohmann::json& pair : doc) {
      if (!pair.is_array() || pair.size() != 2) {
        complain("each array element must be a [key, value] pair, got " + pair.dump());
        return kExitFailure;
      }
      if (!add_entry(pair[0], pair[1], entries)) return kExitFailure;
    }
  } else {
    complain("expected a JSON object {\"0xkey\": \"0xvalue\"} or an array of [key, value] pairs");
    return kExitFailure;
  }

  std::vector<storage::TrieEntry> sorted(entries.begin(), entries.end());
  const ByteArray<32> root = storage::trie_root(sorted, version);
  std::printf("%s\n", to_hex(root).c_str());
  return kExitOk;
}

}  // namespace subemu::tools
