// The DelegateInfoRuntimeApi read models (delegate_info.hpp).
#include "runtime/pallets/subtensor/rpc_info/delegate_info.hpp"

#include <map>
#include <tuple>

#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/staking/share_pool.hpp"
#include "runtime/pallets/subtensor/staking/stake_utils.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"

namespace subemu::runtime::subtensor {
namespace {

void encode_compact_u16s(scale::Encoder& e, const std::vector<uint16_t>& v) {
  scale::encode_length(e, v.size());
  for (const uint16_t x : v) scale::encode_to(e, scale::Compact<uint16_t>{x});
}

bool decode_compact_u16s(scale::Decoder& d, std::vector<uint16_t>& out) {
  std::vector<scale::Compact<uint16_t>> raw;
  if (!scale::decode_from(d, raw)) return false;
  out.clear();
  for (const auto& c : raw) out.push_back(c.value);
  return true;
}

// mirrors get_delegate_by_existing_account
DelegateInfo delegate_by_existing_account(const frame::Env& env, const AccountId& delegate,
                                          bool skip_nominators) {
  const storage::Overlay& state = env.state;
  DelegateInfo info;
  info.delegate_ss58 = delegate;

  if (!skip_nominators) {
    std::vector<AlphaSharePoolView> pools;
    NetworksAdded::iterate(state, [&](const NetUid& netuid, const bool&) {
      pools.push_back(get_alpha_share_pool_view(state, delegate, netuid));
    });
    std::map<AccountId, std::vector<NetuidStake>> nominator_map;  // BTreeMap: byte order
    Alpha::iterate_prefix(
        state, std::tie(delegate),
        [&](const AccountId& nominator, const NetUid& netuid, const U64F64& alpha_stake) {
          if (alpha_stake == U64F64::zero()) return;
          // Upstream indexes the pool list by netuid (see the header).
          if (netuid.value() >= pools.size()) return;
          const uint64_t coldkey_stake = pools[netuid.value()].get_value_from_shares(alpha_stake);
          nominator_map[nominator].push_back({netuid.value(), coldkey_stake});
        });
    for (auto& [nominator, stakes] : nominator_map) {
      info.nominators.emplace_back(nominator, std::move(stakes));
    }
  }

  const std::vector<NetUid> registrations = get_registered_networks_for_hotkey(state, delegate);
  U64F64 emissions_per_day = U64F64::saturating_from_num(0);
  for (const NetUid netuid : registrations) {
    const auto uid = get_uid_for_net_and_hotkey(state, netuid, delegate);
    if (!uid.has_value()) continue;
    const size_t index = uid.value().value();
    const std::vector<bool> permits = ValidatorPermit::get(state, netuid);
    if (index < permits.size() && permits[index]) info.validator_permits.push_back(netuid.value());
    const std::vector<uint64_t> emission_vec = Emission::get(state, netuid);
    const U64F64 emission =
        U64F64::from_num(index < emission_vec.size() ? emission_vec[index] : uint64_t{0});
    const U64F64 tempo = U64F64::from_num(Tempo::get(env, netuid));
    if (tempo > U64F64::saturating_from_num(0)) {
      const U64F64 epochs_per_day = U64F64::saturating_from_num(7200).safe_div(tempo);
      emissions_per_day = emissions_per_day.saturating_add(emission.saturating_mul(epochs_per_day));
    }
  }

  info.owner_ss58 = owning_coldkey_for_hotkey(state, delegate);
  info.take = Delegates::get(env, delegate);
  const U64F64 total_stake =
      U64F64::from_num(get_stake_for_hotkey_on_subnet(state, delegate, kRootNetUid));
  const U64F64 return_per_1000 = return_per_1000_tao(info.take, total_stake, emissions_per_day);
  for (const NetUid netuid : registrations) info.registrations.push_back(netuid.value());
  info.return_per_1000 = return_per_1000.saturating_to_num<uint64_t>();
  info.total_daily_return = emissions_per_day.saturating_to_num<uint64_t>();
  return info;
}

}  // namespace

void NetuidStake::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, scale::Compact<uint16_t>{netuid});
  scale::encode_to(e, scale::Compact<uint64_t>{stake});
}

