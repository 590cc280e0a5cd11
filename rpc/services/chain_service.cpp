#include "rpc/services/chain_service.hpp"

#include "runtime/chain/block_records.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "storage/overlay.hpp"

namespace subemu::rpc {

namespace rt = runtime;

grpc::Status ChainServiceImpl::GetHead(grpc::ServerContext* /*context*/,
                                       const v1::GetHeadRequest* /*request*/,
                                       v1::GetHeadResponse* response) {
  const auto view = ctx_.owner.head();
  to_proto(view->header, response->mutable_header());
  response->set_genesis_hash(to_wire(ctx_.owner.genesis_hash().view()));
  return grpc::Status::OK;
}

grpc::Status ChainServiceImpl::GetBlock(grpc::ServerContext* /*context*/,
                                        const v1::GetBlockRequest* request,
                                        v1::GetBlockResponse* response) {
  const auto view = ctx_.owner.head();
  auto resolved = resolve_block(*view, request->block(), request->has_block());
  if (!resolved.has_value()) return resolved.error();
  auto record = rt::chain::read_block(*view->snapshot, resolved->hash);
  if (!record.has_value()) return storage_status(record.error());
  if (!record->has_value()) {
    return grpc::Status(grpc::StatusCode::NOT_FOUND,
                        "no block with hash " + resolved->hash.to_hex());
  }
  const rt::chain::Block& block = (*record)->block;
  to_proto(block.header, response->mutable_header());
  for (const Bytes& xt : block.extrinsics) {
    response->add_extrinsics(to_wire(xt));
    response->add_extrinsic_hashes(to_wire(ByteView(crypto::blake2_256(xt))));
  }
  // Only the head block's events exist: they are System.Events of the head state.
  if (resolved->is_head) {
    storage::Overlay head_state(*view->snapshot);
    auto events = rt::system::read_events(head_state, ctx_.registry);
    if (!head_state.backend_error().ok()) return storage_status(head_state.backend_error());
    if (events.has_value()) {
      response->set_events_included(true);
      for (const auto& e : *events)
        to_proto(ctx_.registry, ctx_.event_json, e, response->add_events());
    }
  }
  return grpc::Status::OK;
}

}  // namespace subemu::rpc
