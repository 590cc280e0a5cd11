// Add/remove staking calls (macros/dispatches.rs at v3.0.0): add_stake (2), remove_stake (3),
// unstake_all (83), unstake_all_alpha (84), add_stake_limit (88), remove_stake_limit (89). The
// work is in add_stake.cpp and remove_stake.cpp; these decode the arguments. All are Pays::No;
// unstake_all(_alpha) are Operational, the others Normal.
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/pallets/subtensor/calls.hpp"
#include "runtime/pallets/subtensor/staking/add_stake.hpp"
#include "runtime/pallets/subtensor/staking/remove_stake.hpp"

namespace subemu::runtime::subtensor {
namespace {

using frame::DispatchClass;
using frame::DispatchResultWithPostInfo;
using frame::Pays;
using metadata::field;
using metadata::TypeOf;

DispatchResultWithPostInfo done(const frame::DispatchResult& r) {
  if (!r) return frame::fail(r.error());
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo add_stake(frame::Env& env, const frame::Origin& origin, ByteView args) {
  AccountId hotkey;
  NetUid netuid;
  uint64_t amount_staked = 0;
  if (!pallets::decode_args(args, hotkey, netuid, amount_staked)) return pallets::bad_args();
  return done(do_add_stake(env, origin, hotkey, netuid, amount_staked));
}

DispatchResultWithPostInfo remove_stake(frame::Env& env, const frame::Origin& origin,
                                        ByteView args) {
  AccountId hotkey;
  NetUid netuid;
  uint64_t amount_unstaked = 0;
  if (!pallets::decode_args(args, hotkey, netuid, amount_unstaked)) return pallets::bad_args();
  return done(do_remove_stake(env, origin, hotkey, netuid, amount_unstaked));
}

DispatchResultWithPostInfo unstake_all(frame::Env& env, const frame::Origin& origin,
                                       ByteView args) {
  AccountId hotkey;
  if (!pallets::decode_args(args, hotkey)) return pallets::bad_args();
  return done(do_unstake_all(env, origin, hotkey));
}

DispatchResultWithPostInfo unstake_all_alpha(frame::Env& env, const frame::Origin& origin,
                                             ByteView args) {
  AccountId hotkey;
  if (!pallets::decode_args(args, hotkey)) return pallets::bad_args();
  return done(do_unstake_all_alpha(env, origin, hotkey));
}

DispatchResultWithPostInfo add_stake_limit(frame::Env& env, const frame::Origin& origin,
                                           ByteView args) {
  AccountId hotkey;
  NetUid netuid;
  uint64_t amount_staked = 0, limit_price = 0;
  bool allow_partial = false;
  if (!pallets::decode_args(args, hotkey, netuid, amount_staked, limit_price, allow_partial)) {
    return pallets::bad_args();
  }
  return done(
      do_add_stake_limit(env, origin, hotkey, netuid, amount_staked, limit_price, allow_partial));
}

DispatchResultWithPostInfo remove_stake_limit(frame::Env& env, const frame::Origin& origin,
                                              ByteView args) {
  AccountId hotkey;
  NetUid netuid;
  uint64_t amount_unstaked = 0, limit_price = 0;
  bool allow_partial = false;
  if (!pallets::decode_args(args, hotkey, netuid, amount_unstaked, limit_price, allow_partial)) {
    return pallets::bad_args();
  }
  return done(do_remove_stake_limit(env, origin, hotkey, netuid, amount_unstaked, limit_price,
                                    allow_partial));
}

}  // namespace

void add_staking_calls(CallList& out) {
  const auto account = TypeOf<AccountId>::get();
  const auto u16 = TypeOf<uint16_t>::get();
  const auto u64 = TypeOf<uint64_t>::get();
  const auto boolean = TypeOf<bool>::get();
  constexpr auto kNormal = DispatchClass::kNormal;
  constexpr auto kOp = DispatchClass::kOperational;
  // Declaration order of dispatches.rs.
  out.push_back({"add_stake",
                 2,
                 {field("hotkey", account), field("netuid", u16), field("amount_staked", u64)},
                 &add_stake,
                 &weight_info<124'000'000, 0, 10, 7, kNormal, Pays::kNo>});
  // from_parts(111_000_000, 0) + from_parts(0, 43991) + reads(10) + writes(7).
  out.push_back({"remove_stake",
                 3,
                 {field("hotkey", account), field("netuid", u16), field("amount_unstaked", u64)},
                 &remove_stake,
                 &weight_info<111'000'000, 43'991, 10, 7, kNormal, Pays::kNo>});
  out.push_back({"unstake_all",
                 83,
                 {field("hotkey", account)},
                 &unstake_all,
                 &weight_info<3'000'000, 0, 0, 1, kOp, Pays::kNo>});
  out.push_back({"unstake_all_alpha",
                 84,
                 {field("hotkey", account)},
                 &unstake_all_alpha,
                 &weight_info<3'000'000, 0, 0, 1, kOp, Pays::kNo>});
  out.push_back({"add_stake_limit",
                 88,
                 {field("hotkey", account), field("netuid", u16), field("amount_staked", u64),
                  field("limit_price", u64), field("allow_partial", boolean)},
                 &add_stake_limit,
                 &weight_info<124'000'000, 0, 10, 7, kNormal, Pays::kNo>});
  out.push_back({"remove_stake_limit",
                 89,
                 {field("hotkey", account), field("netuid", u16), field("amount_unstaked", u64),
                  field("limit_price", u64), field("allow_partial", boolean)},
                 &remove_stake_limit,
                 &weight_info<111'000'000, 43'991, 10, 7, kNormal, Pays::kNo>});
}

}  // namespace subemu::runtime::subtensor
