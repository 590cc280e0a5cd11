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
  // The events the block emitted, as its record keeps them (genesis has none).
  const Bytes& raw = (*record)->events;
  if (raw.empty()) {
    response->set_events_included(true);
  } else {
    auto events = rt::system::decode_events(raw, ctx_.registry);
    if (!events.has_value()) {
      return grpc::Status(grpc::StatusCode::DATA_LOSS,
                          "the events of block " + resolved->hash.to_hex() + " do not decode");
    }
    response->set_events_included(true);
    for (const auto& e : *events) {
      to_proto(ctx_.registry, ctx_.event_json, e, response->add_events());
    }
  }
  return grpc::Status::OK;
}

}  // namespace subemu::rpc
