// The KV seam: an abstract, ordered byte-string key-value store (cf. leveldb's DB and Env).
//
// Everything above this interface (overlay, typed items, runtime) sees raw byte keys in
// lexicographic unsigned-byte order, which is Substrate's storage order: storing the real
// Substrate keys makes iteration order identical to the chain's for free (STYLE.md C2).
//
//   KvReader    get + ordered scan; implemented by stores and by their snapshots
//   KvSnapshot  an immutable read view; never observes part of a later apply()
//   KvStore     a KvReader that also applies WriteBatches atomically and takes snapshots
//   WriteBatch  an ordered list of put / remove / remove_prefix, applied all or nothing
//
// Failures are Status values (STYLE.md C5); a missing key is not a failure (nullopt).
//
// Thread-safety (for every implementation): a store is used by one owner thread (apply,
// snapshot, reads). A snapshot is immutable: it may be read from any thread, concurrently,
// and destroyed on any thread, but must not outlive the store that made it.
#pragma once

#include "storage/layer.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/result.hpp"
#include "runtime/primitives/status.hpp"

namespace subemu::storage {

// The environment-failure status (runtime/primitives/status.hpp), also as storage::Status.
using ::subemu::Status;

// ---------------------------------------------------------------------------------------------
// Byte-order helpers.

// Lexicographic comparison of unsigned bytes: <0, 0 or >0, as memcmp with length tie-break.
inline int compare_bytes(ByteView a, ByteView b) noexcept {
  const size_t n = a.size() < b.size() ? a.size() : b.size();
  const int c = n == 0 ? 0 : std::memcmp(a.data(), b.data(), n);
  if (c != 0) return c;
  return a.size() < b.size() ? -1 : (a.size() > b.size() ? 1 : 0);
}

inline bool starts_with(ByteView key, ByteView prefix) noexcept {
  return key.size() >= prefix.size() &&
         (prefix.empty() || std::memcmp(key.data(), prefix.data(), prefix.size()) == 0);
}

// The smallest key greater than every key that starts with `prefix`: strip trailing 0xff bytes,
// then increment the last byte. nullopt when no such key exists (prefix empty or all 0xff).
std::optional<Bytes> prefix_successor(ByteView prefix);

// Transparent "less" for ordered containers keyed by Bytes, usable with ByteView lookups.
struct BytesLess {
  using is_transparent = void;
  bool operator()(ByteView a, ByteView b) const noexcept { return compare_bytes(a, b) < 0; }
};

// ---------------------------------------------------------------------------------------------
// FunctionRef: a non-owning, non-allocating reference to a callable (the callable must outlive
// the call it is passed to). Used for scan visitors so the virtual seam needs no templates.
template <class Sig>
class FunctionRef;

template <class R, class... Args>
class FunctionRef<R(Args...)> {
 public:
  template <class F>
  requires(!std::is_same_v<std::remove_cvref_t<F>, FunctionRef> &&
           std::is_invocable_r_v<R, F&, Args...>) FunctionRef(F&& f)
  noexcept  // NOLINT(google-explicit-constructor)
      : obj_(const_cast<void*>(static_cast<const void*>(std::addressof(f)))),
        call_([](void* obj, Args... args) -> R {
          return (*static_cast<std::remove_reference_t<F>*>(obj))(std::forward<Args>(args)...);
        }) {}

  R operator()(Args... args) const { return call_(obj_, std::forward<Args>(args)...); }

 private:
  void* obj_;
  R (*call_)(void*, Args...);
};

// ---------------------------------------------------------------------------------------------
// Scans.

// What a visitor tells the scan to do next.
enum class Visit : uint8_t { kContinue = 0, kStop = 1 };

// Called once per entry, in ascending key order. The views are valid only during the call.
using ScanVisitor = FunctionRef<Visit(ByteView key, ByteView value)>;

// The keys a scan visits: those that start with `prefix` and are >= `from` (> `from` when
// `exclusive`). An empty `from` means "from the first key of the prefix". `from` may lie
// before, inside or after the prefix range; the prefix always bounds the scan.
struct ScanRange {
  ByteView prefix;
  ByteView from;
  bool exclusive = false;

  static ScanRange all_with_prefix(ByteView p) { return ScanRange{p, {}, false}; }
  // Paging: continue after the last key returned by the previous page.
  static ScanRange after(ByteView p, ByteView last_key) { return ScanRange{p, last_key, true}; }
  static ScanRange starting_at(ByteView p, ByteView key) { return ScanRange{p, key, false}; }

