// Domain values <-> subemu.v1 messages, and the mapping of errors to gRPC statuses.
//
//   header / dispatch error / event record  -> their messages (types.proto)
//   ApplyError    kUndecodable -> INVALID_ARGUMENT, kInvalid -> FAILED_PRECONDITION with a
//                 TransactionRejection in the trailing metadata "subemu-rejection-bin",
//                 kStorage -> INTERNAL
//   PostError     kQueueFull -> RESOURCE_EXHAUSTED, kStopped -> UNAVAILABLE
//   Status        (a store failure on a read) -> INTERNAL
//   BlockRef      resolved against a HeadView: NOT_FOUND (unknown), INVALID_ARGUMENT (hash size)
//
// Stateless; thread-safe.
#pragma once

#include "rpc/layer.hpp"

#include <grpcpp/server_context.h>
#include <grpcpp/support/status.h>

#include <cstdint>
#include <functional>
#include <string>

#include "rpc/chain_owner.hpp"
#include "runtime/executive/executive.hpp"
#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/header.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/result.hpp"
#include "subemu/v1/types.pb.h"

namespace subemu::rpc {

// Renders a pallet event (variant index ++ fields) of pallet `pallet_index` as JSON text; empty
// when it cannot. Supplied by tools/ (the JSON forms live there); may be empty (no JSON).
using EventJsonFn = std::function<std::string(uint8_t pallet_index, ByteView pallet_event)>;

inline std::string to_wire(ByteView bytes) {
  return std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}
inline ByteView from_wire(const std::string& s) {
  return ByteView(reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

void to_proto(const runtime::frame::Header& header, v1::Header* out);
void to_proto(const runtime::metadata::Registry& registry,
              const runtime::frame::DispatchError& error, v1::DispatchError* out);
void to_proto(const runtime::metadata::Registry& registry, const EventJsonFn& event_json,
              const runtime::system::EventRecordView& record, v1::EventRecord* out);

// The status for an extrinsic that was not included (sets trailing metadata on `context`).
grpc::Status apply_error_status(const runtime::executive::ApplyError& error,
                                grpc::ServerContext* context);
grpc::Status post_error_status(PostError error);
grpc::Status storage_status(const Status& status);

// A block named by a BlockRef, resolved in `view`.
struct ResolvedBlock {
  BlockNumber number = 0;
  Hash256 hash{};
  bool is_head = false;
};
Result<ResolvedBlock, grpc::Status> resolve_block(const HeadView& view, const v1::BlockRef& ref,
                                                  bool has_ref);

}  // namespace subemu::rpc
