// mirrors pallet_sudo lib.rs (calls, ensure_sudo, events, genesis) and weights.rs SubstrateWeight
// at polkadot-stable2409.
#include "runtime/pallets/sudo/pallet.hpp"

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/extrinsic/multi_address.hpp"
#include "runtime/frame/metadata/describe_item.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/system/call_args.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/primitives/check.hpp"

namespace subemu::runtime::sudo {

using frame::DispatchError;
using frame::DispatchInfo;
using frame::DispatchResultWithPostInfo;
using frame::Env;
using frame::Origin;
using frame::Weight;
using frame::extrinsic::MultiAddress;
using pallets::db;
using pallets::lookup;

namespace weights {
Weight set_key() { return Weight::from_parts(9'663'000, 1517).saturating_add(db(1, 1)); }
Weight sudo() { return Weight::from_parts(10'729'000, 1517).saturating_add(db(1, 0)); }
Weight sudo_as() { return Weight::from_parts(11'003'000, 1517).saturating_add(db(1, 0)); }
Weight remove_key() { return Weight::from_parts(9'127'000, 1517).saturating_add(db(1, 1)); }
}  // namespace weights

namespace event {
void Sudid::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, sudo_result);
}
void KeyChanged::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, old_key);
  scale::encode_to(e, new_key);
}
void SudoAsDone::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, sudo_result);
}
}  // namespace event

void build_genesis(Env& env, const std::optional<AccountId>& key) { Key::set(env.state, key); }

namespace {

// mirrors Pallet::ensure_sudo.
frame::DispatchResult ensure_sudo(const Env& env, const Origin& origin) {
  SUBEMU_TRY_ASSIGN(const std::optional<AccountId> sender, frame::ensure_signed_or_root(origin));
  if (!sender.has_value()) return Ok{};  // Root
  const std::optional<AccountId> key = Key::get(env.state);
  if (key.has_value() && *key == *sender) return Ok{};
  return unexpected(error(Error::kRequireSudo));
}

frame::DispatchResult dispatch_result(const DispatchResultWithPostInfo& r) {
  if (r.has_value()) return Ok{};
  return unexpected(r.error().error);
}

// Dispatches `call` (bypassing filters) with a fresh origin.
frame::DispatchResult dispatch_fresh(Env& env, const Origin& as, ByteView call) {
  const frame::FreshOriginScope fresh(env);
  return dispatch_result(frame::dispatch_call(env, as, call, /*bypass_filter=*/true));
}

DispatchResultWithPostInfo sudo_call(Env& env, const Origin& origin, ByteView args) {
  if (auto r = ensure_sudo(env, origin); !r) return frame::fail(r.error());
  const frame::DispatchResult res = dispatch_fresh(env, Origin::root(), args);
  system::deposit(env, event::Sudid{res});
  return pallets::pays(frame::Pays::kNo);
}

DispatchResultWithPostInfo sudo_unchecked_weight(Env& env, const Origin& origin, ByteView args) {
  auto len = frame::call_length(env.registry, args);
  if (!len) return pallets::bad_args();
  if (auto r = ensure_sudo(env, origin); !r) return frame::fail(r.error());
  const frame::DispatchResult res = dispatch_fresh(env, Origin::root(), args.first(*len));
  system::deposit(env, event::Sudid{res});
  return pallets::pays(frame::Pays::kNo);
}

DispatchResultWithPostInfo set_key(Env& env, const Origin& origin, ByteView args) {
  MultiAddress new_addr;
  if (!pallets::decode_args(args, new_addr)) return pallets::bad_args();
  if (auto r = ensure_sudo(env, origin); !r) return frame::fail(r.error());
  auto new_key = lookup(new_addr);
  if (!new_key) return frame::fail(new_key.error());
  system::deposit(env, event::KeyChanged{Key::get(env.state), *new_key});
  Key::put(env.state, *new_key);
  return pallets::pays(frame::Pays::kNo);
}

DispatchResultWithPostInfo sudo_as(Env& env, const Origin& origin, ByteView args) {
  scale::Decoder d(args);
  MultiAddress who_addr;
  if (!scale::decode_from(d, who_addr)) return pallets::bad_args();
  const ByteView call = args.subspan(d.offset());
  if (auto r = ensure_sudo(env, origin); !r) return frame::fail(r.error());
  auto who = lookup(who_addr);
  if (!who) return frame::fail(who.error());
  const frame::DispatchResult res = dispatch_fresh(env, Origin::signed_by(*who), call);
  system::deposit(env, event::SudoAsDone{res});
  return pallets::pays(frame::Pays::kNo);
}

DispatchResultWithPostInfo remove_key(Env& env, const Origin& origin, ByteView args) {
  if (!args.empty()) return pallets::bad_args();
  if (auto r = ensure_sudo(env, origin); !r) return frame::fail(r.error());
  system::deposit(env, event::KeyRemoved{});
  Key::kill(env.state);
  return pallets::pays(frame::Pays::kNo);
}


DispatchInfo sudo_info(const metadata::Registry& registry, ByteView args) {
  const DispatchInfo inner = pallets::inner_call_info(registry, args);
  return DispatchInfo{weights::sudo().saturating_add(inner.weight), inner.dispatch_class,
                      frame::Pays::kYes};
}
DispatchInfo sudo_unchecked_weight_info(const metadata::Registry& registry, ByteView args) {
  return pallets::call_with_weight_info(registry, args);
}
DispatchInfo set_key_info(const metadata::Registry&, ByteView) {
  return DispatchInfo{weights::set_key(), frame::DispatchClass::kNormal, frame::Pays::kYes};
}
DispatchInfo sudo_as_info(const metadata::Registry& registry, ByteView args) {
  scale::Decoder d(args);
  MultiAddress who;
  if (!scale::decode_from(d, who)) return DispatchInfo{};
  const DispatchInfo inner = pallets::inner_call_info(registry, args.subspan(d.offset()));
  return DispatchInfo{weights::sudo_as().saturating_add(inner.weight), inner.dispatch_class,
                      frame::Pays::kYes};
}
DispatchInfo remove_key_info(const metadata::Registry&, ByteView) {
  return DispatchInfo{weights::remove_key(), frame::DispatchClass::kNormal, frame::Pays::kYes};
}

}  // namespace

