// Serving and identities (subnets/serving.hpp, utils/identity.hpp): every test of
// pallets/subtensor/src/tests/serving.rs at v3.0.0 under its upstream name, with the same inputs
// and asserted numbers (the two migration tests are not ported: the emulator runs no migrations),
// followed by bad-input tests that show the exact error and an unchanged state, the check order of
// each call, the certificate conversion and the serve_axon rule of SubtensorSignedExtension.
//
// Upstream calls the pallet functions directly; here every call goes through its SCALE bytes and
// the registry (dispatch_call), so the descriptors and the transactional layer are exercised too.
#include "runtime/pallets/subtensor/subnets/serving.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "runtime/frame/dispatch_call.hpp"
#include "runtime/pallets/subtensor/errors.hpp"
#include "runtime/pallets/subtensor/events.hpp"
#include "runtime/pallets/subtensor/storage.hpp"
#include "runtime/pallets/subtensor/utils/identity.hpp"
#include "runtime/runtime.hpp"
#include "tests/runtime/pallets/subtensor/mock.hpp"

namespace subemu::runtime::testing {
namespace {

namespace st = subtensor;
using frame::DispatchError;
using frame::Origin;
using frame::extrinsic::InvalidTransaction;
using frame::extrinsic::TransactionValidityError;
using st::Error;

// serving.rs mod test: Ipv4Addr::new(a, b, c, d) as u32, then u128.
u128 ipv4(uint8_t a, uint8_t b, uint8_t c, uint8_t d) {
  return (u128{a} << 24) | (u128{b} << 16) | (u128{c} << 8) | u128{d};
}
// Ipv6Addr::new(a, ..., h) as u128: the eight words big-endian.
u128 ipv6(uint16_t a, uint16_t b, uint16_t c, uint16_t d, uint16_t e, uint16_t f, uint16_t g,
          uint16_t h) {
  u128 v = 0;
  for (uint16_t w : {a, b, c, d, e, f, g, h}) v = (v << 16) | u128{w};
  return v;
}

Bytes text(const char* s) {
  Bytes out;
  for (; *s != 0; ++s) out.push_back(static_cast<uint8_t>(*s));
  return out;
}

class ServingTest : public SubtensorTest {
 protected:
  explicit ServingTest(uint64_t start_block = 1) : SubtensorTest(start_block) {}

  static Bytes serve_axon(NetUid netuid, uint32_t version, u128 ip, uint16_t port, uint8_t ip_type,
                          uint8_t protocol, uint8_t placeholder1, uint8_t placeholder2) {
    return st_call(4, netuid, version, ip, port, ip_type, protocol, placeholder1, placeholder2);
  }
  static Bytes serve_axon_tls(NetUid netuid, uint32_t version, u128 ip, uint16_t port,
                              uint8_t ip_type, uint8_t protocol, uint8_t placeholder1,
                              uint8_t placeholder2, const Bytes& certificate) {
    return st_call(40, netuid, version, ip, port, ip_type, protocol, placeholder1, placeholder2,
                   certificate);
  }
  static Bytes serve_prometheus(NetUid netuid, uint32_t version, u128 ip, uint16_t port,
                                uint8_t ip_type) {
    return st_call(5, netuid, version, ip, port, ip_type);
  }
  static Bytes set_identity(const st::ChainIdentityV2& i) {
    return st_call(68, i.name, i.url, i.github_repo, i.image, i.discord, i.description,
                   i.additional);
  }
  static Bytes set_subnet_identity(NetUid netuid, const st::SubnetIdentityV2& i) {
    return st_call(78, netuid, i.subnet_name, i.github_repo, i.subnet_contact, i.subnet_url,
                   i.discord, i.description, i.additional);
  }

  // mirrors utils/misc.rs set_serving_rate_limit.
  void set_serving_rate_limit(NetUid netuid, uint64_t limit) {
    st::ServingRateLimit::insert(overlay_, netuid, limit);
    system::deposit(env_, st::event::ServingRateLimitSet{netuid, limit});
  }

  void expect_ok(const frame::DispatchResultWithPostInfo& r) {
    ASSERT_TRUE(r.has_value()) << "call failed";
  }

