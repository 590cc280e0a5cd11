// mirrors subnets/serving.rs and SubtensorSignedExtension's serve_axon rule (serving.hpp).
#include "runtime/pallets/subtensor/subnets/serving.hpp"

#include <vector>

#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/staking/helpers.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/pallets/system/call_args.hpp"
#include "runtime/pallets/system/events.hpp"

namespace subemu::runtime::subtensor {

using frame::extrinsic::InvalidTransaction;
using frame::extrinsic::TransactionValidityError;
using frame::extrinsic::ValidTransaction;

namespace {

// The serving rate limit rule shared by axons and prometheus endpoints.
bool serve_passes_rate_limit(const frame::Env& env, NetUid netuid, uint64_t last_serve,
                             uint64_t current_block) {
  const uint64_t rate_limit = ServingRateLimit::get(env, netuid);
  const uint64_t since = current_block > last_serve ? current_block - last_serve : 0;
  return rate_limit == 0 || last_serve == 0 || since >= rate_limit;
}

// The axon a call would store over `prev` (everything but the block from the call).
AxonInfo updated_axon(AxonInfo prev, uint64_t block, const AxonArgs& a) {
  prev.block = block;
  prev.version = a.version;
  prev.ip = a.ip;
  prev.port = a.port;
  prev.ip_type = a.ip_type;
  prev.protocol = a.protocol;
  prev.placeholder1 = a.placeholder1;
  prev.placeholder2 = a.placeholder2;
  return prev;
}

}  // namespace

bool is_valid_ip_type(uint8_t ip_type) { return ip_type == 4 || ip_type == 6; }

bool is_valid_ip_address(uint8_t ip_type, u128 addr) {
  if (!is_valid_ip_type(ip_type)) return false;
  if (addr == 0) return false;
  if (ip_type == 4) {
    if (addr >= u128{UINT32_MAX}) return false;
    if (addr == u128{0x7f000001}) return false;  // 127.0.0.1
  }
  if (ip_type == 6) {
    if (addr == ~u128{0}) return false;
    if (addr == 1) return false;  // ::1
  }
  return true;
}

AxonInfo get_axon_info(const storage::Overlay& state, NetUid netuid, const AccountId& hotkey) {
  return Axons::get(state, netuid, hotkey).value_or(AxonInfo{});
}

PrometheusInfo get_prometheus_info(const storage::Overlay& state, NetUid netuid,
                                   const AccountId& hotkey) {
  return Prometheus::get(state, netuid, hotkey).value_or(PrometheusInfo{});
}

bool axon_passes_rate_limit(const frame::Env& env, NetUid netuid, const AxonInfo& prev_axon,
                            uint64_t current_block) {
  return serve_passes_rate_limit(env, netuid, prev_axon.block, current_block);
}

bool prometheus_passes_rate_limit(const frame::Env& env, NetUid netuid,
                                  const PrometheusInfo& prev_prometheus, uint64_t current_block) {
  return serve_passes_rate_limit(env, netuid, prev_prometheus.block, current_block);
}

Result<void, Error> validate_axon_data(const AxonInfo& axon) {
  if (axon.port == 0) return unexpected(Error::kInvalidPort);
  return Ok{};
}

Result<void, Error> validate_prometheus_data(const PrometheusInfo& prometheus) {
  if (prometheus.port == 0) return unexpected(Error::kInvalidPort);
  return Ok{};
}

std::optional<NeuronCertificate> neuron_certificate_from(ByteView bytes) {
  if (bytes.size() > NeuronCertificate::kMaxPublicKeyBytes + 1) return std::nullopt;
  if (bytes.empty()) return std::nullopt;
  NeuronCertificate cert;
  cert.algorithm = bytes[0];
  cert.public_key.assign(bytes.begin() + 1, bytes.end());
  return cert;
}

Result<void, Error> validate_serve_axon(const frame::Env& env, const AccountId& hotkey,
                                        NetUid netuid, const AxonArgs& axon) {
  if (!is_hotkey_registered_on_any_network(env.state, hotkey)) {
    return unexpected(Error::kHotKeyNotRegisteredInNetwork);
  }
  if (!is_valid_ip_type(axon.ip_type)) return unexpected(Error::kInvalidIpType);
  if (!is_valid_ip_address(axon.ip_type, axon.ip)) return unexpected(Error::kInvalidIpAddress);
  const AxonInfo prev = get_axon_info(env.state, netuid, hotkey);
  const uint64_t block = current_block(env.state);
  if (!axon_passes_rate_limit(env, netuid, prev, block)) {
    return unexpected(Error::kServingRateLimitExceeded);
  }
  return validate_axon_data(updated_axon(prev, block, axon));
}

frame::DispatchResult do_serve_axon(frame::Env& env, const frame::Origin& origin, NetUid netuid,
                                    const AxonArgs& axon, const std::optional<Bytes>& certificate) {
  // 1. The caller is the hotkey.
  SUBEMU_TRY_ASSIGN(const AccountId hotkey, frame::ensure_signed(origin));
  // 2. Every check before the first write.
  if (auto r = validate_serve_axon(env, hotkey, netuid, axon); !r) {
    return unexpected(error(r.error()));
  }
  // 3. The TLS certificate, when it converts.
  if (certificate.has_value()) {
    if (auto cert = neuron_certificate_from(*certificate)) {
      NeuronCertificates::insert(env.state, netuid, hotkey, *cert);
    }
  }
  // 4. The new axon (upstream validates the port a second time; it cannot fail here).
  const AxonInfo updated =
      updated_axon(get_axon_info(env.state, netuid, hotkey), current_block(env.state), axon);
  if (auto r = validate_axon_data(updated); !r) return unexpected(error(r.error()));
  Axons::insert(env.state, netuid, hotkey, updated);
  system::deposit(env, event::AxonServed{netuid, hotkey});
  return Ok{};
}

frame::DispatchResult do_serve_prometheus(frame::Env& env, const frame::Origin& origin,
                                          NetUid netuid, uint32_t version, u128 ip, uint16_t port,
                                          uint8_t ip_type) {
  // 1. The caller is the hotkey.
  SUBEMU_TRY_ASSIGN(const AccountId hotkey, frame::ensure_signed(origin));
  // 2. The address, then the registration, then the rate limit, then the port.
  if (!is_valid_ip_type(ip_type)) return unexpected(error(Error::kInvalidIpType));
  if (!is_valid_ip_address(ip_type, ip)) return unexpected(error(Error::kInvalidIpAddress));
  if (!is_hotkey_registered_on_any_network(env.state, hotkey)) {
    return unexpected(error(Error::kHotKeyNotRegisteredInNetwork));
  }
  PrometheusInfo prometheus = get_prometheus_info(env.state, netuid, hotkey);
  const uint64_t block = current_block(env.state);
  if (!prometheus_passes_rate_limit(env, netuid, prometheus, block)) {
    return unexpected(error(Error::kServingRateLimitExceeded));
  }
  prometheus.block = block;
  prometheus.version = version;
  prometheus.ip = ip;
  prometheus.port = port;
  prometheus.ip_type = ip_type;
  if (auto r = validate_prometheus_data(prometheus); !r) return unexpected(error(r.error()));
  // 3. Store and announce.
  Prometheus::insert(env.state, netuid, hotkey, prometheus);
  system::deposit(env, event::PrometheusServed{netuid, hotkey});
  return Ok{};
}

frame::extrinsic::TransactionValidity result_to_validity(const Result<void, Error>& result,
                                                         uint64_t priority) {
  if (result.has_value()) {
    ValidTransaction valid;
    valid.priority = priority;
    return valid;
  }
  CustomTransactionError code = CustomTransactionError::kBadRequest;
  switch (result.error()) {
    case Error::kAmountTooLow:
      code = CustomTransactionError::kStakeAmountTooLow;
      break;
    case Error::kSubnetNotExists:
      code = CustomTransactionError::kSubnetDoesntExist;
      break;
    case Error::kNotEnoughBalanceToStake:
      code = CustomTransactionError::kBalanceTooLow;
      break;
    case Error::kHotKeyAccountNotExists:
      code = CustomTransactionError::kHotkeyAccountDoesntExist;
      break;
    case Error::kNotEnoughStakeToWithdraw:
      code = CustomTransactionError::kNotEnoughStakeToWithdraw;
      break;
    case Error::kInsufficientLiquidity:
      code = CustomTransactionError::kInsufficientLiquidity;
      break;
    case Error::kSlippageTooHigh:
      code = CustomTransactionError::kSlippageTooHigh;
      break;
    case Error::kTransferDisallowed:
      code = CustomTransactionError::kTransferDisallowed;
      break;
    case Error::kHotKeyNotRegisteredInNetwork:
      code = CustomTransactionError::kHotKeyNotRegisteredInNetwork;
      break;
    case Error::kInvalidIpAddress:
      code = CustomTransactionError::kInvalidIpAddress;
      break;
    case Error::kServingRateLimitExceeded:
      code = CustomTransactionError::kServingRateLimitExceeded;
      break;
    case Error::kInvalidPort:
      code = CustomTransactionError::kInvalidPort;
      break;
    default:
      break;
  }
  return unexpected(custom_error(code));
}

frame::extrinsic::TransactionValidity validate_serve_axon_extension(const frame::Env& env,
                                                                    const AccountId& who,
                                                                    ByteView args) {
  NetUid netuid;
  AxonArgs a;
  if (!pallets::decode_args(args, netuid, a.version, a.ip, a.port, a.ip_type, a.protocol,
                            a.placeholder1, a.placeholder2)) {
    return unexpected(TransactionValidityError::invalid(InvalidTransaction::kCall));
  }
  // get_priority_vanilla: u64::MAX.
  return result_to_validity(validate_serve_axon(env, who, netuid, a), UINT64_MAX);
}

}  // namespace subemu::runtime::subtensor
