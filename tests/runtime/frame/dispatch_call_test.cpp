// dispatch_call / call_info / the runtime's call filter: resolution, NoNestingCallFilter, the
// transactional layer (rollback of writes and events, LimitReached) and call splitting.
#include <gtest/gtest.h>

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/pallets/system/accounts.hpp"
#include "tests/runtime/pallets/system/frame_fixture.hpp"

namespace subemu::runtime::testing {
namespace {

using frame::CallDecodeError;
using frame::DispatchError;
using frame::Origin;
using Value = scale::Compact<uint64_t>;

class DispatchCallTest : public FrameTest {
 protected:
  static Bytes remark(Bytes r = {}) { return call(0, 0, r); }
  static Bytes transfer(const AccountId& to, uint64_t v) { return call(5, 0, id(to), Value{v}); }
};

TEST_F(DispatchCallTest, ResolveAndLength) {
  const Bytes t = transfer(acc(2), 5);
  auto r = frame::resolve_call(registry(), t);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->pallet->name, "Balances");
  EXPECT_EQ(r->call->name, "transfer_allow_death");
  EXPECT_EQ(r->args.size(), t.size() - 2);
  EXPECT_EQ(frame::resolve_call(registry(), Bytes{99, 0}).error(), CallDecodeError::kUnknownPallet);
  EXPECT_EQ(frame::resolve_call(registry(), Bytes{5, 1}).error(), CallDecodeError::kUnknownCall);
  EXPECT_EQ(frame::resolve_call(registry(), Bytes{6, 0}).error(),
            CallDecodeError::kUnknownPallet);  // TransactionPayment has no calls
  EXPECT_EQ(frame::resolve_call(registry(), Bytes(t.begin(), t.end() - 1)).error(),
            CallDecodeError::kTruncated);
  EXPECT_EQ(frame::resolve_call(registry(), concat(t, Bytes{0})).error(),
            CallDecodeError::kTrailingBytes);
  auto parts = frame::split_calls(registry(), calls_vec({t, remark({1, 2})}));
  ASSERT_TRUE(parts.has_value());
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ(Bytes(parts->at(1).begin(), parts->at(1).end()), remark({1, 2}));
}

TEST_F(DispatchCallTest, CallInfo) {
  auto info = frame::call_info(registry(), transfer(acc(2), 5));
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->weight, frame::Weight::from_parts(173'363'000, 3593));
  EXPECT_FALSE(frame::call_info(registry(), Bytes{5}).has_value());
}

TEST_F(DispatchCallTest, NoNestingCallFilter) {
  const Bytes batch_in_batch =
      concat(Bytes{11, 0}, calls_vec({concat(Bytes{11, 2}, calls_vec({}))}));
  EXPECT_FALSE(frame::base_call_filter(registry(), batch_in_batch));
  const Bytes force_in_all = concat(Bytes{11, 2}, calls_vec({concat(Bytes{11, 4}, calls_vec({}))}));
  EXPECT_FALSE(frame::base_call_filter(registry(), force_in_all));
  // One level is fine, and so is a batch behind another call.
  EXPECT_TRUE(frame::base_call_filter(registry(), concat(Bytes{11, 0}, calls_vec({remark()}))));
  const Bytes derivative_batch = concat(Bytes{11, 1, 0, 0}, concat(Bytes{11, 0}, calls_vec({})));
  EXPECT_TRUE(
      frame::base_call_filter(registry(), concat(Bytes{11, 0}, calls_vec({derivative_batch}))));
  // A filtered call fails with System.CallFiltered and default post info; bypass skips it.
  auto r = dispatch(Origin::signed_by(acc(1)), batch_in_batch);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().error, DispatchError::module(0, 5));
  EXPECT_EQ(r.error().post_info, frame::PostDispatchInfo{});
  EXPECT_TRUE(
      frame::dispatch_call(env(), Origin::signed_by(acc(1)), batch_in_batch, true).has_value());
}

TEST_F(DispatchCallTest, FailedCallsRollBackTheirWritesAndEvents) {
  endow(acc(1), 10'000);
  start_block(1);
  const size_t before = events().size();
  // A batch_all whose second call fails after the first one wrote balances and events.
  const Bytes ba = concat(Bytes{11, 2}, calls_vec({transfer(acc(2), 1'000), transfer(acc(3), 1)}));
  auto r = dispatch(Origin::signed_by(acc(1)), ba);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(free(acc(1)), 10'000u);
  EXPECT_FALSE(system::account_exists(state(), acc(2)));
  EXPECT_EQ(events().size(), before);
  EXPECT_EQ(state().transaction_depth(), 0u);
}

TEST_F(DispatchCallTest, TransactionalLimit) {
  for (int i = 0; i < 255; ++i) ASSERT_TRUE(state().start_transaction().has_value());
  auto r = dispatch(Origin::none(), remark());
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().error,
            DispatchError::transactional(frame::TransactionalError::kLimitReached));
  for (int i = 0; i < 255; ++i) ASSERT_TRUE(state().rollback_transaction().has_value());
  EXPECT_TRUE(dispatch(Origin::none(), remark()).has_value());
}

TEST_F(DispatchCallTest, OriginFilterScopes) {
  const Bytes ba = concat(Bytes{11, 2}, calls_vec({}));
  {
    const frame::OriginFilterScope deny(env());
    EXPECT_EQ(dispatch(Origin::signed_by(acc(1)), ba).error().error, frame::call_filtered_error());
    EXPECT_TRUE(dispatch(Origin::root(), ba).has_value());  // Root is never filtered
    const frame::FreshOriginScope fresh(env());
    EXPECT_TRUE(dispatch(Origin::signed_by(acc(1)), ba).has_value());
  }
  EXPECT_TRUE(dispatch(Origin::signed_by(acc(1)), ba).has_value());
}

}  // namespace
}  // namespace subemu::runtime::testing
