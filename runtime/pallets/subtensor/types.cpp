// SCALE codecs and type descriptors of SubtensorModule's value types (derived Encode/Decode of
// lib.rs: the fields in declaration order, nothing else).
#include "runtime/pallets/subtensor/types.hpp"

namespace subemu::runtime::subtensor {

namespace {

template <class... Ts>
void encode_fields(scale::Encoder& e, const Ts&... fields) {
  (scale::encode_to(e, fields), ...);
}

template <class... Ts>
bool decode_fields(scale::Decoder& d, Ts&... fields) {
  return (scale::decode_from(d, fields) && ...);
}

metadata::TypeRef bytes() { return metadata::t_bytes(); }

}  // namespace

void AxonInfo::encode_to(scale::Encoder& e) const {
  encode_fields(e, block, version, ip, port, ip_type, protocol, placeholder1, placeholder2);
}
bool AxonInfo::decode_from(scale::Decoder& d, AxonInfo& out) {
  return decode_fields(d, out.block, out.version, out.ip, out.port, out.ip_type, out.protocol,
                       out.placeholder1, out.placeholder2);
}
metadata::TypeRef AxonInfo::type_desc() {
  using metadata::field_of;
  return metadata::t_struct(
      "AxonInfo",
      {field_of<uint64_t>("block"), field_of<uint32_t>("version"), field_of<u128>("ip"),
       field_of<uint16_t>("port"), field_of<uint8_t>("ip_type"), field_of<uint8_t>("protocol"),
       field_of<uint8_t>("placeholder1"), field_of<uint8_t>("placeholder2")});
}

void PrometheusInfo::encode_to(scale::Encoder& e) const {
  encode_fields(e, block, version, ip, port, ip_type);
}
bool PrometheusInfo::decode_from(scale::Decoder& d, PrometheusInfo& out) {
  return decode_fields(d, out.block, out.version, out.ip, out.port, out.ip_type);
}
metadata::TypeRef PrometheusInfo::type_desc() {
  using metadata::field_of;
  return metadata::t_struct(
      "PrometheusInfo",
      {field_of<uint64_t>("block"), field_of<uint32_t>("version"), field_of<u128>("ip"),
       field_of<uint16_t>("port"), field_of<uint8_t>("ip_type")});
}

void NeuronCertificate::encode_to(scale::Encoder& e) const {
  encode_fields(e, public_key, algorithm);
}
bool NeuronCertificate::decode_from(scale::Decoder& d, NeuronCertificate& out) {
  if (!scale::decode_from(d, out.public_key)) return false;
  if (out.public_key.size() > kMaxPublicKeyBytes) {
    d.fail(scale::DecodeError::kLengthTooLarge);  // BoundedVec exceeds its limit
    return false;
  }
  return scale::decode_from(d, out.algorithm);
}
metadata::TypeRef NeuronCertificate::type_desc() {
  return metadata::t_struct(
      "NeuronCertificate",
      {metadata::field("public_key", metadata::t_named(bytes(), "BoundedVec<u8, 64>")),
       metadata::field_of<uint8_t>("algorithm")});
}

void ChainIdentity::encode_to(scale::Encoder& e) const {
  encode_fields(e, name, url, image, discord, description, additional);
}
bool ChainIdentity::decode_from(scale::Decoder& d, ChainIdentity& out) {
  return decode_fields(d, out.name, out.url, out.image, out.discord, out.description,
                       out.additional);
}
metadata::TypeRef ChainIdentity::type_desc() {
  using metadata::field;
  return metadata::t_struct(
      "ChainIdentity",
      {field("name", bytes()), field("url", bytes()), field("image", bytes()),
       field("discord", bytes()), field("description", bytes()), field("additional", bytes())});
}

void ChainIdentityV2::encode_to(scale::Encoder& e) const {
  encode_fields(e, name, url, github_repo, image, discord, description, additional);
}
bool ChainIdentityV2::decode_from(scale::Decoder& d, ChainIdentityV2& out) {
  return decode_fields(d, out.name, out.url, out.github_repo, out.image, out.discord,
                       out.description, out.additional);
}
metadata::TypeRef ChainIdentityV2::type_desc() {
  using metadata::field;
  return metadata::t_struct(
      "ChainIdentityV2",
      {field("name", bytes()), field("url", bytes()), field("github_repo", bytes()),
       field("image", bytes()), field("discord", bytes()), field("description", bytes()),
       field("additional", bytes())});
}

void SubnetIdentity::encode_to(scale::Encoder& e) const {
  encode_fields(e, subnet_name, github_repo, subnet_contact);
}
bool SubnetIdentity::decode_from(scale::Decoder& d, SubnetIdentity& out) {
  return decode_fields(d, out.subnet_name, out.github_repo, out.subnet_contact);
}
metadata::TypeRef SubnetIdentity::type_desc() {
  using metadata::field;
  return metadata::t_struct("SubnetIdentity",
                            {field("subnet_name", bytes()), field("github_repo", bytes()),
                             field("subnet_contact", bytes())});
}

void SubnetIdentityV2::encode_to(scale::Encoder& e) const {
  encode_fields(e, subnet_name, github_repo, subnet_contact, subnet_url, discord, description,
                additional);
}
bool SubnetIdentityV2::decode_from(scale::Decoder& d, SubnetIdentityV2& out) {
  return decode_fields(d, out.subnet_name, out.github_repo, out.subnet_contact, out.subnet_url,
                       out.discord, out.description, out.additional);
}
metadata::TypeRef SubnetIdentityV2::type_desc() {
  using metadata::field;
  return metadata::t_struct(
      "SubnetIdentityV2",
      {field("subnet_name", bytes()), field("github_repo", bytes()),
       field("subnet_contact", bytes()), field("subnet_url", bytes()), field("discord", bytes()),
       field("description", bytes()), field("additional", bytes())});
}

}  // namespace subemu::runtime::subtensor
