// BIP39 mnemonics as Substrate uses them (rust-bip39 for the words, substrate-bip39 for the seed).
//
//   phrase -> entropy   12/15/18/21/24 English words, each an 11-bit index into the word list;
//                       the bits are entropy (ENT = 32 * words / 3 bits) followed by a checksum
//                       of ENT / 32 bits = the first bits of SHA-256(entropy). Words are split on
//                       ASCII whitespace and matched exactly (lower case), as Mnemonic::parse_in.
//   entropy -> seed     substrate-bip39 seed_from_entropy: PBKDF2-HMAC-SHA512 with the *entropy*
//                       (not the phrase, unlike BIP39's own seed) as the password, salt
//                       "mnemonic" ++ password, 2048 rounds, 64 bytes. Its first 32 bytes are the
//                       mini secret / seed of every Substrate scheme.
//
// The English word list is generated into the build tree from Debian's python3-mnemonic at
// configure time (tools/CMakeLists.txt), never committed. Thread-safe; secrets are wiped by the
// caller-visible buffers' owners, temporaries here are wiped before return.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::tools::bip39 {

inline constexpr size_t kWordCount = 2048;

// The BIP39 English list, sorted (generated source).
std::span<const std::string_view, kWordCount> english_words();

// Index of `word` in the English list, or nullopt.
std::optional<uint16_t> word_index(std::string_view word);

enum class Error : uint8_t {
  kBadWordCount = 1,  // not 12, 15, 18, 21 or 24 words
  kUnknownWord = 2,   // a word outside the English list
  kBadChecksum = 3,   // the checksum bits do not match SHA-256(entropy)
};

struct PhraseError {
  Error error = Error::kBadWordCount;
  size_t word_count = 0;  // words found
  std::string word;       // kUnknownWord: the offending word
};
std::string to_string(const PhraseError& e);

// The entropy (16..32 bytes) encoded by `phrase`.
Result<Bytes, PhraseError> phrase_to_entropy(std::string_view phrase);

// The phrase for `entropy`. REQUIRES: 16..32 bytes, a multiple of 4 (checked).
std::string entropy_to_phrase(ByteView entropy);

// PBKDF2 (RFC 8018) with HMAC-SHA512 (libsodium), any output length.
void pbkdf2_hmac_sha512(ByteView password, ByteView salt, uint32_t rounds, std::span<uint8_t> out);

// substrate-bip39 seed_from_entropy. REQUIRES: entropy 16..32 bytes, a multiple of 4 (checked).
ByteArray<64> seed_from_entropy(ByteView entropy, std::string_view password);

// First 32 bytes of seed_from_entropy(phrase_to_entropy(phrase), password): Substrate's
// Pair::from_phrase seed for sr25519, ed25519 and ecdsa alike.
Result<ByteArray<32>, PhraseError> mini_secret_from_phrase(std::string_view phrase,
                                                           std::string_view password);

}  // namespace subemu::tools::bip39