  static frame::DispatchInfo info(const Bytes& call) {
    return frame::call_info(runtime_registry(), call).value();
  }
};

class ServingTestAt0 : public ServingTest {
 protected:
  ServingTestAt0() : ServingTest(0) {}
};

// The common inputs of serving.rs.
constexpr NetUid kNetuid{1};
constexpr uint16_t kTempo = 13;
constexpr uint32_t kVersion = 2;
const u128 kIp = 1676056785;
constexpr uint16_t kPort = 128;
constexpr uint8_t kIpType = 4;
constexpr uint16_t kModality = 0;

DispatchError err(Error e) { return st::error(e); }

// =============================================================================================
// tests/serving.rs
// =============================================================================================

TEST_F(ServingTest, test_serving_subscribe_ok_dispatch_info_ok) {
  const frame::DispatchInfo i = info(serve_axon(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0));
  EXPECT_EQ(i.weight, frame::Weight::from_parts(246'000'000, 0));
  EXPECT_EQ(i.dispatch_class, frame::DispatchClass::kNormal);
  EXPECT_EQ(i.pays_fee, frame::Pays::kNo);
}

TEST_F(ServingTest, test_serving_ok) {
  const AccountId hotkey = u256(1);
  add_network(kNetuid, kTempo, kModality);
  register_ok_neuron(kNetuid, hotkey, u256(66), 0);
  expect_ok(signed_call(hotkey, serve_axon(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0)));
  const st::AxonInfo neuron = st::get_axon_info(overlay_, kNetuid, hotkey);
  EXPECT_EQ(neuron.ip, kIp);
  EXPECT_EQ(neuron.version, kVersion);
  EXPECT_EQ(neuron.port, kPort);
  EXPECT_EQ(neuron.ip_type, kIpType);
  EXPECT_EQ(neuron.protocol, 0);
  EXPECT_EQ(neuron.placeholder1, 0);
  EXPECT_EQ(neuron.placeholder2, 0);
  // Beyond upstream: the block and the event.
  EXPECT_EQ(neuron.block, 1u);
  EXPECT_TRUE(has_event(st::event::AxonServed{kNetuid, hotkey}));
}

TEST_F(ServingTest, test_serving_tls_ok) {
  const AccountId hotkey = u256(1);
  const Bytes certificate = text("CERT");
  add_network(kNetuid, kTempo, kModality);
  register_ok_neuron(kNetuid, hotkey, u256(66), 0);
  expect_ok(signed_call(
      hotkey, serve_axon_tls(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0, certificate)));
  std::optional<st::NeuronCertificate> stored =
      st::NeuronCertificates::get(overlay_, kNetuid, hotkey);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->public_key, text("ERT"));  // certificate.get(1..)
  EXPECT_EQ(stored->algorithm, 'C');           // beyond upstream: the first byte
  const Bytes new_certificate = text("UPDATED_CERT");
  expect_ok(signed_call(
      hotkey, serve_axon_tls(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0, new_certificate)));
  stored = st::NeuronCertificates::get(overlay_, kNetuid, hotkey);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->public_key, text("PDATED_CERT"));
  EXPECT_EQ(stored->algorithm, 'U');
}

TEST_F(ServingTest, test_serving_set_metadata_update) {
  const AccountId hotkey = u256(1);
  add_network(kNetuid, kTempo, kModality);
  register_ok_neuron(kNetuid, hotkey, u256(66), 0);
  expect_ok(signed_call(hotkey, serve_axon(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0)));
  st::AxonInfo neuron = st::get_axon_info(overlay_, kNetuid, hotkey);
  EXPECT_EQ(neuron.ip, kIp);
  EXPECT_EQ(neuron.version, kVersion);
  EXPECT_EQ(neuron.port, kPort);
  EXPECT_EQ(neuron.ip_type, kIpType);
  EXPECT_EQ(neuron.protocol, 0);
  EXPECT_EQ(neuron.placeholder1, 0);
  EXPECT_EQ(neuron.placeholder2, 0);
  const uint32_t version2 = kVersion + 1;
  const u128 ip2 = kIp + 1;
  const uint16_t port2 = kPort + 1;
  const uint8_t ip_type2 = 6;
  const uint8_t protocol2 = 1;
  const uint8_t placeholder12 = 1;
  const uint8_t placeholder22 = 1;
  expect_ok(signed_call(hotkey, serve_axon(kNetuid, version2, ip2, port2, ip_type2, protocol2,
                                           placeholder12, placeholder22)));
  neuron = st::get_axon_info(overlay_, kNetuid, hotkey);
  EXPECT_EQ(neuron.ip, ip2);
  EXPECT_EQ(neuron.version, version2);
  EXPECT_EQ(neuron.port, port2);
  EXPECT_EQ(neuron.ip_type, ip_type2);
  EXPECT_EQ(neuron.protocol, protocol2);
  EXPECT_EQ(neuron.placeholder1, placeholder12);
  EXPECT_EQ(neuron.placeholder2, placeholder22);
}

TEST_F(ServingTest, test_axon_serving_rate_limit_exceeded) {
  const AccountId hotkey = u256(1);
  add_network(kNetuid, kTempo, kModality);
  register_ok_neuron(kNetuid, hotkey, u256(66), 0);
  run_to_block(1);
  const Bytes call = serve_axon(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0);
  // No issue on multiple (the mock's ServingRateLimit is 0).
  for (int i = 0; i < 4; ++i) expect_ok(signed_call(hotkey, call));
  set_serving_rate_limit(kNetuid, 2);
  run_to_block(2);
  // Needs to be 2 blocks apart, we are only 1 block apart.
  expect_rejected(Origin::signed_by(hotkey), call, err(Error::kServingRateLimitExceeded));
}

TEST_F(ServingTest, test_axon_invalid_port) {
  const AccountId hotkey = u256(1);
  add_network(kNetuid, kTempo, kModality);
  register_ok_neuron(kNetuid, hotkey, u256(66), 0);
  run_to_block(1);
  expect_rejected(Origin::signed_by(hotkey),
                  serve_axon(kNetuid, kVersion, kIp, 0, kIpType, 0, 0, 0),
                  err(Error::kInvalidPort));
}

TEST_F(ServingTest, test_prometheus_serving_subscribe_ok_dispatch_info_ok) {
  const frame::DispatchInfo i = info(serve_prometheus(kNetuid, kVersion, kIp, kPort, kIpType));
  EXPECT_EQ(i.weight, frame::Weight::from_parts(245'000'000, 0));
  EXPECT_EQ(i.dispatch_class, frame::DispatchClass::kNormal);
  EXPECT_EQ(i.pays_fee, frame::Pays::kNo);
}

TEST_F(ServingTest, test_prometheus_serving_ok) {
  const AccountId hotkey = u256(1);
  add_network(kNetuid, kTempo, kModality);
  register_ok_neuron(kNetuid, hotkey, u256(66), 0);
  expect_ok(signed_call(hotkey, serve_prometheus(kNetuid, kVersion, kIp, kPort, kIpType)));
  const st::PrometheusInfo neuron = st::get_prometheus_info(overlay_, kNetuid, hotkey);
  EXPECT_EQ(neuron.ip, kIp);
  EXPECT_EQ(neuron.version, kVersion);
  EXPECT_EQ(neuron.port, kPort);
  EXPECT_EQ(neuron.ip_type, kIpType);
  EXPECT_EQ(neuron.block, 1u);
  EXPECT_TRUE(has_event(st::event::PrometheusServed{kNetuid, hotkey}));
}

