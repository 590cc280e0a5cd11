// SubtensorModule's Event enum against pallets/subtensor/src/macros/events.rs at v3.0.0: the
// names below are copied by hand from the tag, in declaration order (index = position); every
// event struct round-trips through the registry's descriptors (typed encode -> generic decode ->
// generic encode gives the same bytes), and a few encodings are checked byte by byte.
#include "runtime/pallets/subtensor/events.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "runtime/frame/metadata/registry.hpp"
#include "runtime/frame/metadata/scale_value.hpp"
#include "runtime/pallets/system/events.hpp"
#include "runtime/runtime.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::runtime::subtensor {
namespace {

const std::vector<std::string> kTagEvents = {
    "NetworkAdded",                                  // 0
    "NetworkRemoved",                                // 1
    "StakeAdded",                                    // 2
    "StakeRemoved",                                  // 3
    "StakeMoved",                                    // 4
    "WeightsSet",                                    // 5
    "NeuronRegistered",                              // 6
    "BulkNeuronsRegistered",                         // 7
    "BulkBalancesSet",                               // 8
    "MaxAllowedUidsSet",                             // 9
    "MaxWeightLimitSet",                             // 10
    "DifficultySet",                                 // 11
    "AdjustmentIntervalSet",                         // 12
    "RegistrationPerIntervalSet",                    // 13
    "MaxRegistrationsPerBlockSet",                   // 14
    "ActivityCutoffSet",                             // 15
    "RhoSet",                                        // 16
    "KappaSet",                                      // 17
    "MinAllowedWeightSet",                           // 18
    "ValidatorPruneLenSet",                          // 19
    "ScalingLawPowerSet",                            // 20
    "WeightsSetRateLimitSet",                        // 21
    "ImmunityPeriodSet",                             // 22
    "BondsMovingAverageSet",                         // 23
    "BondsPenaltySet",                               // 24
    "MaxAllowedValidatorsSet",                       // 25
    "AxonServed",                                    // 26
    "PrometheusServed",                              // 27
    "DelegateAdded",                                 // 28
    "DefaultTakeSet",                                // 29
    "WeightsVersionKeySet",                          // 30
    "MinDifficultySet",                              // 31
    "MaxDifficultySet",                              // 32
    "ServingRateLimitSet",                           // 33
    "BurnSet",                                       // 34
    "MaxBurnSet",                                    // 35
    "MinBurnSet",                                    // 36
    "TxRateLimitSet",                                // 37
    "TxDelegateTakeRateLimitSet",                    // 38
    "TxChildKeyTakeRateLimitSet",                    // 39
    "MinChildKeyTakeSet",                            // 40
    "MaxChildKeyTakeSet",                            // 41
    "ChildKeyTakeSet",                               // 42
    "Sudid",                                         // 43
    "RegistrationAllowed",                           // 44
    "PowRegistrationAllowed",                        // 45
    "TempoSet",                                      // 46
    "RAORecycledForRegistrationSet",                 // 47
    "StakeThresholdSet",                             // 48
    "SenateRequiredStakePercentSet",                 // 49
    "AdjustmentAlphaSet",                            // 50
    "Faucet",                                        // 51
    "SubnetOwnerCutSet",                             // 52
    "NetworkRateLimitSet",                           // 53
    "NetworkImmunityPeriodSet",                      // 54
    "NetworkMinLockCostSet",                         // 55
    "NetworkLockCostReductionIntervalSet",           // 56
    "TakeDecreased",                                 // 57
    "TakeIncreased",                                 // 58
    "HotkeySwapped",                                 // 59
    "MaxDelegateTakeSet",                            // 60
    "MinDelegateTakeSet",                            // 61
    "SenateAdjusted",                                // 62
    "ColdkeySwapped",                                // 63
    "AllBalanceUnstakedAndTransferredToNewColdkey",  // 64
    "ColdkeySwapScheduled",                          // 65
    "ArbitrationPeriodExtended",                     // 66
    "SetChildrenScheduled",                          // 67
    "SetChildren",                                   // 68
    "ChainIdentitySet",                              // 69
    "SubnetIdentitySet",                             // 70
    "SubnetIdentityRemoved",                         // 71
    "DissolveNetworkScheduled",                      // 72
    "ColdkeySwapScheduleDurationSet",                // 73
    "DissolveNetworkScheduleDurationSet",            // 74
    "CRV3WeightsCommitted",                          // 75
    "WeightsCommitted",                              // 76
    "WeightsRevealed",                               // 77
    "WeightsBatchRevealed",                          // 78
    "BatchWeightsCompleted",                         // 79
    "BatchCompletedWithErrors",                      // 80
    "BatchWeightItemFailed",                         // 81
    "StakeTransferred",                              // 82
    "StakeSwapped",                                  // 83
    "TransferToggle",                                // 84
    "SubnetOwnerHotkeySet",                          // 85
    "FirstEmissionBlockNumberSet",                   // 86
    "AlphaRecycled",                                 // 87
    "AlphaBurned",                                   // 88
    "EvmKeyAssociated",                              // 89
    "CRV3WeightsRevealed",                           // 90
    "CommitRevealPeriodsSet",                        // 91
    "CommitRevealEnabled",                           // 92
};

TEST(SubtensorEvents, CountAndOrderMatchTheTag) {
  ASSERT_EQ(kTagEvents.size(), 93u);
  EXPECT_EQ(kEventCount, 93);
  const std::vector<metadata::Variant> variants = event_variants();
  ASSERT_EQ(variants.size(), kTagEvents.size());
  for (size_t i = 0; i < variants.size(); ++i) {
    EXPECT_EQ(variants[i].name, kTagEvents[i]) << i;
    EXPECT_EQ(variants[i].index, i);
  }
  const metadata::TypeRef type = runtime_registry().event_type(7);
  ASSERT_NE(type, nullptr);
  ASSERT_EQ(type->variants.size(), 93u);
  EXPECT_EQ(type->variant_by_index(92)->name, "CommitRevealEnabled");
}

TEST(SubtensorEvents, StructVariantsHaveNamedFields) {
  const metadata::TypeRef type = runtime_registry().event_type(7);
  ASSERT_NE(type, nullptr);
  auto names = [&](const char* variant) {
    std::vector<std::string> out;
    for (const metadata::Field& f : type->variant_by_name(variant)->fields) out.push_back(f.name);
    return out;
  };
  EXPECT_EQ(names("HotkeySwapped"),
            (std::vector<std::string>{"coldkey", "old_hotkey", "new_hotkey"}));
  EXPECT_EQ(
      names("ColdkeySwapScheduled"),
      (std::vector<std::string>{"old_coldkey", "new_coldkey", "execution_block", "swap_cost"}));
  EXPECT_EQ(names("EvmKeyAssociated"),
            (std::vector<std::string>{"netuid", "hotkey", "evm_key", "block_associated"}));
  EXPECT_EQ(names("StakeAdded"), (std::vector<std::string>(6, "")));
  EXPECT_TRUE(names("BatchCompletedWithErrors").empty());
  const metadata::Variant* scheduled = type->variant_by_name("ColdkeySwapScheduled");
  EXPECT_EQ(scheduled->fields[2].type->name, "u32");  // BlockNumberFor<T>
  EXPECT_EQ(type->variant_by_name("EvmKeyAssociated")->fields[2].type->name, "H160");
  EXPECT_EQ(type->variant_by_name("BatchWeightsCompleted")->fields[0].type->name,
            "Vec<Compact<u16>>");
  EXPECT_EQ(type->variant_by_name("Sudid")->fields[0].type->name, "Result<(), DispatchError>");
}

// ---- round trips
// ---------------------------------------------------------------------------------

// Gives every field a distinct, non-default value.
struct Filler {
  uint8_t seed = 1;
  uint8_t next() { return seed++; }

