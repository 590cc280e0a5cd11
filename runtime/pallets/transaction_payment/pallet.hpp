// pallet_transaction_payment (polkadot-stable2409) as the subtensor runtime configures it
// (index 6):
//   OnChargeTransaction   FungibleAdapter<Balances, TransactionFeeHandler>
//   WeightToFee           LinearWeightToFee: Perbill::from_parts(config.weight_to_fee_perbill =
//                         500_000) * ref_time, degree 1, no integer part
//   LengthToFee           IdentityFee: the length in bytes
//   FeeMultiplierUpdate   ConstFeeMultiplier(1): NextFeeMultiplier stays FixedU128 1
//   OperationalFeeMultiplier 5
//
// Fees (compute_fee_raw). With Pays::Yes:
//   fee = base_fee + len_fee + adjusted_weight_fee + tip   (saturating)
//   base_fee            = weight_to_fee(base_extrinsic of the class) = 0.0005 * 125e6 = 62_500
//   len_fee             = encoded extrinsic length in bytes
//   adjusted_weight_fee = floor(NextFeeMultiplier * weight_to_fee(weight))
//   weight_to_fee(w)    = Perbill(500_000) * min(w, max_block).ref_time, rounded to nearest
//                         (ties down)
// With Pays::No the fee is the tip alone. compute_fee uses the declared DispatchInfo;
// compute_actual_fee the post-dispatch weight (min(actual, declared)) and pays_fee (No if either
// says No).
//
// Charging (ChargeTransactionPayment):
//   withdraw_fee         fee 0 -> nothing; else Balances::withdraw(fee, Exact, Preserve, Polite)
//                        (a Withdraw event) or ChargeError::kPayment (InvalidTransaction::Payment)
//   correct_and_deposit_fee (FungibleAdapter at stable2409, before the zero-refund check of
//                        polkadot-sdk#6506): refund = paid - actual fee, deposited (BestEffort, a
//                        Deposit event even when the refund is 0) if the payer's total balance is
//                        non-zero; the rest (fee + tip) goes to TransactionFeeHandler, which lowers
//                        SubtensorModule.TotalIssuance by it and drops the credit (Balances
//                        TotalIssuance -= it)
//   post_dispatch        compute_actual_fee, correct_and_deposit_fee, TransactionFeePaid event
//   get_priority         the pool priority of ChargeTransactionPayment::validate
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/pallets/balances/fungible.hpp"
#include "runtime/pallets/transaction_payment/storage.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::transaction_payment {

struct InclusionFee {
  uint64_t base_fee = 0;
  uint64_t len_fee = 0;
  uint64_t adjusted_weight_fee = 0;
  uint64_t inclusion_fee() const;  // saturating sum
  friend bool operator==(const InclusionFee&, const InclusionFee&) = default;
};
struct FeeDetails {
  std::optional<InclusionFee> inclusion_fee;
  uint64_t tip = 0;
  uint64_t final_fee() const;  // inclusion fee (0 if none) + tip, saturating
  friend bool operator==(const FeeDetails&, const FeeDetails&) = default;
};

// mirrors Pallet::weight_to_fee (capped at max_block) and length_to_fee.
uint64_t weight_to_fee(const frame::RuntimeConfig& config, const frame::Weight& weight);
uint64_t length_to_fee(uint32_t length);

FeeDetails compute_fee_details(const frame::Env& env, uint32_t len, const frame::DispatchInfo& info,
                               uint64_t tip);
uint64_t compute_fee(const frame::Env& env, uint32_t len, const frame::DispatchInfo& info,
                     uint64_t tip);
FeeDetails compute_actual_fee_details(const frame::Env& env, uint32_t len,
                                      const frame::DispatchInfo& info,
                                      const frame::PostDispatchInfo& post, uint64_t tip);
uint64_t compute_actual_fee(const frame::Env& env, uint32_t len, const frame::DispatchInfo& info,
                            const frame::PostDispatchInfo& post, uint64_t tip);

// Failure of the fee payment; the executive maps kPayment to
// TransactionValidityError::Invalid(InvalidTransaction::Payment).
enum class ChargeError : uint8_t { kPayment = 0 };

// What the pre-dispatch withdrew (FungibleAdapter's LiquidityInfo = Option<Credit>).
using LiquidityInfo = std::optional<balances::Credit>;

// mirrors FungibleAdapter::withdraw_fee (`fee` already includes the tip).
Result<LiquidityInfo, ChargeError> withdraw_fee(frame::Env& env, const AccountId& who,
                                                uint64_t fee);
// mirrors FungibleAdapter::correct_and_deposit_fee at polkadot-stable2409.
Result<void, ChargeError> correct_and_deposit_fee(frame::Env& env, const AccountId& who,
                                                  uint64_t corrected_fee, uint64_t tip,
                                                  LiquidityInfo already_withdrawn);

// mirrors ChargeTransactionPayment::pre_dispatch: compute_fee, then withdraw_fee.
struct Pre {
  uint64_t tip = 0;
  AccountId who;
  LiquidityInfo imbalance;
  uint64_t fee = 0;  // the fee computed from the declared info
};
Result<Pre, ChargeError> pre_dispatch(frame::Env& env, const AccountId& who,
                                      const frame::DispatchInfo& info, uint32_t len, uint64_t tip);
// mirrors ChargeTransactionPayment::post_dispatch (for a signed extrinsic): actual fee,
// correct_and_deposit_fee, then TransactionFeePaid{who, actual_fee, tip}.
Result<void, ChargeError> post_dispatch(frame::Env& env, Pre pre, const frame::DispatchInfo& info,
                                        const frame::PostDispatchInfo& post, uint32_t len);

// mirrors ChargeTransactionPayment::get_priority.
uint64_t get_priority(const frame::RuntimeConfig& config, const frame::DispatchInfo& info,
                      uint32_t len, uint64_t tip, uint64_t final_fee);

// mirrors on_finalize: NextFeeMultiplier = ConstFeeMultiplier(1) (a write every block).
void on_finalize(frame::Env& env, BlockNumber n);

// mirrors GenesisConfig::build: StorageVersion = V2, NextFeeMultiplier = multiplier (1).
void build_genesis(frame::Env& env, Multiplier multiplier = Multiplier::one());

namespace event {
struct TransactionFeePaid {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 0;
  AccountId who;
  uint64_t actual_fee = 0;
  uint64_t tip = 0;
  void encode_to(scale::Encoder& e) const;
};
}  // namespace event

// The pallet has no calls and no errors; events and storage only.
metadata::PalletDesc describe();

}  // namespace subemu::runtime::transaction_payment
