// mirrors pallet_transaction_payment lib.rs (compute_fee_raw, weight_to_fee, length_to_fee,
// ChargeTransactionPayment pre_dispatch / post_dispatch / get_priority, on_finalize, genesis),
// payment.rs FungibleAdapter at polkadot-stable2409, the runtime's LinearWeightToFee and
// TransactionFeeHandler, and sp_arithmetic FixedU128::saturating_mul_int.
#include "runtime/pallets/transaction_payment/pallet.hpp"

#include "runtime/frame/metadata/describe_item.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/pallets/system/limits.hpp"
#include "runtime/primitives/arith/wide.hpp"

namespace subemu::runtime::transaction_payment {

using frame::DispatchClass;
using frame::DispatchInfo;
using frame::Weight;

namespace {

uint64_t sat_add(uint64_t a, uint64_t b) { return a > UINT64_MAX - b ? UINT64_MAX : a + b; }
uint64_t sat_mul(uint64_t a, uint64_t b) {
  return (b != 0 && a > UINT64_MAX / b) ? UINT64_MAX : a * b;
}

FeeDetails compute_fee_raw(const frame::Env& env, uint32_t len, const Weight& weight, uint64_t tip,
                           frame::Pays pays_fee, DispatchClass c) {
  if (pays_fee != frame::Pays::kYes) return FeeDetails{std::nullopt, tip};
  const uint64_t unadjusted_weight_fee = weight_to_fee(env.config, weight);
  const Multiplier multiplier = NextFeeMultiplier::get(env.state);
  InclusionFee f;
  f.adjusted_weight_fee = multiplier.saturating_mul_int(unadjusted_weight_fee);
  f.len_fee = length_to_fee(len);
  f.base_fee = weight_to_fee(env.config, system::block_weights(env.config).get(c).base_extrinsic);
  return FeeDetails{f, tip};
}

}  // namespace

uint64_t Multiplier::saturating_mul_int(uint64_t n) const {
  // multiply_by_rational_with_rounding(inner, n, DIV, Down), then into u64.
  const U256 product = wide::mul_u128(inner, static_cast<u128>(n));
  const wide::DivRem q = wide::divrem(product, kDiv);
  if (q.quot.hi != 0 || q.quot.lo > static_cast<u128>(UINT64_MAX)) return UINT64_MAX;
  return static_cast<uint64_t>(q.quot.lo);
}

metadata::TypeRef Multiplier::type_desc() {
  static const metadata::TypeRef t = metadata::t_named(metadata::t_uint(128), "FixedU128");
  return t;
}

bool ReleasesValue::decode_from(scale::Decoder& d, ReleasesValue& out) {
  uint8_t tag = 0;
  if (!scale::decode_enum_tag(d, tag, 1)) return false;
  out.value = static_cast<Releases>(tag);
  return true;
}

metadata::TypeRef ReleasesValue::type_desc() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  static const TypeRef t = t_enum("Releases", {variant("V1Ancient", 0), variant("V2", 1)});
  return t;
}

uint64_t InclusionFee::inclusion_fee() const {
  return sat_add(sat_add(base_fee, len_fee), adjusted_weight_fee);
}

uint64_t FeeDetails::final_fee() const {
  return sat_add(inclusion_fee.has_value() ? inclusion_fee->inclusion_fee() : 0, tip);
}

uint64_t weight_to_fee(const frame::RuntimeConfig& config, const Weight& weight) {
  const Weight capped = weight.min(system::block_weights(config).max_block);
  // LinearWeightToFee: one coefficient {integer 0, frac Perbill, degree 1, positive}.
  return system::perbill_mul(config.weight_to_fee_perbill, capped.ref_time);
}

uint64_t length_to_fee(uint32_t length) { return length; }

FeeDetails compute_fee_details(const frame::Env& env, uint32_t len, const DispatchInfo& info,
                               uint64_t tip) {
  return compute_fee_raw(env, len, info.weight, tip, info.pays_fee, info.dispatch_class);
}

uint64_t compute_fee(const frame::Env& env, uint32_t len, const DispatchInfo& info, uint64_t tip) {
  return compute_fee_details(env, len, info, tip).final_fee();
}

FeeDetails compute_actual_fee_details(const frame::Env& env, uint32_t len, const DispatchInfo& info,
                                      const frame::PostDispatchInfo& post, uint64_t tip) {
  return compute_fee_raw(env, len, post.calc_actual_weight(info), tip, post.pays(info),
                         info.dispatch_class);
}

uint64_t compute_actual_fee(const frame::Env& env, uint32_t len, const DispatchInfo& info,
                            const frame::PostDispatchInfo& post, uint64_t tip) {
  return compute_actual_fee_details(env, len, info, post, tip).final_fee();
}

Result<LiquidityInfo, ChargeError> withdraw_fee(frame::Env& env, const AccountId& who,
                                                uint64_t fee) {
  if (fee == 0) return LiquidityInfo{};
  auto credit = balances::withdraw(env, who, fee, balances::Precision::kExact,
                                   balances::Preservation::kPreserve, balances::Fortitude::kPolite);
  if (!credit.has_value()) return unexpected(ChargeError::kPayment);
  return LiquidityInfo{*credit};
}

