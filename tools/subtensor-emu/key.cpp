// `subtensor-emu key generate|inspect|sign|verify`: subkey's key utilities (sc-cli's
// generate.rs, inspect_key.rs, sign.rs, verify.rs and utils.rs) over secret_uri.hpp.
//
// Output follows subkey: the same field names and layout in text form, and in JSON the same keys
// (serde_json sorts them alphabetically, so does nlohmann::json). Deliberate differences:
//   * an invalid URI is an error on stderr with exit status 1 (subkey prints "Invalid phrase/URI
//     given" on stdout and exits 0); nothing is printed on stdout when a command fails;
//   * "SS58 Address" is always the SS58 of the account id; subkey prints the public key's SS58
//     there when inspecting a public key, which differs only for ecdsa (33-byte key);
//   * "Network ID" names only 0 (polkadot), 2 (kusama) and 42 (substrate), otherwise the number;
//   * the URI is never prompted for; a message missing from sign/verify is read from stdin.
// Exit status: 0 success (verify: valid), 1 failure (a URI, phrase, address or signature that is
// not valid; verify: invalid signature), 2 bad usage.
#include <sodium.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/primitives/crypto/sodium.hpp"
#include "tools/subtensor-emu/bip39.hpp"
#include "tools/subtensor-emu/commands.hpp"
#include "tools/subtensor-emu/secret_uri.hpp"

namespace subemu::tools {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

void print_key_usage(std::FILE* out) {
  std::fputs(
      "usage: subtensor-emu key <command> [options]\n"
      "\n"
      "  generate [--words 12|15|18|21|24] [--password P]\n"
      "      a fresh BIP39 secret phrase and its key\n"
      "  inspect URI|SS58 [--password P]     (URI: PHRASE, 0xSEED or //Alice, with\n"
      "  inspect --public 0xPUBLIC            //hard and /soft junctions and ///password)\n"
      "  sign --suri URI [--password P] [--message TEXT | --hex 0xBYTES]\n"
      "      prints the signature (hex); without --message/--hex the message is stdin\n"
      "  verify SIGNATURE PUBLIC|SS58 [--message TEXT | --hex 0xBYTES]\n"
      "      exit status 0 when valid, 1 when not\n"
      "\n"
      "common options:\n"
      "  --scheme sr25519|ed25519|ecdsa   (default sr25519)\n"
      "  --network-prefix N               SS58 prefix 0..16383 (default 42)\n"
      "  --output-type text|json          (generate, inspect; default text)\n"
      "A URI, SS58 or --suri value naming an existing file is read from that file.\n"
      "Soft junctions (/x) are not supported yet for sr25519; ed25519 and ecdsa have none.\n"
      "exit status: 0 ok (verify: valid), 1 invalid key, URI or signature, 2 bad usage\n",
      out);
}

enum class OutputType : uint8_t { kText, kJson };

// Flags accepted by a subcommand.
enum Flag : unsigned {
  kFlagScheme = 1U << 0,
  kFlagNetwork = 1U << 1,
  kFlagOutput = 1U << 2,
  kFlagPassword = 1U << 3,
  kFlagWords = 1U << 4,
  kFlagPublic = 1U << 5,
  kFlagSuri = 1U << 6,
  kFlagMessage = 1U << 7,
};

struct KeyOptions {
  Scheme scheme = Scheme::kSr25519;
  std::optional<uint16_t> network;
  OutputType output = OutputType::kText;
  std::optional<std::string> password;
  unsigned words = 12;
  bool public_hex = false;
  std::optional<std::string> suri;
  std::optional<Bytes> message;
  std::vector<std::string> operands;
};

void complain(std::string_view command, const std::string& message) {
  std::fprintf(stderr, "key %.*s: %s\n", static_cast<int>(command.size()), command.data(),
               message.c_str());
}

std::optional<unsigned long> parse_decimal(std::string_view text, unsigned long max) {
  if (text.empty() || text.size() > 9) return std::nullopt;
  unsigned long v = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<unsigned long>(c - '0');
  }
  if (v > max) return std::nullopt;
  return v;
}

