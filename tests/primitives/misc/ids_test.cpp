// Strong ids: AccountId32 / Hash256 (32-byte values), NetUid / Uid (u16), BlockNumber (u32).
#include "runtime/primitives/ids.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <type_traits>

#include "runtime/primitives/codec/scale.hpp"
#include "tests/testutil/vectors.hpp"

namespace subemu {
namespace {

constexpr const char* kAlice = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";
constexpr const char* kBob = "0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48";

// The types are distinct and do not convert implicitly.
static_assert(!std::is_same_v<AccountId32, Hash256>);
static_assert(!std::is_convertible_v<Hash256, AccountId32>);
static_assert(!std::is_convertible_v<ByteArray<32>, AccountId32>);
static_assert(!std::is_same_v<NetUid, Uid>);
static_assert(!std::is_convertible_v<uint16_t, NetUid>);
static_assert(!std::is_convertible_v<NetUid, uint16_t>);
static_assert(!std::is_convertible_v<Uid, NetUid>);
static_assert(std::is_same_v<BlockNumber, uint32_t>, "subtensor v3.0.0 common/src/lib.rs");
static_assert(sizeof(AccountId32) == 32 && sizeof(NetUid) == 2);
static_assert(std::is_trivially_copyable_v<AccountId32> && std::is_trivially_copyable_v<NetUid>);

TEST(AccountId32, HexRoundTripAndOrder) {
  const auto alice = AccountId32::from_hex(kAlice);
  const auto bob = AccountId32::from_hex(kBob);
  ASSERT_TRUE(alice && bob);
  EXPECT_EQ(alice->to_hex(), kAlice);
  EXPECT_EQ(to_string(*bob), kBob);
  EXPECT_LT(*bob, *alice);  // 0x8e.. < 0xd4..: byte order
  EXPECT_NE(*alice, *bob);
  EXPECT_TRUE(AccountId32().is_zero());
  EXPECT_FALSE(alice->is_zero());
  EXPECT_FALSE(AccountId32::from_hex("0x1234").has_value());
  EXPECT_FALSE(AccountId32::from_hex(std::string(kAlice) + "00").has_value());
  EXPECT_FALSE(AccountId32::from_hex("0xzz").has_value());
  std::set<AccountId32> ordered = {*alice, *bob, AccountId32()};
  EXPECT_EQ(ordered.begin()->to_hex(),
            "0x0000000000000000000000000000000000000000000000000000000000000000");
}

TEST(AccountId32, ScaleIsRawBytes) {
  const auto alice = *AccountId32::from_hex(kAlice);
  EXPECT_EQ(to_hex(scale::encode(alice)), kAlice);
  const auto back = scale::decode<AccountId32>(testutil::hex(kAlice));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, alice);
  const auto short_input = scale::decode<AccountId32>(ByteView(alice.bytes()).first(31));
  ASSERT_FALSE(short_input.has_value());
  EXPECT_EQ(short_input.error(), scale::DecodeError::kTruncated);
  // A Vec<AccountId32> is length-checked against 32 bytes per element.
  const auto huge = scale::decode<std::vector<AccountId32>>(
      testutil::hex("0x08" + std::string(kAlice).substr(2)));
  ASSERT_FALSE(huge.has_value());
  EXPECT_EQ(huge.error(), scale::DecodeError::kLengthTooLarge);
}

TEST(Hash256, FromHashOutput) {
  const ByteArray<32> raw{1, 2, 3};
  const Hash256 h(raw);
  EXPECT_EQ(h.bytes(), raw);
  EXPECT_EQ(h.view().size(), 32u);
  EXPECT_EQ(to_hex(scale::encode(h)), h.to_hex());
}

TEST(NetUid, ScaleAsU16AndOrdering) {
  constexpr NetUid n{300};
  static_assert(n.value() == 300);
  static_assert(kRootNetUid.value() == 0);
  EXPECT_EQ(to_hex(scale::encode(n)), "0x2c01");
  const auto back = scale::decode<NetUid>(testutil::hex("0x2c01"));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, n);
  EXPECT_LT(NetUid{1}, NetUid{256});  // numeric order (storage order differs: Identity is LE)
  EXPECT_EQ(to_string(n), "300");
  std::map<NetUid, int> m = {{NetUid{2}, 1}, {NetUid{1}, 2}};
  EXPECT_EQ(to_hex(scale::encode(m)), "0x08010002000000020001000000");
  const auto t = scale::decode<NetUid>(testutil::hex("0x01"));
  ASSERT_FALSE(t.has_value());
  EXPECT_EQ(t.error(), scale::DecodeError::kTruncated);
}

TEST(Uid, ScaleAsU16) {
  EXPECT_EQ(to_hex(scale::encode(Uid{65535})), "0xffff");
  EXPECT_EQ(to_hex(scale::encode(std::vector<Uid>{Uid{1}, Uid{2}})), "0x0801000200");
}

TEST(Ids, TupleMatchesSharedVector) {
  // scale.json: (u16, AccountId32, u64) = (1, //Alice, 1_000_000_000), with NetUid for the u16.
  const auto t = std::tuple<NetUid, AccountId32, uint64_t>{
      NetUid{1}, *AccountId32::from_hex(kAlice), 1'000'000'000};
  EXPECT_EQ(to_hex(scale::encode(t)),
            "0x0100d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d00ca9a3b000000"
            "00");
}

}  // namespace
}  // namespace subemu
