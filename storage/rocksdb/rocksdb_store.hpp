// RocksDbStore: the persistent KvStore, on RocksDB. The layout is documented in
// docs/STATE_FORMAT.md; in short:
//   column family "state": Substrate storage keys -> SCALE values (the chain state)
//   column family "meta":  one record "subemu.meta" = "SUBEMUDB" ++ u32 LE format version
//                          ++ 32-byte genesis identity
//   column family "chain": the chain-record space (Space::kChain): block records, head pointer
//   column family "default": required by RocksDB, unused
//
// Durability: apply() is one rocksdb::WriteBatch (atomic, WAL on); with sync_writes (default)
// the WAL is fsynced before apply() returns, so a committed block survives a crash of the
// process or the machine. Recovery uses point-in-time WAL replay: after a crash the store holds
// exactly the batches whose apply() completed (plus possibly the one in flight, entirely).
//
// Integrity: paranoid checks on open and checksum verification on every read; a damaged file
// is reported as Status::Corruption, never returned as data.
//
// Exceptions are confined to this adapter (converted to Status at its edge).
//
// Thread-safety: as KvStore. Snapshots hold a RocksDB snapshot and must be destroyed before the
// store.
#pragma once

#include "storage/rocksdb/layer.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "storage/kv_store.hpp"

namespace subemu::storage {

// Column families. On disk: names and meaning must not change (append only).
enum class RocksColumn : uint8_t { kDefault = 0, kState = 1, kMeta = 2, kChain = 3 };
inline constexpr std::array<std::string_view, 4> kRocksColumnNames = {"default", "state", "meta",
                                                                      "chain"};
static_assert(kRocksColumnNames.size() == static_cast<size_t>(RocksColumn::kChain) + 1,
              "one name per RocksColumn");

// The meta record. On disk: must not change without a format version bump.
inline constexpr std::string_view kRocksMetaKey = "subemu.meta";
inline constexpr std::string_view kRocksMetaMagic = "SUBEMUDB";
inline constexpr size_t kRocksMetaSize = 8 + 4 + 32;

struct RocksDbOptions {
  // Create the database (and its meta record) when `path` holds none; else NotFound.
  bool create_if_missing = true;
  // fsync the WAL in every apply() (per-block durability). Off: survives process crashes only.
  bool sync_writes = true;
  // LRU block cache shared by the column families.
  size_t block_cache_bytes = size_t{64} << 20;
};

class RocksDbStore final : public KvStore {
 public:
  // Version of the on-disk layout this build reads and writes.
  // 1: state + meta. 2: + the "chain" column family; the identity is the genesis block hash.
  // 3: block records carry the block's events.
  static constexpr uint32_t kFormatVersion = 3;
  using Genesis = ByteArray<32>;

  // Opens the database at `path` for the chain identified by `genesis`, creating it when absent
  // and allowed. Errors:
  //   NotFound         no database at `path` and !create_if_missing;
  //   NotSupported     the database has another format version (message names both);
  //   InvalidArgument  the database belongs to another genesis (message names both);
  //   Corruption       missing or garbled meta record, missing column family, damaged files;
  //   IOError          the file system or RocksDB failed.
  static Result<std::unique_ptr<RocksDbStore>, Status> open(const std::string& path,
                                                            const Genesis& genesis,
                                                            const RocksDbOptions& options = {});

  ~RocksDbStore() override;  // closes the database (no flush needed: the WAL is durable)
  RocksDbStore(const RocksDbStore&) = delete;
  RocksDbStore& operator=(const RocksDbStore&) = delete;

  Result<std::optional<Bytes>, Status> get(ByteView key) const override;
  Status scan(const ScanRange& range, ScanVisitor visit) const override;
  Result<std::optional<Bytes>, Status> get_chain(ByteView key) const override;
  Status scan_chain(const ScanRange& range, ScanVisitor visit) const override;
  Status apply(const WriteBatch& batch) override;
  std::unique_ptr<KvSnapshot> snapshot() const override;

  // Writes the memtables of every column family to table files and waits (tests, backups).
  Status flush();

  const Genesis& genesis() const noexcept;
  const std::string& path() const noexcept;

  struct Impl;

 private:
  explicit RocksDbStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace subemu::storage
