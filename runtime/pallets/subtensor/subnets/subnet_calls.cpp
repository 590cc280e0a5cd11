// Subnet lifecycle calls (macros/dispatches.rs at v3.0.0): register_network (59), faucet (60),
// dissolve_network (61), schedule_dissolve_network (74), register_network_with_identity (79),
// start_call (92). The work is in subnet.cpp; these decode the arguments and apply the origin.
#include <optional>

#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/pallets/subtensor/calls.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/subnets/subnet.hpp"
#include "runtime/pallets/subtensor/types.hpp"

namespace subemu::runtime::subtensor {
namespace {

using frame::DispatchClass;
using frame::DispatchResultWithPostInfo;
using frame::Pays;
using metadata::field;
using metadata::TypeOf;

DispatchResultWithPostInfo register_network(frame::Env& env, const frame::Origin& origin,
                                            ByteView args) {
  AccountId hotkey;
  if (!pallets::decode_args(args, hotkey)) return pallets::bad_args();
  return frame::with_post_info(do_register_network(env, origin, hotkey, 1, std::nullopt));
}

DispatchResultWithPostInfo register_network_with_identity(frame::Env& env,
                                                          const frame::Origin& origin,
                                                          ByteView args) {
  AccountId hotkey;
  std::optional<SubnetIdentityV2> identity;
  if (!pallets::decode_args(args, hotkey, identity)) return pallets::bad_args();
  return frame::with_post_info(do_register_network(env, origin, hotkey, 1, identity));
}

// The runtime is built without the `pow-faucet` feature.
DispatchResultWithPostInfo faucet(frame::Env&, const frame::Origin&, ByteView args) {
  uint64_t block_number = 0, nonce = 0;
  Bytes work;
  if (!pallets::decode_args(args, block_number, nonce, work)) return pallets::bad_args();
  return frame::fail(error(Error::kFaucetDisabled));
}

DispatchResultWithPostInfo dissolve_network(frame::Env& env, const frame::Origin& origin,
                                            ByteView args) {
  AccountId coldkey;
  NetUid netuid;
  if (!pallets::decode_args(args, coldkey, netuid)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  return frame::with_post_info(user_remove_network(env, coldkey, netuid));
}

// Disabled at v3.0.0 (its body is commented out upstream).
DispatchResultWithPostInfo schedule_dissolve_network(frame::Env&, const frame::Origin&,
                                                     ByteView args) {
  NetUid netuid;
  if (!pallets::decode_args(args, netuid)) return pallets::bad_args();
  return frame::fail(error(Error::kCallDisabled));
}

DispatchResultWithPostInfo start_call(frame::Env& env, const frame::Origin& origin,
                                      ByteView args) {
  NetUid netuid;
  if (!pallets::decode_args(args, netuid)) return pallets::bad_args();
  return frame::with_post_info(do_start_call(env, origin, netuid));
}

}  // namespace

void add_network_calls(CallList& out) {
  const auto account = TypeOf<AccountId>::get();
  const auto u16 = TypeOf<uint16_t>::get();
  const auto u64 = TypeOf<uint64_t>::get();
  constexpr auto kOp = DispatchClass::kOperational;
  out.push_back({"register_network", 59, {field("hotkey", account)}, &register_network,
                 &weight_info<157'000'000, 0, 16, 30, kOp, Pays::kNo>});
  out.push_back({"faucet",
                 60,
                 {field("block_number", u64), field("nonce", u64),
                  field("work", TypeOf<Bytes>::get())},
                 &faucet,
                 &weight_info<91'000'000, 0, 27, 22, DispatchClass::kNormal, Pays::kNo>});
  out.push_back({"dissolve_network",
                 61,
                 {field("coldkey", account), field("netuid", u16)},
                 &dissolve_network,
                 &weight_info<119'000'000, 0, 6, 31, kOp, Pays::kNo>});
  out.push_back({"schedule_dissolve_network", 74, {field("_netuid", u16)},
                 &schedule_dissolve_network, &weight_info<119'000'000, 0, 6, 31, kOp, Pays::kYes>});
  out.push_back({"register_network_with_identity",
                 79,
                 {field("hotkey", account),
                  field("identity", TypeOf<std::optional<SubnetIdentityV2>>::get())},
                 &register_network_with_identity,
                 &weight_info<157'000'000, 0, 16, 30, kOp, Pays::kNo>});
  out.push_back({"start_call", 92, {field("netuid", u16)}, &start_call,
                 &weight_info<3'000'000, 0, 6, 1, kOp, Pays::kYes>});
}

}  // namespace subemu::runtime::subtensor
