// SharePool: the proportional-ownership ledger of subtensor v3.0.0 primitives/share-pool (lib.rs),
// and its Alpha-backed instance (staking/stake_utils.rs :: get_alpha_share_pool,
// HotkeyAlphaSharePoolDataOperations).
//
// Mechanism. A pool holds a shared value V (u64 units, kept as U64F64), a share s_k per key and
// a denominator D = sum of the shares. A key's value is V / D * s_k (or V * s_k / D when V / D
// does not fit). update_value_for_all(x) moves V only, so every key gains or loses in proportion
// to its share; update_value_for_one(k, x) converts x into shares at the current price V / D
// (the first key of an empty pool, D == 0, gets shares = x) and then moves V by x. A withdrawal
// that would leave the key with less than 0.00001 of its shares, or a denominator so small that
// (V + 2,628,000,000,000,000) / D overflows, removes the key's whole position instead and
// returns -(its value).
//
// Arithmetic is substrate-fixed's, step for step as upstream writes it (U64F64 state, I64F64
// shares-per-update, saturating conversions and operations, release-build wrapping of Rust's
// `as i64` and unary minus), so results are bit-identical.
//
// Data operations. SharePool<K, Ops> calls Ops for every read and write, exactly as the Rust
// trait SharePoolDataOperations<K>:
//   reads (const):  U64F64 get_shared_value(); U64F64 get_share(const K&);
//                   std::optional<U64F64> try_get_share(const K&);  (Rust: Result<U64F64, ()>)
//                   U64F64 get_denominator();
//   writes:         set_shared_value(U64F64); set_share(const K&, U64F64); set_denominator(U64F64)
// The read-only members of SharePool need only the reads, so a pool over a read-only view of
// storage (HotkeyAlphaSharePoolView) cannot write.
//
// The Alpha instance: for (hotkey, netuid), V is TotalHotkeyAlpha[hotkey, netuid] (u64), s_k is
// Alpha[(hotkey, coldkey, netuid)] with the coldkey as key, D is TotalHotkeyShares[hotkey,
// netuid]. Setting a value or share of zero removes the entry; any other value is inserted (V is
// stored as saturating_to_num::<u64>, so 0 < V < 1 is stored as an explicit 0).
//
// Not thread-safe; the ops hold references to an overlay owned by the caller.
#pragma once

#include "runtime/layer.hpp"

#include <concepts>
#include <cstdint>
#include <optional>
#include <utility>

#include "runtime/frame/env.hpp"
#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/safe_math.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// The reads of SharePoolDataOperations<K>.
template <class Ops, class K>
concept SharePoolReadOps = requires(const Ops& ops, const K& key) {
  { ops.get_shared_value() } -> std::same_as<U64F64>;
  { ops.get_share(key) } -> std::same_as<U64F64>;
  { ops.try_get_share(key) } -> std::same_as<std::optional<U64F64>>;
  { ops.get_denominator() } -> std::same_as<U64F64>;
};

// The full SharePoolDataOperations<K>: reads and writes.
template <class Ops, class K>
concept SharePoolDataOperations = SharePoolReadOps<Ops, K> &&
    requires(Ops& ops, const K& key, U64F64 v) {
  ops.set_shared_value(v);
  ops.set_share(key, v);
  ops.set_denominator(v);
};

namespace share_pool_detail {

// U64F64::saturating_from_num(0.00001_f64): the f64 nearest to 1e-5, times 2^64, rounded to
// nearest (substrate-fixed's float conversion): 184467440737095.53125 -> 184467440737096.
// Pinned against the float rule in tests/runtime/pallets/subtensor/staking/share_pool_test.cpp.
inline constexpr U64F64 kMinShareRatio = U64F64::from_bits(184'467'440'737'096);
// A year of emissions in rao, the headroom the denominator must keep (upstream literal).
inline constexpr uint64_t kYearOfEmissions = 2'628'000'000'000'000;

// Rust's `-x` on i64 in a release build (i64::MIN stays i64::MIN).
constexpr int64_t wrapping_neg(int64_t x) {
  return static_cast<int64_t>(uint64_t{0} - static_cast<uint64_t>(x));
}

// V / D * share, or V * share / D when V / D overflows or D == 0 (then 0 on failure), to u64.
constexpr uint64_t value_of(U64F64 shared_value, U64F64 share, U64F64 denominator) {
  const std::optional<U64F64> value_per_share = shared_value.checked_div(denominator);
  const U64F64 value = value_per_share.has_value() ? value_per_share->saturating_mul(share)
                                                   : shared_value.saturating_mul(share)
                                                         .checked_div(denominator)
                                                         .value_or(U64F64::saturating_from_num(0));
  return value.saturating_to_num<uint64_t>();
}

}  // namespace share_pool_detail

