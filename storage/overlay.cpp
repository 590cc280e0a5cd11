#include "storage/overlay.hpp"

#include "runtime/primitives/check.hpp"

namespace subemu::storage {

// ---------------------------------------------------------------------------------------------
// Cursor: the union of the write keys of every layer within a ScanRange, in ascending order,
// each with the overlay's decision for it (value or deleted). Keys that are only covered by a
// tombstone are not produced; the scan checks backend keys against tombstones itself.
class Overlay::Cursor {
 public:
  Cursor(const Overlay& overlay, const ScanRange& range) : overlay_(overlay), range_(range) {
    pos_.reserve(overlay.layers_.size());
    for (const Layer& layer : overlay.layers_) {
      Writes::const_iterator it;
      if (compare_bytes(range.from, range.prefix) >= 0) {
        it = range.exclusive ? layer.writes.upper_bound(range.from)
                             : layer.writes.lower_bound(range.from);
      } else {
        it = layer.writes.lower_bound(range.prefix);
      }
      pos_.push_back(Pos{it, layer.writes.end()});
    }
    settle();
  }

  bool valid() const noexcept { return key_ != nullptr; }
  ByteView key() const noexcept { return *key_; }
  // The overlay value at key(), or nullptr when the overlay deletes it.
  const Bytes* value() const noexcept { return value_; }

  void next() {
    for (Pos& p : pos_) {
      if (p.it != p.end && compare_bytes(p.it->first, *key_) == 0) ++p.it;
    }
    settle();
  }

 private:
  struct Pos {
    Writes::const_iterator it;
    Writes::const_iterator end;
  };

  void settle() {
    key_ = nullptr;
    value_ = nullptr;
    for (Pos& p : pos_) {
      if (p.it == p.end) continue;
      if (!starts_with(p.it->first, range_.prefix)) {
        p.it = p.end;  // past the prefix: this layer is done
        continue;
      }
      if (key_ == nullptr || compare_bytes(p.it->first, *key_) < 0) key_ = &p.it->first;
    }
    if (key_ != nullptr) {
      const Lookup l = overlay_.lookup(*key_);
      value_ = l.kind == Lookup::Kind::kValue ? l.value : nullptr;
    }
  }

