// Stake-moving, take and alpha-recycling calls (macros/dispatches.rs at v3.0.0):
//   become_delegate (1)        deprecated: Ok(()) for any origin, writes nothing
//   decrease_take (65), increase_take (66)                       take.hpp
//   move_stake (85), transfer_stake (86), swap_stake (87), swap_stake_limit (90)  move_stake.hpp
//   try_associate_hotkey (91)  signed; do_try_associate_hotkey's result is ignored
//   recycle_alpha (101), burn_alpha (102)                        recycle_alpha.hpp
// These decode the arguments (upstream names and types) and carry the #[pallet::weight]
// attributes: become_delegate Normal/Pays::No; the takes weight 0, Normal, Pays::No; the four
// moves Operational, Pays::No; the last three Operational, Pays::Yes.
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/pallets/subtensor/calls.hpp"
#include "runtime/pallets/subtensor/staking/move_stake.hpp"
#include "runtime/pallets/subtensor/staking/recycle_alpha.hpp"
#include "runtime/pallets/subtensor/staking/take.hpp"

namespace subemu::runtime::subtensor {
namespace {

using frame::DispatchClass;
using frame::DispatchResultWithPostInfo;
using frame::Env;
using frame::Origin;
using frame::Pays;
using metadata::field;
using metadata::TypeOf;

DispatchResultWithPostInfo done(const frame::DispatchResult& r) { return frame::with_post_info(r); }

DispatchResultWithPostInfo become_delegate(Env& /*env*/, const Origin& /*origin*/, ByteView args) {
  AccountId hotkey;
  if (!pallets::decode_args(args, hotkey)) return pallets::bad_args();
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo decrease_take(Env& env, const Origin& origin, ByteView args) {
  AccountId hotkey;
  uint16_t take = 0;
  if (!pallets::decode_args(args, hotkey, take)) return pallets::bad_args();
  return done(do_decrease_take(env, origin, hotkey, take));
}

DispatchResultWithPostInfo increase_take(Env& env, const Origin& origin, ByteView args) {
  AccountId hotkey;
  uint16_t take = 0;
  if (!pallets::decode_args(args, hotkey, take)) return pallets::bad_args();
  return done(do_increase_take(env, origin, hotkey, take));
}

DispatchResultWithPostInfo move_stake(Env& env, const Origin& origin, ByteView args) {
  AccountId origin_hotkey, destination_hotkey;
  NetUid origin_netuid, destination_netuid;
  uint64_t alpha_amount = 0;
  if (!pallets::decode_args(args, origin_hotkey, destination_hotkey, origin_netuid,
                            destination_netuid, alpha_amount)) {
    return pallets::bad_args();
  }
  return done(do_move_stake(env, origin, origin_hotkey, destination_hotkey, origin_netuid,
                            destination_netuid, alpha_amount));
}

DispatchResultWithPostInfo transfer_stake(Env& env, const Origin& origin, ByteView args) {
  AccountId destination_coldkey, hotkey;
  NetUid origin_netuid, destination_netuid;
  uint64_t alpha_amount = 0;
  if (!pallets::decode_args(args, destination_coldkey, hotkey, origin_netuid, destination_netuid,
                            alpha_amount)) {
    return pallets::bad_args();
  }
  return done(do_transfer_stake(env, origin, destination_coldkey, hotkey, origin_netuid,
                                destination_netuid, alpha_amount));
}

DispatchResultWithPostInfo swap_stake(Env& env, const Origin& origin, ByteView args) {
  AccountId hotkey;
  NetUid origin_netuid, destination_netuid;
  uint64_t alpha_amount = 0;
  if (!pallets::decode_args(args, hotkey, origin_netuid, destination_netuid, alpha_amount)) {
    return pallets::bad_args();
  }
  return done(do_swap_stake(env, origin, hotkey, origin_netuid, destination_netuid, alpha_amount));
}

DispatchResultWithPostInfo swap_stake_limit(Env& env, const Origin& origin, ByteView args) {
  AccountId hotkey;
  NetUid origin_netuid, destination_netuid;
  uint64_t alpha_amount = 0, limit_price = 0;
  bool allow_partial = false;
  if (!pallets::decode_args(args, hotkey, origin_netuid, destination_netuid, alpha_amount,
                            limit_price, allow_partial)) {
    return pallets::bad_args();
  }
  return done(do_swap_stake_limit(env, origin, hotkey, origin_netuid, destination_netuid,
                                  alpha_amount, limit_price, allow_partial));
}

DispatchResultWithPostInfo try_associate_hotkey(Env& env, const Origin& origin, ByteView args) {
  AccountId hotkey;
  if (!pallets::decode_args(args, hotkey)) return pallets::bad_args();
  const auto coldkey = frame::ensure_signed(origin);
  if (!coldkey) return frame::fail(coldkey.error());
  (void)do_try_associate_hotkey(env.state, *coldkey, hotkey);
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo recycle_alpha(Env& env, const Origin& origin, ByteView args) {
  AccountId hotkey;
  uint64_t amount = 0;
  NetUid netuid;
  if (!pallets::decode_args(args, hotkey, amount, netuid)) return pallets::bad_args();
  return done(do_recycle_alpha(env, origin, hotkey, amount, netuid));
}

DispatchResultWithPostInfo burn_alpha(Env& env, const Origin& origin, ByteView args) {
  AccountId hotkey;
  uint64_t amount = 0;
  NetUid netuid;
  if (!pallets::decode_args(args, hotkey, amount, netuid)) return pallets::bad_args();
  return done(do_burn_alpha(env, origin, hotkey, amount, netuid));
}

}  // namespace

void add_move_calls(CallList& out) {
  const auto account = TypeOf<AccountId>::get();
  const auto u16 = TypeOf<uint16_t>::get();
  const auto u64 = TypeOf<uint64_t>::get();
  const auto boolean = TypeOf<bool>::get();
  constexpr auto kNormal = DispatchClass::kNormal;
  constexpr auto kOp = DispatchClass::kOperational;
  // Declaration order of dispatches.rs.
  out.push_back({"become_delegate",
                 1,
                 {field("hotkey", account)},
                 &become_delegate,
                 &weight_info<79'000'000, 0, 6, 3, kNormal, Pays::kNo>});
  // #[pallet::weight((0, DispatchClass::Normal, Pays::No))]
  out.push_back({"decrease_take",
                 65,
                 {field("hotkey", account), field("take", u16)},
                 &decrease_take,
                 &weight_info<0, 0, 0, 0, kNormal, Pays::kNo>});
  out.push_back({"increase_take",
                 66,
                 {field("hotkey", account), field("take", u16)},
                 &increase_take,
                 &weight_info<0, 0, 0, 0, kNormal, Pays::kNo>});
  out.push_back(
      {"move_stake",
       85,
       {field("origin_hotkey", account), field("destination_hotkey", account),
        field("origin_netuid", u16), field("destination_netuid", u16), field("alpha_amount", u64)},
       &move_stake,
       &weight_info<3'000'000, 0, 0, 1, kOp, Pays::kNo>});
  out.push_back(
      {"transfer_stake",
       86,
       {field("destination_coldkey", account), field("hotkey", account),
        field("origin_netuid", u16), field("destination_netuid", u16), field("alpha_amount", u64)},
       &transfer_stake,
       &weight_info<3'000'000, 0, 0, 1, kOp, Pays::kNo>});
  out.push_back({"swap_stake",
                 87,
                 {field("hotkey", account), field("origin_netuid", u16),
                  field("destination_netuid", u16), field("alpha_amount", u64)},
                 &swap_stake,
                 &weight_info<3'000'000, 0, 0, 1, kOp, Pays::kNo>});
  out.push_back(
      {"swap_stake_limit",
       90,
       {field("hotkey", account), field("origin_netuid", u16), field("destination_netuid", u16),
        field("alpha_amount", u64), field("limit_price", u64), field("allow_partial", boolean)},
       &swap_stake_limit,
       &weight_info<3'000'000, 0, 0, 1, kOp, Pays::kNo>});
  out.push_back({"try_associate_hotkey",
                 91,
                 {field("hotkey", account)},
                 &try_associate_hotkey,
                 &weight_info<3'000'000, 0, 3, 3, kOp, Pays::kYes>});
  out.push_back({"recycle_alpha",
                 101,
                 {field("hotkey", account), field("amount", u64), field("netuid", u16)},
                 &recycle_alpha,
                 &weight_info<3'000'000, 0, 3, 2, kOp, Pays::kYes>});
  out.push_back({"burn_alpha",
                 102,
                 {field("hotkey", account), field("amount", u64), field("netuid", u16)},
                 &burn_alpha,
                 &weight_info<2'000'000, 0, 2, 1, kOp, Pays::kYes>});
}

}  // namespace subemu::runtime::subtensor
