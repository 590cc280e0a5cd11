// RocksDbStore: the KvStore contract (same answers as MemoryStore on randomized operation
// sequences, directly and through an Overlay), reopen, meta record checks, corruption detection.
#include "storage/rocksdb/rocksdb_store.hpp"

#include <gtest/gtest.h>
#include <rocksdb/db.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"
#include "tests/storage/storage_test_util.hpp"

namespace subemu::storage {
namespace {

using testing::b;
using testing::dump;
using testing::Dump;
using testing::TempDir;

RocksDbStore::Genesis genesis_of(uint8_t seed) {
  RocksDbStore::Genesis g{};
  for (size_t i = 0; i < g.size(); ++i) g[i] = static_cast<uint8_t>(seed + i);
  return g;
}

RocksDbOptions fast_options() {
  RocksDbOptions o;
  o.sync_writes = false;  // tests do not need fsync; durability is the crash test's business
  return o;
}

std::unique_ptr<RocksDbStore> open_ok(const std::string& path, uint8_t genesis = 1,
                                      RocksDbOptions options = fast_options()) {
  auto r = RocksDbStore::open(path, genesis_of(genesis), options);
  EXPECT_TRUE(r.has_value()) << (r.has_value() ? "" : r.error().to_string());
  return r.has_value() ? std::move(r).value() : nullptr;
}

// Opens the raw RocksDB database (all our column families) for fixture surgery.
struct RawDb {
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  explicit RawDb(const std::string& path) {
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    for (std::string_view n : kRocksColumnNames)
      cfs.emplace_back(std::string(n), rocksdb::ColumnFamilyOptions());
    rocksdb::DB* raw = nullptr;
    rocksdb::Status s = rocksdb::DB::Open(rocksdb::DBOptions(), path, cfs, &handles, &raw);
    EXPECT_TRUE(s.ok()) << s.ToString();
    db.reset(raw);
  }
  ~RawDb() {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    db->Close().PermitUncheckedError();
  }
  rocksdb::ColumnFamilyHandle* meta() { return handles[static_cast<size_t>(RocksColumn::kMeta)]; }
};

TEST(RocksDbStore, CreatesReopensAndKeepsData) {
  TempDir dir;
  const std::string path = dir.sub("db");
  {
    auto store = open_ok(path);
    ASSERT_NE(store, nullptr);
    WriteBatch wb;
    wb.put(b("a"), b("1"));
    wb.put(b("b"), b("2"));
    ASSERT_TRUE(store->apply(wb).ok());
    EXPECT_EQ(store->genesis(), genesis_of(1));
  }
  {
    auto store = open_ok(path);
    ASSERT_NE(store, nullptr);
    EXPECT_EQ(dump(*store), (Dump{{b("a"), b("1")}, {b("b"), b("2")}}));
    WriteBatch wb;
    wb.remove(b("a"));
    ASSERT_TRUE(store->apply(wb).ok());
    ASSERT_TRUE(store->flush().ok());
  }
  auto store = open_ok(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(dump(*store), (Dump{{b("b"), b("2")}}));
}

TEST(RocksDbStore, MissingDatabaseWithoutCreateIsNotFound) {
  TempDir dir;
  RocksDbOptions o = fast_options();
  o.create_if_missing = false;
  auto r = RocksDbStore::open(dir.sub("nope"), genesis_of(1), o);
  ASSERT_FALSE(r.has_value());
  EXPECT_TRUE(r.error().is_not_found()) << r.error().to_string();
}

TEST(RocksDbStore, OtherGenesisIsRejectedNamingBoth) {
  TempDir dir;
  const std::string path = dir.sub("db");
  ASSERT_NE(open_ok(path, 1), nullptr);
  auto r = RocksDbStore::open(path, genesis_of(9), fast_options());
  ASSERT_FALSE(r.has_value());
  EXPECT_TRUE(r.error().is_invalid_argument());
  const std::string msg = r.error().to_string();
  EXPECT_NE(msg.find(to_hex(genesis_of(1))), std::string::npos) << msg;
  EXPECT_NE(msg.find(to_hex(genesis_of(9))), std::string::npos) << msg;
}

TEST(RocksDbStore, OtherFormatVersionIsRejectedNamingBoth) {
  TempDir dir;
  const std::string path = dir.sub("db");
  ASSERT_NE(open_ok(path), nullptr);
  {
    RawDb raw(path);
    std::string rec(kRocksMetaMagic);
    rec += std::string("\x07\x00\x00\x00", 4);  // version 7
    const auto g = genesis_of(1);
    rec.append(reinterpret_cast<const char*>(g.data()), g.size());
    ASSERT_TRUE(
        raw.db->Put(rocksdb::WriteOptions(), raw.meta(), std::string(kRocksMetaKey), rec).ok());
  }
  auto r = RocksDbStore::open(path, genesis_of(1), fast_options());
  ASSERT_FALSE(r.has_value());
  EXPECT_TRUE(r.error().is_not_supported());
  const std::string msg = r.error().to_string();
  EXPECT_NE(msg.find("format version 7"), std::string::npos) << msg;
  EXPECT_NE(msg.find("reads version " + std::to_string(RocksDbStore::kFormatVersion)),
            std::string::npos)
      << msg;
}

TEST(RocksDbStore, MissingOrGarbledMetaIsCorruption) {
  TempDir dir;
  const std::string path = dir.sub("db");
  ASSERT_NE(open_ok(path), nullptr);
  {
    RawDb raw(path);
    ASSERT_TRUE(
        raw.db->Put(rocksdb::WriteOptions(), raw.meta(), std::string(kRocksMetaKey), "garbage!")
            .ok());
  }
  auto garbled = RocksDbStore::open(path, genesis_of(1), fast_options());
  ASSERT_FALSE(garbled.has_value());
  EXPECT_TRUE(garbled.error().is_corruption()) << garbled.error().to_string();
  {
    RawDb raw(path);
    std::string rec(kRocksMetaMagic);
    for (int i = 0; i < 4; ++i) rec += static_cast<char>(RocksDbStore::kFormatVersion >> (8 * i));
    rec += "short";  // right version, wrong length
    ASSERT_TRUE(
        raw.db->Put(rocksdb::WriteOptions(), raw.meta(), std::string(kRocksMetaKey), rec).ok());
  }
  auto short_rec = RocksDbStore::open(path, genesis_of(1), fast_options());
  ASSERT_FALSE(short_rec.has_value());
  EXPECT_TRUE(short_rec.error().is_corruption()) << short_rec.error().to_string();
  {
    RawDb raw(path);
    ASSERT_TRUE(
        raw.db->Delete(rocksdb::WriteOptions(), raw.meta(), std::string(kRocksMetaKey)).ok());
  }
  auto missing = RocksDbStore::open(path, genesis_of(1), fast_options());
  ASSERT_FALSE(missing.has_value());
  EXPECT_TRUE(missing.error().is_corruption());
  EXPECT_NE(missing.error().to_string().find("missing"), std::string::npos);
}

TEST(RocksDbStore, NonEmptyDirectoryWithoutDatabaseIsCorruption) {
  TempDir dir;
  const std::string path = dir.sub("db");
  std::filesystem::create_directory(path);
  std::ofstream(path + "/MANIFEST-000005") << "x";  // e.g. CURRENT lost
  auto r = RocksDbStore::open(path, genesis_of(1), fast_options());
  ASSERT_FALSE(r.has_value());
  EXPECT_TRUE(r.error().is_corruption()) << r.error().to_string();
  EXPECT_TRUE(std::filesystem::exists(path + "/MANIFEST-000005"));
}

TEST(RocksDbStore, ForeignRocksDbWithoutOurColumnFamiliesIsCorruption) {
  TempDir dir;
  const std::string path = dir.sub("db");
  {
    rocksdb::Options o;
    o.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(o, path, &raw).ok());
    delete raw;
  }
  auto r = RocksDbStore::open(path, genesis_of(1), fast_options());
  ASSERT_FALSE(r.has_value());
  EXPECT_TRUE(r.error().is_corruption()) << r.error().to_string();
}

TEST(RocksDbStore, SnapshotIsIsolatedFromLaterBatches) {
  TempDir dir;
  auto store = open_ok(dir.sub("db"));
  ASSERT_NE(store, nullptr);
  WriteBatch wb;
  wb.put(b("p/1"), b("a"));
  wb.put(b("p/2"), b("b"));
  ASSERT_TRUE(store->apply(wb).ok());
  auto snap = store->snapshot();
  WriteBatch wb2;
  wb2.remove_prefix(b("p/"));
  wb2.put(b("p/3"), b("c"));
  ASSERT_TRUE(store->apply(wb2).ok());
  EXPECT_EQ(dump(*snap), (Dump{{b("p/1"), b("a")}, {b("p/2"), b("b")}}));
  EXPECT_EQ(*snap->get(b("p/1")).value(), b("a"));
  EXPECT_EQ(dump(*store), (Dump{{b("p/3"), b("c")}}));
}

// ---- memory vs RocksDB -----------------------------------------------------------------------

Bytes random_key(std::mt19937_64& rng, size_t min_len, size_t max_len) {
  static constexpr uint8_t kAlphabet[] = {0x00, 0x01, 0x7f, 0x80, 0xfe, 0xff};
  const size_t len = min_len + rng() % (max_len - min_len + 1);
  Bytes k;
  for (size_t i = 0; i < len; ++i) k.push_back(kAlphabet[rng() % 6]);
  return k;
}

WriteBatch random_batch(std::mt19937_64& rng, int tag) {
  WriteBatch wb;
  const int n = 1 + static_cast<int>(rng() % 12);
  for (int i = 0; i < n; ++i) {
    const uint64_t op = rng() % 10;
    if (op < 6) {
      wb.put(random_key(rng, 1, 5), Bytes{static_cast<uint8_t>(tag), static_cast<uint8_t>(i)});
    } else if (op < 8) {
      wb.remove(random_key(rng, 1, 5));
    } else {
      wb.remove_prefix(random_key(rng, 0, 3));  // includes empty and all-0xff prefixes
    }
  }
  return wb;
}

void expect_same_reads(const KvReader& mem, const KvReader& rdb, std::mt19937_64& rng) {
  ASSERT_EQ(dump(mem), dump(rdb));
  for (int i = 0; i < 10; ++i) {
    const Bytes p = random_key(rng, 0, 2);
    const Bytes from = random_key(rng, 0, 4);
    const ScanRange r{p, from, rng() % 2 == 0};
    ASSERT_EQ(testing::scan_keys(mem, r), testing::scan_keys(rdb, r));
    const Bytes k = random_key(rng, 1, 5);
    ASSERT_EQ(mem.get(k).value(), rdb.get(k).value());
  }
}

TEST(RocksDbStore, SameResultsAsMemoryStoreOnRandomSequences) {
  for (uint64_t seed : {11u, 12u, 13u}) {
    TempDir dir;
    std::mt19937_64 rng(seed);
    MemoryStore mem;
    auto rdb = open_ok(dir.sub("db"));
    ASSERT_NE(rdb, nullptr);
    std::vector<std::pair<std::unique_ptr<KvSnapshot>, std::unique_ptr<KvSnapshot>>> snaps;
    for (int step = 0; step < 150; ++step) {
      const WriteBatch wb = random_batch(rng, step);
      ASSERT_TRUE(mem.apply(wb).ok());
      ASSERT_TRUE(rdb->apply(wb).ok());
      if (step % 25 == 0) snaps.emplace_back(mem.snapshot(), rdb->snapshot());
      if (step % 10 == 0) expect_same_reads(mem, *rdb, rng);
      if (step == 75) ASSERT_TRUE(rdb->flush().ok());
    }
    expect_same_reads(mem, *rdb, rng);
    for (auto& [m, r] : snaps) expect_same_reads(*m, *r, rng);
  }
}

TEST(RocksDbStore, OverlayGivesSameResultsOverMemoryAndRocksDb) {
  TempDir dir;
  std::mt19937_64 rng(77);
  MemoryStore mem;
  auto rdb = open_ok(dir.sub("db"));
  ASSERT_NE(rdb, nullptr);
  for (int block = 0; block < 30; ++block) {
    auto ms = mem.snapshot();
    auto rs = rdb->snapshot();
    Overlay om(*ms);
    Overlay orr(*rs);
    for (int step = 0; step < 60; ++step) {
      const uint64_t op = rng() % 10;
      const Bytes k = random_key(rng, 1, 4);
      for (Overlay* ov : {&om, &orr}) {
        if (op < 4) ov->put(k, Bytes{static_cast<uint8_t>(step)});
        if (op == 4) ov->remove(k);
        if (op == 5) ov->clear_prefix(ByteView(k).first(1));
        if (op == 6) (void)ov->start_transaction();
        if (op == 7) (void)ov->commit_transaction();
        if (op == 8) (void)ov->rollback_transaction();
      }
      ASSERT_EQ(om.get(k), orr.get(k));
      ASSERT_EQ(om.next_key(k), orr.next_key(k));
    }
    while (om.transaction_depth() > 0) {
      ASSERT_TRUE(om.commit_transaction().has_value());
      ASSERT_TRUE(orr.commit_transaction().has_value());
    }
    auto bm = om.drain_to_batch();
    auto br = orr.drain_to_batch();
    ASSERT_TRUE(bm.has_value() && br.has_value());
    ASSERT_EQ(bm->size(), br->size());
    ASSERT_TRUE(mem.apply(*bm).ok());
    ASSERT_TRUE(rdb->apply(*br).ok());
    ASSERT_EQ(dump(mem), dump(*rdb)) << "block " << block;
  }
}

// ---- corruption ------------------------------------------------------------------------------

// Table files of the column family `cf`, largest first.
std::vector<std::string> table_files(const std::string& path, std::string_view cf) {
  std::vector<rocksdb::LiveFileMetaData> files;
  {
    RawDb raw(path);
    raw.db->GetLiveFilesMetaData(&files);
  }
  std::sort(files.begin(), files.end(),
            [](const auto& a, const auto& b2) { return a.size > b2.size; });
  std::vector<std::string> out;
  for (const auto& f : files) {
    if (f.column_family_name == cf) out.push_back(path + f.name);
  }
  return out;
}

void flip_bytes(const std::string& file, uint64_t offset, size_t n) {
  std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
  ASSERT_TRUE(f.good()) << file;
  std::vector<char> buf(n);
  f.seekg(static_cast<std::streamoff>(offset));
  f.read(buf.data(), static_cast<std::streamsize>(n));
  for (char& c : buf) c = static_cast<char>(c ^ 0x5a);
  f.seekp(static_cast<std::streamoff>(offset));
  f.write(buf.data(), static_cast<std::streamsize>(n));
  ASSERT_TRUE(f.good());
}

TEST(RocksDbStore, DamagedTableFileIsReportedAsCorruptionNeverAsData) {
  TempDir dir;
  const std::string path = dir.sub("db");
  std::mt19937_64 rng(5);
  Dump written;
  {
    auto store = open_ok(path);
    ASSERT_NE(store, nullptr);
    WriteBatch wb;
    for (uint32_t i = 0; i < 2000; ++i) {
      Bytes k = b("key/");
      for (int s = 24; s >= 0; s -= 8) k.push_back(static_cast<uint8_t>(i >> s));
      Bytes v(512);
      for (auto& x : v) x = static_cast<uint8_t>(rng());  // incompressible
      written.emplace(k, v);
      wb.put(k, v);
    }
    ASSERT_TRUE(store->apply(wb).ok());
    ASSERT_TRUE(store->flush().ok());
  }
  const auto files = table_files(path, "state");
  ASSERT_FALSE(files.empty());
  const uint64_t size = std::filesystem::file_size(files[0]);
  flip_bytes(files[0], size / 3, 16);

  auto r = RocksDbStore::open(path, genesis_of(1), fast_options());
  if (!r.has_value()) {
    EXPECT_TRUE(r.error().is_corruption()) << r.error().to_string();
    return;
  }
  auto store = std::move(r).value();
  Status scan = store->scan(ScanRange{}, [&](ByteView k, ByteView v) {
    auto it = written.find(Bytes(k.begin(), k.end()));
    EXPECT_TRUE(it != written.end() && it->second == Bytes(v.begin(), v.end()))
        << "garbage returned";
    return Visit::kContinue;
  });
  EXPECT_TRUE(scan.is_corruption()) << scan.to_string();
  size_t corrupt = 0;
  for (const auto& [k, v] : written) {
    auto g = store->get(k);
    if (!g.has_value()) {
      EXPECT_TRUE(g.error().is_corruption()) << g.error().to_string();
      ++corrupt;
    } else {
      ASSERT_TRUE(g->has_value());
      EXPECT_EQ(**g, v) << "garbage returned";
    }
  }
  EXPECT_GT(corrupt, 0u);
}

TEST(RocksDbStore, DamagedMetaTableFailsOpenWithCorruption) {
  TempDir dir;
  const std::string path = dir.sub("db");
  {
    auto store = open_ok(path);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->flush().ok());
  }
  const auto files = table_files(path, "meta");
  ASSERT_EQ(files.size(), 1u);
  // Damage the data block at the start of the file (our record is its only entry).
  flip_bytes(files[0], 0, 24);
  auto r = RocksDbStore::open(path, genesis_of(1), fast_options());
  ASSERT_FALSE(r.has_value());
  EXPECT_TRUE(r.error().is_corruption()) << r.error().to_string();
}

}  // namespace
}  // namespace subemu::storage