Result<void, ChargeError> correct_and_deposit_fee(frame::Env& env, const AccountId& who,
                                                  uint64_t corrected_fee, uint64_t tip,
                                                  LiquidityInfo already_withdrawn) {
  if (!already_withdrawn.has_value()) return Ok{};
  const uint64_t paid = already_withdrawn->amount;
  const uint64_t refund = paid > corrected_fee ? paid - corrected_fee : 0;
  balances::Debt refund_debt{0};
  if (balances::total_balance(env.state, who) > 0) {
    auto d = balances::deposit(env, who, refund, balances::Precision::kBestEffort);
    if (d.has_value()) refund_debt = *d;
  }
  // paid.offset(refund).same(): a refund above the payment cannot happen (BestEffort deposits at
  // most `refund`); upstream would drop the excess debt and fail with Payment.
  if (refund_debt.amount > paid) {
    balances::drop_debt(env, balances::Debt{refund_debt.amount - paid});
    return unexpected(ChargeError::kPayment);
  }
  const uint64_t adjusted = paid - refund_debt.amount;
  // split(tip) into (tip, fee) and OnUnbalanced::on_unbalanceds(fee, tip): the two merge into one
  // credit; TransactionFeeHandler::on_nonzero_unbalanced runs when it is non-zero.
  if (adjusted != 0) {
    SubtensorTotalIssuance::mutate(env.state,
                                   [&](uint64_t& ti) { ti = ti > adjusted ? ti - adjusted : 0; });
    balances::drop_credit(env, balances::Credit{adjusted});
  }
  (void)tip;  // the tip/fee split does not change what the handler does with the sum
  return Ok{};
}

Result<Pre, ChargeError> pre_dispatch(frame::Env& env, const AccountId& who,
                                      const DispatchInfo& info, uint32_t len, uint64_t tip) {
  const uint64_t fee = compute_fee(env, len, info, tip);
  SUBEMU_TRY_ASSIGN(LiquidityInfo imbalance, withdraw_fee(env, who, fee));
  return Pre{tip, who, imbalance, fee};
}

Result<void, ChargeError> post_dispatch(frame::Env& env, Pre pre, const DispatchInfo& info,
                                        const frame::PostDispatchInfo& post, uint32_t len) {
  const uint64_t actual_fee = compute_actual_fee(env, len, info, post, pre.tip);
  SUBEMU_TRY(correct_and_deposit_fee(env, pre.who, actual_fee, pre.tip, pre.imbalance));
  system::deposit(env, event::TransactionFeePaid{pre.who, actual_fee, pre.tip});
  return Ok{};
}

uint64_t get_priority(const frame::RuntimeConfig& config, const DispatchInfo& info, uint32_t len,
                      uint64_t tip, uint64_t final_fee) {
  const Weight max_block_weight = system::block_weights(config).max_block;
  const uint64_t max_block_length = system::block_length(config).max.get(info.dispatch_class);
  // bounded_weight = info.weight.max((1, 1)).min(max_block_weight): never zero.
  Weight bounded{info.weight.ref_time < 1 ? 1 : info.weight.ref_time,
                 info.weight.proof_size < 1 ? 1 : info.weight.proof_size};
  bounded = bounded.min(max_block_weight);
  uint64_t bounded_length = len < 1 ? 1 : len;
  if (bounded_length > max_block_length) bounded_length = max_block_length;
  // Weight::checked_div_per_component (a zero divisor component counts as u64::MAX).
  const uint64_t by_ref =
      bounded.ref_time == 0 ? UINT64_MAX : max_block_weight.ref_time / bounded.ref_time;
  const uint64_t by_proof =
      bounded.proof_size == 0 ? UINT64_MAX : max_block_weight.proof_size / bounded.proof_size;
  const uint64_t max_tx_per_block_weight = by_ref < by_proof ? by_ref : by_proof;
  const uint64_t max_tx_per_block_length =
      bounded_length == 0 ? 0 : max_block_length / bounded_length;
  const uint64_t max_tx_per_block = max_tx_per_block_length < max_tx_per_block_weight
                                        ? max_tx_per_block_length
                                        : max_tx_per_block_weight;
  const uint64_t scaled_tip = sat_mul(sat_add(tip, 1), max_tx_per_block);
  if (info.dispatch_class != DispatchClass::kOperational) return scaled_tip;
  const uint64_t virtual_tip = sat_mul(final_fee, config.operational_fee_multiplier);
  return sat_add(scaled_tip, sat_mul(virtual_tip, max_tx_per_block));
}

void on_finalize(frame::Env& env, BlockNumber) {
  NextFeeMultiplier::mutate(env.state, [](Multiplier& m) { m = Multiplier::one(); });
}

void build_genesis(frame::Env& env, Multiplier multiplier) {
  StorageVersion::put(env.state, ReleasesValue{Releases::kV2});
  NextFeeMultiplier::put(env.state, multiplier);
}

namespace event {
void TransactionFeePaid::encode_to(scale::Encoder& e) const {
  e.put_byte(kIndex);
  scale::encode_to(e, who);
  scale::encode_to(e, actual_fee);
  scale::encode_to(e, tip);
}
}  // namespace event

metadata::PalletDesc describe() {
  using namespace metadata;  // NOLINT(google-build-using-namespace)
  PalletDesc p;
  p.name = "TransactionPayment";
  p.index = kPalletIndex;
  p.events = {variant("TransactionFeePaid", 0,
                      {field("who", TypeOf<AccountId>::get()), field("actual_fee", t_uint(64)),
                       field("tip", t_uint(64))})};
  p.items = {describe_item<NextFeeMultiplier>(), describe_item<StorageVersion>()};
  return p;
}

}  // namespace subemu::runtime::transaction_payment
