// Helpers shared by the storage tests: a unique temporary directory per test, byte-string
// shorthands, and a full dump of a KvReader for comparisons.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/primitives/bytes.hpp"
#include "storage/kv_store.hpp"

namespace subemu::storage::testing {

// A fresh directory (mkdtemp under $TMPDIR or /tmp), removed with everything in it on destruction.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "subemu-storage-XXXXXX").string();
    if (mkdtemp(tmpl.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed for " << tmpl;
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  // A path inside the directory (not created).
  std::string sub(std::string_view name) const { return path_ + "/" + std::string(name); }

 private:
  std::string path_;
};

inline Bytes b(std::string_view s) { return Bytes(s.begin(), s.end()); }
inline std::string str(ByteView v) { return std::string(v.begin(), v.end()); }

using Dump = std::map<Bytes, Bytes>;

// Every entry of `r` within `range`, asserting the scan succeeds.
inline Dump dump(const KvReader& r, const ScanRange& range = ScanRange{}) {
  Dump out;
  Status s = r.scan(range, [&](ByteView k, ByteView v) {
    out.emplace(Bytes(k.begin(), k.end()), Bytes(v.begin(), v.end()));
    return Visit::kContinue;
  });
  EXPECT_TRUE(s.ok()) << s.to_string();
  return out;
}

// Keys visited by a scan, in visit order.
inline std::vector<Bytes> scan_keys(const KvReader& r, const ScanRange& range) {
  std::vector<Bytes> out;
  Status s = r.scan(range, [&](ByteView k, ByteView) {
    out.emplace_back(k.begin(), k.end());
    return Visit::kContinue;
  });
  EXPECT_TRUE(s.ok()) << s.to_string();
  return out;
}

}  // namespace subemu::storage::testing
