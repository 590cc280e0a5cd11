// Hand-built SCALE bytes of the events and records the executive tests expect, written field by
// field from the Rust types at polkadot-stable2409 (not from our event structs, so that the tests
// check those too):
//
//   EventRecord   = Phase ++ RuntimeEvent ++ Vec<H256> topics (always empty here)
//   Phase         = ApplyExtrinsic(u32)=0 | Finalization=1 | Initialization=2
//   RuntimeEvent  = pallet index u8 ++ variant index u8 ++ fields
//   DispatchInfo  = Weight{Compact ref_time, Compact proof_size} ++ class u8 ++ pays_fee u8
//   DispatchError = variant u8 ++ payload (Module: index u8 ++ [u8; 4]; Token: u8)
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/overlay.hpp"
#include "storage/storage_key.hpp"

namespace subemu::runtime::testing {

inline Bytes le64(uint64_t v) {
  Bytes b(8);
  for (size_t i = 0; i < 8; ++i) b[i] = static_cast<uint8_t>(v >> (8 * i));
  return b;
}
inline Bytes le32(uint32_t v) {
  Bytes b(4);
  for (size_t i = 0; i < 4; ++i) b[i] = static_cast<uint8_t>(v >> (8 * i));
  return b;
}
inline Bytes compact(uint64_t v) { return scale::encode(scale::Compact<uint64_t>{v}); }

inline Bytes cat(std::initializer_list<Bytes> parts) {
  Bytes out;
  for (const Bytes& p : parts) append(out, p);
  return out;
}
inline Bytes acc_bytes(const AccountId& a) { return Bytes(a.view().begin(), a.view().end()); }

// DispatchInfo{weight, class, pays_fee}: class Normal 0 / Operational 1 / Mandatory 2, Yes 0 /
// No 1.
inline Bytes dispatch_info(uint64_t ref_time, uint64_t proof_size, uint8_t cls, uint8_t pays) {
  return cat({compact(ref_time), compact(proof_size), Bytes{cls, pays}});
}

// RuntimeEvent bytes.
inline Bytes ev_extrinsic_success(const Bytes& info) { return cat({Bytes{0, 0}, info}); }
inline Bytes ev_extrinsic_failed(const Bytes& error, const Bytes& info) {
  return cat({Bytes{0, 1}, error, info});
}
inline Bytes ev_balances_transfer(const AccountId& from, const AccountId& to, uint64_t amount) {
  return cat({Bytes{5, 2}, acc_bytes(from), acc_bytes(to), le64(amount)});
}
inline Bytes ev_balances_deposit(const AccountId& who, uint64_t amount) {
  return cat({Bytes{5, 7}, acc_bytes(who), le64(amount)});
}
inline Bytes ev_balances_withdraw(const AccountId& who, uint64_t amount) {
  return cat({Bytes{5, 8}, acc_bytes(who), le64(amount)});
}
inline Bytes ev_fee_paid(const AccountId& who, uint64_t fee, uint64_t tip) {
  return cat({Bytes{6, 0}, acc_bytes(who), le64(fee), le64(tip)});
}
// DispatchResult inside an event: Ok = 0x00, Err(e) = 0x01 ++ e.
inline Bytes ok_result() { return Bytes{0}; }
inline Bytes err_result(const Bytes& e) { return cat({Bytes{1}, e}); }

// DispatchError bytes.
inline Bytes err_module(uint8_t pallet, uint8_t error) { return Bytes{3, pallet, error, 0, 0, 0}; }
inline Bytes err_bad_origin() { return Bytes{2}; }
inline Bytes err_token(uint8_t token_error) { return Bytes{7, token_error}; }

// EventRecord bytes in phase ApplyExtrinsic(i), no topics.
inline Bytes record(uint32_t extrinsic, const Bytes& event) {
  return cat({Bytes{0}, le32(extrinsic), event, Bytes{0}});
}

// The raw System.Events value for `records`.
inline Bytes events_value(const std::vector<Bytes>& records) {
  Bytes out = compact(records.size());
  for (const Bytes& r : records) append(out, r);
  return out;
}

// twox128("System") ++ twox128("Events").
inline Bytes system_events_key() {
  const auto p = storage::storage_prefix("System", "Events");
  return Bytes(p.begin(), p.end());
}

inline Bytes raw_events(const storage::Overlay& state) {
  return state.get(system_events_key()).value_or(Bytes{});
}

}  // namespace subemu::runtime::testing