metadata::PalletDesc describe() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  const TypeRef boxed_call = t_boxed(t_call());
  const TypeRef address = pallets::multi_address_type();
  PalletDesc p;
  p.name = "Sudo";
  p.index = kPalletIndex;
  p.calls = {
      CallDesc{"sudo", 0, {field("call", boxed_call)}, &sudo_call, &sudo_info},
      CallDesc{"sudo_unchecked_weight",
               1,
               {field("call", boxed_call), field("weight", TypeOf<Weight>::get())},
               &sudo_unchecked_weight,
               &sudo_unchecked_weight_info},
      CallDesc{"set_key", 2, {field("new", address)}, &set_key, &set_key_info},
      CallDesc{"sudo_as",
               3,
               {field("who", address), field("call", boxed_call)},
               &sudo_as,
               &sudo_as_info},
      CallDesc{"remove_key", 4, {}, &remove_key, &remove_key_info},
  };
  const TypeRef result = TypeOf<frame::DispatchResult>::get();
  const TypeRef account = TypeOf<AccountId>::get();
  p.events = {
      variant("Sudid", 0, {field("sudo_result", result)}),
      variant("KeyChanged", 1, {field("old", t_option(account)), field("new", account)}),
      variant("KeyRemoved", 2),
      variant("SudoAsDone", 3, {field("sudo_result", result)}),
  };
  p.errors = {"RequireSudo"};
  p.items = {describe_item<Key>()};
  return p;
}

}  // namespace subemu::runtime::sudo
