// TaoBalance / AlphaBalance: distinct u64 newtypes, checked/saturating arithmetic, SCALE as u64,
// consteval literals.
#include "runtime/primitives/balance.hpp"

#include <gtest/gtest.h>

#include <type_traits>

#include "runtime/primitives/codec/scale.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu {
namespace {

constexpr uint64_t kMax = ~uint64_t{0};

static_assert(!std::is_same_v<TaoBalance, AlphaBalance>);
static_assert(!std::is_convertible_v<TaoBalance, AlphaBalance>);
static_assert(!std::is_convertible_v<uint64_t, TaoBalance>);
static_assert(!std::is_convertible_v<TaoBalance, uint64_t>);
static_assert(sizeof(TaoBalance) == 8 && std::is_trivially_copyable_v<TaoBalance>);

// Literals are compile-time values.
static_assert((1_tao).to_u64() == 1'000'000'000);
static_assert((500_rao).to_u64() == 500);
static_assert((18446744073_tao).to_u64() == 18'446'744'073'000'000'000ULL);
static_assert((18446744073709551615_rao).to_u64() == kMax);
static_assert((2_alpha).to_u64() == 2'000'000'000 && (7_alpha_rao).to_u64() == 7);
static_assert(std::is_same_v<decltype(1_tao), TaoBalance>);
static_assert(std::is_same_v<decltype(1_alpha), AlphaBalance>);
// Out of range does not compile (kept here as documentation; uncomment to see the error):
//   constexpr auto too_much = 18446744074_tao;  // > u64::MAX rao
// A constant expression that needs an out-of-range literal is rejected:
template <unsigned long long V>
concept TaoLiteralFits = requires {
  typename std::integral_constant<uint64_t,
                                  TaoBalance(detail::literal_raw(V, kRaoPerTao)).to_u64()>;
};
static_assert(TaoLiteralFits<18446744073ULL>);
static_assert(!TaoLiteralFits<18446744074ULL>);

TEST(TaoBalance, CheckedArithmetic) {
  EXPECT_EQ(TaoBalance(5).checked_add(TaoBalance(7)), TaoBalance(12));
  EXPECT_EQ(TaoBalance(kMax).checked_add(1_rao), std::nullopt);
  EXPECT_EQ(TaoBalance(kMax).checked_add(0_rao), TaoBalance(kMax));
  EXPECT_EQ((5_rao).checked_sub(5_rao), 0_rao);
  EXPECT_EQ((5_rao).checked_sub(6_rao), std::nullopt);
  EXPECT_EQ((3_tao).checked_mul(4), 12_tao);
  EXPECT_EQ(TaoBalance(kMax).checked_mul(0), 0_rao);
  EXPECT_EQ(TaoBalance(kMax / 2 + 1).checked_mul(2), std::nullopt);
  EXPECT_EQ(TaoBalance(kMax / 2).checked_mul(2), TaoBalance(kMax - 1));
}

TEST(TaoBalance, SaturatingArithmetic) {
  EXPECT_EQ(TaoBalance(kMax - 1).saturating_add(5_rao), TaoBalance::max());
  EXPECT_EQ((1_tao).saturating_add(1_rao), TaoBalance(1'000'000'001));
  EXPECT_EQ((1_rao).saturating_sub(2_rao), TaoBalance::zero());
  EXPECT_EQ((2_tao).saturating_sub(1_tao), 1_tao);
  EXPECT_EQ(TaoBalance(kMax / 3 + 1).saturating_mul(3), TaoBalance::max());
  EXPECT_EQ((7_rao).saturating_mul(6), 42_rao);
  EXPECT_EQ((7_rao).saturating_mul(0), 0_rao);
}

TEST(TaoBalance, Comparisons) {
  EXPECT_LT(999'999'999_rao, 1_tao);
  EXPECT_GE(1_tao, 1'000'000'000_rao);
  EXPECT_TRUE(TaoBalance().is_zero());
  EXPECT_EQ(TaoBalance::zero(), 0_rao);
  EXPECT_EQ(to_string(21_tao), "21000000000");
}

TEST(AlphaBalance, SameOperations) {
  EXPECT_EQ((1_alpha).checked_sub(1_alpha_rao), AlphaBalance(999'999'999));
  EXPECT_EQ(AlphaBalance::max().saturating_add(1_alpha), AlphaBalance::max());
  EXPECT_EQ((1_alpha_rao).checked_sub(2_alpha_rao), std::nullopt);
}

TEST(Balance, ScaleAsPlainU64) {
  EXPECT_EQ(to_hex(scale::encode(1_tao)), "0x00ca9a3b00000000");
  EXPECT_EQ(to_hex(scale::encode(AlphaBalance::max())), "0xffffffffffffffff");
  const auto back = scale::decode<TaoBalance>(testutil::hex("0x00ca9a3b00000000"));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, 1_tao);
  const auto short_input = scale::decode<AlphaBalance>(testutil::hex("0x00ca9a3b000000"));
  ASSERT_FALSE(short_input.has_value());
  EXPECT_EQ(short_input.error(), scale::DecodeError::kTruncated);
  // Option<TaoBalance> and Vec<TaoBalance> compose like Option<u64> / Vec<u64>.
  EXPECT_EQ(to_hex(scale::encode(std::optional<TaoBalance>(42_rao))), "0x012a00000000000000");
  const auto v = scale::decode<std::vector<TaoBalance>>(testutil::hex("0x08000000000000000000"));
  ASSERT_FALSE(v.has_value());
  EXPECT_EQ(v.error(), scale::DecodeError::kLengthTooLarge);  // 2 x 8 bytes announced, 8 present
}

}  // namespace
}  // namespace subemu
