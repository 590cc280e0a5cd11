// SubtensorModule's calls (pallets/subtensor/src/macros/dispatches.rs at v3.0.0). Each mechanism
// appends the descriptors of its calls (upstream call index, argument names and types, dispatch
// function, declared weight) to the pallet's list; pallet.cpp gathers them. A call without a
// descriptor does not decode, so an unmodelled call is refused at the door, never half-applied.
//
// Where each area lives:
//   subnets/subnet_calls.cpp        register_network(_with_identity), start_call, dissolve_network
//   subnets/registration_calls.cpp  register, burned_register, root_register
//   subnets/serving_calls.cpp       serve_axon, serve_axon_tls, serve_prometheus
//   utils/identity_calls.cpp        set_identity, set_subnet_identity
//   swap/swap_calls.cpp             swap_hotkey, swap_coldkey, schedule_swap_coldkey
//   staking/staking_calls.cpp       add_stake(_limit), remove_stake(_limit), unstake_all(_alpha)
//   staking/move_calls.cpp          move_stake, transfer_stake, swap_stake(_limit), recycle_alpha,
//                                   burn_alpha, become_delegate, increase/decrease_take,
//                                   try_associate_hotkey
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <vector>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/pallets/system/call_args.hpp"
#include "runtime/primitives/bytes.hpp"

namespace subemu::runtime::subtensor {

using CallList = std::vector<metadata::CallDesc>;

void add_network_calls(CallList& out);
void add_registration_calls(CallList& out);
void add_serving_calls(CallList& out);
void add_identity_calls(CallList& out);
void add_swap_calls(CallList& out);
void add_staking_calls(CallList& out);
void add_move_calls(CallList& out);

// A `#[pallet::weight((Weight::from_parts(ref, proof) .saturating_add(reads(r))
// .saturating_add(writes(w)), class, pays))]` attribute, as an InfoFn.
template <uint64_t Ref, uint64_t Proof, uint64_t R, uint64_t W,
          frame::DispatchClass Class = frame::DispatchClass::kNormal,
          frame::Pays P = frame::Pays::kYes>
frame::DispatchInfo weight_info(const metadata::Registry&, ByteView) {
  return frame::DispatchInfo{
      frame::Weight::from_parts(Ref, Proof).saturating_add(pallets::db(R, W)), Class, P};
}

}  // namespace subemu::runtime::subtensor
