// Secret and public key URIs as Substrate reads them (sp_core::crypto), and the key pairs they
// denote for sr25519, ed25519 and ecdsa: what `subtensor-emu key ...` works on.
//
// Grammar (sp_core AddressUri::parse, the replacement of the old regex
// `^(?P<phrase>[a-zA-Z0-9 ]+)?(?P<path>(//?[^/]+)*)(///(?P<password>.*))?$`):
//   uri      = [phrase] { "//" hard | "/" soft } [ "///" password ]
//   phrase   = ASCII letters, digits and spaces: a BIP39 phrase or "0x" + hex seed;
//              absent = the dev phrase (so "//Alice" = DEV_PHRASE + "//Alice")
//   hard/soft= one or more characters other than '/'; password = anything but '\n'
// Junctions (DeriveJunction::from): a code that parses as u64 (Rust's rules: optional '+', digits)
// is SCALE u64 (8 bytes LE), anything else a SCALE string (Compact(len) ++ UTF-8); an encoding
// longer than 32 bytes is replaced by its blake2_256, a shorter one is zero-padded to 32 bytes.
//
// Pairs (Pair::from_string_with_seed): "0x" + hex of exactly 32 bytes is the seed itself (a
// password is ignored there, as in Substrate); otherwise the phrase goes through BIP39 (bip39.hpp)
// with the URI's password, or the override (--password) when given. The seed is the sr25519 mini
// secret (expanded in Ed25519 mode), the ed25519 RFC 8032 seed or the secp256k1 secret. Hard
// junctions: sr25519 via schnorrkel's HDKD transcript, ed25519/ecdsa via blake2_256(SCALE(label)
// ++ seed ++ chain code). After derivation the reported seed is the derived one.
// Soft junctions: ed25519 and ecdsa have none (Substrate: InvalidPath, same here). sr25519 soft
// derivation needs schnorrkel's derived_key_simple, which runtime/primitives/crypto/sr25519 does
// not provide yet: a soft junction is refused with kSoftPathUnsupported (never silently ignored).
//
// Public keys: sr25519/ed25519 32 bytes (the account id), ecdsa 33 bytes compressed (account id =
// blake2_256 of it). SS58 here encodes any body length (ecdsa's "Public key (SS58)" is 33 bytes).
// Not thread-hostile; secrets are wiped when a KeyPair dies.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/crypto/sr25519.hpp"
#include "runtime/primitives/crypto/ss58.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::tools {

// sp_core::crypto::DEV_PHRASE and DEV_ADDRESS (the sr25519 SS58 of the bare dev phrase).
inline constexpr std::string_view kDevPhrase =
    "bottom drive obey lake curtain smoke basket hold race lonely fit walk";
inline constexpr std::string_view kDevAddress = "5DfhGyQdFobKM8NsWvEeAKk5EQQgYe9AydgJ7rMB6E1EqRzV";

enum class Scheme : uint8_t { kSr25519, kEd25519, kEcdsa };
std::optional<Scheme> parse_scheme(std::string_view name);  // "sr25519" | "ed25519" | "ecdsa"
std::string_view scheme_name(Scheme s);
size_t public_key_size(Scheme s);  // 32, 32, 33
size_t signature_size(Scheme s);   // 64, 64, 65

// ---- URI grammar ------------------------------------------------------------------------------

// sp_core AddressUri: views into the parsed string. A hard path keeps its leading '/' ("/Alice").
struct AddressUri {
  std::optional<std::string_view> phrase;
  std::vector<std::string_view> paths;
  std::optional<std::string_view> password;
};
enum class UriError : uint8_t {
  kInvalidCharacterInPhrase = 1,
  kInvalidCharacterInPassword = 2,
  kInvalidCharacterInHardPath = 3,  // "//" followed by nothing
  kInvalidCharacterInSoftPath = 4,  // "/" followed by nothing
};
const char* to_string(UriError e);
Result<AddressUri, UriError> parse_address_uri(std::string_view uri);

struct DeriveJunction {
  bool hard = false;
  ByteArray<32> chain_code{};
  friend bool operator==(const DeriveJunction&, const DeriveJunction&) = default;
};
// DeriveJunction::from(path) for one element of AddressUri::paths.
DeriveJunction junction_from_path(std::string_view path);

