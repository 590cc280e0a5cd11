// StateTrie: incremental sp-trie (no-extension layout) with cached node references. The node
// codec is trie_root's (storage/trie_root.hpp trie_codec); trie_root is the oracle in the tests.
#include "storage/state_trie.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "runtime/primitives/check.hpp"
#include "runtime/primitives/crypto/hashing.hpp"

namespace subemu::storage {

namespace {

using trie_codec::NodeKind;

constexpr uint8_t kHasValue = 1;
constexpr uint8_t kHashed = 2;
constexpr uint8_t kDirty = 4;

constexpr uint32_t kChunkNodesLog2 = 12;  // 4096 nodes (192 KiB) per node chunk
constexpr uint32_t kChunkNodes = uint32_t{1} << kChunkNodesLog2;

constexpr uint32_t kArenaChunkLog2 = 20;  // 1 MiB arena chunks
constexpr uint32_t kArenaChunk = uint32_t{1} << kArenaChunkLog2;
constexpr uint32_t kMaxArenaChunks = 2048;  // handles below 2^31
constexpr uint32_t kGranule = 8;
constexpr size_t kMaxSmall = 4096;  // larger blocks are separate buffers
constexpr uint32_t kLargeBit = 0x80000000u;
constexpr size_t kMaxLen = 0x7fffffff;  // key and value length limit

uint32_t granules(size_t size) { return static_cast<uint32_t>((size + kGranule - 1) / kGranule); }

}  // namespace

// A run of nibbles over packed bytes: nibble i sits at half-byte index start + i of p (even
// index = high half). A key is {data, 0, 2 * size}; a stored partial of n nibbles, packed as in
// the encoding (an odd count leaves the high half of the first byte empty), is {p, n & 1, n}.
struct detail::Nibbles {
  const uint8_t* p = nullptr;
  uint32_t start = 0;
  uint32_t len = 0;

  uint8_t at(uint32_t i) const {
    const uint32_t j = start + i;
    const uint8_t b = p[j >> 1];
    return (j & 1) != 0 ? static_cast<uint8_t>(b & 0x0f) : static_cast<uint8_t>(b >> 4);
  }
  Nibbles drop(uint32_t n) const { return Nibbles{p, start + n, len - n}; }
  Nibbles take(uint32_t n) const { return Nibbles{p, start, n}; }

