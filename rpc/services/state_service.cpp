#include "rpc/services/state_service.hpp"

#include <string>

namespace subemu::rpc {

namespace {

// The head view when `at` names the head (or nothing); else why not.
Result<std::shared_ptr<const HeadView>, grpc::Status> head_state_at(ChainOwner& owner,
                                                                    const v1::BlockRef& at,
                                                                    bool has_at) {
  auto view = owner.head();
  auto resolved = resolve_block(*view, at, has_at);
  if (!resolved.has_value()) return unexpected(resolved.error());
  if (!resolved->is_head) {
    return unexpected(grpc::Status(grpc::StatusCode::FAILED_PRECONDITION,
                                   "state at past blocks is not kept yet: block #" +
                                       std::to_string(resolved->number) + " is not the head #" +
                                       std::to_string(view->head.number)));
  }
  return view;
}

}  // namespace

grpc::Status StateServiceImpl::GetStorage(grpc::ServerContext* /*context*/,
                                          const v1::GetStorageRequest* request,
                                          v1::GetStorageResponse* response) {
  auto view = head_state_at(ctx_.owner, request->at(), request->has_at());
  if (!view.has_value()) return view.error();
  const HeadView& v = **view;
  auto value = v.snapshot->get(from_wire(request->key()));
  if (!value.has_value()) return storage_status(value.error());
  response->set_found(value->has_value());
  if (value->has_value()) response->set_value(to_wire(**value));
  response->set_block_number(v.head.number);
  response->set_block_hash(to_wire(v.head.hash.view()));
  return grpc::Status::OK;
}

grpc::Status StateServiceImpl::ScanPrefix(grpc::ServerContext* /*context*/,
                                          const v1::ScanPrefixRequest* request,
                                          v1::ScanPrefixResponse* response) {
  uint32_t limit = request->limit() == 0 ? kDefaultScanLimit : request->limit();
  if (limit > kMaxScanLimit) {
    return grpc::Status(
        grpc::StatusCode::INVALID_ARGUMENT,
        "limit " + std::to_string(limit) + " is above " + std::to_string(kMaxScanLimit));
  }
  auto view = head_state_at(ctx_.owner, request->at(), request->has_at());
  if (!view.has_value()) return view.error();
  const HeadView& v = **view;
  const ByteView prefix = from_wire(request->prefix());
  const ByteView start_after = from_wire(request->start_after());
  const storage::ScanRange range = start_after.empty()
                                       ? storage::ScanRange::all_with_prefix(prefix)
                                       : storage::ScanRange::after(prefix, start_after);
  // Read one entry past the page to know whether more follow.
  uint32_t seen = 0;
  bool more = false;
  Status scanned = v.snapshot->scan(range, [&](ByteView key, ByteView value) {
    if (seen == limit) {
      more = true;
      return storage::Visit::kStop;
    }
    ++seen;
    auto* kv = response->add_entries();
    kv->set_key(to_wire(key));
    kv->set_value(to_wire(value));
    return storage::Visit::kContinue;
  });
  if (!scanned.ok()) return storage_status(scanned);
  if (more) response->set_next_start_after(response->entries(response->entries_size() - 1).key());
  response->set_block_number(v.head.number);
  response->set_block_hash(to_wire(v.head.hash.view()));
  return grpc::Status::OK;
}

}  // namespace subemu::rpc
