// Axon and Prometheus endpoints of registered hotkeys (mirrors subnets/serving.rs at subtensor
// v3.0.0), and the serve_axon rule of SubtensorSignedExtension::validate (lib.rs).
//
// do_serve_axon(origin = hotkey, netuid, version, ip, port, ip_type, protocol, placeholder1,
// placeholder2, certificate?), in upstream order:
//   1. Signed, else BadOrigin.
//   2. validate_serve_axon: the hotkey is registered on ANY network (IsNetworkMember), else
//      HotKeyNotRegisteredInNetwork; ip_type is 4 or 6, else InvalidIpType; the address is valid
//      for its type, else InvalidIpAddress; the previous axon of (netuid, hotkey) passes the
//      subnet's ServingRateLimit, else ServingRateLimitExceeded; port != 0, else InvalidPort.
//   3. A certificate (serve_axon_tls) of 1..=65 bytes is stored as NeuronCertificates[netuid,
//      hotkey] = {algorithm: first byte, public_key: the rest}; any other length is silently
//      ignored (the call still succeeds).
//   4. Axons[netuid, hotkey] = the new AxonInfo with block = the current block; event
//      AxonServed(netuid, hotkey).
// Neither call checks that `netuid` exists or that the hotkey is registered on *that* subnet:
// a hotkey registered anywhere may serve on any netuid (upstream behaviour, kept).
//
// do_serve_prometheus(origin = hotkey, netuid, version, ip, port, ip_type) checks in a different
// order: InvalidIpType, InvalidIpAddress, HotKeyNotRegisteredInNetwork, ServingRateLimitExceeded,
// InvalidPort; then Prometheus[netuid, hotkey] = the new PrometheusInfo, event
// PrometheusServed(netuid, hotkey). It takes no certificate.
//
// Rate limit: passes when ServingRateLimit[netuid] == 0, or nothing was served before (stored
// block 0), or current_block - last block >= the limit (saturating).
//
// Valid addresses: IPv4 (type 4): 0 < addr < 0xFFFFFFFF (u32::MAX itself is refused) and addr !=
// 127.0.0.1; IPv6 (type 6): addr not 0, not ::1, not u128::MAX. Private ranges are allowed.
//
// All functions read and write the overlay they are given; the dispatch layer (frame::
// dispatch_call) makes a failed call leave no trace.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <optional>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/extrinsic/transaction_validity.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/signed_extension.hpp"
#include "runtime/pallets/subtensor/types.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"
#include "storage/overlay.hpp"

namespace subemu::runtime::subtensor {

// The endpoint a serve_axon call describes (the call's arguments after netuid).
struct AxonArgs {
  uint32_t version = 0;
  u128 ip = 0;
  uint16_t port = 0;
  uint8_t ip_type = 0;
  uint8_t protocol = 0;
  uint8_t placeholder1 = 0;
  uint8_t placeholder2 = 0;
};

// mirrors do_serve_axon; `certificate` is serve_axon_tls's (nullopt for serve_axon).
frame::DispatchResult do_serve_axon(frame::Env& env, const frame::Origin& origin, NetUid netuid,
                                    const AxonArgs& axon, const std::optional<Bytes>& certificate);

// mirrors do_serve_prometheus.
frame::DispatchResult do_serve_prometheus(frame::Env& env, const frame::Origin& origin,
                                          NetUid netuid, uint32_t version, u128 ip, uint16_t port,
                                          uint8_t ip_type);

// mirrors validate_serve_axon: every check of do_serve_axon after the origin, no writes.
Result<void, Error> validate_serve_axon(const frame::Env& env, const AccountId& hotkey,
                                        NetUid netuid, const AxonArgs& axon);

// mirrors axon_passes_rate_limit / prometheus_passes_rate_limit.
bool axon_passes_rate_limit(const frame::Env& env, NetUid netuid, const AxonInfo& prev_axon,
                            uint64_t current_block);
bool prometheus_passes_rate_limit(const frame::Env& env, NetUid netuid,
                                  const PrometheusInfo& prev_prometheus, uint64_t current_block);

// mirrors get_axon_info / get_prometheus_info: the stored value, else all zeros.
AxonInfo get_axon_info(const storage::Overlay& state, NetUid netuid, const AccountId& hotkey);
PrometheusInfo get_prometheus_info(const storage::Overlay& state, NetUid netuid,
                                   const AccountId& hotkey);

// mirrors is_valid_ip_type / is_valid_ip_address.
bool is_valid_ip_type(uint8_t ip_type);
bool is_valid_ip_address(uint8_t ip_type, u128 addr);

// mirrors validate_axon_data / validate_prometheus_data: InvalidPort for port 0.
Result<void, Error> validate_axon_data(const AxonInfo& axon);
Result<void, Error> validate_prometheus_data(const PrometheusInfo& prometheus);

// mirrors TryFrom<Vec<u8>> for NeuronCertificate: nullopt for an empty or > 65-byte input.
std::optional<NeuronCertificate> neuron_certificate_from(ByteView bytes);

// ---- SubtensorSignedExtension (lib.rs; CustomTransactionError is in signed_extension.hpp) -----

// mirrors SubtensorSignedExtension::result_to_validity: Ok -> ValidTransaction{priority, rest
// default}; an error -> Invalid(Custom(code)) with the code of the mapped variant (AmountTooLow,
// SubnetNotExists, NotEnoughBalanceToStake, HotKeyAccountNotExists, NotEnoughStakeToWithdraw,
// InsufficientLiquidity, SlippageTooHigh, TransferDisallowed, HotKeyNotRegisteredInNetwork,
// InvalidIpAddress, ServingRateLimitExceeded, InvalidPort), BadRequest (255) for every other
// error (InvalidIpType included).
frame::extrinsic::TransactionValidity result_to_validity(const Result<void, Error>& result,
                                                         uint64_t priority);

// mirrors the `Call::serve_axon` arm of SubtensorSignedExtension::validate (also run by its
// pre_dispatch): result_to_validity(validate_serve_axon(who, ...), u64::MAX). `args` are the
// call's argument bytes (after the pallet and call index bytes) of SubtensorModule call 4; it
// reads state and writes nothing. Only serve_axon (4) has this rule; serve_axon_tls (40) does not.
// Arguments that do not decode (impossible for a call that decoded) give Invalid(Call).
frame::extrinsic::TransactionValidity validate_serve_axon_extension(const frame::Env& env,
                                                                    const AccountId& who,
                                                                    ByteView args);

}  // namespace subemu::runtime::subtensor
