// BIP39 phrase <-> entropy and the substrate-bip39 seed (see bip39.hpp).
#include "tools/subtensor-emu/bip39.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <vector>

#include "runtime/primitives/check.hpp"
#include "runtime/primitives/crypto/sodium.hpp"

namespace subemu::tools::bip39 {

namespace {

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

std::vector<std::string_view> split_words(std::string_view phrase) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && is_ascii_space(phrase[i])) ++i;
    const size_t start = i;
    while (i < phrase.size() && !is_ascii_space(phrase[i])) ++i;
    if (i > start) words.push_back(phrase.substr(start, i - start));
  }
  return words;
}

bool valid_word_count(size_t n) { return n >= 12 && n <= 24 && n % 3 == 0; }
bool valid_entropy_size(size_t n) { return n >= 16 && n <= 32 && n % 4 == 0; }

// Bit `i` (0 = most significant bit of byte 0) of `bytes`.
bool bit_at(ByteView bytes, size_t i) { return ((bytes[i / 8] >> (7 - i % 8)) & 1U) != 0; }

void set_bit(Bytes& bytes, size_t i) {
  bytes[i / 8] = static_cast<uint8_t>(bytes[i / 8] | (0x80U >> (i % 8)));
}

ByteArray<32> sha256(ByteView data) {
  ByteArray<32> out{};
  crypto_hash_sha256(out.data(), data.data(), data.size());
  return out;
}

}  // namespace

std::optional<uint16_t> word_index(std::string_view word) {
  const auto words = english_words();
  const auto it = std::lower_bound(words.begin(), words.end(), word);
  if (it == words.end() || *it != word) return std::nullopt;
  return static_cast<uint16_t>(it - words.begin());
}

std::string to_string(const PhraseError& e) {
  switch (e.error) {
    case Error::kBadWordCount:
      return "a secret phrase has 12, 15, 18, 21 or 24 words, this one has " +
             std::to_string(e.word_count);
    case Error::kUnknownWord:
      return "'" + e.word + "' is not a word of the BIP39 English list";
    case Error::kBadChecksum:
      return "the phrase's BIP39 checksum does not match (a word is wrong or out of order)";
  }
  return "invalid secret phrase";
}

Result<Bytes, PhraseError> phrase_to_entropy(std::string_view phrase) {
  const std::vector<std::string_view> words = split_words(phrase);
  if (!valid_word_count(words.size())) {
    return unexpected(PhraseError{Error::kBadWordCount, words.size(), {}});
  }
  const size_t total_bits = words.size() * 11;
  Bytes bits((total_bits + 7) / 8, 0);
  for (size_t w = 0; w < words.size(); ++w) {
    const std::optional<uint16_t> index = word_index(words[w]);
    if (!index) {
      return unexpected(PhraseError{Error::kUnknownWord, words.size(), std::string(words[w])});
    }
    for (size_t b = 0; b < 11; ++b) {
      if (((*index >> (10 - b)) & 1U) != 0) set_bit(bits, w * 11 + b);
    }
  }
  const size_t entropy_bits = total_bits * 32 / 33;
  const size_t checksum_bits = entropy_bits / 32;
  Bytes entropy(bits.begin(), bits.begin() + static_cast<std::ptrdiff_t>(entropy_bits / 8));
  const ByteArray<32> digest = sha256(entropy);
  for (size_t i = 0; i < checksum_bits; ++i) {
    if (bit_at(bits, entropy_bits + i) != bit_at(digest, i)) {
      sodium_memzero(bits.data(), bits.size());
      sodium_memzero(entropy.data(), entropy.size());
      return unexpected(PhraseError{Error::kBadChecksum, words.size(), {}});
    }
  }
  sodium_memzero(bits.data(), bits.size());
  return entropy;
}

std::string entropy_to_phrase(ByteView entropy) {
  SUBEMU_CHECK(valid_entropy_size(entropy.size()));
  const size_t entropy_bits = entropy.size() * 8;
  const size_t total_bits = entropy_bits + entropy_bits / 32;
  Bytes bits(entropy.begin(), entropy.end());
  bits.push_back(sha256(entropy)[0]);  // at most 8 checksum bits are used
  const auto words = english_words();
  std::string phrase;
  for (size_t w = 0; w < total_bits / 11; ++w) {
    size_t index = 0;
    for (size_t b = 0; b < 11; ++b) index = (index << 1) | (bit_at(bits, w * 11 + b) ? 1U : 0U);
    if (w > 0) phrase += ' ';
    phrase += words[index];
  }
  sodium_memzero(bits.data(), bits.size());
  return phrase;
}

void pbkdf2_hmac_sha512(ByteView password, ByteView salt, uint32_t rounds, std::span<uint8_t> out) {
  crypto::ensure_sodium();
  SUBEMU_CHECK(rounds >= 1);
  constexpr size_t kBlock = crypto_auth_hmacsha512_BYTES;
  std::array<uint8_t, kBlock> u{};
  std::array<uint8_t, kBlock> t{};
  crypto_auth_hmacsha512_state state;
  for (size_t offset = 0, block = 1; offset < out.size(); offset += kBlock, ++block) {
    // U1 = HMAC(P, S ++ INT_BE(block)); Ui = HMAC(P, Ui-1); T = U1 ^ U2 ^ ... ^ Uc.
    const std::array<uint8_t, 4> counter = {
        static_cast<uint8_t>(block >> 24), static_cast<uint8_t>(block >> 16),
        static_cast<uint8_t>(block >> 8), static_cast<uint8_t>(block)};
    crypto_auth_hmacsha512_init(&state, password.data(), password.size());
    crypto_auth_hmacsha512_update(&state, salt.data(), salt.size());
    crypto_auth_hmacsha512_update(&state, counter.data(), counter.size());
    crypto_auth_hmacsha512_final(&state, u.data());
    t = u;
    for (uint32_t r = 1; r < rounds; ++r) {
      crypto_auth_hmacsha512_init(&state, password.data(), password.size());
      crypto_auth_hmacsha512_update(&state, u.data(), u.size());
      crypto_auth_hmacsha512_final(&state, u.data());
      for (size_t i = 0; i < kBlock; ++i) t[i] = static_cast<uint8_t>(t[i] ^ u[i]);
    }
    const size_t n = std::min(kBlock, out.size() - offset);
    std::copy_n(t.begin(), n, out.begin() + static_cast<std::ptrdiff_t>(offset));
  }
  sodium_memzero(u.data(), u.size());
  sodium_memzero(t.data(), t.size());
  sodium_memzero(&state, sizeof(state));
}

ByteArray<64> seed_from_entropy(ByteView entropy, std::string_view password) {
  SUBEMU_CHECK(valid_entropy_size(entropy.size()));
  std::string salt = "mnemonic";
  salt += password;
  ByteArray<64> seed{};
  pbkdf2_hmac_sha512(entropy, as_bytes(salt), 2048, seed);
  sodium_memzero(salt.data(), salt.size());
  return seed;
}

Result<ByteArray<32>, PhraseError> mini_secret_from_phrase(std::string_view phrase,
                                                           std::string_view password) {
  SUBEMU_TRY_ASSIGN(Bytes entropy, phrase_to_entropy(phrase));
  ByteArray<64> seed = seed_from_entropy(entropy, password);
  ByteArray<32> mini{};
  std::copy_n(seed.begin(), 32, mini.begin());
  sodium_memzero(seed.data(), seed.size());
  sodium_memzero(entropy.data(), entropy.size());
  return mini;
}

}  // namespace subemu::tools::bip39
