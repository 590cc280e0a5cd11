// Helpers shared by the registration, uids and difficulty tests: the calls by their SCALE bytes
// (register = 6, burned_register = 7, root_register = 62), create_work_for_block_number, and the
// utils/misc.rs setters the upstream tests use (storage writes; the setters that emit an event
// upstream emit it here too, so event logs compare).
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <utility>

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/registration.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/pallets/system/events.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::testing {

class RegistrationFixture : public SubtensorTest {
 protected:
  explicit RegistrationFixture(uint64_t start_block = 1) : SubtensorTest(start_block) {}

  // ---- calls ---------------------------------------------------------------------------------

  static Bytes register_call(NetUid netuid, uint64_t block_number, uint64_t nonce,
                             const Bytes& work, const AccountId& hotkey, const AccountId& coldkey) {
    return st_call(6, netuid, block_number, nonce, work, hotkey, coldkey);
  }
  static Bytes burned_register_call(NetUid netuid, const AccountId& hotkey) {
    return st_call(7, netuid, hotkey);
  }
  static Bytes root_register_call(const AccountId& hotkey) { return st_call(62, hotkey); }

  frame::DispatchResultWithPostInfo do_register(const AccountId& signer, NetUid netuid,
                                                uint64_t block_number, uint64_t nonce,
                                                const Bytes& work, const AccountId& hotkey,
                                                const AccountId& coldkey) {
    return signed_call(signer, register_call(netuid, block_number, nonce, work, hotkey, coldkey));
  }
  frame::DispatchResultWithPostInfo burned_register(const AccountId& coldkey, NetUid netuid,
                                                    const AccountId& hotkey) {
    return signed_call(coldkey, burned_register_call(netuid, hotkey));
  }
  frame::DispatchResultWithPostInfo root_register(const AccountId& coldkey,
                                                  const AccountId& hotkey) {
    return signed_call(coldkey, root_register_call(hotkey));
  }

  std::pair<uint64_t, Bytes> create_work(NetUid netuid, uint64_t block_number, uint64_t start_nonce,
                                         const AccountId& hotkey) {
    return subtensor::create_work_for_block_number(env_, netuid, block_number, start_nonce, hotkey);
  }

  static frame::DispatchError err(subtensor::Error e) { return subtensor::error(e); }
  // The error of a failed dispatch (a test failure if it succeeded).
  static frame::DispatchError error_of(const frame::DispatchResultWithPostInfo& r) {
    EXPECT_FALSE(r.has_value()) << "the call succeeded";
    return r.has_value() ? frame::DispatchError{} : r.error().error;
  }

  // ---- getters -------------------------------------------------------------------------------

  uint16_t subnetwork_n(NetUid netuid) const {
    return subtensor::get_subnetwork_n(overlay_, netuid);
  }
  uint16_t registrations_this_block(NetUid netuid) const {
    return subtensor::RegistrationsThisBlock::get(overlay_, netuid);
  }
  uint16_t registrations_this_interval(NetUid netuid) const {
    return subtensor::RegistrationsThisInterval::get(overlay_, netuid);
  }
  uint64_t difficulty(NetUid netuid) const {
    return subtensor::get_difficulty_as_u64(env_, netuid);
  }
  uint64_t burn(NetUid netuid) const { return subtensor::get_burn_as_u64(env_, netuid); }
  uint64_t last_adjustment_block(NetUid netuid) const {
    return subtensor::LastAdjustmentBlock::get(overlay_, netuid);
  }
  AccountId hotkey_at(NetUid netuid, uint16_t uid) const {
    auto r = subtensor::get_hotkey_for_net_and_uid(overlay_, netuid, Uid(uid));
    EXPECT_TRUE(r.has_value()) << "uid " << uid << " is empty";
    return r.has_value() ? *r : AccountId{};
  }
  std::optional<uint16_t> uid_of(NetUid netuid, const AccountId& hotkey) const {
    auto r = subtensor::get_uid_for_net_and_hotkey(overlay_, netuid, hotkey);
    if (!r.has_value()) return std::nullopt;
    return r->value();
  }
  uint16_t pruning_score(NetUid netuid, uint16_t uid) const {
    return subtensor::get_pruning_score_for_uid(overlay_, netuid, Uid(uid));
  }
  bool is_immune(NetUid netuid, uint16_t uid) const {
    return subtensor::get_neuron_is_immune(env_, netuid, Uid(uid));
  }
  uint16_t neuron_to_prune(NetUid netuid) {
    return subtensor::get_neuron_to_prune(env_, netuid).value();
  }

  // ---- setters (utils/misc.rs) ---------------------------------------------------------------

  void set_burn(NetUid netuid, uint64_t v) {
    subtensor::Burn::insert(overlay_, netuid, TaoBalance(v));
  }
  void set_difficulty(NetUid netuid, uint64_t v) {
    subtensor::Difficulty::insert(overlay_, netuid, v);
    system::deposit(env_, subtensor::event::DifficultySet{netuid, v});
  }
  void set_min_difficulty(NetUid netuid, uint64_t v) {
    subtensor::MinDifficulty::insert(overlay_, netuid, v);
    system::deposit(env_, subtensor::event::MinDifficultySet{netuid, v});
  }
  void set_max_difficulty(NetUid netuid, uint64_t v) {
    subtensor::MaxDifficulty::insert(overlay_, netuid, v);
    system::deposit(env_, subtensor::event::MaxDifficultySet{netuid, v});
  }
  void set_max_allowed_uids(NetUid netuid, uint16_t v) {
    subtensor::MaxAllowedUids::insert(overlay_, netuid, v);
    system::deposit(env_, subtensor::event::MaxAllowedUidsSet{netuid, v});
  }
  void set_max_registrations_per_block(NetUid netuid, uint16_t v) {
    subtensor::MaxRegistrationsPerBlock::insert(overlay_, netuid, v);
    system::deposit(env_, subtensor::event::MaxRegistrationsPerBlockSet{netuid, v});
  }
  void set_target_registrations_per_interval(NetUid netuid, uint16_t v) {
    subtensor::TargetRegistrationsPerInterval::insert(overlay_, netuid, v);
    system::deposit(env_, subtensor::event::RegistrationPerIntervalSet{netuid, v});
  }
  void set_registrations_this_interval(NetUid netuid, uint16_t v) {
    subtensor::RegistrationsThisInterval::insert(overlay_, netuid, v);
  }
  void set_adjustment_interval(NetUid netuid, uint16_t v) {
    subtensor::AdjustmentInterval::insert(overlay_, netuid, v);
    system::deposit(env_, subtensor::event::AdjustmentIntervalSet{netuid, v});
  }
  void set_adjustment_alpha(NetUid netuid, uint64_t v) {
    subtensor::AdjustmentAlpha::insert(overlay_, netuid, v);
    system::deposit(env_, subtensor::event::AdjustmentAlphaSet{netuid, v});
  }
  void set_immunity_period(NetUid netuid, uint16_t v) {
    subtensor::ImmunityPeriod::insert(overlay_, netuid, v);
    system::deposit(env_, subtensor::event::ImmunityPeriodSet{netuid, v});
  }
  void set_network_registration_allowed(NetUid netuid, bool v) {
    subtensor::NetworkRegistrationAllowed::insert(overlay_, netuid, v);
    system::deposit(env_, subtensor::event::RegistrationAllowed{netuid, v});
  }
  void set_network_pow_registration_allowed(NetUid netuid, bool v) {
    subtensor::NetworkPowRegistrationAllowed::insert(overlay_, netuid, v);
    system::deposit(env_, subtensor::event::PowRegistrationAllowed{netuid, v});
  }
  void set_pruning_score(NetUid netuid, uint16_t uid, uint16_t score) {
    subtensor::set_pruning_score_for_uid(overlay_, netuid, Uid(uid), score);
  }
};

}  // namespace subemu::runtime::testing
