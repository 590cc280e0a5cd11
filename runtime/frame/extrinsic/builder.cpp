#include "runtime/frame/extrinsic/builder.hpp"

#include "runtime/frame/extrinsic/signing_payload.hpp"
#include "runtime/primitives/check.hpp"

namespace subemu::runtime::frame::extrinsic {

namespace {
// Overwrites a secret so the compiler cannot drop the stores.
void wipe(ByteArray<32>& secret) {
  volatile uint8_t* p = secret.data();
  for (size_t i = 0; i < secret.size(); ++i) p[i] = 0;
}
}  // namespace

Signer::~Signer() { wipe(seed_); }

Signer Signer::sr25519(const crypto::sr25519::SecretKey& secret) {
  Signer s;
  s.scheme_ = crypto::Scheme::kSr25519;
  s.sr25519_ = secret;
  s.account_ = AccountId32(crypto::sr25519::public_key(secret));
  return s;
}

Signer Signer::ed25519(const crypto::ed25519::Seed& seed) {
  Signer s;
  s.scheme_ = crypto::Scheme::kEd25519;
  s.seed_ = seed;
  s.account_ = AccountId32(crypto::ed25519::public_key(seed));
  return s;
}

std::optional<Signer> Signer::ecdsa(const crypto::ecdsa::SecretKey& secret) {
  const auto pk = crypto::ecdsa::public_key(secret);
  if (!pk) return std::nullopt;
  Signer s;
  s.scheme_ = crypto::Scheme::kEcdsa;
  s.seed_ = secret;
  s.account_ = crypto::ecdsa::account_id(*pk);
  return s;
}

MultiSignature Signer::sign(ByteView message) const {
  switch (scheme_) {
    case crypto::Scheme::kEd25519:
      return MultiSignature::ed25519(crypto::ed25519::sign(seed_, message));
    case crypto::Scheme::kSr25519:
      return MultiSignature::sr25519(crypto::sr25519::sign(sr25519_, message));
    case crypto::Scheme::kEcdsa: {
      const auto sig = crypto::ecdsa::sign(seed_, message);
      SUBEMU_CHECK(sig.has_value());  // the secret was validated in Signer::ecdsa
      return MultiSignature::ecdsa(*sig);
    }
  }
  SUBEMU_CHECK(false);
  return MultiSignature();
}

Result<UncheckedExtrinsic, TransactionValidityError> build_signed(ByteView call,
                                                                  const Signer& signer,
                                                                  const ExtraValues& extra,
                                                                  const ExtensionSet& set,
                                                                  const ChainContext& ctx) {
  SUBEMU_TRY_ASSIGN(const Bytes payload, signing_payload(call, set, extra, ctx));
  UncheckedExtrinsic xt;
  xt.signature = SignedPreamble{MultiAddress::from_id(signer.account_id()),
                                signer.sign(signed_bytes(payload)), extra};
  xt.call.assign(call.begin(), call.end());
  return xt;
}

UncheckedExtrinsic build_bare(ByteView call) {
  UncheckedExtrinsic xt;
  xt.call.assign(call.begin(), call.end());
  return xt;
}

}  // namespace subemu::runtime::frame::extrinsic
