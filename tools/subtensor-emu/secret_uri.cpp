// Secret/public key URIs and the key pairs they denote (see secret_uri.hpp).
#include "tools/subtensor-emu/secret_uri.hpp"

#include <sodium.h>

#include <algorithm>
#include <string>

#include "runtime/primitives/check.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/crypto/ecdsa.hpp"
#include "runtime/primitives/crypto/ed25519.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "tools/subtensor-emu/bip39.hpp"

namespace subemu::tools {

namespace {

KeyError key_error(KeyErrorKind kind, std::string message) { return {kind, std::move(message)}; }

bool is_phrase_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ';
}

// Length of the longest prefix of `s` whose characters satisfy `allowed`.
template <class Pred>
size_t prefix_length(std::string_view s, Pred allowed) {
  size_t n = 0;
  while (n < s.size() && allowed(s[n])) ++n;
  return n;
}

// Rust's str::parse::<u64>: an optional '+', then one or more ASCII digits, no overflow.
std::optional<uint64_t> parse_rust_u64(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  if (s.empty()) return std::nullopt;
  uint64_t v = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    const auto digit = static_cast<uint64_t>(c - '0');
    if (v > (UINT64_MAX - digit) / 10) return std::nullopt;
    v = v * 10 + digit;
  }
  return v;
}

ByteArray<2> ss58_checksum(ByteView data) {
  const ByteView tag = as_bytes("SS58PRE");
  Bytes pre(tag.begin(), tag.end());
  append(pre, data);
  const crypto::Hash512 h = crypto::blake2_512(pre);
  return {h[0], h[1]};
}

std::string soft_path_text(std::string_view path) { return "'/" + std::string(path) + "'"; }

// Pair::derive for each scheme, starting from `root` and its seed. Every junction is checked
// before any secret is derived (a soft one is refused wherever it stands, as Substrate would).
Result<DerivedPair, KeyError> derive(Scheme scheme, const KeyPair& root,
                                     const ByteArray<32>& root_seed,
                                     const std::vector<std::string_view>& paths) {
  std::vector<DeriveJunction> junctions;
  for (const std::string_view path : paths) {
    junctions.push_back(junction_from_path(path));
    if (junctions.back().hard) continue;
    if (scheme == Scheme::kSr25519) {
      return unexpected(
          key_error(KeyErrorKind::kSoftPathUnsupported,
                    "soft derivation " + soft_path_text(path) +
                        " is not supported yet for sr25519 keys (hard junctions '//x' are)"));
    }
    return unexpected(key_error(KeyErrorKind::kInvalidPath, std::string(scheme_name(scheme)) +
                                                                " keys have no soft derivation " +
                                                                soft_path_text(path) +
                                                                "; use a hard junction '//'"));
  }
  DerivedPair out;
  ByteArray<32> acc = root_seed;
  crypto::sr25519::SecretKey sr = root.sr25519;
  for (const DeriveJunction& j : junctions) {
    switch (scheme) {
      case Scheme::kSr25519:
        acc = crypto::sr25519::hard_derive_mini_secret(sr, j.chain_code);
        sr = crypto::sr25519::expand_mini_secret(acc);
        break;
      case Scheme::kEd25519:
        acc = crypto::ed25519::hard_derive(acc, j.chain_code);
        break;
      case Scheme::kEcdsa:
        acc = crypto::ecdsa::hard_derive(acc, j.chain_code);
        break;
    }
  }
  if (paths.empty()) {
    out.pair = root;
  } else {
    SUBEMU_TRY_ASSIGN(out.pair, pair_from_seed(scheme, acc));
  }
  out.seed = acc;
  sodium_memzero(acc.data(), acc.size());
  return out;
}

}  // namespace

std::optional<Scheme> parse_scheme(std::string_view name) {
  if (name == "sr25519" || name == "Sr25519") return Scheme::kSr25519;
  if (name == "ed25519" || name == "Ed25519") return Scheme::kEd25519;
  if (name == "ecdsa" || name == "Ecdsa") return Scheme::kEcdsa;
  return std::nullopt;
}

std::string_view scheme_name(Scheme s) {
  switch (s) {
    case Scheme::kSr25519:
      return "sr25519";
    case Scheme::kEd25519:
      return "ed25519";
    case Scheme::kEcdsa:
      return "ecdsa";
  }
  return "?";
}

