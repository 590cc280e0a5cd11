// pallet_balances' Event enum (polkadot-stable2409), one struct per variant, in index order.
// Each encodes kIndex ++ its fields (see system/events.hpp for depositing).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <vector>

#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/pallets/balances/types.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::balances {

inline constexpr uint8_t kPalletIndex = 5;  // construct_runtime!: Balances = 5

namespace event {

// Events of shape {who: AccountId, amount: Balance} (field names vary by variant).
template <uint8_t Index>
struct WhoAmount {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = Index;
  AccountId who;
  uint64_t amount = 0;
  void encode_to(scale::Encoder& e) const {
    e.put_byte(kIndex);
    scale::encode_to(e, who);
    scale::encode_to(e, amount);
  }
};
template <uint8_t Index>
struct Amount {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = Index;
  uint64_t amount = 0;
  void encode_to(scale::Encoder& e) const {
    e.put_byte(kIndex);
    scale::encode_to(e, amount);
  }
};

using Endowed = WhoAmount<0>;   // {account, free_balance}
using DustLost = WhoAmount<1>;  // {account, amount}
struct Transfer {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 2;
  AccountId from;
  AccountId to;
  uint64_t amount = 0;
  void encode_to(scale::Encoder& e) const {
    e.put_byte(kIndex);
    scale::encode_to(e, from);
    scale::encode_to(e, to);
    scale::encode_to(e, amount);
  }
};
using BalanceSet = WhoAmount<3>;  // {who, free}
using Reserved = WhoAmount<4>;
using Unreserved = WhoAmount<5>;
struct ReserveRepatriated {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 6;
  AccountId from;
  AccountId to;
  uint64_t amount = 0;
  BalanceStatus destination_status = BalanceStatus::kFree;
  void encode_to(scale::Encoder& e) const {
    e.put_byte(kIndex);
    scale::encode_to(e, from);
    scale::encode_to(e, to);
    scale::encode_to(e, amount);
    scale::encode_to(e, destination_status);
  }
};
using Deposit = WhoAmount<7>;
using Withdraw = WhoAmount<8>;
using Slashed = WhoAmount<9>;
using Minted = WhoAmount<10>;
using Burned = WhoAmount<11>;
using Suspended = WhoAmount<12>;
using Restored = WhoAmount<13>;
struct Upgraded {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 14;
  AccountId who;
  void encode_to(scale::Encoder& e) const {
    e.put_byte(kIndex);
    scale::encode_to(e, who);
  }
};
using Issued = Amount<15>;
using Rescinded = Amount<16>;
using Locked = WhoAmount<17>;
using Unlocked = WhoAmount<18>;
using Frozen = WhoAmount<19>;
using Thawed = WhoAmount<20>;
struct TotalIssuanceForced {
  static constexpr uint8_t kPallet = kPalletIndex, kIndex = 21;
  uint64_t old_issuance = 0;  // `old`
  uint64_t new_issuance = 0;  // `new`
  void encode_to(scale::Encoder& e) const {
    e.put_byte(kIndex);
    scale::encode_to(e, old_issuance);
    scale::encode_to(e, new_issuance);
  }
};

}  // namespace event

// The Event enum's descriptor.
std::vector<metadata::Variant> event_variants();

}  // namespace subemu::runtime::balances
