// TransactionValidityError / ValidTransaction: SCALE bytes of every variant (indices as in
// sp_runtime at polkadot-stable2409), rejections, names and combine_with.
#include "runtime/frame/extrinsic/transaction_validity.hpp"

#include <gtest/gtest.h>

#include "runtime/primitives/codec/scale.hpp"

namespace subemu::runtime::frame::extrinsic {
namespace {

using E = TransactionValidityError;

TEST(TransactionValidity, EveryVariantEncodes) {
  for (uint8_t i = 0; i < kInvalidTransactionCount; ++i) {
    const auto r = static_cast<InvalidTransaction>(i);
    const E e = E::invalid(r, 42);
    const Bytes expected = r == InvalidTransaction::kCustom ? Bytes{0x00, i, 42} : Bytes{0x00, i};
    EXPECT_EQ(scale::encode(e), expected) << int{i};
    EXPECT_EQ(scale::decode<E>(expected).value(), e);
    EXPECT_TRUE(e.is(r));
    EXPECT_EQ(e.invalid_reason(), r);
  }
  for (uint8_t i = 0; i < kUnknownTransactionCount; ++i) {
    const auto r = static_cast<UnknownTransaction>(i);
    const E e = E::unknown(r, 9);
    const Bytes expected = r == UnknownTransaction::kCustom ? Bytes{0x01, i, 9} : Bytes{0x01, i};
    EXPECT_EQ(scale::encode(e), expected) << int{i};
    EXPECT_EQ(scale::decode<E>(expected).value(), e);
    EXPECT_TRUE(e.is(r));
  }
}

TEST(TransactionValidity, FrozenIndices) {
  EXPECT_EQ(scale::encode(E::invalid(InvalidTransaction::kBadProof)), (Bytes{0x00, 0x04}));
  EXPECT_EQ(scale::encode(E::invalid(InvalidTransaction::kAncientBirthBlock)), (Bytes{0x00, 0x05}));
  EXPECT_EQ(scale::encode(E::invalid(InvalidTransaction::kBadSigner)), (Bytes{0x00, 0x0a}));
  EXPECT_EQ(scale::encode(E::invalid_custom(3)), (Bytes{0x00, 0x07, 0x03}));
  EXPECT_EQ(scale::encode(E::unknown(UnknownTransaction::kCannotLookup)), (Bytes{0x01, 0x00}));
  EXPECT_EQ(scale::encode(E::unknown_custom(200)), (Bytes{0x01, 0x02, 0xc8}));
  // A non-custom variant never carries a code.
  EXPECT_EQ(E::invalid(InvalidTransaction::kStale, 5).custom_code(), 0);
}

TEST(TransactionValidity, Rejections) {
  // IndeterminateImplicit (11) and UnknownOrigin (12) only exist from stable2412 on.
  EXPECT_EQ(scale::decode<E>(Bytes{0x00, 0x0b}).error(), scale::DecodeError::kInvalidEnumTag);
  EXPECT_EQ(scale::decode<E>(Bytes{0x00, 0x0c}).error(), scale::DecodeError::kInvalidEnumTag);
  EXPECT_EQ(scale::decode<E>(Bytes{0x01, 0x03}).error(), scale::DecodeError::kInvalidEnumTag);
  EXPECT_EQ(scale::decode<E>(Bytes{0x02, 0x00}).error(), scale::DecodeError::kInvalidEnumTag);
  EXPECT_EQ(scale::decode<E>(Bytes{0x00, 0x07}).error(), scale::DecodeError::kTruncated);
  EXPECT_EQ(scale::decode<E>(Bytes{0x00}).error(), scale::DecodeError::kTruncated);
  EXPECT_EQ(scale::decode<E>(Bytes{0x00, 0x04, 0x00}).error(), scale::DecodeError::kTrailingBytes);
}

TEST(TransactionValidity, ToString) {
  EXPECT_EQ(to_string(E::invalid(InvalidTransaction::kBadProof)),
            "Invalid(BadProof): Transaction has a bad signature");
  EXPECT_EQ(to_string(E::invalid_custom(3)), "Invalid(Custom(3)): InvalidTransaction custom error");
  EXPECT_EQ(to_string(E::unknown(UnknownTransaction::kCannotLookup)),
            "Unknown(CannotLookup): Could not lookup information required to validate the "
            "transaction");
  EXPECT_EQ(name(InvalidTransaction::kAncientBirthBlock), "AncientBirthBlock");
  EXPECT_EQ(description(InvalidTransaction::kAncientBirthBlock),
            "Transaction has an ancient birth block");
}

TEST(TransactionValidity, Predicates) {
  EXPECT_TRUE(E::invalid(InvalidTransaction::kExhaustsResources).exhausted_resources());
  EXPECT_FALSE(E::unknown(UnknownTransaction::kCannotLookup).exhausted_resources());
  EXPECT_TRUE(E::invalid(InvalidTransaction::kBadMandatory).was_mandatory());
  EXPECT_FALSE(E::invalid(InvalidTransaction::kBadProof).is(UnknownTransaction::kCannotLookup));
}

TEST(ValidTransaction, DefaultEncoding) {
  // priority 0, no tags, longevity u64::MAX, propagate true.
  const Bytes expected{0,    0,    0,    0,    0,    0,    0,    0,    0x00, 0x00,
                       0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01};
  EXPECT_EQ(scale::encode(ValidTransaction{}), expected);
  EXPECT_EQ(scale::decode<ValidTransaction>(expected).value(), ValidTransaction{});
}

TEST(ValidTransaction, CombineWith) {
  ValidTransaction a;
  a.priority = ~uint64_t{0} - 1;
  a.requires_tags = {Bytes{1}};
  a.provides = {Bytes{2}};
  a.longevity = 10;
  ValidTransaction b;
  b.priority = 5;
  b.requires_tags = {Bytes{3}};
  b.provides = {Bytes{4}, Bytes{5}};
  b.longevity = 64;
  b.propagate = false;
  const ValidTransaction c = a.combine_with(b);
  EXPECT_EQ(c.priority, ~uint64_t{0});  // saturating
  EXPECT_EQ(c.requires_tags, (std::vector<Bytes>{Bytes{1}, Bytes{3}}));
  EXPECT_EQ(c.provides, (std::vector<Bytes>{Bytes{2}, Bytes{4}, Bytes{5}}));
  EXPECT_EQ(c.longevity, 10u);
  EXPECT_FALSE(c.propagate);
  const auto back = scale::decode<ValidTransaction>(scale::encode(c));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, c);
}

}  // namespace
}  // namespace subemu::runtime::frame::extrinsic
