#include "rpc/services/dev_service.hpp"

#include <string>

#include "runtime/frame/origin.hpp"
#include "runtime/primitives/codec/scale.hpp"

namespace subemu::rpc {

namespace {

namespace rt = runtime;

grpc::Status bad_account(const std::string& what, size_t size) {
  return grpc::Status(
      grpc::StatusCode::INVALID_ARGUMENT,
      what + " must be a 32-byte AccountId32, got " + std::to_string(size) + " bytes");
}

// Fills `out` from where a dev write landed; INTERNAL when sealing failed.
grpc::Status report_landing(const WriteLanding& landing, v1::DevWriteOutcome* out) {
  if (!landing.seal_error.ok()) return storage_status(landing.seal_error);
  out->set_block_number(landing.number);
  if (landing.sealed.has_value()) {
    out->set_sealed(true);
    out->set_block_hash(to_wire(landing.sealed->hash.view()));
  }
  return grpc::Status::OK;
}

// A dispatch as seen from the handler thread.
struct Dispatched {
  std::optional<std::string> undecodable;
  std::optional<rt::frame::DispatchError> error;
  std::vector<rt::system::EventRecordView> events;
  WriteLanding landing;
};

// Chain thread: dispatch `call` with `origin`, collect the events it emitted, land the write.
Dispatched dispatch_on_chain(ChainOwner& owner, const rt::metadata::Registry& registry,
                             rt::chain::Chain& chain, const rt::frame::Origin& origin,
                             ByteView call) {
  Dispatched out;
  const size_t before = pending_events(chain, registry).size();
  auto result = chain.dispatch(origin, call);
  // Chain::dispatch reports an undecodable call as its string error; a DispatchError is the
  // inner result.
  if (!result.has_value()) {
    out.undecodable = result.error();
    return out;
  }
  if (!result->has_value()) out.error = result->error().error;
  auto events = pending_events(chain, registry);
  for (size_t i = before; i < events.size(); ++i) out.events.push_back(std::move(events[i]));
  out.landing = land_write(owner, chain);
  return out;
}

}  // namespace

grpc::Status DevServiceImpl::Mine(grpc::ServerContext* /*context*/, const v1::MineRequest* request,
                                  v1::MineResponse* response) {
  const uint32_t count = request->count() == 0 ? 1 : request->count();
  if (count > kMaxMine) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                        "count " + std::to_string(count) + " is above " + std::to_string(kMaxMine) +
                            " blocks per call");
  }
  struct Mined {
    uint32_t sealed = 0;
    BlockNumber first = 0;
    SealedInfo last;
    uint32_t pending_extrinsics = 0;
    Status error;
  };
  ChainOwner& owner = ctx_.owner;
  auto done = owner.run([&owner, count](rt::chain::Chain& chain) {
    Mined m;
    m.first = chain.pending_number();
    for (uint32_t i = 0; i < count; ++i) {
      if (owner.stop_requested()) break;  // every sealed block is whole; stop between blocks
      auto sealed = owner.seal(chain);
      if (!sealed.has_value()) {
        m.error = sealed.error();
        break;
      }
      if (i == 0) m.pending_extrinsics = static_cast<uint32_t>(sealed->block.extrinsics.size());
      m.last = SealedInfo{sealed->block.header.number, sealed->hash};
      ++m.sealed;
    }
    return m;
  });
  if (!done.has_value()) return post_error_status(done.error());
  if (!done->error.ok()) return storage_status(done->error);
  if (done->sealed == 0) return post_error_status(PostError::kStopped);
  response->set_first_number(done->first);
  response->set_last_number(done->last.number);
  response->set_last_hash(to_wire(done->last.hash.view()));
  response->set_pending_extrinsics(done->pending_extrinsics);
  return grpc::Status::OK;
}

