// SubtensorModule's Error enum against pallets/subtensor/src/macros/errors.rs at v3.0.0: the
// names below are copied by hand from the tag, in declaration order (index = position; the
// commented-out StakeToWithdrawIsZero takes no index).
#include "runtime/pallets/subtensor/errors.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "runtime/frame/metadata/registry.hpp"
#include "runtime/runtime.hpp"

namespace subemu::runtime::subtensor {
namespace {

const std::vector<std::string> kTagErrors = {
    "SubNetworkDoesNotExist",                // 0
    "RootNetworkDoesNotExist",               // 1
    "InvalidIpType",                         // 2
    "InvalidIpAddress",                      // 3
    "InvalidPort",                           // 4
    "HotKeyNotRegisteredInSubNet",           // 5
    "HotKeyAccountNotExists",                // 6
    "HotKeyNotRegisteredInNetwork",          // 7
    "NonAssociatedColdKey",                  // 8
    "NotEnoughStake",                        // 9
    "NotEnoughStakeToWithdraw",              // 10
    "NotEnoughStakeToSetWeights",            // 11
    "NotEnoughStakeToSetChildkeys",          // 12
    "NotEnoughBalanceToStake",               // 13
    "BalanceWithdrawalError",                // 14
    "ZeroBalanceAfterWithdrawn",             // 15
    "NeuronNoValidatorPermit",               // 16
    "WeightVecNotEqualSize",                 // 17
    "DuplicateUids",                         // 18
    "UidVecContainInvalidOne",               // 19
    "WeightVecLengthIsLow",                  // 20
    "TooManyRegistrationsThisBlock",         // 21
    "HotKeyAlreadyRegisteredInSubNet",       // 22
    "NewHotKeyIsSameWithOld",                // 23
    "InvalidWorkBlock",                      // 24
    "InvalidDifficulty",                     // 25
    "InvalidSeal",                           // 26
    "MaxWeightExceeded",                     // 27
    "HotKeyAlreadyDelegate",                 // 28
    "SettingWeightsTooFast",                 // 29
    "IncorrectWeightVersionKey",             // 30
    "ServingRateLimitExceeded",              // 31
    "UidsLengthExceedUidsInSubNet",          // 32
    "NetworkTxRateLimitExceeded",            // 33
    "DelegateTxRateLimitExceeded",           // 34
    "HotKeySetTxRateLimitExceeded",          // 35
    "StakingRateLimitExceeded",              // 36
    "SubNetRegistrationDisabled",            // 37
    "TooManyRegistrationsThisInterval",      // 38
    "TransactorAccountShouldBeHotKey",       // 39
    "NotSenateMember",                       // 40
    "FaucetDisabled",                        // 41
    "NotSubnetOwner",                        // 42
    "RegistrationNotPermittedOnRootSubnet",  // 43
    "StakeTooLowForRoot",                    // 44
    "AllNetworksInImmunity",                 // 45
    "NotEnoughBalanceToPaySwapHotKey",       // 46
    "NotRootSubnet",                         // 47
    "CanNotSetRootNetworkWeights",           // 48
    "NoNeuronIdAvailable",                   // 49
    "DelegateTakeTooLow",                    // 50
    "DelegateTakeTooHigh",                   // 51
    "NoWeightsCommitFound",                  // 52
    "InvalidRevealCommitHashNotMatch",       // 53
    "CommitRevealEnabled",                   // 54
    "CommitRevealDisabled",                  // 55
    "CouldNotJoinSenate",                    // 56
    "LiquidAlphaDisabled",                   // 57
    "AlphaHighTooLow",                       // 58
    "AlphaLowOutOfRange",                    // 59
    "ColdKeyAlreadyAssociated",              // 60
    "NotEnoughBalanceToPaySwapColdKey",      // 61
    "ColdkeyIsInArbitration",                // 62
    "InvalidChild",                          // 63
    "DuplicateChild",                        // 64
    "ProportionOverflow",                    // 65
    "TooManyChildren",                       // 66
    "TxRateLimitExceeded",                   // 67
    "SwapAlreadyScheduled",                  // 68
    "FailedToSchedule",                      // 69
    "NewColdKeyIsHotkey",                    // 70
    "InvalidChildkeyTake",                   // 71
    "TxChildkeyTakeRateLimitExceeded",       // 72
    "InvalidIdentity",                       // 73
    "MechanismDoesNotExist",                 // 74
    "CannotUnstakeLock",                     // 75
    "SubnetNotExists",                       // 76
    "TooManyUnrevealedCommits",              // 77
    "ExpiredWeightCommit",                   // 78
    "RevealTooEarly",                        // 79
    "InputLengthsUnequal",                   // 80
    "CommittingWeightsTooFast",              // 81
    "AmountTooLow",                          // 82
    "InsufficientLiquidity",                 // 83
    "SlippageTooHigh",                       // 84
    "TransferDisallowed",                    // 85
    "ActivityCutoffTooLow",                  // 86
    "CallDisabled",                          // 87
    "FirstEmissionBlockNumberAlreadySet",    // 88
    "NeedWaitingMoreBlocksToStarCall",       // 89
    "NotEnoughAlphaOutToRecycle",            // 90
    "CannotBurnOrRecycleOnRootSubnet",       // 91
    "UnableToRecoverPublicKey",              // 92
    "InvalidRecoveredPublicKey",             // 93
};

TEST(SubtensorErrors, CountAndOrderMatchTheTag) {
  ASSERT_EQ(kTagErrors.size(), 94u);
  EXPECT_EQ(kErrorCount, 94);
  EXPECT_EQ(error_names(), kTagErrors);
  for (size_t i = 0; i < kTagErrors.size(); ++i) {
    EXPECT_EQ(error_name(static_cast<Error>(i)), kTagErrors[i]) << i;
  }
}

TEST(SubtensorErrors, RegistryNamesEveryModuleError) {
  const metadata::Registry& registry = runtime_registry();
  const metadata::PalletDesc* p = registry.pallet_by_index(7);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->errors, kTagErrors);
  for (size_t i = 0; i < kTagErrors.size(); ++i) {
    const std::string* name = registry.error_name(7, static_cast<uint8_t>(i));
    ASSERT_NE(name, nullptr) << i;
    EXPECT_EQ(*name, kTagErrors[i]);
  }
  EXPECT_EQ(registry.error_name(7, 94), nullptr);
}

TEST(SubtensorErrors, ModuleErrorEncoding) {
  // DispatchError::Module { index: 7, error: [i, 0, 0, 0] }.
  EXPECT_EQ(error(Error::kSubNetworkDoesNotExist), frame::DispatchError::module(7, 0));
  EXPECT_EQ(error(Error::kUidsLengthExceedUidsInSubNet), frame::DispatchError::module(7, 32));
  EXPECT_EQ(error(Error::kNotEnoughStakeToWithdraw), frame::DispatchError::module(7, 10));
  EXPECT_EQ(error(Error::kInvalidRecoveredPublicKey), frame::DispatchError::module(7, 93));
  EXPECT_TRUE(error(Error::kSlippageTooHigh).is_module(7, 84));
  EXPECT_EQ(scale::encode(error(Error::kAmountTooLow)), (Bytes{0x03, 7, 82, 0, 0, 0}));
}

}  // namespace
}  // namespace subemu::runtime::subtensor
