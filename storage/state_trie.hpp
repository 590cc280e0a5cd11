// StateTrie: the whole state as an in-memory base-16 Patricia-Merkle trie with cached node
// hashes, so that a block's state root costs O(changed keys * depth) instead of O(state).
// It computes exactly storage/trie_root.hpp's root (sp-trie LayoutV0/V1, blake2_256).
//
// Model. Nodes are those of the committed trie: a leaf holds a value, a branch holds up to 16
// children and optionally a value; each node owns the key nibbles between its parent and itself
// (its "partial"). There are no extension nodes, no valueless branch with fewer than two
// children and no branch without children (put/remove keep it so). A node caches its reference
// as its parent's encoding embeds it (blake2_256 of the encoding, or the encoding itself when it
// is shorter than 32 bytes); put/remove/remove_prefix only mark the nodes on the touched paths
// dirty, and root() re-encodes and re-hashes the dirty nodes, bottom-up, and nothing else.
//
// Values. Under StateVersion::kV1 a value of >= 33 bytes only ever enters the trie as its
// blake2_256, so only that hash is kept (hashed once, at put). Shorter values, and every value
// under kV0, are kept inline. Values cannot be read back: this is a commitment, not a store.
//
// Memory. Nodes live in a pool of 48-byte slots (4096 per chunk) addressed by 32-bit index; a
// node's variable part (child indices, packed partial key, value) is one block in a byte arena
// of 1 MiB chunks with exact-size free lists (8-byte granules; blocks over 4 KiB are separate
// buffers), so there is no allocation per node and a deep copy is a handful of large copies.
// Freed blocks are reused by later blocks of the same size class; nothing is compacted.
// Measured (bench/trie_bench.cpp: 1,000,000 storage-shaped keys, 32-byte prefix + 48-byte
// blake2_128concat suffix, values of 8..80 bytes, V1): 1.35 nodes and 148 bytes per key, all
// pools included (malloc agrees); the std::map of a MemoryStore holding the same state takes
// 252 bytes per key. Per key that is about 65 bytes of node slots, 45 of partial key, 28 of
// value (inline or hash), 5 of child indices and 4 of rounding to granules.
//
// Copies. StateTrie is copyable: a copy is deep (the pools are copied: ~70 ms for 1M keys) and
// fully independent, so the chain can keep the trie of a snapshot for revert. Moves are O(1).
//
// Cost (same bench, Release, CPU time): a block of 10,000 changes on the 1M-key state takes
// ~20 ms to apply and ~30 ms for root(); trie_root from scratch takes ~750 ms, build() ~1 s.
//
// Limits (checked; exceeding them is fatal): 2^32 - 2 nodes, 2 GiB of small blocks, keys and
// values below 2 GiB. Deterministic; no exceptions; not thread-safe (one owner thread; const
// methods may be called concurrently only while nothing mutates).
#pragma once

#include "storage/layer.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/result.hpp"
#include "runtime/primitives/status.hpp"
#include "storage/kv_store.hpp"
#include "storage/trie_root.hpp"

namespace subemu::storage {

namespace detail {
struct Nibbles;  // a run of key nibbles (state_trie.cpp)
}  // namespace detail

class StateTrie {
 public:
  // The empty trie.
  explicit StateTrie(StateVersion version = StateVersion::kV1);

  // The trie of every state entry of `store` (a full scan). Errors: the scan's (IOError,
  // Corruption).
  static Result<StateTrie, Status> build(const KvReader& store,
                                         StateVersion version = StateVersion::kV1);

  StateTrie(const StateTrie&) = default;  // deep copy
  StateTrie& operator=(const StateTrie&) = default;
  StateTrie(StateTrie&&) noexcept = default;
  StateTrie& operator=(StateTrie&&) noexcept = default;

  // Sets `key` to `value` (an empty value is a value). Rewriting an equal value changes nothing.
  void put(ByteView key, ByteView value);
  // Removes `key`; absent keys are ignored.
  void remove(ByteView key);
  // Removes every key starting with `prefix` (everything when empty) by dropping the subtree;
  // O(depth + size of the removed subtree).
  void remove_prefix(ByteView prefix);
  // Applies the state-space ops of `batch` in order (chain-record ops are not state: ignored).
  void apply(const WriteBatch& batch);

  // The state root: blake2_256 of the root node's encoding; blake2_256(0x00) when empty.
  // Re-hashes only the nodes changed since the last call.
  ByteArray<32> root();

  // Number of keys.
  uint64_t size() const noexcept { return size_; }
  bool empty() const noexcept { return size_ == 0; }
  StateVersion version() const noexcept { return version_; }

