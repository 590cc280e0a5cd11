// mirrors pallet_timestamp lib.rs (set, on_initialize, on_finalize) and weights.rs `()` at
// polkadot-stable2409.
#include "runtime/pallets/timestamp/pallet.hpp"

#include "runtime/frame/metadata/describe_item.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/system/call_args.hpp"

namespace subemu::runtime::timestamp {

using frame::DispatchInfo;
using frame::DispatchResultWithPostInfo;
using frame::Env;
using frame::Origin;
using frame::Weight;
using pallets::db;

std::string_view to_string(Panic p) {
  switch (p) {
    case Panic::kAlreadyUpdated:
      return "Timestamp must be updated only once in the block";
    case Panic::kTooEarly:
      return "Timestamp must increment by at least <MinimumPeriod> between sequential blocks";
    case Panic::kNotUpdated:
      return "Timestamp must be updated once in the block";
  }
  return "?";
}

namespace weights {
Weight set() { return Weight::from_parts(8'684'000, 1493).saturating_add(db(2, 1)); }
Weight on_finalize() { return Weight::from_parts(4'118'000, 0); }
}  // namespace weights

Result<void, Panic> check_set(const Env& env, uint64_t now_ms) {
  if (DidUpdate::exists(env.state)) return unexpected(Panic::kAlreadyUpdated);
  const uint64_t prev = Now::get(env.state);
  const uint64_t period = env.config.minimum_period_ms;
  const uint64_t earliest = prev > UINT64_MAX - period ? UINT64_MAX : prev + period;
  if (prev != 0 && now_ms < earliest) return unexpected(Panic::kTooEarly);
  return Ok{};
}

Weight on_initialize(Env&, BlockNumber) { return weights::on_finalize(); }

Result<void, Panic> on_finalize(Env& env, BlockNumber) {
  if (!DidUpdate::take(env.state)) return unexpected(Panic::kNotUpdated);
  return Ok{};
}

uint64_t now(const storage::Overlay& state) { return Now::get(state); }

namespace {

DispatchResultWithPostInfo set(Env& env, const Origin& origin, ByteView args) {
  scale::Compact<uint64_t> now_arg;
  if (!pallets::decode_args(args, now_arg)) return pallets::bad_args();
  if (auto r = frame::ensure_none(origin); !r) return frame::fail(r.error());
  // Upstream panics here; the executive runs check_set first and rejects the block.
  if (!check_set(env, now_arg.value)) return frame::fail(frame::DispatchError::other());
  Now::put(env.state, now_arg.value);
  DidUpdate::put(env.state, true);
  // OnTimestampSet = Aura: its slot assertion is not modelled.
  return frame::PostDispatchInfo{};
}

DispatchInfo set_info(const metadata::Registry&, ByteView) {
  return DispatchInfo{weights::set(), frame::DispatchClass::kMandatory, frame::Pays::kYes};
}

}  // namespace

metadata::PalletDesc describe() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  PalletDesc p;
  p.name = "Timestamp";
  p.index = kPalletIndex;
  p.calls = {CallDesc{"set", 0, {field("now", t_compact(t_uint(64)))}, &set, &set_info}};
  p.items = {describe_item<Now>(), describe_item<DidUpdate>()};
  return p;
}

}  // namespace subemu::runtime::timestamp
