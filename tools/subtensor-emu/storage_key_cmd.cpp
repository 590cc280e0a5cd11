// `subtensor-emu storage-key PALLET ITEM [KEY...]`: the raw storage key of a FRAME storage item,
//   twox_128(PALLET) ++ twox_128(ITEM) ++ hasher_1(SCALE(key_1)) ++ ... (storage/storage_key.hpp)
// Fewer keys than the item has give its iteration prefix, as FRAME's iter_prefix does.
//
// Each KEY is HASHER:TYPE:VALUE:
//   HASHER  blake2_128_concat | twox64_concat | identity | blake2_128 | blake2_256 | twox_128 |
//           twox_256 (FRAME's spelling, e.g. Blake2_128Concat, is accepted too)
//   TYPE    u8 | u16 | u32 | u64 | u128 (decimal) | account (SS58 or 0x + 64 hex digits, SCALE
//           [u8; 32]) | hex (bytes that are already SCALE-encoded, written as they are)
// A bare VALUE (no colon) takes the hasher and type from the runtime's item registry (the items of
// the modelled pallets); other items must spell them out.
// Exit status: 0 success, 2 bad usage (including a VALUE that is not of its TYPE).
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "runtime/primitives/crypto/ss58.hpp"
#include "runtime/runtime.hpp"
#include "storage/storage_key.hpp"
#include "tools/subtensor-emu/commands.hpp"