TEST_F(ServingTest, test_prometheus_serving_set_metadata_update) {
  const AccountId hotkey = u256(1);
  add_network(kNetuid, kTempo, kModality);
  register_ok_neuron(kNetuid, hotkey, u256(66), 0);
  expect_ok(signed_call(hotkey, serve_prometheus(kNetuid, kVersion, kIp, kPort, kIpType)));
  st::PrometheusInfo neuron = st::get_prometheus_info(overlay_, kNetuid, hotkey);
  EXPECT_EQ(neuron.ip, kIp);
  EXPECT_EQ(neuron.version, kVersion);
  EXPECT_EQ(neuron.port, kPort);
  EXPECT_EQ(neuron.ip_type, kIpType);
  const uint32_t version2 = kVersion + 1;
  const u128 ip2 = kIp + 1;
  const uint16_t port2 = kPort + 1;
  const uint8_t ip_type2 = 6;
  expect_ok(signed_call(hotkey, serve_prometheus(kNetuid, version2, ip2, port2, ip_type2)));
  neuron = st::get_prometheus_info(overlay_, kNetuid, hotkey);
  EXPECT_EQ(neuron.ip, ip2);
  EXPECT_EQ(neuron.version, version2);
  EXPECT_EQ(neuron.port, port2);
  EXPECT_EQ(neuron.ip_type, ip_type2);
}

TEST_F(ServingTest, test_prometheus_serving_rate_limit_exceeded) {
  const AccountId hotkey = u256(1);
  add_network(kNetuid, kTempo, kModality);
  register_ok_neuron(kNetuid, hotkey, u256(66), 0);
  run_to_block(1);
  const Bytes call = serve_prometheus(kNetuid, kVersion, kIp, kPort, kIpType);
  for (int i = 0; i < 4; ++i) expect_ok(signed_call(hotkey, call));
  set_serving_rate_limit(kNetuid, 1);
  // Same block, need 1 block to pass.
  expect_rejected(Origin::signed_by(hotkey), call, err(Error::kServingRateLimitExceeded));
}

TEST_F(ServingTest, test_prometheus_invalid_port) {
  const AccountId hotkey = u256(1);
  add_network(kNetuid, kTempo, kModality);
  register_ok_neuron(kNetuid, hotkey, u256(66), 0);
  run_to_block(1);
  expect_rejected(Origin::signed_by(hotkey), serve_prometheus(kNetuid, kVersion, kIp, 0, kIpType),
                  err(Error::kInvalidPort));
}

TEST_F(ServingTest, test_serving_is_valid_ip_type_ok_ipv4) { EXPECT_TRUE(st::is_valid_ip_type(4)); }

TEST_F(ServingTest, test_serving_is_valid_ip_type_ok_ipv6) { EXPECT_TRUE(st::is_valid_ip_type(6)); }

TEST_F(ServingTest, test_serving_is_valid_ip_type_nok) { EXPECT_FALSE(st::is_valid_ip_type(10)); }

TEST_F(ServingTest, test_serving_is_valid_ip_address_ipv4) {
  EXPECT_TRUE(st::is_valid_ip_address(4, ipv4(8, 8, 8, 8)));
}

TEST_F(ServingTest, test_serving_is_valid_ip_address_ipv6) {
  EXPECT_TRUE(st::is_valid_ip_address(6, ipv6(1, 2, 3, 4, 5, 6, 7, 8)));
  EXPECT_TRUE(st::is_valid_ip_address(6, ipv6(1, 2, 3, 4, 5, 6, 7, 8)));
}

TEST_F(ServingTest, test_serving_is_invalid_ipv4_address) {
  EXPECT_FALSE(st::is_valid_ip_address(4, ipv4(0, 0, 0, 0)));
  EXPECT_FALSE(st::is_valid_ip_address(4, ipv4(255, 255, 255, 255)));
  EXPECT_FALSE(st::is_valid_ip_address(4, ipv4(127, 0, 0, 1)));
  EXPECT_FALSE(st::is_valid_ip_address(4, ipv6(0xffff, 2, 3, 4, 5, 6, 7, 8)));
}

TEST_F(ServingTest, test_serving_is_invalid_ipv6_address) {
  EXPECT_FALSE(st::is_valid_ip_address(6, ipv6(0, 0, 0, 0, 0, 0, 0, 0)));
  EXPECT_FALSE(st::is_valid_ip_address(
      4, ipv6(0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff)));
}

TEST_F(ServingTest, test_do_set_identity) {
  const AccountId coldkey = u256(1);
  const AccountId hotkey = u256(2);
  add_network(kNetuid, 13, 0);
  register_ok_neuron(kNetuid, hotkey, coldkey, 0);
  st::ChainIdentityV2 id{
      text("Alice"),      text("https://alice.com"), text("https://github.com"), text("alice.jpg"),
      text("alice#1234"), text("Alice's identity"),  text("Additional info")};
  expect_ok(signed_call(coldkey, set_identity(id)));
  std::optional<st::ChainIdentityV2> stored = st::IdentitiesV2::get(overlay_, coldkey);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->name, id.name);
  EXPECT_EQ(stored->url, id.url);
  EXPECT_EQ(stored->image, id.image);
  EXPECT_EQ(stored->discord, id.discord);
  EXPECT_EQ(stored->description, id.description);
  EXPECT_EQ(stored->additional, id.additional);

  // A coldkey without a registered hotkey.
  expect_rejected(Origin::signed_by(u256(3)), set_identity(id),
                  err(Error::kHotKeyNotRegisteredInNetwork));

  // Updating an existing identity.
  st::ChainIdentityV2 updated = id;
  updated.name = text("Alice Updated");
  updated.url = text("https://alice-updated.com");
  expect_ok(signed_call(coldkey, set_identity(updated)));
  stored = st::IdentitiesV2::get(overlay_, coldkey);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->name, updated.name);
  EXPECT_EQ(stored->url, updated.url);

  // Invalid data (every field 513 bytes: name, url, github_repo and discord exceed 256).
  const Bytes long_data(513, 0);
  expect_rejected(
      Origin::signed_by(coldkey),
      set_identity({long_data, long_data, long_data, long_data, long_data, long_data, long_data}),
      err(Error::kInvalidIdentity));
}

