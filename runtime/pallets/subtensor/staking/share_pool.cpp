// The Alpha-backed share pool (share_pool.hpp): mirrors stake_utils.rs ::
// HotkeyAlphaSharePoolDataOperations over Alpha, TotalHotkeyAlpha and TotalHotkeyShares.
#include "runtime/pallets/subtensor/staking/share_pool.hpp"

#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/primitives/balance.hpp"

namespace subemu::runtime::subtensor {

U64F64 HotkeyAlphaSharePoolView::get_shared_value() const {
  return U64F64::saturating_from_num(TotalHotkeyAlpha::get(*state_, hotkey_, netuid_).to_u64());
}

U64F64 HotkeyAlphaSharePoolView::get_share(const AccountId& coldkey) const {
  return Alpha::get(*state_, hotkey_, coldkey, netuid_);
}

std::optional<U64F64> HotkeyAlphaSharePoolView::try_get_share(const AccountId& coldkey) const {
  return Alpha::try_get(*state_, hotkey_, coldkey, netuid_);
}

U64F64 HotkeyAlphaSharePoolView::get_denominator() const {
  return TotalHotkeyShares::get(*state_, hotkey_, netuid_);
}

void HotkeyAlphaSharePoolDataOperations::set_shared_value(U64F64 value) {
  if (value != U64F64::zero()) {
    TotalHotkeyAlpha::insert(*mutable_state_, hotkey_, netuid_,
                             AlphaBalance(value.saturating_to_num<uint64_t>()));
  } else {
    TotalHotkeyAlpha::remove(*mutable_state_, hotkey_, netuid_);
  }
}

void HotkeyAlphaSharePoolDataOperations::set_share(const AccountId& coldkey, U64F64 share) {
  if (share != U64F64::zero()) {
    Alpha::insert(*mutable_state_, hotkey_, coldkey, netuid_, share);
  } else {
    Alpha::remove(*mutable_state_, hotkey_, coldkey, netuid_);
  }
}

void HotkeyAlphaSharePoolDataOperations::set_denominator(U64F64 denominator) {
  if (denominator != U64F64::zero()) {
    TotalHotkeyShares::insert(*mutable_state_, hotkey_, netuid_, denominator);
  } else {
    TotalHotkeyShares::remove(*mutable_state_, hotkey_, netuid_);
  }
}

AlphaSharePool get_alpha_share_pool(frame::Env& env, const AccountId& hotkey, NetUid netuid) {
  return AlphaSharePool(HotkeyAlphaSharePoolDataOperations(env.state, hotkey, netuid));
}

AlphaSharePoolView get_alpha_share_pool_view(const storage::Overlay& state, const AccountId& hotkey,
                                             NetUid netuid) {
  return AlphaSharePoolView(HotkeyAlphaSharePoolView(state, hotkey, netuid));
}

}  // namespace subemu::runtime::subtensor
