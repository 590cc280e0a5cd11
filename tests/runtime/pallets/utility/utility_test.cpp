// pallet_utility (subtensor's copy): batch semantics, events, weights, origins. Adapted from
// pallets/utility/src/tests.rs.
#include <gtest/gtest.h>

#include "runtime/pallets/system/accounts.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "tests/runtime/pallets/system/frame_fixture.hpp"

namespace subemu::runtime::testing {
namespace {

using frame::DispatchClass;
using frame::DispatchError;
using frame::Origin;
using frame::TokenError;
using frame::Weight;
using Value = scale::Compact<uint64_t>;
using Events = std::vector<std::pair<uint8_t, Bytes>>;
namespace uev = utility::event;

class UtilityTest : public FrameTest {
 protected:
  static Bytes transfer(const AccountId& to, uint64_t v) { return call(5, 0, id(to), Value{v}); }
  static Bytes remark() { return call(0, 0, Bytes{}); }
  static Bytes batch(const std::vector<Bytes>& calls) {
    return concat(Bytes{11, 0}, calls_vec(calls));
  }
  static Bytes batch_all(const std::vector<Bytes>& calls) {
    return concat(Bytes{11, 2}, calls_vec(calls));
  }
  static Bytes force_batch(const std::vector<Bytes>& calls) {
    return concat(Bytes{11, 4}, calls_vec(calls));
  }
  static Bytes as_derivative(uint16_t index, const Bytes& inner) {
    return concat(concat(Bytes{11, 1}, scale::encode(index)), inner);
  }
  // transfer_allow_death's declared weight.
  static constexpr Weight kTransfer = Weight::from_parts(173'363'000, 3593);
};

TEST_F(UtilityTest, DerivativeAccountId) {
  Bytes pre(as_bytes("modlpy/utilisuba").begin(), as_bytes("modlpy/utilisuba").end());
  append(pre, acc(1).view());
  append(pre, Bytes{2, 1});  // index 258, u16 LE
  EXPECT_EQ(utility::derivative_account_id(acc(1), 258), AccountId(crypto::blake2_256(pre)));
  EXPECT_NE(utility::derivative_account_id(acc(1), 0), utility::derivative_account_id(acc(1), 1));
}

TEST_F(UtilityTest, BatchWorks) {
  endow(acc(1), 10'000);
  start_block(1);
  auto r = dispatch(Origin::signed_by(acc(1)),
                    batch({transfer(acc(2), 1'000), transfer(acc(3), 2'000)}));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(free(acc(1)), 7'000u);
  EXPECT_EQ(r->actual_weight,
            utility::weights::batch(2).saturating_add(kTransfer).saturating_add(kTransfer));
  const auto e = event_bytes();
  ASSERT_EQ(e.size(), 9u);
  EXPECT_EQ(e[3], ev(uev::ItemCompleted{}));
  EXPECT_EQ(e[7], ev(uev::ItemCompleted{}));
  EXPECT_EQ(e[8], ev(uev::BatchCompleted{}));
}

TEST_F(UtilityTest, BatchStopsAtTheFirstError) {
  endow(acc(1), 10'000);
  start_block(1);
  auto r =
      dispatch(Origin::signed_by(acc(1)),
               batch({transfer(acc(2), 1'000), transfer(acc(3), 100), transfer(acc(4), 1'000)}));
  ASSERT_TRUE(r.has_value());       // batch itself succeeds
  EXPECT_EQ(free(acc(1)), 9'000u);  // the first transfer stays
  EXPECT_FALSE(system::account_exists(state(), acc(4)));
  // batch(2) + first transfer + the failed transfer's declared weight.
  EXPECT_EQ(r->actual_weight,
            utility::weights::batch(2).saturating_add(kTransfer).saturating_add(kTransfer));
  const auto e = event_bytes();
  ASSERT_EQ(e.size(), 5u);
  EXPECT_EQ(e[3], ev(uev::ItemCompleted{}));
  EXPECT_EQ(e[4], ev(uev::BatchInterrupted{1, DispatchError::token(TokenError::kBelowMinimum)}));
}

TEST_F(UtilityTest, BatchAllIsAllOrNothing) {
  endow(acc(1), 10'000);
  start_block(1);
  auto r = dispatch(Origin::signed_by(acc(1)),
                    batch_all({transfer(acc(2), 1'000), transfer(acc(3), 100)}));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().error, DispatchError::token(TokenError::kBelowMinimum));
  EXPECT_EQ(r.error().post_info.actual_weight,
            utility::weights::batch_all(2).saturating_add(kTransfer).saturating_add(kTransfer));
  EXPECT_EQ(free(acc(1)), 10'000u);
  EXPECT_FALSE(system::account_exists(state(), acc(2)));
  EXPECT_TRUE(events().empty());  // the events are rolled back with the writes
  ASSERT_TRUE(
      dispatch(Origin::signed_by(acc(1)), batch_all({transfer(acc(2), 1'000)})).has_value());
  EXPECT_EQ(event_bytes().back(), ev(uev::BatchCompleted{}));
}

TEST_F(UtilityTest, ForceBatchContinuesOnErrors) {
  endow(acc(1), 10'000);
  start_block(1);
  auto r = dispatch(Origin::signed_by(acc(1)),
                    force_batch({transfer(acc(2), 100), transfer(acc(3), 1'000)}));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(free(acc(3)), 1'000u);
  // Upstream reports batch(n) (not force_batch(n)) as the base weight.
  EXPECT_EQ(r->actual_weight,
            utility::weights::batch(2).saturating_add(kTransfer).saturating_add(kTransfer));
  const auto e = event_bytes();
  ASSERT_EQ(e.size(), 6u);
  EXPECT_EQ(e[0], ev(uev::ItemFailed{DispatchError::token(TokenError::kBelowMinimum)}));
  EXPECT_EQ(e[4], ev(uev::ItemCompleted{}));
  EXPECT_EQ(e[5], ev(uev::BatchCompletedWithErrors{}));
}

TEST_F(UtilityTest, NoneOriginAndTooManyCalls) {
  EXPECT_EQ(dispatch(Origin::none(), batch({remark()})).error().error, DispatchError::bad_origin());
  EXPECT_EQ(dispatch(Origin::none(), force_batch({})).error().error, DispatchError::bad_origin());
  std::vector<Bytes> many(utility::kBatchedCallsLimit + 1, remark());
  EXPECT_EQ(dispatch(Origin::signed_by(acc(1)), batch(many)).error().error,
            utility::error(utility::Error::kTooManyCalls));
  many.pop_back();
  EXPECT_TRUE(dispatch(Origin::signed_by(acc(1)), batch(many)).has_value());
}

TEST_F(UtilityTest, RootBatchesBypassTheFilter) {
  start_block(1);
  // A batch inside a batch is filtered for signed origins (NoNestingCallFilter)...
  const Bytes nested = batch({batch({remark()})});
  EXPECT_EQ(dispatch(Origin::signed_by(acc(1)), nested).error().error,
            frame::call_filtered_error());
  // ...but Root bypasses every filter.
  ASSERT_TRUE(dispatch(Origin::root(), nested).has_value());
  EXPECT_EQ(event_bytes().back(), ev(uev::BatchCompleted{}));
}

TEST_F(UtilityTest, AsDerivative) {
  const AccountId sub = utility::derivative_account_id(acc(1), 7);
  endow(sub, 5'000);
  start_block(1);
  auto r = dispatch(Origin::signed_by(acc(1)), as_derivative(7, transfer(acc(2), 1'000)));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(free(sub), 4'000u);
  const Weight base = utility::weights::as_derivative().saturating_add(
      Weight::from_parts(125'000'000, 0));  // + reads_writes(1, 1)
  EXPECT_EQ(r->actual_weight, base.saturating_add(kTransfer));
  // On failure the error carries the same accounting.
  auto f = dispatch(Origin::signed_by(acc(1)), as_derivative(7, transfer(acc(3), 100)));
  ASSERT_FALSE(f.has_value());
  EXPECT_EQ(f.error().post_info.actual_weight, base.saturating_add(kTransfer));
  EXPECT_EQ(dispatch(Origin::root(), as_derivative(7, remark())).error().error,
            DispatchError::bad_origin());
  auto info = frame::call_info(registry(), as_derivative(7, transfer(acc(2), 1)));
  EXPECT_EQ(info->weight, base.saturating_add(kTransfer));
}

TEST_F(UtilityTest, BatchAllFiltersNestedBatchAllThroughDerivatives) {
  const AccountId sub = utility::derivative_account_id(acc(1), 0);
  endow(sub, 5'000);
  // batch_all([as_derivative(0, batch_all([remark]))]): the inner batch_all inherits the
  // "no batch_all" filter of the outer one's origin.
  const Bytes inner = as_derivative(0, batch_all({remark()}));
  auto r = dispatch(Origin::signed_by(acc(1)), batch_all({inner}));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().error, frame::call_filtered_error());
  // The same under batch is fine.
  EXPECT_TRUE(dispatch(Origin::signed_by(acc(1)), batch({inner})).has_value());
}

TEST_F(UtilityTest, DispatchAsAndWithWeight) {
  endow(acc(5), 5'000);
  start_block(1);
  // dispatch_as(system(Signed(acc5)), transfer): Root only.
  Bytes as_signed = {11, 3, 0, 1};
  append(as_signed, acc(5).view());
  append(as_signed, transfer(acc(6), 1'000));
  EXPECT_EQ(dispatch(Origin::signed_by(acc(5)), as_signed).error().error,
            DispatchError::bad_origin());
  ASSERT_TRUE(dispatch(Origin::root(), as_signed).has_value());
  EXPECT_EQ(free(acc(6)), 1'000u);
  EXPECT_EQ(event_bytes().back(), ev(uev::DispatchedAs{Ok{}}));
  // A collective origin is not modelled: DispatchedAs{Err(BadOrigin)}.
  Bytes as_members = {11, 3, 8, 0, 1, 0, 0, 0, 2, 0, 0, 0};
  append(as_members, remark());
  ASSERT_TRUE(dispatch(Origin::root(), as_members).has_value());
  EXPECT_EQ(event_bytes().back(), ev(uev::DispatchedAs{unexpected(DispatchError::bad_origin())}));

  // with_weight(call, weight): declared weight is the given one; dispatched as Root.
  const Bytes ww = concat(concat(Bytes{11, 5}, call(5, 8, id(acc(7)), Value{900})),
                          scale::encode(Weight::from_parts(7, 8)));
  auto info = frame::call_info(registry(), ww);
  EXPECT_EQ(info->weight, Weight::from_parts(7, 8));
  EXPECT_EQ(dispatch(Origin::signed_by(acc(5)), ww).error().error, DispatchError::bad_origin());
  ASSERT_TRUE(dispatch(Origin::root(), ww).has_value());
  EXPECT_EQ(free(acc(7)), 900u);
}

TEST_F(UtilityTest, DeclaredWeightsAndClasses) {
  // Only paying inner calls add weight (subtensor's change); Normal if any inner is Normal.
  const Bytes set_storage = call(0, 4, std::vector<std::tuple<Bytes, Bytes>>{});
  auto op = frame::call_info(registry(), batch({set_storage}));
  EXPECT_EQ(op->dispatch_class, DispatchClass::kOperational);
  EXPECT_EQ(op->weight, utility::weights::batch(1).saturating_add(system::weights::set_storage(0)));
  auto mixed = frame::call_info(registry(), batch_all({set_storage, transfer(acc(1), 1)}));
  EXPECT_EQ(mixed->dispatch_class, DispatchClass::kNormal);
  EXPECT_EQ(frame::call_info(registry(), batch({}))->dispatch_class, DispatchClass::kOperational);
  // A Pays::No inner call (sudo's dispatch info pays Yes; Timestamp::set is Mandatory, Yes too):
  // weights from the benchmark formulas.
  EXPECT_EQ(utility::weights::batch(3),
            Weight::from_parts(2'694'370 + 3 * 5'005'941 + 50'000'000, 3997));
  EXPECT_EQ(utility::weights::force_batch(0), Weight::from_parts(4'879'712 + 50'000'000, 3997));
  EXPECT_EQ(utility::weights::batch_all(1),
            Weight::from_parts(12'948'874 + 5'162'821 + 50'000'000, 3997));
}

}  // namespace
}  // namespace subemu::runtime::testing
