#include "storage/memory_store.hpp"

#include <atomic>

namespace subemu::storage {
namespace {

class MemorySnapshot final : public KvSnapshot {
 public:
  explicit MemorySnapshot(std::shared_ptr<const MemoryStore::Map> map) : map_(std::move(map)) {}

  Result<std::optional<Bytes>, Status> get(ByteView key) const override {
    auto it = map_->find(key);
    if (it == map_->end()) return std::optional<Bytes>();
    return std::optional<Bytes>(it->second);
  }
  Status scan(const ScanRange& range, ScanVisitor visit) const override {
    return scan_sorted_map(*map_, range, visit);
  }

 private:
  std::shared_ptr<const MemoryStore::Map> map_;
};

// Erases every key of `map` that starts with `prefix`.
void erase_prefix(MemoryStore::Map& map, ByteView prefix) {
  auto first = map.lower_bound(prefix);
  auto last = first;
  while (last != map.end() && starts_with(last->first, prefix)) ++last;
  map.erase(first, last);
}

}  // namespace

Status scan_sorted_map(const MemoryStore::Map& map, const ScanRange& range, ScanVisitor visit) {
  MemoryStore::Map::const_iterator it;
  if (compare_bytes(range.from, range.prefix) >= 0) {
    it = range.exclusive ? map.upper_bound(range.from) : map.lower_bound(range.from);
  } else {
    it = map.lower_bound(range.prefix);
  }
  for (; it != map.end() && starts_with(it->first, range.prefix); ++it) {
    if (visit(it->first, it->second) == Visit::kStop) break;
  }
  return Status();
}

MemoryStore::MemoryStore() : map_(std::make_shared<Map>()) {}

Result<std::optional<Bytes>, Status> MemoryStore::get(ByteView key) const {
  auto it = map_->find(key);
  if (it == map_->end()) return std::optional<Bytes>();
  return std::optional<Bytes>(it->second);
}

Status MemoryStore::scan(const ScanRange& range, ScanVisitor visit) const {
  return scan_sorted_map(*map_, range, visit);
}

Status MemoryStore::apply(const WriteBatch& batch) {
  if (batch.empty()) return Status();
  if (map_.use_count() > 1) {
    // A snapshot shares the map: give the store its own copy.
    map_ = std::make_shared<Map>(*map_);
  } else {
    // Pairs with the release in the last snapshot's reference drop (possibly on another
    // thread), so that thread's reads happen-before our writes.
    std::atomic_thread_fence(std::memory_order_acquire);
  }
  Map& map = *map_;
  for (const WriteBatch::Op& op : batch.ops()) {
    switch (op.kind) {
      case WriteBatch::OpKind::kPut:
        map.insert_or_assign(op.key, op.value);
        break;
      case WriteBatch::OpKind::kRemove: {
        auto it = map.find(op.key);
        if (it != map.end()) map.erase(it);
        break;
      }
      case WriteBatch::OpKind::kRemovePrefix:
        erase_prefix(map, op.key);
        break;
    }
  }
  return Status();
}

std::unique_ptr<KvSnapshot> MemoryStore::snapshot() const {
  return std::make_unique<MemorySnapshot>(map_);
}

}  // namespace subemu::storage