  const Overlay& overlay_;
  const ScanRange& range_;
  std::vector<Pos> pos_;
  const Bytes* key_ = nullptr;
  const Bytes* value_ = nullptr;
};

// ---------------------------------------------------------------------------------------------

Overlay::Overlay(const KvReader& backend, uint32_t max_transaction_depth)
    : backend_(&backend), max_depth_(max_transaction_depth) {
  layers_.emplace_back();
}

const Bytes* Overlay::covering_tombstone(const Tombstones& cleared, ByteView key) {
  if (cleared.empty()) return nullptr;
  auto it = cleared.upper_bound(key);
  if (it == cleared.begin()) return nullptr;
  --it;  // the greatest tombstone <= key: the only candidate (I2)
  return starts_with(key, *it) ? &*it : nullptr;
}

Overlay::Lookup Overlay::lookup(ByteView key) const {
  for (size_t i = layers_.size(); i-- > 0;) {
    const Layer& layer = layers_[i];
    auto it = layer.writes.find(key);
    if (it != layer.writes.end()) {
      if (it->second.has_value()) return Lookup{Lookup::Kind::kValue, &*it->second};
      return Lookup{Lookup::Kind::kDeleted, nullptr};
    }
    if (covering_tombstone(layer.cleared, key) != nullptr) {
      return Lookup{Lookup::Kind::kDeleted, nullptr};
    }
  }
  return Lookup{Lookup::Kind::kMiss, nullptr};
}

void Overlay::record_error(Status s) const {
  if (backend_error_.ok()) backend_error_ = std::move(s);
}

void Overlay::check_not_scanning() const {
  // Mutating during scan() would invalidate the cursor; step with next_entry instead.
  SUBEMU_CHECK(active_scans_ == 0);
}

std::optional<Bytes> Overlay::get(ByteView key) const {
  const Lookup l = lookup(key);
  switch (l.kind) {
    case Lookup::Kind::kValue:
      return *l.value;
    case Lookup::Kind::kDeleted:
      return std::nullopt;
    case Lookup::Kind::kMiss:
      break;
  }
  auto r = backend_->get(key);
  if (!r.has_value()) {
    record_error(r.error());
    return std::nullopt;
  }
  return std::move(r).value();
}

bool Overlay::contains(ByteView key) const { return get(key).has_value(); }

void Overlay::scan(const ScanRange& range, ScanVisitor visit) const {
  struct Guard {
    uint32_t& n;
    explicit Guard(uint32_t& c) : n(c) { ++n; }
    ~Guard() { --n; }
  } guard(active_scans_);

  Cursor cur(*this, range);
  bool stopped = false;
  ScanRange backend_range = range;
  std::optional<Bytes> resume;  // where the backend scan continues after a tombstone skip
  for (;;) {
    bool skipped = false;
    std::optional<Bytes> skip_to;
    Status s = backend_->scan(backend_range, [&](ByteView key, ByteView value) -> Visit {
      // Overlay entries before the backend key come first.
      while (cur.valid() && compare_bytes(cur.key(), key) < 0) {
        if (cur.value() != nullptr && visit(cur.key(), *cur.value()) == Visit::kStop) {
          stopped = true;
          return Visit::kStop;
        }
        cur.next();
      }
      // The overlay decides a key it writes.
      if (cur.valid() && compare_bytes(cur.key(), key) == 0) {
        Visit r = Visit::kContinue;
        if (cur.value() != nullptr) r = visit(cur.key(), *cur.value());
        cur.next();
        if (r == Visit::kStop) stopped = true;
        return r;
      }
      // A backend key under a tombstone of any layer is hidden, and so is the rest of that
      // tombstone's range: skip it with one seek (the shortest covering tombstone reaches
      // furthest).
      const Bytes* widest = nullptr;
      for (const Layer& layer : layers_) {
        const Bytes* t = covering_tombstone(layer.cleared, key);
        if (t != nullptr && (widest == nullptr || t->size() < widest->size())) widest = t;
      }
      if (widest != nullptr) {
        skipped = true;
        skip_to = prefix_successor(*widest);
        return Visit::kStop;
      }
      if (visit(key, value) == Visit::kStop) {
        stopped = true;
        return Visit::kStop;
      }
      return Visit::kContinue;
    });
    if (!s.ok()) {
      record_error(std::move(s));
      return;
    }
    if (stopped) return;
    if (!skipped || !skip_to.has_value()) break;  // backend range exhausted
    resume = std::move(skip_to);
    backend_range = ScanRange{range.prefix, *resume, false};
  }
  for (; cur.valid(); cur.next()) {
    if (cur.value() != nullptr && visit(cur.key(), *cur.value()) == Visit::kStop) return;
  }
}

std::optional<std::pair<Bytes, Bytes>> Overlay::next_entry(const ScanRange& range) const {
  std::optional<std::pair<Bytes, Bytes>> out;
  scan(range, [&](ByteView key, ByteView value) {
    out.emplace(Bytes(key.begin(), key.end()), Bytes(value.begin(), value.end()));
    return Visit::kStop;
  });
  return out;
}

std::optional<Bytes> Overlay::next_key(ByteView key) const {
  std::optional<Bytes> out;
  scan(ScanRange{ByteView(), key, true}, [&](ByteView k, ByteView) {
    out.emplace(k.begin(), k.end());
    return Visit::kStop;
  });
  return out;
}

void Overlay::set_write(Layer& layer, ByteView key, std::optional<Bytes> value) {
  auto it = layer.writes.lower_bound(key);
  if (it != layer.writes.end() && compare_bytes(it->first, key) == 0) {
    it->second = std::move(value);
  } else {
    layer.writes.emplace_hint(it, Bytes(key.begin(), key.end()), std::move(value));
  }
}

void Overlay::put(ByteView key, ByteView value) {
  check_not_scanning();
  set_write(layers_.back(), key, Bytes(value.begin(), value.end()));
}

void Overlay::put(Bytes&& key, Bytes&& value) {
  check_not_scanning();
  Writes& writes = layers_.back().writes;
  auto it = writes.lower_bound(key);
  if (it != writes.end() && compare_bytes(it->first, key) == 0) {
    it->second = std::move(value);
  } else {
    writes.emplace_hint(it, std::move(key), std::move(value));
  }
}

void Overlay::remove(ByteView key) {
  check_not_scanning();
  set_write(layers_.back(), key, std::nullopt);
}

void Overlay::clear_prefix_in(Layer& layer, ByteView prefix) {
  // I1: this layer's earlier writes under the prefix are superseded.
  auto first = layer.writes.lower_bound(prefix);
  auto last = first;
  while (last != layer.writes.end() && starts_with(last->first, prefix)) ++last;
  layer.writes.erase(first, last);
  // I2: a shorter tombstone already covering `prefix` makes it redundant; otherwise it replaces
  // the tombstones it covers.
  if (covering_tombstone(layer.cleared, prefix) != nullptr) return;
  auto t_first = layer.cleared.lower_bound(prefix);
  auto t_last = t_first;
  while (t_last != layer.cleared.end() && starts_with(*t_last, prefix)) ++t_last;
  layer.cleared.erase(t_first, t_last);
  layer.cleared.emplace(prefix.begin(), prefix.end());
}

void Overlay::clear_prefix(ByteView prefix) {
  check_not_scanning();
  clear_prefix_in(layers_.back(), prefix);
}

Result<void, TransactionError> Overlay::start_transaction() {
  check_not_scanning();
  if (transaction_depth() >= max_depth_) return unexpected(TransactionError::kLimitReached);
  layers_.emplace_back();
  return Ok{};
}

Result<void, TransactionError> Overlay::commit_transaction() {
  check_not_scanning();
  if (transaction_depth() == 0) return unexpected(TransactionError::kNoOpenTransaction);
  Layer top = std::move(layers_.back());
  layers_.pop_back();
  Layer& below = layers_.back();
  if (below.writes.empty() && below.cleared.empty()) {
    below = std::move(top);
    return Ok{};
  }
  // The inner layer's tombstones happened after everything in `below`, and its writes after
  // its tombstones (I1), so apply them in that order.
  for (const Bytes& prefix : top.cleared) clear_prefix_in(below, prefix);
  for (auto& [key, value] : top.writes) {
    auto it = below.writes.lower_bound(key);
    if (it != below.writes.end() && compare_bytes(it->first, key) == 0) {
      it->second = std::move(value);
    } else {
      below.writes.emplace_hint(it, key, std::move(value));
    }
  }
  return Ok{};
}

Result<void, TransactionError> Overlay::rollback_transaction() {
  check_not_scanning();
  if (transaction_depth() == 0) return unexpected(TransactionError::kNoOpenTransaction);
  layers_.pop_back();
  return Ok{};
}

Result<WriteBatch, Status> Overlay::drain_to_batch() {
  check_not_scanning();
  SUBEMU_CHECK(transaction_depth() == 0);
  if (!backend_error_.ok()) return unexpected(backend_error_);
  Layer& base = layers_.front();
  WriteBatch batch;
  batch.reserve(base.cleared.size() + base.writes.size());
  for (const Bytes& prefix : base.cleared) {
    // A prefix with no key in the backend needs no removal: skipping it keeps the batch free of
    // range deletions that RocksDB would otherwise carry (and re-check on reads) for every block.
    bool backend_has_key = false;
    const Status s = backend_->scan(ScanRange::all_with_prefix(prefix), [&](ByteView, ByteView) {
      backend_has_key = true;
      return Visit::kStop;
    });
    if (!s.ok()) {
      record_error(s);
      return unexpected(backend_error_);
    }
    if (backend_has_key) batch.remove_prefix(prefix);
  }
  for (auto& [key, value] : base.writes) {
    if (value.has_value()) {
      batch.put(Bytes(key), std::move(*value));
    } else {
      batch.remove(key);
    }
  }
  base.writes.clear();
  base.cleared.clear();
  return batch;
}

void Overlay::discard_changes() {
  check_not_scanning();
  layers_.clear();
  layers_.emplace_back();
}

bool Overlay::empty() const noexcept {
  for (const Layer& layer : layers_) {
    if (!layer.writes.empty() || !layer.cleared.empty()) return false;
  }
  return true;
}

void Overlay::set_backend(const KvReader& backend) {
  check_not_scanning();
  SUBEMU_CHECK(transaction_depth() == 0 && empty());
  backend_ = &backend;
}

void Overlay::note_decode_failure(ByteView key) const {
  if (decode_failures_ == 0) first_decode_failure_key_.assign(key.begin(), key.end());
  ++decode_failures_;
}

void Overlay::clear_errors() {
  backend_error_ = Status();
  decode_failures_ = 0;
  first_decode_failure_key_.clear();
}

}  // namespace subemu::storage