TEST_F(ServingTest, test_is_valid_identity) {
  const auto make = [](size_t name, size_t url, size_t git, size_t image, size_t discord,
                       size_t description, size_t additional) {
    return st::ChainIdentityV2{Bytes(name, 0),      Bytes(url, 0),     Bytes(git, 0),
                               Bytes(image, 0),     Bytes(discord, 0), Bytes(description, 0),
                               Bytes(additional, 0)};
  };
  // Valid identity / total length exactly at the maximum.
  EXPECT_TRUE(st::is_valid_identity(make(256, 256, 256, 1024, 256, 1024, 1024)));
  EXPECT_TRUE(st::is_valid_identity(make(256, 256, 256, 1024, 256, 1024, 1024)));
  // Total length exceeding the maximum / one field exceeding its maximum.
  EXPECT_FALSE(st::is_valid_identity(make(257, 256, 256, 1024, 256, 1024, 1024)));
  EXPECT_FALSE(st::is_valid_identity(make(257, 256, 256, 1024, 256, 1024, 1024)));
  // Empty fields.
  EXPECT_TRUE(st::is_valid_identity(make(0, 0, 0, 0, 0, 0, 0)));
  // Some empty and some filled fields.
  EXPECT_TRUE(st::is_valid_identity({text("Alice"),
                                     text("https://alice.com"),
                                     {},
                                     {},
                                     text("alice#1234"),
                                     {},
                                     text("Additional info")}));
  // All fields at the maximum allowed length.
  EXPECT_TRUE(st::is_valid_identity(make(256, 256, 256, 1024, 256, 1024, 1024)));
}

TEST_F(ServingTest, test_set_and_get_identity) {
  const AccountId coldkey = u256(1);
  const AccountId hotkey = u256(2);
  add_network(kNetuid, 13, 0);
  register_ok_neuron(kNetuid, hotkey, coldkey, 0);
  st::ChainIdentityV2 id{text("Bob"),           text("https://bob.com"), text("https://github.com"),
                         text("bob.jpg"),       text("bob#5678"),        text("Bob's identity"),
                         text("More about Bob")};
  expect_ok(signed_call(coldkey, set_identity(id)));
  std::optional<st::ChainIdentityV2> stored = st::IdentitiesV2::get(overlay_, coldkey);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->name, id.name);
  EXPECT_EQ(stored->url, id.url);
  EXPECT_EQ(stored->image, id.image);
  EXPECT_EQ(stored->discord, id.discord);
  EXPECT_EQ(stored->description, id.description);
  EXPECT_EQ(stored->additional, id.additional);

  st::ChainIdentityV2 updated = id;
  updated.name = text("Bobby");
  updated.url = text("https://bobby.com");
  expect_ok(signed_call(coldkey, set_identity(updated)));
  stored = st::IdentitiesV2::get(overlay_, coldkey);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->name, updated.name);
  EXPECT_EQ(stored->url, updated.url);
  EXPECT_EQ(stored->image, id.image);
  EXPECT_EQ(stored->discord, id.discord);
  EXPECT_EQ(stored->description, id.description);
  EXPECT_EQ(stored->additional, id.additional);

  EXPECT_FALSE(st::IdentitiesV2::get(overlay_, u256(999)).has_value());
}

// test_migrate_set_hotkey_identities, test_migrate_identities_to_v2: not ported (migrations are
// not modelled; the first also reads upstream's bundled identities JSON).

TEST_F(ServingTest, test_do_set_subnet_identity) {
  const AccountId coldkey = u256(1);
  const AccountId hotkey = u256(2);
  add_network(kNetuid, 13, 0);
  register_ok_neuron(kNetuid, hotkey, coldkey, 0);
  st::SubnetOwner::insert(overlay_, kNetuid, coldkey);
  st::SubnetIdentityV2 id{text("Test Subnet"),
                          text("https://github.com/test/subnet"),
                          text("contact@testsubnet.com"),
                          text("subnet.com"),
                          text("discord.com"),
                          text("I am the describer"),
                          text("tao foreva")};
  expect_ok(signed_call(coldkey, set_subnet_identity(kNetuid, id)));
  std::optional<st::SubnetIdentityV2> stored = st::SubnetIdentitiesV2::get(overlay_, kNetuid);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->subnet_name, id.subnet_name);
  EXPECT_EQ(stored->github_repo, id.github_repo);
  EXPECT_EQ(stored->subnet_contact, id.subnet_contact);

  // A non-owner.
  expect_rejected(Origin::signed_by(u256(2)), set_subnet_identity(kNetuid, id),
                  err(Error::kNotSubnetOwner));

  // Updating an existing identity.
  st::SubnetIdentityV2 updated = id;
  updated.subnet_name = text("Updated Subnet");
  updated.github_repo = text("https://github.com/test/subnet-updated");
  expect_ok(signed_call(coldkey, set_subnet_identity(kNetuid, updated)));
  stored = st::SubnetIdentitiesV2::get(overlay_, kNetuid);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->subnet_name, updated.subnet_name);
  EXPECT_EQ(stored->github_repo, updated.github_repo);

  // Invalid data (every field 1025 bytes).
  const Bytes long_data(1025, 0);
  expect_rejected(Origin::signed_by(coldkey),
                  set_subnet_identity(kNetuid, {long_data, long_data, long_data, long_data,
                                                long_data, long_data, long_data}),
                  err(Error::kInvalidIdentity));
}

