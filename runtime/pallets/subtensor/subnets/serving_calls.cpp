// Call descriptors of the serving area (see calls.hpp): serve_axon (4), serve_axon_tls (40) and
// serve_prometheus (5) of macros/dispatches.rs at v3.0.0, with their argument names and types and
// #[pallet::weight] attributes (all three are Normal and Pays::No).
#include <optional>
#include <vector>

#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/pallets/subtensor/calls.hpp"
#include "runtime/pallets/subtensor/subnets/serving.hpp"

namespace subemu::runtime::subtensor {

namespace {

using frame::DispatchResultWithPostInfo;
using frame::Env;
using frame::Origin;

// serve_axon(netuid, version, ip, port, ip_type, protocol, placeholder1, placeholder2)
// [+ certificate for serve_axon_tls].
template <bool kTls>
DispatchResultWithPostInfo serve_axon_call(Env& env, const Origin& origin, ByteView args) {
  NetUid netuid;
  AxonArgs a;
  std::optional<Bytes> certificate;
  bool decoded = false;
  if constexpr (kTls) {
    Bytes cert;
    decoded = pallets::decode_args(args, netuid, a.version, a.ip, a.port, a.ip_type, a.protocol,
                                   a.placeholder1, a.placeholder2, cert);
    certificate = std::move(cert);
  } else {
    decoded = pallets::decode_args(args, netuid, a.version, a.ip, a.port, a.ip_type, a.protocol,
                                   a.placeholder1, a.placeholder2);
  }
  if (!decoded) return pallets::bad_args();
  return frame::with_post_info(do_serve_axon(env, origin, netuid, a, certificate));
}

// serve_prometheus(netuid, version, ip, port, ip_type)
DispatchResultWithPostInfo serve_prometheus_call(Env& env, const Origin& origin, ByteView args) {
  NetUid netuid;
  uint32_t version = 0;
  u128 ip = 0;
  uint16_t port = 0;
  uint8_t ip_type = 0;
  if (!pallets::decode_args(args, netuid, version, ip, port, ip_type)) return pallets::bad_args();
  return frame::with_post_info(
      do_serve_prometheus(env, origin, netuid, version, ip, port, ip_type));
}

std::vector<metadata::Field> axon_fields() {
  using metadata::field_of;
  return {field_of<uint16_t>("netuid"),
          field_of<uint32_t>("version"),
          field_of<u128>("ip"),
          field_of<uint16_t>("port"),
          field_of<uint8_t>("ip_type"),
          field_of<uint8_t>("protocol"),
          field_of<uint8_t>("placeholder1"),
          field_of<uint8_t>("placeholder2")};
}

}  // namespace

void add_serving_calls(CallList& out) {
  using metadata::field_of;
  constexpr auto kNormal = frame::DispatchClass::kNormal;
  constexpr auto kNo = frame::Pays::kNo;
  std::vector<metadata::Field> tls = axon_fields();
  tls.push_back(field_of<std::vector<uint8_t>>("certificate"));
  // Declaration order of dispatches.rs.
  out.push_back(metadata::CallDesc{"serve_axon", 4, axon_fields(), &serve_axon_call<false>,
                                   &weight_info<46'000'000, 0, 4, 1, kNormal, kNo>});
  out.push_back(metadata::CallDesc{"serve_axon_tls", 40, std::move(tls), &serve_axon_call<true>,
                                   &weight_info<46'000'000, 0, 4, 1, kNormal, kNo>});
  out.push_back(metadata::CallDesc{
      "serve_prometheus",
      5,
      {field_of<uint16_t>("netuid"), field_of<uint32_t>("version"), field_of<u128>("ip"),
       field_of<uint16_t>("port"), field_of<uint8_t>("ip_type")},
      &serve_prometheus_call,
      &weight_info<45'000'000, 0, 4, 1, kNormal, kNo>});
}

}  // namespace subemu::runtime::subtensor
