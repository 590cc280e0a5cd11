// mirrors pallets/subtensor/src/swap/swap_hotkey.rs at subtensor v3.0.0 (see swap_hotkey.hpp).
#include "runtime/pallets/subtensor/swap/swap_hotkey.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/subnet.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/pallets/subtensor/utils/rate_limiting.hpp"
#include "runtime/pallets/system/events.hpp"

namespace subemu::runtime::subtensor {

using frame::DbWeight;
using frame::Weight;

namespace {

void accrue(Weight& w, const Weight& add) { w = w.saturating_add(add); }

// Steps 3/4: drain (old, *) of a (hotkey, netuid) double map into (new, netuid), adding.
template <class Item>
void merge_hotkey_entries(storage::Overlay& state, const AccountId& old_hotkey,
                          const AccountId& new_hotkey, Weight& weight) {
  std::vector<std::pair<NetUid, typename Item::Value>> drained;
  Item::iterate_prefix(state, old_hotkey, [&](const NetUid& netuid, const auto& value) {
    drained.emplace_back(netuid, value);
  });
  // FRAME's drain removes each entry as it is read, before the body runs; the body touches only
  // (new, netuid), so removing first and then adding is the same sequence of writes per key.
  for (const auto& [netuid, old_value] : drained) {
    Item::remove(state, old_hotkey, netuid);
    const auto current = Item::get(state, new_hotkey, netuid);
    Item::insert(state, new_hotkey, netuid, old_value.saturating_add(current));
    accrue(weight, DbWeight::reads_writes(2, 2));
  }
}

// Steps 5-7: new := old (default included), old removed.
template <class Item>
void move_last_block(storage::Overlay& state, const AccountId& old_hotkey,
                     const AccountId& new_hotkey, Weight& weight) {
  const uint64_t last = Item::get(state, old_hotkey);
  Item::remove(state, old_hotkey);
  Item::insert(state, new_hotkey, last);
  accrue(weight, DbWeight::reads_writes(1, 2));
}

// Steps 10.3-10.5, 10.7: move an OptionQuery (netuid, hotkey) entry when present.
template <class Item>
void move_subnet_entry(storage::Overlay& state, NetUid netuid, const AccountId& old_hotkey,
                       const AccountId& new_hotkey, Weight& weight) {
  std::optional<typename Item::Value> value = Item::try_get(state, netuid, old_hotkey);
  if (!value.has_value()) return;
  Item::remove(state, netuid, old_hotkey);
  Item::insert(state, netuid, new_hotkey, *value);
  accrue(weight, DbWeight::reads_writes(1, 2));
}

// Steps 12/13: moves Own[(old, netuid)] to new and rewrites old -> new in the Other list of each
// account it names (ChildKeys with ParentKeys, and the reverse).
template <class Own, class Other>
void move_linkage(storage::Overlay& state, NetUid netuid, const AccountId& old_hotkey,
                  const AccountId& new_hotkey, Weight& weight) {
  const std::vector<ProportionAccount> mine = Own::get(state, old_hotkey, netuid);
  Own::remove(state, old_hotkey, netuid);
  Own::insert(state, new_hotkey, netuid, mine);
  accrue(weight, DbWeight::reads_writes(1, 2));
  for (const auto& [proportion, other] : mine) {
    std::vector<ProportionAccount> links = Other::get(state, other, netuid);
    for (auto& link : links) {
      if (link.second == old_hotkey) link.second = new_hotkey;
    }
    Other::insert(state, other, netuid, links);
    accrue(weight, DbWeight::reads_writes(1, 1));
  }
}

}  // namespace

frame::DispatchResult perform_hotkey_swap(frame::Env& env, const AccountId& old_hotkey,
                                          const AccountId& new_hotkey, const AccountId& coldkey,
                                          Weight& weight) {
  storage::Overlay& state = env.state;

  // 1. Owner.
  Owner::remove(state, old_hotkey);
  Owner::insert(state, new_hotkey, coldkey);
  accrue(weight, DbWeight::reads_writes(1, 1));

  // 2. OwnedHotkeys of the coldkey.
  std::vector<AccountId> owned = OwnedHotkeys::get(state, coldkey);
  if (std::find(owned.begin(), owned.end(), new_hotkey) == owned.end()) {
    owned.push_back(new_hotkey);
  }
  owned.erase(std::remove(owned.begin(), owned.end(), old_hotkey), owned.end());
  OwnedHotkeys::insert(state, coldkey, owned);
  accrue(weight, DbWeight::reads_writes(1, 1));

  // 3, 4. Total alpha and shares of the hotkey on each subnet.
  merge_hotkey_entries<TotalHotkeyAlpha>(state, old_hotkey, new_hotkey, weight);
  merge_hotkey_entries<TotalHotkeyShares>(state, old_hotkey, new_hotkey, weight);

  // 5-7. Rate-limit blocks.
  move_last_block<LastTxBlock>(state, old_hotkey, new_hotkey, weight);
  move_last_block<LastTxBlockDelegateTake>(state, old_hotkey, new_hotkey, weight);
  move_last_block<LastTxBlockChildKeyTake>(state, old_hotkey, new_hotkey, weight);

  // 8. Senate membership: the Senate is not modelled, so old is never a member (no weight).

  // 9. Delegate take.
  if (Delegates::contains_key(state, old_hotkey)) {
    const uint16_t take = Delegates::get(env, old_hotkey);
    Delegates::remove(state, old_hotkey);
    Delegates::insert(state, new_hotkey, take);
    accrue(weight, DbWeight::reads_writes(2, 2));
  }

  // 10. Per-subnet registration state.
  const std::vector<NetUid> netuids = all_subnet_netuids(state);
  for (const NetUid netuid : netuids) {
    const bool is_member = IsNetworkMember::get(state, old_hotkey, netuid);
    IsNetworkMember::remove(state, old_hotkey, netuid);
    IsNetworkMember::insert(state, new_hotkey, netuid, is_member);
    accrue(weight, DbWeight::reads_writes(1, 2));
    if (!is_member) continue;

    if (const std::optional<Uid> uid = Uids::try_get(state, netuid, old_hotkey)) {
      Uids::remove(state, netuid, old_hotkey);
      Uids::insert(state, netuid, new_hotkey, *uid);
      accrue(weight, DbWeight::reads_writes(1, 2));
      Keys::insert(state, netuid, *uid, new_hotkey);
      accrue(weight, DbWeight::reads_writes(0, 1));
    }
    move_subnet_entry<Prometheus>(state, netuid, old_hotkey, new_hotkey, weight);
    move_subnet_entry<Axons>(state, netuid, old_hotkey, new_hotkey, weight);
    move_subnet_entry<WeightCommits>(state, netuid, old_hotkey, new_hotkey, weight);
    if (std::optional<std::vector<LoadedEmissionEntry>> loaded =
            LoadedEmission::get(state, netuid)) {
      for (auto& entry : *loaded) {
        if (std::get<0>(entry) == old_hotkey) std::get<0>(entry) = new_hotkey;
      }
      LoadedEmission::remove(state, netuid);
      LoadedEmission::insert(state, netuid, *loaded);
      accrue(weight, DbWeight::reads_writes(1, 2));
    }
    move_subnet_entry<NeuronCertificates>(state, netuid, old_hotkey, new_hotkey, weight);
  }

  // 11. Alpha shares of every coldkey staking to old, and their StakingHotkeys.
  std::vector<std::tuple<AccountId, NetUid, U64F64>> old_alpha;
  Alpha::iterate_prefix(state, std::tie(old_hotkey),
                        [&](const AccountId& staker, const NetUid& netuid, const U64F64& alpha) {
                          old_alpha.emplace_back(staker, netuid, alpha);
                        });
  Alpha::clear_prefix(state, std::tie(old_hotkey));
  const auto moved = static_cast<uint64_t>(old_alpha.size());
  accrue(weight, DbWeight::reads(moved));
  accrue(weight, DbWeight::writes(moved));
  for (const auto& [staker, netuid, alpha] : old_alpha) {
    const U64F64 current = Alpha::get(state, new_hotkey, staker, netuid);
    Alpha::insert(state, new_hotkey, staker, netuid, current.saturating_add(alpha));
    accrue(weight, DbWeight::reads_writes(1, 1));

    std::vector<AccountId> staking = StakingHotkeys::get(state, staker);
    accrue(weight, DbWeight::reads(1));
    if (std::find(staking.begin(), staking.end(), old_hotkey) != staking.end()) {
      staking.erase(
          std::remove_if(staking.begin(), staking.end(),
                         [&](const AccountId& hk) { return hk == old_hotkey || hk == new_hotkey; }),
          staking.end());
      staking.push_back(new_hotkey);
      StakingHotkeys::insert(state, staker, staking);
      accrue(weight, DbWeight::writes(1));
    }
  }

  // 12. ChildKeys of old (and the children's ParentKeys).
  for (const NetUid netuid : all_subnet_netuids(state)) {
    move_linkage<ChildKeys, ParentKeys>(state, netuid, old_hotkey, new_hotkey, weight);
  }
  // 13. ParentKeys of old (and the parents' ChildKeys).
  for (const NetUid netuid : all_subnet_netuids(state)) {
    move_linkage<ParentKeys, ChildKeys>(state, netuid, old_hotkey, new_hotkey, weight);
  }

  // 14. PendingChildKeys: old's own pending list, and old as a pending child of others.
  for (const NetUid netuid : all_subnet_netuids(state)) {
    accrue(weight, DbWeight::reads(1));
    if (PendingChildKeys::contains_key(state, netuid, old_hotkey)) {
      const PendingChildren pending = PendingChildKeys::get(state, netuid, old_hotkey);
      PendingChildKeys::remove(state, netuid, old_hotkey);
      PendingChildKeys::insert(state, netuid, new_hotkey, pending);
      accrue(weight, DbWeight::reads_writes(1, 2));
    }
    PendingChildKeys::iterate_prefix(
        state, netuid, [&](const AccountId& parent, const PendingChildren& pending) {
          accrue(weight, DbWeight::reads(1));
          const auto& children = pending.first;
          const auto it =
              std::find_if(children.begin(), children.end(),
                           [&](const ProportionAccount& c) { return c.second == old_hotkey; });
          if (it == children.end()) return;
          const uint64_t proportion = it->first;
          std::vector<ProportionAccount> updated = children;
          updated.erase(updated.begin() + (it - children.begin()));
          updated.emplace_back(proportion, new_hotkey);
          PendingChildKeys::remove(state, netuid, parent);
          PendingChildKeys::insert(state, netuid, parent, PendingChildren{updated, pending.second});
          accrue(weight, DbWeight::reads_writes(1, 2));
        });
  }

  // 15. SubnetOwnerHotkey.
  for (const NetUid netuid : all_subnet_netuids(state)) {
    if (const std::optional<AccountId> owner_hotkey = SubnetOwnerHotkey::try_get(state, netuid)) {
      accrue(weight, DbWeight::reads(1));
      if (*owner_hotkey == old_hotkey) {
        SubnetOwnerHotkey::insert(state, netuid, new_hotkey);
        accrue(weight, DbWeight::writes(1));
      }
    }
  }

  // 16. Last-epoch alpha and the dividend records of the same subnets.
  std::vector<std::pair<NetUid, AlphaBalance>> last_epoch;
  TotalHotkeyAlphaLastEpoch::iterate_prefix(state, old_hotkey,
                                            [&](const NetUid& netuid, const AlphaBalance& alpha) {
                                              last_epoch.emplace_back(netuid, alpha);
                                            });
  for (const auto& [netuid, old_value] : last_epoch) {
    TotalHotkeyAlphaLastEpoch::remove(state, old_hotkey, netuid);
    const AlphaBalance current = TotalHotkeyAlphaLastEpoch::get(state, new_hotkey, netuid);
    TotalHotkeyAlphaLastEpoch::insert(state, new_hotkey, netuid, old_value.saturating_add(current));
    accrue(weight, DbWeight::reads_writes(2, 2));

    const AlphaBalance old_alpha_divs = AlphaDividendsPerSubnet::get(state, netuid, old_hotkey);
    const AlphaBalance new_alpha_divs = AlphaDividendsPerSubnet::get(state, netuid, new_hotkey);
    AlphaDividendsPerSubnet::remove(state, netuid, old_hotkey);
    AlphaDividendsPerSubnet::insert(state, netuid, new_hotkey,
                                    old_alpha_divs.saturating_add(new_alpha_divs));
    accrue(weight, DbWeight::reads_writes(2, 2));

    const TaoBalance old_tao_divs = TaoDividendsPerSubnet::get(state, netuid, old_hotkey);
    const TaoBalance new_tao_divs = TaoDividendsPerSubnet::get(state, netuid, new_hotkey);
    TaoDividendsPerSubnet::remove(state, netuid, old_hotkey);
    TaoDividendsPerSubnet::insert(state, netuid, new_hotkey,
                                  old_tao_divs.saturating_add(new_tao_divs));
    accrue(weight, DbWeight::reads_writes(2, 2));
  }

  return Ok{};
}

frame::DispatchResultWithPostInfo do_swap_hotkey(frame::Env& env, const frame::Origin& origin,
                                                 const AccountId& old_hotkey,
                                                 const AccountId& new_hotkey) {
  // 1. The caller is the coldkey.
  auto signer = frame::ensure_signed(origin);
  if (!signer) return frame::fail(signer.error());
  const AccountId coldkey = *signer;

  Weight weight = DbWeight::reads(2);

  // 2-6. Checks, in upstream order.
  if (old_hotkey == new_hotkey) return frame::fail(error(Error::kNewHotKeyIsSameWithOld));
  if (is_hotkey_registered_on_any_network(env.state, new_hotkey)) {
    return frame::fail(error(Error::kHotKeyAlreadyRegisteredInSubNet));
  }
  accrue(weight, DbWeight::reads_writes(2, 0));
  if (!coldkey_owns_hotkey(env.state, coldkey, old_hotkey)) {
    return frame::fail(error(Error::kNonAssociatedColdKey));
  }
  const uint64_t block = current_block(env.state);
  if (exceeds_tx_rate_limit(env, get_last_tx_block(env.state, coldkey), block)) {
    return frame::fail(error(Error::kHotKeySetTxRateLimitExceeded));
  }
  // `(TotalNetworks + 1u16) as u64`, the u16 addition saturating.
  const uint16_t networks = TotalNetworks::get(env.state);
  accrue(weight,
         DbWeight::reads(networks == UINT16_MAX ? uint64_t{UINT16_MAX} : uint64_t{networks} + 1));
  const uint64_t swap_cost = env.config.subtensor.key_swap_cost;
  if (!can_remove_balance_from_coldkey_account(env, coldkey, swap_cost)) {
    return frame::fail(error(Error::kNotEnoughBalanceToPaySwapHotKey));
  }

  // 7. Pay and burn the cost.
  auto burned = remove_balance_from_coldkey_account(env, coldkey, swap_cost);
  if (!burned) return frame::fail(burned.error());
  burn_tokens(env, *burned);

  // 8. Move everything; upstream ignores the result.
  (void)perform_hotkey_swap(env, old_hotkey, new_hotkey, coldkey, weight);

  // 9. Rate limit, event.
  set_last_tx_block(env.state, coldkey, block);
  accrue(weight, DbWeight::writes(1));
  system::deposit(env, event::HotkeySwapped{coldkey, old_hotkey, new_hotkey});
  return frame::PostDispatchInfo{weight, frame::Pays::kYes};
}

}  // namespace subemu::runtime::subtensor
