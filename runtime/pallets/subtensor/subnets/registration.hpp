// Neuron registration on a subnet: by proof of work (register) or by burning TAO
// (burned_register), and the slot assignment both share (mirrors subnets/registration.rs at
// subtensor v3.0.0, with the registration getters of utils/misc.rs).
//
// register_neuron: append a UID while SubnetworkN < MaxAllowedUids, else replace the UID that
// get_neuron_to_prune picks (uids.hpp).
//
// Proof of work. For a hotkey, a block number b and a nonce:
//   block_hash = System.BlockHash[b]  (zero hash when unknown)
//   inner      = keccak_256(block_hash ++ hotkey)                                 (64 bytes in)
//   seal       = keccak_256(sha2_256(LE64(nonce) ++ inner))                       (40 bytes in)
// The seal meets difficulty d when (seal read as a big-endian 256-bit integer) * d < 2^256.
// `work` must be those 32 seal bytes.
//
// Check order (each failure is the first one upstream raises; nothing is written before the last
// check, and the dispatch runs in a storage layer besides):
//   register:        signed; origin == hotkey (TransactorAccountShouldBeHotKey); netuid != 0
//                    (RegistrationNotPermittedOnRootSubnet); subnet exists
//                    (SubNetworkDoesNotExist); NetworkPowRegistrationAllowed
//                    (SubNetRegistrationDisabled); RegistrationsThisBlock <
//                    MaxRegistrationsPerBlock (TooManyRegistrationsThisBlock);
//                    RegistrationsThisInterval < 3 * TargetRegistrationsPerInterval
//                    (TooManyRegistrationsThisInterval, u16 saturating); hotkey not in Uids
//                    (HotKeyAlreadyRegisteredInSubNet); block_number <= now and now - block_number
//                    < 3 (InvalidWorkBlock); work meets Difficulty (InvalidDifficulty); work ==
//                    seal (InvalidSeal); then UsedWork[work] = now, create the hotkey account,
//                    coldkey owns hotkey (NonAssociatedColdKey), MaxAllowedUids != 0
//                    (NoNeuronIdAvailable).
//   burned_register: signed (the coldkey); netuid != 0; exists; NetworkRegistrationAllowed;
//                    the two rate limits; not in Uids; can withdraw Burn (NotEnoughBalanceToStake);
//                    create the hotkey account; coldkey owns hotkey; MaxAllowedUids != 0; withdraw
//                    (BalanceWithdrawalError / ZeroBalanceAfterWithdrawn); swap the TAO for alpha
//                    in the pool and destroy that alpha (SubnetAlphaOut -= alpha).
// On success both bump RegistrationsThisBlock / RegistrationsThisInterval and their own interval
// counter (POW... / Burn...), burned_register adds Burn to RAORecycledForRegistration (event
// RAORecycledForRegistrationSet), and both emit NeuronRegistered(netuid, uid, hotkey).
//
// Deviation: upstream's vec_to_hash panics on a `work` that is not 32 bytes long, which makes the
// extrinsic unapplicable on chain (the block builder drops it). Here that case is a clean
// DispatchError::Other at the same point of the check order (after InvalidWorkBlock), with no
// state change.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>
#include <utility>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// mirrors register_neuron: the UID given to hotkey (appended or replaced).
Uid register_neuron(frame::Env& env, NetUid netuid, const AccountId& hotkey);

// mirrors do_burned_registration.
frame::DispatchResult do_burned_registration(frame::Env& env, const frame::Origin& origin,
                                             NetUid netuid, const AccountId& hotkey);

// mirrors do_registration.
frame::DispatchResult do_registration(frame::Env& env, const frame::Origin& origin, NetUid netuid,
                                      uint64_t block_number, uint64_t nonce, ByteView work,
                                      const AccountId& hotkey, const AccountId& coldkey);

// ---- proof of work ----------------------------------------------------------------------------

// mirrors vec_to_hash; nullopt when `work` is not exactly 32 bytes (upstream panics).
std::optional<Hash256> vec_to_hash(ByteView work);
// mirrors hash_to_vec.
Bytes hash_to_vec(const Hash256& hash);
// mirrors hash_meets_difficulty with difficulty = U256::from(u64) (get_difficulty's only form).
bool hash_meets_difficulty(const Hash256& hash, uint64_t difficulty);
// mirrors get_block_hash_from_u64: System.BlockHash[block_number].
// REQUIRES: block_number <= u32::MAX (upstream's conversion to BlockNumber panics otherwise).
Hash256 get_block_hash_from_u64(const storage::Overlay& state, uint64_t block_number);
// mirrors hash_block_and_hotkey.
Hash256 hash_block_and_hotkey(const Hash256& block_hash, const AccountId& hotkey);
// mirrors hash_hotkey_to_u64: the first 8 bytes (LE) of keccak_256(hotkey ++ 32 zero bytes).
uint64_t hash_hotkey_to_u64(const AccountId& hotkey);
// mirrors create_seal_hash.
Hash256 create_seal_hash(const storage::Overlay& state, uint64_t block_number, uint64_t nonce,
                         const AccountId& hotkey);
// mirrors create_work_for_block_number: the first nonce >= start_nonce whose seal meets
// Difficulty[netuid], and that seal. Loops until found (each nonce passes with probability about
// 1 / difficulty); nonce increments saturate as upstream's do.
std::pair<uint64_t, Bytes> create_work_for_block_number(const frame::Env& env, NetUid netuid,
                                                        uint64_t block_number, uint64_t start_nonce,
                                                        const AccountId& hotkey);

// ---- getters (utils/misc.rs) ------------------------------------------------------------------

// mirrors get_burn_as_u64: Burn[netuid].
uint64_t get_burn_as_u64(const frame::Env& env, NetUid netuid);
// mirrors get_difficulty_as_u64: Difficulty[netuid].
uint64_t get_difficulty_as_u64(const frame::Env& env, NetUid netuid);
// mirrors increase_rao_recycled: RAORecycledForRegistration[netuid] += amount (saturating), event
// RAORecycledForRegistrationSet(netuid, new total).
void increase_rao_recycled(frame::Env& env, NetUid netuid, uint64_t amount);
// The interval limit of both registration paths and of SubtensorSignedExtension:
// RegistrationsThisInterval >= TargetRegistrationsPerInterval.saturating_mul(3) (u16).
bool interval_registrations_exhausted(const frame::Env& env, NetUid netuid);
// The rate limits every registration path checks, in upstream's order:
// TooManyRegistrationsThisBlock (RegistrationsThisBlock >= MaxRegistrationsPerBlock), then
// TooManyRegistrationsThisInterval (interval_registrations_exhausted).
frame::DispatchResult check_registration_limits(const frame::Env& env, NetUid netuid);
// mirrors checked_allowed_register (lib.rs): netuid != 0, exists, NetworkRegistrationAllowed and
// both rate limits not reached.
bool checked_allowed_register(const frame::Env& env, NetUid netuid);

}  // namespace subemu::runtime::subtensor