namespace subemu::tools {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;

enum class KeyType : uint8_t { kU8, kU16, kU32, kU64, kU128, kAccount, kHex };

// How one key of an item is hashed and encoded.
struct KeyParam {
  storage::HasherKind hasher = storage::HasherKind::kIdentity;
  KeyType type = KeyType::kHex;
};

// The key parameters of PALLET.ITEM from the runtime's item registry, in declaration order, or
// nullopt when the item is unknown. Key types other than integers and 32-byte ids take hex
// (already SCALE-encoded bytes).
std::optional<std::vector<KeyParam>> lookup_item_keys(std::string_view pallet,
                                                      std::string_view item) {
  const runtime::metadata::ItemDesc* desc = runtime::runtime_registry().item(pallet, item);
  if (desc == nullptr) return std::nullopt;
  std::vector<KeyParam> out;
  for (size_t i = 0; i < desc->hashers.size(); ++i) {
    KeyParam p;
    p.hasher = desc->hashers[i];
    const runtime::metadata::TypeDesc& t = *desc->keys[i];
    using Kind = runtime::metadata::TypeDesc::Kind;
    if (t.kind == Kind::kUint && t.bits == 8) {
      p.type = KeyType::kU8;
    } else if (t.kind == Kind::kUint && t.bits == 16) {
      p.type = KeyType::kU16;
    } else if (t.kind == Kind::kUint && t.bits == 32) {
      p.type = KeyType::kU32;
    } else if (t.kind == Kind::kUint && t.bits == 64) {
      p.type = KeyType::kU64;
    } else if (t.kind == Kind::kUint && t.bits == 128) {
      p.type = KeyType::kU128;
    } else if (t.kind == Kind::kByteArray && t.length == 32) {
      p.type = KeyType::kAccount;
    } else {
      p.type = KeyType::kHex;
    }
    out.push_back(p);
  }
  return out;
}

void print_storage_key_usage(std::FILE* out) {
  std::fputs(
      "usage: subtensor-emu storage-key PALLET ITEM [HASHER:TYPE:VALUE ...]\n"
      "  HASHER  blake2_128_concat | twox64_concat | identity | blake2_128 | blake2_256 |\n"
      "          twox_128 | twox_256\n"
      "  TYPE    u8 | u16 | u32 | u64 | u128 | account (SS58 or 0x hex) | hex (SCALE bytes)\n"
      "prints twox128(PALLET) ++ twox128(ITEM) ++ each hashed key; fewer keys than the item\n"
      "has give its iteration prefix.\n"
      "example: subtensor-emu storage-key System Account "
      "blake2_128_concat:account:5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY\n",
      out);
}

void complain(const std::string& message) {
  std::fprintf(stderr, "storage-key: %s\n", message.c_str());
}

// Lower case without underscores, so that "Blake2_128Concat" and "blake2_128_concat" agree.
std::string normalized(std::string_view name) {
  std::string out;
  for (const char c : name) {
    if (c == '_') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

std::optional<storage::HasherKind> parse_hasher(std::string_view name) {
  using storage::HasherKind;
  const std::string n = normalized(name);
  if (n == "blake2128concat") return HasherKind::kBlake2_128Concat;
  if (n == "twox64concat") return HasherKind::kTwox64Concat;
  if (n == "identity") return HasherKind::kIdentity;
  if (n == "blake2128") return HasherKind::kBlake2_128;
  if (n == "blake2256") return HasherKind::kBlake2_256;
  if (n == "twox128") return HasherKind::kTwox128;
  if (n == "twox256") return HasherKind::kTwox256;
  return std::nullopt;
}

std::optional<KeyType> parse_type(std::string_view name) {
  const std::string n = normalized(name);
  if (n == "u8") return KeyType::kU8;
  if (n == "u16") return KeyType::kU16;
  if (n == "u32") return KeyType::kU32;
  if (n == "u64") return KeyType::kU64;
  if (n == "u128") return KeyType::kU128;
  if (n == "account" || n == "accountid" || n == "accountid32") return KeyType::kAccount;
  if (n == "hex") return KeyType::kHex;
  return std::nullopt;
}

template <class T>
std::optional<Bytes> encode_unsigned(std::string_view value, u128 max) {
  const std::optional<u128> v = parse_u128(value);
  if (!v || *v > max) return std::nullopt;
  return scale::encode(static_cast<T>(*v));
}

// SCALE encoding of `value` as `type`, or nullopt with the reason in `why`.
std::optional<Bytes> encode_value(KeyType type, std::string_view value, std::string& why) {
  std::optional<Bytes> out;
  switch (type) {
    case KeyType::kU8:
      out = encode_unsigned<uint8_t>(value, UINT8_MAX);
      break;
    case KeyType::kU16:
      out = encode_unsigned<uint16_t>(value, UINT16_MAX);
      break;
    case KeyType::kU32:
      out = encode_unsigned<uint32_t>(value, UINT32_MAX);
      break;
    case KeyType::kU64:
      out = encode_unsigned<uint64_t>(value, UINT64_MAX);
      break;
    case KeyType::kU128:
      out = encode_unsigned<u128>(value, ~u128{0});
      break;
    case KeyType::kAccount:
      if (value.starts_with("0x")) {
        if (const auto id = AccountId32::from_hex(value)) return scale::encode(*id);
        why = "an account in hex is 0x followed by 64 hex digits";
        return std::nullopt;
      } else {
        const auto addr = crypto::ss58_decode(value);
        if (addr) return scale::encode(addr->account);
        why = std::string("not an SS58 address (") + crypto::to_string(addr.error()) + ")";
        return std::nullopt;
      }
    case KeyType::kHex:
      out = from_hex(value);
      if (!out) why = "not hex bytes";
      return out;
  }
  if (!out) why = "not a decimal number in the type's range";
  return out;
}

}  // namespace

int run_storage_key(const std::vector<std::string_view>& args) {
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
    print_storage_key_usage(stdout);
    return kExitOk;
  }
  if (args.size() < 2) {
    print_storage_key_usage(stderr);
    return kExitUsage;
  }
  for (const std::string_view a : args) {
    if (a.size() > 1 && a.starts_with("-")) {
      complain("unknown option '" + std::string(a) + "'");
      return kExitUsage;
    }
  }
  const std::string_view pallet = args[0];
  const std::string_view item = args[1];
  const std::optional<std::vector<KeyParam>> registry = lookup_item_keys(pallet, item);

  const storage::StoragePrefix prefix = storage::storage_prefix(pallet, item);
  Bytes key(prefix.begin(), prefix.end());
  for (size_t i = 2; i < args.size(); ++i) {
    const std::string_view spec = args[i];
    KeyParam param;
    std::string_view value = spec;
    const size_t c1 = spec.find(':');
    if (c1 == std::string_view::npos) {
      if (!registry) {
        complain("key '" + std::string(spec) +
                 "' needs its hasher and type: HASHER:TYPE:VALUE (the registry does not know " +
                 std::string(pallet) + "." + std::string(item) + ")");
        return kExitUsage;
      }
      if (i - 2 >= registry->size()) {
        complain(std::string(pallet) + "." + std::string(item) + " has " +
                 std::to_string(registry->size()) + " key(s), " +
                 std::to_string(args.size() - 2) + " given");
        return kExitUsage;
      }
      param = (*registry)[i - 2];
    } else {
      const size_t c2 = spec.find(':', c1 + 1);
      if (c2 == std::string_view::npos) {
        complain("key '" + std::string(spec) + "' is not HASHER:TYPE:VALUE");
        return kExitUsage;
      }
      const std::string_view hasher_name = spec.substr(0, c1);
      const std::string_view type_name = spec.substr(c1 + 1, c2 - c1 - 1);
      value = spec.substr(c2 + 1);
      const auto hasher = parse_hasher(hasher_name);
      if (!hasher) {
        complain("unknown hasher '" + std::string(hasher_name) +
                 "' (blake2_128_concat, twox64_concat, identity, blake2_128, blake2_256, "
                 "twox_128, twox_256)");
        return kExitUsage;
      }
      const auto type = parse_type(type_name);
      if (!type) {
        complain("unknown key type '" + std::string(type_name) +
                 "' (u8, u16, u32, u64, u128, account, hex)");
        return kExitUsage;
      }
      param = {*hasher, *type};
    }
    std::string why;
    const std::optional<Bytes> encoded = encode_value(param.type, value, why);
    if (!encoded) {
      complain("bad key value '" + std::string(value) + "': " + why);
      return kExitUsage;
    }
    storage::append_hashed(param.hasher, *encoded, key);
  }
  std::printf("%s\n", to_hex(key).c_str());
  return kExitOk;
}

}  // namespace subemu::tools
