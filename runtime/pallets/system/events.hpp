// The block's event log (frame_system deposit_event / deposit_event_indexed) and System's own
// events.
//
// An event is stored as an EventRecord appended to System.Events:
//   EventRecord = Phase ++ RuntimeEvent ++ Vec<H256> topics
//   RuntimeEvent = pallet index (construct_runtime!) u8 ++ the pallet's Event encoding
//                  (variant index u8 ++ fields)
// Each pallet declares one struct per event variant with
//   static constexpr uint8_t kPallet;   // the pallet's runtime index
//   static constexpr uint8_t kIndex;    // the variant index in the pallet's Event enum
//   void encode_to(scale::Encoder&) const;   // kIndex ++ fields, i.e. the pallet event bytes
// and deposits it with deposit(env, Event{...}).
//
// As in frame_system, nothing is recorded while the block number is 0 (genesis), and when
// EventCount would overflow u32 the event is dropped. Events are appended with Substrate's storage
// append semantics: only the compact length prefix of the stored Vec is rewritten (a stored value
// whose prefix does not decode is replaced by a one-element Vec, as sp_io::storage::append does).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/pallets/system/types.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::system {

inline constexpr uint8_t kPalletIndex = 0;  // construct_runtime!: System = 0

// mirrors frame_system deposit_event: records pallet_index ++ pallet_event with no topics.
void deposit_event(frame::Env& env, uint8_t pallet_index, ByteView pallet_event);
// mirrors deposit_event_indexed: also appends (block number, event index) to each topic.
void deposit_event_indexed(frame::Env& env, std::span<const Hash256> topics, uint8_t pallet_index,
                           ByteView pallet_event);

// The pallet event bytes of a typed event (kIndex ++ fields).
template <class E>
Bytes encode_event(const E& event) {
  scale::Encoder e;
  event.encode_to(e);
  return e.take();
}

template <class E>
void deposit(frame::Env& env, const E& event) {
  deposit_event(env, E::kPallet, encode_event(event));
}

// mirrors frame_system reset_events: kills Events, EventCount and every EventTopics entry.
void reset_events(frame::Env& env);

// mirrors sp_io::storage::append: appends one encoded item to the SCALE Vec stored at `key`.
void storage_append(storage::Overlay& state, ByteView key, ByteView encoded_item);

// One decoded EventRecord (for tests, RPC and tools).
struct EventRecordView {
  Phase phase;
  uint8_t pallet = 0;  // RuntimeEvent variant = pallet index
  Bytes event;         // the pallet's event encoding (variant index ++ fields)
  std::vector<Hash256> topics;

  uint8_t variant() const { return event.empty() ? 0 : event[0]; }
  friend bool operator==(const EventRecordView&, const EventRecordView&) = default;
};
// Reads System.Events, splitting records with the registry's event descriptors. nullopt when the
// stored bytes do not decode (an unknown pallet or event).
std::optional<std::vector<EventRecordView>> read_events(const storage::Overlay& state,
                                                        const metadata::Registry& registry);
// The same for the SCALE bytes of a Vec<EventRecord> (e.g. a block record's copy).
std::optional<std::vector<EventRecordView>> decode_events(ByteView raw,
                                                          const metadata::Registry& registry);
// System.Events' stored bytes (nullopt when the item is absent).
std::optional<Bytes> raw_events(const storage::Overlay& state);

// ---- System's events (Event<T>, polkadot-stable2409; the experimental Task* variants are not
// compiled into the runtime) ----------------------------------------------------------------
namespace event {

struct ExtrinsicSuccess {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 0;
  frame::DispatchInfo dispatch_info;
  void encode_to(scale::Encoder& e) const;
};
struct ExtrinsicFailed {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 1;
  frame::DispatchError dispatch_error;
  frame::DispatchInfo dispatch_info;
  void encode_to(scale::Encoder& e) const;
};
struct CodeUpdated {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 2;
  void encode_to(scale::Encoder& e) const;
};
struct NewAccount {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 3;
  AccountId account;
  void encode_to(scale::Encoder& e) const;
};
struct KilledAccount {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 4;
  AccountId account;
  void encode_to(scale::Encoder& e) const;
};
struct Remarked {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 5;
  AccountId sender;
  Hash256 hash;
  void encode_to(scale::Encoder& e) const;
};
struct UpgradeAuthorized {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 6;
  Hash256 code_hash;
  bool check_version = false;
  void encode_to(scale::Encoder& e) const;
};

}  // namespace event

// The Event enum's descriptor (variants in index order).
std::vector<metadata::Variant> event_variants();

}  // namespace subemu::runtime::system