// Parses `args` for `command`, accepting the flags in `allowed`. Prints the problem and returns
// false on bad usage.
bool parse_key_options(std::string_view command, const std::vector<std::string_view>& args,
                       unsigned allowed, KeyOptions& out) {
  for (size_t i = 0; i < args.size(); ++i) {
    std::string_view name = args[i];
    std::optional<std::string_view> inline_value;
    if (name.starts_with("--")) {
      if (const size_t eq = name.find('='); eq != std::string_view::npos) {
        inline_value = name.substr(eq + 1);
        name = name.substr(0, eq);
      }
    } else if (name.size() > 1 && name.starts_with("-")) {
      complain(command, "unknown option '" + std::string(name) + "'");
      return false;
    } else {
      out.operands.emplace_back(name);
      continue;
    }
    auto value = [&](std::string_view& dst) {
      if (inline_value) {
        dst = *inline_value;
        return true;
      }
      if (i + 1 >= args.size()) {
        complain(command, std::string(name) + " needs a value");
        return false;
      }
      dst = args[++i];
      return true;
    };
    auto accepts = [&](Flag f) { return (allowed & f) != 0; };
    std::string_view v;
    if (name == "--scheme" && accepts(kFlagScheme)) {
      if (!value(v)) return false;
      const std::optional<Scheme> s = parse_scheme(v);
      if (!s) {
        complain(command, "unknown scheme '" + std::string(v) + "' (sr25519, ed25519 or ecdsa)");
        return false;
      }
      out.scheme = *s;
    } else if (name == "--network-prefix" && accepts(kFlagNetwork)) {
      if (!value(v)) return false;
      const auto n = parse_decimal(v, crypto::kSs58MaxPrefix);
      if (!n) {
        complain(command, "--network-prefix takes a number 0..16383, not '" + std::string(v) + "'");
        return false;
      }
      out.network = static_cast<uint16_t>(*n);
    } else if (name == "--output-type" && accepts(kFlagOutput)) {
      if (!value(v)) return false;
      if (v == "text") {
        out.output = OutputType::kText;
      } else if (v == "json") {
        out.output = OutputType::kJson;
      } else {
        complain(command, "--output-type is text or json, not '" + std::string(v) + "'");
        return false;
      }
    } else if (name == "--password" && accepts(kFlagPassword)) {
      if (!value(v)) return false;
      out.password = std::string(v);
    } else if (name == "--words" && accepts(kFlagWords)) {
      if (!value(v)) return false;
      const auto n = parse_decimal(v, 24);
      if (!n || *n < 12 || *n % 3 != 0) {
        complain(command, "--words is 12, 15, 18, 21 or 24, not '" + std::string(v) + "'");
        return false;
      }
      out.words = static_cast<unsigned>(*n);
    } else if (name == "--public" && accepts(kFlagPublic) && !inline_value) {
      out.public_hex = true;
    } else if (name == "--suri" && accepts(kFlagSuri)) {
      if (!value(v)) return false;
      out.suri = std::string(v);
    } else if (name == "--message" && accepts(kFlagMessage)) {
      if (!value(v)) return false;
      if (out.message) {
        complain(command, "give the message once (--message or --hex)");
        return false;
      }
      const ByteView text = as_bytes(v);
      out.message = Bytes(text.begin(), text.end());
    } else if (name == "--hex" && accepts(kFlagMessage)) {
      if (!value(v)) return false;
      if (out.message) {
        complain(command, "give the message once (--message or --hex)");
        return false;
      }
      std::optional<Bytes> bytes = from_hex(v);
      if (!bytes) {
        complain(command, "--hex takes hex bytes (0x...), not '" + std::string(v) + "'");
        return false;
      }
      out.message = std::move(*bytes);
    } else {
      complain(command, "unknown option '" + std::string(name) + "'");
      return false;
    }
  }
  return true;
}