size_t public_key_size(Scheme s) { return s == Scheme::kEcdsa ? 33 : 32; }
size_t signature_size(Scheme s) { return s == Scheme::kEcdsa ? 65 : 64; }

const char* to_string(UriError e) {
  switch (e) {
    case UriError::kInvalidCharacterInPhrase:
      return "invalid character in the phrase (letters, digits and spaces only)";
    case UriError::kInvalidCharacterInPassword:
      return "invalid character in the password";
    case UriError::kInvalidCharacterInHardPath:
      return "empty hard junction ('//' must be followed by a name or number)";
    case UriError::kInvalidCharacterInSoftPath:
      return "empty soft junction ('/' must be followed by a name or number)";
  }
  return "invalid URI";
}

// mirrors sp_core address_uri.rs AddressUri::parse
Result<AddressUri, UriError> parse_address_uri(std::string_view uri) {
  AddressUri out;
  const size_t phrase_len = prefix_length(uri, is_phrase_char);
  if (phrase_len > 0) out.phrase = uri.substr(0, phrase_len);
  std::string_view rest = uri.substr(phrase_len);
  auto not_slash = [](char c) { return c != '/'; };
  while (!rest.empty()) {
    if (rest.starts_with("///")) {
      rest.remove_prefix(3);
      const size_t n = prefix_length(rest, [](char c) { return c != '\n'; });
      out.password = rest.substr(0, n);
      rest.remove_prefix(n);
    } else if (rest.starts_with("//")) {
      const size_t n = prefix_length(rest.substr(2), not_slash);
      if (n == 0) return unexpected(UriError::kInvalidCharacterInHardPath);
      out.paths.push_back(rest.substr(1, n + 1));  // keeps one '/': the hard marker
      rest.remove_prefix(n + 2);
    } else if (rest.starts_with("/")) {
      const size_t n = prefix_length(rest.substr(1), not_slash);
      if (n == 0) return unexpected(UriError::kInvalidCharacterInSoftPath);
      out.paths.push_back(rest.substr(1, n));
      rest.remove_prefix(n + 1);
    } else {
      return unexpected(out.password ? UriError::kInvalidCharacterInPassword
                                     : UriError::kInvalidCharacterInPhrase);
    }
  }
  return out;
}

// mirrors sp_core crypto.rs DeriveJunction::from(&str) and DeriveJunction::soft
DeriveJunction junction_from_path(std::string_view path) {
  DeriveJunction j;
  if (path.starts_with("/")) {
    j.hard = true;
    path.remove_prefix(1);
  }
  Bytes encoded;
  if (const std::optional<uint64_t> n = parse_rust_u64(path)) {
    encoded = scale::encode(*n);
  } else {
    encoded = scale::encode(std::string(path));
  }
  if (encoded.size() > j.chain_code.size()) {
    j.chain_code = crypto::blake2_256(encoded);
  } else {
    std::copy(encoded.begin(), encoded.end(), j.chain_code.begin());
  }
  return j;
}

KeyPair::~KeyPair() { sodium_memzero(seed_key.data(), seed_key.size()); }

Result<KeyPair, KeyError> pair_from_seed(Scheme scheme, const ByteArray<32>& seed) {
  KeyPair pair;
  pair.scheme = scheme;
  switch (scheme) {
    case Scheme::kSr25519: {
      pair.sr25519 = crypto::sr25519::expand_mini_secret(seed);
      const crypto::sr25519::PublicKey pk = crypto::sr25519::public_key(pair.sr25519);
      pair.public_key.assign(pk.begin(), pk.end());
      break;
    }
    case Scheme::kEd25519: {
      pair.seed_key = seed;
      const crypto::ed25519::PublicKey pk = crypto::ed25519::public_key(seed);
      pair.public_key.assign(pk.begin(), pk.end());
      break;
    }
    case Scheme::kEcdsa: {
      const auto pk = crypto::ecdsa::public_key(seed);
      if (!pk) {
        return unexpected(key_error(KeyErrorKind::kInvalidSeed,
                                    "the seed is not a valid secp256k1 secret key (zero or >= n)"));
      }
      pair.seed_key = seed;
      pair.public_key.assign(pk->begin(), pk->end());
      break;
    }
  }
  return pair;
}

