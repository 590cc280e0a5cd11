// Signature verification throughput per scheme (the cost of checking a signed extrinsic), plus
// signing and SS58 for reference. Messages are 128 bytes, about a transfer's signing payload.
#include <benchmark/benchmark.h>

#include <cstdint>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/crypto/ecdsa.hpp"
#include "runtime/primitives/crypto/ed25519.hpp"
#include "runtime/primitives/crypto/multi_signature.hpp"
#include "runtime/primitives/crypto/sr25519.hpp"
#include "runtime/primitives/crypto/ss58.hpp"

namespace {

using namespace subemu;
using namespace subemu::crypto;

Bytes message() {
  Bytes m(128);
  for (size_t i = 0; i < m.size(); ++i) m[i] = static_cast<uint8_t>(i * 31 + 7);
  return m;
}

ByteArray<32> seed(uint8_t tag) {
  ByteArray<32> s{};
  for (size_t i = 0; i < s.size(); ++i) s[i] = static_cast<uint8_t>(tag + i);
  return s;
}

void BM_Sr25519Verify(benchmark::State& state) {
  const auto sk = sr25519::expand_mini_secret(seed(1));
  const auto pk = sr25519::public_key(sk);
  const Bytes msg = message();
  const auto sig = sr25519::sign(sk, msg);
  for (auto _ : state) benchmark::DoNotOptimize(sr25519::verify(sig, msg, pk));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Sr25519Verify);

void BM_Sr25519Sign(benchmark::State& state) {
  const auto sk = sr25519::expand_mini_secret(seed(1));
  const Bytes msg = message();
  for (auto _ : state) benchmark::DoNotOptimize(sr25519::sign(sk, msg));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Sr25519Sign);

void BM_Ed25519Verify(benchmark::State& state) {
  const auto sd = seed(2);
  const auto pk = ed25519::public_key(sd);
  const Bytes msg = message();
  const auto sig = ed25519::sign(sd, msg);
  for (auto _ : state) benchmark::DoNotOptimize(ed25519::verify(sig, msg, pk));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Ed25519Verify);

void BM_Ed25519Sign(benchmark::State& state) {
  const auto sd = seed(2);
  const Bytes msg = message();
  for (auto _ : state) benchmark::DoNotOptimize(ed25519::sign(sd, msg));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Ed25519Sign);

void BM_EcdsaVerifyMulti(benchmark::State& state) {
  const auto sk = seed(3);
  const auto pk = ecdsa::public_key(sk);
  const Bytes msg = message();
  const auto sig = ecdsa::sign(sk, msg);
  const AccountId32 who = ecdsa::account_id(*pk);
  for (auto _ : state) benchmark::DoNotOptimize(verify_multi(Scheme::kEcdsa, *sig, msg, who));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EcdsaVerifyMulti);

void BM_EcdsaSign(benchmark::State& state) {
  const auto sk = seed(3);
  const Bytes msg = message();
  for (auto _ : state) benchmark::DoNotOptimize(ecdsa::sign(sk, msg));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EcdsaSign);

void BM_Ss58EncodeDecode(benchmark::State& state) {
  const AccountId32 who(seed(4));
  for (auto _ : state) {
    const auto text = ss58_encode(who, 42);
    benchmark::DoNotOptimize(ss58_decode(*text));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Ss58EncodeDecode);

}  // namespace