TEST_F(ServingTest, test_is_valid_subnet_identity) {
  const auto make = [](size_t name, size_t git, size_t contact, size_t url, size_t discord,
                       size_t description, size_t additional) {
    return st::SubnetIdentityV2{Bytes(name, 0),      Bytes(git, 0),     Bytes(contact, 0),
                                Bytes(url, 0),       Bytes(discord, 0), Bytes(description, 0),
                                Bytes(additional, 0)};
  };
  EXPECT_TRUE(st::is_valid_subnet_identity(make(256, 1024, 1024, 1024, 256, 1024, 1024)));
  EXPECT_TRUE(st::is_valid_subnet_identity(make(256, 1024, 1024, 1024, 256, 1024, 1024)));
  EXPECT_FALSE(st::is_valid_subnet_identity(make(257, 1024, 1024, 1024, 256, 1024, 1024)));
  EXPECT_FALSE(st::is_valid_subnet_identity(make(257, 1024, 1024, 1024, 256, 1024, 1024)));
  EXPECT_TRUE(st::is_valid_subnet_identity(make(0, 0, 0, 0, 0, 0, 0)));
  EXPECT_TRUE(st::is_valid_subnet_identity({text("Test Subnet"),
                                            {},
                                            text("contact@testsubnet.com"),
                                            text("https://testsubnet.com"),
                                            {},
                                            text("A description"),
                                            {}}));
}

TEST_F(ServingTest, test_set_identity_for_non_existent_subnet) {
  const st::SubnetIdentityV2 id{text("Non-existent Subnet"),
                                text("https://github.com/test/nonexistent"),
                                text("contact@nonexistent.com"),
                                text("subnet.com"),
                                text("discord.com"),
                                text("I am the describer"),
                                text("tao foreva")};
  // Since there's no owner, it should fail.
  expect_rejected(Origin::signed_by(u256(1)), set_subnet_identity(NetUid{999}, id),
                  err(Error::kNotSubnetOwner));
}

TEST_F(ServingTest, test_set_subnet_identity_dispatch_info_ok) {
  const frame::DispatchInfo i = info(set_subnet_identity(
      kNetuid,
      {text("JesusSubnet"), text("bible.com"), text("https://www.vatican.va"), text("subnet.com"),
       text("discord.com"), text("I am the describer"), text("tao foreva")}));
  EXPECT_EQ(i.dispatch_class, frame::DispatchClass::kNormal);
  EXPECT_EQ(i.pays_fee, frame::Pays::kYes);
  // Beyond upstream: 45_000_000 + reads(4) 4 * 25_000_000 + writes(1) 100_000_000.
  EXPECT_EQ(i.weight, frame::Weight::from_parts(245'000'000, 0));
}

TEST_F(ServingTestAt0, test_serve_axon_validate) {
  const AccountId hotkey = u256(1);
  const Bytes call = serve_axon(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0);
  const ByteView args = ByteView(call).subspan(2);
  // Not registered: Custom(HotKeyNotRegisteredInNetwork = 10).
  auto bad = st::validate_serve_axon_extension(env_, hotkey, args);
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error(), TransactionValidityError::invalid_custom(10));
  // Register the hotkey in the subnet and try again.
  add_network(kNetuid, 13, 0);
  register_ok_neuron(kNetuid, hotkey, u256(1), 0);
  auto good = st::validate_serve_axon_extension(env_, hotkey, args);
  ASSERT_TRUE(good.has_value());
  frame::extrinsic::ValidTransaction expected;
  expected.priority = UINT64_MAX;  // get_priority_vanilla
  EXPECT_EQ(*good, expected);
}

// =============================================================================================
// Beyond upstream: bad inputs (exact error, unchanged state), check order, edge cases.
// =============================================================================================

class ServingRegisteredTest : public ServingTest {
 protected:
  void SetUp() override {
    add_network(kNetuid, kTempo, kModality);
    register_ok_neuron(kNetuid, hotkey_, u256(66), 0);
  }
  const AccountId hotkey_ = u256(1);
};

TEST_F(ServingRegisteredTest, AxonRejectsUnsignedOrigins) {
  const Bytes call = serve_axon(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0);
  expect_rejected(Origin::root(), call, DispatchError::bad_origin());
  expect_rejected(Origin::none(), call, DispatchError::bad_origin());
  expect_rejected(Origin::root(), serve_prometheus(kNetuid, kVersion, kIp, kPort, kIpType),
                  DispatchError::bad_origin());
}