// mirrors share-pool's SharePool<K, Ops>.
template <class K, class Ops>
requires SharePoolReadOps<Ops, K>
class SharePool {
 public:
  explicit SharePool(Ops ops) : state_ops_(std::move(ops)) {}

  // mirrors get_value: the key's value (0 for an absent key or an empty pool).
  uint64_t get_value(const K& key) const {
    const U64F64 shared_value = state_ops_.get_shared_value();
    const U64F64 current_share = state_ops_.get_share(key);
    const U64F64 denominator = state_ops_.get_denominator();
    return share_pool_detail::value_of(shared_value, current_share, denominator);
  }

  // mirrors get_value_from_shares: the value of `current_share` shares.
  uint64_t get_value_from_shares(U64F64 current_share) const {
    const U64F64 shared_value = state_ops_.get_shared_value();
    const U64F64 denominator = state_ops_.get_denominator();
    return share_pool_detail::value_of(shared_value, current_share, denominator);
  }

  // mirrors try_get_value: nullopt when the key holds no share entry.
  std::optional<uint64_t> try_get_value(const K& key) const {
    if (!state_ops_.try_get_share(key).has_value()) return std::nullopt;
    return get_value(key);
  }

  // mirrors update_value_for_all: V += update, saturating in U64F64.
  void update_value_for_all(int64_t update) requires SharePoolDataOperations<Ops, K> {
    const U64F64 shared_value = state_ops_.get_shared_value();
    state_ops_.set_shared_value(
        update >= 0 ? shared_value.saturating_add(U64F64::saturating_from_num(update))
                    : shared_value.saturating_sub(
                          U64F64::saturating_from_num(share_pool_detail::wrapping_neg(update))));
  }

  // mirrors sim_update_value_for_one: would update_value_for_one move any shares? (always true
  // for an empty pool). Writes nothing.
  bool sim_update_value_for_one(int64_t update) const {
    const U64F64 shared_value = state_ops_.get_shared_value();
    const U64F64 denominator = state_ops_.get_denominator();
    if (denominator == U64F64::zero()) return true;
    return get_shares_per_update(update, shared_value, denominator) != I64F64::zero();
  }

  // mirrors get_shares_per_update (private upstream; its own unit test calls it): the shares
  // worth `update` at the price shared_value / denominator.
  I64F64 get_shares_per_update(int64_t update, U64F64 shared_value, U64F64 denominator) const {
    const I64F64 update_fixed = I64F64::saturating_from_num(update);
    const std::optional<U64F64> value_per_share = shared_value.checked_div(denominator);
    if (value_per_share.has_value()) {
      return update_fixed.checked_div(I64F64::saturating_from_num(*value_per_share))
          .value_or(I64F64::saturating_from_num(0));
    }
    return update_fixed.checked_div(I64F64::saturating_from_num(shared_value))
        .value_or(I64F64::saturating_from_num(0))
        .saturating_mul(I64F64::saturating_from_num(denominator));
  }

