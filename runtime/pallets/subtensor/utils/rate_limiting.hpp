// Per-key transaction rate limits of SubtensorModule (mirrors utils/rate_limiting.rs at subtensor
// v3.0.0, plus the two NetworkLastRegistered accessors of coinbase/root.rs it relies on).
//
// A limited transaction records the block it ran in; the next one by the same key passes when
// no block was recorded (0) or at least `limit` blocks have passed since:
//   check_passes_rate_limit(limit, block, last) = last == 0 || block - last >= limit  (saturating)
// Where the block is recorded depends on the transaction type:
//   RegisterNetwork        the global NetworkLastRegistered (the key and netuid are ignored)
//   any other type         TransactionKeyLastBlock[(key, netuid, type as u16)], netuid 0 for the
//                          subnet-less variants
// The limit of each type: SetChildren 150 blocks; SetChildkeyTake TxChildkeyTakeRateLimit;
// RegisterNetwork NetworkRateLimit; SetWeightsVersionKey (on a subnet only) Tempo[netuid] *
// WeightsVersionKeyRateLimit; everything else (Unknown, SetWeightsVersionKey off-subnet) 0.
//
// The older per-key maps (LastTxBlock for hotkey swaps, LastTxBlockDelegateTake for take
// changes) use the inverse test, exceeds_*: limited when both the limit and the previous block are
// non-zero and current - previous <= limit (note `<=`: a call exactly `limit` blocks later is
// still refused).
//
// The TransactionType numbers are on chain (keys of TransactionKeyLastBlock) and must not change.
// Stateless functions over the overlay; not thread-safe beyond the overlay's own contract.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>

#include "runtime/frame/env.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// mirrors rate_limiting.rs TransactionType with its From<TransactionType> for u16 numbers.
enum class TransactionType : uint16_t {
  kSetChildren = 0,
  kSetChildkeyTake = 1,
  kUnknown = 2,
  kRegisterNetwork = 3,
  kSetWeightsVersionKey = 4,
};

// mirrors From<TransactionType> for u16.
constexpr uint16_t to_u16(TransactionType t) { return static_cast<uint16_t>(t); }
// mirrors From<u16> for TransactionType: 0, 1, 3 and 4 map to their type, anything else (2
// included) to Unknown.
TransactionType transaction_type_from_u16(uint16_t value);

// mirrors get_rate_limit.
uint64_t get_rate_limit(const frame::Env& env, TransactionType tx_type);
// mirrors get_rate_limit_on_subnet.
uint64_t get_rate_limit_on_subnet(const frame::Env& env, TransactionType tx_type, NetUid netuid);

// mirrors check_passes_rate_limit.
bool check_passes_rate_limit(uint64_t limit, uint64_t block, uint64_t last_block);
// mirrors passes_rate_limit (at the current block).
bool passes_rate_limit(const frame::Env& env, TransactionType tx_type, const AccountId& key);
// mirrors passes_rate_limit_on_subnet (at the current block).
bool passes_rate_limit_on_subnet(const frame::Env& env, TransactionType tx_type,
                                 const AccountId& hotkey, NetUid netuid);

// mirrors get_last_transaction_block / get_last_transaction_block_on_subnet.
uint64_t get_last_transaction_block(const storage::Overlay& state, const AccountId& key,
                                    TransactionType tx_type);
uint64_t get_last_transaction_block_on_subnet(const storage::Overlay& state,
                                              const AccountId& hotkey, NetUid netuid,
                                              TransactionType tx_type);
// mirrors set_last_transaction_block / set_last_transaction_block_on_subnet.
void set_last_transaction_block(storage::Overlay& state, const AccountId& key,
                                TransactionType tx_type, uint64_t block);
void set_last_transaction_block_on_subnet(storage::Overlay& state, const AccountId& key,
                                          NetUid netuid, TransactionType tx_type, uint64_t block);

// mirrors coinbase/root.rs get_network_last_lock_block / set_network_last_lock_block
// (NetworkLastRegistered).
uint64_t get_network_last_lock_block(const storage::Overlay& state);
void set_network_last_lock_block(storage::Overlay& state, uint64_t block);

// mirrors set_last_tx_block / get_last_tx_block (LastTxBlock).
void set_last_tx_block(storage::Overlay& state, const AccountId& key, uint64_t block);
uint64_t get_last_tx_block(const storage::Overlay& state, const AccountId& key);
// mirrors set_last_tx_block_delegate_take / get_last_tx_block_delegate_take.
void set_last_tx_block_delegate_take(storage::Overlay& state, const AccountId& key, uint64_t block);
uint64_t get_last_tx_block_delegate_take(const storage::Overlay& state, const AccountId& key);
// mirrors get_last_tx_block_childkey_take (LastTxBlockChildKeyTake; nothing writes it).
uint64_t get_last_tx_block_childkey_take(const storage::Overlay& state, const AccountId& key);

// mirrors exceeds_tx_rate_limit (TxRateLimit).
bool exceeds_tx_rate_limit(const frame::Env& env, uint64_t prev_tx_block, uint64_t current_block);
// mirrors exceeds_tx_delegate_take_rate_limit (TxDelegateTakeRateLimit).
bool exceeds_tx_delegate_take_rate_limit(const frame::Env& env, uint64_t prev_tx_block,
                                         uint64_t current_block);

}  // namespace subemu::runtime::subtensor
