// mirrors utils/rate_limiting.rs (rate_limiting.hpp).
#include "runtime/pallets/subtensor/utils/rate_limiting.hpp"

#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"

namespace subemu::runtime::subtensor {

namespace {

uint64_t saturating_sub(uint64_t a, uint64_t b) { return a > b ? a - b : 0; }

uint64_t saturating_mul(uint64_t a, uint64_t b) {
  if (a != 0 && b > UINT64_MAX / a) return UINT64_MAX;
  return a * b;
}

// The shared body of exceeds_tx_rate_limit and exceeds_tx_delegate_take_rate_limit.
bool exceeds(uint64_t rate_limit, uint64_t prev_tx_block, uint64_t current_block) {
  if (rate_limit == 0 || prev_tx_block == 0) return false;
  return saturating_sub(current_block, prev_tx_block) <= rate_limit;
}

}  // namespace

TransactionType transaction_type_from_u16(uint16_t value) {
  switch (value) {
    case 0:
      return TransactionType::kSetChildren;
    case 1:
      return TransactionType::kSetChildkeyTake;
    case 3:
      return TransactionType::kRegisterNetwork;
    case 4:
      return TransactionType::kSetWeightsVersionKey;
    default:
      return TransactionType::kUnknown;
  }
}

uint64_t get_rate_limit(const frame::Env& env, TransactionType tx_type) {
  switch (tx_type) {
    case TransactionType::kSetChildren:
      return 150;  // upstream: "30 minutes" of 12 s blocks
    case TransactionType::kSetChildkeyTake:
      return TxChildkeyTakeRateLimit::get(env);
    case TransactionType::kRegisterNetwork:
      return NetworkRateLimit::get(env);
    case TransactionType::kUnknown:
    case TransactionType::kSetWeightsVersionKey:
      return 0;
  }
  return 0;
}

uint64_t get_rate_limit_on_subnet(const frame::Env& env, TransactionType tx_type, NetUid netuid) {
  if (tx_type == TransactionType::kSetWeightsVersionKey) {
    return saturating_mul(uint64_t{Tempo::get(env, netuid)},
                          WeightsVersionKeyRateLimit::get(env.state));
  }
  return get_rate_limit(env, tx_type);
}

bool check_passes_rate_limit(uint64_t limit, uint64_t block, uint64_t last_block) {
  return last_block == 0 || saturating_sub(block, last_block) >= limit;
}

bool passes_rate_limit(const frame::Env& env, TransactionType tx_type, const AccountId& key) {
  const uint64_t block = current_block(env.state);
  const uint64_t limit = get_rate_limit(env, tx_type);
  const uint64_t last_block = get_last_transaction_block(env.state, key, tx_type);
  return check_passes_rate_limit(limit, block, last_block);
}

bool passes_rate_limit_on_subnet(const frame::Env& env, TransactionType tx_type,
                                 const AccountId& hotkey, NetUid netuid) {
  const uint64_t block = current_block(env.state);
  const uint64_t limit = get_rate_limit_on_subnet(env, tx_type, netuid);
  const uint64_t last_block =
      get_last_transaction_block_on_subnet(env.state, hotkey, netuid, tx_type);
  return check_passes_rate_limit(limit, block, last_block);
}

uint64_t get_last_transaction_block(const storage::Overlay& state, const AccountId& key,
                                    TransactionType tx_type) {
  if (tx_type == TransactionType::kRegisterNetwork) return get_network_last_lock_block(state);
  return get_last_transaction_block_on_subnet(state, key, NetUid{0}, tx_type);
}

uint64_t get_last_transaction_block_on_subnet(const storage::Overlay& state,
                                              const AccountId& hotkey, NetUid netuid,
                                              TransactionType tx_type) {
  if (tx_type == TransactionType::kRegisterNetwork) return get_network_last_lock_block(state);
  return TransactionKeyLastBlock::get(state, hotkey, netuid, to_u16(tx_type));
}

void set_last_transaction_block(storage::Overlay& state, const AccountId& key,
                                TransactionType tx_type, uint64_t block) {
  if (tx_type == TransactionType::kRegisterNetwork) {
    set_network_last_lock_block(state, block);
    return;
  }
  set_last_transaction_block_on_subnet(state, key, NetUid{0}, tx_type, block);
}

void set_last_transaction_block_on_subnet(storage::Overlay& state, const AccountId& key,
                                          NetUid netuid, TransactionType tx_type, uint64_t block) {
  if (tx_type == TransactionType::kRegisterNetwork) {
    set_network_last_lock_block(state, block);
    return;
  }
  TransactionKeyLastBlock::insert(state, key, netuid, to_u16(tx_type), block);
}

uint64_t get_network_last_lock_block(const storage::Overlay& state) {
  return NetworkLastRegistered::get(state);
}

void set_network_last_lock_block(storage::Overlay& state, uint64_t block) {
  NetworkLastRegistered::put(state, block);
}

void set_last_tx_block(storage::Overlay& state, const AccountId& key, uint64_t block) {
  LastTxBlock::insert(state, key, block);
}

uint64_t get_last_tx_block(const storage::Overlay& state, const AccountId& key) {
  return LastTxBlock::get(state, key);
}

void set_last_tx_block_delegate_take(storage::Overlay& state, const AccountId& key,
                                     uint64_t block) {
  LastTxBlockDelegateTake::insert(state, key, block);
}

uint64_t get_last_tx_block_delegate_take(const storage::Overlay& state, const AccountId& key) {
  return LastTxBlockDelegateTake::get(state, key);
}

uint64_t get_last_tx_block_childkey_take(const storage::Overlay& state, const AccountId& key) {
  return LastTxBlockChildKeyTake::get(state, key);
}

bool exceeds_tx_rate_limit(const frame::Env& env, uint64_t prev_tx_block, uint64_t current_block) {
  return exceeds(TxRateLimit::get(env), prev_tx_block, current_block);
}

bool exceeds_tx_delegate_take_rate_limit(const frame::Env& env, uint64_t prev_tx_block,
                                         uint64_t current_block) {
  return exceeds(TxDelegateTakeRateLimit::get(env), prev_tx_block, current_block);
}

}  // namespace subemu::runtime::subtensor
