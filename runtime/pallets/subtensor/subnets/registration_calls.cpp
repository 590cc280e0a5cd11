// Neuron registration calls (macros/dispatches.rs at v3.0.0): register (6), burned_register (7),
// root_register (62). The work is in registration.cpp and coinbase/root_register.cpp; these decode
// the arguments. All three are (weight, DispatchClass::Normal, Pays::No).
//
// adjust_senate (63) is not declared: its whole effect is on the Senate membership pallet, which
// the emulator does not model (see coinbase/root_register.hpp), so it does not decode.
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/pallets/subtensor/calls.hpp"
#include "runtime/pallets/subtensor/coinbase/root_register.hpp"
#include "runtime/pallets/subtensor/subnets/registration.hpp"

namespace subemu::runtime::subtensor {
namespace {

using frame::DispatchClass;
using frame::DispatchResultWithPostInfo;
using frame::Pays;
using metadata::field;
using metadata::TypeOf;

DispatchResultWithPostInfo register_call(frame::Env& env, const frame::Origin& origin,
                                         ByteView args) {
  NetUid netuid;
  uint64_t block_number = 0, nonce = 0;
  Bytes work;
  AccountId hotkey, coldkey;
  if (!pallets::decode_args(args, netuid, block_number, nonce, work, hotkey, coldkey)) {
    return pallets::bad_args();
  }
  return frame::with_post_info(do_registration(env, origin, netuid, block_number, nonce, work, hotkey, coldkey));
}

DispatchResultWithPostInfo burned_register(frame::Env& env, const frame::Origin& origin,
                                           ByteView args) {
  NetUid netuid;
  AccountId hotkey;
  if (!pallets::decode_args(args, netuid, hotkey)) return pallets::bad_args();
  return frame::with_post_info(do_burned_registration(env, origin, netuid, hotkey));
}

DispatchResultWithPostInfo root_register(frame::Env& env, const frame::Origin& origin,
                                         ByteView args) {
  AccountId hotkey;
  if (!pallets::decode_args(args, hotkey)) return pallets::bad_args();
  return frame::with_post_info(do_root_register(env, origin, hotkey));
}

}  // namespace

void add_registration_calls(CallList& out) {
  const auto account = TypeOf<AccountId>::get();
  const auto u16 = TypeOf<uint16_t>::get();
  const auto u64 = TypeOf<uint64_t>::get();
  constexpr auto kNormal = DispatchClass::kNormal;
  // Declaration order of dispatches.rs.
  out.push_back(
      {"register",
       6,
       {field("netuid", u16), field("block_number", u64), field("nonce", u64),
        field("work", TypeOf<Bytes>::get()), field("hotkey", account), field("coldkey", account)},
       &register_call,
       &weight_info<192'000'000, 0, 24, 22, kNormal, Pays::kNo>});
  out.push_back({"root_register",
                 62,
                 {field("hotkey", account)},
                 &root_register,
                 &weight_info<164'000'000, 0, 23, 20, kNormal, Pays::kNo>});
  out.push_back({"burned_register",
                 7,
                 {field("netuid", u16), field("hotkey", account)},
                 &burned_register,
                 &weight_info<177'000'000, 0, 26, 24, kNormal, Pays::kNo>});
}

}  // namespace subemu::runtime::subtensor
