#include "storage/memory_store.hpp"

#include <atomic>

namespace subemu::storage {
namespace {

Result<std::optional<Bytes>, Status> find_in(const MemoryStore::Map& map, ByteView key) {
  auto it = map.find(key);
  if (it == map.end()) return std::optional<Bytes>();
  return std::optional<Bytes>(it->second);
}

class MemorySnapshot final : public KvSnapshot {
 public:
  explicit MemorySnapshot(std::shared_ptr<const MemoryStore::Spaces> spaces)
      : spaces_(std::move(spaces)) {}

  Result<std::optional<Bytes>, Status> get(ByteView key) const override {
    return find_in(spaces_->state, key);
  }
  Status scan(const ScanRange& range, ScanVisitor visit) const override {
    return scan_sorted_map(spaces_->state, range, visit);
  }
  Result<std::optional<Bytes>, Status> get_chain(ByteView key) const override {
    return find_in(spaces_->chain, key);
  }
  Status scan_chain(const ScanRange& range, ScanVisitor visit) const override {
    return scan_sorted_map(spaces_->chain, range, visit);
  }

 private:
  std::shared_ptr<const MemoryStore::Spaces> spaces_;
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

MemoryStore::MemoryStore() : spaces_(std::make_shared<Spaces>()) {}

Result<std::optional<Bytes>, Status> MemoryStore::get(ByteView key) const {
  return find_in(spaces_->state, key);
}

Status MemoryStore::scan(const ScanRange& range, ScanVisitor visit) const {
  return scan_sorted_map(spaces_->state, range, visit);
}

Result<std::optional<Bytes>, Status> MemoryStore::get_chain(ByteView key) const {
  return find_in(spaces_->chain, key);
}

Status MemoryStore::scan_chain(const ScanRange& range, ScanVisitor visit) const {
  return scan_sorted_map(spaces_->chain, range, visit);
}

Status MemoryStore::apply(const WriteBatch& batch) {
  if (batch.empty()) return Status();
  if (spaces_.use_count() > 1) {
    // A snapshot shares the maps: give the store its own copy.
    spaces_ = std::make_shared<Spaces>(*spaces_);
  } else {
    // Pairs with the release in the last snapshot's reference drop (possibly on another
    // thread), so that thread's reads happen-before our writes.
    std::atomic_thread_fence(std::memory_order_acquire);
  }
  for (const WriteBatch::Op& op : batch.ops()) {
    Map& map = op.space == Space::kChain ? spaces_->chain : spaces_->state;
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
  return std::make_unique<MemorySnapshot>(spaces_);
}

}  // namespace subemu::storage
