// mirrors frame_system deposit_event_indexed / reset_events and sp_io::storage::append.
#include "runtime/pallets/system/events.hpp"

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/pallets/system/storage.hpp"

namespace subemu::runtime::system {

Bytes events_key() {
  const storage::StoragePrefix p = storage::storage_prefix("System", kEventsItem);
  return Bytes(p.begin(), p.end());
}

void storage_append(storage::Overlay& state, ByteView key, ByteView encoded_item) {
  const std::optional<Bytes> current = state.get(key);
  Bytes out;
  if (current.has_value() && !current->empty()) {
    scale::Decoder d(*current);
    scale::Compact<uint32_t> len{};
    if (scale::decode_from(d, len) && len.value < UINT32_MAX) {
      scale::Encoder e;
      scale::encode_to(e, scale::Compact<uint32_t>{len.value + 1});
      out = e.take();
      out.reserve(out.size() + d.remaining() + encoded_item.size());
      append(out, ByteView(*current).subspan(d.offset()));
      append(out, encoded_item);
      state.put(key, out);
      return;
    }
  }
  // Absent, empty or undecodable: a fresh one-element Vec.
  scale::Encoder e;
  scale::encode_to(e, scale::Compact<uint32_t>{1});
  e.put_bytes(encoded_item);
  state.put(key, e.bytes());
}

void deposit_event_indexed(frame::Env& env, std::span<const Hash256> topics, uint8_t pallet_index,
                           ByteView pallet_event) {
  const BlockNumber number = Number::get(env.state);
  if (number == 0) return;  // no events at genesis
  const Phase phase = ExecutionPhase::get(env.state).value_or(Phase::initialization());
  const uint32_t index = EventCount::get(env.state);
  if (index == UINT32_MAX) return;  // the block's event counter is full
  EventCount::put(env.state, index + 1);

  scale::Encoder record;
  scale::encode_to(record, phase);
  record.put_byte(pallet_index);
  record.put_bytes(pallet_event);
  scale::encode_length(record, topics.size());
  for (const Hash256& t : topics) scale::encode_to(record, t);
  storage_append(env.state, events_key(), record.bytes());

  const Bytes entry = scale::encode(std::tuple<BlockNumber, uint32_t>{number, index});
  for (const Hash256& t : topics) {
    storage_append(env.state, EventTopics::hashed_key_for(t), entry);
  }
}

void deposit_event(frame::Env& env, uint8_t pallet_index, ByteView pallet_event) {
  deposit_event_indexed(env, {}, pallet_index, pallet_event);
}

void reset_events(frame::Env& env) {
  env.state.remove(events_key());
  EventCount::kill(env.state);
  EventTopics::remove_all(env.state);
}

std::optional<std::vector<EventRecordView>> decode_events(ByteView raw,
                                                          const metadata::Registry& registry) {
  std::vector<EventRecordView> out;
  scale::Decoder d(raw);
  size_t n = 0;
  if (!scale::decode_length(d, n, 2)) return std::nullopt;
  for (size_t i = 0; i < n; ++i) {
    EventRecordView r;
    if (!scale::decode_from(d, r.phase) || !scale::decode_from(d, r.pallet)) return std::nullopt;
    const metadata::TypeRef type = registry.event_type(r.pallet);
    if (!type) return std::nullopt;
    const size_t start = d.offset();
    if (!frame::skip_value(*type, d, registry)) return std::nullopt;
    r.event.assign(raw.begin() + static_cast<std::ptrdiff_t>(start),
                   raw.begin() + static_cast<std::ptrdiff_t>(d.offset()));
    if (!scale::decode_from(d, r.topics)) return std::nullopt;
    out.push_back(std::move(r));
  }
  if (d.remaining() != 0) return std::nullopt;
  return out;
}

std::optional<std::vector<EventRecordView>> read_events(const storage::Overlay& state,
                                                        const metadata::Registry& registry) {
  const std::optional<Bytes> raw = state.get(events_key());
  if (!raw.has_value()) return std::vector<EventRecordView>{};
  return decode_events(*raw, registry);
}

std::optional<Bytes> raw_events(const storage::Overlay& state) { return state.get(events_key()); }

namespace event {

void ExtrinsicSuccess::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, dispatch_info);
}
void ExtrinsicFailed::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, dispatch_error);
  scale::encode_to(e, dispatch_info);
}
void CodeUpdated::encode_to(scale::Encoder& e) const { e.put_byte(kIndex); }
void NewAccount::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, account);
}
void KilledAccount::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, account);
}
void Remarked::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, sender);
  scale::encode_to(e, hash);
}
void UpgradeAuthorized::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, code_hash);
  scale::encode_to(e, check_version);
}

}  // namespace event

std::vector<metadata::Variant> event_variants() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  const TypeRef account = TypeOf<AccountId>::get();
  const TypeRef hash = TypeOf<Hash256>::get();
  const TypeRef info = TypeOf<frame::DispatchInfo>::get();
  return {
      variant("ExtrinsicSuccess", 0, {field("dispatch_info", info)}),
      variant("ExtrinsicFailed", 1,
              {field("dispatch_error", TypeOf<frame::DispatchError>::get()),
               field("dispatch_info", info)}),
      variant("CodeUpdated", 2),
      variant("NewAccount", 3, {field("account", account)}),
      variant("KilledAccount", 4, {field("account", account)}),
      variant("Remarked", 5, {field("sender", account), field("hash", hash)}),
      variant("UpgradeAuthorized", 6, {field("code_hash", hash), field("check_version", t_bool())}),
  };
}

}  // namespace subemu::runtime::system
