// Scenario shapes of events and dispatch errors.
#include <gtest/gtest.h>

#include "tests/testutil/vectors.hpp"
#include "tests/tools/json/test_registry.hpp"
#include "tools/json/runtime_json.hpp"

namespace subemu::tools::json {
namespace {

using runtime::frame::ArithmeticError;
using runtime::frame::DispatchError;
using runtime::frame::TokenError;
using testutil::hex;

TEST(RuntimeJson, EventsWithUnnamedFields) {
  const auto& reg = testutil::json_registry::registry();
  // SubtensorModule.NetworkAdded(2, 10): variant 0, u16 2, u16 10.
  Result<Json, std::string> ev = event_to_json(reg, 7, Bytes{0, 2, 0, 10, 0});
  ASSERT_TRUE(ev.has_value()) << ev.error();
  EXPECT_EQ(*ev, (Json{{"pallet", "SubtensorModule"},
                       {"name", "NetworkAdded"},
                       {"fields", {{"0", 2}, {"1", 10}}}}));
  // StakeAdded(coldkey, hotkey, tao, alpha, netuid).
  Bytes stake{2};
  stake.insert(stake.end(), 32, 0x11);
  stake.insert(stake.end(), 32, 0x22);
  for (uint8_t b : {5, 0, 0, 0, 0, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0, 3, 0}) stake.push_back(b);
  ev = event_to_json(reg, 7, stake);
  ASSERT_TRUE(ev.has_value()) << ev.error();
  EXPECT_EQ((*ev)["fields"]["1"], Json(to_hex(Bytes(32, 0x22))));
  EXPECT_EQ((*ev)["fields"]["2"], Json("5"));
  EXPECT_EQ((*ev)["fields"]["4"], Json(3));
}

TEST(RuntimeJson, EventsWithNamedFields) {
  const auto& reg = testutil::json_registry::registry();
  // System.ExtrinsicFailed{dispatch_error: Module{7, [5,0,0,0]}, dispatch_info}.
  scale::Encoder e;
  e.put_byte(1);
  DispatchError::module(7, 5).encode_to(e);
  runtime::frame::DispatchInfo{runtime::frame::Weight::from_parts(100, 7),
                               runtime::frame::DispatchClass::kNormal, runtime::frame::Pays::kYes}
      .encode_to(e);
  Result<Json, std::string> ev = event_to_json(reg, 0, e.bytes());
  ASSERT_TRUE(ev.has_value()) << ev.error();
  EXPECT_EQ(*ev, (Json{{"pallet", "System"},
                       {"name", "ExtrinsicFailed"},
                       {"fields",
                        {{"dispatch_error", {{"Module", {{"index", 7}, {"error", "0x05000000"}}}}},
                         {"dispatch_info",
                          {{"weight", {{"ref_time", "100"}, {"proof_size", "7"}}},
                           {"class", "Normal"},
                           {"pays_fee", "Yes"}}}}}}));
  // A unit event; the RuntimeEvent form (pallet index first) gives the same.
  EXPECT_EQ(*event_to_json(reg, 0, Bytes{2}),
            (Json{{"pallet", "System"}, {"name", "CodeUpdated"}, {"fields", Json::object()}}));
  EXPECT_EQ(*runtime_event_to_json(reg, Bytes{0, 2}), *event_to_json(reg, 0, Bytes{2}));
}

TEST(RuntimeJson, EventErrors) {
  const auto& reg = testutil::json_registry::registry();
  EXPECT_EQ(event_to_json(reg, 9, Bytes{0}).error(), "unknown pallet index 9");
  EXPECT_EQ(event_to_json(reg, 5, Bytes{0}).error(), "pallet Balances has no events");
  EXPECT_EQ(event_to_json(reg, 7, Bytes{9}).error(),
            "SubtensorModule event (value): invalid enum variant index (at byte 1)");
  EXPECT_EQ(event_to_json(reg, 7, Bytes{0, 2, 0, 10}).error(),
            "SubtensorModule event .NetworkAdded[1]: truncated input (at byte 3)");
  EXPECT_EQ(event_to_json(reg, 7, Bytes{0, 2, 0, 10, 0, 0}).error(),
            "SubtensorModule event (value): trailing bytes after value (at byte 5)");
  EXPECT_FALSE(runtime_event_to_json(reg, Bytes{}).has_value());
}

TEST(RuntimeJson, DispatchErrors) {
  const auto& reg = testutil::json_registry::registry();
  EXPECT_EQ(
      dispatch_error_to_json(reg, DispatchError::module(7, 5)),
      (Json{{"pallet", "SubtensorModule"}, {"name", "HotKeyAccountNotExists"}, {"index", {7, 5}}}));
  EXPECT_EQ(dispatch_error_to_json(reg, DispatchError::module(5, 2)),
            (Json{{"pallet", "Balances"}, {"name", "InsufficientBalance"}, {"index", {5, 2}}}));
  EXPECT_EQ(dispatch_error_to_json(reg, DispatchError::module(7, 3)),
            (Json{{"pallet", "SubtensorModule"}, {"name", nullptr}, {"index", {7, 3}}}));
  EXPECT_EQ(dispatch_error_to_json(reg, DispatchError::module(40, 1)),
            (Json{{"pallet", nullptr}, {"name", nullptr}, {"index", {40, 1}}}));
  EXPECT_EQ(dispatch_error_to_json(reg, DispatchError::bad_origin()),
            (Json{{"pallet", nullptr}, {"name", "BadOrigin"}}));
  EXPECT_EQ(dispatch_error_to_json(reg, DispatchError::arithmetic(ArithmeticError::kOverflow)),
            (Json{{"pallet", nullptr}, {"name", "Arithmetic.Overflow"}}));
  EXPECT_EQ(dispatch_error_to_json(reg, DispatchError::token(TokenError::kFundsUnavailable)),
            (Json{{"pallet", nullptr}, {"name", "Token.FundsUnavailable"}}));
  EXPECT_EQ(dispatch_error_to_json(reg, DispatchError::other()),
            (Json{{"pallet", nullptr}, {"name", "Other"}}));
}

}  // namespace
}  // namespace subemu::tools::json
