// Building v4 extrinsics: what a wallet does (polkadot.js / subxt), for the CLI, tests and the
// scenario runner. A signed extrinsic is
//   address = MultiAddress::Id(signer's account)
//   signature = signer.sign(signed_bytes(call ++ extra ++ additional_signed(ctx)))
// with the same extension set and chain context the chain will check it with (check.hpp), so a
// built extrinsic passes check() under that context. Signing is deterministic: ed25519 (RFC 8032)
// and ecdsa (RFC 6979) reproduce other implementations' bytes; sr25519 uses zero witness entropy
// (valid, but real wallets randomise, so their bytes differ).
// A Signer holds a secret and wipes it on destruction. Thread-compatible.
#pragma once

#include "runtime/layer.hpp"

#include <optional>

#include "runtime/frame/extrinsic/chain_context.hpp"
#include "runtime/frame/extrinsic/multi_signature.hpp"
#include "runtime/frame/extrinsic/signed_extra.hpp"
#include "runtime/frame/extrinsic/transaction_validity.hpp"
#include "runtime/frame/extrinsic/unchecked_extrinsic.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/crypto/ecdsa.hpp"
#include "runtime/primitives/crypto/ed25519.hpp"
#include "runtime/primitives/crypto/multi_signature.hpp"
#include "runtime/primitives/crypto/sr25519.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::runtime::frame::extrinsic {

class Signer {
 public:
  static Signer sr25519(const crypto::sr25519::SecretKey& secret);
  static Signer ed25519(const crypto::ed25519::Seed& seed);
  // nullopt when the secret is zero or not below the curve order.
  static std::optional<Signer> ecdsa(const crypto::ecdsa::SecretKey& secret);

  Signer(const Signer& other) = default;
  Signer& operator=(const Signer& other) = default;
  ~Signer();

  crypto::Scheme scheme() const { return scheme_; }
  // The account the chain sees: the public key (sr25519/ed25519) or blake2_256 of the
  // compressed key (ecdsa).
  const AccountId32& account_id() const { return account_; }
  // Signs `message` as is (the caller passes signed_bytes(payload)).
  MultiSignature sign(ByteView message) const;

 private:
  Signer() = default;

  crypto::Scheme scheme_ = crypto::Scheme::kEd25519;
  crypto::sr25519::SecretKey sr25519_;  // kSr25519
  ByteArray<32> seed_{};                // kEd25519 seed / kEcdsa secret key
  AccountId32 account_;
};

// A signed extrinsic of `call` by `signer` (address = Id(signer.account_id())). Fails only as
// additional_signed does (AncientBirthBlock, CannotLookup).
Result<UncheckedExtrinsic, TransactionValidityError> build_signed(ByteView call,
                                                                  const Signer& signer,
                                                                  const ExtraValues& extra,
                                                                  const ExtensionSet& set,
                                                                  const ChainContext& ctx);

// A bare (unsigned / inherent) extrinsic of `call`.
UncheckedExtrinsic build_bare(ByteView call);

}  // namespace subemu::runtime::frame::extrinsic
