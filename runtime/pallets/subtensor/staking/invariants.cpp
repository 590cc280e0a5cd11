// The stake accounting checker (invariants.hpp).
#include "runtime/pallets/subtensor/staking/invariants.hpp"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>
#include <vector>

#include "runtime/pallets/balances/storage.hpp"
#include "runtime/pallets/subtensor/staking/share_pool.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/primitives/arith/fixed.hpp"

namespace subemu::runtime::subtensor {
namespace {

std::string dec(u128 v) {
  if (v == 0) return "0";
  std::string s;
  while (v > 0) {
    s.push_back(static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  }
  std::reverse(s.begin(), s.end());
  return s;
}

std::string dec(i128 v) {
  return v < 0 ? "-" + dec(static_cast<u128>(-(v + 1)) + 1) : dec(static_cast<u128>(v));
}

std::string at(const AccountId& hotkey, NetUid netuid) {
  return "(hotkey " + to_string(hotkey) + ", netuid " + to_string(netuid) + ")";
}

using PoolKey = std::pair<AccountId, NetUid>;

}  // namespace

Result<void, std::string> check_stake_accounting(const frame::Env& env) {
  return check_stake_accounting(env, StakeAccountingOptions{});
}

Result<void, std::string> check_stake_accounting(const frame::Env& env,
                                                 const StakeAccountingOptions& options) {
  const storage::Overlay& state = env.state;

  // One pass over Alpha: share sums per pool (I1), the pools seen, and the index (I6).
  std::map<PoolKey, u128> share_sums;  // raw U64F64 bits; at most 2^128 - 1 by construction
  std::map<PoolKey, bool> share_overflow;
  std::map<AccountId, std::vector<AccountId>> staking_hotkeys;  // coldkey -> StakingHotkeys
  std::string first_error;
  Alpha::iterate(state, [&](const AccountId& hotkey, const AccountId& coldkey, const NetUid& netuid,
                            const U64F64& share) {
    u128& sum = share_sums[{hotkey, netuid}];
    if (sum + share.to_bits() < sum) share_overflow[{hotkey, netuid}] = true;
    sum += share.to_bits();
    if (!first_error.empty()) return;
    auto it = staking_hotkeys.find(coldkey);
    if (it == staking_hotkeys.end()) {
      it = staking_hotkeys.emplace(coldkey, StakingHotkeys::get(state, coldkey)).first;
    }
    if (std::find(it->second.begin(), it->second.end(), hotkey) == it->second.end()) {
      first_error = "I6: Alpha row of coldkey " + to_string(coldkey) + " on " + at(hotkey, netuid) +
                    " but the hotkey is not in StakingHotkeys[coldkey]";
    }
  });
  if (!first_error.empty()) return unexpected(first_error);

  // I1: denominators. Every pool with a TotalHotkeyShares row or an Alpha row.
  std::map<PoolKey, u128> denominators;
  TotalHotkeyShares::iterate(state,
                             [&](const AccountId& hotkey, const NetUid& netuid, const U64F64& d) {
                               denominators[{hotkey, netuid}] = d.to_bits();
                             });
  for (const auto& [key, sum] : share_sums) {
    const auto it = denominators.find(key);
    const u128 d = it == denominators.end() ? 0 : it->second;
    if (share_overflow.count(key) != 0 || d != sum) {
      return unexpected("I1: TotalHotkeyShares bits " + dec(d) + " != sum of Alpha shares " +
                        dec(sum) + (share_overflow.count(key) != 0 ? " (overflowed)" : "") +
                        " at " + at(key.first, key.second));
    }
  }
  for (const auto& [key, d] : denominators) {
    if (d != 0 && share_sums.count(key) == 0) {
      return unexpected("I1: TotalHotkeyShares bits " + dec(d) + " with no Alpha share at " +
                        at(key.first, key.second));
    }
  }

  // I2: per pool, the sum of coldkey values <= TotalHotkeyAlpha.
  std::map<PoolKey, u128> value_sums;
  Alpha::iterate(state, [&](const AccountId& hotkey, const AccountId& coldkey, const NetUid& netuid,
                            const U64F64&) {
    value_sums[{hotkey, netuid}] +=
        get_alpha_share_pool_view(state, hotkey, netuid).get_value(coldkey);
  });
  std::map<NetUid, u128> hotkey_alpha_per_subnet;
  TotalHotkeyAlpha::iterate(state,
                            [&](const AccountId&, const NetUid& netuid, const AlphaBalance& v) {
                              hotkey_alpha_per_subnet[netuid] += v.to_u64();
                            });
  for (const auto& [key, sum] : value_sums) {
    const uint64_t total = TotalHotkeyAlpha::get(state, key.first, key.second).to_u64();
    if (sum > total) {
      return unexpected("I2: sum of coldkey values " + dec(sum) + " > TotalHotkeyAlpha " +
                        dec(u128{total}) + " at " + at(key.first, key.second));
    }
  }

  // I3: per subnet, sum of TotalHotkeyAlpha vs SubnetAlphaOut.
  std::map<NetUid, u128> alpha_out;
  SubnetAlphaOut::iterate(
      state, [&](const NetUid& netuid, const AlphaBalance& v) { alpha_out[netuid] = v.to_u64(); });
  for (const auto& [netuid, sum] : hotkey_alpha_per_subnet) alpha_out.emplace(netuid, 0);
  for (const auto& [netuid, out] : alpha_out) {
    const auto it = hotkey_alpha_per_subnet.find(netuid);
    const u128 sum = it == hotkey_alpha_per_subnet.end() ? 0 : it->second;
    if (sum > out || (options.alpha_out_exact && sum != out)) {
      return unexpected("I3: sum of TotalHotkeyAlpha " + dec(sum) +
                        (options.alpha_out_exact ? " != " : " > ") + "SubnetAlphaOut " + dec(out) +
                        " on netuid " + to_string(netuid));
    }
  }

  // I4: TotalStake + offset == sum of SubnetTAO.
  const StakeTotals totals = stake_totals(env);
  const i128 lhs = static_cast<i128>(totals.total_stake) + options.total_stake_offset;
  if (lhs != static_cast<i128>(totals.subnet_tao)) {
    return unexpected("I4: TotalStake " + dec(totals.total_stake) + " + offset " +
                      dec(options.total_stake_offset) + " != sum of SubnetTAO " +
                      dec(totals.subnet_tao));
  }

  // I5: Balances.TotalIssuance == sum of free + reserved.
  u128 account_sum = 0;
  system::Account::iterate(state, [&](const AccountId&, const system::AccountInfo& info) {
    account_sum += u128{info.data.free} + u128{info.data.reserved};
  });
  if (account_sum != totals.balances_issuance) {
    return unexpected("I5: Balances.TotalIssuance " + dec(totals.balances_issuance) +
                      " != sum of free + reserved " + dec(account_sum));
  }
  return Ok{};
}

StakeTotals stake_totals(const frame::Env& env) {
  const storage::Overlay& state = env.state;
  StakeTotals t;
  t.balances_issuance = balances::TotalIssuance::get(state);
  t.total_stake = TotalStake::get(state).to_u64();
  SubnetTAO::iterate(state,
                     [&](const NetUid&, const TaoBalance& v) { t.subnet_tao += v.to_u64(); });
  SubnetAlphaIn::iterate(
      state, [&](const NetUid&, const AlphaBalance& v) { t.subnet_alpha_in += v.to_u64(); });
  SubnetAlphaOut::iterate(
      state, [&](const NetUid&, const AlphaBalance& v) { t.subnet_alpha_out += v.to_u64(); });
  TotalHotkeyAlpha::iterate(state, [&](const AccountId&, const NetUid&, const AlphaBalance& v) {
    t.total_hotkey_alpha += v.to_u64();
  });
  return t;
}

}  // namespace subemu::runtime::subtensor
