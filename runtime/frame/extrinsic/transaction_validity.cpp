#include "runtime/frame/extrinsic/transaction_validity.hpp"

#include "runtime/primitives/check.hpp"

namespace subemu::runtime::frame::extrinsic {

InvalidTransaction TransactionValidityError::invalid_reason() const {
  SUBEMU_CHECK(is_invalid());
  return static_cast<InvalidTransaction>(reason_);
}

UnknownTransaction TransactionValidityError::unknown_reason() const {
  SUBEMU_CHECK(is_unknown());
  return static_cast<UnknownTransaction>(reason_);
}

void TransactionValidityError::encode_to(scale::Encoder& e) const {
  e.put_byte(static_cast<uint8_t>(kind_));
  e.put_byte(reason_);
  const bool custom = (kind_ == Kind::kInvalid && is(InvalidTransaction::kCustom)) ||
                      (kind_ == Kind::kUnknown && is(UnknownTransaction::kCustom));
  if (custom) e.put_byte(custom_);
}

bool TransactionValidityError::decode_from(scale::Decoder& d, TransactionValidityError& out) {
  out = TransactionValidityError();
  uint8_t kind = 0;
  if (!scale::decode_enum_tag(d, kind, 1)) return false;
  uint8_t reason = 0;
  const uint8_t max = kind == 0 ? kInvalidTransactionCount - 1 : kUnknownTransactionCount - 1;
  if (!scale::decode_enum_tag(d, reason, max)) return false;
  const bool custom = kind == 0 ? reason == static_cast<uint8_t>(InvalidTransaction::kCustom)
                                : reason == static_cast<uint8_t>(UnknownTransaction::kCustom);
  uint8_t code = 0;
  if (custom && !d.read_byte(code)) return false;
  out = kind == 0 ? invalid(static_cast<InvalidTransaction>(reason), code)
                  : unknown(static_cast<UnknownTransaction>(reason), code);
  return true;
}

std::string_view name(InvalidTransaction r) {
  switch (r) {
    case InvalidTransaction::kCall:
      return "Call";
    case InvalidTransaction::kPayment:
      return "Payment";
    case InvalidTransaction::kFuture:
      return "Future";
    case InvalidTransaction::kStale:
      return "Stale";
    case InvalidTransaction::kBadProof:
      return "BadProof";
    case InvalidTransaction::kAncientBirthBlock:
      return "AncientBirthBlock";
    case InvalidTransaction::kExhaustsResources:
      return "ExhaustsResources";
    case InvalidTransaction::kCustom:
      return "Custom";
    case InvalidTransaction::kBadMandatory:
      return "BadMandatory";
    case InvalidTransaction::kMandatoryValidation:
      return "MandatoryValidation";
    case InvalidTransaction::kBadSigner:
      return "BadSigner";
  }
  return "?";
}

std::string_view name(UnknownTransaction r) {
  switch (r) {
    case UnknownTransaction::kCannotLookup:
      return "CannotLookup";
    case UnknownTransaction::kNoUnsignedValidator:
      return "NoUnsignedValidator";
    case UnknownTransaction::kCustom:
      return "Custom";
  }
  return "?";
}

std::string_view description(InvalidTransaction r) {
  switch (r) {
    case InvalidTransaction::kCall:
      return "Transaction call is not expected";
    case InvalidTransaction::kPayment:
      return "Inability to pay some fees (e.g. account balance too low)";
    case InvalidTransaction::kFuture:
      return "Transaction will be valid in the future";
    case InvalidTransaction::kStale:
      return "Transaction is outdated";
    case InvalidTransaction::kBadProof:
      return "Transaction has a bad signature";
    case InvalidTransaction::kAncientBirthBlock:
      return "Transaction has an ancient birth block";
    case InvalidTransaction::kExhaustsResources:
      return "Transaction would exhaust the block limits";
    case InvalidTransaction::kCustom:
      return "InvalidTransaction custom error";
    case InvalidTransaction::kBadMandatory:
      return "A call was labelled as mandatory, but resulted in an Error.";
    case InvalidTransaction::kMandatoryValidation:
      return "Transaction dispatch is mandatory; transactions must not be validated.";
    case InvalidTransaction::kBadSigner:
      return "Invalid signing address";
  }
  return "?";
}

std::string_view description(UnknownTransaction r) {
  switch (r) {
    case UnknownTransaction::kCannotLookup:
      return "Could not lookup information required to validate the transaction";
    case UnknownTransaction::kNoUnsignedValidator:
      return "Could not find an unsigned validator for the unsigned transaction";
    case UnknownTransaction::kCustom:
      return "UnknownTransaction custom error";
  }
  return "?";
}

std::string to_string(const TransactionValidityError& e) {
  std::string out = e.is_invalid() ? "Invalid(" : "Unknown(";
  const bool custom =
      e.is_invalid() ? e.is(InvalidTransaction::kCustom) : e.is(UnknownTransaction::kCustom);
  out += e.is_invalid() ? name(e.invalid_reason()) : name(e.unknown_reason());
  if (custom) out += "(" + std::to_string(e.custom_code()) + ")";
  out += "): ";
  out += e.is_invalid() ? description(e.invalid_reason()) : description(e.unknown_reason());
  return out;
}

ValidTransaction ValidTransaction::combine_with(const ValidTransaction& other) const {
  ValidTransaction out = *this;
  out.priority =
      priority > ~uint64_t{0} - other.priority ? ~uint64_t{0} : priority + other.priority;
  out.requires_tags.insert(out.requires_tags.end(), other.requires_tags.begin(),
                           other.requires_tags.end());
  out.provides.insert(out.provides.end(), other.provides.begin(), other.provides.end());
  out.longevity = longevity < other.longevity ? longevity : other.longevity;
  out.propagate = propagate && other.propagate;
  return out;
}

void ValidTransaction::encode_to(scale::Encoder& e) const {
  scale::encode_to(e, priority);
  scale::encode_to(e, requires_tags);
  scale::encode_to(e, provides);
  scale::encode_to(e, longevity);
  scale::encode_to(e, propagate);
}

bool ValidTransaction::decode_from(scale::Decoder& d, ValidTransaction& out) {
  out = ValidTransaction();
  return scale::decode_from(d, out.priority) && scale::decode_from(d, out.requires_tags) &&
         scale::decode_from(d, out.provides) && scale::decode_from(d, out.longevity) &&
         scale::decode_from(d, out.propagate);
}

}  // namespace subemu::runtime::frame::extrinsic
