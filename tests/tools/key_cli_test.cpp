// `subtensor-emu key ...` as a user runs it (through the binary):
//   * inspect reproduces accounts.json (//Alice .. //Ferdie and the bare dev phrase, sr25519 /
//     ed25519 / ecdsa: public key, account id, SS58 for prefixes 42 and 0, secret seeds);
//   * subkey's text layout, the known //Alice seed and //Alice//stash address;
//   * junction encodings (u64 LE, '+'/leading zeros, SCALE strings, blake2 over 32 bytes),
//     computed from the recipe in accounts.json's description (hdkd over the dev mini secret);
//   * substrate-bip39's own vectors (password "Substrate"), hex seeds, RFC 8032 test 1 and
//     sp_core's ecdsa test vector;
//   * sign/verify: subkey's verify.rs signatures, every signatures.json case through verify, and
//     deterministic ed25519/ecdsa signatures reproduced byte for byte;
//   * generate; and bad input -> exit 1 or 2, a message on stderr, nothing on stdout.
#include <gtest/gtest.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "tests/testutil/vectors.hpp"

#include "tests/tools/cli_util.hpp"

namespace {

using namespace subemu::testing;  // NOLINT(google-build-using-namespace)

using subemu::testutil::load_vectors;

nlohmann::json run_json(const std::vector<std::string>& args) {
  const CliResult r = run_cli(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  try {
    return nlohmann::json::parse(r.out);
  } catch (const nlohmann::json::exception& e) {
    ADD_FAILURE() << "not JSON: " << r.out;
    return nlohmann::json::object();
  }
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// A failure: the exit code, a message on stderr containing `needle`, and nothing on stdout.
void expect_failure(const std::vector<std::string>& args, int exit_code, const std::string& needle,
                    const std::string& input = "") {
  const CliResult r = run_cli(args, input);
  std::string joined;
  for (const auto& a : args) joined += a + " ";
  EXPECT_EQ(r.exit_code, exit_code) << joined << "\n" << r.err;
  EXPECT_EQ(r.out, "") << joined;
  EXPECT_NE(r.err.find(needle), std::string::npos) << joined << "\nstderr: " << r.err;
}

const std::string kAliceSs58 = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

TEST(KeyCli, InspectReproducesEveryDevAccount) {
  const nlohmann::json doc = load_vectors("accounts.json");
  int checked = 0;
  for (const auto& c : doc["cases"]) {
    if (!c.contains("suri")) continue;
    const std::string suri = c["suri"];
    const std::string scheme = c["scheme"];
    SCOPED_TRACE(suri + " " + scheme);
    for (const auto& [prefix, field] : {std::pair{"42", "ss58_42"}, std::pair{"0", "ss58_0"}}) {
      const nlohmann::json j = run_json({"key", "inspect", suri, "--scheme", scheme,
                                         "--network-prefix", prefix, "--output-type", "json"});
      EXPECT_EQ(j.value("publicKey", ""), c["public_key"]);
      EXPECT_EQ(j.value("accountId", ""), c["account_id"]);
      EXPECT_EQ(j.value("ss58Address", ""), c[field]);
      if (scheme != "ecdsa") {
        EXPECT_EQ(j.value("ss58PublicKey", ""), c[field]);
      }
      if (c.contains("secret_seed")) {
        EXPECT_EQ(j.value("secretSeed", ""), c["secret_seed"]);
      }
      if (c["name"] == "DevPhraseRoot") {
        // A bare phrase is reported as one (subkey's from_phrase branch), with the mini secret.
        EXPECT_EQ(j.value("secretPhrase", ""), suri);
        EXPECT_EQ(j.value("secretSeed", ""), doc["dev_phrase_mini_secret"]);
      } else {
        EXPECT_EQ(j.value("secretKeyUri", ""), suri);
      }
      ++checked;
    }
  }
  EXPECT_EQ(checked, 42);  // 21 keys x 2 prefixes
}

TEST(KeyCli, InspectTextLayoutIsSubkeys) {
  const CliResult r = run_cli({"key", "inspect", "//Alice"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // The //Alice sr25519 seed is the one subkey prints (also quoted in sp_core's SecretUri docs).
  EXPECT_EQ(r.out,
            "Secret Key URI `//Alice` is account:\n"
            "  Network ID:        substrate\n"
            "  Secret seed:       "
            "0xe5be9a5092b81bca64be81d212e7f2f9eba183bb7a90954f7b76361f6edb5c0a\n"
            "  Public key (hex):  "
            "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d\n"
            "  Account ID:        "
            "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d\n"
            "  Public key (SS58): 5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\n"
            "  SS58 Address:      5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\n");
  EXPECT_EQ(r.err, "");

  const CliResult p = run_cli({"key", "inspect", kAliceSs58, "--network-prefix", "0"});
  ASSERT_EQ(p.exit_code, 0) << p.err;
  EXPECT_EQ(p.out,
            "Public Key URI `5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY` is account:\n"
            "  Network ID/Version: polkadot\n"
            "  Public key (hex):   "
            "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d\n"
            "  Account ID:         "
            "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d\n"
            "  Public key (SS58):  15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5\n"
            "  SS58 Address:       15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5\n");
}

TEST(KeyCli, InspectPublicKeys) {
  // An address keeps its own network unless overridden.
  const nlohmann::json polkadot =
      run_json({"key", "inspect", "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5",
                "--output-type", "json"});
  EXPECT_EQ(polkadot.value("networkId", ""), "polkadot");
  EXPECT_EQ(polkadot.value("publicKeyUri", ""), "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5");
  EXPECT_EQ(polkadot.value("ss58Address", ""), "15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5");
  EXPECT_FALSE(polkadot.contains("secretSeed"));

  const nlohmann::json hex =
      run_json({"key", "inspect", "--public",
                "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d",
                "--output-type", "json"});
  EXPECT_EQ(hex.value("ss58Address", ""), kAliceSs58);
  EXPECT_EQ(hex.value("networkId", ""), "substrate");

  // ecdsa: the 33-byte key, its account is blake2_256 of it (accounts.json //Alice ecdsa).
  const nlohmann::json ecdsa =
      run_json({"key", "inspect", "--public", "--scheme", "ecdsa",
                "0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1",
                "--output-type", "json"});
  EXPECT_EQ(ecdsa.value("accountId", ""),
            "0x01e552298e47454041ea31273b4b630c64c104e4514aa3643490b8aaca9cf8ed");
  EXPECT_EQ(ecdsa.value("ss58Address", ""), "5C7C2Z5sWbytvHpuLTvzKunnnRwQxft1jiqrLD5rhucQ5S9X");
  // The 33-byte public key's own SS58 decodes back to it.
  const std::string ecdsa_pub_ss58 = ecdsa.value("ss58PublicKey", "");
  const nlohmann::json back =
      run_json({"key", "inspect", "--scheme", "ecdsa", ecdsa_pub_ss58, "--output-type", "json"});
  EXPECT_EQ(back.value("publicKey", ""),
            "0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1");
}

TEST(KeyCli, DerivationPaths) {
  auto seed_of = [](const std::string& uri, const std::string& scheme) {
    return run_json({"key", "inspect", uri, "--scheme", scheme, "--output-type", "json"})
        .value("secretSeed", "");
  };
  auto address_of = [](const std::string& uri) {
    return run_json({"key", "inspect", uri, "--output-type", "json"}).value("ss58Address", "");
  };
  // The dev chain's Alice stash (sr25519 //Alice//stash), as in Substrate's dev chain specs.
  EXPECT_EQ(address_of("//Alice//stash"), "5GNJqTPyNqANBkUVMN1LPPrxXnFouWXoe2wNSmmEoLctxiZY");
  // The dev phrase is implied, and spelled out gives the same key.
  EXPECT_EQ(
      address_of("//Alice"),
      address_of("bottom drive obey lake curtain smoke basket hold race lonely fit walk//Alice"));

  // Numbers are SCALE u64 (8 bytes LE): ed25519 seed = blake2_256(SCALE("Ed25519HDKD") ++
  // dev mini secret ++ 01 00.. (32 bytes)).
  const std::string one = "0x96c891b8726cb18c781aefc082dbafcb827e16c8f18f22d461e83eabd618e780";
  EXPECT_EQ(seed_of("//1", "ed25519"), one);
  EXPECT_EQ(seed_of("//+1", "ed25519"), one);    // Rust's u64 parser takes a '+'
  EXPECT_EQ(seed_of("//0001", "ed25519"), one);  // and leading zeros
  EXPECT_NE(seed_of("//one", "ed25519"), one);
  // A text junction of more than 32 encoded bytes is blake2_256-hashed into the chain code.
  EXPECT_EQ(seed_of("//1//this junction name is longer than thirty-two bytes", "ed25519"),
            "0x0c5dfc6624a04475889db06210a4a21d05271569689f5571fea444be78c21e3d");
  // u64::MAX is a number; one more is text (Secp256k1HDKD over the same recipe).
  EXPECT_EQ(seed_of("//18446744073709551615", "ecdsa"),
            "0x4de4886be5494c8f80dec18dbc4a57f1ab5dcf27168b0b16ffc6ee2a5c0e701e");
  EXPECT_EQ(seed_of("//18446744073709551616", "ecdsa"),
            "0xac207303b086315afb779ca24358f32f456f993e5dc05a7eee625d5a9d05bab6");
  // A password in the URI changes the key; an empty one does not.
  EXPECT_NE(address_of("//Alice///secret"), address_of("//Alice"));
  EXPECT_EQ(address_of("//Alice///"), address_of("//Alice"));
}

// substrate-bip39 src/lib.rs test vectors: (phrase, seed) with password "Substrate"; the seed's
// first 32 bytes are the mini secret every scheme starts from (ed25519 prints it as its seed).
TEST(KeyCli, PhrasesFollowSubstrateBip39) {
  struct Vector {
    const char* phrase;
    const char* seed32;
  };
  const Vector vectors[] = {
      {"abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
       "about",
       "0x44e9d125f037ac1d51f0a7d3649689d422c2af8b1ec8e00d71db4d7bf6d127e3"},
      {"zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo when",
       "0x8971cb290e7117c64b63379c97ed3b5c6da488841bd9f95cdc2a5651ac89571e"},
      {"letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount "
       "doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless",
       "0x2c9c6144a06ae5a855453d98c3dea470e2a8ffb78179c2e9eb15208ccca7d831"},
      {"gravity machine north sort system female filter attitude volume fold club stay feature "
       "office ecology stable narrow fog",
       "0xfbcc5229ade0c0ff018cb7a329c5459f91876e4dde2a97ddf03c832eab7f2612"},
      {"vessel ladder alter error federal sibling chat ability sun glass valve picture",
       "0x4e2314ca7d9eebac6fe5a05a5a8d3546bc891785414d82207ac987926380411e"},
  };
  for (const Vector& v : vectors) {
    SCOPED_TRACE(v.phrase);
    const std::string phrase = v.phrase;
    EXPECT_EQ(run_json({"key", "inspect", phrase + "///Substrate", "--scheme", "ed25519",
                        "--output-type", "json"})
                  .value("secretSeed", ""),
              v.seed32);
    EXPECT_EQ(run_json({"key", "inspect", phrase, "--password", "Substrate", "--scheme", "ed25519",
                        "--output-type", "json"})
                  .value("secretSeed", ""),
              v.seed32);
    // --password beats the URI's password (Pair::from_string_with_seed's override).
    EXPECT_EQ(run_json({"key", "inspect", phrase + "///other", "--password", "Substrate",
                        "--scheme", "ed25519", "--output-type", "json"})
                  .value("secretSeed", ""),
              v.seed32);
  }
}

TEST(KeyCli, HexSeeds) {
  const std::string rfc8032_seed =
      "0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
  // RFC 8032 test 1 (empty message).
  EXPECT_EQ(
      run_json({"key", "inspect", rfc8032_seed, "--scheme", "ed25519", "--output-type", "json"})
          .value("publicKey", ""),
      "0xd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
  CliResult r =
      run_cli({"key", "sign", "--scheme", "ed25519", "--suri", rfc8032_seed, "--hex", "0x"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(trim(r.out),
            "0xe5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc6"
            "1e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
  // sp_core ecdsa.rs test_vector_by_string_should_work: the same seed as a secp256k1 secret.
  EXPECT_EQ(run_json({"key", "inspect", rfc8032_seed, "--scheme", "ecdsa", "--output-type", "json"})
                .value("publicKey", ""),
            "0x028db55b05db86c0b1786ca49f095d76344c9e6056b2f02701a7e7f3c20aabfd91");
  r = run_cli({"key", "sign", "--scheme", "ecdsa", "--suri", rfc8032_seed, "--hex", "0x"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(trim(r.out),
            "0x3dde91174bd9359027be59a428b8146513df80a2a3c7eda2194f64de04a69ab97b753169e94db6ffd5"
            "0921a2668a48b94ca11e3d32c1ff19cfe88890aa7e8f3c00");
  // A hex seed takes junctions; the password is ignored for it, as in Substrate.
  EXPECT_EQ(run_json({"key", "inspect", rfc8032_seed + "//Alice///pw", "--output-type", "json"})
                .value("publicKey", ""),
            run_json({"key", "inspect", rfc8032_seed + "//Alice", "--output-type", "json"})
                .value("publicKey", ""));
  // The dev mini secret as a hex seed is the bare dev phrase's key.
  EXPECT_EQ(run_json({"key", "inspect",
                      "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb7797479e//Alice",
                      "--output-type", "json"})
                .value("ss58Address", ""),
            kAliceSs58);
}

TEST(KeyCli, GenerateMakesARecoverablePhrase) {
  for (const std::string words : {"12", "24"}) {
    for (const std::string scheme : {"sr25519", "ecdsa"}) {
      const nlohmann::json g = run_json({"key", "generate", "--words", words, "--scheme", scheme,
                                         "--network-prefix", "0", "--output-type", "json"});
      const std::string phrase = g.value("secretPhrase", "");
      size_t count = phrase.empty() ? 0 : 1;
      for (const char c : phrase) count += c == ' ' ? 1 : 0;
      EXPECT_EQ(std::to_string(count), words) << phrase;
      EXPECT_EQ(g.value("networkId", ""), "polkadot");
      // The phrase (checksum included) reads back to the same key.
      const nlohmann::json again = run_json({"key", "inspect", phrase, "--scheme", scheme,
                                             "--network-prefix", "0", "--output-type", "json"});
      EXPECT_EQ(again.value("publicKey", "?"), g.value("publicKey", "!"));
      EXPECT_EQ(again.value("secretSeed", "?"), g.value("secretSeed", "!"));
    }
  }
  const CliResult a = run_cli({"key", "generate"});
  const CliResult b = run_cli({"key", "generate"});
  ASSERT_EQ(a.exit_code, 0);
  EXPECT_EQ(a.out.rfind("Secret phrase:       ", 0), 0U) << a.out;
  EXPECT_NE(a.out, b.out);
}

TEST(KeyCli, VerifiesSubkeysOwnSignatures) {
  // sc-cli verify.rs tests: Alice's sr25519 signatures of "test message" and 0xaabbcc.
  const std::string sig1 =
      "0x4eb25a2285a82374888880af0024eb30c3a21ce086eae3862888d345af607f0ad6fb081312f11730932564f"
      "24a9f8ebcee2d46861413ae61307eca58db2c3e81";
  const std::string sig2 =
      "0x026342225155056ea797118c1c8c8b3cc002aa2020c36f4217fa3c302783a572ad3dcd38c231cbaf86cadb9"
      "3984d329c963ceac0685cc1ee4c1ed50fa443a68f";
  CliResult r = run_cli({"key", "verify", sig1, kAliceSs58, "--message", "test message"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Signature verifies correctly.\n");
  r = run_cli({"key", "verify", sig1, kAliceSs58}, "test message");  // message from stdin
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = run_cli({"key", "verify", sig2, kAliceSs58, "--hex", "0xaABBcC"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  r = run_cli({"key", "verify", sig2,
               "d43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d", "--hex",
               "aabbcc"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  expect_failure({"key", "verify", sig2, kAliceSs58, "--hex", "0xaabbcd"}, 1, "Signature invalid.");
}

TEST(KeyCli, VerifyAgreesWithEverySignatureVector) {
  const nlohmann::json doc = load_vectors("signatures.json");
  int checked = 0;
  for (const auto& c : doc["cases"]) {
    SCOPED_TRACE(c["scheme"].get<std::string>() + " " + c["name"].get<std::string>());
    // sp_core Pair::verify is the off-chain rule (ecdsa recovery id 27/28 rejected).
    const bool expected = c.value("valid_offchain", c["valid"].get<bool>());
    const std::string sig = c["signature"];
    const std::string scheme = c["scheme"];
    const CliResult r = run_cli({"key", "verify", sig, c["public_key"].get<std::string>(), "--hex",
                                 c["message"].get<std::string>(), "--scheme", scheme});
    const size_t expected_len = scheme == "ecdsa" ? 132 : 130;
    if (sig.size() != expected_len) {
      EXPECT_EQ(r.exit_code, 1);  // wrong length: not a signature of this scheme
    } else {
      EXPECT_EQ(r.exit_code, expected ? 0 : 1) << r.err;
    }
    EXPECT_EQ(r.out.empty(), !expected);
    ++checked;
  }
  EXPECT_EQ(checked, 102);
}

TEST(KeyCli, SignReproducesDeterministicSignatures) {
  const nlohmann::json doc = load_vectors("signatures.json");
  int checked = 0;
  for (const auto& c : doc["cases"]) {
    const std::string scheme = c["scheme"];
    if (scheme == "sr25519" || !c["valid"].get<bool>() || c.value("mutation", "") != "none") {
      continue;
    }
    SCOPED_TRACE(scheme + " " + c["name"].get<std::string>());
    const CliResult r =
        run_cli({"key", "sign", "--scheme", scheme, "--suri", "//" + c["signer"].get<std::string>(),
                 "--hex", c["message"].get<std::string>()});
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(trim(r.out), c["signature"]);
    ++checked;
  }
  EXPECT_EQ(checked, 20);
}

TEST(KeyCli, SignThenVerifyForEveryScheme) {
  for (const std::string scheme : {"sr25519", "ed25519", "ecdsa"}) {
    SCOPED_TRACE(scheme);
    const std::string address =
        run_json({"key", "inspect", "//Bob", "--scheme", scheme, "--output-type", "json"})
            .value(scheme == "ecdsa" ? "publicKey" : "ss58Address", "");
    const CliResult s1 = run_cli({"key", "sign", "--scheme", scheme, "--suri", "//Bob"}, "hi");
    const CliResult s2 =
        run_cli({"key", "sign", "--scheme", scheme, "--suri", "//Bob", "--message", "hi"});
    ASSERT_EQ(s1.exit_code, 0) << s1.err;
    ASSERT_EQ(s2.exit_code, 0) << s2.err;
    // sr25519 signing is randomized (fresh witness entropy); the others are deterministic.
    EXPECT_EQ(trim(s1.out) == trim(s2.out), scheme != "sr25519");
    for (const CliResult* s : {&s1, &s2}) {
      const CliResult v =
          run_cli({"key", "verify", trim(s->out), address, "--scheme", scheme, "--message", "hi"});
      EXPECT_EQ(v.exit_code, 0) << v.err;
      expect_failure(
          {"key", "verify", trim(s->out), address, "--scheme", scheme, "--message", "ho"}, 1,
          "Signature invalid.");
    }
  }
}

TEST(KeyCli, UriFromAFile) {
  const std::string path = scratch_dir() + "/alice.suri";
  {
    std::ofstream f(path);
    f << "//Alice\n";
  }
  EXPECT_EQ(run_json({"key", "inspect", path, "--output-type", "json"}).value("ss58Address", ""),
            kAliceSs58);
}

TEST(KeyCli, BadInputIsReportedOnStderr) {
  const CliResult help = run_cli({"key", "help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("usage: subtensor-emu key"), std::string::npos) << help.out;

  // Usage errors: 2.
  expect_failure({"key"}, 2, "usage");
  expect_failure({"key", "frobnicate"}, 2, "unknown command");
  expect_failure({"key", "inspect", "//Alice", "--scheme", "rsa"}, 2, "unknown scheme 'rsa'");
  expect_failure({"key", "inspect", "//Alice", "--no-such-flag"}, 2, "unknown option");
  expect_failure({"key", "inspect"}, 2, "needs exactly one");
  expect_failure({"key", "inspect", "//Alice", "--network-prefix", "16384"}, 2, "--network-prefix");
  expect_failure({"key", "generate", "--words", "13"}, 2, "--words");
  expect_failure({"key", "generate", "--output-type", "yaml"}, 2, "--output-type");
  expect_failure({"key", "sign", "--message", "x"}, 2, "--suri");
  expect_failure({"key", "sign", "--suri", "//Alice", "--hex", "0xabc"}, 2, "--hex");
  expect_failure({"key", "verify", "0xzz", kAliceSs58, "--message", "x"}, 2,
                 "signature must be hex");
  expect_failure({"key", "verify", "0x00"}, 2, "needs SIGNATURE and PUBLIC");

  // Inputs that denote no key: 1.
  expect_failure({"key", "inspect", "sd.asd"}, 1, "invalid character in the phrase");
  expect_failure({"key", "inspect", "//Alice//"}, 1, "empty hard junction");
  expect_failure({"key", "inspect", "bottom drive obey lake curtain smoke basket hold race"}, 1,
                 "12, 15, 18, 21 or 24 words, this one has 9");
  expect_failure(
      {"key", "inspect", "bottom drive obey lake curtain smoke basket hold race lonely fit walx"},
      1, "'walx' is not a word");
  expect_failure(
      {"key", "inspect", "bottom drive obey lake curtain smoke basket hold race lonely walk fit"},
      1, "checksum");
  expect_failure({"key", "inspect", "0x1234"}, 1, "64 hex digits");
  expect_failure({"key", "inspect",
                  "0xfac7959dbfe72f052e5a0c3c8d6530f202b02fd8f9f5ca3580ec8deb77"
                  "97479g"},
                 1, "64 hex digits");
  expect_failure({"key", "inspect", "0x" + std::string(64, '0'), "--scheme", "ecdsa"}, 1,
                 "not a valid secp256k1 secret key");
  expect_failure({"key", "inspect", "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQZ"}, 1,
                 "invalid checksum");
  expect_failure({"key", "inspect", "--public", "0xd435"}, 1, "32 bytes, got 2");
  expect_failure({"key", "inspect", "--public", "xyz"}, 1, "invalid hex");
  // Soft junctions: none for ed25519/ecdsa (as Substrate), not implemented for sr25519 yet.
  expect_failure({"key", "inspect", "//Alice/soft"}, 1, "not supported yet for sr25519");
  expect_failure({"key", "inspect", "//Alice/0", "--scheme", "ed25519"}, 1,
                 "ed25519 keys have no soft derivation");
  expect_failure({"key", "inspect", kAliceSs58 + "/0"}, 1, "not supported yet");
  expect_failure({"key", "inspect", kAliceSs58 + "//0"}, 1, "cannot take a hard junction");
  expect_failure({"key", "sign", "--suri", "not a phrase at all", "--message", "x"}, 1,
                 "invalid secret phrase");
  expect_failure({"key", "verify", "0x00", kAliceSs58, "--message", "x"}, 1,
                 "signature is 64 bytes, got 1");
  expect_failure({"key", "verify", std::string(128, 'a'), "0x1234", "--message", "x"}, 1,
                 "32 bytes, got 2");
}

}  // namespace
