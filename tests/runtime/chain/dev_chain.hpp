// A dev chain on a memory store, with helpers to build the calls and signed extrinsics a wallet
// would send. Shared by the chain/executive tests.
#pragma once

#include <map>
#include <memory>
#include <string_view>

#include "runtime/chain/chain.hpp"
#include "runtime/dev_accounts.hpp"
#include "runtime/frame/extrinsic/builder.hpp"
#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/pallets/system/storage.hpp"
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
  std::unique_ptr<chain::Chain> chain;

  explicit DevChain(GenesisConfig genesis = dev_genesis()) {
    auto opened = chain::Chain::open(store, genesis);
    SUBEMU_CHECK(opened.has_value());
    chain = std::move(*opened);
  }

  frame::extrinsic::ChainContext context() const {
    frame::extrinsic::ChainContext ctx;
    ctx.spec_version = chain->config().spec_version;
    ctx.transaction_version = chain->config().transaction_version;
    ctx.genesis_hash = chain->genesis_hash();
    ctx.current_block = chain->pending_number();
    const storage::Overlay* state = &chain->pending_state();
    ctx.block_hash = [state](BlockNumber n) { return system::BlockHash::try_get(*state, n); };
    return ctx;
  }

  uint32_t nonce_of(const AccountId& who) {
    return system::Account::get(chain->pending_state(), who).nonce;
  }

  // A signed extrinsic from a dev account (nonce: the account's current one unless given).
  Bytes sign(std::string_view signer_name, ByteView call, std::optional<uint32_t> nonce = {},
             uint64_t tip = 0,
             frame::extrinsic::Era era = frame::extrinsic::Era::immortal()) {
    const auto signer = frame::extrinsic::Signer::sr25519(*dev_sr25519_secret(signer_name));
    frame::extrinsic::ExtraValues extra;
    extra.era = era;
    extra.nonce = nonce.value_or(nonce_of(signer.account_id()));
    extra.tip = TaoBalance(tip);
    extra.metadata_hash_mode = frame::extrinsic::MetadataHashMode::kDisabled;
    auto xt = frame::extrinsic::build_signed(call, signer, extra,
                                             frame::extrinsic::kSubtensorV300, context());
    SUBEMU_CHECK(xt.has_value());
    return frame::extrinsic::encode_extrinsic(*xt, frame::extrinsic::kSubtensorV300);
  }

  uint64_t free_of(const AccountId& who) {
    return system::Account::get(chain->pending_state(), who).data.free;
  }
};

}  // namespace subemu::runtime::testing
