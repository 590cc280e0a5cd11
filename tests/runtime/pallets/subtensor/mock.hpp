// Test fixture mirroring pallets/subtensor/src/tests/mock.rs at v3.0.0: the unit-test runtime's
// constants (frame::test_config(): existential deposit 1, its own lock cost, no root subnet, no
// SubtensorModule genesis), System's genesis, block 1 (new_test_ext(1)), and the mock's helpers
// with the same names and behaviour:
//   step_block / run_to_block / next_block  advance System.Number and run SubtensorModule's
//                                           on_initialize (block_step), then the Scheduler's
//                                           agenda; run_to_block also resets the events each
//                                           block, as the mock does;
//   add_network                             init_new_network + registration flags +
//                                           FirstEmissionBlockNumber = 1;
//   add_dynamic_network                     funds the owner with the lock cost, register_network;
//   register_ok_neuron                      PoW register with create_work_for_block_number.
// AccountId is the mock's U256: u256(n) is U256::from(n), whose 32 little-endian bytes are the
// account id bytes.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "runtime/frame/config.hpp"
#include "runtime/frame/dispatch_call.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/balances/fungible.hpp"
#include "runtime/pallets/subtensor/coinbase/block_step.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/pallet.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/registration.hpp"
#include "runtime/pallets/subtensor/subnets/subnet.hpp"
#include "runtime/pallets/subtensor/swap/swap_coldkey.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::testing {

// U256::from(n) as an AccountId: little-endian bytes.
inline AccountId u256(uint64_t n) {
  ByteArray<32> b{};
  for (size_t i = 0; i < 8; ++i) b[i] = static_cast<uint8_t>(n >> (8 * i));
  return AccountId(b);
}

class SubtensorTest : public ::testing::Test {
 protected:
  explicit SubtensorTest(uint64_t start_block = 1)
      : overlay_(store_), env_{overlay_, frame::test_config(), runtime_registry()} {
    system::build_genesis(env_);
    set_block(start_block);
  }

  // ---- blocks --------------------------------------------------------------------------------

  uint64_t block() const { return subtensor::current_block(overlay_); }
  void set_block(uint64_t n) { system::Number::put(overlay_, static_cast<BlockNumber>(n)); }

  void step_block(uint16_t n) {
    for (uint16_t i = 0; i < n; ++i) {
      set_block(block() + 1);
      subtensor::on_initialize(env_, static_cast<BlockNumber>(block()));
      subtensor::scheduler_service_agenda(env_, static_cast<BlockNumber>(block()));
    }
  }
  void run_to_block(uint64_t n) {
    while (block() < n) {
      set_block(block() + 1);
      system::reset_events(env_);
      subtensor::on_initialize(env_, static_cast<BlockNumber>(block()));
      subtensor::scheduler_service_agenda(env_, static_cast<BlockNumber>(block()));
    }
  }
  uint64_t next_block() {
    const uint64_t target = block() + 1;
    run_to_block(target);
    EXPECT_EQ(block(), target);
    return target;
  }

  // ---- networks and neurons ------------------------------------------------------------------

  void add_network_without_emission_block(NetUid netuid, uint16_t tempo, uint16_t /*modality*/) {
    subtensor::init_new_network(env_, netuid, tempo);
    subtensor::NetworkRegistrationAllowed::insert(overlay_, netuid, true);
    system::deposit(env_, subtensor::event::RegistrationAllowed{netuid, true});
    subtensor::NetworkPowRegistrationAllowed::insert(overlay_, netuid, true);
    system::deposit(env_, subtensor::event::PowRegistrationAllowed{netuid, true});
  }
  void add_network(NetUid netuid, uint16_t tempo, uint16_t modality) {
    add_network_without_emission_block(netuid, tempo, modality);
    subtensor::FirstEmissionBlockNumber::insert(overlay_, netuid, uint64_t{1});
  }

