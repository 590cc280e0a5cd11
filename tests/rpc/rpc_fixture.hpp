// A dev chain on a memory store behind a ChainOwner and a real gRPC server on a loopback port,
// with stubs for every service and helpers that build signed extrinsics on the chain thread
// (the Chain is not thread-safe: tests never touch it directly while the owner runs).
#pragma once

#include <grpcpp/create_channel.h>
#include <grpcpp/grpcpp.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "rpc/chain_owner.hpp"
#include "rpc/server.hpp"
#include "runtime/dev_accounts.hpp"
#include "runtime/frame/extrinsic/builder.hpp"
#include "runtime/genesis.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "storage/memory_store.hpp"
#include "subemu/v1/chain.grpc.pb.h"
#include "subemu/v1/dev.grpc.pb.h"
#include "subemu/v1/state.grpc.pb.h"
#include "subemu/v1/transaction.grpc.pb.h"

namespace subemu::rpc::testing {

inline constexpr uint64_t kTao = 1'000'000'000;

inline AccountId dev(std::string_view name) { return *runtime::dev_account(name); }
inline std::string wire(ByteView b) { return to_wire(b); }
inline Bytes unwire(const std::string& s) {
  const ByteView v = from_wire(s);
  return Bytes(v.begin(), v.end());
}

// Balances.transfer_keep_alive(dest: MultiAddress::Id, value: Compact<u64>).
inline Bytes transfer_keep_alive(const AccountId& dest, uint64_t value) {
  Bytes call{5, 3, 0x00};
  append(call, dest.view());
  append(call, scale::encode(scale::Compact<uint64_t>{value}));
  return call;
}
// System.remark(Vec<u8>).
inline Bytes remark(ByteView data) {
  Bytes call{0, 0};
  append(call, scale::encode(Bytes(data.begin(), data.end())));
  return call;
}
// Sudo.sudo(call).
inline Bytes sudo(ByteView call) {
  Bytes out{12, 0};
  append(out, call);
  return out;
}

struct NodeConfig {
  bool dev = true;
  MiningMode mining = MiningMode::kInstant;
  size_t queue_capacity = 1024;
};

struct Node {
  storage::MemoryStore store;
  std::unique_ptr<runtime::chain::Chain> chain;
  std::unique_ptr<ChainOwner> owner;
  std::unique_ptr<Server> server;
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<v1::TransactionService::Stub> tx;
  std::unique_ptr<v1::ChainService::Stub> blocks;
  std::unique_ptr<v1::StateService::Stub> state;
  std::unique_ptr<v1::DevService::Stub> devctl;

  explicit Node(NodeConfig config = NodeConfig{}) {
    auto opened = runtime::chain::Chain::open(store, runtime::dev_genesis());
    SUBEMU_CHECK(opened.has_value());
    chain = std::move(*opened);
    ChainOwnerOptions owner_options;
    owner_options.mining = config.mining;
    owner_options.queue_capacity = config.queue_capacity;
    owner = std::make_unique<ChainOwner>(*chain, owner_options);
    ServerOptions options;
    options.listen_address = "127.0.0.1:0";
    options.chain = owner.get();
    options.event_json = [](uint8_t pallet, ByteView event) {
      return "{\"pallet\":" + std::to_string(pallet) +
             ",\"bytes\":" + std::to_string(event.size()) + "}";
    };
    NodeIdentity identity;
    identity.dev_mode = config.dev;
    auto started = Server::start(options, identity);
    SUBEMU_CHECK(started.has_value());
    server = std::move(*started);
    channel = grpc::CreateChannel("127.0.0.1:" + std::to_string(server->port()),
                                  grpc::InsecureChannelCredentials());
    tx = v1::TransactionService::NewStub(channel);
    blocks = v1::ChainService::NewStub(channel);
    state = v1::StateService::NewStub(channel);
    devctl = v1::DevService::NewStub(channel);
  }
  ~Node() {
    server->shutdown();
    server.reset();
    owner.reset();
  }

  // A signed extrinsic from a dev account with its current nonce (+ `nonce_offset`), built on
  // the chain thread against the pending block's context.
  Bytes sign(std::string_view signer_name, const Bytes& call, uint32_t nonce_offset = 0) {
    auto built = owner->run([&](runtime::chain::Chain& c) {
      namespace xt = runtime::frame::extrinsic;
      const auto signer = xt::Signer::sr25519(*runtime::dev_sr25519_secret(signer_name));
      xt::ExtraValues extra;
      extra.era = xt::Era::immortal();
      extra.nonce = runtime::system::Account::get(c.pending_state(), signer.account_id()).nonce +
                    nonce_offset;
      extra.tip = TaoBalance(0);
      extra.metadata_hash_mode = xt::MetadataHashMode::kDisabled;
      auto signed_xt =
          xt::build_signed(call, signer, extra, xt::kSubtensorV300, c.signing_context());
      SUBEMU_CHECK(signed_xt.has_value());
      return xt::encode_extrinsic(*signed_xt, xt::kSubtensorV300);
    });
    SUBEMU_CHECK(built.has_value());
    return *built;
  }

  v1::GetHeadResponse head() {
    grpc::ClientContext ctx;
    v1::GetHeadResponse resp;
    const grpc::Status st = blocks->GetHead(&ctx, v1::GetHeadRequest{}, &resp);
    SUBEMU_CHECK(st.ok());
    return resp;
  }

  grpc::Status submit(const Bytes& extrinsic, v1::WaitLevel wait, v1::SubmitResponse* resp,
                      std::string* rejection = nullptr) {
    grpc::ClientContext ctx;
    v1::SubmitRequest req;
    req.set_extrinsic(wire(extrinsic));
    req.set_wait(wait);
    grpc::Status st = tx->Submit(&ctx, req, resp);
    if (rejection != nullptr) {
      const auto& trailers = ctx.GetServerTrailingMetadata();
      auto it = trailers.find("subemu-rejection-bin");
      if (it != trailers.end()) rejection->assign(it->second.data(), it->second.size());
    }
    return st;
  }

  // Free balance of `who` in the head state (via StateService).
  uint64_t free_of(const AccountId& who) {
    grpc::ClientContext ctx;
    v1::GetStorageRequest req;
    req.set_key(wire(runtime::system::Account::hashed_key_for(who)));
    v1::GetStorageResponse resp;
    const grpc::Status st = state->GetStorage(&ctx, req, &resp);
    SUBEMU_CHECK(st.ok());
    if (!resp.found()) return 0;
    auto info = scale::decode<runtime::system::AccountInfo>(from_wire(resp.value()));
    SUBEMU_CHECK(info.has_value());
    return info->data.free;
  }
};

}  // namespace subemu::rpc::testing
