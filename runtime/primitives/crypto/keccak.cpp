// Keccak-f[1600] (theta, rho+pi, chi, iota over 24 rounds) and the pad10*1 sponge on top.
#include "runtime/primitives/crypto/keccak.hpp"

#include "runtime/primitives/check.hpp"

namespace subemu::crypto {
namespace {

constexpr uint64_t kRoundConstants[24] = {
    0x0000000000000001ULL, 0x0000000000008082ULL, 0x800000000000808aULL, 0x8000000080008000ULL,
    0x000000000000808bULL, 0x0000000080000001ULL, 0x8000000080008081ULL, 0x8000000000008009ULL,
    0x000000000000008aULL, 0x0000000000000088ULL, 0x0000000080008009ULL, 0x000000008000000aULL,
    0x000000008000808bULL, 0x800000000000008bULL, 0x8000000000008089ULL, 0x8000000000008003ULL,
    0x8000000000008002ULL, 0x8000000000000080ULL, 0x000000000000800aULL, 0x800000008000000aULL,
    0x8000000080008081ULL, 0x8000000000008080ULL, 0x0000000080000001ULL, 0x8000000080008008ULL,
};
// rho offsets along the pi walk starting at lane 1, and the lanes of that walk.
constexpr int kRho[24] = {1,  3,  6,  10, 15, 21, 28, 36, 45, 55, 2,  14,
                          27, 41, 56, 8,  25, 43, 62, 18, 39, 61, 20, 44};
constexpr size_t kPi[24] = {10, 7,  11, 17, 18, 3, 5,  16, 8,  21, 24, 4,
                            15, 23, 19, 13, 12, 2, 20, 14, 22, 9,  6,  1};

constexpr uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

constexpr size_t kStateBytes = 200;

void xor_byte(uint64_t state[25], size_t i, uint8_t b) {
  state[i / 8] ^= static_cast<uint64_t>(b) << (8 * (i % 8));
}
uint8_t get_byte(const uint64_t state[25], size_t i) {
  return static_cast<uint8_t>(state[i / 8] >> (8 * (i % 8)));
}

}  // namespace

void keccak_f1600(uint64_t state[25]) {
  uint64_t c[5];
  for (const uint64_t rc : kRoundConstants) {
    // theta
    for (size_t x = 0; x < 5; ++x) {
      c[x] = state[x] ^ state[x + 5] ^ state[x + 10] ^ state[x + 15] ^ state[x + 20];
    }
    for (size_t x = 0; x < 5; ++x) {
      const uint64_t t = c[(x + 4) % 5] ^ rotl(c[(x + 1) % 5], 1);
      for (size_t y = 0; y < 25; y += 5) state[y + x] ^= t;
    }
    // rho and pi
    uint64_t carry = state[1];
    for (size_t i = 0; i < 24; ++i) {
      const size_t j = kPi[i];
      const uint64_t next = state[j];
      state[j] = rotl(carry, kRho[i]);
      carry = next;
    }
    // chi
    for (size_t y = 0; y < 25; y += 5) {
      for (size_t x = 0; x < 5; ++x) c[x] = state[y + x];
      for (size_t x = 0; x < 5; ++x) state[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
    }
    // iota
    state[0] ^= rc;
  }
}

void keccak_sponge(ByteView data, size_t rate, uint8_t domain, std::span<uint8_t> out) {
  SUBEMU_CHECK(rate >= 1 && rate < kStateBytes);
  uint64_t state[25] = {};
  size_t pos = 0;
  for (const uint8_t b : data) {
    xor_byte(state, pos++, b);
    if (pos == rate) {
      keccak_f1600(state);
      pos = 0;
    }
  }
  xor_byte(state, pos, domain);
  xor_byte(state, rate - 1, 0x80);
  keccak_f1600(state);
  size_t emitted = 0;
  pos = 0;
  while (emitted < out.size()) {
    if (pos == rate) {
      keccak_f1600(state);
      pos = 0;
    }
    out[emitted++] = get_byte(state, pos++);
  }
}

Hash256 keccak_256(ByteView data) {
  Hash256 out{};
  keccak_sponge(data, 136, 0x01, std::span<uint8_t>(out));
  return out;
}

}  // namespace subemu::crypto
