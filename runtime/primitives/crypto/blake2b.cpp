// BLAKE2b per RFC 7693 §3: 12 rounds of G over a 16-word work vector, little-endian words.
#include "runtime/primitives/crypto/blake2b.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

#include "runtime/primitives/check.hpp"

namespace subemu::crypto {
namespace {

constexpr uint64_t kIv[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
    0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL, 0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

constexpr uint8_t kSigma[12][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
};

constexpr uint64_t rotr(uint64_t x, int r) { return (x >> r) | (x << (64 - r)); }

uint64_t load64(const uint8_t* p) {
  uint64_t v = 0;
  if constexpr (std::endian::native == std::endian::little) {
    std::memcpy(&v, p, sizeof v);
  } else {
    for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  }
  return v;
}

inline void mix(uint64_t v[16], size_t a, size_t b, size_t c, size_t d, uint64_t x, uint64_t y) {
  v[a] = v[a] + v[b] + x;
  v[d] = rotr(v[d] ^ v[a], 32);
  v[c] = v[c] + v[d];
  v[b] = rotr(v[b] ^ v[c], 24);
  v[a] = v[a] + v[b] + y;
  v[d] = rotr(v[d] ^ v[a], 16);
  v[c] = v[c] + v[d];
  v[b] = rotr(v[b] ^ v[c], 63);
}

}  // namespace

void Blake2b::init(size_t outlen, ByteView key) {
  SUBEMU_CHECK(outlen >= 1 && outlen <= kMaxOutLen);
  SUBEMU_CHECK(key.size() <= kMaxKeyLen);
  for (size_t i = 0; i < 8; ++i) h_[i] = kIv[i];
  // Parameter block word 0: digest length, key length, fanout 1, depth 1.
  h_[0] ^= 0x01010000ULL ^ (static_cast<uint64_t>(key.size()) << 8) ^ static_cast<uint64_t>(outlen);
  t_[0] = t_[1] = 0;
  std::memset(buf_, 0, sizeof(buf_));
  buf_len_ = 0;
  outlen_ = outlen;
  finalized_ = false;
  if (!key.empty()) {
    // The key, zero padded, is the first block.
    std::memcpy(buf_, key.data(), key.size());
    buf_len_ = kBlockSize;
  }
}

void Blake2b::compress(const uint8_t* block, bool last) {
  uint64_t m[16];
  for (size_t i = 0; i < 16; ++i) m[i] = load64(block + 8 * i);
  uint64_t v[16];
  for (size_t i = 0; i < 8; ++i) {
    v[i] = h_[i];
    v[i + 8] = kIv[i];
  }
  v[12] ^= t_[0];
  v[13] ^= t_[1];
  if (last) v[14] = ~v[14];
  for (const auto& s : kSigma) {
    mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
    mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
    mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
    mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
    mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
    mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
    mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
    mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
  }
  for (size_t i = 0; i < 8; ++i) h_[i] ^= v[i] ^ v[i + 8];
}

namespace {
void add_to_counter(uint64_t t[2], uint64_t n) {
  t[0] += n;
  if (t[0] < n) ++t[1];
}
}  // namespace

void Blake2b::update(ByteView data) {
  SUBEMU_CHECK(!finalized_);
  const uint8_t* p = data.data();
  size_t n = data.size();
  while (n > 0) {
    // The last block must be compressed with the final flag, so a full buffer is only
    // compressed once more input arrives.
    if (buf_len_ == kBlockSize) {
      add_to_counter(t_, kBlockSize);
      compress(buf_, false);
      buf_len_ = 0;
    }
    // Fast path: whole blocks straight from the input, keeping at least one byte back.
    if (buf_len_ == 0) {
      while (n > kBlockSize) {
        add_to_counter(t_, kBlockSize);
        compress(p, false);
        p += kBlockSize;
        n -= kBlockSize;
      }
    }
    const size_t take = std::min(n, kBlockSize - buf_len_);
    std::memcpy(buf_ + buf_len_, p, take);
    buf_len_ += take;
    p += take;
    n -= take;
  }
}

void Blake2b::final(std::span<uint8_t> out) {
  SUBEMU_CHECK(!finalized_);
  SUBEMU_CHECK(out.size() == outlen_);
  add_to_counter(t_, static_cast<uint64_t>(buf_len_));
  std::memset(buf_ + buf_len_, 0, kBlockSize - buf_len_);
  compress(buf_, true);
  finalized_ = true;
  for (size_t i = 0; i < outlen_; ++i) {
    out[i] = static_cast<uint8_t>(h_[i / 8] >> (8 * (i % 8)));
  }
}

Bytes blake2b(ByteView data, size_t outlen, ByteView key) {
  Blake2b h(outlen, key);
  h.update(data);
  Bytes out(outlen);
  h.final(std::span<uint8_t>(out));
  return out;
}

}  // namespace subemu::crypto
