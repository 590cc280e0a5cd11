// TEST-ONLY: a small runtime registry for the tools/json tests: System (Account, remark, two
// events, errors), Balances (TotalIssuance, transfer_keep_alive with a MultiAddress), Sudo (sudo
// with a boxed call) and SubtensorModule (a few real item shapes, add_stake, NetworkAdded, errors),
// with the construct_runtime! indices of subtensor v3.0.0 for these pallets (System 0, Balances 5,
// SubtensorModule 7, Sudo 12).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "runtime/frame/metadata/describe_item.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/primitives/arith/fixed_scale.hpp"
#include "storage/items.hpp"

namespace subemu::testutil::json_registry {

namespace md = runtime::metadata;

struct AccountData {
  uint64_t free = 0, reserved = 0, frozen = 0;
  u128 flags = u128{1} << 127;
  static md::TypeRef type_desc() {
    return md::t_struct("AccountData",
                        {md::field_of<uint64_t>("free"), md::field_of<uint64_t>("reserved"),
                         md::field_of<uint64_t>("frozen"), md::field_of<u128>("flags")});
  }
  void encode_to(scale::Encoder& e) const {
    scale::encode_to(e, free);
    scale::encode_to(e, reserved);
    scale::encode_to(e, frozen);
    scale::encode_to(e, flags);
  }
  static bool decode_from(scale::Decoder& d, AccountData& o) {
    return scale::decode_from(d, o.free) && scale::decode_from(d, o.reserved) &&
           scale::decode_from(d, o.frozen) && scale::decode_from(d, o.flags);
  }
};

struct AccountInfo {
  uint32_t nonce = 0, consumers = 0, providers = 0, sufficients = 0;
  AccountData data;
  static md::TypeRef type_desc() {
    return md::t_struct("AccountInfo",
                        {md::field_of<uint32_t>("nonce"), md::field_of<uint32_t>("consumers"),
                         md::field_of<uint32_t>("providers"), md::field_of<uint32_t>("sufficients"),
                         md::field_of<AccountData>("data")});
  }
  void encode_to(scale::Encoder& e) const {
    scale::encode_to(e, nonce);
    scale::encode_to(e, consumers);
    scale::encode_to(e, providers);
    scale::encode_to(e, sufficients);
    scale::encode_to(e, data);
  }
  static bool decode_from(scale::Decoder& d, AccountInfo& o) {
    return scale::decode_from(d, o.nonce) && scale::decode_from(d, o.consumers) &&
           scale::decode_from(d, o.providers) && scale::decode_from(d, o.sufficients) &&
           scale::decode_from(d, o.data);
  }
};

inline constexpr storage::FixedString kSystem{"System"};
inline constexpr storage::FixedString kBalances{"Balances"};
inline constexpr storage::FixedString kSubtensor{"SubtensorModule"};

using Account = storage::StorageMap<kSystem, "Account", storage::Blake2_128Concat<AccountId32>,
                                    AccountInfo, storage::ValueQuery<>>;
using Number = storage::StorageValue<kSystem, "Number", uint32_t, storage::ValueQuery<>>;
using TotalIssuance =
    storage::StorageValue<kBalances, "TotalIssuance", TaoBalance, storage::ValueQuery<>>;
using TotalStake =
    storage::StorageValue<kSubtensor, "TotalStake", TaoBalance, storage::ValueQuery<>>;
using SubnetTAO = storage::StorageMap<kSubtensor, "SubnetTAO", storage::Identity<NetUid>,
                                      TaoBalance, storage::ValueQuery<>>;
using SubnetMovingPrice =
    storage::StorageMap<kSubtensor, "SubnetMovingPrice", storage::Identity<NetUid>, I96F32,
                        storage::ValueQuery<>>;
using Keys =
    storage::StorageDoubleMap<kSubtensor, "Keys", storage::Identity<NetUid>,
                              storage::Identity<uint16_t>, AccountId32, storage::ValueQuery<>>;
using Alpha = storage::StorageNMap<
    kSubtensor, "Alpha",
    storage::NMapKeys<storage::Blake2_128Concat<AccountId32>,
                      storage::Blake2_128Concat<AccountId32>, storage::Identity<NetUid>>,
    U64F64, storage::ValueQuery<>>;
using SubnetName =
    storage::StorageMap<kSubtensor, "SubnetName", storage::Identity<NetUid>, std::vector<uint8_t>>;

inline md::TypeRef multi_address() {
  return md::t_enum(
      "MultiAddress",
      {md::variant("Id", 0, {md::unnamed(md::type_of<AccountId32>())}),
       md::variant("Index", 1, {md::unnamed(md::type_of<scale::Compact<uint32_t>>())}),
       md::variant("Raw", 2, {md::unnamed(md::type_of<std::vector<uint8_t>>())}),
       md::variant("Address32", 3, {md::unnamed(md::type_of<std::array<uint8_t, 32>>())}),
       md::variant("Address20", 4, {md::unnamed(md::type_of<std::array<uint8_t, 20>>())})});
}

inline const md::Registry& registry() {
  static const md::Registry r = [] {
    md::PalletDesc system;
    system.name = "System";
    system.index = 0;
    system.calls = {md::CallDesc{
        "remark", 0, {md::field_of<std::vector<uint8_t>>("remark")}, nullptr, nullptr}};
    system.events = {md::variant("ExtrinsicSuccess", 0,
                                 {md::field_of<runtime::frame::DispatchInfo>("dispatch_info")}),
                     md::variant("ExtrinsicFailed", 1,
                                 {md::field_of<runtime::frame::DispatchError>("dispatch_error"),
                                  md::field_of<runtime::frame::DispatchInfo>("dispatch_info")}),
                     md::variant("CodeUpdated", 2)};
    system.errors = {"InvalidSpecName", "SpecVersionNeedsToIncrease"};
    system.items = {md::describe_item<Account>(), md::describe_item<Number>()};

    md::PalletDesc balances;
    balances.name = "Balances";
    balances.index = 5;
    balances.calls = {md::CallDesc{
        "transfer_keep_alive",
        3,
        {md::field("dest", multi_address()), md::field_of<scale::Compact<u128>>("value")},
        nullptr,
        nullptr}};
    balances.items = {md::describe_item<TotalIssuance>()};
    balances.errors = {"VestingBalance", "LiquidityRestrictions", "InsufficientBalance"};

    md::PalletDesc subtensor;
    subtensor.name = "SubtensorModule";
    subtensor.index = 7;
    subtensor.calls = {
        md::CallDesc{"add_stake",
                     2,
                     {md::field_of<AccountId32>("hotkey"), md::field_of<NetUid>("netuid"),
                      md::field_of<uint64_t>("amount_staked")},
                     nullptr,
                     nullptr}};
    subtensor.events = {
        md::variant("NetworkAdded", 0,
                    {md::unnamed(md::type_of<NetUid>()), md::unnamed(md::type_of<uint16_t>())}),
        md::variant("StakeAdded", 2,
                    {md::unnamed(md::type_of<AccountId32>()),
                     md::unnamed(md::type_of<AccountId32>()), md::unnamed(md::type_of<uint64_t>()),
                     md::unnamed(md::type_of<uint64_t>()), md::unnamed(md::type_of<NetUid>())})};
    subtensor.errors.resize(6);
    subtensor.errors[0] = "RootNetworkDoesNotExist";
    subtensor.errors[5] = "HotKeyAccountNotExists";
    subtensor.items = {md::describe_item<TotalStake>(),
                       md::describe_item<SubnetTAO>(),
                       md::describe_item<SubnetMovingPrice>(),
                       md::describe_item<Keys>(),
                       md::describe_item<Alpha>(),
                       md::describe_item<SubnetName>()};

    md::PalletDesc sudo;
    sudo.name = "Sudo";
    sudo.index = 12;
    sudo.calls = {
        md::CallDesc{"sudo", 0, {md::field("call", md::t_boxed(md::t_call()))}, nullptr, nullptr}};
    return md::Registry({system, balances, subtensor, sudo});
  }();
  return r;
}

}  // namespace subemu::testutil::json_registry
