#include "runtime/primitives/crypto/ss58.hpp"

#include "runtime/primitives/crypto/blake2b.hpp"

namespace subemu::crypto {
namespace {

constexpr char kAlphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr size_t kBodyLen = 32;
constexpr size_t kChecksumLen = 2;

int digit_value(char c) {
  for (int i = 0; i < 58; ++i) {
    if (kAlphabet[i] == c) return i;
  }
  return -1;
}

// blake2b_512("SS58PRE" ++ data)[0..2]
ByteArray<2> checksum(ByteView data) {
  Blake2b h(64);
  h.update(as_bytes("SS58PRE"));
  h.update(data);
  const ByteArray<64> d = h.final<64>();
  return {d[0], d[1]};
}

}  // namespace

const char* to_string(Ss58Error e) {
  switch (e) {
    case Ss58Error::kBadBase58:
      return "ss58: invalid base58 character";
    case Ss58Error::kBadLength:
      return "ss58: invalid length";
    case Ss58Error::kInvalidPrefix:
      return "ss58: invalid prefix byte";
    case Ss58Error::kFormatNotAllowed:
      return "ss58: reserved address format (46/47)";
    case Ss58Error::kInvalidChecksum:
      return "ss58: invalid checksum";
    case Ss58Error::kPrefixOutOfRange:
      return "ss58: prefix above 16383";
  }
  return "ss58: unknown error";
}

std::string base58_encode(ByteView data) {
  size_t zeros = 0;
  while (zeros < data.size() && data[zeros] == 0) ++zeros;
  // Base-58 digits, least significant first.
  std::vector<uint8_t> digits;
  digits.reserve(data.size() * 138 / 100 + 1);
  for (size_t i = zeros; i < data.size(); ++i) {
    uint32_t carry = data[i];
    for (uint8_t& d : digits) {
      carry += static_cast<uint32_t>(d) << 8;
      d = static_cast<uint8_t>(carry % 58);
      carry /= 58;
    }
    while (carry > 0) {
      digits.push_back(static_cast<uint8_t>(carry % 58));
      carry /= 58;
    }
  }
  std::string out(zeros, '1');
  for (size_t i = digits.size(); i-- > 0;) out.push_back(kAlphabet[digits[i]]);
  return out;
}

Result<Bytes, Ss58Error> base58_decode(std::string_view text) {
  size_t ones = 0;
  while (ones < text.size() && text[ones] == '1') ++ones;
  // Bytes, least significant first.
  Bytes bytes;
  for (size_t i = ones; i < text.size(); ++i) {
    const int v = digit_value(text[i]);
    if (v < 0) return unexpected(Ss58Error::kBadBase58);
    uint32_t carry = static_cast<uint32_t>(v);
    for (uint8_t& b : bytes) {
      carry += static_cast<uint32_t>(b) * 58;
      b = static_cast<uint8_t>(carry & 0xff);
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push_back(static_cast<uint8_t>(carry & 0xff));
      carry >>= 8;
    }
  }
  Bytes out(ones, 0);
  out.insert(out.end(), bytes.rbegin(), bytes.rend());
  return out;
}

Result<std::string, Ss58Error> ss58_encode(const AccountId32& account, uint16_t prefix) {
  if (prefix > kSs58MaxPrefix) return unexpected(Ss58Error::kPrefixOutOfRange);
  Bytes v;
  v.reserve(2 + kBodyLen + kChecksumLen);
  if (prefix < 64) {
    v.push_back(static_cast<uint8_t>(prefix));
  } else {
    const auto first = static_cast<uint8_t>(((prefix & 0x00fc) >> 2) | 0x40);
    const auto second = static_cast<uint8_t>((prefix >> 8) | ((prefix & 0x0003) << 6));
    v.push_back(first);
    v.push_back(second);
  }
  append(v, account.view());
  const ByteArray<2> sum = checksum(v);
  append(v, sum);
  return base58_encode(v);
}

Result<Ss58Address, Ss58Error> ss58_decode(std::string_view address) {
  SUBEMU_TRY_ASSIGN(const Bytes data, base58_decode(address));
  if (data.size() < 2) return unexpected(Ss58Error::kBadLength);
  size_t prefix_len = 0;
  uint16_t ident = 0;
  if (data[0] < 64) {
    prefix_len = 1;
    ident = data[0];
  } else if (data[0] < 128) {
    prefix_len = 2;
    const auto lower = static_cast<uint8_t>((data[0] << 2) | (data[1] >> 6));
    const auto upper = static_cast<uint8_t>(data[1] & 0x3f);
    ident = static_cast<uint16_t>(lower | (upper << 8));
  } else {
    return unexpected(Ss58Error::kInvalidPrefix);
  }
  if (data.size() != prefix_len + kBodyLen + kChecksumLen) {
    return unexpected(Ss58Error::kBadLength);
  }
  if (ident == 46 || ident == 47) return unexpected(Ss58Error::kFormatNotAllowed);
  const ByteArray<2> sum = checksum(ByteView(data.data(), prefix_len + kBodyLen));
  if (data[prefix_len + kBodyLen] != sum[0] || data[prefix_len + kBodyLen + 1] != sum[1]) {
    return unexpected(Ss58Error::kInvalidChecksum);
  }
  Ss58Address out;
  out.prefix = ident;
  out.account = *AccountId32::from_view(ByteView(data.data() + prefix_len, kBodyLen));
  return out;
}

}  // namespace subemu::crypto
