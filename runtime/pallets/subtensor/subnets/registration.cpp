// mirrors subnets/registration.rs (registration.hpp).
#include "runtime/pallets/subtensor/subnets/registration.hpp"

#include <array>

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/check.hpp"
#include "runtime/primitives/crypto/hashing.hpp"

namespace subemu::runtime::subtensor {
namespace {

// The 32-byte result of a keccak_256 / sha2_256 as our Hash256.
Hash256 to_hash(const crypto::Hash256& bytes) { return Hash256(bytes); }

// `Item::mutate(netuid, |v| v.saturating_inc())` for a u16 counter.
template <class Item>
void saturating_inc(storage::Overlay& state, NetUid netuid) {
  Item::mutate(state, netuid, [](uint16_t& v) {
    if (v != UINT16_MAX) ++v;
  });
}

}  // namespace


// ---- proof of work ----------------------------------------------------------------------------

std::optional<Hash256> vec_to_hash(ByteView work) { return Hash256::from_view(work); }

Bytes hash_to_vec(const Hash256& hash) { return Bytes(hash.bytes().begin(), hash.bytes().end()); }

bool hash_meets_difficulty(const Hash256& hash, uint64_t difficulty) {
  // num = the 32 bytes as a big-endian integer, in four u64 limbs (limb 0 least significant).
  // num * difficulty overflows 256 bits iff the carry out of the top limb is non-zero.
  const ByteArray<32>& b = hash.bytes();
  std::array<uint64_t, 4> limbs{};
  for (size_t limb = 0; limb < 4; ++limb) {
    uint64_t v = 0;
    for (size_t j = 0; j < 8; ++j) v = (v << 8) | b[(3 - limb) * 8 + j];
    limbs[limb] = v;
  }
  u128 carry = 0;
  for (size_t limb = 0; limb < 4; ++limb) {
    const u128 p = static_cast<u128>(limbs[limb]) * difficulty + carry;
    carry = p >> 64;
  }
  return carry == 0;
}

Hash256 get_block_hash_from_u64(const storage::Overlay& state, uint64_t block_number) {
  SUBEMU_CHECK(block_number <= UINT32_MAX);
  return system::BlockHash::get(state, static_cast<BlockNumber>(block_number));
}

Hash256 hash_block_and_hotkey(const Hash256& block_hash, const AccountId& hotkey) {
  std::array<uint8_t, 64> full{};
  for (size_t i = 0; i < 32; ++i) {
    full[i] = block_hash.bytes()[i];
    full[32 + i] = hotkey.bytes()[i];
  }
  return to_hash(crypto::keccak_256(ByteView(full)));
}

uint64_t hash_hotkey_to_u64(const AccountId& hotkey) {
  std::array<uint8_t, 64> full{};
  for (size_t i = 0; i < 32; ++i) full[i] = hotkey.bytes()[i];
  const crypto::Hash256 h = crypto::keccak_256(ByteView(full));
  uint64_t v = 0;
  for (size_t i = 0; i < 8; ++i) v |= uint64_t{h[i]} << (8 * i);
  return v;
}

namespace {
// The seal for a nonce once keccak(block_hash ++ hotkey) is known.
Hash256 seal_from_inner(const Hash256& inner, uint64_t nonce) {
  std::array<uint8_t, 40> full{};
  for (size_t i = 0; i < 8; ++i) full[i] = static_cast<uint8_t>(nonce >> (8 * i));
  for (size_t i = 0; i < 32; ++i) full[8 + i] = inner.bytes()[i];
  const Hash256 sha = to_hash(crypto::sha2_256(ByteView(full)));
  return to_hash(crypto::keccak_256(sha.view()));
}
}  // namespace

Hash256 create_seal_hash(const storage::Overlay& state, uint64_t block_number, uint64_t nonce,
                         const AccountId& hotkey) {
  const Hash256 block_hash = get_block_hash_from_u64(state, block_number);
  return seal_from_inner(hash_block_and_hotkey(block_hash, hotkey), nonce);
}

std::pair<uint64_t, Bytes> create_work_for_block_number(const frame::Env& env, NetUid netuid,
                                                        uint64_t block_number, uint64_t start_nonce,
                                                        const AccountId& hotkey) {
  const uint64_t difficulty = get_difficulty_as_u64(env, netuid);
  // Upstream recomputes create_seal_hash per nonce; its block hash and inner hash do not change
  // inside the loop, so they are computed once.
  const Hash256 inner =
      hash_block_and_hotkey(get_block_hash_from_u64(env.state, block_number), hotkey);
  uint64_t nonce = start_nonce;
  Hash256 work = seal_from_inner(inner, nonce);
  while (!hash_meets_difficulty(work, difficulty)) {
    if (nonce != UINT64_MAX) ++nonce;
    work = seal_from_inner(inner, nonce);
  }
  return {nonce, hash_to_vec(work)};
}

// ---- getters ----------------------------------------------------------------------------------

uint64_t get_burn_as_u64(const frame::Env& env, NetUid netuid) {
  return Burn::get(env, netuid).to_u64();
}

uint64_t get_difficulty_as_u64(const frame::Env& env, NetUid netuid) {
  return Difficulty::get(env, netuid);
}

void increase_rao_recycled(frame::Env& env, NetUid netuid, uint64_t amount) {
  const TaoBalance total =
      RAORecycledForRegistration::get(env, netuid).saturating_add(TaoBalance(amount));
  RAORecycledForRegistration::insert(env.state, netuid, total);
  system::deposit(env, event::RAORecycledForRegistrationSet{netuid, total.to_u64()});
}

bool checked_allowed_register(const frame::Env& env, NetUid netuid) {
  if (netuid == kRootNetUid) return false;
  if (!subnet_exists(env.state, netuid)) return false;
  if (!NetworkRegistrationAllowed::get(env.state, netuid)) return false;
  return check_registration_limits(env, netuid).has_value();
}

// ---- registration -----------------------------------------------------------------------------

Uid register_neuron(frame::Env& env, NetUid netuid, const AccountId& hotkey) {
  const uint64_t block_number = current_block(env.state);
  const uint16_t n = get_subnetwork_n(env.state, netuid);
  if (n < MaxAllowedUids::get(env, netuid)) {
    append_neuron(env.state, netuid, hotkey, block_number);
    return Uid(n);
  }
  const Uid uid = get_neuron_to_prune(env, netuid);
  replace_neuron(env.state, netuid, uid, hotkey, block_number);
  return uid;
}

frame::DispatchResult do_burned_registration(frame::Env& env, const frame::Origin& origin,
                                             NetUid netuid, const AccountId& hotkey) {
  // 1. Signed by the coldkey.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  // 2. A subnet other than root.
  if (netuid == kRootNetUid) return unexpected(error(Error::kRegistrationNotPermittedOnRootSubnet));
  if (!subnet_exists(env.state, netuid)) return unexpected(error(Error::kSubNetworkDoesNotExist));
  // 3. Burned registration allowed there.
  if (!NetworkRegistrationAllowed::get(env.state, netuid)) {
    return unexpected(error(Error::kSubNetRegistrationDisabled));
  }
  // 4. Per-block and per-interval limits.
  SUBEMU_TRY(check_registration_limits(env, netuid));
  // 5. Not yet registered.
  if (Uids::contains_key(env.state, netuid, hotkey)) {
    return unexpected(error(Error::kHotKeyAlreadyRegisteredInSubNet));
  }
  // 6. The coldkey can pay the burn.
  const uint64_t registration_cost = get_burn_as_u64(env, netuid);
  if (!can_remove_balance_from_coldkey_account(env, coldkey, registration_cost)) {
    return unexpected(error(Error::kNotEnoughBalanceToStake));
  }
  // 7. The hotkey account, owned by this coldkey.
  create_account_if_non_existent(env.state, coldkey, hotkey);
  if (!coldkey_owns_hotkey(env.state, coldkey, hotkey)) {
    return unexpected(error(Error::kNonAssociatedColdKey));
  }
  // 8. Some slot at all.
  if (MaxAllowedUids::get(env, netuid) == 0) return unexpected(error(Error::kNoNeuronIdAvailable));
  // 9. Take the TAO, buy alpha with it in the pool, and destroy that alpha.
  SUBEMU_TRY_ASSIGN(const uint64_t actual_burn,
                    remove_balance_from_coldkey_account(env, coldkey, registration_cost));
  const uint64_t burned_alpha = swap_tao_for_alpha(env, netuid, actual_burn);
  SubnetAlphaOut::mutate(env.state, netuid, [&](AlphaBalance& total) {
    total = total.saturating_sub(AlphaBalance(burned_alpha));
  });
  // 10. Take a slot, count the registration, record the recycled TAO.
  const Uid uid = register_neuron(env, netuid, hotkey);
  saturating_inc<BurnRegistrationsThisInterval>(env.state, netuid);
  saturating_inc<RegistrationsThisInterval>(env.state, netuid);
  saturating_inc<RegistrationsThisBlock>(env.state, netuid);
  increase_rao_recycled(env, netuid, get_burn_as_u64(env, netuid));
  // 11. Announce it.
  system::deposit(env, event::NeuronRegistered{netuid, uid, hotkey});
  return Ok{};
}

frame::DispatchResult do_registration(frame::Env& env, const frame::Origin& origin, NetUid netuid,
                                      uint64_t block_number, uint64_t nonce, ByteView work,
                                      const AccountId& hotkey, const AccountId& coldkey) {
  // 1. Signed by the hotkey itself.
  SUBEMU_TRY_ASSIGN(const AccountId signer, frame::ensure_signed(origin));
  if (signer != hotkey) return unexpected(error(Error::kTransactorAccountShouldBeHotKey));
  // 2. A subnet other than root.
  if (netuid == kRootNetUid) return unexpected(error(Error::kRegistrationNotPermittedOnRootSubnet));
  if (!subnet_exists(env.state, netuid)) return unexpected(error(Error::kSubNetworkDoesNotExist));
  // 3. PoW registration allowed there.
  if (!NetworkPowRegistrationAllowed::get(env.state, netuid)) {
    return unexpected(error(Error::kSubNetRegistrationDisabled));
  }
  // 4-5. Per-block and per-interval limits.
  SUBEMU_TRY(check_registration_limits(env, netuid));
  // 6. Not yet registered.
  if (Uids::contains_key(env.state, netuid, hotkey)) {
    return unexpected(error(Error::kHotKeyAlreadyRegisteredInSubNet));
  }
  // 7. Work from one of the last 3 blocks (this one included).
  const uint64_t now = current_block(env.state);
  if (block_number > now) return unexpected(error(Error::kInvalidWorkBlock));
  if (now - block_number >= 3) return unexpected(error(Error::kInvalidWorkBlock));
  // 8. The work meets the difficulty (upstream panics on a work that is not 32 bytes).
  const std::optional<Hash256> work_hash = vec_to_hash(work);
  if (!work_hash.has_value()) return unexpected(frame::DispatchError::other());
  if (!hash_meets_difficulty(*work_hash, get_difficulty_as_u64(env, netuid))) {
    return unexpected(error(Error::kInvalidDifficulty));
  }
  // 9. The work is this hotkey's seal for (block_number, nonce); record it.
  if (create_seal_hash(env.state, block_number, nonce, hotkey) != *work_hash) {
    return unexpected(error(Error::kInvalidSeal));
  }
  UsedWork::insert(env.state, std::vector<uint8_t>(work.begin(), work.end()), now);
  // 10. The hotkey account, owned by this coldkey.
  create_account_if_non_existent(env.state, coldkey, hotkey);
  if (!coldkey_owns_hotkey(env.state, coldkey, hotkey)) {
    return unexpected(error(Error::kNonAssociatedColdKey));
  }
  // 11. Some slot at all.
  if (MaxAllowedUids::get(env, netuid) == 0) return unexpected(error(Error::kNoNeuronIdAvailable));
  // 12. Take a slot, count the registration.
  const Uid uid = register_neuron(env, netuid, hotkey);
  saturating_inc<POWRegistrationsThisInterval>(env.state, netuid);
  saturating_inc<RegistrationsThisInterval>(env.state, netuid);
  saturating_inc<RegistrationsThisBlock>(env.state, netuid);
  // 13. Announce it.
  system::deposit(env, event::NeuronRegistered{netuid, uid, hotkey});
  return Ok{};
}

bool interval_registrations_exhausted(const frame::Env& env, NetUid netuid) {
  const uint32_t limit = uint32_t{TargetRegistrationsPerInterval::get(env, netuid)} * 3U;
  const uint16_t saturated = limit > UINT16_MAX ? UINT16_MAX : static_cast<uint16_t>(limit);
  return RegistrationsThisInterval::get(env.state, netuid) >= saturated;
}

frame::DispatchResult check_registration_limits(const frame::Env& env, NetUid netuid) {
  if (RegistrationsThisBlock::get(env.state, netuid) >=
      MaxRegistrationsPerBlock::get(env, netuid)) {
    return unexpected(error(Error::kTooManyRegistrationsThisBlock));
  }
  if (interval_registrations_exhausted(env, netuid)) {
    return unexpected(error(Error::kTooManyRegistrationsThisInterval));
  }
  return Ok{};
}

}  // namespace subemu::runtime::subtensor
