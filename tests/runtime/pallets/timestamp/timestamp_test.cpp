// pallet_timestamp: the inherent's origin, once-per-block and minimum-period rules (upstream
// panics, typed here), on_finalize, weights.
#include <gtest/gtest.h>

#include "tests/runtime/pallets/system/frame_fixture.hpp"

namespace subemu::runtime::testing {
namespace {

using frame::Origin;
using frame::Weight;
using Now = scale::Compact<uint64_t>;

class TimestampTest : public FrameTest {};

TEST_F(TimestampTest, SetOncePerBlockAfterTheMinimumPeriod) {
  EXPECT_EQ(dispatch(Origin::signed_by(acc(1)), call(2, 0, Now{1'000})).error().error,
            frame::DispatchError::bad_origin());
  ASSERT_TRUE(timestamp::check_set(env(), 1'000).has_value());
  ASSERT_TRUE(dispatch(Origin::none(), call(2, 0, Now{1'000})).has_value());
  EXPECT_EQ(timestamp::now(state()), 1'000u);
  EXPECT_EQ(timestamp::check_set(env(), 2'000).error(), timestamp::Panic::kAlreadyUpdated);
  EXPECT_FALSE(dispatch(Origin::none(), call(2, 0, Now{20'000})).has_value());
  ASSERT_TRUE(timestamp::on_finalize(env(), 1).has_value());
  EXPECT_FALSE(timestamp::DidUpdate::exists(state()));
  // MinimumPeriod is 6_000 ms.
  EXPECT_EQ(timestamp::check_set(env(), 6'999).error(), timestamp::Panic::kTooEarly);
  ASSERT_TRUE(timestamp::check_set(env(), 7'000).has_value());
  ASSERT_TRUE(dispatch(Origin::none(), call(2, 0, Now{7'000})).has_value());
  EXPECT_EQ(timestamp::now(state()), 7'000u);
}

TEST_F(TimestampTest, FinalizeWithoutSetPanics) {
  EXPECT_EQ(timestamp::on_finalize(env(), 1).error(), timestamp::Panic::kNotUpdated);
  EXPECT_EQ(timestamp::on_initialize(env(), 1), Weight::from_parts(4'118'000, 0));
}

TEST_F(TimestampTest, InherentInfo) {
  auto info = frame::call_info(registry(), call(2, 0, Now{1}));
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->weight, Weight::from_parts(8'684'000 + 50'000'000 + 100'000'000, 1493));
  EXPECT_EQ(info->dispatch_class, frame::DispatchClass::kMandatory);
}

}  // namespace
}  // namespace subemu::runtime::testing
