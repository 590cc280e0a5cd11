// Key swap calls (macros/dispatches.rs at v3.0.0): swap_hotkey (70), swap_coldkey (71, Root
// only: the scheduler's origin), schedule_swap_coldkey (73). The work is in swap_hotkey.cpp and
// swap_coldkey.cpp; these decode the arguments and apply the origin rule.
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/pallets/subtensor/calls.hpp"
#include "runtime/pallets/subtensor/swap/swap_coldkey.hpp"
#include "runtime/pallets/subtensor/swap/swap_hotkey.hpp"

namespace subemu::runtime::subtensor {
namespace {

using frame::DispatchClass;
using frame::DispatchResultWithPostInfo;
using frame::Pays;
using metadata::field;
using metadata::TypeOf;

DispatchResultWithPostInfo swap_hotkey(frame::Env& env, const frame::Origin& origin,
                                       ByteView args) {
  AccountId hotkey, new_hotkey;
  if (!pallets::decode_args(args, hotkey, new_hotkey)) return pallets::bad_args();
  return do_swap_hotkey(env, origin, hotkey, new_hotkey);
}

DispatchResultWithPostInfo swap_coldkey(frame::Env& env, const frame::Origin& origin,
                                        ByteView args) {
  AccountId old_coldkey, new_coldkey;
  uint64_t swap_cost = 0;
  if (!pallets::decode_args(args, old_coldkey, new_coldkey, swap_cost)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  return do_swap_coldkey(env, old_coldkey, new_coldkey, swap_cost);
}

DispatchResultWithPostInfo schedule_swap_coldkey(frame::Env& env, const frame::Origin& origin,
                                                 ByteView args) {
  AccountId new_coldkey;
  if (!pallets::decode_args(args, new_coldkey)) return pallets::bad_args();
  return do_schedule_swap_coldkey(env, origin, new_coldkey);
}

}  // namespace

void add_swap_calls(CallList& out) {
  const auto account = TypeOf<AccountId>::get();
  constexpr auto kOp = DispatchClass::kOperational;
  out.push_back({"swap_hotkey",
                 70,
                 {field("hotkey", account), field("new_hotkey", account)},
                 &swap_hotkey,
                 &weight_info<1'940'000'000, 0, 272, 527, kOp, Pays::kNo>});
  // from_parts(127_713_000, 0) + from_parts(0, 11645) + reads(18) + writes(12).
  out.push_back({"swap_coldkey",
                 71,
                 {field("old_coldkey", account), field("new_coldkey", account),
                  field("swap_cost", TypeOf<uint64_t>::get())},
                 &swap_coldkey,
                 &weight_info<127'713'000, 11'645, 18, 12, kOp, Pays::kNo>});
  out.push_back({"schedule_swap_coldkey",
                 73,
                 {field("new_coldkey", account)},
                 &schedule_swap_coldkey,
                 &weight_info<119'000'000, 0, 6, 31, kOp, Pays::kYes>});
}

}  // namespace subemu::runtime::subtensor