  NetUid add_dynamic_network_without_emission_block(const AccountId& hotkey,
                                                    const AccountId& coldkey) {
    const NetUid netuid = subtensor::next_netuid(overlay_);
    const uint64_t lock_cost = subtensor::network_lock_cost(env_);
    add_balance(coldkey, lock_cost);
    auto r = signed_call(coldkey, st_call(59, hotkey));
    EXPECT_TRUE(r.has_value()) << "register_network failed";
    subtensor::NetworkRegistrationAllowed::insert(overlay_, netuid, true);
    subtensor::NetworkPowRegistrationAllowed::insert(overlay_, netuid, true);
    return netuid;
  }
  NetUid add_dynamic_network(const AccountId& hotkey, const AccountId& coldkey) {
    const NetUid netuid = add_dynamic_network_without_emission_block(hotkey, coldkey);
    subtensor::FirstEmissionBlockNumber::insert(overlay_, netuid, uint64_t{0});
    return netuid;
  }

  // mock.rs register_ok_neuron: PoW work for the current block, `register` signed by the hotkey.
  void register_ok_neuron(NetUid netuid, const AccountId& hotkey, const AccountId& coldkey,
                          uint64_t start_nonce) {
    const uint64_t block_number = block();
    auto [nonce, work] =
        subtensor::create_work_for_block_number(env_, netuid, block_number, start_nonce, hotkey);
    auto r = signed_call(hotkey, st_call(6, netuid, block_number, nonce, work, hotkey, coldkey));
    ASSERT_TRUE(r.has_value()) << "register_ok_neuron failed";
  }

  // ---- balances ------------------------------------------------------------------------------

  void add_balance(const AccountId& who, uint64_t amount) {
    subtensor::add_balance_to_coldkey_account(env_, who, amount);
  }
  uint64_t free_balance(const AccountId& who) { return balances::balance(overlay_, who); }

  // ---- calls ---------------------------------------------------------------------------------

  template <class... A>
  static Bytes st_call(uint8_t call_index, const A&... args) {
    scale::Encoder e;
    e.put_byte(subtensor::kPalletIndex);
    e.put_byte(call_index);
    (scale::encode_to(e, args), ...);
    return e.take();
  }
  frame::DispatchResultWithPostInfo dispatch(const frame::Origin& origin, const Bytes& call) {
    return frame::dispatch_call(env_, origin, call, false);
  }
  frame::DispatchResultWithPostInfo signed_call(const AccountId& who, const Bytes& call) {
    return dispatch(frame::Origin::signed_by(who), call);
  }
  frame::DispatchResultWithPostInfo root(const Bytes& call) {
    return dispatch(frame::Origin::root(), call);
  }

  // The merged state: every (key, value), in key order.
  std::vector<std::pair<Bytes, Bytes>> dump() const {
    std::vector<std::pair<Bytes, Bytes>> out;
    overlay_.scan(storage::ScanRange::all_with_prefix({}), [&](ByteView k, ByteView v) {
      out.emplace_back(Bytes(k.begin(), k.end()), Bytes(v.begin(), v.end()));
      return storage::Visit::kContinue;
    });
    return out;
  }

  // Dispatches `call`, expects `err`, and that the state (events included) did not change.
  void expect_rejected(const frame::Origin& origin, const Bytes& call,
                       const frame::DispatchError& err) {
    const auto before = dump();
    auto r = dispatch(origin, call);
    ASSERT_FALSE(r.has_value()) << "call succeeded";
    EXPECT_EQ(r.error().error, err);
    EXPECT_EQ(dump(), before) << "a rejected call changed the state";
  }

  // ---- events --------------------------------------------------------------------------------

  std::vector<std::pair<uint8_t, Bytes>> events() const {
    auto ev = system::read_events(overlay_, env_.registry);
    EXPECT_TRUE(ev.has_value());
    std::vector<std::pair<uint8_t, Bytes>> out;
    if (ev) {
      for (const auto& r : *ev) out.emplace_back(r.pallet, r.event);
    }
    return out;
  }
  template <class E>
  static std::pair<uint8_t, Bytes> ev(const E& e) {
    return {E::kPallet, system::encode_event(e)};
  }
  template <class E>
  bool has_event(const E& e) const {
    const auto all = events();
    return std::find(all.begin(), all.end(), ev(e)) != all.end();
  }

  storage::MemoryStore store_;
  storage::Overlay overlay_;
  frame::Env env_;
};

}  // namespace subemu::runtime::testing
