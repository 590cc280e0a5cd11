// The scenario runner (tools/scenario) against shared/design/SCENARIO.md, through scenario::run:
// accounts (dev / label / id, names in args, origins and genesis), genesis balances (replacement,
// "0", total issuance, existential deposit), the chain starting inside block 1, call steps with
// every origin kind, signed steps with a hand-computed fee, mine, set_storage (plain values and
// maps, written defaults), the result's shapes (events, module and other errors), the state dump
// and its options, config "test", determinism, and every rejection class with its message.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "runtime/chain/chain.hpp"
#include "runtime/genesis.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "runtime/runtime.hpp"
#include "tools/scenario/scenario.hpp"

namespace subemu::tools::scenario {
namespace {

using json::Json;

constexpr const char* kAlice = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
constexpr const char* kBob = "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48";
constexpr const char* kFerdie =
    "0x1cbd2d43530a44705ad088af313e18f80b53ef16b36177cd4b77b846f2a5f07c";
// blake2_256("hot1"): the account of {"label": "hot1"}.
constexpr const char* kHot1 = "0xf57277c075c2a0d43990f1535f734e29fc01b980df2fd86b5e357d42c196d793";
constexpr const char* kExplicit =
    "0x1111111111111111111111111111111111111111111111111111111111111111";
// Account flags of pallet_balances (the "new logic" bit, 1 << 127).
constexpr const char* kFlags = "170141183460469231731687303715884105728";

constexpr uint64_t kTao = 1'000'000'000;
// The localnet balances: Alice, Bob, Charlie 1,000,000 TAO; Dave, Eve, Ferdie, Alith, Baltathar
// 2,000 TAO.
constexpr uint64_t kDevIssuance = 3 * 1'000'000 * kTao + 5 * 2'000 * kTao;

Json scenario(Json steps, Json accounts = Json::object(), Json genesis = Json::object()) {
  Json s = {{"format", "subemu-scenario/1"},
            {"accounts", std::move(accounts)},
            {"steps", std::move(steps)}};
  if (!genesis.empty()) s["genesis"] = std::move(genesis);
  return s;
}

Json dev_accounts() {
  return {
      {"alice", {{"dev", "Alice"}}}, {"bob", {{"dev", "Bob"}}}, {"ferdie", {{"dev", "Ferdie"}}}};
}

Json run_ok(const Json& s, const RunOptions& options = {}) {
  auto r = run(s, options);
  EXPECT_TRUE(r.has_value()) << (r.has_value() ? "" : r.error());
  return r.has_value() ? *r : Json();
}

std::string run_error(const Json& s) {
  auto r = run(s);
  EXPECT_FALSE(r.has_value()) << r->dump();
  return r.has_value() ? std::string() : r.error();
}

// The AccountInfo JSON of an account with one provider and only a free balance.
Json account_info(const std::string& free, uint32_t nonce = 0) {
  return {{"nonce", nonce},
          {"consumers", 0},
          {"providers", 1},
          {"sufficients", 0},
          {"data", {{"free", free}, {"reserved", "0"}, {"frozen", "0"}, {"flags", kFlags}}}};
}

// The System.Account entry of `id` in a result's dump (null when absent).
Json account_of(const Json& result, const std::string& id) {
  for (const Json& pair : result["state"]["System.Account"]) {
    if (pair[0] == Json::array({id})) return pair[1];
  }
  return nullptr;
}

Json event(const std::string& pallet, const std::string& name, Json fields) {
  return {{"pallet", pallet}, {"name", name}, {"fields", std::move(fields)}};
}

Json transfer(const std::string& from, const std::string& to, const std::string& amount) {
  return event("Balances", "Transfer", {{"from", from}, {"to", to}, {"amount", amount}});
}

// ---- output format and the starting point ---------------------------------------------------

TEST(Scenario, EmptyScenarioDumpsTheDevGenesisInsideBlockOne) {
  const Json r = run_ok({{"format", "subemu-scenario/1"}});
  EXPECT_EQ(r["format"], "subemu-scenario-result/1");
  EXPECT_EQ(r["block"], 1);
  EXPECT_EQ(r["steps"], Json::array());
  EXPECT_FALSE(r.contains("state_root"));
  EXPECT_FALSE(r.contains("undecodable"));
  // System.Account (only), Balances.TotalIssuance and SubtensorModule items (none written while
  // the subtensor pallet's genesis is not modelled).
  for (auto it = r["state"].begin(); it != r["state"].end(); ++it) {
    EXPECT_TRUE(it.key() == "System.Account" || it.key() == "Balances.TotalIssuance" ||
                it.key().starts_with("SubtensorModule."))
        << it.key();
  }
  EXPECT_EQ(r["state"]["Balances.TotalIssuance"], std::to_string(kDevIssuance));
  const Json& accounts = r["state"]["System.Account"];
  ASSERT_EQ(accounts.size(), 8u);
  EXPECT_EQ(account_of(r, kAlice), account_info("1000000000000000"));
  EXPECT_EQ(account_of(r, kFerdie), account_info("2000000000000"));
  // Sorted by raw key: prefix ++ blake2_128(id) ++ id, i.e. by blake2_128 of the id.
  std::vector<std::string> order;
  for (const Json& pair : accounts) {
    const auto id = AccountId32::from_hex(pair[0][0].get<std::string>());
    ASSERT_TRUE(id.has_value());
    order.push_back(to_hex(crypto::blake2_128(id->view())) + id->to_hex());
  }
  EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
}

TEST(Scenario, TheChainStartsInsideBlockOneAfterItsInitialization) {
  RunOptions options;
  options.state_items = {"System.Number", "System.ParentHash", "Timestamp.Now", "System.BlockHash"};
  const Json r = run_ok({{"format", "subemu-scenario/1"}}, options);
  auto genesis = runtime::chain::Chain::genesis_of(runtime::dev_genesis());
  ASSERT_TRUE(genesis.has_value());
  const std::string genesis_hash = genesis->hash().to_hex();
  EXPECT_EQ(r["block"], 1);
  EXPECT_EQ(r["state"]["System.Number"], 1);
  EXPECT_EQ(r["state"]["System.ParentHash"], genesis_hash);
  EXPECT_EQ(r["state"]["System.BlockHash"], Json::array({Json::array({{0}, genesis_hash})}));
  // The Timestamp.set inherent ran: block 1 is one 12 s slot after genesis (time 0).
  EXPECT_EQ(r["state"]["Timestamp.Now"], "12000");
}

// ---- accounts ------------------------------------------------------------------------------

TEST(Scenario, AccountsByDevKeyLabelAndIdAreUsableInGenesisOriginsAndArguments) {
  const Json accounts = {
      {"b", {{"dev", "Bob"}}}, {"hot1", {{"label", "hot1"}}}, {"x", {{"id", kExplicit}}}};
  const Json genesis = {{"balances", {{"hot1", "1000"}, {"x", "600"}}}};
  const Json steps =
      Json::array({{{"call", "Balances.transfer_keep_alive"},
                    {"origin", "b"},
                    {"args", {{"dest", "x"}, {"value", "400"}}}},
                   {{"call", "Balances.transfer_keep_alive"},
                    {"origin", "x"},
                    {"args", {{"dest", "hot1"}, {"value", "100"}}}},
                   // 0x hex for an origin and an argument, and a name inside a nested call.
                   {{"call", "Utility.batch"},
                    {"origin", kBob},
                    {"args",
                     {{"calls",
                       {{{"pallet", "Balances"},
                         {"call", "transfer_keep_alive"},
                         {"args", {{"dest", kAlice}, {"value", "5"}}}},
                        {{"pallet", "Balances"},
                         {"call", "transfer_keep_alive"},
                         {"args", {{"dest", "hot1"}, {"value", "7"}}}}}}}}}});
  const Json r = run_ok(scenario(steps, accounts, genesis));
  ASSERT_EQ(r["steps"].size(), 3u);
  EXPECT_EQ(r["steps"][0], (Json{{"ok", true}, {"events", {transfer(kBob, kExplicit, "400")}}}));
  EXPECT_EQ(r["steps"][1], (Json{{"ok", true}, {"events", {transfer(kExplicit, kHot1, "100")}}}));
  EXPECT_EQ(r["steps"][2]["ok"], true);
  EXPECT_EQ(r["steps"][2]["events"],
            (Json{transfer(kBob, kAlice, "5"), event("Utility", "ItemCompleted", Json::object()),
                  transfer(kBob, kHot1, "7"), event("Utility", "ItemCompleted", Json::object()),
                  event("Utility", "BatchCompleted", Json::object())}));
  EXPECT_EQ(account_of(r, kHot1), account_info("1107"));
  EXPECT_EQ(account_of(r, kExplicit), account_info("900"));
  EXPECT_EQ(account_of(r, kBob), account_info("999999999999588"));
  EXPECT_EQ(r["state"]["Balances.TotalIssuance"], std::to_string(kDevIssuance + 1600));
}

// ---- genesis balances ----------------------------------------------------------------------

TEST(Scenario, GenesisBalancesReplaceDevBalancesAndCountInTotalIssuance) {
  const Json accounts = {{"alice", {{"dev", "Alice"}}}, {"hot1", {{"label", "hot1"}}}};
  const Json genesis = {{"balances", {{"alice", "5000000000000"}, {"hot1", "1000"}}}};
  const Json r = run_ok(scenario(Json::array(), accounts, genesis));
  EXPECT_EQ(account_of(r, kAlice), account_info("5000000000000"));  // replaced, not added
  EXPECT_EQ(account_of(r, kHot1), account_info("1000"));
  EXPECT_EQ(r["state"]["System.Account"].size(), 9u);
  EXPECT_EQ(r["state"]["Balances.TotalIssuance"],
            std::to_string(kDevIssuance - 1'000'000 * kTao + 5'000 * kTao + 1000));
}

TEST(Scenario, GenesisBalanceZeroLeavesTheAccountOut) {
  // "0" removes Ferdie's built-in balance; an unfunded label account gets no entry either.
  const Json accounts = {{"ferdie", {{"dev", "Ferdie"}}}, {"hot1", {{"label", "hot1"}}}};
  const Json genesis = {{"balances", {{"ferdie", "0"}, {"hot1", "0"}}}};
  const Json r = run_ok(scenario(Json::array(), accounts, genesis));
  EXPECT_EQ(account_of(r, kFerdie), nullptr);
  EXPECT_EQ(account_of(r, kHot1), nullptr);
  EXPECT_EQ(r["state"]["System.Account"].size(), 7u);
  EXPECT_EQ(r["state"]["Balances.TotalIssuance"], std::to_string(kDevIssuance - 2'000 * kTao));
}

TEST(Scenario, GenesisBalancesTakeHexAccountsAndJsonIntegers) {
  const Json genesis = {{"balances", {{kExplicit, 700}}}};
  const Json r = run_ok(scenario(Json::array(), Json::object(), genesis));
  EXPECT_EQ(account_of(r, kExplicit), account_info("700"));
}

// ---- call steps ----------------------------------------------------------------------------

TEST(Scenario, CallStepsWithRootNoneNamedAndHexOrigins) {
  const Json steps = Json::array(
      {// root
       {{"call", "Balances.force_transfer"},
        {"origin", "root"},
        {"args", {{"source", "alice"}, {"dest", "bob"}, {"value", "1000000000"}}}},
       // none: remark_with_event needs a signed origin
       {{"call", "System.remark_with_event"}, {"origin", "none"}, {"args", {{"remark", "0x0102"}}}},
       // a name
       {{"call", "System.remark_with_event"},
        {"origin", "alice"},
        {"args", {{"remark", "0x0102"}}}},
       // hex; a signed origin is not root
       {{"call", "Balances.force_transfer"},
        {"origin", kBob},
        {"args", {{"source", "alice"}, {"dest", "bob"}, {"value", "1"}}}}});
  const Json r = run_ok(scenario(steps, dev_accounts()));
  ASSERT_EQ(r["steps"].size(), 4u);
  EXPECT_EQ(r["steps"][0],
            (Json{{"ok", true}, {"events", {transfer(kAlice, kBob, "1000000000")}}}));
  EXPECT_EQ(r["steps"][1], (Json{{"ok", false},
                                 {"events", Json::array()},
                                 {"error", {{"pallet", nullptr}, {"name", "BadOrigin"}}}}));
  // blake2_256(0x0102)
  EXPECT_EQ(
      r["steps"][2],
      (Json{{"ok", true},
            {"events",
             {event("System", "Remarked",
                    {{"sender", kAlice},
                     {"hash",
                      "0x65da3986eaecf046cb2c41673aed9d4e1e661730dc31c62f327df5d15933595d"}})}}}));
  EXPECT_EQ(r["steps"][3], (Json{{"ok", false},
                                 {"events", Json::array()},
                                 {"error", {{"pallet", nullptr}, {"name", "BadOrigin"}}}}));
  // No signature, nonce or fee: Alice paid exactly the transfer.
  EXPECT_EQ(account_of(r, kAlice), account_info("999999000000000"));
  EXPECT_EQ(account_of(r, kBob), account_info("1000001000000000"));
  EXPECT_EQ(r["state"]["Balances.TotalIssuance"], std::to_string(kDevIssuance));
}

TEST(Scenario, ModuleErrorsNamePalletErrorAndIndicesOthersOnlyTheVariant) {
  const Json accounts = {{"bob", {{"dev", "Bob"}}}, {"poor", {{"label", "poor"}}}};
  const Json steps = Json::array(
      {{{"call", "Sudo.sudo"},
        {"origin", "bob"},
        {"args",
         {{"call", {{"pallet", "System"}, {"call", "remark"}, {"args", {{"remark", "0x"}}}}}}}},
       {{"call", "Balances.transfer_allow_death"},
        {"origin", "poor"},
        {"args", {{"dest", "bob"}, {"value", "1"}}}}});
  const Json r = run_ok(scenario(steps, accounts));
  // Sudo is pallet 12; RequireSudo is its error 0.
  EXPECT_EQ(r["steps"][0],
            (Json{{"ok", false},
                  {"events", Json::array()},
                  {"error", {{"pallet", "Sudo"}, {"name", "RequireSudo"}, {"index", {12, 0}}}}}));
  EXPECT_EQ(r["steps"][1],
            (Json{{"ok", false},
                  {"events", Json::array()},
                  {"error", {{"pallet", nullptr}, {"name", "Token.FundsUnavailable"}}}}));
}

// ---- signed steps --------------------------------------------------------------------------

TEST(Scenario, SignedTransferPaysTheHandComputedFee) {
  // The fee of Alice's signed transfer_keep_alive(Bob, 1 TAO), immortal, nonce 0, no tip:
  //   length   = 2 (Compact(142)) + 142 body: 1 version + 33 MultiAddress::Id + 65 sr25519
  //              MultiSignature + 4 extra (era 0x00, nonce 0x00, tip 0x00, metadata mode 0x00)
  //              + 39 call (2 indices + 33 dest + 4 Compact(1e9))                  = 144 rao
  //   base     = weight_to_fee(base extrinsic 125,000,000)  = 125e6 * 0.0005       = 62,500 rao
  //   weight   = weight_to_fee(38,159,000 + 1 read 25e6 + 1 write 100e6 = 163,159,000)
  //            = 81,579.5 rounded half down                                        = 81,579 rao
  //   fee      = 144 + 62,500 + 81,579                                             = 144,223 rao
  const Json steps = Json::array({{{"call", "Balances.transfer_keep_alive"},
                                   {"origin", "alice"},
                                   {"args", {{"dest", "bob"}, {"value", "1000000000"}}},
                                   {"signed", true}},
                                  {{"call", "System.remark"},
                                   {"origin", "alice"},
                                   {"args", {{"remark", "0x"}}},
                                   {"signed", true}}});
  const Json r = run_ok(scenario(steps, dev_accounts()));
  ASSERT_EQ(r["steps"].size(), 2u);
  EXPECT_EQ(r["steps"][0]["ok"], true);
  EXPECT_FALSE(r["steps"][0].contains("error"));
  const Json expected_events = {
      event("Balances", "Withdraw", {{"who", kAlice}, {"amount", "144223"}}),
      transfer(kAlice, kBob, "1000000000"),
      // stable2409's FungibleAdapter deposits the (zero) refund.
      event("Balances", "Deposit", {{"who", kAlice}, {"amount", "0"}}),
      event("TransactionPayment", "TransactionFeePaid",
            {{"who", kAlice}, {"actual_fee", "144223"}, {"tip", "0"}}),
      // The declared weight plus the base extrinsic weight.
      event("System", "ExtrinsicSuccess",
            {{"dispatch_info",
              {{"weight", {{"ref_time", "288159000"}, {"proof_size", "3593"}}},
               {"class", "Normal"},
               {"pays_fee", "Yes"}}}})};
  EXPECT_EQ(r["steps"][0]["events"], expected_events);
  // The second extrinsic used nonce 1 and was applied too.
  EXPECT_EQ(r["steps"][1]["ok"], true);
  const Json& fee_paid = r["steps"][1]["events"][2];
  ASSERT_EQ(fee_paid["name"], "TransactionFeePaid");
  const uint64_t remark_fee = std::stoull(fee_paid["fields"]["actual_fee"].get<std::string>());
  EXPECT_EQ(account_of(r, kAlice),
            account_info(std::to_string(1'000'000 * kTao - kTao - 144'223 - remark_fee), 2));
  EXPECT_EQ(account_of(r, kBob), account_info("1000001000000000"));
  // Fees leave the issuance (TransactionFeeHandler burns them).
  EXPECT_EQ(r["state"]["Balances.TotalIssuance"],
            std::to_string(kDevIssuance - 144'223 - remark_fee));
}

TEST(Scenario, SignedStepWithAFailingCallKeepsFeeNonceAndExtrinsicFailed) {
  const Json steps = Json::array(
      {{{"call", "Sudo.sudo"},
        {"origin", "bob"},
        {"args",
         {{"call", {{"pallet", "System"}, {"call", "remark"}, {"args", {{"remark", "0x"}}}}}}},
        {"signed", true}}});
  const Json r = run_ok(scenario(steps, dev_accounts()));
  const Json& step = r["steps"][0];
  EXPECT_EQ(step["ok"], false);
  EXPECT_EQ(step["error"], (Json{{"pallet", "Sudo"}, {"name", "RequireSudo"}, {"index", {12, 0}}}));
  ASSERT_EQ(step["events"].size(), 4u);
  EXPECT_EQ(step["events"][0]["name"], "Withdraw");
  EXPECT_EQ(step["events"][1]["name"], "Deposit");
  EXPECT_EQ(step["events"][2]["name"], "TransactionFeePaid");
  EXPECT_EQ(step["events"][3]["name"], "ExtrinsicFailed");
  EXPECT_EQ(step["events"][3]["fields"]["dispatch_error"],
            (Json{{"Module", {{"index", 12}, {"error", "0x00000000"}}}}));
  const std::string fee = step["events"][2]["fields"]["actual_fee"];
  EXPECT_EQ(step["events"][0]["fields"]["amount"], fee);
  EXPECT_EQ(account_of(r, kBob),
            account_info(std::to_string(1'000'000 * kTao - std::stoull(fee)), 1));
}

TEST(Scenario, SignedStepTheRuntimeRefusesLeavesNoTrace) {
  // Ferdie has nothing to pay the fee with: Invalid(Payment), not included.
  const Json steps = Json::array({{{"call", "System.remark"},
                                   {"origin", "ferdie"},
                                   {"args", {{"remark", "0x"}}},
                                   {"signed", true}}});
  const Json genesis = {{"balances", {{"ferdie", "0"}}}};
  const Json r = run_ok(scenario(steps, dev_accounts(), genesis));
  EXPECT_EQ(r["steps"][0],
            (Json{{"ok", false},
                  {"events", Json::array()},
                  {"error",
                   {{"pallet", nullptr},
                    {"name", "Invalid.Payment"},
                    {"message",
                     "Invalid(Payment): Inability to pay some fees (e.g. account balance too "
                     "low)"}}}}));
  EXPECT_EQ(account_of(r, kFerdie), nullptr);
  EXPECT_EQ(r["state"]["Balances.TotalIssuance"], std::to_string(kDevIssuance - 2'000 * kTao));
}

TEST(Scenario, SignedStepAcceptsADevAccountUnderAnyNameOrAsHex) {
  const Json accounts = {{"boss", {{"id", kAlice}}}};
  const Json remark = {{"remark", "0x"}};
  const Json steps = Json::array(
      {{{"call", "System.remark"}, {"origin", "boss"}, {"args", remark}, {"signed", true}},
       {{"call", "System.remark"}, {"origin", kAlice}, {"args", remark}, {"signed", true}},
       {{"call", "System.remark"}, {"origin", "boss"}, {"args", remark}, {"signed", false}}});
  const Json r = run_ok(scenario(steps, accounts));
  EXPECT_EQ(r["steps"][0]["ok"], true);
  EXPECT_EQ(r["steps"][1]["ok"], true);
  EXPECT_EQ(r["steps"][2], (Json{{"ok", true}, {"events", Json::array()}}));
  EXPECT_EQ(account_of(r, kAlice)["nonce"], 2);  // the unsigned dispatch took no nonce
}

// ---- mine ----------------------------------------------------------------------------------

TEST(Scenario, MineAdvancesBlocksRunningEveryHook) {
  RunOptions options;
  options.state_items = {"System.Number", "Timestamp.Now", "System.Account"};
  const Json steps = Json::array({{{"mine", 3}},
                                  {{"mine", 0}},
                                  {{"call", "Balances.transfer_keep_alive"},
                                   {"origin", "alice"},
                                   {"args", {{"dest", "bob"}, {"value", "1"}}}},
                                  {{"mine", 1}}});
  const Json r = run_ok(scenario(steps, dev_accounts()), options);
  EXPECT_EQ(r["block"], 5);
  EXPECT_EQ(r["state"]["System.Number"], 5);
  EXPECT_EQ(r["state"]["Timestamp.Now"], "60000");
  // The modelled hooks deposit no events; the timestamp inherents' ExtrinsicSuccess are not hook
  // events and are not reported.
  EXPECT_EQ(r["steps"][0], (Json{{"ok", true}, {"events", Json::array()}}));
  EXPECT_EQ(r["steps"][1], (Json{{"ok", true}, {"events", Json::array()}}));
  EXPECT_EQ(r["steps"][2], (Json{{"ok", true}, {"events", {transfer(kAlice, kBob, "1")}}}));
  EXPECT_EQ(r["steps"][3], (Json{{"ok", true}, {"events", Json::array()}}));
  EXPECT_EQ(account_of(r, kBob), account_info("1000000000000001"));
}

// ---- set_storage ---------------------------------------------------------------------------

TEST(Scenario, SetStorageOverridesPlainValuesAndMapEntries) {
  const Json accounts = {{"hot1", {{"label", "hot1"}}}, {"bob", {{"dev", "Bob"}}}};
  Json funded = account_info("5000");
  funded["nonce"] = 9;
  const Json steps = Json::array(
      {{{"set_storage", {{"item", "System.Account"}, {"key", {"hot1"}}, {"value", funded}}}},
       // The override is live state: hot1 can spend it.
       {{"call", "Balances.transfer_keep_alive"},
        {"origin", "hot1"},
        {"args", {{"dest", "bob"}, {"value", "1000"}}}},
       {{"set_storage", {{"item", "Balances.TotalIssuance"}, {"value", "123"}}}},
       // So is this one: fungible's can_withdraw refuses more than the total issuance.
       {{"call", "Balances.transfer_keep_alive"},
        {"origin", "hot1"},
        {"args", {{"dest", "bob"}, {"value", "1000"}}}}});
  const Json r = run_ok(scenario(steps, accounts));
  EXPECT_EQ(r["steps"][0], (Json{{"ok", true}}));
  EXPECT_EQ(r["steps"][1], (Json{{"ok", true}, {"events", {transfer(kHot1, kBob, "1000")}}}));
  EXPECT_EQ(r["steps"][2], (Json{{"ok", true}}));
  EXPECT_EQ(r["steps"][3],
            (Json{{"ok", false},
                  {"events", Json::array()},
                  {"error", {{"pallet", nullptr}, {"name", "Arithmetic.Underflow"}}}}));
  Json after = account_info("4000");
  after["nonce"] = 9;
  EXPECT_EQ(account_of(r, kHot1), after);
  EXPECT_EQ(r["state"]["Balances.TotalIssuance"], "123");
}

TEST(Scenario, WrittenDefaultsArePresentInTheDump) {
  // An all-zero AccountInfo is System.Account's ValueQuery default: written, it is on chain.
  const Json zero = {{"nonce", 0},
                     {"consumers", 0},
                     {"providers", 0},
                     {"sufficients", 0},
                     {"data", {{"free", "0"}, {"reserved", "0"}, {"frozen", "0"}, {"flags", "0"}}}};
  const Json steps = Json::array(
      {{{"set_storage", {{"item", "System.Account"}, {"key", {kExplicit}}, {"value", zero}}}}});
  const Json r = run_ok(scenario(steps));
  EXPECT_EQ(account_of(r, kExplicit), zero);
  EXPECT_EQ(r["state"]["System.Account"].size(), 9u);
}

TEST(Scenario, SetStorageOfSubtensorMapsAsInTheContractExample) {
  const auto& registry = runtime::runtime_registry();
  if (registry.item("SubtensorModule", "SubnetTAO") == nullptr ||
      registry.item("SubtensorModule", "SubnetMovingPrice") == nullptr) {
    GTEST_SKIP() << "SubtensorModule storage is not modelled in this build";
  }
  // Identity-hashed u16 keys sort little-endian: netuid 256 (0x0001) before netuid 2 (0x0200).
  const Json steps = Json::array(
      {{{"set_storage",
         {{"item", "SubtensorModule.SubnetTAO"}, {"key", {2}}, {"value", "1000000000000"}}}},
       {{"set_storage", {{"item", "SubtensorModule.SubnetTAO"}, {"key", {256}}, {"value", "0"}}}},
       {{"set_storage",
         {{"item", "SubtensorModule.SubnetMovingPrice"},
          {"key", {2}},
          {"value", {{"bits", "1073741824"}}}}}}});
  RunOptions options;
  options.state_items = {"SubtensorModule.SubnetTAO", "SubtensorModule.SubnetMovingPrice"};
  const Json r = run_ok(scenario(steps), options);
  EXPECT_EQ(r["state"], (Json{{"SubtensorModule.SubnetTAO",
                               {Json::array({{256}, "0"}), Json::array({{1}, "10000000000"}),
                                Json::array({{2}, "1000000000000"})}},
                              {"SubtensorModule.SubnetMovingPrice",
                               {Json::array({{2}, {{"bits", "1073741824"}}})}}}));
}

// ---- state dump options ---------------------------------------------------------------------

TEST(Scenario, StateItemsLimitTheDump) {
  RunOptions options;
  options.state_items = {"System.Number", "Balances.TotalIssuance", "Sudo.Key"};
  const Json r = run_ok({{"format", "subemu-scenario/1"}}, options);
  EXPECT_EQ(r["state"], (Json{{"System.Number", 1},
                              {"Balances.TotalIssuance", std::to_string(kDevIssuance)},
                              {"Sudo.Key", kAlice}}));
  options.state_items = {"System.Number", "Nope.Nothing"};
  auto bad = run({{"format", "subemu-scenario/1"}}, options);
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error(), "--state: unknown storage item 'Nope.Nothing'");
}

TEST(Scenario, SameInputGivesTheSameOutputIncludingTheStateRoot) {
  RunOptions options;
  options.state_root = true;
  const Json steps = Json::array(
      {{{"call", "Balances.transfer_keep_alive"},
        {"origin", "alice"},
        {"args", {{"dest", "bob"}, {"value", "1000000000"}}},
        {"signed", true}},
       {{"mine", 2}},
       {{"call", "System.remark_with_event"}, {"origin", "bob"}, {"args", {{"remark", "0x01"}}}}});
  const Json a = run_ok(scenario(steps, dev_accounts()), options);
  const Json b = run_ok(scenario(steps, dev_accounts()), options);
  ASSERT_TRUE(a.contains("state_root"));
  EXPECT_EQ(a["state_root"].get<std::string>().size(), 66u);
  EXPECT_EQ(a.dump(), b.dump());
  // One rao more moves the root.
  Json other_steps = steps;
  other_steps[0]["args"]["value"] = "1000000001";
  const Json c = run_ok(scenario(other_steps, dev_accounts()), options);
  EXPECT_NE(a["state_root"], c["state_root"]);
}

TEST(Scenario, StateRootIsTheTrieRootOfTheWholeOpenBlockState) {
  RunOptions options;
  options.state_root = true;
  const Json a = run_ok({{"format", "subemu-scenario/1"}}, options);
  const Json b = run_ok({{"format", "subemu-scenario/1"}, {"steps", {{{"mine", 1}}}}}, options);
  // A fresh chain's open block 1 differs from block 2 (number, parent hash, timestamp, ...).
  EXPECT_NE(a["state_root"], b["state_root"]);
  // Setting storage to a different value changes the root; a dump limited to other items does
  // not hide it (the root covers the whole state).
  options.state_items = {"System.Number"};
  const Json c =
      run_ok({{"format", "subemu-scenario/1"},
              {"steps", {{{"set_storage", {{"item", "Balances.TotalIssuance"}, {"value", "1"}}}}}}},
             options);
  EXPECT_NE(a["state_root"], c["state_root"]);
}

// ---- config "test" -------------------------------------------------------------------------

TEST(Scenario, ConfigTestUsesTheMockGenesisAndConstants) {
  const Json s = {
      {"format", "subemu-scenario/1"},
      {"config", "test"},
      {"accounts",
       {{"a", {{"label", "a"}}}, {"b", {{"label", "b"}}}, {"alice", {{"dev", "Alice"}}}}},
      // Existential deposit 1: one rao is a valid balance.
      {"genesis", {{"balances", {{"a", "10"}, {"b", "1"}}}}},
      {"steps",
       {{{"call", "Balances.transfer_allow_death"},
         {"origin", "a"},
         {"args", {{"dest", "b"}, {"value", "10"}}}},
        // No sudo key in the mock.
        {{"call", "Sudo.sudo"},
         {"origin", "alice"},
         {"args",
          {{"call", {{"pallet", "System"}, {"call", "remark"}, {"args", {{"remark", "0x"}}}}}}}}}}};
  const Json r = run_ok(s);
  const std::string a = "0x8928aae63c84d87ea098564d1e03ad813f107add474e56aedd286349c0c03ea4";
  const std::string b = "0x6e5c1f45cbaf19f94230ba3501c378a5335af71a331b5b5aed62792332288dc3";
  // No dev balances: only the scenario's.
  EXPECT_EQ(r["state"]["Balances.TotalIssuance"], "11");
  // a sends everything and is reaped (ED 1).
  EXPECT_EQ(r["steps"][0],
            (Json{{"ok", true},
                  {"events",
                   {event("System", "KilledAccount", {{"account", a}}), transfer(a, b, "10")}}}));
  EXPECT_EQ(r["steps"][1]["error"],
            (Json{{"pallet", "Sudo"}, {"name", "RequireSudo"}, {"index", {12, 0}}}));
  EXPECT_EQ(r["state"]["System.Account"],
            Json::array({Json::array({Json::array({b}), account_info("11")})}));
}

// ---- rejections ----------------------------------------------------------------------------

struct Rejection {
  const char* what;
  Json scenario;
  std::string message;
};

Json with(Json base, const std::string& field, Json value) {
  base[field] = std::move(value);
  return base;
}

// A valid step 0 and 1, then the step under test at index 2.
Json steps_with(Json bad_step) {
  return {{"format", "subemu-scenario/1"},
          {"accounts", dev_accounts()},
          {"steps",
           {{{"mine", 1}},
            {{"call", "System.remark"}, {"origin", "root"}, {"args", {{"remark", "0x"}}}},
            std::move(bad_step)}}};
}

TEST(Scenario, EveryRejectionNamesThePlaceAndTheReasonBeforeAnythingRuns) {
  const Json base = {{"format", "subemu-scenario/1"}};
  const Json transfer_args = {{"dest", "bob"}, {"value", "1"}};
  const std::vector<Rejection> cases = {
      {"not an object", Json::array(), "the scenario is not a JSON object"},
      {"no format", Json::object(), "format: expected \"subemu-scenario/1\""},
      {"other format", {{"format", "subemu-scenario/2"}}, "format: expected \"subemu-scenario/1\""},
      {"unknown top-level field", with(base, "seed", 1), "top level: unknown field 'seed'"},
      {"config type", with(base, "config", 5), "config: expected \"runtime\" or \"test\""},
      {"unknown config", with(base, "config", "main"),
       "config: unknown configuration 'main' (expected \"runtime\" or \"test\")"},
      {"accounts type", with(base, "accounts", Json::array()), "accounts: expected an object"},
      {"reserved name", with(base, "accounts", {{"root", {{"dev", "Alice"}}}}),
       "accounts.root: reserved name (names may not be empty, \"root\", \"none\" or start with "
       "\"0x\")"},
      {"hex-looking name", with(base, "accounts", {{"0xab", {{"label", "x"}}}}),
       "accounts.0xab: reserved name (names may not be empty, \"root\", \"none\" or start with "
       "\"0x\")"},
      {"unknown dev key", with(base, "accounts", {{"z", {{"dev", "Zed"}}}}),
       "accounts.z: unknown dev account 'Zed' (Alice, Bob, Charlie, Dave, Eve, Ferdie)"},
      {"short id", with(base, "accounts", {{"z", {{"id", "0x1234"}}}}),
       "accounts.z: id is not 32 bytes of 0x hex"},
      {"two kinds", with(base, "accounts", {{"z", {{"dev", "Alice"}, {"label", "z"}}}}),
       "accounts.z: expected one of {\"dev\": NAME}, {\"label\": TEXT}, {\"id\": \"0x<32 "
       "bytes>\"}"},
      {"unknown account kind", with(base, "accounts", {{"z", {{"seed", "z"}}}}),
       "accounts.z: expected one of {\"dev\": NAME}, {\"label\": TEXT}, {\"id\": \"0x<32 "
       "bytes>\"}"},
      {"unknown genesis field", with(base, "genesis", {{"sudo", "alice"}}),
       "genesis: unknown field 'sudo'"},
      {"unknown genesis account", with(base, "genesis", {{"balances", {{"carol", "1000"}}}}),
       "genesis.balances.carol: unknown account 'carol'"},
      {"malformed balance", with(base, "genesis", {{"balances", {{kExplicit, "12a"}}}}),
       std::string("genesis.balances.") + kExplicit + ": not a u64: '12a'"},
      {"negative balance", with(base, "genesis", {{"balances", {{kExplicit, -5}}}}),
       std::string("genesis.balances.") + kExplicit + ": expected a decimal string"},
      {"balance overflow",
       with(base, "genesis", {{"balances", {{kExplicit, "18446744073709551616"}}}}),
       std::string("genesis.balances.") + kExplicit + ": u64 overflow: '18446744073709551616'"},
      {"below the existential deposit", with(base, "genesis", {{"balances", {{kExplicit, "499"}}}}),
       std::string("genesis.balances.") + kExplicit +
           ": 499 rao is below the existential deposit (500 rao); use \"0\" for an unfunded "
           "account"},
      {"total issuance overflow",
       with(base, "genesis", {{"balances", {{kExplicit, "18446744073709551615"}}}}),
       "genesis.balances: the total issuance overflows u64"},
      {"steps type", with(base, "steps", Json::object()), "steps: expected an array"},
      {"step type", steps_with(5), "steps[2]: expected an object"},
      {"unknown step kind", steps_with({{"wait", 1}}),
       "steps[2]: expected a \"call\", \"mine\" or \"set_storage\" step"},
      {"two step kinds", steps_with({{"mine", 1}, {"set_storage", Json::object()}}),
       "steps[2]: unknown field 'set_storage'"},
      {"unknown call field",
       steps_with({{"call", "System.remark"}, {"origin", "root"}, {"weight", 1}}),
       "steps[2]: unknown field 'weight'"},
      {"unknown call", steps_with({{"call", "Balances.nope"}, {"origin", "root"}}),
       "steps[2].call: unknown call 'Balances.nope'"},
      {"unknown pallet", steps_with({{"call", "Frobnicator.frob"}, {"origin", "alice"}}),
       "steps[2].call: unknown call 'Frobnicator.frob'"},
      {"call without pallet", steps_with({{"call", "remark"}, {"origin", "root"}}),
       "steps[2].call: unknown call 'remark'"},
      {"missing origin", steps_with({{"call", "System.remark"}, {"args", {{"remark", "0x"}}}}),
       "steps[2]: missing origin"},
      {"unknown origin",
       steps_with({{"call", "System.remark"}, {"origin", "carol"}, {"args", {{"remark", "0x"}}}}),
       "steps[2].origin: unknown account 'carol'"},
      {"unknown account in args",
       steps_with({{"call", "Balances.transfer_keep_alive"},
                   {"origin", "alice"},
                   {"args", {{"dest", "carol"}, {"value", "1"}}}}),
       "steps[2].args.dest: unknown account 'carol'"},
      {"malformed value",
       steps_with({{"call", "Balances.transfer_keep_alive"},
                   {"origin", "alice"},
                   {"args", {{"dest", "bob"}, {"value", "1.5"}}}}),
       "steps[2].args.value: '1.5' is not a decimal integer (u64)"},
      {"unknown argument",
       steps_with({{"call", "Balances.transfer_keep_alive"},
                   {"origin", "alice"},
                   {"args", with(transfer_args, "tip", "1")}}),
       "steps[2].args: unknown argument 'tip'"},
      {"args type",
       steps_with({{"call", "System.remark"}, {"origin", "root"}, {"args", Json::array()}}),
       "steps[2].args: expected an object"},
      {"signed non-dev",
       steps_with({{"call", "System.remark"},
                   {"origin", kExplicit},
                   {"args", {{"remark", "0x"}}},
                   {"signed", true}}),
       "steps[2].origin: a signed step needs a dev account (Alice, Bob, Charlie, Dave, Eve, "
       "Ferdie) as origin"},
      {"signed root",
       steps_with({{"call", "System.remark"},
                   {"origin", "root"},
                   {"args", {{"remark", "0x"}}},
                   {"signed", true}}),
       "steps[2].origin: a signed step needs a dev account (Alice, Bob, Charlie, Dave, Eve, "
       "Ferdie) as origin"},
      {"signed type",
       steps_with({{"call", "System.remark"},
                   {"origin", "alice"},
                   {"args", {{"remark", "0x"}}},
                   {"signed", "yes"}}),
       "steps[2].signed: expected a boolean"},
      {"negative mine", steps_with({{"mine", -1}}),
       "steps[2].mine: expected a block count (0..1000000)"},
      {"huge mine", steps_with({{"mine", 1000001}}),
       "steps[2].mine: expected a block count (0..1000000)"},
      {"mine as string", steps_with({{"mine", "3"}}),
       "steps[2].mine: expected a block count (0..1000000)"},
      {"unknown item",
       steps_with({{"set_storage", {{"item", "Balances.Nothing"}, {"key", {2}}, {"value", "1"}}}}),
       "steps[2].set_storage.item: unknown item 'Balances.Nothing'"},
      {"unknown set_storage field",
       steps_with(
           {{"set_storage", {{"item", "Balances.TotalIssuance"}, {"value", "1"}, {"raw", true}}}}),
       "steps[2].set_storage: unknown field 'raw'"},
      {"key for a plain value",
       steps_with({{"set_storage",
                    {{"item", "Balances.TotalIssuance"}, {"key", Json::array()}, {"value", "1"}}}}),
       "steps[2].set_storage.key: Balances.TotalIssuance is a plain value (no key)"},
      {"missing map key",
       steps_with({{"set_storage", {{"item", "System.Account"}, {"value", account_info("1")}}}}),
       "steps[2].set_storage: missing key (System.Account has 1 key part(s))"},
      {"wrong key arity",
       steps_with({{"set_storage",
                    {{"item", "System.Account"},
                     {"key", {"alice", "bob"}},
                     {"value", account_info("1")}}}}),
       "steps[2].set_storage.key: expected an array of 1 key part(s)"},
      {"unknown account in key",
       steps_with(
           {{"set_storage",
             {{"item", "System.Account"}, {"key", {"carol"}}, {"value", account_info("1")}}}}),
       "steps[2].set_storage.key[0]: unknown account 'carol'"},
      {"missing value", steps_with({{"set_storage", {{"item", "Balances.TotalIssuance"}}}}),
       "steps[2].set_storage: missing value"},
      {"malformed value in set_storage",
       steps_with({{"set_storage", {{"item", "Balances.TotalIssuance"}, {"value", "-1"}}}}),
       "steps[2].set_storage.value: negative value for u64"},
  };
  for (const Rejection& c : cases) {
    EXPECT_EQ(run_error(c.scenario), c.message) << c.what;
  }
}

}  // namespace
}  // namespace subemu::tools::scenario
