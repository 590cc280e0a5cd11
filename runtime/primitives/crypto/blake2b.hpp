// BLAKE2b (RFC 7693): the hash behind Substrate's blake2_128/256/512, block hashes, trie nodes
// and the extrinsic signing payload (> 256 bytes).
//
// The digest length (1..64 bytes) and optional key (0..64 bytes) are parameters of the hash,
// so blake2b-256 is NOT a truncation of blake2b-512. Incremental use:
//     Blake2b h(32); h.update(a); h.update(b); Hash256 d = h.final<32>();
// REQUIRES (checked, a violation is a bug): 1 <= outlen <= 64, key.size() <= 64, final() called
// once with exactly outlen bytes of output; after final() only init() may be called.
// Pure; an instance is thread-compatible.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "runtime/primitives/bytes.hpp"

namespace subemu::crypto {

class Blake2b {
 public:
  static constexpr size_t kBlockSize = 128;
  static constexpr size_t kMaxOutLen = 64;
  static constexpr size_t kMaxKeyLen = 64;

  explicit Blake2b(size_t outlen = 32, ByteView key = {}) { init(outlen, key); }

  // (Re)starts a hash with the given digest length and key.
  void init(size_t outlen, ByteView key = {});
  void update(ByteView data);
  // Writes the digest; out.size() must equal the outlen given to init().
  void final(std::span<uint8_t> out);

  template <size_t N>
  ByteArray<N> final() {
    ByteArray<N> out{};
    final(std::span<uint8_t>(out));
    return out;
  }

  size_t out_len() const { return outlen_; }

 private:
  void compress(const uint8_t* block, bool last);

  uint64_t h_[8] = {};
  uint64_t t_[2] = {};  // 128-bit byte counter, low word first
  uint8_t buf_[kBlockSize] = {};
  size_t buf_len_ = 0;
  size_t outlen_ = 0;
  bool finalized_ = false;
};

// One-shot unkeyed BLAKE2b with an N-byte digest.
template <size_t N>
ByteArray<N> blake2b(ByteView data) {
  Blake2b h(N);
  h.update(data);
  return h.final<N>();
}

// One-shot BLAKE2b with a run-time digest length and optional key.
Bytes blake2b(ByteView data, size_t outlen, ByteView key = {});

}  // namespace subemu::crypto
