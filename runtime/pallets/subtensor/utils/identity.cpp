// mirrors utils/identity.rs (identity.hpp).
#include "runtime/pallets/subtensor/utils/identity.hpp"

#include <cstddef>
#include <vector>

#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/subnets/uids.hpp"
#include "runtime/pallets/system/events.hpp"

namespace subemu::runtime::subtensor {

bool is_valid_identity(const ChainIdentityV2& id) {
  // Upstream leaves github_repo out of the sum.
  const size_t total = id.name.size() + id.url.size() + id.image.size() + id.discord.size() +
                       id.description.size() + id.additional.size();
  constexpr size_t kMaxTotal = 256 + 256 + 256 + 1024 + 256 + 1024 + 1024;
  return total <= kMaxTotal && id.name.size() <= 256 && id.url.size() <= 256 &&
         id.github_repo.size() <= 256 && id.image.size() <= 1024 && id.discord.size() <= 256 &&
         id.description.size() <= 1024 && id.additional.size() <= 1024;
}

bool is_valid_subnet_identity(const SubnetIdentityV2& id) {
  // Upstream sums only the first three fields.
  const size_t total = id.subnet_name.size() + id.github_repo.size() + id.subnet_contact.size();
  constexpr size_t kMaxTotal = 256 + 1024 + 1024 + 1024 + 256 + 1024 + 1024;
  return total <= kMaxTotal && id.subnet_name.size() <= 256 && id.github_repo.size() <= 1024 &&
         id.subnet_contact.size() <= 1024 && id.subnet_url.size() <= 1024 &&
         id.discord.size() <= 256 && id.description.size() <= 1024 && id.additional.size() <= 1024;
}

frame::DispatchResult do_set_identity(frame::Env& env, const frame::Origin& origin,
                                      const ChainIdentityV2& identity) {
  // 1. The caller is the coldkey.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  // 2. One of its hotkeys is registered somewhere.
  bool registered = false;
  for (const AccountId& hotkey : OwnedHotkeys::get(env.state, coldkey)) {
    if (is_hotkey_registered_on_any_network(env.state, hotkey)) {
      registered = true;
      break;
    }
  }
  if (!registered) return unexpected(error(Error::kHotKeyNotRegisteredInNetwork));
  // 3. The lengths.
  if (!is_valid_identity(identity)) return unexpected(error(Error::kInvalidIdentity));
  // 4. Store and announce.
  IdentitiesV2::insert(env.state, coldkey, identity);
  system::deposit(env, event::ChainIdentitySet{coldkey});
  return Ok{};
}

frame::DispatchResult do_set_subnet_identity(frame::Env& env, const frame::Origin& origin,
                                             NetUid netuid, const SubnetIdentityV2& identity) {
  // 1. The caller is the subnet owner's coldkey.
  SUBEMU_TRY_ASSIGN(const AccountId coldkey, frame::ensure_signed(origin));
  if (SubnetOwner::get(env.state, netuid) != coldkey) {
    return unexpected(error(Error::kNotSubnetOwner));
  }
  // 2. The lengths.
  if (!is_valid_subnet_identity(identity)) return unexpected(error(Error::kInvalidIdentity));
  // 3. Store and announce.
  SubnetIdentitiesV2::insert(env.state, netuid, identity);
  system::deposit(env, event::SubnetIdentitySet{netuid});
  return Ok{};
}

}  // namespace subemu::runtime::subtensor