// All bytes of `f` (stdio: iostream iterators trip GCC's -Wnull-dereference).
std::string read_all(std::FILE* f) {
  std::string out;
  char buf[4096];
  size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) out.append(buf, n);
  return out;
}

// sc-cli utils::read_uri: a value naming an existing file stands for the file's content (with
// trailing whitespace removed).
std::string read_uri(const std::string& value) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(value, ec)) return value;
  std::FILE* f = std::fopen(value.c_str(), "rb");
  if (f == nullptr) return value;
  std::string content = read_all(f);
  std::fclose(f);
  while (!content.empty() && (content.back() == ' ' || content.back() == '\n' ||
                              content.back() == '\r' || content.back() == '\t')) {
    content.pop_back();
  }
  return content;
}

Bytes read_stdin() {
  const std::string content = read_all(stdin);
  return Bytes(content.begin(), content.end());
}

std::string format_seed(const std::optional<ByteArray<32>>& seed) {
  return seed ? to_hex(*seed) : std::string("n/a");
}

// The fields subkey prints for a key.
struct KeyReport {
  Scheme scheme = Scheme::kSr25519;
  Bytes public_key;
  uint16_t prefix = crypto::kSs58SubstratePrefix;
  std::string public_ss58() const { return ss58_encode_bytes(public_key, prefix); }
  std::string account_hex() const { return account_id(scheme, public_key).to_hex(); }
  std::string account_ss58() const {
    return ss58_encode_bytes(account_id(scheme, public_key).view(), prefix);
  }
};

// Text and JSON layouts of sc-cli utils::print_from_uri / print_from_public.
enum class Origin : uint8_t { kPhrase, kSecretUri, kPublicUri, kPublicHex };

void print_report(Origin origin, const std::string& uri, const std::optional<ByteArray<32>>& seed,
                  const KeyReport& r, OutputType output) {
  const std::string network = network_name(r.prefix);
  if (output == OutputType::kJson) {
    nlohmann::json j;
    switch (origin) {
      case Origin::kPhrase:
        j["secretPhrase"] = uri;
        break;
      case Origin::kSecretUri:
        j["secretKeyUri"] = uri;
        break;
      case Origin::kPublicUri:
        j["publicKeyUri"] = uri;
        break;
      case Origin::kPublicHex:
        break;
    }
    if (origin == Origin::kPhrase || origin == Origin::kSecretUri) {
      j["secretSeed"] = format_seed(seed);
    }
    j["networkId"] = network;
    j["publicKey"] = to_hex(r.public_key);
    j["accountId"] = r.account_hex();
    j["ss58PublicKey"] = r.public_ss58();
    j["ss58Address"] = r.account_ss58();
    std::printf("%s\n", j.dump(2).c_str());
    return;
  }
  if (origin == Origin::kPhrase || origin == Origin::kSecretUri) {
    if (origin == Origin::kPhrase) {
      std::printf("Secret phrase:       %s\n", uri.c_str());
    } else {
      std::printf("Secret Key URI `%s` is account:\n", uri.c_str());
    }
    std::printf(
        "  Network ID:        %s\n"
        "  Secret seed:       %s\n"
        "  Public key (hex):  %s\n"
        "  Account ID:        %s\n"
        "  Public key (SS58): %s\n"
        "  SS58 Address:      %s\n",
        network.c_str(), format_seed(seed).c_str(), to_hex(r.public_key).c_str(),
        r.account_hex().c_str(), r.public_ss58().c_str(), r.account_ss58().c_str());
    return;
  }
  if (origin == Origin::kPublicUri) {
    std::printf("Public Key URI `%s` is account:\n  ", uri.c_str());
  }
  std::printf(
      "Network ID/Version: %s\n"
      "  Public key (hex):   %s\n"
      "  Account ID:         %s\n"
      "  Public key (SS58):  %s\n"
      "  SS58 Address:       %s\n",
      network.c_str(), to_hex(r.public_key).c_str(), r.account_hex().c_str(),
      r.public_ss58().c_str(), r.account_ss58().c_str());
}

