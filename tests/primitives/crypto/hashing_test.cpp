// Hashing: every case of shared/vectors/hashing.json (XXH64 seeds 0-3, twox64/128/256,
// blake2b-128/256/512, keccak-256), plus BLAKE2b keyed/incremental use and the Keccak-f[1600]
// permutation checked through SHA3-256 / SHAKE128 (values from CPython's hashlib).
#include "runtime/primitives/crypto/hashing.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "runtime/primitives/crypto/blake2b.hpp"
#include "runtime/primitives/crypto/keccak.hpp"
#include "runtime/primitives/crypto/xxhash64.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::crypto {
namespace {

using testutil::hex;

template <size_t N>
std::string hx(const ByteArray<N>& a) {
  return to_hex(ByteView(a));
}

Bytes pattern(size_t n) {
  Bytes b(n);
  for (size_t i = 0; i < n; ++i) b[i] = static_cast<uint8_t>(i % 251);
  return b;
}

TEST(Hashing, AllSharedVectors) {
  const auto doc = testutil::load_vectors("hashing.json");
  ASSERT_TRUE(doc.contains("cases"));
  size_t checked_cases = 0;
  for (const auto& c : doc["cases"]) {
    const std::string name = c["name"].get<std::string>();
    SCOPED_TRACE(name);
    const Bytes input = hex(c["input_hex"].get<std::string>());
    ASSERT_EQ(input.size(), c["input_len"].get<size_t>());
    for (uint64_t seed = 0; seed < 4; ++seed) {
      const auto& v = c["xxhash64"]["seed" + std::to_string(seed)];
      EXPECT_EQ(xxhash64(input, seed), std::stoull(v["u64"].get<std::string>())) << seed;
      char be[19];
      std::snprintf(be, sizeof be, "0x%016llx",
                    static_cast<unsigned long long>(xxhash64(input, seed)));
      EXPECT_EQ(std::string(be), v["u64_hex_be"].get<std::string>());
    }
    EXPECT_EQ(hx(twox_64(input)), c["twox64"].get<std::string>());
    EXPECT_EQ(hx(twox_128(input)), c["twox128"].get<std::string>());
    EXPECT_EQ(hx(twox_256(input)), c["twox256"].get<std::string>());
    EXPECT_EQ(hx(blake2_128(input)), c["blake2b_128"].get<std::string>());
    EXPECT_EQ(hx(blake2_256(input)), c["blake2b_256"].get<std::string>());
    EXPECT_EQ(hx(blake2_512(input)), c["blake2b_512"].get<std::string>());
    EXPECT_EQ(hx(keccak_256(input)), c["keccak_256"].get<std::string>());

    // The incremental BLAKE2b API agrees with one-shot for every split point class.
    for (size_t chunk : {size_t{1}, size_t{7}, size_t{127}, size_t{128}, size_t{129}}) {
      Blake2b h(32);
      for (size_t off = 0; off < input.size(); off += chunk) {
        h.update(ByteView(input).subspan(off, std::min(chunk, input.size() - off)));
      }
      EXPECT_EQ(hx(h.final<32>()), c["blake2b_256"].get<std::string>()) << chunk;
    }
    ++checked_cases;
  }
  EXPECT_EQ(checked_cases, 10u);
}

TEST(Hashing, PublishedReferenceValues) {
  EXPECT_EQ(hx(twox_128(as_bytes("System"))), "0x26aa394eea5630e07c48ae0c9558cef7");
  EXPECT_EQ(hx(twox_128(as_bytes("Account"))), "0xb99d880ec681799c0cf30e8886371da9");
  EXPECT_EQ(xxhash64({}, 0), 0xef46db3751d8e999ULL);
  EXPECT_EQ(xxhash64(as_bytes("abc"), 0), 0x44bc2cf5ad770999ULL);
  EXPECT_EQ(hx(blake2_256({})),
            "0x0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  EXPECT_EQ(hx(keccak_256({})),
            "0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
}

TEST(Blake2b, KeyedMatchesReference) {
  Bytes key(64);
  for (size_t i = 0; i < 64; ++i) key[i] = static_cast<uint8_t>(i);
  // blake2b-kat.txt first keyed entry (empty input), and hashlib.blake2b(range(256), key).
  EXPECT_EQ(to_hex(blake2b({}, 64, key)),
            "0x10ebb67700b1868efb4417987acf4690ae9d972fb7a590c2f02871799aaa4786b5e996e8f0f4eb981fc2"
            "14b005f42d2ff4233499391653df7aefcbc13fc51568");
  Bytes seq(256);
  for (size_t i = 0; i < 256; ++i) seq[i] = static_cast<uint8_t>(i);
  EXPECT_EQ(to_hex(blake2b(seq, 64, key)),
            "0xb72071e096277edebb8ee5134dd3714996307ba3a55aa4733d412abbe28e909e10e57e6fbfb4ef53b3b9"
            "60518294ff889a90829254412e2a60b85add07a3674f");
  EXPECT_EQ(to_hex(blake2b(pattern(1000), 32, as_bytes("subemu"))),
            "0xd3655f695c23e57745cad39bbe3d06fe4214febe796bff07fc2d4d7d9b8c3e05");
  EXPECT_EQ(to_hex(blake2b(pattern(1000), 20)), "0xfc9a2426db78846a07219bc181a52bae9a62eacc");
}

TEST(Blake2b, InitResetsState) {
  Blake2b h(16);
  h.update(as_bytes("garbage"));
  h.init(32);
  h.update(as_bytes("ab"));
  h.update(as_bytes("c"));
  EXPECT_EQ(hx(h.final<32>()),
            "0xbddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
}

TEST(Keccak, PermutationOfZeroState) {
  // KeccakF-1600-IntermediateValues.txt: first lanes after one permutation of the zero state.
  uint64_t s[25] = {};
  keccak_f1600(s);
  EXPECT_EQ(s[0], 0xF1258F7940E1DDE7ULL);
  EXPECT_EQ(s[1], 0x84D5CCF933C0478AULL);
}

TEST(Keccak, SpongeMatchesSha3AndShake) {
  auto sha3_256 = [](ByteView d) {
    Hash256 out{};
    keccak_sponge(d, 136, 0x06, std::span<uint8_t>(out));
    return to_hex(ByteView(out));
  };
  EXPECT_EQ(sha3_256({}), "0xa7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
  EXPECT_EQ(sha3_256(as_bytes("abc")),
            "0x3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
  EXPECT_EQ(sha3_256(pattern(1000)),
            "0x48e66a01861d0eadaacdb7a6ae7db6b9ac79242ecced4154a9fbb33c4e3cc571");
  // SHAKE128 squeezing more than one block (rate 168) exercises the output loop.
  Bytes shake(300);
  keccak_sponge(as_bytes("abc"), 168, 0x1f, std::span<uint8_t>(shake));
  EXPECT_EQ(to_hex(ByteView(shake)).substr(0, 66),
            "0x5881092dd818bf5cf8a3ddb793fbcba74097d5c526a6d35f97b83351940f2cc8");
  EXPECT_EQ(to_hex(ByteView(shake)).substr(2 + 2 * 268),
            "4b8f5774aa1482cfa58f83096bdb2e06a3eed543a38919b57ecbec737f4086be");
}

}  // namespace
}  // namespace subemu::crypto
