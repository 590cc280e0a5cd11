// Overlay: pending state changes over a read-only backend, with nested transactions
// (Substrate's OverlayedChanges + FRAME's transactional storage layers).
//
// Model. The overlay is a stack of layers over a KvReader (a store or, normally, a snapshot of
// the parent block's state). Layer 0 holds the block's changes; each open transaction adds a
// layer on top. A layer holds
//   * writes:  key -> value, or key -> "deleted";
//   * cleared: prefix tombstones recorded by clear_prefix (no backend range is materialised).
// The value of a key is decided by the topmost layer that either writes the key or has a
// tombstone covering it; if none does, the backend decides.
//
// Invariants (per layer):
//   I1. every write under a tombstone of the same layer happened after that tombstone
//       (clear_prefix erases the layer's earlier writes under the prefix), so a write beats a
//       tombstone of its own layer;
//   I2. the tombstones of a layer are prefix-free (no tombstone is a prefix of another), so at
//       most one of them covers a key and it is the greatest tombstone <= that key.
//
// Transactions: start_transaction pushes a layer; rollback_transaction drops it (the writes of a
// failed extrinsic vanish); commit_transaction merges it into the layer below (its tombstones
// first, then its writes). Depth is bounded (FRAME's TRANSACTIONAL_LIMIT is 255).
//
// Iteration (scan / next_key / next_entry) merges all layers and the backend in unsigned-byte
// key order: deletions and tombstones hide backend keys, and a backend range hidden by a
// tombstone is skipped with one seek rather than walked.
//
// Errors: pallet code sees infallible storage. A backend failure during a read is recorded as a
// sticky error (the first one wins), and the read answers as if the key were absent / the
// iteration ended. The executive checks backend_error() after each extrinsic and block;
// drain_to_batch() refuses to produce a batch while a backend error is recorded.
//
// Thread-safety: none. An Overlay is owned by the chain thread; the backend must outlive it and
// must not change while the overlay reads it (use a snapshot).
#pragma once

#include "storage/layer.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <utility>
#include <vector>

#include "runtime/primitives/result.hpp"
#include "runtime/primitives/status.hpp"
#include "storage/kv_store.hpp"

namespace subemu::storage {

// Failures of the transaction API. A dispatch wrapper maps kLimitReached to FRAME's
// TransactionalError::LimitReached; kNoOpenTransaction is a bug in the caller.
enum class TransactionError : uint8_t { kLimitReached = 0, kNoOpenTransaction = 1 };

class Overlay {
 public:
  static constexpr uint32_t kDefaultMaxTransactionDepth = 255;

  // REQUIRES: `backend` outlives the overlay (or until set_backend replaces it).
  explicit Overlay(const KvReader& backend,
                   uint32_t max_transaction_depth = kDefaultMaxTransactionDepth);
  Overlay(const Overlay&) = delete;
  Overlay& operator=(const Overlay&) = delete;

  // ---- Reads (const: they change nothing but the sticky error) --------------------------------

  // The current value of `key`; nullopt when absent (or on a backend error, then recorded).
  std::optional<Bytes> get(ByteView key) const;
  bool contains(ByteView key) const;

  // Substrate's next_key: the first key strictly greater than `key` in the merged state.
  std::optional<Bytes> next_key(ByteView key) const;

  // The first entry of `range` in the merged state, or nullopt.
  std::optional<std::pair<Bytes, Bytes>> next_entry(const ScanRange& range) const;

  // Visits the merged entries of `range` in ascending key order until the visitor returns
  // kStop. A backend error ends the scan and is recorded.
  // REQUIRES: the visitor does not modify the overlay (checked; to modify while iterating,
  // step with next_entry as the typed items do).
  void scan(const ScanRange& range, ScanVisitor visit) const;

  // ---- Writes (to the top layer) --------------------------------------------------------------

  void put(ByteView key, ByteView value);
  void put(Bytes&& key, Bytes&& value);
  void remove(ByteView key);
  // Removes every key starting with `prefix` (backend keys included) by recording a tombstone.
  void clear_prefix(ByteView prefix);

  // ---- Transactions ---------------------------------------------------------------------------

  Result<void, TransactionError> start_transaction();
  Result<void, TransactionError> commit_transaction();
  Result<void, TransactionError> rollback_transaction();
  // Number of open transactions (0 = only block-level changes).
  uint32_t transaction_depth() const noexcept { return static_cast<uint32_t>(layers_.size() - 1); }
  uint32_t max_transaction_depth() const noexcept { return max_depth_; }

  // ---- Block commit ---------------------------------------------------------------------------

  // Moves all pending changes into one WriteBatch (prefix removals first, in key order, then
  // puts and removes in key order) and leaves the overlay empty. A cleared prefix under which
  // the backend holds no key is left out (it would remove nothing). Fails, changing nothing, when
  // a backend error is recorded or occurs. REQUIRES: transaction_depth() == 0.
  Result<WriteBatch, Status> drain_to_batch();

  // Drops every pending change and open transaction (depth becomes 0). Sticky errors stay.
  void discard_changes();

  // True when no layer holds a write or a tombstone.
  bool empty() const noexcept;

  // Switches to another backend (e.g. the snapshot of the block just committed).
  // REQUIRES: empty() and transaction_depth() == 0.
  void set_backend(const KvReader& backend);

  // ---- Sticky notes ---------------------------------------------------------------------------

  // The first backend failure seen since construction or clear_errors(); ok if none.
  const Status& backend_error() const noexcept { return backend_error_; }

  // Typed items call this when a stored value or key fails to decode (FRAME treats such a value
  // as absent). Counted, and the first offending key kept for diagnostics.
  void note_decode_failure(ByteView key) const;
  uint64_t decode_failures() const noexcept { return decode_failures_; }
  const Bytes& first_decode_failure_key() const noexcept { return first_decode_failure_key_; }

  void clear_errors();

  // What a layer stack says about one key.
  struct Lookup {
    enum class Kind : uint8_t { kMiss = 0, kDeleted = 1, kValue = 2 };
    Kind kind;
    const Bytes* value;  // non-null iff kValue; valid until the next mutation
  };
  // The overlay's own answer for `key`, without consulting the backend.
  Lookup lookup(ByteView key) const;

 private:
  using Writes = std::map<Bytes, std::optional<Bytes>, BytesLess>;
  using Tombstones = std::set<Bytes, BytesLess>;
  struct Layer {
    Writes writes;
    Tombstones cleared;
  };
  class Cursor;

  void record_error(Status s) const;
  void check_not_scanning() const;
  static void set_write(Layer& layer, ByteView key, std::optional<Bytes> value);
  static void clear_prefix_in(Layer& layer, ByteView prefix);
  static const Bytes* covering_tombstone(const Tombstones& cleared, ByteView key);

  const KvReader* backend_;
  uint32_t max_depth_;
  std::vector<Layer> layers_;  // layers_[0]: block changes; never empty

  mutable uint32_t active_scans_ = 0;
  mutable Status backend_error_;
  mutable uint64_t decode_failures_ = 0;
  mutable Bytes first_decode_failure_key_;
};

}  // namespace subemu::storage