// True when `text` looks like an SS58 address rather than a secret (for choosing which error to
// report when nothing parses).
bool looks_like_ss58(std::string_view text) {
  if (text.size() < 35 || text.starts_with("0x")) return false;
  for (const char c : text) {
    const bool base58 = (c >= '1' && c <= '9') || (c >= 'A' && c <= 'Z' && c != 'I' && c != 'O') ||
                        (c >= 'a' && c <= 'z' && c != 'l');
    if (!base58) return false;
  }
  return true;
}

// sc-cli utils::print_from_uri: a bare phrase, else a secret URI, else a public key URI.
int inspect_uri(const std::string& uri, const KeyOptions& o) {
  const std::optional<std::string_view> password =
      o.password ? std::optional<std::string_view>(*o.password) : std::nullopt;
  KeyReport report;
  report.scheme = o.scheme;
  report.prefix = o.network.value_or(crypto::kSs58SubstratePrefix);
  if (auto phrase = pair_from_phrase(o.scheme, uri, password)) {
    report.public_key = phrase->pair.public_key;
    print_report(Origin::kPhrase, uri, phrase->seed, report, o.output);
    return kExitOk;
  }
  auto secret = pair_from_secret_uri(o.scheme, uri, password);
  if (secret) {
    report.public_key = secret->pair.public_key;
    print_report(Origin::kSecretUri, uri, secret->seed, report, o.output);
    return kExitOk;
  }
  auto pub = public_from_ss58_uri(o.scheme, uri);
  if (pub) {
    report.public_key = pub->public_key;
    report.prefix = o.network.value_or(pub->prefix);
    print_report(Origin::kPublicUri, uri, std::nullopt, report, o.output);
    return kExitOk;
  }
  const auto parts = parse_address_uri(uri);
  const bool ss58_like = parts && parts->phrase && looks_like_ss58(*parts->phrase);
  complain("inspect", ss58_like ? pub.error().message : secret.error().message);
  return kExitFailure;
}

int run_generate(const std::vector<std::string_view>& args) {
  KeyOptions o;
  if (!parse_key_options("generate", args,
                         kFlagScheme | kFlagNetwork | kFlagOutput | kFlagPassword | kFlagWords,
                         o)) {
    return kExitUsage;
  }
  if (!o.operands.empty()) {
    complain("generate", "takes no operand ('" + o.operands.front() + "')");
    return kExitUsage;
  }
  crypto::ensure_sodium();
  Bytes entropy(o.words * 4 / 3);
  randombytes_buf(entropy.data(), entropy.size());
  const std::string phrase = bip39::entropy_to_phrase(entropy);
  sodium_memzero(entropy.data(), entropy.size());
  return inspect_uri(phrase, o);
}

int run_inspect(const std::vector<std::string_view>& args) {
  KeyOptions o;
  if (!parse_key_options("inspect", args,
                         kFlagScheme | kFlagNetwork | kFlagOutput | kFlagPassword | kFlagPublic,
                         o)) {
    return kExitUsage;
  }
  if (o.operands.size() != 1) {
    complain("inspect", "needs exactly one URI, SS58 address or (with --public) hex public key");
    return kExitUsage;
  }
  const std::string uri = read_uri(o.operands.front());
  if (!o.public_hex) return inspect_uri(uri, o);
  auto pk = public_from_hex(o.scheme, uri);
  if (!pk) {
    complain("inspect", pk.error().message);
    return kExitFailure;
  }
  KeyReport report;
  report.scheme = o.scheme;
  report.public_key = std::move(*pk);
  report.prefix = o.network.value_or(crypto::kSs58SubstratePrefix);
  print_report(Origin::kPublicHex, uri, std::nullopt, report, o.output);
  return kExitOk;
}

