// The well-known development accounts (//Alice … //Ferdie): sr25519 keys hard-derived from the
// Substrate dev phrase "bottom drive obey lake curtain smoke basket hold race lonely fit walk",
// whose BIP39 mini secret is the constant kDevPhraseMiniSecret (substrate-bip39, empty password).
// The dev genesis funds them; the scenario runner signs with them.
//
// Pure; the derivation is deterministic and thread-safe.
#pragma once

#include "runtime/layer.hpp"

#include <array>
#include <optional>
#include <string_view>

#include "runtime/primitives/crypto/sr25519.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime {

inline constexpr std::array<std::string_view, 6> kDevAccountNames = {"Alice", "Bob",  "Charlie",
                                                                     "Dave",  "Eve",  "Ferdie"};

// The mini secret of the dev phrase.
const crypto::sr25519::MiniSecret& dev_phrase_mini_secret();

// sr25519 secret of //name for a dev name above (case-sensitive), else nullopt.
std::optional<crypto::sr25519::SecretKey> dev_sr25519_secret(std::string_view name);

// Account id (= sr25519 public key) of //name, else nullopt.
std::optional<AccountId> dev_account(std::string_view name);

}  // namespace subemu::runtime
