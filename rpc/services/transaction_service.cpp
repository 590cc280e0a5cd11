#include "rpc/services/transaction_service.hpp"

#include <chrono>
#include <future>
#include <memory>
#include <optional>

#include "runtime/primitives/crypto/hashing.hpp"

namespace subemu::rpc {

namespace {

namespace rt = runtime;

// What the chain thread reports for one submission.
struct Submitted {
  BlockNumber block_number = 0;
  std::optional<Result<rt::executive::Applied, rt::executive::ApplyError>> applied;
  std::vector<rt::system::EventRecordView> events;  // the extrinsic's own
  std::optional<SealedInfo> sealed;                 // instant mode
  Status seal_error;
  bool waiters_full = false;
};

using SealPromise = std::promise<std::optional<SealedInfo>>;

// Chain thread: apply, collect the extrinsic's events, seal (instant) or register a waiter.
Submitted submit_on_chain(ChainOwner& owner, const rt::metadata::Registry& registry,
                          rt::chain::Chain& chain, ByteView extrinsic,
                          const std::shared_ptr<SealPromise>& in_block) {
  Submitted out;
  const bool manual_wait = in_block != nullptr && owner.mining() == MiningMode::kManual;
  if (manual_wait && !owner.can_add_block_waiter()) {
    out.waiters_full = true;
    return out;
  }
  out.block_number = chain.pending_number();
  out.applied = chain.submit(extrinsic);
  if (!out.applied->has_value()) return out;
  const uint32_t index = (*out.applied)->index;
  for (auto& e : pending_events(chain, registry)) {
    if (e.phase == rt::system::Phase::apply_extrinsic(index)) out.events.push_back(std::move(e));
  }
  if (owner.mining() == MiningMode::kInstant) {
    auto sealed = owner.seal(chain);
    if (sealed.has_value()) {
      out.sealed = SealedInfo{sealed->block.header.number, sealed->hash};
    } else {
      out.seal_error = sealed.error();
    }
  } else if (manual_wait) {
    (void)owner.add_block_waiter([in_block](const SealedInfo* sealed) {
      in_block->set_value(sealed == nullptr ? std::nullopt : std::optional<SealedInfo>(*sealed));
    });
  }
  return out;
}

}  // namespace

grpc::Status TransactionServiceImpl::Submit(grpc::ServerContext* context,
                                            const v1::SubmitRequest* request,
                                            v1::SubmitResponse* response) {
  if (request->extrinsic().empty()) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "empty extrinsic");
  }
  v1::WaitLevel wait = request->wait();
  if (wait == v1::WAIT_LEVEL_UNSPECIFIED) wait = v1::WAIT_IN_BLOCK;
  if (wait != v1::WAIT_NONE && wait != v1::WAIT_VALIDATED && wait != v1::WAIT_IN_BLOCK) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                        "unknown wait level " + std::to_string(request->wait()));
  }
  const ByteView raw = from_wire(request->extrinsic());
  const Bytes extrinsic(raw.begin(), raw.end());
  response->set_hash(to_wire(ByteView(crypto::blake2_256(extrinsic))));
  ChainOwner& owner = ctx_.owner;
  const rt::metadata::Registry& registry = ctx_.registry;

  if (wait == v1::WAIT_NONE) {
    auto posted = owner.post([&owner, &registry, extrinsic](rt::chain::Chain* chain) {
      if (chain != nullptr) (void)submit_on_chain(owner, registry, *chain, extrinsic, nullptr);
    });
    if (!posted.has_value()) return post_error_status(posted.error());
    return grpc::Status::OK;
  }

  std::shared_ptr<SealPromise> in_block;
  if (wait == v1::WAIT_IN_BLOCK) in_block = std::make_shared<SealPromise>();
  auto done = owner.run([&](rt::chain::Chain& chain) {
    return submit_on_chain(owner, registry, chain, extrinsic, in_block);
  });
  if (!done.has_value()) return post_error_status(done.error());
  Submitted& s = *done;
  if (s.waiters_full) {
    return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED,
                        "too many submissions are waiting for the next block; mine or retry");
  }
  if (!s.applied->has_value()) return apply_error_status(s.applied->error(), context);
  if (!s.seal_error.ok()) return storage_status(s.seal_error);

  const rt::executive::Applied& applied = **s.applied;
  response->set_block_number(s.block_number);
  response->set_extrinsic_index(applied.index);
  response->set_success(!applied.error.has_value());
  if (applied.error.has_value()) {
    to_proto(registry, *applied.error, response->mutable_dispatch_error());
  }
  response->set_fee(applied.fee);
  for (const auto& e : s.events) to_proto(registry, ctx_.event_json, e, response->add_events());

  std::optional<SealedInfo> sealed = s.sealed;
  if (!sealed.has_value() && in_block != nullptr) {
    // Manual mode: wait for the next seal, giving up when the client does.
    std::future<std::optional<SealedInfo>> waiting = in_block->get_future();
    while (waiting.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
      if (context->IsCancelled()) {
        return grpc::Status(grpc::StatusCode::CANCELLED, "cancelled before the block was sealed");
      }
    }
    sealed = waiting.get();
    if (!sealed.has_value()) {
      return grpc::Status(grpc::StatusCode::UNAVAILABLE,
                          "the server stopped before the block was sealed; the extrinsic was "
                          "not committed");
    }
  }
  if (sealed.has_value()) {
    response->set_in_block(true);
    response->set_block_hash(to_wire(sealed->hash.view()));
  }
  return grpc::Status::OK;
}

}  // namespace subemu::rpc
