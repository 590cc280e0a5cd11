// The dynamic-info read model (dynamic_info.hpp) and the subnet name table.
#include "runtime/pallets/subtensor/rpc_info/dynamic_info.hpp"

#include <array>
#include <string_view>

#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/subnet.hpp"
#include "runtime/primitives/arith/fixed_scale.hpp"

namespace subemu::runtime::subtensor {
namespace {


void encode_compact_bytes(scale::Encoder& e, const std::vector<uint8_t>& bytes) {
  scale::encode_length(e, bytes.size());
  for (const uint8_t b : bytes) scale::encode_compact(e, b);
}

bool decode_compact_bytes(scale::Decoder& d, std::vector<uint8_t>& out) {
  size_t n = 0;
  if (!scale::decode_length(d, n, 1)) return false;
  out.clear();
  out.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    scale::Compact<uint8_t> c;
    if (!scale::decode_from(d, c)) return false;
    out.push_back(c.value);
  }
  return true;
}

}  // namespace

void DynamicInfo::encode_to(scale::Encoder& e) const {
  using scale::Compact;
  scale::encode_to(e, Compact<uint16_t>{netuid});
  scale::encode_to(e, owner_hotkey);
  scale::encode_to(e, owner_coldkey);
  encode_compact_bytes(e, subnet_name);
  encode_compact_bytes(e, token_symbol);
  scale::encode_to(e, Compact<uint16_t>{tempo});
  for (const uint64_t v : {last_step, blocks_since_last_step, emission, alpha_in, alpha_out, tao_in,
                           alpha_out_emission, alpha_in_emission, tao_in_emission,
                           pending_alpha_emission, pending_root_emission}) {
    scale::encode_to(e, Compact<uint64_t>{v});
  }
  scale::encode_to(e, Compact<u128>{subnet_volume});
  scale::encode_to(e, Compact<uint64_t>{network_registered_at});
  scale::encode_to(e, subnet_identity);
  scale::encode_to(e, moving_price);
}

bool DynamicInfo::decode_from(scale::Decoder& d, DynamicInfo& out) {
  using scale::Compact;
  Compact<uint16_t> netuid, tempo;
  if (!scale::decode_from(d, netuid) || !scale::decode_from(d, out.owner_hotkey) ||
      !scale::decode_from(d, out.owner_coldkey) || !decode_compact_bytes(d, out.subnet_name) ||
      !decode_compact_bytes(d, out.token_symbol) || !scale::decode_from(d, tempo)) {
    return false;
  }
  out.netuid = netuid.value;
  out.tempo = tempo.value;
  for (uint64_t* field :
       {&out.last_step, &out.blocks_since_last_step, &out.emission, &out.alpha_in, &out.alpha_out,
        &out.tao_in, &out.alpha_out_emission, &out.alpha_in_emission, &out.tao_in_emission,
        &out.pending_alpha_emission, &out.pending_root_emission}) {
    Compact<uint64_t> c;
    if (!scale::decode_from(d, c)) return false;
    *field = c.value;
  }
  Compact<u128> volume;
  Compact<uint64_t> registered_at;
  if (!scale::decode_from(d, volume) || !scale::decode_from(d, registered_at)) return false;
  out.subnet_volume = volume.value;
  out.network_registered_at = registered_at.value;
  return scale::decode_from(d, out.subnet_identity) && scale::decode_from(d, out.moving_price);
}

// mirrors symbols.rs get_name_for_subnet

// mirrors dynamic_info.rs get_dynamic_info
std::optional<DynamicInfo> get_dynamic_info(const frame::Env& env, NetUid netuid) {
  const storage::Overlay& state = env.state;
  if (!subnet_exists(state, netuid)) return std::nullopt;
  const uint64_t last_step = LastMechansimStepBlock::get(state, netuid);
  const uint64_t now = current_block(state);
  DynamicInfo info;
  info.netuid = netuid.value();
  info.owner_hotkey = SubnetOwnerHotkey::get(state, netuid);
  info.owner_coldkey = SubnetOwner::get(state, netuid);
  info.subnet_name = name_for_subnet(state, netuid);
  info.token_symbol = symbol_for_subnet(netuid);
  info.tempo = Tempo::get(env, netuid);
  info.last_step = last_step;
  info.blocks_since_last_step = now >= last_step ? now - last_step : 0;
  info.emission = 0;
  info.alpha_in = SubnetAlphaIn::get(state, netuid).to_u64();
  info.alpha_out = SubnetAlphaOut::get(state, netuid).to_u64();
  info.tao_in = SubnetTAO::get(state, netuid).to_u64();
  info.alpha_out_emission = SubnetAlphaOutEmission::get(state, netuid).to_u64();
  info.alpha_in_emission = SubnetAlphaInEmission::get(state, netuid).to_u64();
  info.tao_in_emission = SubnetTaoInEmission::get(state, netuid).to_u64();
  info.pending_alpha_emission = PendingEmission::get(state, netuid).to_u64();
  info.pending_root_emission = PendingRootDivs::get(state, netuid).to_u64();
  info.subnet_volume = SubnetVolume::get(state, netuid);
  info.network_registered_at = NetworkRegisteredAt::get(state, netuid);
  info.subnet_identity = SubnetIdentitiesV2::get(state, netuid);
  info.moving_price = SubnetMovingPrice::get(state, netuid);
  return info;
}

// mirrors dynamic_info.rs get_all_dynamic_info
std::vector<std::optional<DynamicInfo>> get_all_dynamic_info(const frame::Env& env) {
  std::vector<std::optional<DynamicInfo>> out;
  NetworksAdded::iterate(env.state, [&](const NetUid& netuid, const bool&) {
    out.push_back(get_dynamic_info(env, netuid));
  });
  return out;
}

}  // namespace subemu::runtime::subtensor
