// SubtensorModule's storage items against the reference: every item's name, kind, hashers, key
// and value types, final key prefix and (ValueQuery items) default bytes in the "runtime"
// configuration; the config-dependent defaults under both configurations; the context API of
// ValueQueryConfig items; storage-keys.json through the typed items; the struct value types.
//
// Expected values: names, kinds, hashers, key/value types and defaults are written from
// pallets/subtensor/src/lib.rs at v3.0.0 (with runtime/src/lib.rs and tests/mock.rs for the
// Config constants); the twox128(item name) column is the one of shared/reference/storage.md.
#include "runtime/pallets/subtensor/storage.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "runtime/frame/config.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/frame/metadata/scale_value.hpp"
#include "runtime/pallets/subtensor/pallet.hpp"
#include "runtime/runtime.hpp"
#include "storage/memory_store.hpp"
#include "storage/overlay.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu::runtime::subtensor {
namespace {

using metadata::ItemDesc;
using metadata::ItemKind;
using H = storage::HasherKind;
using testutil::hex;

constexpr const char* kPalletHash =
    "658faa385070e074c85bf6b568cf0555";  // twox128("SubtensorModule")

struct ExpectedItem {
  const char* name;
  ItemKind kind;
  std::vector<H> hashers;
  std::vector<std::string> keys;  // key type names, in key order
  const char* value;              // value type name
  const char* item_hash;          // twox128(name), storage.md
  const char* default_hex;        // SCALE of the runtime default; nullptr for OptionQuery
};

// lib.rs declaration order.
const std::vector<ExpectedItem>& expected_items() {
  static const std::vector<ExpectedItem> items = {
      // clang-format off
      {"MinActivityCutoff", ItemKind::kValue, {}, {}, "u16", "35e5cf72d76025611c830ef9cca0a6a0", "6801"},
      {"ColdkeySwapScheduleDuration", ItemKind::kValue, {}, {}, "u32", "fa290bbcb340efdb859b750e8d989fd2", "a08c0000"},
      {"DissolveNetworkScheduleDuration", ItemKind::kValue, {}, {}, "u32", "abca7caaa9719f6625c990794bbb9680", "a08c0000"},
      {"SenateRequiredStakePercentage", ItemKind::kValue, {}, {}, "u64", "c830fecde242f1cdc6df627c2a3d4e18", "0100000000000000"},
      {"TaoWeight", ItemKind::kValue, {}, {}, "u64", "6b2684762c3b1e22ffb4a92939298741", "fc62e03efa3c7c0d"},
      {"MaxDelegateTake", ItemKind::kValue, {}, {}, "u16", "d0054f7ab1831b957e9888ac9c21f1e3", "142e"},
      {"MinDelegateTake", ItemKind::kValue, {}, {}, "u16", "e703f054b93b8e2226437566d55472dd", "0000"},
      {"MaxChildkeyTake", ItemKind::kValue, {}, {}, "u16", "dba018859cab7e989f77669457b394be", "142e"},
      {"MinChildkeyTake", ItemKind::kValue, {}, {}, "u16", "f14f14d903e9994045ff1902b3e513dc", "0000"},
      {"Owner", ItemKind::kMap, {H::kBlake2_128Concat}, {"AccountId32"}, "AccountId32", "eca6b7a1fdc9f689184ecb4f359c0518", "0000000000000000000000000000000000000000000000000000000000000000"},
      {"Delegates", ItemKind::kMap, {H::kBlake2_128Concat}, {"AccountId32"}, "u16", "60d1f0ff648e4c86ea413fc0173d4038", "142e"},
      {"ChildkeyTake", ItemKind::kDoubleMap, {H::kBlake2_128Concat, H::kIdentity}, {"AccountId32", "u16"}, "u16", "d04ec7974ea9dd69df4920a91b709443", "0000"},
      {"PendingChildKeys", ItemKind::kDoubleMap, {H::kIdentity, H::kBlake2_128Concat}, {"u16", "AccountId32"}, "(Vec<(u64, AccountId32)>, u64)", "ae8049ea93e80020b81edbb0054ed141", "000000000000000000"},
      {"ChildKeys", ItemKind::kDoubleMap, {H::kBlake2_128Concat, H::kIdentity}, {"AccountId32", "u16"}, "Vec<(u64, AccountId32)>", "4bf30057b0f64219556b6cc15bd2804a", "00"},
      {"ParentKeys", ItemKind::kDoubleMap, {H::kBlake2_128Concat, H::kIdentity}, {"AccountId32", "u16"}, "Vec<(u64, AccountId32)>", "de41ae13ae40a9d3c5fd9b3bdea86fe2", "00"},
      {"AlphaDividendsPerSubnet", ItemKind::kDoubleMap, {H::kIdentity, H::kBlake2_128Concat}, {"u16", "AccountId32"}, "u64", "362d401ea7c93984e89763daca2cbf3b", "0000000000000000"},
      {"TaoDividendsPerSubnet", ItemKind::kDoubleMap, {H::kIdentity, H::kBlake2_128Concat}, {"u16", "AccountId32"}, "u64", "161711b56e44201be00565e057c65c77", "0000000000000000"},
      {"BlockEmission", ItemKind::kValue, {}, {}, "u64", "34ebdb22bbd04c61ef98f1974907c68d", "00ca9a3b00000000"},
      {"LastHotkeyEmissionOnNetuid", ItemKind::kDoubleMap, {H::kBlake2_128Concat, H::kIdentity}, {"AccountId32", "u16"}, "u64", "f7f0d4276f43ce49c3a261eadc2ac46a", "0000000000000000"},
      {"LastHotkeyColdkeyEmissionOnNetuid", ItemKind::kNMap, {H::kBlake2_128Concat, H::kBlake2_128Concat, H::kIdentity}, {"AccountId32", "AccountId32", "u16"}, "u64", "0d5ad083a21630a7a7817b75ebfa821f", "0000000000000000"},
      {"TotalIssuance", ItemKind::kValue, {}, {}, "u64", "57c875e4cff74148e4628f264b974c80", "0000000000000000"},
      {"TotalStake", ItemKind::kValue, {}, {}, "u64", "4f85a3603259384a5fa5494b7d7fdb8c", "0000000000000000"},
      {"DynamicBlock", ItemKind::kValue, {}, {}, "u64", "c1d9d79f7abdfd23f55e479d402f610f", "0000000000000000"},
      {"SubnetMovingAlpha", ItemKind::kValue, {}, {}, "I96F32", "65ef4b6311933743a027c3602fbabe20", "55320000000000000000000000000000"},
      {"SubnetMovingPrice", ItemKind::kMap, {H::kIdentity}, {"u16"}, "I96F32", "1abf1b0f4fd14f7b72ee50f9d91d5915", "00000000000000000000000000000000"},
      {"SubnetVolume", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u128", "3c3226e141696000b4b239c65bc2b2b4", "00000000000000000000000000000000"},
      {"SubnetTAO", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "7a57dce016211512d1700561066b85a3", "0000000000000000"},
      {"SubnetAlphaInEmission", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "1905df3b2516a166b6f9fba54fef1cd8", "0000000000000000"},
      {"SubnetAlphaOutEmission", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "25257fbc5458419b7bc7e8c44c521521", "0000000000000000"},
      {"SubnetTaoInEmission", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "dd62ae7237581e8f6a684f1ecae06215", "0000000000000000"},
      {"SubnetAlphaEmissionSell", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "dc2b38a8db13468d1e6778c07fbc80be", "0000000000000000"},
      {"TotalStakeAtDynamic", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "8d82c41fda6c65e2e4b2ace02f7e71b6", "0000000000000000"},
      {"SubnetAlphaIn", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "2ce12f7007574647d692ac7edf8b7a53", "0000000000000000"},
      {"SubnetAlphaOut", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "7837978cc6746112a2c9e680a18cfcb9", "0000000000000000"},
      {"StakingHotkeys", ItemKind::kMap, {H::kBlake2_128Concat}, {"AccountId32"}, "Vec<AccountId32>", "b7d32a0408ab25b30dac6ec2cb66fe1f", "00"},
      {"OwnedHotkeys", ItemKind::kMap, {H::kBlake2_128Concat}, {"AccountId32"}, "Vec<AccountId32>", "882f0d11afa27a40918e90f095800125", "00"},
      {"ColdkeySwapScheduled", ItemKind::kMap, {H::kBlake2_128Concat}, {"AccountId32"}, "()", "6e20aeb45e89ba35c8609fbbca33c4f0", ""},
      {"TotalHotkeyAlpha", ItemKind::kDoubleMap, {H::kBlake2_128Concat, H::kIdentity}, {"AccountId32", "u16"}, "u64", "ee25c3b5b1886863480497907f1829e6", "0000000000000000"},
      {"TotalHotkeyAlphaLastEpoch", ItemKind::kDoubleMap, {H::kBlake2_128Concat, H::kIdentity}, {"AccountId32", "u16"}, "u64", "8768b6bd9189313526653fe8d3a21559", "0000000000000000"},
      {"TotalHotkeyShares", ItemKind::kDoubleMap, {H::kBlake2_128Concat, H::kIdentity}, {"AccountId32", "u16"}, "U64F64", "3dbb78074d07a16f4942c7df159ed5e5", "00000000000000000000000000000000"},
      {"Alpha", ItemKind::kNMap, {H::kBlake2_128Concat, H::kBlake2_128Concat, H::kIdentity}, {"AccountId32", "AccountId32", "u16"}, "U64F64", "7261f9a8fde18018cccf70368697902f", "00000000000000000000000000000000"},
      {"TokenSymbol", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u8>", "1d2b1576e38a35d8562cbcdfc8db1277", "10f09d9c8f"},
      {"SubnetName", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u8>", "6c6b81caac599f44170ddeaa7f94cef5", "10f09d9c8f"},
      {"UsedWork", ItemKind::kMap, {H::kIdentity}, {"Vec<u8>"}, "u64", "a99792924b6de2af2561eab2e1fdb2d9", "0000000000000000"},
      {"MaxRegistrationsPerBlock", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "5c42f45df5bee15784582e489bd453c9", "0100"},
      {"TotalNetworks", ItemKind::kValue, {}, {}, "u16", "5f3bb7bcd0a076a48abf8c256d221721", "0000"},
      {"NetworkImmunityPeriod", ItemKind::kValue, {}, {}, "u64", "be4bea261cfe8a2b911e689c943bbd43", "e0c4000000000000"},
      {"NetworkLastRegistered", ItemKind::kValue, {}, {}, "u64", "523c2ca14b63d5abaac7b4e6c1f0b65f", "0000000000000000"},
      {"NetworkMinAllowedUids", ItemKind::kValue, {}, {}, "u16", "2c876a44938bb2e1cd3bf48b3ab5d5b1", "8000"},
      {"NetworkMinLockCost", ItemKind::kValue, {}, {}, "u64", "af4319a20ed58ed2c549e6b6ea25fe88", "0010a5d4e8000000"},
      {"NetworkLastLockCost", ItemKind::kValue, {}, {}, "u64", "de7b71faea4b83188e1aa22b1f79237c", "0010a5d4e8000000"},
      {"NetworkLockReductionInterval", ItemKind::kValue, {}, {}, "u64", "67d5740b25f3ae7aea68123bdcdc6bd4", "c089010000000000"},
      {"SubnetOwnerCut", ItemKind::kValue, {}, {}, "u16", "e799290d4a088ada42cf32b591c69203", "142e"},
      {"NetworkRateLimit", ItemKind::kValue, {}, {}, "u64", "9432d347db1cb70ce515b7a097bb84d9", "201c000000000000"},
      {"NominatorMinRequiredStake", ItemKind::kValue, {}, {}, "u64", "600828b736cfd977b24a0d2528a8a2e8", "0000000000000000"},
      {"WeightsVersionKeyRateLimit", ItemKind::kValue, {}, {}, "u64", "2e7ba619ce994199d3a3062c7636be4c", "0500000000000000"},
      {"TransferToggle", ItemKind::kMap, {H::kIdentity}, {"u16"}, "bool", "c0f3f30c1dad9977105a0d9bcac785b9", "01"},
      {"SubnetLocked", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "0b239b14aabff725a67226cfb60116c4", "0000000000000000"},
      {"LargestLocked", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "3075c62b2f2591e0616b59d057a876d2", "0000000000000000"},
      {"Tempo", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "7641384bb339f3758acddfd7053d3317", "6801"},
      {"FirstEmissionBlockNumber", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "e4cfee4e36f2419d8863a3fda65c428f", nullptr},
      {"SubnetMechanism", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "306afce653cf1dfd6333a3c30d8d347e", "0000"},
      {"SubnetworkN", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "a1048e9d244171852dfe8db314dc68ca", "0000"},
      {"NetworkModality", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "6dcf6d297802ab84a1c68cb945339992", "0000"},
      {"NetworksAdded", ItemKind::kMap, {H::kIdentity}, {"u16"}, "bool", "0e30450fc4d507a846032a7fa65d9a43", "00"},
      {"IsNetworkMember", ItemKind::kDoubleMap, {H::kBlake2_128Concat, H::kIdentity}, {"AccountId32", "u16"}, "bool", "ea6aa4e81a33d2c120ef55203e0eb560", "00"},
      {"NetworkRegistrationAllowed", ItemKind::kMap, {H::kIdentity}, {"u16"}, "bool", "d5fe74da02c7b4bbb340fb368eee3e77", "00"},
      {"NetworkPowRegistrationAllowed", ItemKind::kMap, {H::kIdentity}, {"u16"}, "bool", "d9609d5bbf07471b2a753b5a2576ff70", "00"},
      {"NetworkRegisteredAt", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "271d29b9b717ce3d8c571f1cbc180fa2", "0000000000000000"},
      {"PendingEmission", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "d016a4b46e46440c4c99cfd765a43884", "0000000000000000"},
      {"PendingRootDivs", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "dc546ed7f11b89c662548f4b5654893b", "0000000000000000"},
      {"PendingAlphaSwapped", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "6db172a021bc258035364adfcd6bff3a", "0000000000000000"},
      {"PendingOwnerCut", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "619fc1d902020b6627d90e16de3dd552", "0000000000000000"},
      {"BlocksSinceLastStep", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "63f934e48e59bf9413de427605faa024", "0000000000000000"},
      {"LastMechansimStepBlock", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "90a5927434316ff88c68f65cd390bb70", "0000000000000000"},
      {"SubnetOwner", ItemKind::kMap, {H::kIdentity}, {"u16"}, "AccountId32", "36e3e82152c8758267395fe524fbbd16", "0000000000000000000000000000000000000000000000000000000000000000"},
      {"SubnetOwnerHotkey", ItemKind::kMap, {H::kIdentity}, {"u16"}, "AccountId32", "68b7553499633fe05caf4d8a51aefe5c", "0000000000000000000000000000000000000000000000000000000000000000"},
      {"ServingRateLimit", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "1fbba053865c94fcc1b417b41cc9e63a", "3200000000000000"},
      {"Rho", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "8fee6408998b8e8dbf2a60124c2c7307", "0a00"},
      {"Kappa", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "06d22dc781f44e506e51707fab5eea4d", "ff7f"},
      {"NeuronsToPruneAtNextEpoch", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "eed38d19ee6171946994c0d72a073587", "0000"},
      {"RegistrationsThisInterval", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "2fd68e6f37598f679d0698930b5bbb47", "0000"},
      {"POWRegistrationsThisInterval", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "ffabb584688c82a9b01a0527f0afd3db", "0000"},
      {"BurnRegistrationsThisInterval", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "64b6168414916325e7cb4f3f47691e11", "0000"},
      {"MaxAllowedUids", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "fabe6b131d9fa6e6d6cacbe7586c3b8a", "0010"},
      {"ImmunityPeriod", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "b6522cfe03433e9e101a258ee2f580ab", "0010"},
      {"ActivityCutoff", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "c57fc7240b4e0c444a010d7fe83ec3ec", "8813"},
      {"MaxWeightsLimit", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "919db2fe18203eba898cee471ef19240", "e803"},
      {"WeightsVersionKey", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "d8cb0c0627a5cd77797c62415dbef962", "0000000000000000"},
      {"MinAllowedWeights", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "5cd1c97edf92be296fb8ae73ee861126", "0004"},
      {"MaxAllowedValidators", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "741b883d2519eed91857993bfd4df0ba", "8000"},
      {"AdjustmentInterval", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "6c7d35d5598690cea11da98f2ef32ebb", "6400"},
      {"BondsMovingAverage", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "d8117c571cafc568cd7c63bca9d9e785", "a0bb0d0000000000"},
      {"BondsPenalty", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "20b865428adc94c5fa992353cb33c6e1", "ffff"},
      {"WeightsSetRateLimit", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "2d919f5b3b970cd2c91638872d3aa64c", "6400000000000000"},
      {"ValidatorPruneLen", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "95cef000d8469a2555dd84d5ede8a2d7", "0100000000000000"},
      {"ScalingLawPower", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "1160860ea8c336c4d46fd5536830b634", "3200"},
      {"TargetRegistrationsPerInterval", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "86cea6ddbfb037714c1e679cc83298a7", "0200"},
      {"AdjustmentAlpha", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "c761d98788b0d56168f58bdfc0445324", "0000000000000000"},
      {"CommitRevealWeightsEnabled", ItemKind::kMap, {H::kIdentity}, {"u16"}, "bool", "8fb0d3eb3d4ea01122652b09d1d43c65", "00"},
      {"Burn", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "01be1755d08418802946bca51b686325", "00ca9a3b00000000"},
      {"Difficulty", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "7d15dd66fbf0cbda1d3a651b5e606df2", "8096980000000000"},
      {"MinBurn", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "b5ebf5d60c129a116973e38cd593e6e6", "20a1070000000000"},
      {"MaxBurn", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "113e5f8ae432b71a8c1ac60fd9d6ff2e", "00e8764817000000"},
      {"MinDifficulty", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "7d1ef0ad35be38a65d724cebe67a0828", "8096980000000000"},
      {"MaxDifficulty", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "d9a2e3756c352adba311d5c8e9b1659b", "ffffffffffffff3f"},
      {"LastAdjustmentBlock", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "17a29fee99b3dc1fbf0f59575776880a", "0000000000000000"},
      {"RegistrationsThisBlock", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u16", "1b3fb8eab74d7b0ba55c892d38ff23cc", "0000"},
      {"EMAPriceHalvingBlocks", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "0c8a87705ba85a17daa1bb11f7899de1", "8013030000000000"},
      {"RAORecycledForRegistration", ItemKind::kMap, {H::kIdentity}, {"u16"}, "u64", "0675ef84d5b014be06eda8faa54a78fb", "0000000000000000"},
      {"TxRateLimit", ItemKind::kValue, {}, {}, "u64", "a60dafa9acb9b7b76f9a4eeb63b91b44", "e803000000000000"},
      {"TxDelegateTakeRateLimit", ItemKind::kValue, {}, {}, "u64", "ca55e47897247174acf8769d70e4eea3", "c04b030000000000"},
      {"TxChildkeyTakeRateLimit", ItemKind::kValue, {}, {}, "u64", "1684e004c1990c7884dd94647ee74705", "c04b030000000000"},
      {"LiquidAlphaOn", ItemKind::kMap, {H::kBlake2_128Concat}, {"u16"}, "bool", "06fbf32f30ce60050a34378b09c777d0", "00"},
      {"AlphaValues", ItemKind::kMap, {H::kIdentity}, {"u16"}, "(u16, u16)", "3a164c89cc5b424c9f3532e6793e16ae", "33b366e6"},
      {"StakeWeight", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u16>", "77ad8cc9064f1da3a4455d92db4661ef", "00"},
      {"Uids", ItemKind::kDoubleMap, {H::kIdentity, H::kBlake2_128Concat}, {"u16", "AccountId32"}, "u16", "aab1b4e78e1ea8305462ee53b3686dc8", nullptr},
      {"Keys", ItemKind::kDoubleMap, {H::kIdentity, H::kIdentity}, {"u16", "u16"}, "AccountId32", "9f99a2ce711f3a31b2fc05604c93f179", "0000000000000000000000000000000000000000000000000000000000000000"},
      {"LoadedEmission", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<(AccountId32, u64, u64)>", "fa0810ecd6675a5b1ca5bfa48531daca", nullptr},
      {"Active", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<bool>", "0f41321f75df7ea5127be2db4983c8b2", "00"},
      {"Rank", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u16>", "e98a24f90132b6fd8f9810021cec7b51", "00"},
      {"Trust", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u16>", "8e4839d8787ac95d923872ec7da0fd4d", "00"},
      {"Consensus", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u16>", "925bd7637d049b4f2508e14eb43b51a1", "00"},
      {"Incentive", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u16>", "89c69c2c416b8105d37501394f4de849", "00"},
      {"Dividends", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u16>", "86752d66f11480ecef37769cdd736b9b", "00"},
      {"Emission", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u64>", "93916af563e2313a574d6cd48caec1a5", "00"},
      {"LastUpdate", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u64>", "696e262a16e52255a69d8acd79354146", "00"},
      {"ValidatorTrust", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u16>", "372b10ce520c756285796e436e44318e", "00"},
      {"PruningScores", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<u16>", "55823e13dc5e3c6b022d5b6a0ef1e127", "00"},
      {"ValidatorPermit", ItemKind::kMap, {H::kIdentity}, {"u16"}, "Vec<bool>", "56af5b07ace59da2c9d7f0d48bc93143", "00"},
      {"Weights", ItemKind::kDoubleMap, {H::kIdentity, H::kIdentity}, {"u16", "u16"}, "Vec<(u16, u16)>", "a1e7036061f484bc3048a64b64e35ec4", "00"},
      {"Bonds", ItemKind::kDoubleMap, {H::kIdentity, H::kIdentity}, {"u16", "u16"}, "Vec<(u16, u16)>", "5641285262b8f970e4cbaafbff8d6ab0", "00"},
      {"BlockAtRegistration", ItemKind::kDoubleMap, {H::kIdentity, H::kIdentity}, {"u16", "u16"}, "u64", "5306000b65aa58c97bf98ad9f8619049", "0000000000000000"},
      {"Axons", ItemKind::kDoubleMap, {H::kIdentity, H::kBlake2_128Concat}, {"u16", "AccountId32"}, "AxonInfo", "b4e0c7b1d5f74994fcd58c28ab601fec", nullptr},
      {"NeuronCertificates", ItemKind::kDoubleMap, {H::kIdentity, H::kBlake2_128Concat}, {"u16", "AccountId32"}, "NeuronCertificate", "805f1c4b7f54d8f4208070bfc777e2db", nullptr},
      {"Prometheus", ItemKind::kDoubleMap, {H::kIdentity, H::kBlake2_128Concat}, {"u16", "AccountId32"}, "PrometheusInfo", "e2cb8fd8f8e097862c6255753a3c788a", nullptr},
      {"Identities", ItemKind::kMap, {H::kBlake2_128Concat}, {"AccountId32"}, "ChainIdentity", "18373f80b4a94950c1f99840fd083e68", nullptr},
      {"IdentitiesV2", ItemKind::kMap, {H::kBlake2_128Concat}, {"AccountId32"}, "ChainIdentityV2", "c1e90942f06ae00a136f1058b909efc9", nullptr},
      {"SubnetIdentities", ItemKind::kMap, {H::kBlake2_128Concat}, {"u16"}, "SubnetIdentity", "4872ec61b4ebd9f19d80526a4481edd9", nullptr},
      {"SubnetIdentitiesV2", ItemKind::kMap, {H::kBlake2_128Concat}, {"u16"}, "SubnetIdentityV2", "a9cbd5ff5865fb21f88121973044b1d3", nullptr},
      {"TransactionKeyLastBlock", ItemKind::kNMap, {H::kBlake2_128Concat, H::kIdentity, H::kIdentity}, {"AccountId32", "u16", "u16"}, "u64", "061a5536cddc3d3b3bed00eb37dee6c2", "0000000000000000"},
      {"LastTxBlock", ItemKind::kMap, {H::kIdentity}, {"AccountId32"}, "u64", "5b0cc6018d94196c3af41651d9fe3c01", "0000000000000000"},
      {"LastTxBlockChildKeyTake", ItemKind::kMap, {H::kIdentity}, {"AccountId32"}, "u64", "3d5da609122982938713a0d4b227128e", "0000000000000000"},
      {"LastTxBlockDelegateTake", ItemKind::kMap, {H::kIdentity}, {"AccountId32"}, "u64", "76304b329847c9c9eba857cc16aad02c", "0000000000000000"},
      {"StakeThreshold", ItemKind::kValue, {}, {}, "u64", "782d99ebaa64a1ba18b3e8cda1047327", "0000000000000000"},
      {"WeightCommits", ItemKind::kDoubleMap, {H::kTwox64Concat, H::kTwox64Concat}, {"u16", "AccountId32"}, "Vec<(H256, u64, u64, u64)>", "9f14c8e879f1adfb03db481d61f6798c", nullptr},
      {"CRV3WeightCommits", ItemKind::kDoubleMap, {H::kTwox64Concat, H::kTwox64Concat}, {"u16", "u64"}, "Vec<(AccountId32, Vec<u8>, u64)>", "531152d600035376db57b25e95db759a", "00"},
      {"RevealPeriodEpochs", ItemKind::kMap, {H::kTwox64Concat}, {"u16"}, "u64", "8f232bcbac768c1d6201850c60f161ed", "0100000000000000"},
      {"LastColdkeyHotkeyStakeBlock", ItemKind::kDoubleMap, {H::kTwox64Concat, H::kTwox64Concat}, {"AccountId32", "AccountId32"}, "u64", "fc2e7b906f9366b13a88efda38a9b5e1", nullptr},
      {"AssociatedEvmAddress", ItemKind::kDoubleMap, {H::kTwox64Concat, H::kTwox64Concat}, {"u16", "u16"}, "(H160, u64)", "2ee3ea5cc28fb0bcd7e9c900544e35b2", nullptr},
      {"HasMigrationRun", ItemKind::kMap, {H::kIdentity}, {"Vec<u8>"}, "bool", "6830ac129ea89510a686ad696de131c4", "00"},
      // clang-format on
  };
  return items;
}

TEST(SubtensorStorage, RegistryListsEveryItemInDeclarationOrder) {
  const metadata::Registry& registry = runtime_registry();
  const metadata::PalletDesc* p = registry.pallet_by_name("SubtensorModule");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->index, 7);
  EXPECT_EQ(registry.pallet_by_index(7), p);
  const std::vector<ExpectedItem>& expected = expected_items();
  ASSERT_EQ(expected.size(), 151u);
  ASSERT_EQ(p->items.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    const ExpectedItem& e = expected[i];
    const ItemDesc& d = p->items[i];
    SCOPED_TRACE(e.name);
    EXPECT_EQ(d.pallet, "SubtensorModule");
    EXPECT_EQ(d.name, e.name);
    EXPECT_EQ(d.kind, e.kind);
    EXPECT_EQ(d.hashers, e.hashers);
    ASSERT_EQ(d.keys.size(), e.keys.size());
    for (size_t k = 0; k < e.keys.size(); ++k) EXPECT_EQ(d.keys[k]->name, e.keys[k]);
    EXPECT_EQ(d.value->name, e.value);
    const storage::StoragePrefix prefix = storage::storage_prefix(d.pallet, d.name);
    EXPECT_EQ(Bytes(prefix.begin(), prefix.end()), hex(std::string(kPalletHash) + e.item_hash));
    if (e.default_hex == nullptr) {
      EXPECT_FALSE(d.default_value.has_value());
    } else {
      ASSERT_TRUE(d.default_value.has_value());
      EXPECT_EQ(*d.default_value, hex(e.default_hex));
      // The default decodes with the item's value descriptor.
      EXPECT_TRUE(metadata::decode_value_all(*d.value, *d.default_value).has_value());
    }
    EXPECT_EQ(registry.item("SubtensorModule", e.name), &d);
  }
}

TEST(SubtensorStorage, TypedItemsHaveTheRegisteredPrefixes) {
  // A sample across kinds; the registry's entries are derived from these same types.
  EXPECT_EQ(Bytes(TotalStake::final_prefix().begin(), TotalStake::final_prefix().end()),
            hex("658faa385070e074c85bf6b568cf05554f85a3603259384a5fa5494b7d7fdb8c"));
  EXPECT_EQ(Bytes(LastMechansimStepBlock::final_prefix().begin(),
                  LastMechansimStepBlock::final_prefix().end()),
            hex("658faa385070e074c85bf6b568cf055590a5927434316ff88c68f65cd390bb70"));
  EXPECT_EQ(Bytes(TransactionKeyLastBlock::final_prefix().begin(),
                  TransactionKeyLastBlock::final_prefix().end()),
            hex("658faa385070e074c85bf6b568cf0555061a5536cddc3d3b3bed00eb37dee6c2"));
  EXPECT_EQ(
      Bytes(CRV3WeightCommits::final_prefix().begin(), CRV3WeightCommits::final_prefix().end()),
      hex("658faa385070e074c85bf6b568cf0555531152d600035376db57b25e95db759a"));
}

// ---- storage-keys.json -------------------------------------------------------------------------

AccountId account(const nlohmann::json& v, const std::string& name) {
  return AccountId(testutil::hex_array<32>(v["accounts"][name].get<std::string>()));
}

Bytes vector_key(const nlohmann::json& v, const std::string& case_name) {
  for (const auto& c : v["cases"]) {
    if (c["name"] == case_name) return hex(c["key"].get<std::string>());
  }
  ADD_FAILURE() << "no case " << case_name;
  return {};
}

TEST(SubtensorStorage, StorageKeyVectorsThroughTypedItems) {
  const nlohmann::json v = testutil::load_vectors("storage-keys.json");
  ASSERT_FALSE(v.is_null());
  const AccountId alice = account(v, "Alice");
  const AccountId bob = account(v, "Bob");
  EXPECT_EQ(TotalStake::hashed_key(), vector_key(v, "SubtensorModule.TotalStake"));
  EXPECT_EQ(SubnetTAO::hashed_key_for(NetUid(1)), vector_key(v, "SubtensorModule.SubnetTAO(1)"));
  EXPECT_EQ(SubnetTAO::hashed_key_for(NetUid(300)),
            vector_key(v, "SubtensorModule.SubnetTAO(300)"));
  EXPECT_EQ(Owner::hashed_key_for(alice), vector_key(v, "SubtensorModule.Owner(Alice)"));
  EXPECT_EQ(Uids::hashed_key_for(NetUid(1), alice),
            vector_key(v, "SubtensorModule.Uids(1, Alice)"));
  EXPECT_EQ(Keys::hashed_key_for(NetUid(1), Uid(0)), vector_key(v, "SubtensorModule.Keys(1, 0)"));
  EXPECT_EQ(IsNetworkMember::hashed_key_for(alice, NetUid(1)),
            vector_key(v, "SubtensorModule.IsNetworkMember(Alice, 1)"));
  EXPECT_EQ(Alpha::hashed_key_for(alice, bob, NetUid(1)),
            vector_key(v, "SubtensorModule.Alpha(Alice, Bob, 1)"));
  EXPECT_EQ(Alpha::prefix_for(std::tie(alice)),
            vector_key(v, "SubtensorModule.Alpha(Alice, *, *) (prefix)"));
  EXPECT_EQ(Alpha::prefix_for(std::tie(alice, bob)),
            vector_key(v, "SubtensorModule.Alpha(Alice, Bob, *) (prefix)"));
}

// The same keys through the registry's descriptors (what `storage-key` and dumps use).
TEST(SubtensorStorage, RegistryEncodesTheSameKeys) {
  const metadata::Registry& registry = runtime_registry();
  const AccountId alice(ByteArray<32>{0xd4, 0x35});
  using metadata::Value;
  const ItemDesc* alpha = registry.item("SubtensorModule", "Alpha");
  ASSERT_NE(alpha, nullptr);
  auto key = metadata::encode_storage_key(
      *alpha,
      {Value::of_bytes(Bytes(alice.view().begin(), alice.view().end())),
       Value::of_bytes(Bytes(alice.view().begin(), alice.view().end())), Value::of_uint(3)});
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(*key, Alpha::hashed_key_for(alice, alice, NetUid(3)));
  const ItemDesc* weights = registry.item("SubtensorModule", "WeightCommits");
  ASSERT_NE(weights, nullptr);
  auto wkey = metadata::encode_storage_key(
      *weights,
      {Value::of_uint(2), Value::of_bytes(Bytes(alice.view().begin(), alice.view().end()))});
  ASSERT_TRUE(wkey.has_value());
  EXPECT_EQ(*wkey, WeightCommits::hashed_key_for(NetUid(2), alice));
}

// ---- defaults ----------------------------------------------------------------------------------

struct SubtensorDefaults : ::testing::Test {
  storage::MemoryStore store;
  storage::Overlay overlay{store};
  frame::Env runtime_env{overlay, frame::runtime_config(), runtime_registry()};
  frame::Env test_env{overlay, frame::test_config(), runtime_registry()};
};

// Every ValueQueryConfig item: (runtime/src/lib.rs, tests/mock.rs) defaults.
TEST_F(SubtensorDefaults, ConfigDefaultsFollowTheConfiguration) {
  const NetUid n(3);
  const AccountId a(ByteArray<32>{1});
#define EXPECT_DEFAULTS(Item, runtime_value, test_value, ...)                           \
  EXPECT_EQ(Item::get(runtime_env __VA_OPT__(, ) __VA_ARGS__), runtime_value) << #Item; \
  EXPECT_EQ(Item::get(test_env __VA_OPT__(, ) __VA_ARGS__), test_value) << #Item
  EXPECT_DEFAULTS(ColdkeySwapScheduleDuration, 36'000u, 36'000u);
  EXPECT_DEFAULTS(DissolveNetworkScheduleDuration, 36'000u, 36'000u);
  EXPECT_DEFAULTS(SenateRequiredStakePercentage, 1u, 2u);
  EXPECT_DEFAULTS(TaoWeight, 971'718'665'099'567'868u, 0u);
  EXPECT_DEFAULTS(MaxDelegateTake, 11'796, 11'796);
  EXPECT_DEFAULTS(MinDelegateTake, 0, 5'898);
  EXPECT_DEFAULTS(MaxChildkeyTake, 11'796, 11'796);
  EXPECT_DEFAULTS(MinChildkeyTake, 0, 0);
  EXPECT_DEFAULTS(Delegates, 11'796, 11'796, a);
  EXPECT_DEFAULTS(TotalIssuance, TaoBalance(0), TaoBalance(0));
  EXPECT_DEFAULTS(MaxRegistrationsPerBlock, 1, 3, n);
  EXPECT_DEFAULTS(NetworkImmunityPeriod, 50'400u, 50'400u);
  EXPECT_DEFAULTS(NetworkMinAllowedUids, 128, 128);
  EXPECT_DEFAULTS(NetworkMinLockCost, TaoBalance(1'000'000'000'000), TaoBalance(100'000'000'000));
  EXPECT_DEFAULTS(NetworkLastLockCost, TaoBalance(1'000'000'000'000), TaoBalance(100'000'000'000));
  EXPECT_DEFAULTS(NetworkLockReductionInterval, 100'800u, 2u);
  EXPECT_DEFAULTS(SubnetOwnerCut, 11'796, 0);
  EXPECT_DEFAULTS(NetworkRateLimit, 7'200u, 0u);
  EXPECT_DEFAULTS(Tempo, 360, 360, n);
  EXPECT_DEFAULTS(ServingRateLimit, 50u, 0u, n);
  EXPECT_DEFAULTS(Rho, 10, 30, n);
  EXPECT_DEFAULTS(Kappa, 32'767, 32'767, n);
  EXPECT_DEFAULTS(MaxAllowedUids, 4'096, 2, n);
  EXPECT_DEFAULTS(ImmunityPeriod, 4'096, 2, n);
  EXPECT_DEFAULTS(ActivityCutoff, 5'000, 5'000, n);
  EXPECT_DEFAULTS(MaxWeightsLimit, 1'000, 65'535, n);
  EXPECT_DEFAULTS(WeightsVersionKey, 0u, 0u, n);
  EXPECT_DEFAULTS(MinAllowedWeights, 1'024, 0, n);
  EXPECT_DEFAULTS(MaxAllowedValidators, 128, 100, n);
  EXPECT_DEFAULTS(AdjustmentInterval, 100, 100, n);
  EXPECT_DEFAULTS(BondsMovingAverage, 900'000u, 900'000u, n);
  EXPECT_DEFAULTS(BondsPenalty, 65'535, 65'535, n);
  EXPECT_DEFAULTS(ValidatorPruneLen, 1u, 0u, n);
  EXPECT_DEFAULTS(ScalingLawPower, 50, 50, n);
  EXPECT_DEFAULTS(TargetRegistrationsPerInterval, 2, 2, n);
  EXPECT_DEFAULTS(AdjustmentAlpha, 0u, 0u, n);
  EXPECT_DEFAULTS(Burn, TaoBalance(1'000'000'000), TaoBalance(0), n);
  EXPECT_DEFAULTS(Difficulty, 10'000'000u, 10'000u, n);
  EXPECT_DEFAULTS(MinBurn, TaoBalance(500'000), TaoBalance(500'000), n);
  EXPECT_DEFAULTS(MaxBurn, TaoBalance(100'000'000'000), TaoBalance(1'000'000'000), n);
  EXPECT_DEFAULTS(MinDifficulty, 10'000'000u, 1u, n);
  EXPECT_DEFAULTS(MaxDifficulty, UINT64_MAX / 4, UINT64_MAX, n);
  EXPECT_DEFAULTS(EMAPriceHalvingBlocks, 201'600u, 201'600u, n);
  EXPECT_DEFAULTS(RAORecycledForRegistration, TaoBalance(0), TaoBalance(0), n);
  EXPECT_DEFAULTS(TxRateLimit, 1'000u, 0u);
  EXPECT_DEFAULTS(TxDelegateTakeRateLimit, 216'000u, 1u);
  EXPECT_DEFAULTS(TxChildkeyTakeRateLimit, 216'000u, 1u);
#undef EXPECT_DEFAULTS
  EXPECT_TRUE(overlay.empty());  // reading defaults writes nothing
}

TEST_F(SubtensorDefaults, ConstantDefaultsNeedNoContext) {
  const NetUid n(5);
  EXPECT_EQ(MinActivityCutoff::get(overlay), 360);
  EXPECT_EQ(BlockEmission::get(overlay), TaoBalance(1'000'000'000));
  EXPECT_EQ(SubnetMovingAlpha::get(overlay).to_bits(), 12'885);
  EXPECT_EQ(WeightsVersionKeyRateLimit::get(overlay), 5u);
  EXPECT_TRUE(TransferToggle::get(overlay, n));
  EXPECT_EQ(WeightsSetRateLimit::get(overlay, n), 100u);
  EXPECT_EQ(RevealPeriodEpochs::get(overlay, n), 1u);
  EXPECT_EQ(AlphaValues::get(overlay, n), (std::pair<uint16_t, uint16_t>{45'875, 58'982}));
  EXPECT_EQ(TokenSymbol::get(overlay, n), (std::vector<uint8_t>{0xF0, 0x9D, 0x9C, 0x8F}));
  EXPECT_EQ(SubnetName::get(overlay, n), (std::vector<uint8_t>{0xF0, 0x9D, 0x9C, 0x8F}));
  EXPECT_EQ(Owner::get(overlay, AccountId(ByteArray<32>{9})), AccountId());
  EXPECT_EQ(Uids::get(overlay, n, AccountId()), std::nullopt);
  EXPECT_EQ(PendingChildKeys::get(overlay, n, AccountId()), PendingChildren{});
  EXPECT_TRUE(overlay.empty());
}

// ---- the context API of ValueQueryConfig items (storage/items.hpp) ---------------------------

template <class Item, class State>
concept GettableWith = requires(const State& s) {
  Item::get(s, NetUid(1));
};
template <class Item, class State>
concept ValueGettableWith = requires(const State& s) {
  Item::get(s);
};
template <class Item, class State>
concept MutableWith = requires(State& s) {
  Item::mutate(s, NetUid(1), [](uint16_t& v) { v = 1; });
};

// A config-dependent default cannot be read from an Overlay; a constant one cannot be read from a
// context; a context must be non-const to write.
static_assert(GettableWith<Tempo, frame::Env>);
static_assert(!GettableWith<Tempo, storage::Overlay>);
static_assert(!GettableWith<SubnetworkN, frame::Env>);
static_assert(GettableWith<SubnetworkN, storage::Overlay>);
static_assert(ValueGettableWith<TxRateLimit, frame::Env>);
static_assert(!ValueGettableWith<TxRateLimit, storage::Overlay>);
static_assert(MutableWith<Tempo, frame::Env>);
static_assert(!MutableWith<Tempo, const frame::Env>);
static_assert(!MutableWith<Tempo, storage::Overlay>);

TEST_F(SubtensorDefaults, ContextReadsWritesAndWrittenDefaults) {
  const NetUid n(2);
  // A written default is stored (and so appears in dumps); an unwritten one is not.
  Tempo::insert(overlay, n, 360);
  EXPECT_TRUE(Tempo::contains_key(overlay, n));
  EXPECT_EQ(Tempo::try_get(overlay, n), std::optional<uint16_t>(360));
  EXPECT_EQ(overlay.get(Tempo::hashed_key_for(n)), Bytes({0x68, 0x01}));
  EXPECT_FALSE(Tempo::contains_key(overlay, NetUid(4)));

  // mutate from the configuration's default stores the result.
  Rho::mutate(test_env, NetUid(4), [](uint16_t& v) { v = static_cast<uint16_t>(v + 1); });
  EXPECT_EQ(Rho::get(runtime_env, NetUid(4)), 31);  // stored value, whatever the config
  EXPECT_EQ(Rho::get(test_env, NetUid(5)), 30);
  const int doubled = MaxAllowedUids::mutate(runtime_env, n, [](uint16_t& v) {
    v = static_cast<uint16_t>(v * 2);
    return 7;
  });
  EXPECT_EQ(doubled, 7);
  EXPECT_EQ(MaxAllowedUids::get(test_env, n), 8'192);

  // try_mutate stores only on success.
  auto failed = Burn::try_mutate(runtime_env, n, [](TaoBalance& b) -> std::optional<int> {
    b = TaoBalance(1);
    return std::nullopt;
  });
  EXPECT_FALSE(failed.has_value());
  EXPECT_FALSE(Burn::contains_key(overlay, n));
  auto ok = Burn::try_mutate(runtime_env, n,
                             [](TaoBalance& b) -> std::optional<uint64_t> { return b.to_u64(); });
  ASSERT_TRUE(ok.has_value());
  EXPECT_EQ(*ok, 1'000'000'000u);
  EXPECT_EQ(Burn::try_get(overlay, n), std::optional<TaoBalance>(TaoBalance(1'000'000'000)));

  // take: the default for a missing key (nothing written), the value (removed) otherwise.
  EXPECT_EQ(Kappa::take(test_env, NetUid(9)), 32'767);
  EXPECT_FALSE(Kappa::contains_key(overlay, NetUid(9)));
  Kappa::insert(overlay, NetUid(9), 1);
  EXPECT_EQ(Kappa::take(test_env, NetUid(9)), 1);
  EXPECT_FALSE(Kappa::contains_key(overlay, NetUid(9)));

  // Values (StorageValue) the same way.
  TxRateLimit::mutate(test_env, [](uint64_t& v) { v += 5; });
  EXPECT_EQ(TxRateLimit::get(runtime_env), 5u);
  EXPECT_EQ(TxRateLimit::take(runtime_env), 5u);
  EXPECT_EQ(TxRateLimit::get(runtime_env), 1'000u);
  auto t = NetworkRateLimit::try_mutate(runtime_env,
                                        [](uint64_t& v) -> std::optional<uint64_t> { return v; });
  EXPECT_EQ(t, std::optional<uint64_t>(7'200));
  EXPECT_EQ(NetworkRateLimit::try_get(overlay), std::optional<uint64_t>(7'200));
}

// ---- value types -------------------------------------------------------------------------------

TEST(SubtensorTypes, AxonInfoLayout) {
  AxonInfo a;
  a.block = 0x0102030405060708;
  a.version = 0x0A0B0C0D;
  a.ip = (u128{1} << 64) | 0x7F000001;
  a.port = 8091;
  a.ip_type = 4;
  a.protocol = 4;
  a.placeholder1 = 1;
  a.placeholder2 = 2;
  const Bytes enc = scale::encode(a);
  EXPECT_EQ(enc, hex("0807060504030201"
                     "0d0c0b0a"
                     "0100007f000000000100000000000000"
                     "9b1f"
                     "04040102"));
  auto back = scale::decode<AxonInfo>(enc);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, a);
  // The registry's descriptor reads the same bytes.
  const ItemDesc* axons = runtime_registry().item("SubtensorModule", "Axons");
  ASSERT_NE(axons, nullptr);
  auto v = metadata::decode_value_all(*axons->value, enc);
  ASSERT_TRUE(v.has_value());
  ASSERT_EQ(v->items.size(), 8u);
  EXPECT_TRUE(v->items[3].uint == 8091);
  auto re = metadata::encode_value_bytes(*axons->value, *v);
  ASSERT_TRUE(re.has_value());
  EXPECT_EQ(*re, enc);
}

TEST(SubtensorTypes, PrometheusInfoLayout) {
  PrometheusInfo p{7, 1, 0x0A000001, 9090, 4};
  EXPECT_EQ(scale::encode(p), hex("0700000000000000"
                                  "01000000"
                                  "0100000a000000000000000000000000"
                                  "8223"
                                  "04"));
}

TEST(SubtensorTypes, NeuronCertificateBoundedTo64Bytes) {
  NeuronCertificate c;
  c.public_key = std::vector<uint8_t>(64, 0xAB);
  c.algorithm = 1;
  const Bytes enc = scale::encode(c);
  ASSERT_EQ(enc.size(), 2u + 64u + 1u);  // compact(64) = 0x01 0x01
  EXPECT_EQ(enc[0], 0x01);
  EXPECT_EQ(enc[1], 0x01);
  auto back = scale::decode<NeuronCertificate>(enc);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, c);
  c.public_key.push_back(0xAB);  // 65 bytes: BoundedVec<u8, 64> does not decode
  EXPECT_FALSE(scale::decode<NeuronCertificate>(scale::encode(c)).has_value());
}

TEST(SubtensorTypes, IdentitiesRoundTrip) {
  ChainIdentityV2 id;
  id.name = {'a'};
  id.github_repo = {'g', 'h'};
  id.additional = {'z'};
  const Bytes enc = scale::encode(id);
  EXPECT_EQ(enc, hex("0461"
                     "00"
                     "086768"
                     "00"
                     "00"
                     "00"
                     "047a"));
  auto back = scale::decode<ChainIdentityV2>(enc);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, id);
  SubnetIdentityV2 s;
  s.subnet_url = {'u'};
  EXPECT_EQ(scale::encode(s), hex("000000"
                                  "0475"
                                  "000000"));
  EXPECT_EQ(scale::encode(SubnetIdentity{{'n'}, {}, {}}), hex("046e"
                                                              "00"
                                                              "00"));
  EXPECT_EQ(scale::encode(ChainIdentity{}), hex("000000000000"));
}

TEST(SubtensorTypes, CompositeValues) {
  // AssociatedEvmAddress: (H160, u64).
  std::pair<H160, uint64_t> evm{H160(ByteArray<20>{0x11}), 5};
  EXPECT_EQ(scale::encode(evm), hex("1100000000000000000000000000000000000000"
                                    "0500000000000000"));
  // ChildKeys: Vec<(u64, AccountId)>.
  const std::vector<ProportionAccount> children{{UINT64_MAX, AccountId(ByteArray<32>{2})}};
  EXPECT_EQ(scale::encode(children), hex("04"
                                         "ffffffffffffffff"
                                         "02" +
                                         std::string(62, '0')));
}

}  // namespace
}  // namespace subemu::runtime::subtensor