int run_sign(const std::vector<std::string_view>& args) {
  KeyOptions o;
  if (!parse_key_options("sign", args, kFlagScheme | kFlagPassword | kFlagSuri | kFlagMessage, o)) {
    return kExitUsage;
  }
  if (!o.suri) {
    complain("sign", "needs --suri URI (the secret key)");
    return kExitUsage;
  }
  if (!o.operands.empty()) {
    complain("sign", "unexpected operand '" + o.operands.front() + "'");
    return kExitUsage;
  }
  const std::optional<std::string_view> password =
      o.password ? std::optional<std::string_view>(*o.password) : std::nullopt;
  auto pair = pair_from_secret_uri(o.scheme, read_uri(*o.suri), password);
  if (!pair) {
    complain("sign", pair.error().message);
    return kExitFailure;
  }
  const Bytes message = o.message ? *o.message : read_stdin();
  crypto::ensure_sodium();
  ByteArray<32> entropy{};
  randombytes_buf(entropy.data(), entropy.size());
  const Bytes signature = sign(pair->pair, message, entropy);
  sodium_memzero(entropy.data(), entropy.size());
  std::printf("%s\n", to_hex(signature).c_str());
  return kExitOk;
}

// sc-cli verify.rs: the key is hex (with or without 0x) of a public key, else an SS58 URI.
int run_verify(const std::vector<std::string_view>& args) {
  KeyOptions o;
  if (!parse_key_options("verify", args, kFlagScheme | kFlagMessage, o)) return kExitUsage;
  if (o.operands.size() != 2) {
    complain("verify", "needs SIGNATURE and PUBLIC (hex public key or SS58 address)");
    return kExitUsage;
  }
  const std::optional<Bytes> signature = from_hex(o.operands[0]);
  if (!signature) {
    complain("verify", "the signature must be hex, not '" + o.operands[0] + "'");
    return kExitUsage;
  }
  if (signature->size() != signature_size(o.scheme)) {
    complain("verify", "an " + std::string(scheme_name(o.scheme)) + " signature is " +
                           std::to_string(signature_size(o.scheme)) + " bytes, got " +
                           std::to_string(signature->size()));
    return kExitFailure;
  }
  std::string key = read_uri(o.operands[1]);
  if (key.starts_with("0x")) key.erase(0, 2);
  Bytes public_key;
  if (from_hex(key)) {
    auto pk = public_from_hex(o.scheme, key);
    if (!pk) {
      complain("verify", pk.error().message);
      return kExitFailure;
    }
    public_key = std::move(*pk);
  } else {
    auto pk = public_from_ss58_uri(o.scheme, key);
    if (!pk) {
      complain("verify", pk.error().message);
      return kExitFailure;
    }
    public_key = std::move(pk->public_key);
  }
  const Bytes message = o.message ? *o.message : read_stdin();
  if (!verify(o.scheme, *signature, message, public_key)) {
    std::fputs("Signature invalid.\n", stderr);
    return kExitFailure;
  }
  std::puts("Signature verifies correctly.");
  return kExitOk;
}

}  // namespace

int run_key(const std::vector<std::string_view>& args) {
  if (args.empty()) {
    print_key_usage(stderr);
    return kExitUsage;
  }
  const std::string_view command = args.front();
  const std::vector<std::string_view> rest(args.begin() + 1, args.end());
  if (command == "help" || command == "--help" || command == "-h") {
    print_key_usage(stdout);
    return kExitOk;
  }
  if (command == "generate") return run_generate(rest);
  if (command == "inspect") return run_inspect(rest);
  if (command == "sign") return run_sign(rest);
  if (command == "verify") return run_verify(rest);
  std::fprintf(stderr, "key: unknown command '%.*s'\n\n", static_cast<int>(command.size()),
               command.data());
  print_key_usage(stderr);
  return kExitUsage;
}

}  // namespace subemu::tools
