// SCALE and hashing micro-benchmarks: compact u64, Vec<u8> 1 KiB, a (AccountId32, u16, u64)
// struct, and blake2_128 / twox_128 over 32 and 1024 bytes (the storage-key hashers).
#include <benchmark/benchmark.h>

#include <cstdint>

#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu {
namespace {

struct StakeKey {  // shape of a typical (account, netuid, amount) record
  AccountId32 account;
  uint16_t netuid = 0;
  uint64_t amount = 0;
  void encode_to(scale::Encoder& e) const {
    scale::encode_to(e, account);
    scale::encode_to(e, netuid);
    scale::encode_to(e, amount);
  }
  static bool decode_from(scale::Decoder& d, StakeKey& out) {
    return scale::decode_from(d, out.account) && scale::decode_from(d, out.netuid) &&
           scale::decode_from(d, out.amount);
  }
};

Bytes pattern(size_t n) {
  Bytes b(n);
  for (size_t i = 0; i < n; ++i) b[i] = static_cast<uint8_t>(i * 31 + 7);
  return b;
}

void BM_EncodeCompactU64(benchmark::State& state) {
  uint64_t v = 0x0123456789abcdefULL;
  for (auto _ : state) {
    scale::Encoder e;
    scale::encode_to(e, scale::Compact<uint64_t>{v});
    benchmark::DoNotOptimize(e.bytes().data());
    v = (v >> 1) | (v << 63);
  }
}
BENCHMARK(BM_EncodeCompactU64);

void BM_DecodeCompactU64(benchmark::State& state) {
  const Bytes in = scale::encode(scale::Compact<uint64_t>{0x0123456789abcdefULL});
  for (auto _ : state) {
    auto r = scale::decode<scale::Compact<uint64_t>>(in);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_DecodeCompactU64);

void BM_EncodeVecU8_1KiB(benchmark::State& state) {
  const Bytes v = pattern(1024);
  for (auto _ : state) {
    Bytes out = scale::encode(v);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * 1024);
}
BENCHMARK(BM_EncodeVecU8_1KiB);

void BM_DecodeVecU8_1KiB(benchmark::State& state) {
  const Bytes in = scale::encode(pattern(1024));
  for (auto _ : state) {
    auto r = scale::decode<Bytes>(in);
    benchmark::DoNotOptimize(r);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * 1024);
}
BENCHMARK(BM_DecodeVecU8_1KiB);

StakeKey sample_key() {
  StakeKey k;
  k.account = *AccountId32::from_view(pattern(32));
  k.netuid = 7;
  k.amount = 1'000'000'000;
  return k;
}

void BM_EncodeStruct(benchmark::State& state) {
  const StakeKey k = sample_key();
  for (auto _ : state) {
    Bytes out = scale::encode(k);
    benchmark::DoNotOptimize(out.data());
  }
}
BENCHMARK(BM_EncodeStruct);

void BM_DecodeStruct(benchmark::State& state) {
  const Bytes in = scale::encode(sample_key());
  for (auto _ : state) {
    auto r = scale::decode<StakeKey>(in);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_DecodeStruct);

void BM_Blake2_128(benchmark::State& state) {
  const Bytes in = pattern(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    auto h = crypto::blake2_128(in);
    benchmark::DoNotOptimize(h);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Blake2_128)->Arg(32)->Arg(1024);

void BM_Twox_128(benchmark::State& state) {
  const Bytes in = pattern(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    auto h = crypto::twox_128(in);
    benchmark::DoNotOptimize(h);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Twox_128)->Arg(32)->Arg(1024);

}  // namespace
}  // namespace subemu