  // True when `key` lies within this range.
  bool contains(ByteView key) const noexcept {
    if (!starts_with(key, prefix)) return false;
    const int c = compare_bytes(key, from);
    return exclusive ? c > 0 : c >= 0;
  }
};

// ---------------------------------------------------------------------------------------------
// Key spaces of a store. kState holds the chain state (Substrate keys -> SCALE values): the only
// space the state root, the overlay and state dumps see. kChain holds the chain's own records
// (block headers and bodies, the head pointer, ...) so that a block's state and its block record
// commit in one atomic batch. Frozen: recorded in docs/STATE_FORMAT.md.
enum class Space : uint8_t { kState = 0, kChain = 1 };

// WriteBatch: ordered mutations applied atomically by KvStore::apply. Later operations win over
// earlier ones on the same key (a put after a remove_prefix covering its key survives).
class WriteBatch {
 public:
  // Frozen: recorded in tests and in docs/STATE_FORMAT.md.
  enum class OpKind : uint8_t { kPut = 0, kRemove = 1, kRemovePrefix = 2 };
  struct Op {
    OpKind kind;
    Bytes key;    // the prefix for kRemovePrefix
    Bytes value;  // empty unless kPut
    Space space = Space::kState;
  };

  void put(ByteView key, ByteView value) {
    ops_.push_back(
        Op{OpKind::kPut, Bytes(key.begin(), key.end()), Bytes(value.begin(), value.end())});
  }
  void put(Bytes&& key, Bytes&& value) {
    ops_.push_back(Op{OpKind::kPut, std::move(key), std::move(value)});
  }
  void remove(ByteView key) {
    ops_.push_back(Op{OpKind::kRemove, Bytes(key.begin(), key.end()), {}});
  }
  // Removes every key that starts with `prefix` (all keys when empty) at this point of the batch.
  void remove_prefix(ByteView prefix) {
    ops_.push_back(Op{OpKind::kRemovePrefix, Bytes(prefix.begin(), prefix.end()), {}});
  }

  // Chain-record space (see Space).
  void put_chain(ByteView key, ByteView value) {
    ops_.push_back(Op{OpKind::kPut, Bytes(key.begin(), key.end()),
                      Bytes(value.begin(), value.end()), Space::kChain});
  }
  void remove_chain(ByteView key) {
    ops_.push_back(Op{OpKind::kRemove, Bytes(key.begin(), key.end()), {}, Space::kChain});
  }
  // Appends every op of `other` (both spaces), in order.
  void append_batch(WriteBatch&& other) {
    for (Op& op : other.ops_) ops_.push_back(std::move(op));
    other.ops_.clear();
  }
  // True when some op touches the chain-record space.
  bool has_chain_ops() const noexcept {
    for (const Op& op : ops_) {
      if (op.space == Space::kChain) return true;
    }
    return false;
  }

  const std::vector<Op>& ops() const noexcept { return ops_; }
  size_t size() const noexcept { return ops_.size(); }
  bool empty() const noexcept { return ops_.empty(); }
  void clear() noexcept { ops_.clear(); }
  void reserve(size_t n) { ops_.reserve(n); }

 private:
  std::vector<Op> ops_;
};

// ---------------------------------------------------------------------------------------------
// Read interface shared by stores and snapshots.
class KvReader {
 public:
  virtual ~KvReader() = default;

  // The value stored at `key`, nullopt when absent. Errors: IOError, Corruption.
  virtual Result<std::optional<Bytes>, Status> get(ByteView key) const = 0;

  // Visits the entries of `range` in ascending unsigned-byte key order until the visitor
  // returns kStop or the range ends; returns ok in both cases. On an error the scan stops and
  // returns it; entries already visited were genuine. REQUIRES: the visitor does not mutate the
  // store being scanned.
  virtual Status scan(const ScanRange& range, ScanVisitor visit) const = 0;

  // The same over the chain-record space (Space::kChain). Stores without that space answer
  // NotSupported.
  virtual Result<std::optional<Bytes>, Status> get_chain(ByteView key) const {
    (void)key;
    return unexpected(Status::not_supported("this store has no chain-record space"));
  }
  virtual Status scan_chain(const ScanRange& range, ScanVisitor visit) const {
    (void)range;
    (void)visit;
    return Status::not_supported("this store has no chain-record space");
  }

 protected:
  KvReader() = default;
  KvReader(const KvReader&) = default;
  KvReader& operator=(const KvReader&) = default;
};

// An immutable read view: every read returns the state as of the moment it was taken.
class KvSnapshot : public KvReader {};

class KvStore : public KvReader {
 public:
  // Applies every op of `batch` in order, atomically: after a crash or an error either all of
  // them are visible or none. Errors: IOError (nothing applied), Corruption.
  virtual Status apply(const WriteBatch& batch) = 0;

  // An immutable view of the current state. Cheap (O(1) or close). REQUIRES: the snapshot is
  // destroyed before the store.
  virtual std::unique_ptr<KvSnapshot> snapshot() const = 0;
};

}  // namespace subemu::storage
