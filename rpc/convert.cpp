#include "rpc/convert.hpp"

#include "runtime/chain/block_records.hpp"
#include "runtime/frame/extrinsic/transaction_validity.hpp"
#include "runtime/primitives/codec/scale.hpp"

namespace subemu::rpc {

namespace rt = runtime;

void to_proto(const rt::frame::Header& header, v1::Header* out) {
  out->set_parent_hash(to_wire(header.parent_hash.view()));
  out->set_number(header.number);
  out->set_state_root(to_wire(header.state_root.view()));
  out->set_extrinsics_root(to_wire(header.extrinsics_root.view()));
  out->set_digest(to_wire(scale::encode(header.digest)));
  out->set_hash(to_wire(header.hash().view()));
  out->set_encoded(to_wire(scale::encode(header)));
}

void to_proto(const rt::metadata::Registry& registry, const rt::frame::DispatchError& error,
              v1::DispatchError* out) {
  using Kind = rt::frame::DispatchError::Kind;
  out->set_kind(std::string(rt::frame::kind_name(error.kind())));
  out->set_encoded(to_wire(scale::encode(error)));
  switch (error.kind()) {
    case Kind::kModule: {
      out->set_pallet_index(error.index());
      out->set_index(error.module_error()[0]);
      if (const auto* pallet = registry.pallet_by_index(error.index())) {
        out->set_pallet(pallet->name);
      }
      if (const std::string* name = registry.error_name(error.index(), error.module_error()[0])) {
        out->set_name(*name);
      }
      break;
    }
    case Kind::kToken:
    case Kind::kArithmetic:
    case Kind::kTransactional:
      out->set_index(error.index());
      out->set_name(std::string(rt::frame::sub_name(error)));
      break;
    default:
      out->set_name(out->kind());
      break;
  }
}

void to_proto(const rt::metadata::Registry& registry, const EventJsonFn& event_json,
              const rt::system::EventRecordView& record, v1::EventRecord* out) {
  using PhaseKind = rt::system::Phase::Kind;
  auto* phase = out->mutable_phase();
  switch (record.phase.kind) {
    case PhaseKind::kApplyExtrinsic:
      phase->set_kind(v1::Phase::APPLY_EXTRINSIC);
      phase->set_extrinsic_index(record.phase.extrinsic_index);
      break;
    case PhaseKind::kFinalization:
      phase->set_kind(v1::Phase::FINALIZATION);
      break;
    case PhaseKind::kInitialization:
      phase->set_kind(v1::Phase::INITIALIZATION);
      break;
  }
  out->set_pallet_index(record.pallet);
  out->set_event_index(record.variant());
  if (const auto* pallet = registry.pallet_by_index(record.pallet)) {
    out->set_pallet(pallet->name);
    for (const auto& v : pallet->events) {
      if (v.index == record.variant()) {
        out->set_name(v.name);
        break;
      }
    }
  }
  if (!record.event.empty()) out->set_fields(to_wire(ByteView(record.event).subspan(1)));
  if (event_json) out->set_fields_json(event_json(record.pallet, record.event));
  for (const Hash256& topic : record.topics) out->add_topics(to_wire(topic.view()));
}

grpc::Status apply_error_status(const rt::executive::ApplyError& error,
                                grpc::ServerContext* context) {
  using Kind = rt::executive::ApplyError::Kind;
  switch (error.kind) {
    case Kind::kUndecodable:
      return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                          "undecodable extrinsic: " + error.reason);
    case Kind::kInvalid: {
      const auto& v = error.validity;
      v1::TransactionRejection rejection;
      if (v.is_invalid()) {
        rejection.set_category("Invalid");
        rejection.set_reason(std::string(rt::frame::extrinsic::name(v.invalid_reason())));
      } else {
        rejection.set_category("Unknown");
        rejection.set_reason(std::string(rt::frame::extrinsic::name(v.unknown_reason())));
      }
      rejection.set_custom_code(v.custom_code());
      rejection.set_message(error.reason.empty() ? rt::frame::extrinsic::to_string(v)
                                                 : error.reason);
      if (context != nullptr) {
        context->AddTrailingMetadata("subemu-rejection-bin", rejection.SerializeAsString());
      }
      return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION,
                          "transaction rejected: " + rt::frame::extrinsic::to_string(v));
    }
    case Kind::kStorage:
      return grpc::Status(grpc::StatusCode::INTERNAL, "state database failure: " + error.reason);
  }
  return grpc::Status(grpc::StatusCode::INTERNAL, "unknown apply error");
}

grpc::Status post_error_status(PostError error) {
  switch (error) {
    case PostError::kQueueFull:
      return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED,
                          "the chain thread's queue is full; retry later");
    case PostError::kStopped:
      return grpc::Status(grpc::StatusCode::UNAVAILABLE, "the server is shutting down");
  }
  return grpc::Status(grpc::StatusCode::INTERNAL, "unknown post error");
}

grpc::Status storage_status(const Status& status) {
  return grpc::Status(grpc::StatusCode::INTERNAL, "state database failure: " + status.to_string());
}

Result<ResolvedBlock, grpc::Status> resolve_block(const HeadView& view, const v1::BlockRef& ref,
                                                  bool has_ref) {
  const auto head = [&] { return ResolvedBlock{view.head.number, view.head.hash, true}; };
  if (!has_ref) return head();
  switch (ref.ref_case()) {
    case v1::BlockRef::REF_NOT_SET:
      return head();
    case v1::BlockRef::kNumber: {
      if (ref.number() > view.head.number) {
        return unexpected(grpc::Status(grpc::StatusCode::NOT_FOUND,
                                       "no block #" + std::to_string(ref.number()) + " (head is #" +
                                           std::to_string(view.head.number) + ")"));
      }
      auto hash = rt::chain::read_hash(*view.snapshot, ref.number());
      if (!hash.has_value()) return unexpected(storage_status(hash.error()));
      if (!hash->has_value()) {
        return unexpected(
            grpc::Status(grpc::StatusCode::NOT_FOUND, "no block #" + std::to_string(ref.number())));
      }
      return ResolvedBlock{ref.number(), **hash, ref.number() == view.head.number};
    }
    case v1::BlockRef::kHash: {
      auto hash = Hash256::from_view(from_wire(ref.hash()));
      if (!hash.has_value()) {
        return unexpected(
            grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                         "a block hash is 32 bytes, got " + std::to_string(ref.hash().size())));
      }
      auto record = rt::chain::read_block(*view.snapshot, *hash);
      if (!record.has_value()) return unexpected(storage_status(record.error()));
      if (!record->has_value()) {
        return unexpected(
            grpc::Status(grpc::StatusCode::NOT_FOUND, "no block with hash " + hash->to_hex()));
      }
      const BlockNumber n = (*record)->block.header.number;
      return ResolvedBlock{n, *hash, *hash == view.head.hash};
    }
  }
  return unexpected(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "bad block reference"));
}

}  // namespace subemu::rpc