TEST_F(ServingRegisteredTest, AxonRejectsEachBadInputWithoutATrace) {
  const Origin who = Origin::signed_by(hotkey_);
  // Not registered anywhere.
  expect_rejected(Origin::signed_by(u256(2)),
                  serve_axon(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0),
                  err(Error::kHotKeyNotRegisteredInNetwork));
  // ip_type neither 4 nor 6.
  expect_rejected(who, serve_axon(kNetuid, kVersion, kIp, kPort, 5, 0, 0, 0),
                  err(Error::kInvalidIpType));
  // Invalid addresses of each type.
  expect_rejected(who, serve_axon(kNetuid, kVersion, ipv4(127, 0, 0, 1), kPort, 4, 0, 0, 0),
                  err(Error::kInvalidIpAddress));
  expect_rejected(who, serve_axon(kNetuid, kVersion, u128{UINT32_MAX}, kPort, 4, 0, 0, 0),
                  err(Error::kInvalidIpAddress));
  expect_rejected(who, serve_axon(kNetuid, kVersion, 0, kPort, 6, 0, 0, 0),
                  err(Error::kInvalidIpAddress));
  expect_rejected(who, serve_axon(kNetuid, kVersion, 1, kPort, 6, 0, 0, 0),
                  err(Error::kInvalidIpAddress));
  expect_rejected(who, serve_axon(kNetuid, kVersion, ~u128{0}, kPort, 6, 0, 0, 0),
                  err(Error::kInvalidIpAddress));
  // Port 0, also for the TLS variant (its certificate is not stored).
  expect_rejected(who, serve_axon_tls(kNetuid, kVersion, kIp, 0, kIpType, 0, 0, 0, text("CERT")),
                  err(Error::kInvalidPort));
  EXPECT_FALSE(st::Axons::contains_key(overlay_, kNetuid, hotkey_));
  EXPECT_FALSE(st::NeuronCertificates::contains_key(overlay_, kNetuid, hotkey_));
}

TEST_F(ServingRegisteredTest, AxonCheckOrderRegistrationFirst) {
  // Unregistered with a bad ip type and port 0: the registration is checked first.
  expect_rejected(Origin::signed_by(u256(2)), serve_axon(kNetuid, kVersion, 0, 0, 9, 0, 0, 0),
                  err(Error::kHotKeyNotRegisteredInNetwork));
  // Registered, bad type and bad port: the type.
  expect_rejected(Origin::signed_by(hotkey_), serve_axon(kNetuid, kVersion, 0, 0, 9, 0, 0, 0),
                  err(Error::kInvalidIpType));
  // Rate limited with port 0: the rate limit comes before the port.
  expect_ok(signed_call(hotkey_, serve_axon(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0)));
  set_serving_rate_limit(kNetuid, 5);
  expect_rejected(Origin::signed_by(hotkey_),
                  serve_axon(kNetuid, kVersion, kIp, 0, kIpType, 0, 0, 0),
                  err(Error::kServingRateLimitExceeded));
}

TEST_F(ServingRegisteredTest, PrometheusCheckOrderAddressFirst) {
  // Unregistered with a bad ip type: serve_prometheus checks the address before the
  // registration (the reverse of serve_axon).
  expect_rejected(Origin::signed_by(u256(2)), serve_prometheus(kNetuid, kVersion, kIp, kPort, 9),
                  err(Error::kInvalidIpType));
  expect_rejected(Origin::signed_by(u256(2)),
                  serve_prometheus(kNetuid, kVersion, ipv4(127, 0, 0, 1), kPort, 4),
                  err(Error::kInvalidIpAddress));
  expect_rejected(Origin::signed_by(u256(2)), serve_prometheus(kNetuid, kVersion, kIp, 0, 4),
                  err(Error::kHotKeyNotRegisteredInNetwork));
  expect_rejected(Origin::signed_by(hotkey_), serve_prometheus(kNetuid, kVersion, kIp, 0, 6),
                  err(Error::kInvalidPort));
  EXPECT_FALSE(st::Prometheus::contains_key(overlay_, kNetuid, hotkey_));
}

TEST_F(ServingRegisteredTest, RateLimitCountsBlocksSinceTheLastServe) {
  // Served at block 1 with limit 3: refused at blocks 1..3, accepted at block 4 (4 - 1 >= 3).
  const Bytes call = serve_axon(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0);
  const Bytes prom = serve_prometheus(kNetuid, kVersion, kIp, kPort, kIpType);
  expect_ok(signed_call(hotkey_, call));
  expect_ok(signed_call(hotkey_, prom));
  set_serving_rate_limit(kNetuid, 3);
  for (uint64_t b = 1; b <= 3; ++b) {
    run_to_block(b);
    expect_rejected(Origin::signed_by(hotkey_), call, err(Error::kServingRateLimitExceeded));
    expect_rejected(Origin::signed_by(hotkey_), prom, err(Error::kServingRateLimitExceeded));
  }
  run_to_block(4);
  expect_ok(signed_call(hotkey_, call));
  expect_ok(signed_call(hotkey_, prom));
  EXPECT_EQ(st::get_axon_info(overlay_, kNetuid, hotkey_).block, 4u);
  EXPECT_EQ(st::get_prometheus_info(overlay_, kNetuid, hotkey_).block, 4u);
}

TEST_F(ServingRegisteredTest, UnknownNetuidIsAcceptedAsUpstream) {
  // Upstream checks neither that the netuid exists nor that the hotkey is registered on it: a
  // hotkey registered on netuid 1 serves on netuid 999 (which does not exist).
  const NetUid unknown{999};
  ASSERT_FALSE(st::NetworksAdded::get(overlay_, unknown));
  expect_ok(signed_call(hotkey_, serve_axon(unknown, kVersion, kIp, kPort, kIpType, 0, 0, 0)));
  expect_ok(signed_call(hotkey_, serve_prometheus(unknown, kVersion, kIp, kPort, kIpType)));
  EXPECT_EQ(st::get_axon_info(overlay_, unknown, hotkey_).ip, kIp);
  EXPECT_EQ(st::get_prometheus_info(overlay_, unknown, hotkey_).port, kPort);
  EXPECT_TRUE(has_event(st::event::AxonServed{unknown, hotkey_}));
  EXPECT_FALSE(st::Axons::contains_key(overlay_, kNetuid, hotkey_));
}

