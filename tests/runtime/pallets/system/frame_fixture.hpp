// Test fixture for the FRAME pallets: an in-memory state with an overlay, a minimal registry with
// System, Timestamp, Balances, TransactionPayment, Utility and Sudo at their runtime indices, and
// helpers to start blocks, encode calls and read events.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <vector>

#include "runtime/frame/config.hpp"
#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/extrinsic/multi_address.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/pallets/balances/fungible.hpp"
#include "runtime/pallets/balances/pallet.hpp"
#include "runtime/pallets/balances/storage.hpp"
#include "runtime/pallets/sudo/pallet.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/system/pallet.hpp"
#include "runtime/pallets/timestamp/pallet.hpp"
#include "runtime/pallets/transaction_payment/pallet.hpp"
#include "runtime/pallets/utility/pallet.hpp"
#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::testing {

inline metadata::Registry make_frame_registry() {
  std::vector<metadata::PalletDesc> p = {system::describe(),   timestamp::describe(),
                                         balances::describe(), transaction_payment::describe(),
                                         utility::describe(),  sudo::describe()};
  p[0].items.push_back(system::events_item_desc(p));
  return metadata::Registry(std::move(p));
}

inline AccountId acc(uint8_t n) {
  ByteArray<32> b;
  b.fill(n);
  return AccountId(b);
}

// Encodes a call: pallet index, call index, then each argument's SCALE encoding.
template <class... Args>
Bytes call(uint8_t pallet, uint8_t index, const Args&... args) {
  scale::Encoder e;
  e.put_byte(pallet);
  e.put_byte(index);
  (scale::encode_to(e, args), ...);
  return e.take();
}

// A Vec<RuntimeCall> of already encoded calls.
inline Bytes calls_vec(const std::vector<Bytes>& calls) {
  scale::Encoder e;
  scale::encode_length(e, calls.size());
  for (const Bytes& c : calls) e.put_bytes(c);
  return e.take();
}

inline Bytes concat(Bytes a, const Bytes& b) {
  append(a, b);
  return a;
}

inline frame::extrinsic::MultiAddress id(const AccountId& a) {
  return frame::extrinsic::MultiAddress::from_id(a);
}

class FrameTest : public ::testing::Test {
 protected:
  explicit FrameTest(const frame::RuntimeConfig& config = frame::runtime_config())
      : overlay_(store_), registry_(make_frame_registry()), env_{overlay_, config, registry_} {
    system::build_genesis(env_);
  }

  frame::Env& env() { return env_; }
  storage::Overlay& state() { return overlay_; }
  const metadata::Registry& registry() const { return registry_; }

  // frame_executive's initialize_block for block `n` (events reset, System initialized, phase
  // ApplyExtrinsic(0)).
  void start_block(BlockNumber n) {
    system::reset_events(env_);
    system::initialize(env_, n, system::block_hash(overlay_, n - 1), frame::Digest{});
    system::note_finished_initialize(env_);
  }

  std::vector<system::EventRecordView> events() {
    auto ev = system::read_events(overlay_, registry_);
    EXPECT_TRUE(ev.has_value());
    return ev.value_or(std::vector<system::EventRecordView>{});
  }
  // The events as (pallet, pallet event bytes), phases and topics dropped.
  std::vector<std::pair<uint8_t, Bytes>> event_bytes() {
    std::vector<std::pair<uint8_t, Bytes>> out;
    for (const auto& r : events()) out.emplace_back(r.pallet, r.event);
    return out;
  }
  template <class E>
  static std::pair<uint8_t, Bytes> ev(const E& e) {
    return {E::kPallet, system::encode_event(e)};
  }

  frame::DispatchResultWithPostInfo dispatch(const frame::Origin& origin, const Bytes& c) {
    return frame::dispatch_call(env_, origin, c, false);
  }

  // Endows `who` as balances' genesis does.
  void endow(const AccountId& who, uint64_t amount) {
    (void)system::inc_providers(env_, who);
    system::Account::mutate(overlay_, who, [&](system::AccountInfo& a) { a.data.free = amount; });
    balances::TotalIssuance::mutate(overlay_, [&](uint64_t& t) { t += amount; });
  }

  uint64_t free(const AccountId& who) { return balances::balance(overlay_, who); }

  storage::MemoryStore store_;
  storage::Overlay overlay_;
  metadata::Registry registry_;
  frame::Env env_;
};

}  // namespace subemu::runtime::testing