grpc::Status DevServiceImpl::SetBalance(grpc::ServerContext* /*context*/,
                                        const v1::SetBalanceRequest* request,
                                        v1::SetBalanceResponse* response) {
  const auto who = AccountId::from_view(from_wire(request->account()));
  if (!who.has_value()) return bad_account("account", request->account().size());
  // Balances.force_set_balance(who: MultiAddress::Id, new_free: Compact<u64>) as Root.
  const auto* pallet = ctx_.registry.pallet_by_name("Balances");
  const auto* call_desc = pallet == nullptr ? nullptr : pallet->call_by_name("force_set_balance");
  if (call_desc == nullptr) {
    return grpc::Status(grpc::StatusCode::INTERNAL, "the runtime has no force_set_balance");
  }
  Bytes call{pallet->index, call_desc->index, 0x00};
  append(call, who->view());
  append(call, scale::encode(scale::Compact<uint64_t>{request->free()}));

  ChainOwner& owner = ctx_.owner;
  const rt::metadata::Registry& registry = ctx_.registry;
  auto done = owner.run([&](rt::chain::Chain& chain) {
    return dispatch_on_chain(owner, registry, chain, rt::frame::Origin::root(), call);
  });
  if (!done.has_value()) return post_error_status(done.error());
  if (done->undecodable.has_value()) {
    return grpc::Status(grpc::StatusCode::INTERNAL, "force_set_balance: " + *done->undecodable);
  }
  if (done->error.has_value()) to_proto(registry, *done->error, response->mutable_dispatch_error());
  return report_landing(done->landing, response->mutable_outcome());
}

grpc::Status DevServiceImpl::SetStorage(grpc::ServerContext* /*context*/,
                                        const v1::SetStorageRequest* request,
                                        v1::SetStorageResponse* response) {
  if (request->writes_size() == 0) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "no writes");
  }
  for (const auto& w : request->writes()) {
    if (w.key().empty()) return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "empty key");
  }
  ChainOwner& owner = ctx_.owner;
  auto done = owner.run([&](rt::chain::Chain& chain) {
    storage::Overlay& state = chain.pending_state();
    for (const auto& w : request->writes()) {
      if (w.remove()) {
        state.remove(from_wire(w.key()));
      } else {
        state.put(from_wire(w.key()), from_wire(w.value()));
      }
    }
    return land_write(owner, chain);
  });
  if (!done.has_value()) return post_error_status(done.error());
  return report_landing(*done, response->mutable_outcome());
}

grpc::Status DevServiceImpl::Dispatch(grpc::ServerContext* /*context*/,
                                      const v1::DispatchRequest* request,
                                      v1::DispatchResponse* response) {
  rt::frame::Origin origin = rt::frame::Origin::root();
  if (request->has_origin()) {
    switch (request->origin().kind_case()) {
      case v1::Origin::kRoot:
      case v1::Origin::KIND_NOT_SET:
        break;
      case v1::Origin::kNone:
        origin = rt::frame::Origin::none();
        break;
      case v1::Origin::kSignedBy: {
        const auto who = AccountId::from_view(from_wire(request->origin().signed_by()));
        if (!who.has_value())
          return bad_account("origin.signed_by", request->origin().signed_by().size());
        origin = rt::frame::Origin::signed_by(*who);
        break;
      }
    }
  }
  if (request->call().size() < 2) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                        "a call is at least a pallet index and a call index");
  }
  const ByteView raw = from_wire(request->call());
  const Bytes call(raw.begin(), raw.end());
  ChainOwner& owner = ctx_.owner;
  const rt::metadata::Registry& registry = ctx_.registry;
  auto done = owner.run([&](rt::chain::Chain& chain) {
    return dispatch_on_chain(owner, registry, chain, origin, call);
  });
  if (!done.has_value()) return post_error_status(done.error());
  if (done->undecodable.has_value()) {
    return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                        "undecodable call: " + *done->undecodable);
  }
  response->set_success(!done->error.has_value());
  if (done->error.has_value()) to_proto(registry, *done->error, response->mutable_dispatch_error());
  for (const auto& e : done->events) to_proto(registry, ctx_.event_json, e, response->add_events());
  return report_landing(done->landing, response->mutable_outcome());
}

}  // namespace subemu::rpc