TEST_F(ServingRegisteredTest, CertificateConversion) {
  // 65 bytes: algorithm + a 64-byte key (the BoundedVec's limit).
  Bytes cert(65, 7);
  cert[0] = 1;
  expect_ok(
      signed_call(hotkey_, serve_axon_tls(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0, cert)));
  std::optional<st::NeuronCertificate> stored =
      st::NeuronCertificates::get(overlay_, kNetuid, hotkey_);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->algorithm, 1);
  EXPECT_EQ(stored->public_key, Bytes(64, 7));
  // 66 bytes and 0 bytes do not convert: the call succeeds and the stored certificate stays.
  expect_ok(signed_call(
      hotkey_, serve_axon_tls(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0, Bytes(66, 9))));
  expect_ok(signed_call(hotkey_,
                        serve_axon_tls(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0, Bytes{})));
  EXPECT_EQ(st::NeuronCertificates::get(overlay_, kNetuid, hotkey_), stored);
  // 1 byte: an algorithm with an empty key.
  expect_ok(signed_call(hotkey_,
                        serve_axon_tls(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0, Bytes{3})));
  stored = st::NeuronCertificates::get(overlay_, kNetuid, hotkey_);
  ASSERT_TRUE(stored.has_value());
  EXPECT_EQ(stored->algorithm, 3);
  EXPECT_TRUE(stored->public_key.empty());
  // The pure conversion.
  EXPECT_FALSE(st::neuron_certificate_from(Bytes{}).has_value());
  EXPECT_FALSE(st::neuron_certificate_from(Bytes(66, 0)).has_value());
  // serve_axon (no certificate) leaves it alone.
  expect_ok(signed_call(hotkey_, serve_axon(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0)));
  EXPECT_TRUE(st::NeuronCertificates::contains_key(overlay_, kNetuid, hotkey_));
}

TEST_F(ServingRegisteredTest, AxonTlsWeightEqualsServeAxon) {
  const frame::DispatchInfo i =
      info(serve_axon_tls(kNetuid, kVersion, kIp, kPort, kIpType, 0, 0, 0, text("CERT")));
  EXPECT_EQ(i.weight, frame::Weight::from_parts(246'000'000, 0));
  EXPECT_EQ(i.dispatch_class, frame::DispatchClass::kNormal);
  EXPECT_EQ(i.pays_fee, frame::Pays::kNo);
}

TEST_F(ServingRegisteredTest, AddressBoundaries) {
  EXPECT_TRUE(st::is_valid_ip_address(4, 1));
  EXPECT_TRUE(st::is_valid_ip_address(4, u128{UINT32_MAX} - 1));  // 255.255.255.254
  EXPECT_TRUE(st::is_valid_ip_address(4, ipv4(10, 0, 0, 1)));     // private ranges pass
  EXPECT_TRUE(st::is_valid_ip_address(6, 2));
  EXPECT_TRUE(st::is_valid_ip_address(6, ~u128{0} - 1));
  EXPECT_TRUE(st::is_valid_ip_address(6, ipv4(127, 0, 0, 1)));  // only IPv4 refuses it
  EXPECT_FALSE(st::is_valid_ip_address(5, kIp));
  EXPECT_FALSE(st::is_valid_ip_type(0));
}

TEST_F(ServingRegisteredTest, SignedExtensionMapsEachError) {
  const auto validity = [&](const AccountId& who, const Bytes& call) {
    return st::validate_serve_axon_extension(env_, who, ByteView(call).subspan(2));
  };
  const auto custom = [](uint8_t c) { return TransactionValidityError::invalid_custom(c); };
  EXPECT_EQ(validity(u256(2), serve_axon(kNetuid, kVersion, kIp, kPort, 4, 0, 0, 0)).error(),
            custom(10));
  // InvalidIpType has no mapping: BadRequest (255).
  EXPECT_EQ(validity(hotkey_, serve_axon(kNetuid, kVersion, kIp, kPort, 5, 0, 0, 0)).error(),
            custom(255));
  EXPECT_EQ(validity(hotkey_, serve_axon(kNetuid, kVersion, 1, kPort, 6, 0, 0, 0)).error(),
            custom(11));
  EXPECT_EQ(validity(hotkey_, serve_axon(kNetuid, kVersion, kIp, 0, 4, 0, 0, 0)).error(),
            custom(13));
  expect_ok(signed_call(hotkey_, serve_axon(kNetuid, kVersion, kIp, kPort, 4, 0, 0, 0)));
  set_serving_rate_limit(kNetuid, 2);
  EXPECT_EQ(validity(hotkey_, serve_axon(kNetuid, kVersion, kIp, kPort, 4, 0, 0, 0)).error(),
            custom(12));
  // Arguments that do not decode.
  EXPECT_EQ(st::validate_serve_axon_extension(env_, hotkey_, Bytes{1, 2, 3}).error(),
            TransactionValidityError::invalid(InvalidTransaction::kCall));
  // The generic mapping for the staking errors it also covers.
  EXPECT_EQ(st::result_to_validity(unexpected(Error::kAmountTooLow), 0).error(), custom(1));
  EXPECT_EQ(st::result_to_validity(unexpected(Error::kSubnetNotExists), 0).error(), custom(3));
  EXPECT_EQ(st::result_to_validity(unexpected(Error::kNotEnoughBalanceToStake), 0).error(),
            custom(2));
  EXPECT_EQ(st::result_to_validity(unexpected(Error::kHotKeyAccountNotExists), 0).error(),
            custom(4));
  EXPECT_EQ(st::result_to_validity(unexpected(Error::kNotEnoughStakeToWithdraw), 0).error(),
            custom(5));
  EXPECT_EQ(st::result_to_validity(unexpected(Error::kInsufficientLiquidity), 0).error(),
            custom(7));
  EXPECT_EQ(st::result_to_validity(unexpected(Error::kSlippageTooHigh), 0).error(), custom(8));
  EXPECT_EQ(st::result_to_validity(unexpected(Error::kTransferDisallowed), 0).error(), custom(9));
  EXPECT_EQ(st::result_to_validity(unexpected(Error::kStakeTooLowForRoot), 0).error(), custom(255));
  EXPECT_EQ(st::result_to_validity(Ok{}, 42)->priority, 42u);
}

