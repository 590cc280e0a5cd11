// SubtensorModule's Error enum (pallets/subtensor/src/macros/errors.rs at v3.0.0). The index of a
// variant is its position in the declaration (FRAME numbers #[pallet::error] variants in order;
// the commented-out StakeToWithdrawIsZero takes no index). Indices are on chain -- a failed
// extrinsic's DispatchError::Module{index: 7, error: [i, 0, 0, 0]} -- and must not change.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/frame/dispatch.hpp"
#include "runtime/pallets/subtensor/pallet.hpp"

namespace subemu::runtime::subtensor {

enum class Error : uint8_t {
  kSubNetworkDoesNotExist = 0,
  kRootNetworkDoesNotExist = 1,
  kInvalidIpType = 2,
  kInvalidIpAddress = 3,
  kInvalidPort = 4,
  kHotKeyNotRegisteredInSubNet = 5,
  kHotKeyAccountNotExists = 6,
  kHotKeyNotRegisteredInNetwork = 7,
  kNonAssociatedColdKey = 8,
  kNotEnoughStake = 9,
  kNotEnoughStakeToWithdraw = 10,
  kNotEnoughStakeToSetWeights = 11,
  kNotEnoughStakeToSetChildkeys = 12,
  kNotEnoughBalanceToStake = 13,
  kBalanceWithdrawalError = 14,
  kZeroBalanceAfterWithdrawn = 15,
  kNeuronNoValidatorPermit = 16,
  kWeightVecNotEqualSize = 17,
  kDuplicateUids = 18,
  kUidVecContainInvalidOne = 19,
  kWeightVecLengthIsLow = 20,
  kTooManyRegistrationsThisBlock = 21,
  kHotKeyAlreadyRegisteredInSubNet = 22,
  kNewHotKeyIsSameWithOld = 23,
  kInvalidWorkBlock = 24,
  kInvalidDifficulty = 25,
  kInvalidSeal = 26,
  kMaxWeightExceeded = 27,
  kHotKeyAlreadyDelegate = 28,
  kSettingWeightsTooFast = 29,
  kIncorrectWeightVersionKey = 30,
  kServingRateLimitExceeded = 31,
  kUidsLengthExceedUidsInSubNet = 32,
  kNetworkTxRateLimitExceeded = 33,
  kDelegateTxRateLimitExceeded = 34,
  kHotKeySetTxRateLimitExceeded = 35,
  kStakingRateLimitExceeded = 36,
  kSubNetRegistrationDisabled = 37,
  kTooManyRegistrationsThisInterval = 38,
  kTransactorAccountShouldBeHotKey = 39,
  kNotSenateMember = 40,
  kFaucetDisabled = 41,
  kNotSubnetOwner = 42,
  kRegistrationNotPermittedOnRootSubnet = 43,
  kStakeTooLowForRoot = 44,
  kAllNetworksInImmunity = 45,
  kNotEnoughBalanceToPaySwapHotKey = 46,
  kNotRootSubnet = 47,
  kCanNotSetRootNetworkWeights = 48,
  kNoNeuronIdAvailable = 49,
  kDelegateTakeTooLow = 50,
  kDelegateTakeTooHigh = 51,
  kNoWeightsCommitFound = 52,
  kInvalidRevealCommitHashNotMatch = 53,
  kCommitRevealEnabled = 54,
  kCommitRevealDisabled = 55,
  kCouldNotJoinSenate = 56,
  kLiquidAlphaDisabled = 57,
  kAlphaHighTooLow = 58,
  kAlphaLowOutOfRange = 59,
  kColdKeyAlreadyAssociated = 60,
  kNotEnoughBalanceToPaySwapColdKey = 61,
  kColdkeyIsInArbitration = 62,
  kInvalidChild = 63,
  kDuplicateChild = 64,
  kProportionOverflow = 65,
  kTooManyChildren = 66,
  kTxRateLimitExceeded = 67,
  kSwapAlreadyScheduled = 68,
  kFailedToSchedule = 69,
  kNewColdKeyIsHotkey = 70,
  kInvalidChildkeyTake = 71,
  kTxChildkeyTakeRateLimitExceeded = 72,
  kInvalidIdentity = 73,
  kMechanismDoesNotExist = 74,
  kCannotUnstakeLock = 75,
  kSubnetNotExists = 76,
  kTooManyUnrevealedCommits = 77,
  kExpiredWeightCommit = 78,
  kRevealTooEarly = 79,
  kInputLengthsUnequal = 80,
  kCommittingWeightsTooFast = 81,
  kAmountTooLow = 82,
  kInsufficientLiquidity = 83,
  kSlippageTooHigh = 84,
  kTransferDisallowed = 85,
  kActivityCutoffTooLow = 86,
  kCallDisabled = 87,
  kFirstEmissionBlockNumberAlreadySet = 88,
  kNeedWaitingMoreBlocksToStarCall = 89,
  kNotEnoughAlphaOutToRecycle = 90,
  kCannotBurnOrRecycleOnRootSubnet = 91,
  kUnableToRecoverPublicKey = 92,
  kInvalidRecoveredPublicKey = 93,
};
inline constexpr uint8_t kErrorCount = 94;

// DispatchError::Module{index: 7, error: [e, 0, 0, 0]}.
constexpr frame::DispatchError error(Error e) {
  return frame::DispatchError::module(kPalletIndex, static_cast<uint8_t>(e));
}

// The Rust name of a variant ("SubNetworkDoesNotExist").
std::string_view error_name(Error e);
// All names by index (the registry's error list).
std::vector<std::string> error_names();

}  // namespace subemu::runtime::subtensor