  // Writes the run packed as in the encoding: (len + 1) / 2 bytes.
  void pack(uint8_t* out) const {
    if (len == 0) return;
    const size_t out_len = (size_t{len} + 1) / 2;
    if ((start & 1) == (len & 1)) {  // the source bytes already line up
      std::memcpy(out, p + (start >> 1), out_len);
      if ((len & 1) != 0) out[0] &= 0x0f;
      return;
    }
    uint32_t i = 0;
    size_t o = 0;
    if ((len & 1) != 0) out[o++] = at(i++);
    for (; i < len; i += 2) out[o++] = static_cast<uint8_t>((at(i) << 4) | at(i + 1));
  }
};

namespace {

using detail::Nibbles;

Nibbles key_nibbles(ByteView key) {
  SUBEMU_CHECK(key.size() <= kMaxLen / 2);
  return Nibbles{key.data(), 0, static_cast<uint32_t>(key.size() * 2)};
}

// Length of the common prefix of a and b.
uint32_t common_prefix(const Nibbles& a, const Nibbles& b) {
  const uint32_t n = std::min(a.len, b.len);
  uint32_t i = 0;
  if (((a.start ^ b.start) & 1) == 0) {  // same half-byte phase: compare whole bytes
    if ((a.start & 1) != 0 && n > 0) {
      if (a.at(0) != b.at(0)) return 0;
      i = 1;
    }
    const uint8_t* pa = a.p + ((a.start + i) >> 1);
    const uint8_t* pb = b.p + ((b.start + i) >> 1);
    while (i + 2 <= n && *pa == *pb) {
      ++pa;
      ++pb;
      i += 2;
    }
  }
  while (i < n && a.at(i) == b.at(i)) ++i;
  return i;
}

uint16_t bit(uint8_t nibble) { return static_cast<uint16_t>(1u << nibble); }

uint32_t rank(uint16_t bitmap, uint8_t nibble) {
  return static_cast<uint32_t>(std::popcount(static_cast<uint16_t>(bitmap & (bit(nibble) - 1))));
}

uint32_t child_count(uint16_t bitmap) { return static_cast<uint32_t>(std::popcount(bitmap)); }

uint32_t load_u32(const uint8_t* p) {
  uint32_t v = 0;
  std::memcpy(&v, p, sizeof v);
  return v;
}

void store_u32(uint8_t* p, uint32_t v) { std::memcpy(p, &v, sizeof v); }

}  // namespace

// ---------------------------------------------------------------------------------------------
// Pools.

StateTrie::StateTrie(StateVersion version) : version_(version) {
  arena_free_.resize(kMaxSmall / kGranule + 1);
}

StateTrie::Node& StateTrie::node(uint32_t i) {
  return node_chunks_[i >> kChunkNodesLog2][i & (kChunkNodes - 1)];
}
const StateTrie::Node& StateTrie::node(uint32_t i) const {
  return node_chunks_[i >> kChunkNodesLog2][i & (kChunkNodes - 1)];
}

uint32_t StateTrie::new_node() {
  uint32_t i = free_nodes_;
  if (i != kNull) {
    free_nodes_ = node(i).data;
  } else {
    SUBEMU_CHECK(node_count_ < kNull - 1);
    if ((node_count_ & (kChunkNodes - 1)) == 0) node_chunks_.emplace_back(kChunkNodes);
    i = node_count_++;
  }
  Node& n = node(i);
  n = Node{};
  n.flags = kDirty;
  ++live_nodes_;
  return i;
}

size_t StateTrie::block_size(const Node& n) {
  return size_t{4} * child_count(n.bitmap) + (size_t{n.nibbles} + 1) / 2 + n.value_len;
}

void StateTrie::free_node(uint32_t i) {
  Node& n = node(i);
  free_block(n.data, block_size(n));
  n.data = free_nodes_;
  n.flags = 0;
  free_nodes_ = i;
  --live_nodes_;
}

uint8_t* StateTrie::block(uint32_t h) {
  if (h == kNull) return nullptr;
  if ((h & kLargeBit) != 0) return large_[h & ~kLargeBit].data();
  return arena_chunks_[h >> kArenaChunkLog2].data() + (h & (kArenaChunk - 1));
}
const uint8_t* StateTrie::block(uint32_t h) const {
  if (h == kNull) return nullptr;
  if ((h & kLargeBit) != 0) return large_[h & ~kLargeBit].data();
  return arena_chunks_[h >> kArenaChunkLog2].data() + (h & (kArenaChunk - 1));
}

uint32_t StateTrie::alloc_block(size_t size) {
  if (size == 0) return kNull;
  if (size > kMaxSmall) {
    uint32_t i = 0;
    if (!large_free_.empty()) {
      i = large_free_.back();
      large_free_.pop_back();
    } else {
      SUBEMU_CHECK(large_.size() < (kLargeBit - 1));
      i = static_cast<uint32_t>(large_.size());
      large_.emplace_back();
    }
    large_[i].resize(size);
    return kLargeBit | i;
  }
  const uint32_t g = granules(size);
  std::vector<uint32_t>& list = arena_free_[g];
  if (!list.empty()) {
    const uint32_t h = list.back();
    list.pop_back();
    free_bytes_ -= uint64_t{g} * kGranule;
    return h;
  }
  const uint32_t bytes = g * kGranule;
  if (arena_chunks_.empty() || arena_used_ + bytes > kArenaChunk) {
    if (!arena_chunks_.empty() && arena_used_ < kArenaChunk) {
      // The rest of the full chunk (< kMaxSmall bytes) becomes a free block of its own size.
      const uint32_t tail = kArenaChunk - arena_used_;
      const uint32_t chunk = static_cast<uint32_t>(arena_chunks_.size() - 1);
      arena_free_[tail / kGranule].push_back((chunk << kArenaChunkLog2) | arena_used_);
      free_bytes_ += tail;
    }
    SUBEMU_CHECK(arena_chunks_.size() < kMaxArenaChunks);
    arena_chunks_.emplace_back(kArenaChunk);
    arena_used_ = 0;
  }
  const uint32_t chunk = static_cast<uint32_t>(arena_chunks_.size() - 1);
  const uint32_t h = (chunk << kArenaChunkLog2) | arena_used_;
  arena_used_ += bytes;
  return h;
}

void StateTrie::free_block(uint32_t h, size_t size) {
  if (h == kNull) return;
  if ((h & kLargeBit) != 0) {
    const uint32_t i = h & ~kLargeBit;
    Bytes().swap(large_[i]);
    large_free_.push_back(i);
    return;
  }
  const uint32_t g = granules(size);
  arena_free_[g].push_back(h);
  free_bytes_ += uint64_t{g} * kGranule;
}

// ---------------------------------------------------------------------------------------------
// Node parts.

const uint8_t* StateTrie::children_of(const Node& n) const { return block(n.data); }

Nibbles StateTrie::partial_of(const Node& n) const {
  const uint8_t* d = block(n.data);
  return Nibbles{d == nullptr ? nullptr : d + size_t{4} * child_count(n.bitmap), n.nibbles & 1,
                 n.nibbles};
}

ByteView StateTrie::value_of(const Node& n) const {
  if (n.value_len == 0) return {};
  const uint8_t* d = block(n.data);
  return ByteView(d + size_t{4} * child_count(n.bitmap) + (size_t{n.nibbles} + 1) / 2, n.value_len);
}

uint32_t StateTrie::child(const Node& n, uint8_t nibble) const {
  if ((n.bitmap & bit(nibble)) == 0) return kNull;
  return load_u32(block(n.data) + size_t{4} * rank(n.bitmap, nibble));
}

void StateTrie::replace_in_parent(const PathStep* parent, uint32_t child) {
  if (parent == nullptr) {
    root_ = child;
    return;
  }
  const Node& p = node(parent->node);
  SUBEMU_DCHECK((p.bitmap & bit(parent->nibble)) != 0);
  store_u32(block(p.data) + size_t{4} * rank(p.bitmap, parent->nibble), child);
}

void StateTrie::rewrite(uint32_t i, const uint32_t* children, uint16_t bitmap,
                        const Nibbles& partial, uint8_t value_flags, ByteView value) {
  SUBEMU_CHECK(value.size() <= kMaxLen);
  const uint32_t k = child_count(bitmap);
  const size_t partial_bytes = (size_t{partial.len} + 1) / 2;
  const size_t size = size_t{4} * k + partial_bytes + value.size();
  const uint32_t h = alloc_block(size);
  if (size != 0) {
    uint8_t* d = block(h);
    if (k != 0) std::memcpy(d, children, size_t{4} * k);
    partial.pack(d + size_t{4} * k);
    if (!value.empty()) std::memcpy(d + size_t{4} * k + partial_bytes, value.data(), value.size());
  }
  Node& n = node(i);
  free_block(n.data, block_size(n));
  n.data = h;
  n.nibbles = partial.len;
  n.value_len = static_cast<uint32_t>(value.size());
  n.bitmap = bitmap;
  n.flags = static_cast<uint8_t>(value_flags | kDirty);
}

uint32_t StateTrie::new_leaf(const Nibbles& partial, uint8_t value_flags, ByteView value) {
  const uint32_t i = new_node();
  rewrite(i, nullptr, 0, partial, value_flags, value);
  return i;
}

void StateTrie::add_child(uint32_t i, uint8_t nibble, uint32_t c) {
  const Node& n = node(i);
  uint32_t kids[16];
  const uint32_t k = child_count(n.bitmap);
  const uint32_t r = rank(n.bitmap, nibble);
  const uint8_t* d = children_of(n);
  if (r != 0) std::memcpy(kids, d, size_t{4} * r);
  kids[r] = c;
  if (k != r) std::memcpy(kids + r + 1, d + size_t{4} * r, size_t{4} * (k - r));
  rewrite(i, kids, static_cast<uint16_t>(n.bitmap | bit(nibble)), partial_of(n),
          static_cast<uint8_t>(n.flags & (kHasValue | kHashed)), value_of(n));
}

void StateTrie::remove_child(uint32_t i, uint8_t nibble) {
  const Node& n = node(i);
  uint32_t kids[16];
  const uint32_t k = child_count(n.bitmap);
  const uint32_t r = rank(n.bitmap, nibble);
  const uint8_t* d = children_of(n);
  if (r != 0) std::memcpy(kids, d, size_t{4} * r);
  if (k != r + 1) std::memcpy(kids + r, d + size_t{4} * (r + 1), size_t{4} * (k - r - 1));
  rewrite(i, kids, static_cast<uint16_t>(n.bitmap & ~bit(nibble)), partial_of(n),
          static_cast<uint8_t>(n.flags & (kHasValue | kHashed)), value_of(n));
}

// ---------------------------------------------------------------------------------------------
// Structure.

void StateTrie::mark_path_dirty() {
  // A dirty node's ancestors are dirty, so the walk up stops at the first dirty one.
  for (size_t j = path_.size(); j-- > 0;) {
    Node& n = node(path_[j].node);
    if ((n.flags & kDirty) != 0) break;
    n.flags |= kDirty;
  }
}

void StateTrie::normalize(uint32_t i) {
  const Node& n = node(i);
  const uint32_t k = child_count(n.bitmap);
  const bool has_value = (n.flags & kHasValue) != 0;
  SUBEMU_CHECK(k != 0 || has_value);
  if (k != 1 || has_value) return;
  // A valueless branch with one child: the child absorbs it (partial ++ nibble ++ child partial).
  const uint8_t nibble = static_cast<uint8_t>(std::countr_zero(n.bitmap));
  const uint8_t* kids_of_n = children_of(n);
  SUBEMU_CHECK(kids_of_n != nullptr);
  const uint32_t c = load_u32(kids_of_n);
  const Node& cn = node(c);
  const Nibbles a = partial_of(n);
  const Nibbles b = partial_of(cn);
  const uint32_t total = a.len + 1 + b.len;
  tmp_.assign((size_t{total} + 1) / 2, 0);
  uint32_t at = total & 1;  // half-byte index in tmp_
  auto put = [&](uint8_t v) {
    tmp_[at >> 1] = static_cast<uint8_t>(tmp_[at >> 1] | ((at & 1) != 0 ? v : v << 4));
    ++at;
  };
  for (uint32_t j = 0; j < a.len; ++j) put(a.at(j));
  put(nibble);
  for (uint32_t j = 0; j < b.len; ++j) put(b.at(j));
  uint32_t kids[16];
  const uint32_t ck = child_count(cn.bitmap);
  if (ck != 0) std::memcpy(kids, children_of(cn), size_t{4} * ck);
  rewrite(c, kids, cn.bitmap, Nibbles{tmp_.data(), total & 1, total},
          static_cast<uint8_t>(cn.flags & (kHasValue | kHashed)), value_of(cn));
  replace_in_parent(path_.empty() ? nullptr : &path_.back(), c);
  free_node(i);
}

uint64_t StateTrie::free_subtree(uint32_t i) {
  uint64_t values = 0;
  work_.clear();
  work_.push_back(i);
  while (!work_.empty()) {
    const uint32_t j = work_.back();
    work_.pop_back();
    const Node& n = node(j);
    if ((n.flags & kHasValue) != 0) ++values;
    const uint8_t* d = children_of(n);
    const uint32_t k = child_count(n.bitmap);
    for (uint32_t c = 0; c < k; ++c) work_.push_back(load_u32(d + size_t{4} * c));
    free_node(j);
  }
  return values;
}

void StateTrie::unlink(uint32_t i) {
  size_ -= free_subtree(i);
  if (path_.empty()) {
    root_ = kNull;
    return;
  }
  const PathStep parent = path_.back();
  path_.pop_back();
  remove_child(parent.node, parent.nibble);
  normalize(parent.node);
}

// ---------------------------------------------------------------------------------------------
// Mutations.

void StateTrie::put(ByteView key, ByteView value) {
  SUBEMU_CHECK(value.size() <= kMaxLen);
  const Nibbles k = key_nibbles(key);
  uint8_t value_flags = kHasValue;
  ByteArray<32> hash{};
  ByteView stored = value;
  if (trie_codec::is_hashed_value(value.size(), version_)) {
    hash = crypto::blake2_256(value);
    stored = hash;
    value_flags |= kHashed;
  }
  if (root_ == kNull) {
    root_ = new_leaf(k, value_flags, stored);
    ++size_;
    return;
  }
  path_.clear();
  uint32_t cur = root_;
  uint32_t depth = 0;
  for (;;) {
    const Node& n = node(cur);
    const Nibbles part = partial_of(n);
    const Nibbles rest = k.drop(depth);
    const uint32_t c = common_prefix(part, rest);
    if (c < part.len) {
      // The key leaves this node's partial at c: a new branch takes the common part, with the
      // old node (shortened) and the new value below it (or the value on the branch itself).
      mark_path_dirty();
      const uint8_t old_nibble = part.at(c);
      const uint32_t b = new_node();
      if (c == rest.len) {
        rewrite(b, &cur, bit(old_nibble), part.take(c), value_flags, stored);
      } else {
        const uint8_t new_nibble = rest.at(c);
        const uint32_t leaf = new_leaf(rest.drop(c + 1), value_flags, stored);
        const uint32_t kids[2] = {old_nibble < new_nibble ? cur : leaf,
                                  old_nibble < new_nibble ? leaf : cur};
        rewrite(b, kids, static_cast<uint16_t>(bit(old_nibble) | bit(new_nibble)), part.take(c), 0,
                {});
      }
      uint32_t kids[16];
      const uint32_t nk = child_count(n.bitmap);
      if (nk != 0) std::memcpy(kids, children_of(n), size_t{4} * nk);
      rewrite(cur, kids, n.bitmap, part.drop(c + 1),
              static_cast<uint8_t>(n.flags & (kHasValue | kHashed)), value_of(n));
      replace_in_parent(path_.empty() ? nullptr : &path_.back(), b);
      ++size_;
      return;
    }
    depth += c;
    if (depth == k.len) {
      const uint8_t old_flags = static_cast<uint8_t>(n.flags & (kHasValue | kHashed));
      const ByteView old = value_of(n);
      if (old_flags == value_flags && old.size() == stored.size() &&
          (old.empty() || std::memcmp(old.data(), stored.data(), old.size()) == 0)) {
        return;  // unchanged
      }
      mark_path_dirty();
      if ((old_flags & kHasValue) == 0) ++size_;
      uint32_t kids[16];
      const uint32_t nk = child_count(n.bitmap);
      if (nk != 0) std::memcpy(kids, children_of(n), size_t{4} * nk);
      rewrite(cur, kids, n.bitmap, part, value_flags, stored);
      return;
    }
    const uint8_t nibble = k.at(depth);
    const uint32_t next = child(n, nibble);
    if (next == kNull) {
      mark_path_dirty();
      add_child(cur, nibble, new_leaf(k.drop(depth + 1), value_flags, stored));
      ++size_;
      return;
    }
    path_.push_back(PathStep{cur, nibble});
    cur = next;
    ++depth;
  }
}

void StateTrie::remove(ByteView key) {
  if (root_ == kNull) return;
  const Nibbles k = key_nibbles(key);
  path_.clear();
  uint32_t cur = root_;
  uint32_t depth = 0;
  for (;;) {
    const Node& n = node(cur);
    const Nibbles part = partial_of(n);
    const Nibbles rest = k.drop(depth);
    if (rest.len < part.len || common_prefix(part, rest) < part.len) return;
    depth += part.len;
    if (depth == k.len) break;
    const uint8_t nibble = k.at(depth);
    const uint32_t next = child(n, nibble);
    if (next == kNull) return;
    path_.push_back(PathStep{cur, nibble});
    cur = next;
    ++depth;
  }
  const Node& n = node(cur);
  if ((n.flags & kHasValue) == 0) return;
  mark_path_dirty();
  if (n.bitmap == 0) {
    unlink(cur);
    return;
  }
  uint32_t kids[16];
  const uint32_t nk = child_count(n.bitmap);
  std::memcpy(kids, children_of(n), size_t{4} * nk);
  rewrite(cur, kids, n.bitmap, partial_of(n), 0, {});
  --size_;
  normalize(cur);
}

void StateTrie::remove_prefix(ByteView prefix) {
  if (root_ == kNull) return;
  if (prefix.empty()) {
    *this = StateTrie(version_);
    return;
  }
  const Nibbles p = key_nibbles(prefix);
  path_.clear();
  uint32_t cur = root_;
  uint32_t depth = 0;
  for (;;) {
    const Node& n = node(cur);
    const Nibbles part = partial_of(n);
    const Nibbles rest = p.drop(depth);
    if (rest.len <= part.len) {
      // The prefix ends inside (or at the end of) this node's partial: all of the subtree
      // matches, or none of it.
      if (common_prefix(part, rest) == rest.len) {
        mark_path_dirty();
        unlink(cur);
      }
      return;
    }
    if (common_prefix(part, rest) < part.len) return;
    depth += part.len;
    const uint8_t nibble = p.at(depth);
    const uint32_t next = child(n, nibble);
    if (next == kNull) return;
    path_.push_back(PathStep{cur, nibble});
    cur = next;
    ++depth;
  }
}

void StateTrie::apply(const WriteBatch& batch) {
  for (const WriteBatch::Op& op : batch.ops()) {
    if (op.space != Space::kState) continue;
    switch (op.kind) {
      case WriteBatch::OpKind::kPut:
        put(op.key, op.value);
        break;
      case WriteBatch::OpKind::kRemove:
        remove(op.key);
        break;
      case WriteBatch::OpKind::kRemovePrefix:
        remove_prefix(op.key);
        break;
    }
  }
}

Result<StateTrie, Status> StateTrie::build(const KvReader& store, StateVersion version) {
  StateTrie trie(version);
  const Status s = store.scan(ScanRange{}, [&](ByteView key, ByteView value) {
    trie.put(key, value);
    return Visit::kContinue;
  });
  if (!s.ok()) return unexpected(s);
  return trie;
}

// ---------------------------------------------------------------------------------------------
// Hashing.

void StateTrie::update(uint32_t top) {
  // Post-order over the dirty nodes only (a clean node's subtree is clean), with an explicit
  // stack: the depth is bounded by the key length, not by the call stack.
  if ((node(top).flags & kDirty) == 0) return;
  frames_.clear();
  frames_.push_back(Frame{top, 0});
  while (!frames_.empty()) {
    Frame& f = frames_.back();
    const Node& n = node(f.node);
    const uint32_t k = child_count(n.bitmap);
    bool descended = false;
    while (f.next < k) {
      const uint32_t c = load_u32(children_of(n) + size_t{4} * f.next++);
      if ((node(c).flags & kDirty) != 0) {
        frames_.push_back(Frame{c, 0});  // invalidates f
        descended = true;
        break;
      }
    }
    if (descended) continue;
    encode(f.node);
    frames_.pop_back();
  }
}

void StateTrie::encode(uint32_t i) {
  Node& n = node(i);
  const uint32_t k = child_count(n.bitmap);
  // The node codec of trie_root.hpp, into enc_; the children are clean.
  enc_.clear();
  const bool has_value = (n.flags & kHasValue) != 0;
  const bool hashed = (n.flags & kHashed) != 0;
  NodeKind kind = hashed ? NodeKind::kHashedValueLeaf : NodeKind::kLeaf;
  if (k != 0) {
    kind = !has_value ? NodeKind::kBranch
                      : (hashed ? NodeKind::kHashedValueBranch : NodeKind::kBranchWithValue);
  }
  trie_codec::put_header(enc_, kind, n.nibbles);
  const Nibbles part = partial_of(n);
  const size_t partial_bytes = (size_t{part.len} + 1) / 2;
  if (partial_bytes != 0) enc_.insert(enc_.end(), part.p, part.p + partial_bytes);
  if (k != 0) {
    enc_.push_back(static_cast<uint8_t>(n.bitmap & 0xff));
    enc_.push_back(static_cast<uint8_t>(n.bitmap >> 8));
  }
  if (has_value) {
    const ByteView v = value_of(n);
    if (!hashed) trie_codec::put_compact(enc_, v.size());
    append(enc_, v);
  }
  for (uint32_t c = 0; c < k; ++c) {
    const Node& cn = node(load_u32(children_of(n) + size_t{4} * c));
    trie_codec::put_compact(enc_, cn.ref_len);
    enc_.insert(enc_.end(), cn.ref.begin(), cn.ref.begin() + cn.ref_len);
  }
  if (enc_.size() < trie_codec::kHashLen) {
    std::copy(enc_.begin(), enc_.end(), n.ref.begin());
    n.ref_len = static_cast<uint8_t>(enc_.size());
  } else {
    n.ref = crypto::blake2_256(enc_);
    n.ref_len = static_cast<uint8_t>(trie_codec::kHashLen);
  }
  n.flags = static_cast<uint8_t>(n.flags & ~kDirty);
}

ByteArray<32> StateTrie::root() {
  if (root_ == kNull) {
    const uint8_t empty = 0x00;
    return crypto::blake2_256(ByteView(&empty, 1));
  }
  update(root_);
  const Node& r = node(root_);
  if (r.ref_len == trie_codec::kHashLen) return r.ref;
  return crypto::blake2_256(ByteView(r.ref.data(), r.ref_len));  // the root is always hashed
}

StateTrie::MemoryUsage StateTrie::memory_usage() const {
  MemoryUsage m;
  m.nodes = live_nodes_;
  m.node_bytes = uint64_t{node_chunks_.size()} * kChunkNodes * sizeof(Node);
  m.data_bytes = uint64_t{arena_chunks_.size()} * kArenaChunk;
  for (const Bytes& b : large_) m.data_bytes += b.capacity();
  m.free_bytes =
      free_bytes_ + (uint64_t{node_chunks_.size()} * kChunkNodes - live_nodes_) * sizeof(Node);
  if (!arena_chunks_.empty()) m.free_bytes += kArenaChunk - arena_used_;
  m.index_bytes = node_chunks_.capacity() * sizeof(std::vector<Node>) +
                  arena_chunks_.capacity() * sizeof(Bytes) + large_.capacity() * sizeof(Bytes) +
                  large_free_.capacity() * 4 + path_.capacity() * sizeof(PathStep) +
                  frames_.capacity() * sizeof(Frame) + work_.capacity() * 4 + enc_.capacity() +
                  tmp_.capacity();
  for (const auto& list : arena_free_) m.index_bytes += sizeof(list) + list.capacity() * 4;
  return m;
}

}  // namespace subemu::storage