// mirrors sp_core crypto.rs Pair::from_phrase
Result<DerivedPair, KeyError> pair_from_phrase(Scheme scheme, std::string_view phrase,
                                               std::optional<std::string_view> password) {
  auto mini = bip39::mini_secret_from_phrase(phrase, password.value_or(""));
  if (!mini) {
    return unexpected(key_error(KeyErrorKind::kInvalidPhrase,
                                "invalid secret phrase: " + bip39::to_string(mini.error())));
  }
  DerivedPair out;
  SUBEMU_TRY_ASSIGN(out.pair, pair_from_seed(scheme, *mini));
  out.seed = *mini;
  sodium_memzero(mini->data(), mini->size());
  return out;
}

// mirrors sp_core crypto.rs Pair::from_string_with_seed
Result<DerivedPair, KeyError> pair_from_secret_uri(
    Scheme scheme, std::string_view suri, std::optional<std::string_view> password_override) {
  const auto uri = parse_address_uri(suri);
  if (!uri) {
    return unexpected(key_error(KeyErrorKind::kInvalidFormat,
                                std::string("invalid secret URI: ") + to_string(uri.error())));
  }
  const std::string_view phrase = uri->phrase.value_or(kDevPhrase);
  const std::optional<std::string_view> password =
      password_override ? password_override : uri->password;

  KeyPair root;
  ByteArray<32> seed{};
  if (phrase.starts_with("0x")) {
    const std::optional<Bytes> bytes = from_hex(phrase.substr(2));
    if (!bytes || bytes->size() != seed.size()) {
      return unexpected(key_error(KeyErrorKind::kInvalidSeed,
                                  "invalid seed: a hex seed is 0x followed by 64 hex digits "
                                  "(32 bytes)"));
    }
    std::copy(bytes->begin(), bytes->end(), seed.begin());
    SUBEMU_TRY_ASSIGN(root, pair_from_seed(scheme, seed));
  } else {
    SUBEMU_TRY_ASSIGN(DerivedPair from_phrase, pair_from_phrase(scheme, phrase, password));
    root = from_phrase.pair;
    seed = *from_phrase.seed;
  }
  auto derived = derive(scheme, root, seed, uri->paths);
  sodium_memzero(seed.data(), seed.size());
  return derived;
}

// mirrors sp_core crypto.rs Ss58Codec::from_string_with_version (for sp_core's Public types)
Result<PublicKeyWithPrefix, KeyError> public_from_ss58_uri(Scheme scheme, std::string_view uri) {
  const auto cap = parse_address_uri(uri);
  if (!cap) {
    return unexpected(key_error(KeyErrorKind::kInvalidFormat,
                                std::string("invalid public key URI: ") + to_string(cap.error())));
  }
  if (cap->password) {
    return unexpected(key_error(KeyErrorKind::kPasswordNotAllowed,
                                "a public key URI cannot carry a password ('///')"));
  }
  const std::string_view address = cap->phrase.value_or(kDevAddress);
  auto decoded = ss58_decode_bytes(address, public_key_size(scheme));
  if (!decoded) {
    return unexpected(
        key_error(KeyErrorKind::kInvalidPublic, "invalid SS58 address '" + std::string(address) +
                                                    "': " + crypto::to_string(decoded.error())));
  }
  for (const std::string_view path : cap->paths) {
    if (junction_from_path(path).hard) {
      return unexpected(
          key_error(KeyErrorKind::kInvalidPath,
                    "a public key cannot take a hard junction '/" + std::string(path) + "'"));
    }
  }
  if (!cap->paths.empty()) {
    if (scheme == Scheme::kSr25519) {
      return unexpected(key_error(KeyErrorKind::kSoftPathUnsupported,
                                  "soft derivation of sr25519 public keys is not supported yet"));
    }
    return unexpected(key_error(KeyErrorKind::kInvalidPath, std::string(scheme_name(scheme)) +
                                                                " keys have no soft derivation"));
  }
  return PublicKeyWithPrefix{std::move(decoded->first), decoded->second};
}

Result<Bytes, KeyError> public_from_hex(Scheme scheme, std::string_view hex) {
  std::optional<Bytes> bytes = from_hex(hex);
  if (!bytes) {
    return unexpected(
        key_error(KeyErrorKind::kInvalidPublic, "invalid hex '" + std::string(hex) + "'"));
  }
  if (bytes->size() != public_key_size(scheme)) {
    return unexpected(key_error(KeyErrorKind::kInvalidPublic,
                                "an " + std::string(scheme_name(scheme)) + " public key is " +
                                    std::to_string(public_key_size(scheme)) + " bytes, got " +
                                    std::to_string(bytes->size())));
  }
  return std::move(*bytes);
}

