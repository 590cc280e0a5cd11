// mirrors sp_keyring's dev accounts: mini secret of the dev phrase, hard junction "//Name".
#include "runtime/dev_accounts.hpp"

#include <algorithm>

#include "runtime/primitives/codec/scale.hpp"

namespace subemu::runtime {

const crypto::sr25519::MiniSecret& dev_phrase_mini_secret() {
  static const crypto::sr25519::MiniSecret kSecret = {
      0xfa, 0xc7, 0x95, 0x9d, 0xbf, 0xe7, 0x2f, 0x05, 0x2e, 0x5a, 0x0c, 0x3c, 0x8d, 0x65, 0x30, 0xf2,
      0x02, 0xb0, 0x2f, 0xd8, 0xf9, 0xf5, 0xca, 0x35, 0x80, 0xec, 0x8d, 0xeb, 0x77, 0x97, 0x47, 0x9e};
  return kSecret;
}

std::optional<crypto::sr25519::SecretKey> dev_sr25519_secret(std::string_view name) {
  if (std::find(kDevAccountNames.begin(), kDevAccountNames.end(), name) == kDevAccountNames.end()) {
    return std::nullopt;
  }
  // Hard junction chain code: SCALE(String name), zero-padded to 32 bytes.
  const Bytes encoded = scale::encode(std::string(name));
  crypto::sr25519::ChainCode chain_code{};
  std::copy(encoded.begin(), encoded.end(), chain_code.begin());
  const crypto::sr25519::SecretKey root = crypto::sr25519::expand_mini_secret(dev_phrase_mini_secret());
  return crypto::sr25519::expand_mini_secret(
      crypto::sr25519::hard_derive_mini_secret(root, chain_code));
}

std::optional<AccountId> dev_account(std::string_view name) {
  const auto secret = dev_sr25519_secret(name);
  if (!secret.has_value()) return std::nullopt;
  return AccountId(crypto::sr25519::public_key(*secret));
}

}  // namespace subemu::runtime
