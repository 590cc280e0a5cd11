// MemoryStore: the in-memory KvStore (std::map), for tests, ephemeral queries and as the
// reference the RocksDB store is compared against.
//
// Snapshots are copy-on-write: the store holds its map through a shared pointer; snapshot()
// shares it (O(1)); the next apply() while a snapshot is alive copies the map once (O(n)) and
// mutates the copy, so the snapshot keeps seeing the old state.
//
// Thread-safety: as KvStore (one owner thread; snapshots readable from any thread).
// apply() never fails (allocation failure is fatal), so the memory store is trivially atomic.
#pragma once

#include "storage/layer.hpp"

#include <map>
#include <memory>

#include "storage/kv_store.hpp"

namespace subemu::storage {

class MemoryStore final : public KvStore {
 public:
  using Map = std::map<Bytes, Bytes, BytesLess>;

  MemoryStore();

  // The state space and the chain-record space (kv_store.hpp Space), shared with snapshots.
  struct Spaces {
    Map state;
    Map chain;
  };

  Result<std::optional<Bytes>, Status> get(ByteView key) const override;
  Status scan(const ScanRange& range, ScanVisitor visit) const override;
  Result<std::optional<Bytes>, Status> get_chain(ByteView key) const override;
  Status scan_chain(const ScanRange& range, ScanVisitor visit) const override;
  Status apply(const WriteBatch& batch) override;
  std::unique_ptr<KvSnapshot> snapshot() const override;

  // Number of state entries; for tests.
  size_t size() const noexcept { return spaces_->state.size(); }
  // The whole state, for tests and dumps.
  const Map& entries() const noexcept { return spaces_->state; }
  const Map& chain_entries() const noexcept { return spaces_->chain; }

 private:
  std::shared_ptr<Spaces> spaces_;  // never null
};

// Scan of a sorted map with ScanRange semantics; shared by stores and snapshots.
Status scan_sorted_map(const MemoryStore::Map& map, const ScanRange& range, ScanVisitor visit);

}  // namespace subemu::storage
