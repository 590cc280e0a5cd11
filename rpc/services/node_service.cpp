#include "rpc/services/node_service.hpp"

#include <string>

#include "runtime/version.hpp"

namespace subemu::rpc {

grpc::Status NodeServiceImpl::GetNodeInfo(grpc::ServerContext* /*context*/,
                                          const v1::GetNodeInfoRequest* /*request*/,
                                          v1::GetNodeInfoResponse* response) {
  response->set_emulator_version(std::string(runtime::emulator_version()));
  response->set_reference("opentensor/subtensor " + std::string(runtime::kReferenceTag));
  response->set_spec_version(runtime::kSpecVersion);
  response->set_db_format_version(identity_.db_format_version);
  response->set_genesis_id(std::string(identity_.genesis_id.begin(), identity_.genesis_id.end()));
  response->set_dev_mode(identity_.dev_mode);
  return grpc::Status::OK;
}

}  // namespace subemu::rpc