AccountId32 account_id(Scheme scheme, ByteView public_key) {
  SUBEMU_CHECK(public_key.size() == public_key_size(scheme));
  if (scheme == Scheme::kEcdsa) {
    crypto::ecdsa::PublicKey pk{};
    std::copy(public_key.begin(), public_key.end(), pk.begin());
    return crypto::ecdsa::account_id(pk);
  }
  return *AccountId32::from_view(public_key);
}

Bytes sign(const KeyPair& pair, ByteView message, const ByteArray<32>& sr25519_entropy) {
  switch (pair.scheme) {
    case Scheme::kSr25519: {
      const auto sig = crypto::sr25519::sign(pair.sr25519, message, sr25519_entropy);
      return Bytes(sig.begin(), sig.end());
    }
    case Scheme::kEd25519: {
      const auto sig = crypto::ed25519::sign(pair.seed_key, message);
      return Bytes(sig.begin(), sig.end());
    }
    case Scheme::kEcdsa: {
      const auto sig = crypto::ecdsa::sign(pair.seed_key, message);
      SUBEMU_CHECK(sig.has_value());  // the secret was validated when the pair was made
      return Bytes(sig->begin(), sig->end());
    }
  }
  return {};
}

bool verify(Scheme scheme, ByteView signature, ByteView message, ByteView public_key) {
  switch (scheme) {
    case Scheme::kSr25519:
      return crypto::sr25519::verify(signature, message, public_key);
    case Scheme::kEd25519:
      return crypto::ed25519::verify(signature, message, public_key);
    case Scheme::kEcdsa:
      return crypto::ecdsa::verify_offchain(signature, message, public_key);
  }
  return false;
}

// mirrors sp_core crypto.rs Ss58Codec::to_ss58check_with_version
std::string ss58_encode_bytes(ByteView body, uint16_t prefix) {
  SUBEMU_CHECK(prefix <= crypto::kSs58MaxPrefix);
  Bytes v;
  if (prefix < 64) {
    v.push_back(static_cast<uint8_t>(prefix));
  } else {
    v.push_back(static_cast<uint8_t>(((prefix & 0x00fc) >> 2) | 0x40));
    v.push_back(static_cast<uint8_t>((prefix >> 8) | ((prefix & 0x0003) << 6)));
  }
  append(v, body);
  append(v, ss58_checksum(v));
  return crypto::base58_encode(v);
}

// mirrors sp_core crypto.rs Ss58Codec::from_ss58check_with_version
Result<std::pair<Bytes, uint16_t>, crypto::Ss58Error> ss58_decode_bytes(std::string_view text,
                                                                        size_t body_len) {
  using crypto::Ss58Error;
  SUBEMU_TRY_ASSIGN(const Bytes data, crypto::base58_decode(text));
  if (data.size() < 2) return unexpected(Ss58Error::kBadLength);
  size_t prefix_len = 1;
  uint16_t ident = data[0];
  if (data[0] >= 128) return unexpected(Ss58Error::kInvalidPrefix);
  if (data[0] >= 64) {
    prefix_len = 2;
    const auto lower = static_cast<uint8_t>((data[0] << 2) | (data[1] >> 6));
    const auto upper = static_cast<uint8_t>(data[1] & 0x3f);
    ident = static_cast<uint16_t>(lower | (upper << 8));
  }
  if (data.size() != prefix_len + body_len + 2) return unexpected(Ss58Error::kBadLength);
  if (ident == 46 || ident == 47) return unexpected(Ss58Error::kFormatNotAllowed);
  const ByteArray<2> sum = ss58_checksum(ByteView(data.data(), prefix_len + body_len));
  if (data[prefix_len + body_len] != sum[0] || data[prefix_len + body_len + 1] != sum[1]) {
    return unexpected(Ss58Error::kInvalidChecksum);
  }
  const auto body = data.begin() + static_cast<std::ptrdiff_t>(prefix_len);
  return std::pair<Bytes, uint16_t>(Bytes(body, body + static_cast<std::ptrdiff_t>(body_len)),
                                    ident);
}

std::string network_name(uint16_t prefix) {
  switch (prefix) {
    case 0:
      return "polkadot";
    case 2:
      return "kusama";
    case 42:
      return "substrate";
    default:
      return std::to_string(prefix);
  }
}

}  // namespace subemu::tools
