#include "storage/rocksdb/rocksdb_store.hpp"

#include <rocksdb/cache.h>
#include <rocksdb/db.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/options.h>
#include <rocksdb/slice.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <new>
#include <string>
#include <system_error>
#include <vector>

#include "storage/rocksdb/rocksdb_status.hpp"

namespace subemu::storage {
namespace {

rocksdb::Slice to_slice(ByteView v) {
  return rocksdb::Slice(reinterpret_cast<const char*>(v.data()), v.size());
}
ByteView to_view(const rocksdb::Slice& s) {
  return ByteView(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

Status exception_status(std::string_view context) {
  try {
    throw;
  } catch (const std::bad_alloc&) {
    std::abort();  // allocation failure is fatal (STYLE.md C5)
  } catch (const std::exception& e) {
    return Status::io_error(context, e.what());
  } catch (...) {
    return Status::io_error(context, "unknown exception");
  }
}

rocksdb::ColumnFamilyOptions column_options(const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::ColumnFamilyOptions cf;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.checksum = rocksdb::kXXH3;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  table.whole_key_filtering = true;
  cf.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return cf;
}

rocksdb::ReadOptions read_options(const rocksdb::Snapshot* snapshot) {
  rocksdb::ReadOptions ro;
  ro.verify_checksums = true;
  ro.snapshot = snapshot;
  return ro;
}

Bytes encode_meta(uint32_t version, const RocksDbStore::Genesis& genesis) {
  Bytes out(kRocksMetaMagic.begin(), kRocksMetaMagic.end());
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(version >> (8 * i)));
  out.insert(out.end(), genesis.begin(), genesis.end());
  return out;
}

// Shared by the store and its snapshots.
Result<std::optional<Bytes>, Status> get_impl(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                                              const rocksdb::Snapshot* snapshot, ByteView key) {
  rocksdb::PinnableSlice value;
  const rocksdb::Status s = db->Get(read_options(snapshot), cf, to_slice(key), &value);
  if (s.IsNotFound()) return std::optional<Bytes>();
  if (!s.ok()) return unexpected(from_rocksdb(s, "rocksdb get"));
  const ByteView v = to_view(value);
  return std::optional<Bytes>(Bytes(v.begin(), v.end()));
}

Status scan_impl(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                 const rocksdb::Snapshot* snapshot, const ScanRange& range, ScanVisitor visit) {
  rocksdb::ReadOptions ro = read_options(snapshot);
  const std::optional<Bytes> upper = prefix_successor(range.prefix);
  rocksdb::Slice upper_slice;
  if (upper) {
    upper_slice = to_slice(*upper);
    ro.iterate_upper_bound = &upper_slice;
  }
  std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(ro, cf));
  const bool from_inside = compare_bytes(range.from, range.prefix) >= 0;
  it->Seek(to_slice(from_inside ? range.from : range.prefix));
  for (; it->Valid(); it->Next()) {
    const ByteView key = to_view(it->key());
    if (!starts_with(key, range.prefix)) break;
    if (from_inside && range.exclusive && compare_bytes(key, range.from) == 0) continue;
    if (visit(key, to_view(it->value())) == Visit::kStop) return Status();
  }
  return from_rocksdb(it->status(), "rocksdb scan");
}

class RocksDbSnapshot final : public KvSnapshot {
 public:
  RocksDbSnapshot(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf,
                  rocksdb::ColumnFamilyHandle* chain)
      : db_(db), cf_(cf), chain_(chain), snapshot_(db->GetSnapshot()) {}
  ~RocksDbSnapshot() override { db_->ReleaseSnapshot(snapshot_); }
  RocksDbSnapshot(const RocksDbSnapshot&) = delete;
  RocksDbSnapshot& operator=(const RocksDbSnapshot&) = delete;

  Result<std::optional<Bytes>, Status> get(ByteView key) const override {
    return get_impl(db_, cf_, snapshot_, key);
  }
  Status scan(const ScanRange& range, ScanVisitor visit) const override {
    return scan_impl(db_, cf_, snapshot_, range, visit);
  }
  Result<std::optional<Bytes>, Status> get_chain(ByteView key) const override {
    return get_impl(db_, chain_, snapshot_, key);
  }
  Status scan_chain(const ScanRange& range, ScanVisitor visit) const override {
    return scan_impl(db_, chain_, snapshot_, range, visit);
  }

 private:
  rocksdb::DB* db_;
  rocksdb::ColumnFamilyHandle* cf_;
  rocksdb::ColumnFamilyHandle* chain_;
  const rocksdb::Snapshot* snapshot_;
};

}  // namespace

struct RocksDbStore::Impl {
  std::string path;
  Genesis genesis{};
  RocksDbOptions options;
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;  // index = RocksColumn for ours
  rocksdb::ColumnFamilyHandle* state = nullptr;
  rocksdb::ColumnFamilyHandle* meta = nullptr;
  rocksdb::ColumnFamilyHandle* chain = nullptr;