  void fill(bool& v) {
    v = true;
    (void)next();
  }
  void fill(uint16_t& v) { v = static_cast<uint16_t>(0x0100 + next()); }
  void fill(uint32_t& v) { v = 0x01000000u + next(); }
  void fill(uint64_t& v) { v = 0x0100000000000000ull + next(); }
  void fill(NetUid& v) { v = NetUid(static_cast<uint16_t>(0x0200 + next())); }
  void fill(Uid& v) { v = Uid(static_cast<uint16_t>(0x0300 + next())); }
  void fill(TaoBalance& v) { v = TaoBalance(1'000'000'000ull * next()); }
  void fill(AlphaBalance& v) { v = AlphaBalance(7'000'000ull * next()); }
  template <size_t N, class Tag>
  void fill(FixedBytes<N, Tag>& v) {
    ByteArray<N> b{};
    b.fill(next());
    v = FixedBytes<N, Tag>(b);
  }
  void fill(std::optional<AccountId>& v) {
    AccountId a;
    fill(a);
    v = a;
  }
  void fill(std::vector<ProportionAccount>& v) {
    v.resize(2);
    for (auto& [p, a] : v) {
      fill(p);
      fill(a);
    }
  }
  void fill(std::vector<Hash256>& v) {
    v.resize(3);
    for (Hash256& h : v) fill(h);
  }
  void fill(std::vector<scale::Compact<uint16_t>>& v) {
    v = {scale::Compact<uint16_t>{1}, scale::Compact<uint16_t>{300},
         scale::Compact<uint16_t>{next()}};
  }
  void fill(frame::DispatchError& v) { v = frame::DispatchError::module(7, next()); }
  void fill(Result<void, frame::DispatchError>& v) {
    v = unexpected(frame::DispatchError::module(5, next()));
  }
};

template <class E>
E filled() {
  E e{};
  Filler filler;
  // fields() ties the members as const; e itself is not const.
  std::apply(
      [&](const auto&... f) {
        (filler.fill(const_cast<std::remove_cvref_t<decltype(f)>&>(f)), ...);
      },
      std::as_const(e).fields());
  return e;
}

template <class E>
void check(size_t position, const char* name) {
  SCOPED_TRACE(name);
  static_assert(E::kPallet == 7);
  EXPECT_EQ(E::kIndex, position);
  const metadata::Registry& registry = runtime_registry();
  const E e = filled<E>();
  const Bytes bytes = system::encode_event(e);
  ASSERT_FALSE(bytes.empty());
  EXPECT_EQ(bytes[0], position);
  // The pallet's Event type.
  const metadata::TypeRef type = registry.event_type(7);
  auto value = metadata::decode_value_all(*type, bytes, &registry);
  ASSERT_TRUE(value.has_value()) << value.error().message();
  EXPECT_EQ(value->index, position);
  EXPECT_EQ(type->variant_by_index(value->index)->name, name);
  auto again = metadata::encode_value_bytes(*type, *value, &registry);
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(*again, bytes);
  // RuntimeEvent: pallet index 7 ++ the pallet event.
  Bytes runtime_event{7};
  append(runtime_event, bytes);
  auto outer = metadata::decode_value_all(*registry.runtime_event(), runtime_event, &registry);
  ASSERT_TRUE(outer.has_value()) << outer.error().message();
  EXPECT_EQ(outer->index, 7);
  ASSERT_EQ(outer->items.size(), 1u);
  EXPECT_EQ(outer->items[0], *value);
}

TEST(SubtensorEvents, EveryEventRoundTripsThroughTheRegistry) {
  check<event::NetworkAdded>(0, "NetworkAdded");
  check<event::NetworkRemoved>(1, "NetworkRemoved");
  check<event::StakeAdded>(2, "StakeAdded");
  check<event::StakeRemoved>(3, "StakeRemoved");
  check<event::StakeMoved>(4, "StakeMoved");
  check<event::WeightsSet>(5, "WeightsSet");
  check<event::NeuronRegistered>(6, "NeuronRegistered");
  check<event::BulkNeuronsRegistered>(7, "BulkNeuronsRegistered");
  check<event::BulkBalancesSet>(8, "BulkBalancesSet");
  check<event::MaxAllowedUidsSet>(9, "MaxAllowedUidsSet");
  check<event::MaxWeightLimitSet>(10, "MaxWeightLimitSet");
  check<event::DifficultySet>(11, "DifficultySet");
  check<event::AdjustmentIntervalSet>(12, "AdjustmentIntervalSet");
  check<event::RegistrationPerIntervalSet>(13, "RegistrationPerIntervalSet");
  check<event::MaxRegistrationsPerBlockSet>(14, "MaxRegistrationsPerBlockSet");
  check<event::ActivityCutoffSet>(15, "ActivityCutoffSet");
  check<event::RhoSet>(16, "RhoSet");
  check<event::KappaSet>(17, "KappaSet");
  check<event::MinAllowedWeightSet>(18, "MinAllowedWeightSet");
  check<event::ValidatorPruneLenSet>(19, "ValidatorPruneLenSet");
  check<event::ScalingLawPowerSet>(20, "ScalingLawPowerSet");
  check<event::WeightsSetRateLimitSet>(21, "WeightsSetRateLimitSet");
  check<event::ImmunityPeriodSet>(22, "ImmunityPeriodSet");
  check<event::BondsMovingAverageSet>(23, "BondsMovingAverageSet");
  check<event::BondsPenaltySet>(24, "BondsPenaltySet");
  check<event::MaxAllowedValidatorsSet>(25, "MaxAllowedValidatorsSet");
  check<event::AxonServed>(26, "AxonServed");
  check<event::PrometheusServed>(27, "PrometheusServed");
  check<event::DelegateAdded>(28, "DelegateAdded");
  check<event::DefaultTakeSet>(29, "DefaultTakeSet");
  check<event::WeightsVersionKeySet>(30, "WeightsVersionKeySet");
  check<event::MinDifficultySet>(31, "MinDifficultySet");
  check<event::MaxDifficultySet>(32, "MaxDifficultySet");
  check<event::ServingRateLimitSet>(33, "ServingRateLimitSet");
  check<event::BurnSet>(34, "BurnSet");
  check<event::MaxBurnSet>(35, "MaxBurnSet");
  check<event::MinBurnSet>(36, "MinBurnSet");
  check<event::TxRateLimitSet>(37, "TxRateLimitSet");
  check<event::TxDelegateTakeRateLimitSet>(38, "TxDelegateTakeRateLimitSet");
  check<event::TxChildKeyTakeRateLimitSet>(39, "TxChildKeyTakeRateLimitSet");
  check<event::MinChildKeyTakeSet>(40, "MinChildKeyTakeSet");
  check<event::MaxChildKeyTakeSet>(41, "MaxChildKeyTakeSet");
  check<event::ChildKeyTakeSet>(42, "ChildKeyTakeSet");
  check<event::Sudid>(43, "Sudid");
  check<event::RegistrationAllowed>(44, "RegistrationAllowed");
  check<event::PowRegistrationAllowed>(45, "PowRegistrationAllowed");
  check<event::TempoSet>(46, "TempoSet");
  check<event::RAORecycledForRegistrationSet>(47, "RAORecycledForRegistrationSet");
  check<event::StakeThresholdSet>(48, "StakeThresholdSet");
  check<event::SenateRequiredStakePercentSet>(49, "SenateRequiredStakePercentSet");
  check<event::AdjustmentAlphaSet>(50, "AdjustmentAlphaSet");
  check<event::Faucet>(51, "Faucet");
  check<event::SubnetOwnerCutSet>(52, "SubnetOwnerCutSet");
  check<event::NetworkRateLimitSet>(53, "NetworkRateLimitSet");
  check<event::NetworkImmunityPeriodSet>(54, "NetworkImmunityPeriodSet");
  check<event::NetworkMinLockCostSet>(55, "NetworkMinLockCostSet");
  check<event::NetworkLockCostReductionIntervalSet>(56, "NetworkLockCostReductionIntervalSet");
  check<event::TakeDecreased>(57, "TakeDecreased");
  check<event::TakeIncreased>(58, "TakeIncreased");
  check<event::HotkeySwapped>(59, "HotkeySwapped");
  check<event::MaxDelegateTakeSet>(60, "MaxDelegateTakeSet");
  check<event::MinDelegateTakeSet>(61, "MinDelegateTakeSet");
  check<event::SenateAdjusted>(62, "SenateAdjusted");
  check<event::ColdkeySwapped>(63, "ColdkeySwapped");
  check<event::AllBalanceUnstakedAndTransferredToNewColdkey>(
      64, "AllBalanceUnstakedAndTransferredToNewColdkey");
  check<event::ColdkeySwapScheduled>(65, "ColdkeySwapScheduled");
  check<event::ArbitrationPeriodExtended>(66, "ArbitrationPeriodExtended");
  check<event::SetChildrenScheduled>(67, "SetChildrenScheduled");
  check<event::SetChildren>(68, "SetChildren");
  check<event::ChainIdentitySet>(69, "ChainIdentitySet");
  check<event::SubnetIdentitySet>(70, "SubnetIdentitySet");
  check<event::SubnetIdentityRemoved>(71, "SubnetIdentityRemoved");
  check<event::DissolveNetworkScheduled>(72, "DissolveNetworkScheduled");
  check<event::ColdkeySwapScheduleDurationSet>(73, "ColdkeySwapScheduleDurationSet");
  check<event::DissolveNetworkScheduleDurationSet>(74, "DissolveNetworkScheduleDurationSet");
  check<event::CRV3WeightsCommitted>(75, "CRV3WeightsCommitted");
  check<event::WeightsCommitted>(76, "WeightsCommitted");
  check<event::WeightsRevealed>(77, "WeightsRevealed");
  check<event::WeightsBatchRevealed>(78, "WeightsBatchRevealed");
  check<event::BatchWeightsCompleted>(79, "BatchWeightsCompleted");
  check<event::BatchCompletedWithErrors>(80, "BatchCompletedWithErrors");
  check<event::BatchWeightItemFailed>(81, "BatchWeightItemFailed");
  check<event::StakeTransferred>(82, "StakeTransferred");
  check<event::StakeSwapped>(83, "StakeSwapped");
  check<event::TransferToggle>(84, "TransferToggle");
  check<event::SubnetOwnerHotkeySet>(85, "SubnetOwnerHotkeySet");
  check<event::FirstEmissionBlockNumberSet>(86, "FirstEmissionBlockNumberSet");
  check<event::AlphaRecycled>(87, "AlphaRecycled");
  check<event::AlphaBurned>(88, "AlphaBurned");
  check<event::EvmKeyAssociated>(89, "EvmKeyAssociated");
  check<event::CRV3WeightsRevealed>(90, "CRV3WeightsRevealed");
  check<event::CommitRevealPeriodsSet>(91, "CommitRevealPeriodsSet");
  check<event::CommitRevealEnabled>(92, "CommitRevealEnabled");
}

// ---- exact bytes -------------------------------------------------------------------------------

AccountId acct(uint8_t b) {
  ByteArray<32> a{};
  a.fill(b);
  return AccountId(a);
}

TEST(SubtensorEvents, ExactEncodings) {
  using testutil::hex;
  const std::string a1(64, '1');  // 0x11 x 32 as hex
  const std::string a2(64, '2');
  EXPECT_EQ(system::encode_event(event::NetworkAdded{NetUid(3), 1}), hex("00"
                                                                         "0300"
                                                                         "0100"));
  event::StakeAdded s;
  s.coldkey = acct(0x11);
  s.hotkey = acct(0x22);
  s.tao = TaoBalance(1'000'000'000);
  s.alpha = AlphaBalance(5);
  s.netuid = NetUid(1);
  s.fee = TaoBalance(50'000);
  EXPECT_EQ(system::encode_event(s), hex("02" + a1 + a2 +
                                         "00ca9a3b00000000"
                                         "0500000000000000"
                                         "0100"
                                         "50c3000000000000"));
  EXPECT_EQ(system::encode_event(event::Sudid{Ok{}}), hex("2b00"));
  EXPECT_EQ(system::encode_event(event::Sudid{unexpected(frame::DispatchError::module(7, 2))}),
            hex("2b01"
                "0307"
                "02000000"));
  EXPECT_EQ(system::encode_event(event::SenateAdjusted{std::nullopt, acct(0x11)}),
            hex("3e00" + a1));
  EXPECT_EQ(system::encode_event(event::BatchCompletedWithErrors{}), hex("50"));
  EXPECT_EQ(system::encode_event(event::BatchWeightsCompleted{
                {scale::Compact<uint16_t>{1}, scale::Compact<uint16_t>{300}}, acct(0x22)}),
            hex("4f"
                "08"
                "04"
                "b104" +
                a2));
  EXPECT_EQ(system::encode_event(event::ColdkeySwapScheduled{acct(0x11), acct(0x22), 36'000, 7}),
            hex("41" + a1 + a2 +
                "a08c0000"
                "0700000000000000"));
  EXPECT_EQ(system::encode_event(event::CommitRevealEnabled{NetUid(2), true}), hex("5c"
                                                                                   "0200"
                                                                                   "01"));
}

}  // namespace
}  // namespace subemu::runtime::subtensor
