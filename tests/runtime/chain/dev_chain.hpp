// A dev chain on a memory store, with helpers to build the calls and signed extrinsics a wallet
// would send, and to read the pending block's events. Shared by the chain/executive tests.
#pragma once

#include <map>
#include <memory>
#include <string_view>
#include <vector>

#include "runtime/chain/chain.hpp"
#include "runtime/dev_accounts.hpp"
#include "runtime/frame/extrinsic/builder.hpp"
#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/runtime.hpp"
#include "storage/faulty_store.hpp"
#include "storage/memory_store.hpp"

namespace subemu::runtime::testing {

inline AccountId dev(std::string_view name) { return *dev_account(name); }

// Balances.transfer_keep_alive(dest, value) / transfer_allow_death / System.remark.
inline Bytes balances_call(uint8_t call_index, const AccountId& dest, uint64_t value) {
  Bytes call{5, call_index, 0x00};  // MultiAddress::Id
  append(call, dest.view());
  append(call, scale::encode(scale::Compact<uint64_t>{value}));
  return call;
}
inline Bytes transfer_keep_alive(const AccountId& dest, uint64_t value) {
  return balances_call(3, dest, value);
}
inline Bytes transfer_allow_death(const AccountId& dest, uint64_t value) {
  return balances_call(0, dest, value);
}
inline Bytes remark(ByteView data) {
  Bytes call{0, 0};
  append(call, scale::encode(Bytes(data.begin(), data.end())));
  return call;
}

// A SCALE Vec<RuntimeCall> of encoded calls.
inline Bytes calls_vec(const std::vector<Bytes>& calls) {
  scale::Encoder e;
  scale::encode_length(e, calls.size());
  for (const Bytes& c : calls) e.put_bytes(c);
  return e.take();
}
inline Bytes with_prefix(Bytes prefix, ByteView rest) {
  append(prefix, rest);
  return prefix;
}
// Utility (11): batch 0, batch_all 2, force_batch 4.
inline Bytes batch(const std::vector<Bytes>& calls) {
  return with_prefix({11, 0}, calls_vec(calls));
}
inline Bytes batch_all(const std::vector<Bytes>& calls) {
  return with_prefix({11, 2}, calls_vec(calls));
}
inline Bytes force_batch(const std::vector<Bytes>& calls) {
  return with_prefix({11, 4}, calls_vec(calls));
}
// Sudo (12): sudo 0, sudo_unchecked_weight 1, sudo_as 3.
inline Bytes sudo_call(ByteView call) { return with_prefix({12, 0}, call); }
inline Bytes sudo_unchecked_weight(ByteView call, const frame::Weight& w) {
  Bytes out = with_prefix({12, 1}, call);
  append(out, scale::encode(w));
  return out;
}
inline Bytes sudo_as(const AccountId& who, ByteView call) {
  Bytes out{12, 3, 0x00};  // MultiAddress::Id
  append(out, who.view());
  append(out, call);
  return out;
}

// The merged state of an overlay (for "nothing changed" checks).
inline std::map<Bytes, Bytes> state_of(const storage::Overlay& ov) {
  std::map<Bytes, Bytes> out;
  ov.scan(storage::ScanRange{}, [&](ByteView k, ByteView v) {
    out.emplace(Bytes(k.begin(), k.end()), Bytes(v.begin(), v.end()));
    return storage::Visit::kContinue;
  });
  return out;
}

struct DevChain {
  storage::MemoryStore store;
  // The chain's store: `store` behind a fault injector (disarmed unless a test arms it).
  storage::FaultyStore faulty{store};
  std::unique_ptr<chain::Chain> chain;

  explicit DevChain(GenesisConfig genesis = dev_genesis()) {
    auto opened = chain::Chain::open(faulty, genesis);
    SUBEMU_CHECK(opened.has_value());
    chain = std::move(*opened);
  }

  frame::extrinsic::ChainContext context() const { return chain->signing_context(); }

  uint32_t nonce_of(const AccountId& who) {
    return system::Account::get(chain->pending_state(), who).nonce;
  }

  // A signed extrinsic from a dev account (nonce: the account's current one unless given),
  // signed over `ctx` (default: the pending block's context()).
  Bytes sign(std::string_view signer_name, ByteView call, std::optional<uint32_t> nonce = {},
             uint64_t tip = 0, frame::extrinsic::Era era = frame::extrinsic::Era::immortal(),
             std::optional<frame::extrinsic::ChainContext> ctx = {}) {
    const auto signer = frame::extrinsic::Signer::sr25519(*dev_sr25519_secret(signer_name));
    frame::extrinsic::ExtraValues extra;
    extra.era = era;
    extra.nonce = nonce.value_or(nonce_of(signer.account_id()));
    extra.tip = TaoBalance(tip);
    extra.metadata_hash_mode = frame::extrinsic::MetadataHashMode::kDisabled;
    auto xt = frame::extrinsic::build_signed(call, signer, extra, frame::extrinsic::kSubtensorV300,
                                             ctx.has_value() ? *ctx : context());
    SUBEMU_CHECK(xt.has_value());
    return frame::extrinsic::encode_extrinsic(*xt, frame::extrinsic::kSubtensorV300);
  }

  // A bare (unsigned) extrinsic.
  static Bytes bare(ByteView call) {
    return frame::extrinsic::encode_extrinsic(frame::extrinsic::build_bare(call),
                                              frame::extrinsic::kSubtensorV300);
  }

  // The pending block's System.Events, decoded.
  std::vector<system::EventRecordView> events() {
    auto e = system::read_events(chain->pending_state(), runtime_registry());
    SUBEMU_CHECK(e.has_value());
    return std::move(*e);
  }

  // A second executive over the pending block (the chain's own one is private): for the pool
  // path (validate_transaction / submit_extrinsic) and for applying what Chain::submit would not.
  // Valid until the next seal().
  executive::Executive executive() {
    return executive::Executive(chain->pending_env(), frame::extrinsic::kSubtensorV300);
  }

  // Seals `n` empty blocks.
  void seal_blocks(uint32_t n) {
    for (uint32_t i = 0; i < n; ++i) SUBEMU_CHECK(chain->seal().has_value());
  }

  uint64_t free_of(const AccountId& who) {
    return system::Account::get(chain->pending_state(), who).data.free;
  }
};

}  // namespace subemu::runtime::testing