// ---- Key pairs --------------------------------------------------------------------------------

enum class KeyErrorKind : uint8_t {
  kInvalidFormat = 1,        // the URI grammar
  kInvalidPhrase = 2,        // BIP39: word count, unknown word, checksum
  kInvalidSeed = 3,          // "0x..." not 32 bytes of hex, or not a valid secret for the scheme
  kInvalidPath = 4,          // a junction the scheme cannot take (soft ed25519/ecdsa, hard public)
  kSoftPathUnsupported = 5,  // sr25519 soft junction: not implemented yet (see the file top)
  kInvalidPublic = 6,        // bad SS58 / hex / length of a public key
  kPasswordNotAllowed = 7,   // "///password" on a public key URI
};
struct KeyError {
  KeyErrorKind kind = KeyErrorKind::kInvalidFormat;
  std::string message;  // for the user: what is wrong and, where useful, with which part
};

// One key pair. The secret material of the other schemes is left zero.
struct KeyPair {
  Scheme scheme = Scheme::kSr25519;
  crypto::sr25519::SecretKey sr25519;  // sr25519: the expanded secret key
  ByteArray<32> seed_key{};            // ed25519: RFC 8032 seed; ecdsa: secp256k1 secret
  Bytes public_key;                    // 32 or 33 bytes
  KeyPair() = default;
  KeyPair(const KeyPair&) = default;
  KeyPair& operator=(const KeyPair&) = default;
  ~KeyPair();
};

struct DerivedPair {
  KeyPair pair;
  std::optional<ByteArray<32>> seed;  // what subkey prints as "Secret seed" (none after a soft
                                      // sr25519 junction; always present today)
};

// The pair of a 32-byte seed (Pair::from_seed_slice).
Result<KeyPair, KeyError> pair_from_seed(Scheme scheme, const ByteArray<32>& seed);
// Pair::from_phrase: `phrase` is a bare BIP39 phrase, nothing else.
Result<DerivedPair, KeyError> pair_from_phrase(Scheme scheme, std::string_view phrase,
                                               std::optional<std::string_view> password);
// Pair::from_string_with_seed: a full secret URI; `password_override` beats the URI's password.
Result<DerivedPair, KeyError> pair_from_secret_uri(
    Scheme scheme, std::string_view suri, std::optional<std::string_view> password_override);

// Ss58Codec::from_string_with_version for the scheme's public key: SS58 (of public_key_size
// bytes) with optional junctions (none derivable today, see the file top); a missing address is
// DEV_ADDRESS, as in Substrate.
struct PublicKeyWithPrefix {
  Bytes public_key;
  uint16_t prefix = 0;
};
Result<PublicKeyWithPrefix, KeyError> public_from_ss58_uri(Scheme scheme, std::string_view uri);
// Hex (optional "0x") of exactly public_key_size bytes.
Result<Bytes, KeyError> public_from_hex(Scheme scheme, std::string_view hex);

AccountId32 account_id(Scheme scheme, ByteView public_key);

// Signature of `message` as sp_core Pair::sign makes it. sr25519 takes `sr25519_entropy` as its
// witness randomness (pass fresh random bytes); ed25519/ecdsa are deterministic.
Bytes sign(const KeyPair& pair, ByteView message, const ByteArray<32>& sr25519_entropy);
// sp_core Pair::verify (ecdsa: recovery id 0..3 only, the off-chain rule).
bool verify(Scheme scheme, ByteView signature, ByteView message, ByteView public_key);

// ---- SS58 of any body length --------------------------------------------------------------------

// REQUIRES: prefix <= 16383 (checked).
std::string ss58_encode_bytes(ByteView body, uint16_t prefix);
// Mirrors Ss58Codec::from_ss58check_with_version for a body of `body_len` bytes.
Result<std::pair<Bytes, uint16_t>, crypto::Ss58Error> ss58_decode_bytes(std::string_view text,
                                                                        size_t body_len);
// Ss58AddressFormat's name for a few well-known prefixes ("substrate" for 42), else the number.
std::string network_name(uint16_t prefix);

}  // namespace subemu::tools