bool NetuidStake::decode_from(scale::Decoder& d, NetuidStake& out) {
  scale::Compact<uint16_t> n;
  scale::Compact<uint64_t> s;
  const bool ok = scale::decode_from(d, n) && scale::decode_from(d, s);
  out.netuid = n.value;
  out.stake = s.value;
  return ok;
}

void DelegateInfo::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, delegate_ss58);
  scale::encode_to(e, scale::Compact<uint16_t>{take});
  scale::encode_to(e, nominators);
  scale::encode_to(e, owner_ss58);
  encode_compact_u16s(e, registrations);
  encode_compact_u16s(e, validator_permits);
  scale::encode_to(e, scale::Compact<uint64_t>{return_per_1000});
  scale::encode_to(e, scale::Compact<uint64_t>{total_daily_return});
}

bool DelegateInfo::decode_from(scale::Decoder& d, DelegateInfo& out) {
  scale::Compact<uint16_t> take;
  scale::Compact<uint64_t> ret, daily;
  const bool ok = scale::decode_from(d, out.delegate_ss58) && scale::decode_from(d, take) &&
                  scale::decode_from(d, out.nominators) && scale::decode_from(d, out.owner_ss58) &&
                  decode_compact_u16s(d, out.registrations) &&
                  decode_compact_u16s(d, out.validator_permits) && scale::decode_from(d, ret) &&
                  scale::decode_from(d, daily);
  out.take = take.value;
  out.return_per_1000 = ret.value;
  out.total_daily_return = daily.value;
  return ok;
}

// mirrors delegate_info.rs return_per_1000_tao
U64F64 return_per_1000_tao(uint16_t take, U64F64 total_stake, U64F64 emissions_per_day) {
  const U64F64 without_take = U64F64::saturating_from_num(1).saturating_sub(
      U64F64::saturating_from_num(take).safe_div(U64F64::from_num(uint16_t{0xFFFF})));
  if (total_stake > U64F64::saturating_from_num(0)) {
    // 1000.0 * 1e9 as f64 is exactly 1e12.
    return emissions_per_day.saturating_mul(without_take)
        .safe_div(total_stake.safe_div(U64F64::saturating_from_num(uint64_t{1'000'000'000'000})));
  }
  return U64F64::saturating_from_num(0);
}

// mirrors delegate_info.rs get_delegate
std::optional<DelegateInfo> get_delegate(const frame::Env& env, const AccountId& delegate) {
  if (!Delegates::contains_key(env.state, delegate)) return std::nullopt;
  return delegate_by_existing_account(env, delegate, false);
}

// mirrors delegate_info.rs get_delegates
std::vector<DelegateInfo> get_delegates(const frame::Env& env) {
  std::vector<DelegateInfo> out;
  Delegates::iterate(env.state, [&](const AccountId& delegate, const uint16_t&) {
    out.push_back(delegate_by_existing_account(env, delegate, false));
  });
  return out;
}

// mirrors delegate_info.rs get_delegated
std::vector<std::pair<DelegateInfo, NetuidStake>> get_delegated(const frame::Env& env,
                                                                const AccountId& delegatee) {
  std::vector<std::pair<DelegateInfo, NetuidStake>> out;
  Delegates::iterate(env.state, [&](const AccountId& delegate, const uint16_t&) {
    Alpha::iterate_prefix(
        env.state, std::tie(delegate, delegatee), [&](const NetUid& netuid, const U64F64&) {
          DelegateInfo info = delegate_by_existing_account(env, delegate, true);
          const uint64_t stake =
              get_stake_for_hotkey_and_coldkey_on_subnet(env.state, delegate, delegatee, netuid);
          out.emplace_back(std::move(info), NetuidStake{netuid.value(), stake});
        });
  });
  return out;
}

}  // namespace subemu::runtime::subtensor
