// mirrors the GenesisConfig::build of frame_system, pallet_balances, pallet_transaction_payment and
// pallet_sudo (polkadot-stable2409) as the subtensor v3.0.0 runtime composes them, and
// node/src/chain_spec/localnet.rs for the dev spec.
#include "runtime/genesis.hpp"

#include <set>

#include "runtime/dev_accounts.hpp"
#include "runtime/pallets/balances/storage.hpp"
#include "runtime/pallets/sudo/storage.hpp"
#include "runtime/pallets/subtensor/genesis.hpp"
#include "runtime/pallets/system/accounts.hpp"
#include "runtime/pallets/system/block.hpp"
#include "runtime/pallets/system/storage.hpp"
#include "runtime/pallets/transaction_payment/pallet.hpp"
#include "runtime/pallets/balances/pallet.hpp"
#include "runtime/primitives/crypto/ss58.hpp"
#include "storage/trie_root.hpp"

namespace subemu::runtime {
namespace {

constexpr uint64_t kTao = 1'000'000'000;

AccountId must_dev(std::string_view name) {
  const auto a = dev_account(name);
  SUBEMU_CHECK(a.has_value());
  return *a;
}

AccountId must_ss58(std::string_view address) {
  const auto a = crypto::ss58_decode(address);
  SUBEMU_CHECK(a.has_value());
  return a->account;
}

}  // namespace

GenesisConfig dev_genesis() {
  GenesisConfig g;
  g.name = "dev";
  g.config = &frame::runtime_config();
  for (const char* name : {"Alice", "Bob", "Charlie"}) {
    g.balances.emplace_back(must_dev(name), 1'000'000 * kTao);
  }
  for (const char* name : {"Dave", "Eve", "Ferdie"}) {
    g.balances.emplace_back(must_dev(name), 2'000 * kTao);
  }
  // The two EVM dev accounts of localnet.rs (Alith, Baltathar), as SS58 there.
  g.balances.emplace_back(must_ss58("5Fghzk1AJt88PeFEzuRfXzbPchiBbsVGTTXcdx599VdZzkTA"),
                          2'000 * kTao);
  g.balances.emplace_back(must_ss58("5GeqNhKWj1KG78VHzbmo3ZjZgUTrCuWeamdgiA114XHGdaEr"),
                          2'000 * kTao);
  g.sudo_key = must_dev("Alice");
  return g;
}

GenesisConfig test_genesis() {
  GenesisConfig g;
  g.name = "test";
  g.config = &frame::test_config();
  return g;
}

Result<void, std::string> build_genesis_state(frame::Env& env, const GenesisConfig& genesis) {
  // Validate first: nothing is written for a bad config.
  std::set<AccountId> seen;
  uint64_t total = 0;
  for (const auto& [who, free] : genesis.balances) {
    if (!seen.insert(who).second) return unexpected(std::string("duplicate balances in genesis"));
    if (free < env.config.existential_deposit) {
      return unexpected("the balance of " + who.to_hex() +
                        " is below the existential deposit (" +
                        std::to_string(env.config.existential_deposit) + " rao)");
    }
    if (total > UINT64_MAX - free) return unexpected(std::string("total issuance overflows u64"));
    total += free;
  }
  if (env.state.transaction_depth() != 0 || !env.state.empty()) {
    return unexpected(std::string("genesis needs an empty state"));
  }

  // frame_system (block number 0: no events are deposited).
  system::build_genesis(env);

  // pallet_balances: TotalIssuance, then each account with one provider.
  if (!balances::build_genesis(env, genesis.balances).has_value()) {
    return unexpected(std::string("pallet_balances rejected the genesis balances"));
  }

  // pallet_transaction_payment: NextFeeMultiplier = 1, StorageVersion = V2.
  transaction_payment::build_genesis(env);

  // pallet_sudo.
  if (genesis.sudo_key.has_value()) sudo::Key::put(env.state, *genesis.sudo_key);

  // SubtensorModule: its default GenesisConfig (balances_issuance 0); the unit-test mock of the
  // "test" configuration has no subtensor genesis.
  if (env.config.name == "runtime") subtensor::build_genesis(env, TaoBalance(0));
  return Ok{};
}

frame::Header genesis_header(const Hash256& state_root) {
  frame::Header h;
  h.number = 0;
  h.state_root = state_root;
  h.extrinsics_root = Hash256(storage::ordered_trie_root({}, storage::StateVersion::kV0));
  return h;
}

}  // namespace subemu::runtime
