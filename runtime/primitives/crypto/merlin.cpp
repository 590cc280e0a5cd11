// STROBE-128 and Merlin, written from the STROBE v1.0.2 specification (the subset Merlin uses)
// and the Merlin transcript specification (merlin.cool).
#include "runtime/primitives/crypto/merlin.hpp"

#include <sodium.h>

#include "runtime/primitives/check.hpp"
#include "runtime/primitives/crypto/keccak.hpp"

namespace subemu::crypto {
namespace {

// STROBE operation flags (spec §6.2).
constexpr uint8_t kFlagI = 1;
constexpr uint8_t kFlagA = 2;
constexpr uint8_t kFlagC = 4;
constexpr uint8_t kFlagT = 8;
constexpr uint8_t kFlagM = 16;
constexpr uint8_t kFlagK = 32;

ByteArray<4> le32(size_t n) {
  SUBEMU_CHECK(n <= 0xffffffffu);
  const auto v = static_cast<uint32_t>(n);
  return {static_cast<uint8_t>(v), static_cast<uint8_t>(v >> 8), static_cast<uint8_t>(v >> 16),
          static_cast<uint8_t>(v >> 24)};
}

}  // namespace

Strobe128::Strobe128(ByteView protocol_label) {
  // Initial state (spec §5.1): [1, R+2, 1, 0, 1, 12*8] ++ "STROBEv1.0.2", then F.
  const uint8_t head[6] = {1, static_cast<uint8_t>(kRate + 2), 1, 0, 1, 96};
  for (size_t i = 0; i < 6; ++i) st_[i] = head[i];
  const ByteView version = as_bytes("STROBEv1.0.2");
  for (size_t i = 0; i < version.size(); ++i) st_[6 + i] = version[i];
  permute();
  meta_ad(protocol_label, false);
}

Strobe128::~Strobe128() { sodium_memzero(st_, sizeof st_); }

// Keccak-f[1600] over the byte state, read as 25 little-endian lanes.
void Strobe128::permute() {
  uint64_t lanes[25];
  for (size_t i = 0; i < 25; ++i) {
    uint64_t lane = 0;
    for (size_t b = 0; b < 8; ++b) lane |= static_cast<uint64_t>(st_[8 * i + b]) << (8 * b);
    lanes[i] = lane;
  }
  keccak_f1600(lanes);
  for (size_t i = 0; i < 25; ++i) {
    for (size_t b = 0; b < 8; ++b) st_[8 * i + b] = static_cast<uint8_t>(lanes[i] >> (8 * b));
  }
  sodium_memzero(lanes, sizeof lanes);
}

void Strobe128::run_f() {
  st_[pos_] ^= pos_begin_;
  st_[pos_ + 1] ^= 0x04;
  st_[kRate + 1] ^= 0x80;
  permute();
  pos_ = 0;
  pos_begin_ = 0;
}

void Strobe128::absorb(ByteView data) {
  for (const uint8_t b : data) {
    st_[pos_] ^= b;
    if (++pos_ == kRate) run_f();
  }
}

void Strobe128::overwrite(ByteView data) {
  for (const uint8_t b : data) {
    st_[pos_] = b;
    if (++pos_ == kRate) run_f();
  }
}

void Strobe128::squeeze(std::span<uint8_t> out) {
  for (uint8_t& b : out) {
    b = st_[pos_];
    st_[pos_] = 0;
    if (++pos_ == kRate) run_f();
  }
}

void Strobe128::begin_op(uint8_t flags, bool more) {
  if (more) {
    // Continuing the previous operation: the flags must match (a bug otherwise).
    SUBEMU_CHECK(cur_flags_ == flags);
    return;
  }
  SUBEMU_CHECK((flags & kFlagT) == 0);  // transport operations are not used by Merlin
  const uint8_t old_begin = pos_begin_;
  pos_begin_ = static_cast<uint8_t>(pos_ + 1);
  cur_flags_ = flags;
  const uint8_t header[2] = {old_begin, flags};
  absorb(ByteView(header, 2));
  const bool force_f = (flags & (kFlagC | kFlagK)) != 0;
  if (force_f && pos_ != 0) run_f();
}

void Strobe128::meta_ad(ByteView data, bool more) {
  begin_op(kFlagM | kFlagA, more);
  absorb(data);
}

void Strobe128::ad(ByteView data, bool more) {
  begin_op(kFlagA, more);
  absorb(data);
}

void Strobe128::prf(std::span<uint8_t> out, bool more) {
  begin_op(kFlagI | kFlagA | kFlagC, more);
  squeeze(out);
}

void Strobe128::key(ByteView data, bool more) {
  begin_op(kFlagA | kFlagC, more);
  overwrite(data);
}

Transcript::Transcript(std::string_view label) : strobe_(as_bytes("Merlin v1.0")) {
  append_message("dom-sep", as_bytes(label));
}

void Transcript::append_message(std::string_view label, ByteView message) {
  const ByteArray<4> len = le32(message.size());
  strobe_.meta_ad(as_bytes(label), false);
  strobe_.meta_ad(len, true);
  strobe_.ad(message, false);
}

void Transcript::append_u64(std::string_view label, uint64_t value) {
  ByteArray<8> le{};
  for (size_t i = 0; i < 8; ++i) le[i] = static_cast<uint8_t>(value >> (8 * i));
  append_message(label, le);
}

void Transcript::challenge_bytes(std::string_view label, std::span<uint8_t> out) {
  const ByteArray<4> len = le32(out.size());
  strobe_.meta_ad(as_bytes(label), false);
  strobe_.meta_ad(len, true);
  strobe_.prf(out, false);
}

void Transcript::witness_bytes(std::string_view label, ByteView witness,
                               const ByteArray<32>& rng_bytes, std::span<uint8_t> out) const {
  Strobe128 s = strobe_;
  // rekey_with_witness_bytes
  const ByteArray<4> wlen = le32(witness.size());
  s.meta_ad(as_bytes(label), false);
  s.meta_ad(wlen, true);
  s.key(witness, false);
  // finalize
  s.meta_ad(as_bytes("rng"), false);
  s.key(rng_bytes, false);
  // fill_bytes
  const ByteArray<4> olen = le32(out.size());
  s.meta_ad(olen, false);
  s.prf(out, false);
}

}  // namespace subemu::crypto
