// Merlin transcripts (merlin.cool, "Merlin v1.0") over STROBE-128/1600 (strobe.sourceforge.io,
// v1.0.2): the Fiat-Shamir transcript that schnorrkel (sr25519) hashes its challenges with.
//
// Only the STROBE operations Merlin uses are provided: meta-AD, AD, PRF and KEY, at security
// level 128 (rate 166 over Keccak-f[1600]). Labels are byte strings (ASCII in practice).
//   Transcript t("test protocol");          // STROBE("Merlin v1.0") + append("dom-sep", label)
//   t.append_message("some label", data);   // meta_ad(label) meta_ad(LE32(len), more) ad(data)
//   t.challenge_bytes("challenge", out);    // meta_ad(label) meta_ad(LE32(len), more) prf(out)
// witness_bytes() is Merlin's TranscriptRng: a clone of the transcript rekeyed with the secret
// witness bytes and then with 32 caller-supplied RNG bytes; the caller decides where those come
// from (sr25519 signing here passes a fixed value, see sr25519.hpp).
// REQUIRES (checked; a violation is a bug): message and output lengths fit in u32.
// Pure value types; an instance is thread-compatible. Copying a Transcript forks it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "runtime/primitives/bytes.hpp"

namespace subemu::crypto {

class Strobe128 {
 public:
  static constexpr size_t kRate = 166;  // 200 - 2*(128/8) - 2

  explicit Strobe128(ByteView protocol_label);
  ~Strobe128();
  Strobe128(const Strobe128&) = default;
  Strobe128& operator=(const Strobe128&) = default;

  void meta_ad(ByteView data, bool more);
  void ad(ByteView data, bool more);
  void prf(std::span<uint8_t> out, bool more);
  void key(ByteView data, bool more);

 private:
  void permute();
  void run_f();
  void absorb(ByteView data);
  void overwrite(ByteView data);
  void squeeze(std::span<uint8_t> out);
  void begin_op(uint8_t flags, bool more);

  uint8_t st_[200] = {};
  size_t pos_ = 0;
  uint8_t pos_begin_ = 0;
  uint8_t cur_flags_ = 0;
};

class Transcript {
 public:
  explicit Transcript(std::string_view label);

  void append_message(std::string_view label, ByteView message);
  void append_u64(std::string_view label, uint64_t value);
  void challenge_bytes(std::string_view label, std::span<uint8_t> out);

  // Merlin's build_rng().rekey_with_witness_bytes(label, witness).finalize(rng).fill_bytes(out),
  // where `rng` yields the 32 bytes `rng_bytes`. Does not modify this transcript.
  void witness_bytes(std::string_view label, ByteView witness, const ByteArray<32>& rng_bytes,
                     std::span<uint8_t> out) const;

 private:
  Strobe128 strobe_;
};

}  // namespace subemu::crypto
