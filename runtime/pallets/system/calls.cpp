// mirrors frame_system's #[pallet::call]s and weights.rs `impl WeightInfo for ()` (see pallet.hpp).
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "runtime/frame/metadata/describe_item.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/call_args.hpp"
#include "runtime/pallets/system/pallet.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "storage/storage_key.hpp"

namespace subemu::runtime::system {

using frame::DispatchClass;
using frame::DispatchInfo;
using frame::DispatchResultWithPostInfo;
using frame::Env;
using frame::Origin;
using frame::Weight;
using pallets::db;
using pallets::linear;

namespace weights {
Weight remark(uint32_t b) { return linear(2'119'000, 0, 390, b); }
Weight remark_with_event(uint32_t b) { return linear(8'097'000, 0, 1'455, b); }
Weight set_heap_pages() { return Weight::from_parts(4'782'000, 1485).saturating_add(db(1, 2)); }
Weight set_code() { return Weight::from_parts(87'586'619'000, 1485).saturating_add(db(1, 2)); }
Weight set_storage(uint32_t i) { return linear(2'175'000, 0, 841'511, i).saturating_add(db(0, i)); }
Weight kill_storage(uint32_t i) {
  return linear(2'255'000, 0, 662'473, i).saturating_add(db(0, i));
}
Weight kill_prefix(uint32_t p) {
  return linear(4'270'000, 128, 1'389'650, p)
      .saturating_add(db(p, p))
      .saturating_add(Weight::from_parts(0, 70).saturating_mul(p));
}
Weight authorize_upgrade() { return Weight::from_parts(33'027'000, 0).saturating_add(db(0, 1)); }
Weight apply_authorized_upgrade() {
  return Weight::from_parts(118'101'992'000, 1518).saturating_add(db(2, 3));
}
}  // namespace weights

namespace {

using KeyValue = std::tuple<Bytes, Bytes>;

DispatchInfo info_of(const Weight& w, DispatchClass c) {
  return DispatchInfo{w, c, frame::Pays::kYes};
}

// ---- dispatch ---------------------------------------------------------------------------------

DispatchResultWithPostInfo remark(Env&, const Origin&, ByteView args) {
  Bytes remark_bytes;
  if (!pallets::decode_args(args, remark_bytes)) return pallets::bad_args();
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo set_heap_pages(Env& env, const Origin& origin, ByteView args) {
  uint64_t pages = 0;
  if (!pallets::decode_args(args, pages)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  env.state.put(as_bytes(storage::kHeapPagesKey), scale::encode(pages));
  frame::DigestItem item;
  item.kind = frame::DigestItem::Kind::kRuntimeEnvironmentUpdated;
  deposit_log(env, item);
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo set_code(Env&, const Origin& origin, ByteView args) {
  Bytes code;
  if (!pallets::decode_args(args, code)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  // can_set_code: MultiBlockMigrator = () is never ongoing; the RuntimeVersion of `code` cannot
  // be extracted by the emulator.
  return frame::fail(error(Error::kFailedToExtractRuntimeVersion));
}

DispatchResultWithPostInfo set_code_without_checks(Env&, const Origin& origin, ByteView args) {
  Bytes code;
  if (!pallets::decode_args(args, code)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  return frame::fail(error(Error::kFailedToExtractRuntimeVersion));  // deviation: no upgrades
}

DispatchResultWithPostInfo set_storage(Env& env, const Origin& origin, ByteView args) {
  std::vector<KeyValue> items;
  if (!pallets::decode_args(args, items)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  for (const KeyValue& kv : items) env.state.put(std::get<0>(kv), std::get<1>(kv));
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo kill_storage(Env& env, const Origin& origin, ByteView args) {
  std::vector<Bytes> keys;
  if (!pallets::decode_args(args, keys)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  for (const Bytes& k : keys) env.state.remove(k);
  return frame::PostDispatchInfo{};
}

// sp_io::storage::clear_prefix(prefix, Some(limit)): every key under the prefix that this block
// wrote is removed, then the parent state's keys under the prefix are visited in order and removed
// until `limit` of them have been visited. The Overlay shows the merged state only, so a parent
// key that this block already overwrote or deleted cannot be told apart: overwritten keys are
// removed with the block's writes and deleted ones are not counted against the limit. Exact when
// the block has not touched the prefix before (always exact when the limit covers every key).
void clear_prefix_limited(storage::Overlay& state, ByteView prefix, uint32_t limit) {
  std::vector<std::pair<Bytes, bool>> keys;  // key, written in this block
  uint64_t total = 0;
  state.scan(storage::ScanRange::all_with_prefix(prefix), [&](ByteView key, ByteView) {
    ++total;
    const bool written = state.lookup(key).kind == storage::Overlay::Lookup::Kind::kValue;
    keys.emplace_back(Bytes(key.begin(), key.end()), written);
    return storage::Visit::kContinue;
  });
  if (total <= limit) {
    state.clear_prefix(prefix);
    return;
  }
  uint32_t visited = 0;
  for (const auto& [key, written] : keys) {
    if (written) {
      state.remove(key);
    } else if (visited < limit) {
      state.remove(key);
      ++visited;
    }
  }
}

DispatchResultWithPostInfo kill_prefix(Env& env, const Origin& origin, ByteView args) {
  Bytes prefix;
  uint32_t subkeys = 0;
  if (!pallets::decode_args(args, prefix, subkeys)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  clear_prefix_limited(env.state, prefix, subkeys);
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo remark_with_event(Env& env, const Origin& origin, ByteView args) {
  Bytes remark_bytes;
  if (!pallets::decode_args(args, remark_bytes)) return pallets::bad_args();
  auto who = frame::ensure_signed(origin);
  if (!who) return frame::fail(who.error());
  deposit(env, event::Remarked{*who, Hash256(crypto::blake2_256(remark_bytes))});
  return frame::PostDispatchInfo{};
}

void do_authorize_upgrade(Env& env, const Hash256& code_hash, bool check_version) {
  AuthorizedUpgrade::put(env.state, CodeUpgradeAuthorization{code_hash, check_version});
  deposit(env, event::UpgradeAuthorized{code_hash, check_version});
}

DispatchResultWithPostInfo authorize_upgrade(Env& env, const Origin& origin, ByteView args) {
  Hash256 code_hash;
  if (!pallets::decode_args(args, code_hash)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  do_authorize_upgrade(env, code_hash, true);
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo authorize_upgrade_without_checks(Env& env, const Origin& origin,
                                                            ByteView args) {
  Hash256 code_hash;
  if (!pallets::decode_args(args, code_hash)) return pallets::bad_args();
  if (auto r = frame::ensure_root(origin); !r) return frame::fail(r.error());
  do_authorize_upgrade(env, code_hash, false);
  return frame::PostDispatchInfo{};
}

DispatchResultWithPostInfo apply_authorized_upgrade(Env& env, const Origin&, ByteView args) {
  Bytes code;
  if (!pallets::decode_args(args, code)) return pallets::bad_args();
  // validate_authorized_upgrade
  const std::optional<CodeUpgradeAuthorization> auth = AuthorizedUpgrade::get(env.state);
  if (!auth.has_value()) return frame::fail(error(Error::kNothingAuthorized));
  if (Hash256(crypto::blake2_256(code)) != auth->code_hash) {
    return frame::fail(error(Error::kUnauthorized));
  }
  // can_set_code (when check_version) and OnSetCode::set_code: no runtime can be installed.
  return frame::fail(error(Error::kFailedToExtractRuntimeVersion));
}

// ---- GetDispatchInfo --------------------------------------------------------------------------

// The length of the leading Vec in `args` (0 when it does not decode; descriptors guarantee it
// does for dispatched calls).
uint32_t leading_vec_len(ByteView args) {
  scale::Decoder d(args);
  scale::Compact<uint32_t> n{};
  return scale::decode_from(d, n) ? n.value : 0;
}

DispatchInfo remark_info(const metadata::Registry&, ByteView args) {
  return info_of(weights::remark(leading_vec_len(args)), DispatchClass::kNormal);
}
DispatchInfo set_heap_pages_info(const metadata::Registry&, ByteView) {
  return info_of(weights::set_heap_pages(), DispatchClass::kOperational);
}
DispatchInfo set_code_info(const metadata::Registry&, ByteView) {
  return info_of(weights::set_code(), DispatchClass::kOperational);
}
DispatchInfo set_storage_info(const metadata::Registry&, ByteView args) {
  return info_of(weights::set_storage(leading_vec_len(args)), DispatchClass::kOperational);
}
DispatchInfo kill_storage_info(const metadata::Registry&, ByteView args) {
  return info_of(weights::kill_storage(leading_vec_len(args)), DispatchClass::kOperational);
}
DispatchInfo kill_prefix_info(const metadata::Registry&, ByteView args) {
  Bytes prefix;
  uint32_t subkeys = 0;
  (void)pallets::decode_args(args, prefix, subkeys);
  const uint32_t p = subkeys == UINT32_MAX ? UINT32_MAX : subkeys + 1;  // saturating_add(1)
  return info_of(weights::kill_prefix(p), DispatchClass::kOperational);
}
DispatchInfo remark_with_event_info(const metadata::Registry&, ByteView args) {
  return info_of(weights::remark_with_event(leading_vec_len(args)), DispatchClass::kNormal);
}
DispatchInfo authorize_upgrade_info(const metadata::Registry&, ByteView) {
  return info_of(weights::authorize_upgrade(), DispatchClass::kOperational);
}
DispatchInfo apply_authorized_upgrade_info(const metadata::Registry&, ByteView) {
  return info_of(weights::apply_authorized_upgrade(), DispatchClass::kOperational);
}

}  // namespace

metadata::PalletDesc describe() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  const TypeRef bytes = t_bytes();
  const TypeRef hash = TypeOf<Hash256>::get();
  PalletDesc p;
  p.name = "System";
  p.index = kPalletIndex;
  p.calls = {
      CallDesc{"remark", 0, {field("remark", bytes)}, &remark, &remark_info},
      CallDesc{
          "set_heap_pages", 1, {field("pages", t_uint(64))}, &set_heap_pages, &set_heap_pages_info},
      CallDesc{"set_code", 2, {field("code", bytes)}, &set_code, &set_code_info},
      CallDesc{"set_code_without_checks",
               3,
               {field("code", bytes)},
               &set_code_without_checks,
               &set_code_info},
      CallDesc{"set_storage",
               4,
               {field("items", t_seq(t_tuple({bytes, bytes})))},
               &set_storage,
               &set_storage_info},
      CallDesc{"kill_storage", 5, {field("keys", t_seq(bytes))}, &kill_storage, &kill_storage_info},
      CallDesc{"kill_prefix",
               6,
               {field("prefix", bytes), field("subkeys", t_uint(32))},
               &kill_prefix,
               &kill_prefix_info},
      CallDesc{"remark_with_event",
               7,
               {field("remark", bytes)},
               &remark_with_event,
               &remark_with_event_info},
      CallDesc{"authorize_upgrade",
               9,
               {field("code_hash", hash)},
               &authorize_upgrade,
               &authorize_upgrade_info},
      CallDesc{"authorize_upgrade_without_checks",
               10,
               {field("code_hash", hash)},
               &authorize_upgrade_without_checks,
               &authorize_upgrade_info},
      CallDesc{"apply_authorized_upgrade",
               11,
               {field("code", bytes)},
               &apply_authorized_upgrade,
               &apply_authorized_upgrade_info},
  };
  p.events = event_variants();
  p.errors = {"InvalidSpecName",
              "SpecVersionNeedsToIncrease",
              "FailedToExtractRuntimeVersion",
              "NonDefaultComposite",
              "NonZeroRefCount",
              "CallFiltered",
              "MultiBlockMigrationsOngoing",
              "NothingAuthorized",
              "Unauthorized"};
  p.items = {
      describe_item<Account>(),
      describe_item<ExtrinsicCount>(),
      describe_item<InherentsApplied>(),
      describe_item<BlockWeight>(),
      describe_item<AllExtrinsicsLen>(),
      describe_item<BlockHash>(),
      describe_item<ExtrinsicData>(),
      describe_item<Number>(),
      describe_item<ParentHash>(),
      describe_item<Digest>(),
      describe_item<EventCount>(),
      describe_item<EventTopics>(),
      describe_item<LastRuntimeUpgrade>(),
      describe_item<UpgradedToU32RefCount>(),
      describe_item<UpgradedToTripleRefCount>(),
      describe_item<ExecutionPhase>(),
      describe_item<AuthorizedUpgrade>(),
  };
  return p;
}

metadata::ItemDesc events_item_desc(const std::vector<metadata::PalletDesc>& pallets) {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  std::vector<Variant> runtime_variants;
  for (const PalletDesc& p : pallets) {
    if (p.events.empty()) continue;
    runtime_variants.push_back(
        variant(p.name, p.index, {unnamed(t_enum(p.name + "Event", p.events))}));
  }
  const TypeRef record =
      t_struct("EventRecord", {field("phase", Phase::type_desc()),
                               field("event", t_enum("RuntimeEvent", std::move(runtime_variants))),
                               field("topics", t_seq(TypeOf<Hash256>::get()))});
  ItemDesc d;
  d.pallet = "System";
  d.name = std::string(kEventsItem);
  d.kind = ItemKind::kValue;
  d.value = t_seq(record);
  d.default_value = Bytes{0};  // the empty Vec
  return d;
}

}  // namespace subemu::runtime::system