// ---- identities ------------------------------------------------------------------------------

TEST_F(ServingRegisteredTest, SetIdentityBadInputs) {
  const AccountId coldkey = u256(66);  // owns hotkey_ (registered on netuid 1)
  st::ChainIdentityV2 id{text("n"), {}, {}, {}, {}, {}, {}};
  expect_rejected(Origin::root(), set_identity(id), DispatchError::bad_origin());
  // A coldkey that owns nothing.
  expect_rejected(Origin::signed_by(u256(5)), set_identity(id),
                  err(Error::kHotKeyNotRegisteredInNetwork));
  // The hotkey itself is not a coldkey of any registered hotkey.
  expect_rejected(Origin::signed_by(hotkey_), set_identity(id),
                  err(Error::kHotKeyNotRegisteredInNetwork));
  // One field over its limit: github_repo (not in the sum) at 257.
  st::ChainIdentityV2 bad = id;
  bad.github_repo = Bytes(257, 1);
  expect_rejected(Origin::signed_by(coldkey), set_identity(bad), err(Error::kInvalidIdentity));
  bad = id;
  bad.image = Bytes(1025, 1);
  expect_rejected(Origin::signed_by(coldkey), set_identity(bad), err(Error::kInvalidIdentity));
  // The limits themselves pass; the event names the coldkey.
  expect_ok(signed_call(coldkey,
                        set_identity({Bytes(256, 1), Bytes(256, 1), Bytes(256, 1), Bytes(1024, 1),
                                      Bytes(256, 1), Bytes(1024, 1), Bytes(1024, 1)})));
  EXPECT_TRUE(has_event(st::event::ChainIdentitySet{coldkey}));
}

TEST_F(ServingRegisteredTest, SetIdentityNeedsAMembershipNotJustAHotkey) {
  // OwnedHotkeys lists a hotkey whose IsNetworkMember entries are all false: refused.
  const AccountId coldkey = u256(7);
  const AccountId hotkey = u256(8);
  st::OwnedHotkeys::insert(overlay_, coldkey, std::vector<AccountId>{hotkey});
  st::IsNetworkMember::insert(overlay_, hotkey, kNetuid, false);
  const st::ChainIdentityV2 id{text("n"), {}, {}, {}, {}, {}, {}};
  expect_rejected(Origin::signed_by(coldkey), set_identity(id),
                  err(Error::kHotKeyNotRegisteredInNetwork));
  // Any true entry (here on a netuid that does not exist) is enough.
  st::IsNetworkMember::insert(overlay_, hotkey, NetUid{77}, true);
  expect_ok(signed_call(coldkey, set_identity(id)));
  EXPECT_EQ(st::IdentitiesV2::get(overlay_, coldkey), id);
}

TEST_F(ServingRegisteredTest, SetSubnetIdentityBadInputs) {
  const AccountId owner = u256(66);
  st::SubnetOwner::insert(overlay_, kNetuid, owner);
  const st::SubnetIdentityV2 id{text("sn"), {}, {}, {}, {}, {}, {}};
  expect_rejected(Origin::root(), set_subnet_identity(kNetuid, id), DispatchError::bad_origin());
  expect_rejected(Origin::signed_by(hotkey_), set_subnet_identity(kNetuid, id),
                  err(Error::kNotSubnetOwner));
  st::SubnetIdentityV2 bad = id;
  bad.discord = Bytes(257, 1);
  expect_rejected(Origin::signed_by(owner), set_subnet_identity(kNetuid, bad),
                  err(Error::kInvalidIdentity));
  bad = id;
  bad.subnet_url = Bytes(1025, 1);
  expect_rejected(Origin::signed_by(owner), set_subnet_identity(kNetuid, bad),
                  err(Error::kInvalidIdentity));
  expect_ok(signed_call(owner, set_subnet_identity(kNetuid, id)));
  EXPECT_EQ(st::SubnetIdentitiesV2::get(overlay_, kNetuid), id);
  EXPECT_TRUE(has_event(st::event::SubnetIdentitySet{kNetuid}));
}

TEST_F(ServingTest, SetSubnetIdentityOwnerCheckOnly) {
  // No existence check: the owner of a netuid that does not exist reads as the all-zero account,
  // so that account passes (a signed extrinsic cannot come from it: CheckNonZeroSender).
  const NetUid unknown{999};
  const st::SubnetIdentityV2 id{text("sn"), {}, {}, {}, {}, {}, {}};
  expect_ok(signed_call(AccountId{}, set_subnet_identity(unknown, id)));
  EXPECT_EQ(st::SubnetIdentitiesV2::get(overlay_, unknown), id);
}

TEST_F(ServingTest, SetIdentityDispatchInfo) {
  // 45_000_000 + reads(4) 4 * 25_000_000 + writes(1) 100_000_000; Normal, Pays::Yes.
  const frame::DispatchInfo i = info(set_identity({text("n"), {}, {}, {}, {}, {}, {}}));
  EXPECT_EQ(i.weight, frame::Weight::from_parts(245'000'000, 0));
  EXPECT_EQ(i.dispatch_class, frame::DispatchClass::kNormal);
  EXPECT_EQ(i.pays_fee, frame::Pays::kYes);
}

}  // namespace
}  // namespace subemu::runtime::testing
