// Call descriptors of the identity area (see calls.hpp): set_identity (68) and
// set_subnet_identity (78) of macros/dispatches.rs at v3.0.0, with their argument names and types
// and #[pallet::weight] attributes (both Normal, Pays::Yes).
#include <vector>

#include "runtime/frame/metadata/type_of.hpp"
#include "runtime/pallets/subtensor/calls.hpp"
#include "runtime/pallets/subtensor/utils/identity.hpp"

namespace subemu::runtime::subtensor {

namespace {

using frame::DispatchResultWithPostInfo;
using frame::Env;
using frame::Origin;

// set_identity(name, url, github_repo, image, discord, description, additional)
DispatchResultWithPostInfo set_identity_call(Env& env, const Origin& origin, ByteView args) {
  ChainIdentityV2 id;
  if (!pallets::decode_args(args, id.name, id.url, id.github_repo, id.image, id.discord,
                            id.description, id.additional)) {
    return pallets::bad_args();
  }
  return frame::with_post_info(do_set_identity(env, origin, id));
}

// set_subnet_identity(netuid, subnet_name, github_repo, subnet_contact, subnet_url, discord,
// description, additional)
DispatchResultWithPostInfo set_subnet_identity_call(Env& env, const Origin& origin, ByteView args) {
  NetUid netuid;
  SubnetIdentityV2 id;
  if (!pallets::decode_args(args, netuid, id.subnet_name, id.github_repo, id.subnet_contact,
                            id.subnet_url, id.discord, id.description, id.additional)) {
    return pallets::bad_args();
  }
  return frame::with_post_info(do_set_subnet_identity(env, origin, netuid, id));
}

metadata::Field bytes_field(const char* name) {
  return metadata::field_of<std::vector<uint8_t>>(name);
}

}  // namespace

void add_identity_calls(CallList& out) {
  constexpr auto kNormal = frame::DispatchClass::kNormal;
  constexpr auto kYes = frame::Pays::kYes;
  out.push_back(metadata::CallDesc{
      "set_identity",
      68,
      {bytes_field("name"), bytes_field("url"), bytes_field("github_repo"), bytes_field("image"),
       bytes_field("discord"), bytes_field("description"), bytes_field("additional")},
      &set_identity_call,
      &weight_info<45'000'000, 0, 4, 1, kNormal, kYes>});
  out.push_back(metadata::CallDesc{
      "set_subnet_identity",
      78,
      {metadata::field_of<uint16_t>("netuid"), bytes_field("subnet_name"),
       bytes_field("github_repo"), bytes_field("subnet_contact"), bytes_field("subnet_url"),
       bytes_field("discord"), bytes_field("description"), bytes_field("additional")},
      &set_subnet_identity_call,
      &weight_info<45'000'000, 0, 4, 1, kNormal, kYes>});
}

}  // namespace subemu::runtime::subtensor