  // mirrors update_value_for_one: adds `update` (negative: withdraws) to the key's value and
  // returns the update actually applied (-(the key's value) when the whole position is removed
  // for precision).
  int64_t update_value_for_one(const K& key,
                               int64_t update) requires SharePoolDataOperations<Ops, K> {
    using share_pool_detail::wrapping_neg;
    const U64F64 shared_value = state_ops_.get_shared_value();
    const U64F64 current_share = state_ops_.get_share(key);
    const U64F64 denominator = state_ops_.get_denominator();
    const auto initial_value = static_cast<int64_t>(get_value(key));  // Rust `as i64`: wraps
    int64_t actual_update = update;

    if (denominator == U64F64::zero()) {
      // The first key of an empty pool gets shares equal to its update.
      const U64F64 update_fixed = U64F64::saturating_from_num(update);
      state_ops_.set_denominator(update_fixed);
      state_ops_.set_share(key, update_fixed);
    } else {
      const I64F64 shares_per_update = get_shares_per_update(update, shared_value, denominator);
      if (shares_per_update >= I64F64::zero()) {
        const U64F64 added = U64F64::saturating_from_num(shares_per_update);
        state_ops_.set_denominator(denominator.saturating_add(added));
        state_ops_.set_share(key, current_share.saturating_add(added));
      } else {
        const U64F64 removed = U64F64::saturating_from_num(-shares_per_update);  // wraps at MIN
        U64F64 new_denominator = denominator.saturating_sub(removed);
        U64F64 new_share = current_share.saturating_sub(removed);
        const bool share_too_small =
            new_share.safe_div(current_share) < share_pool_detail::kMinShareRatio;
        const bool denominator_too_small =
            !shared_value
                 .saturating_add(U64F64::saturating_from_num(share_pool_detail::kYearOfEmissions))
                 .checked_div(new_denominator)
                 .has_value();
        if (share_too_small || denominator_too_small) {
          new_share = U64F64::saturating_from_num(0);
          new_denominator = denominator.saturating_sub(current_share);
          actual_update = wrapping_neg(initial_value);
        }
        state_ops_.set_denominator(new_denominator);
        state_ops_.set_share(key, new_share);
      }
    }

    update_value_for_all(actual_update);
    return actual_update;
  }

  const Ops& ops() const { return state_ops_; }
  Ops& ops() { return state_ops_; }

 private:
  Ops state_ops_;
};

// ---- The Alpha-backed instance ------------------------------------------------------------------

// The reads of HotkeyAlphaSharePoolDataOperations over a read-only overlay.
class HotkeyAlphaSharePoolView {
 public:
  HotkeyAlphaSharePoolView(const storage::Overlay& state, const AccountId& hotkey, NetUid netuid)
      : state_(&state), hotkey_(hotkey), netuid_(netuid) {}

  // U64F64 of TotalHotkeyAlpha[hotkey, netuid].
  U64F64 get_shared_value() const;
  // Alpha[(hotkey, coldkey, netuid)] (0 when absent).
  U64F64 get_share(const AccountId& coldkey) const;
  // Alpha[(hotkey, coldkey, netuid)] when stored (and decodable).
  std::optional<U64F64> try_get_share(const AccountId& coldkey) const;
  // TotalHotkeyShares[hotkey, netuid].
  U64F64 get_denominator() const;

 protected:
  const storage::Overlay* state_;
  AccountId hotkey_;
  NetUid netuid_;
};

// mirrors HotkeyAlphaSharePoolDataOperations: the reads above plus the writes.
class HotkeyAlphaSharePoolDataOperations : public HotkeyAlphaSharePoolView {
 public:
  HotkeyAlphaSharePoolDataOperations(storage::Overlay& state, const AccountId& hotkey,
                                     NetUid netuid)
      : HotkeyAlphaSharePoolView(state, hotkey, netuid), mutable_state_(&state) {}

  // TotalHotkeyAlpha := saturating_to_num::<u64>(value), removed when value == 0.
  void set_shared_value(U64F64 value);
  // Alpha[(hotkey, coldkey, netuid)] := share, removed when share == 0.
  void set_share(const AccountId& coldkey, U64F64 share);
  // TotalHotkeyShares := denominator, removed when 0.
  void set_denominator(U64F64 denominator);

 private:
  storage::Overlay* mutable_state_;
};

using AlphaSharePool = SharePool<AccountId, HotkeyAlphaSharePoolDataOperations>;
using AlphaSharePoolView = SharePool<AccountId, HotkeyAlphaSharePoolView>;

// mirrors get_alpha_share_pool: the pool of `hotkey` on `netuid`, keyed by coldkey.
AlphaSharePool get_alpha_share_pool(frame::Env& env, const AccountId& hotkey, NetUid netuid);
// The same pool, read-only.
AlphaSharePoolView get_alpha_share_pool_view(const storage::Overlay& state, const AccountId& hotkey,
                                             NetUid netuid);

}  // namespace subemu::runtime::subtensor
