// pallet_sudo: key checks, Root dispatch, events, Pays::No. Adapted from
// polkadot-sdk frame/sudo/src/tests.rs.
#include <gtest/gtest.h>

#include "tests/runtime/pallets/system/frame_fixture.hpp"

namespace subemu::runtime::testing {
namespace {

using frame::DispatchError;
using frame::Origin;
using frame::Weight;
using Value = scale::Compact<uint64_t>;
using Events = std::vector<std::pair<uint8_t, Bytes>>;
namespace sev = sudo::event;

class SudoTest : public FrameTest {
 protected:
  SudoTest() { sudo::build_genesis(env(), acc(1)); }
  static Bytes sudo_call(const Bytes& inner) { return concat(Bytes{12, 0}, inner); }
  static Bytes set_balance(const AccountId& who, uint64_t v) {
    return call(5, 8, id(who), Value{v});
  }
};

TEST_F(SudoTest, SudoDispatchesAsRootWithoutFee) {
  start_block(1);
  auto r = dispatch(Origin::signed_by(acc(1)), sudo_call(set_balance(acc(2), 1'000)));
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(r->pays_fee, frame::Pays::kNo);
  EXPECT_EQ(free(acc(2)), 1'000u);
  EXPECT_EQ(event_bytes().back(), ev(sev::Sudid{Ok{}}));
  // The inner call's error is reported in the event; sudo itself succeeds.
  r = dispatch(Origin::signed_by(acc(1)),
               sudo_call(call(0, 7, Bytes{})));  // remark_with_event: Signed only
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(event_bytes().back(), ev(sev::Sudid{unexpected(DispatchError::bad_origin())}));
}

TEST_F(SudoTest, OnlyTheKeyOrRoot) {
  auto r = dispatch(Origin::signed_by(acc(2)), sudo_call(set_balance(acc(2), 1'000)));
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(r.error().error, sudo::error(sudo::Error::kRequireSudo));
  EXPECT_EQ(r.error().post_info.pays_fee, frame::Pays::kYes);
  EXPECT_EQ(dispatch(Origin::none(), sudo_call(set_balance(acc(2), 1'000))).error().error,
            DispatchError::bad_origin());
  EXPECT_TRUE(dispatch(Origin::root(), sudo_call(set_balance(acc(2), 1'000))).has_value());
}

TEST_F(SudoTest, SetKeySudoAsAndRemoveKey) {
  start_block(1);
  ASSERT_TRUE(dispatch(Origin::signed_by(acc(1)), call(12, 2, id(acc(3)))).has_value());
  EXPECT_EQ(sudo::Key::get(state()), acc(3));
  EXPECT_EQ(dispatch(Origin::signed_by(acc(1)), call(12, 2, id(acc(1)))).error().error,
            sudo::error(sudo::Error::kRequireSudo));
  // sudo_as: a Signed origin for the inner call.
  auto r =
      dispatch(Origin::signed_by(acc(3)), concat(call(12, 3, id(acc(4))), call(0, 7, Bytes{1})));
  ASSERT_TRUE(r.has_value());
  ASSERT_TRUE(dispatch(Origin::signed_by(acc(3)), call(12, 4)).has_value());
  EXPECT_FALSE(sudo::Key::get(state()).has_value());
  const auto e = event_bytes();
  ASSERT_EQ(e.size(), 4u);
  EXPECT_EQ(e[0], ev(sev::KeyChanged{acc(1), acc(3)}));
  EXPECT_EQ(e[1].first, system::kPalletIndex);  // Remarked by acc(4)
  EXPECT_EQ(e[2], ev(sev::SudoAsDone{Ok{}}));
  EXPECT_EQ(e[3], ev(sev::KeyRemoved{}));
  // Without a key only Root passes.
  EXPECT_EQ(dispatch(Origin::signed_by(acc(3)), sudo_call(call(0, 0, Bytes{}))).error().error,
            sudo::error(sudo::Error::kRequireSudo));
}

TEST_F(SudoTest, Weights) {
  auto info = frame::call_info(registry(), sudo_call(set_balance(acc(2), 1)));
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->weight, Weight::from_parts(10'729'000 + 25'000'000 + 144'929'000, 1517 + 3593));
  EXPECT_EQ(info->pays_fee, frame::Pays::kYes);  // declared; the post info waives it
  const Bytes unchecked =
      concat(concat(Bytes{12, 1}, set_balance(acc(2), 1)), scale::encode(Weight::from_parts(1, 2)));
  EXPECT_EQ(frame::call_info(registry(), unchecked)->weight, Weight::from_parts(1, 2));
  EXPECT_TRUE(dispatch(Origin::signed_by(acc(1)), unchecked).has_value());
  EXPECT_EQ(frame::call_info(registry(), call(12, 2, id(acc(1))))->weight,
            Weight::from_parts(9'663'000 + 125'000'000, 1517));
  // KeyChanged{old: None, new}: Option tag 0.
  EXPECT_EQ(system::encode_event(sev::KeyChanged{std::nullopt, acc(9)}).size(), 1u + 1u + 32u);
}

}  // namespace
}  // namespace subemu::runtime::testing
