// Coldkey and subnet identities (mirrors utils/identity.rs at subtensor v3.0.0).
//
// do_set_identity(origin = coldkey, ChainIdentityV2):
//   Signed, else BadOrigin; some hotkey of OwnedHotkeys[coldkey] is registered on any network,
//   else HotKeyNotRegisteredInNetwork; is_valid_identity, else InvalidIdentity; then
//   IdentitiesV2[coldkey] = identity (replacing any previous one), event ChainIdentitySet(coldkey).
// do_set_subnet_identity(origin = coldkey, netuid, SubnetIdentityV2):
//   Signed, else BadOrigin; SubnetOwner[netuid] == coldkey, else NotSubnetOwner (there is no
//   existence check: an unknown netuid fails here only because its owner reads as the all-zero
//   account); is_valid_subnet_identity, else InvalidIdentity; then SubnetIdentitiesV2[netuid] =
//   identity, event SubnetIdentitySet(netuid).
//
// Field limits (bytes):
//   ChainIdentityV2   name 256, url 256, github_repo 256, image 1024, discord 256,
//                     description 1024, additional 1024; and the sum of every field except
//                     github_repo <= 4096
//   SubnetIdentityV2  subnet_name 256, github_repo 1024, subnet_contact 1024, subnet_url 1024,
//                     discord 256, description 1024, additional 1024; and subnet_name +
//                     github_repo + subnet_contact <= 5632
// (with the per-field limits in force the sums can never exceed their bounds; they are checked
// anyway, as upstream does). is_valid_subnet_identity is also the check of
// register_network_with_identity.
#pragma once

#include "runtime/layer.hpp"

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/env.hpp"
#include "runtime/frame/origin.hpp"
#include "runtime/pallets/subtensor/types.hpp"
#include "runtime/primitives/ids.hpp"

namespace subemu::runtime::subtensor {

// mirrors do_set_identity (upstream takes the seven fields as separate Vec<u8>s, in the struct's
// order).
frame::DispatchResult do_set_identity(frame::Env& env, const frame::Origin& origin,
                                      const ChainIdentityV2& identity);

// mirrors do_set_subnet_identity.
frame::DispatchResult do_set_subnet_identity(frame::Env& env, const frame::Origin& origin,
                                             NetUid netuid, const SubnetIdentityV2& identity);

// mirrors is_valid_identity / is_valid_subnet_identity.
bool is_valid_identity(const ChainIdentityV2& identity);
bool is_valid_subnet_identity(const SubnetIdentityV2& identity);

}  // namespace subemu::runtime::subtensor