  ~Impl() {
    if (!db) return;
    for (rocksdb::ColumnFamilyHandle* h : handles) {
      db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    }
    db->Close().PermitUncheckedError();
  }

  Status open(bool exists);
  Status check_meta();
};

Status RocksDbStore::Impl::open(bool exists) {
  rocksdb::DBOptions db_options;
  db_options.create_if_missing = !exists;
  db_options.create_missing_column_families = !exists;
  db_options.error_if_exists = !exists;
  db_options.paranoid_checks = true;
  db_options.wal_recovery_mode = rocksdb::WALRecoveryMode::kPointInTimeRecovery;
  db_options.atomic_flush = true;
  db_options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;

  std::vector<std::string> names;
  if (exists) {
    const rocksdb::Status s = rocksdb::DB::ListColumnFamilies(db_options, path, &names);
    if (!s.ok()) return from_rocksdb(s, "rocksdb list column families of " + path);
    if (std::find(names.begin(), names.end(), "chain") == names.end() &&
        std::find(names.begin(), names.end(), "meta") != names.end()) {
      return Status::not_supported("database at " + path +
                                   " has format version 1 (no block records); this build reads "
                                   "version " + std::to_string(kFormatVersion) +
                                   ": remove the folder to start a fresh chain");
    }
    for (std::string_view want : kRocksColumnNames) {
      if (std::find(names.begin(), names.end(), want) == names.end()) {
        return Status::corruption("database at " + path + " lacks column family",
                                  std::string(want));
      }
    }
    if (names.size() != kRocksColumnNames.size()) {
      return Status::corruption("database at " + path + " has unknown column families");
    }
  }
  names.assign(kRocksColumnNames.begin(), kRocksColumnNames.end());

  const auto cache = rocksdb::NewLRUCache(options.block_cache_bytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
  for (const std::string& name : names) descriptors.emplace_back(name, column_options(cache));

  rocksdb::DB* raw = nullptr;
  const rocksdb::Status s = rocksdb::DB::Open(db_options, path, descriptors, &handles, &raw);
  if (!s.ok()) return from_rocksdb(s, "rocksdb open " + path);
  db.reset(raw);
  state = handles[static_cast<size_t>(RocksColumn::kState)];
  meta = handles[static_cast<size_t>(RocksColumn::kMeta)];
  chain = handles[static_cast<size_t>(RocksColumn::kChain)];

  if (!exists) {
    const Bytes record = encode_meta(kFormatVersion, genesis);
    rocksdb::WriteOptions wo;
    wo.sync = true;
    const rocksdb::Status w =
        db->Put(wo, meta, to_slice(as_bytes(kRocksMetaKey)), to_slice(record));
    if (!w.ok()) return from_rocksdb(w, "rocksdb write meta record");
    return Status();
  }
  return check_meta();
}

Status RocksDbStore::Impl::check_meta() {
  auto r = get_impl(db.get(), meta, nullptr, as_bytes(kRocksMetaKey));
  if (!r.has_value()) return r.error();
  if (!r->has_value()) {
    return Status::corruption("database at " + path + ": meta record '" +
                              std::string(kRocksMetaKey) + "' missing");
  }
  const Bytes& rec = **r;
  if (rec.size() < kRocksMetaMagic.size() + 4 ||
      !std::equal(kRocksMetaMagic.begin(), kRocksMetaMagic.end(), rec.begin(),
                  [](char a, uint8_t b) { return static_cast<uint8_t>(a) == b; })) {
    return Status::corruption("database at " + path + ": meta record garbled", to_hex(rec));
  }
  uint32_t version = 0;
  for (size_t i = 0; i < 4; ++i) {
    version |= static_cast<uint32_t>(rec[kRocksMetaMagic.size() + i]) << (8 * i);
  }
  if (version != kFormatVersion) {
    return Status::not_supported("database at " + path + " has format version " +
                                 std::to_string(version) + ", this build reads version " +
                                 std::to_string(kFormatVersion));
  }
  if (rec.size() != kRocksMetaSize) {
    return Status::corruption("database at " + path + ": meta record has " +
                              std::to_string(rec.size()) + " bytes, expected " +
                              std::to_string(kRocksMetaSize));
  }
  Genesis stored{};
  std::copy(rec.end() - 32, rec.end(), stored.begin());
  if (stored != genesis) {
    return Status::invalid_argument("database at " + path + " belongs to the chain with genesis " +
                                    to_hex(stored) + ", expected genesis " + to_hex(genesis));
  }
  return Status();
}

Result<std::unique_ptr<RocksDbStore>, Status> RocksDbStore::open(const std::string& path,
                                                                 const Genesis& genesis,
                                                                 const RocksDbOptions& options) {
  try {
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->genesis = genesis;
    impl->options = options;
    std::error_code ec;
    const bool exists = std::filesystem::exists(std::filesystem::path(path) / "CURRENT", ec);
    if (ec) return unexpected(Status::io_error("cannot stat " + path, ec.message()));
    if (!exists && !options.create_if_missing) {
      return unexpected(Status::not_found("no database at " + path));
    }
    // A non-empty directory without CURRENT is a damaged database (or something else): never
    // create a fresh database over it, RocksDB would delete the files it does not know.
    if (!exists) {
      const auto st = std::filesystem::status(path, ec);
      if (ec && ec != std::errc::no_such_file_or_directory) {
        return unexpected(Status::io_error("cannot stat " + path, ec.message()));
      }
      ec.clear();
      if (std::filesystem::is_directory(st)) {
        const bool empty = std::filesystem::is_empty(path, ec);
        if (ec) return unexpected(Status::io_error("cannot read " + path, ec.message()));
        if (!empty) {
          return unexpected(Status::corruption(
              "directory " + path + " is not empty but holds no database (CURRENT missing)"));
        }
      }
    }
    Status s = impl->open(exists);
    if (!s.ok()) return unexpected(std::move(s));
    return std::unique_ptr<RocksDbStore>(new RocksDbStore(std::move(impl)));
  } catch (...) {
    return unexpected(exception_status("rocksdb open " + path));
  }
}

RocksDbStore::RocksDbStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RocksDbStore::~RocksDbStore() = default;

Result<std::optional<Bytes>, Status> RocksDbStore::get(ByteView key) const {
  return get_impl(impl_->db.get(), impl_->state, nullptr, key);
}

Status RocksDbStore::scan(const ScanRange& range, ScanVisitor visit) const {
  return scan_impl(impl_->db.get(), impl_->state, nullptr, range, visit);
}

Result<std::optional<Bytes>, Status> RocksDbStore::get_chain(ByteView key) const {
  return get_impl(impl_->db.get(), impl_->chain, nullptr, key);
}

Status RocksDbStore::scan_chain(const ScanRange& range, ScanVisitor visit) const {
  return scan_impl(impl_->db.get(), impl_->chain, nullptr, range, visit);
}

Status RocksDbStore::apply(const WriteBatch& batch) {
  try {
    rocksdb::WriteBatch wb;
    const auto& ops = batch.ops();
    for (size_t i = 0; i < ops.size(); ++i) {
      const WriteBatch::Op& op = ops[i];
      const bool chain_space = op.space == Space::kChain;
      rocksdb::ColumnFamilyHandle* cf = chain_space ? impl_->chain : impl_->state;
      rocksdb::Status s;
      switch (op.kind) {
        case WriteBatch::OpKind::kPut:
          s = wb.Put(cf, to_slice(op.key), to_slice(op.value));
          break;
        case WriteBatch::OpKind::kRemove:
          s = wb.Delete(cf, to_slice(op.key));
          break;
        case WriteBatch::OpKind::kRemovePrefix: {
          if (const auto end = prefix_successor(op.key)) {
            s = wb.DeleteRange(cf, to_slice(op.key), to_slice(*end));
            break;
          }
          // No finite end key (prefix empty or all 0xff): delete the stored keys one by one,
          // and the keys this batch put earlier.
          auto del = [&](ByteView key, ByteView) {
            s = wb.Delete(cf, to_slice(key));
            return s.ok() ? Visit::kContinue : Visit::kStop;
          };
          Status scanned = chain_space ? scan_chain(ScanRange::all_with_prefix(op.key), del)
                                       : scan(ScanRange::all_with_prefix(op.key), del);
          if (!scanned.ok()) return scanned;
          for (size_t j = 0; j < i && s.ok(); ++j) {
            if (ops[j].kind == WriteBatch::OpKind::kPut && ops[j].space == op.space &&
                starts_with(ops[j].key, op.key)) {
              s = wb.Delete(cf, to_slice(ops[j].key));
            }
          }
          break;
        }
      }
      if (!s.ok()) return from_rocksdb(s, "rocksdb build batch");
    }
    rocksdb::WriteOptions wo;
    wo.sync = impl_->options.sync_writes;
    return from_rocksdb(impl_->db->Write(wo, &wb), "rocksdb write batch");
  } catch (...) {
    return exception_status("rocksdb apply");
  }
}

std::unique_ptr<KvSnapshot> RocksDbStore::snapshot() const {
  return std::make_unique<RocksDbSnapshot>(impl_->db.get(), impl_->state, impl_->chain);
}

Status RocksDbStore::flush() {
  rocksdb::FlushOptions fo;
  fo.wait = true;
  std::vector<rocksdb::ColumnFamilyHandle*> cfs = impl_->handles;
  return from_rocksdb(impl_->db->Flush(fo, cfs), "rocksdb flush");
}

const RocksDbStore::Genesis& RocksDbStore::genesis() const noexcept { return impl_->genesis; }
const std::string& RocksDbStore::path() const noexcept { return impl_->path; }

}  // namespace subemu::storage
