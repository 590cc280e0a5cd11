// Era: the 10 "era" cases of shared/vectors/extrinsics.json (construction, bytes, birth/death),
// the tests of sp_runtime generic/era.rs, and an exhaustive pass over every two-byte encoding.
#include "runtime/frame/extrinsic/era.hpp"

#include <gtest/gtest.h>

#include <string>

#include "runtime/primitives/codec/scale.hpp"
#include "tests/runtime/frame/extrinsic/extrinsic_vectors.hpp"

namespace subemu::runtime::frame::extrinsic {
namespace {

using testing::cases_of_kind;
using testing::str;
using testutil::hex;

TEST(Era, VectorCases) {
  const auto cases = cases_of_kind("era");
  ASSERT_EQ(cases.size(), 10u);
  for (const auto& c : cases) {
    SCOPED_TRACE(str(c["name"]));
    const Bytes bytes = hex(str(c["hex"]));
    const auto decoded = scale::decode<Era>(bytes);
    ASSERT_TRUE(decoded.has_value());
    if (c["era"] == "Immortal") {
      EXPECT_TRUE(decoded->is_immortal());
      EXPECT_EQ(scale::encode(Era::immortal()), bytes);
      EXPECT_EQ(decoded->birth(12345), 0u);
      EXPECT_EQ(decoded->death(12345), ~uint64_t{0});
      continue;
    }
    const auto current = c["current_block"].get<uint64_t>();
    const Era era = Era::mortal(c["requested_period"].get<uint64_t>(), current);
    EXPECT_EQ(era.period(), c["period"].get<uint64_t>());
    EXPECT_EQ(era.phase(), c["phase"].get<uint64_t>());
    EXPECT_EQ(scale::encode(era), bytes);
    EXPECT_EQ(*decoded, era);
    EXPECT_EQ(era.birth(current), c["birth_block"].get<uint64_t>());
    EXPECT_EQ(era.death(current), c["death_block"].get<uint64_t>());
  }
}

// sp_runtime era.rs tests.
TEST(Era, UpstreamImmortal) {
  const Era e = Era::immortal();
  EXPECT_EQ(e.birth(0), 0u);
  EXPECT_EQ(e.death(0), ~uint64_t{0});
  EXPECT_EQ(e.birth(~uint64_t{0}), 0u);
  EXPECT_EQ(e.death(~uint64_t{0}), ~uint64_t{0});
  EXPECT_EQ(scale::encode(e), Bytes{0});
}

TEST(Era, UpstreamMortalCodec) {
  const Era e = Era::mortal(64, 42);
  const Bytes expected{static_cast<uint8_t>(5 + 42 % 16 * 16), static_cast<uint8_t>(42 / 16)};
  EXPECT_EQ(scale::encode(e), expected);
  EXPECT_EQ(scale::decode<Era>(expected).value(), e);
}

TEST(Era, UpstreamLongPeriodCodec) {
  const Era e = Era::mortal(32768, 20000);
  const Bytes expected{static_cast<uint8_t>(14 + 2500 % 16 * 16), static_cast<uint8_t>(2500 / 16)};
  EXPECT_EQ(scale::encode(e), expected);
  EXPECT_EQ(scale::decode<Era>(expected).value(), e);
}

TEST(Era, UpstreamInitialization) {
  EXPECT_EQ(Era::mortal(64, 42), Era::mortal_raw(64, 42));
  EXPECT_EQ(Era::mortal(32768, 20000), Era::mortal_raw(32768, 20000));
  EXPECT_EQ(Era::mortal(200, 513), Era::mortal_raw(256, 1));
  EXPECT_EQ(Era::mortal(2, 1), Era::mortal_raw(4, 1));
  EXPECT_EQ(Era::mortal(4, 5), Era::mortal_raw(4, 1));
  // clamp 1000000 to 65536; quantize 1000001 % 65536 down to a multiple of 16.
  EXPECT_EQ(Era::mortal(1000000, 1000001), Era::mortal_raw(65536, 1000001 % 65536 / 16 * 16));
  // checked_next_power_of_two: 0 -> 1 (then 4); none above 2^63 (-> 65536).
  EXPECT_EQ(Era::mortal(0, 7), Era::mortal_raw(4, 3));
  EXPECT_EQ(Era::mortal(~uint64_t{0}, 7), Era::mortal_raw(65536, 0));
}

TEST(Era, UpstreamBirthDeath) {
  const Era e = Era::mortal(4, 6);
  for (uint64_t i = 6; i < 10; ++i) {
    EXPECT_EQ(e.birth(i), 6u);
    EXPECT_EQ(e.death(i), 10u);
  }
  EXPECT_NE(e.birth(10), 6u);
  EXPECT_NE(e.birth(5), 6u);
  // current below phase: birth is the phase itself (no underflow).
  EXPECT_EQ(Era::mortal(4, 3).birth(1), 3u);
}

TEST(Era, RejectsInvalidPeriodAndPhase) {
  // Low nibble 0: period 2 < 4.
  EXPECT_EQ(scale::decode<Era>(Bytes{0x10, 0x00}).error(), scale::DecodeError::kInvalidEnumTag);
  // Period 4, phase 4.
  EXPECT_EQ(scale::decode<Era>(Bytes{0x41, 0x00}).error(), scale::DecodeError::kInvalidEnumTag);
  // Period 4, phase 4095.
  EXPECT_EQ(scale::decode<Era>(Bytes{0xf1, 0xff}).error(), scale::DecodeError::kInvalidEnumTag);
  // Second byte missing.
  EXPECT_EQ(scale::decode<Era>(Bytes{0x45}).error(), scale::DecodeError::kTruncated);
  EXPECT_EQ(scale::decode<Era>(Bytes{}).error(), scale::DecodeError::kTruncated);
  // Immortal is one byte: a second one is trailing.
  EXPECT_EQ(scale::decode<Era>(Bytes{0x00, 0x00}).error(), scale::DecodeError::kTrailingBytes);
}

// Every two-byte encoding: valid exactly when period >= 4 and phase < period, and every valid
// one re-encodes to the same bytes.
TEST(Era, ExhaustiveTwoByteEncodings) {
  size_t valid = 0;
  for (uint32_t v = 0; v <= 0xffff; ++v) {
    const Bytes b{static_cast<uint8_t>(v & 0xff), static_cast<uint8_t>(v >> 8)};
    if (b[0] == 0) continue;  // Immortal + trailing byte
    const auto e = scale::decode<Era>(b);
    const uint64_t period = uint64_t{2} << (v % 16);
    const uint64_t q = period >> 12 > 1 ? period >> 12 : 1;
    const bool expect_valid = period >= 4 && (v >> 4) * q < period;
    ASSERT_EQ(e.has_value(), expect_valid) << v;
    if (!e) continue;
    ++valid;
    EXPECT_EQ(scale::encode(*e), b) << v;
  }
  // Period 2^(n+1) for nibble n = 1..15 admits min(2^(n+1), 4096) phases (4096 = 12-bit field).
  size_t expected = 0;
  for (uint32_t n = 1; n <= 15; ++n) {
    const uint64_t period = uint64_t{2} << n;
    expected += period < 4096 ? period : 4096;
  }
  EXPECT_EQ(valid, expected);
}

TEST(Era, ToString) {
  EXPECT_EQ(to_string(Era::immortal()), "Immortal");
  EXPECT_EQ(to_string(Era::mortal(64, 100)), "Mortal(64, 36)");
}

}  // namespace
}  // namespace subemu::runtime::frame::extrinsic