  struct MemoryUsage {
    uint64_t nodes = 0;        // live nodes
    uint64_t node_bytes = 0;   // node pool, allocated
    uint64_t data_bytes = 0;   // byte arena (chunks and large blocks), allocated
    uint64_t free_bytes = 0;   // part of the above that is free for reuse
    uint64_t index_bytes = 0;  // free lists and the scratch buffers
    uint64_t total() const { return node_bytes + data_bytes + index_bytes; }
  };
  // Memory held by the trie (the containers' allocations, not the malloc headers).
  MemoryUsage memory_usage() const;

 private:
  static constexpr uint32_t kNull = 0xffffffffu;

  // A node slot. The variable part lives in one arena block:
  //   [child indices: u32 x popcount(bitmap), nibble order][partial: (nibbles + 1) / 2 bytes,
  //   packed as in the encoding][value: value_len bytes (the blake2_256 when kHashed)]
  struct Node {
    ByteArray<32> ref{};     // the reference in the parent's encoding; valid unless kDirty
    uint32_t data = kNull;   // arena handle of the block (kNull if empty); free list link
    uint32_t nibbles = 0;    // partial key length in nibbles
    uint32_t value_len = 0;  // stored value length
    uint16_t bitmap = 0;     // children present; 0 for a leaf
    uint8_t ref_len = 0;     // 32: ref is a hash; < 32: ref is the encoding itself
    uint8_t flags = 0;       // kHasValue | kHashed | kDirty
  };
  using Nibbles = detail::Nibbles;
  struct PathStep {
    uint32_t node;
    uint8_t nibble;  // the child taken below `node`
  };
  struct Frame {
    uint32_t node;
    uint32_t next;  // the next child (rank) to visit
  };

  // Pools.
  Node& node(uint32_t i);
  const Node& node(uint32_t i) const;
  uint32_t new_node();
  void free_node(uint32_t i);
  static size_t block_size(const Node& n);
  uint8_t* block(uint32_t h);
  const uint8_t* block(uint32_t h) const;
  uint32_t alloc_block(size_t size);
  void free_block(uint32_t h, size_t size);

  // Node parts.
  const uint8_t* children_of(const Node& n) const;
  Nibbles partial_of(const Node& n) const;
  ByteView value_of(const Node& n) const;
  uint32_t child(const Node& n, uint8_t nibble) const;
  // Points the parent's child slot (the root when `parent` is null) at `child`.
  void replace_in_parent(const PathStep* parent, uint32_t child);
  // Gives node `i` a new block and marks it dirty; the arguments may point into its old block.
  void rewrite(uint32_t i, const uint32_t* children, uint16_t bitmap, const Nibbles& partial,
               uint8_t value_flags, ByteView value);
  uint32_t new_leaf(const Nibbles& partial, uint8_t value_flags, ByteView value);
  void add_child(uint32_t i, uint8_t nibble, uint32_t child);
  void remove_child(uint32_t i, uint8_t nibble);

  // Structure. path_ holds the ancestors of the node being changed, root first.
  void mark_path_dirty();
  // Restores the invariants of node `i` after it lost a child or its value.
  void normalize(uint32_t i);
  // Frees node `i` and everything below it; returns the number of values dropped.
  uint64_t free_subtree(uint32_t i);
  // Removes node `i` (the child at the end of path_, or the root) with its subtree.
  void unlink(uint32_t i);
  // Re-encodes the dirty nodes of the subtree at `top`, children first.
  void update(uint32_t top);
  // Encodes node `i` (its children are clean) and caches its reference.
  void encode(uint32_t i);

  StateVersion version_;
  uint64_t size_ = 0;
  uint32_t root_ = kNull;
  std::vector<std::vector<Node>> node_chunks_;
  uint32_t node_count_ = 0;      // slots handed out (live + free)
  uint32_t free_nodes_ = kNull;  // intrusive list through Node::data
  uint64_t live_nodes_ = 0;
  std::vector<std::vector<uint8_t>> arena_chunks_;
  uint32_t arena_used_ = 0;                        // bump offset in the last chunk
  std::vector<std::vector<uint32_t>> arena_free_;  // by size class (8-byte granules)
  std::vector<Bytes> large_;                       // blocks over the small limit
  std::vector<uint32_t> large_free_;
  uint64_t free_bytes_ = 0;
  // Scratch, kept to avoid reallocation.
  std::vector<PathStep> path_;
  std::vector<Frame> frames_;
  std::vector<uint32_t> work_;
  Bytes enc_;
  Bytes tmp_;
};

}  // namespace subemu::storage
