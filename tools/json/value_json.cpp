// JSON <-> dynamic values (value_json.hpp). Both directions walk the TypeDesc; from_json keeps
// the JSON path of the current node so that an error can name it.
#include "tools/json/value_json.hpp"

#include <exception>
#include <utility>
#include <vector>

#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/crypto/ss58.hpp"

namespace subemu::tools::json {

namespace md = runtime::metadata;
using Kind = md::TypeDesc::Kind;
using VK = md::Value::Kind;

namespace {

bool is_account(const md::TypeDesc& t) {
  return t.kind == Kind::kByteArray && t.length == 32 && t.name == "AccountId32";
}

u128 max_for_bits(uint32_t bits) { return bits >= 128 ? ~u128{0} : (u128{1} << bits) - 1; }

Json invalid(const std::string& what) { return Json("<invalid: " + what + ">"); }

// ---- to_json ----------------------------------------------------------------------------------

Json to_json_rec(const md::TypeDesc& t, const md::Value& v, const md::Registry* reg);

Json uint_json(uint32_t bits, const md::Value& v) {
  if (v.kind != VK::kUint) return invalid("expected an unsigned integer");
  if (bits <= 32) return Json(static_cast<uint64_t>(v.uint));
  return Json(to_decimal(v.uint));
}

Json int_json(uint32_t bits, const md::Value& v) {
  if (v.kind != VK::kInt) return invalid("expected a signed integer");
  if (bits <= 32) return Json(static_cast<int64_t>(v.as_int()));
  return Json(to_decimal(v.as_int()));
}

// Fields as an object by name, or an array when unnamed.
Json fields_json(const std::vector<md::Field>& fields, const std::vector<md::Value>& items,
                 const md::Registry* reg) {
  if (items.size() != fields.size()) return invalid("wrong field count");
  if (!fields.empty() && !fields.front().name.empty()) {
    Json obj = Json::object();
    for (size_t i = 0; i < fields.size(); ++i) {
      obj[fields[i].name] = to_json_rec(*fields[i].type, items[i], reg);
    }
    return obj;
  }
  Json arr = Json::array();
  for (size_t i = 0; i < fields.size(); ++i)
    arr.push_back(to_json_rec(*fields[i].type, items[i], reg));
  return arr;
}

Json call_json(const md::Value& v, const md::Registry* reg) {
  if (v.kind != VK::kCall) return invalid("expected a call");
  const md::PalletDesc* p = reg == nullptr ? nullptr : reg->pallet_by_index(v.index);
  const md::CallDesc* c = p == nullptr ? nullptr : p->call_by_index(v.index2);
  if (c == nullptr) {
    return invalid("unknown call " + std::to_string(v.index) + "." + std::to_string(v.index2));
  }
  Json args = Json::object();
  if (v.items.size() != c->args.size()) return invalid("wrong argument count");
  for (size_t i = 0; i < c->args.size(); ++i) {
    const std::string name = c->args[i].name.empty() ? std::to_string(i) : c->args[i].name;
    args[name] = to_json_rec(*c->args[i].type, v.items[i], reg);
  }
  return Json{{"pallet", p->name}, {"call", c->name}, {"args", std::move(args)}};
}

Json to_json_rec(const md::TypeDesc& t, const md::Value& v, const md::Registry* reg) {
  switch (t.kind) {
    case Kind::kUint:
      return uint_json(t.bits, v);
    case Kind::kInt:
      return int_json(t.bits, v);
    case Kind::kCompact:
      return uint_json(t.inner != nullptr ? t.inner->bits : 128, v);
    case Kind::kFixed: {
      const bool is_signed = t.inner != nullptr && t.inner->kind == Kind::kInt;
      if (v.kind != (is_signed ? VK::kInt : VK::kUint)) return invalid("expected fixed-point bits");
      return Json{{"bits", is_signed ? to_decimal(v.as_int()) : to_decimal(v.uint)}};
    }
    case Kind::kBool:
      if (v.kind != VK::kBool) return invalid("expected a bool");
      return Json(v.boolean);
    case Kind::kString:
      if (v.kind != VK::kString) return invalid("expected a string");
      return Json(v.text);
    case Kind::kBytes:
    case Kind::kByteArray:
      if (v.kind != VK::kBytes) return invalid("expected bytes");
      return Json(to_hex(v.bytes));
    case Kind::kSeq:
    case Kind::kArray: {
      if (v.kind != VK::kSeq) return invalid("expected a sequence");
      Json arr = Json::array();
      for (const md::Value& item : v.items) arr.push_back(to_json_rec(*t.inner, item, reg));
      return arr;
    }
    case Kind::kTuple:
      if (v.kind != VK::kSeq) return invalid("expected a tuple");
      if (t.fields.empty()) return v.items.empty() ? Json(nullptr) : invalid("wrong field count");
      return fields_json(t.fields, v.items, reg);
    case Kind::kStruct:
      if (v.kind != VK::kSeq) return invalid("expected a struct");
      if (t.fields.empty()) return v.items.empty() ? Json::object() : invalid("wrong field count");
      return fields_json(t.fields, v.items, reg);
    case Kind::kEnum: {
      if (v.kind != VK::kVariant) return invalid("expected an enum variant");
      const md::Variant* var = t.variant_by_index(v.index);
      if (var == nullptr) return invalid("unknown variant " + std::to_string(v.index));
      if (var->fields.empty()) return Json(var->name);
      Json payload = (var->fields.size() == 1 && var->fields[0].name.empty())
                         ? (v.items.size() == 1 ? to_json_rec(*var->fields[0].type, v.items[0], reg)
                                                : invalid("wrong field count"))
                         : fields_json(var->fields, v.items, reg);
      Json obj = Json::object();
      obj[var->name] = std::move(payload);
      return obj;
    }
    case Kind::kOption:
      if (v.kind != VK::kVariant || v.index > 1 || v.items.size() != v.index) {
        return invalid("expected an option");
      }
      return v.index == 0 ? Json(nullptr) : to_json_rec(*t.inner, v.items[0], reg);
    case Kind::kCall:
      return call_json(v, reg);
  }
  return invalid("unknown type kind");
}

// ---- from_json --------------------------------------------------------------------------------

using Parsed = Result<md::Value, std::string>;

class Parser {
 public:
  Parser(const FromJsonOptions& options, std::string root)
      : opts_(options), path_(std::move(root)) {}

  Parsed parse(const md::TypeDesc& t, const Json& j) {
    switch (t.kind) {
      case Kind::kUint:
        return parse_int(j, false, t.bits);
      case Kind::kInt:
        return parse_int(j, true, t.bits);
      case Kind::kCompact:
        return parse_int(j, false, t.inner != nullptr ? t.inner->bits : 128);
      case Kind::kFixed: {
        if (!j.is_object() || j.size() != 1 || !j.contains("bits")) {
          return fail("expected {\"bits\": \"<raw bits>\"} for " + t.name);
        }
        Scope s(*this, ".bits");
        return parse_int(j.at("bits"), t.inner != nullptr && t.inner->kind == Kind::kInt, t.bits);
      }
      case Kind::kBool:
        if (!j.is_boolean()) return fail("expected true or false");
        return md::Value::of_bool(j.get<bool>());
      case Kind::kString:
        if (!j.is_string()) return fail("expected a string");
        return md::Value::of_string(j.get<std::string>());
      case Kind::kBytes:
        return parse_hex(j, std::nullopt);
      case Kind::kByteArray:
        if (is_account(t)) return parse_account(j);
        return parse_hex(j, t.length);
      case Kind::kSeq:
        return parse_elements(*t.inner, j, std::nullopt);
      case Kind::kArray:
        return parse_elements(*t.inner, j, t.length);
      case Kind::kTuple:
        if (t.fields.empty()) {
          if (j.is_null() || (j.is_array() && j.empty())) return md::Value::seq({});
          return fail("expected null for ()");
        }
        return parse_fields(t.fields, j);
      case Kind::kStruct:
        return parse_fields(t.fields, j);
      case Kind::kEnum:
        return parse_enum(t, j);
      case Kind::kOption: {
        if (j.is_null()) return md::Value::variant(0, {});
        SUBEMU_TRY_ASSIGN(md::Value inner, parse(*t.inner, j));
        std::vector<md::Value> items;
        items.push_back(std::move(inner));
        return md::Value::variant(1, std::move(items));
      }
      case Kind::kCall:
        return parse_call(j);
    }
    return fail("unsupported type " + t.name);
  }

 private:
  // Appends a path segment for the lifetime of the scope.
  class Scope {
   public:
    Scope(Parser& p, const std::string& segment) : p_(p), len_(p.path_.size()) {
      p_.path_ += segment;
    }
    ~Scope() { p_.path_.resize(len_); }
    Scope(const Scope&) = delete;
    Scope& operator=(const Scope&) = delete;

   private:
    Parser& p_;
    size_t len_;
  };

  Parsed fail(const std::string& what) const { return unexpected(path_ + ": " + what); }

  Parsed parse_int(const Json& j, bool is_signed, uint32_t bits) {
    const std::string width = std::string(is_signed ? "i" : "u") + std::to_string(bits);
    if (j.is_number_unsigned()) {
      const auto x = static_cast<u128>(j.get<uint64_t>());
      return range_checked(is_signed, bits, false, x, width);
    }
    if (j.is_number_integer()) {
      const int64_t x = j.get<int64_t>();
      return range_checked(is_signed, bits, x < 0, static_cast<u128>(unsigned_abs(x)), width);
    }
    if (j.is_number_float()) return fail("expected an integer (" + width + "), got a fraction");
    if (j.is_string()) {
      std::string_view s = j.get_ref<const std::string&>();
      const bool neg = !s.empty() && s.front() == '-';
      if (neg) s.remove_prefix(1);
      if (s.empty() || s.size() > 40)
        return fail("'" + j.get<std::string>() + "' is not a " + width);
      for (const char ch : s) {
        if (ch < '0' || ch > '9') {
          return fail("'" + j.get<std::string>() + "' is not a decimal integer (" + width + ")");
        }
      }
      const std::optional<u128> mag = parse_u128(s);
      if (!mag.has_value())
        return fail("'" + j.get<std::string>() + "' is out of range for " + width);
      return range_checked(is_signed, bits, neg, *mag, width);
    }
    return fail("expected an integer (" + width + ")");
  }

  Parsed range_checked(bool is_signed, uint32_t bits, bool neg, u128 mag,
                       const std::string& width) {
    if (!is_signed) {
      if (neg && mag != 0) return fail("negative value for " + width);
      if (mag > max_for_bits(bits)) return fail("value out of range for " + width);
      return md::Value::of_uint(mag);
    }
    const u128 pos_max = max_for_bits(bits - 1);
    if (neg ? mag > pos_max + 1 : mag > pos_max) return fail("value out of range for " + width);
    const u128 bits_value = neg ? u128{0} - mag : mag;
    md::Value v;
    v.kind = VK::kInt;
    v.uint = bits_value;
    return v;
  }

  Parsed parse_hex(const Json& j, std::optional<uint32_t> length) {
    if (!j.is_string()) return fail("expected 0x-prefixed hex");
    const std::string& s = j.get_ref<const std::string&>();
    if (s.size() < 2 || s[0] != '0' || s[1] != 'x') return fail("expected 0x-prefixed hex");
    std::optional<Bytes> b = from_hex(s);
    if (!b.has_value()) return fail("malformed hex '" + s + "'");
    if (length.has_value() && b->size() != *length) {
      return fail("expected " + std::to_string(*length) + " bytes of hex, got " +
                  std::to_string(b->size()));
    }
    return md::Value::of_bytes(std::move(*b));
  }

  Parsed parse_account(const Json& j) {
    if (!j.is_string()) return fail("expected an account (name, SS58 or 0x hex)");
    const std::string& s = j.get_ref<const std::string&>();
    if (s.size() >= 2 && s[0] == '0' && s[1] == 'x') return parse_hex(j, 32);
    if (opts_.accounts) {
      const std::optional<AccountId32> id = opts_.accounts(s);
      if (id.has_value()) return md::Value::of_bytes(Bytes(id->view().begin(), id->view().end()));
    }
    const Result<crypto::Ss58Address, crypto::Ss58Error> ss58 = crypto::ss58_decode(s);
    if (ss58.has_value()) {
      const ByteView raw = ss58->account.view();
      return md::Value::of_bytes(Bytes(raw.begin(), raw.end()));
    }
    return fail("unknown account '" + s + "'");
  }

  Parsed parse_elements(const md::TypeDesc& inner, const Json& j, std::optional<uint32_t> length) {
    if (!j.is_array()) return fail("expected an array");
    if (length.has_value() && j.size() != *length) {
      return fail("expected " + std::to_string(*length) + " elements, got " +
                  std::to_string(j.size()));
    }
    std::vector<md::Value> items;
    items.reserve(j.size());
    for (size_t i = 0; i < j.size(); ++i) {
      Scope s(*this, "[" + std::to_string(i) + "]");
      SUBEMU_TRY_ASSIGN(md::Value v, parse(inner, j[i]));
      items.push_back(std::move(v));
    }
    return md::Value::seq(std::move(items));
  }

  // Fields: an object by name (named fields) or an array (unnamed), all present.
  Result<std::vector<md::Value>, std::string> parse_field_values(
      const std::vector<md::Field>& fields, const Json& j, const char* what) {
    std::vector<md::Value> items;
    items.reserve(fields.size());
    const bool named = !fields.empty() && !fields.front().name.empty();
    if (!named) {
      if (!j.is_array()) return unexpected(path_ + ": expected an array");
      if (j.size() != fields.size()) {
        return unexpected(path_ + ": expected " + std::to_string(fields.size()) +
                          " elements, got " + std::to_string(j.size()));
      }
      for (size_t i = 0; i < fields.size(); ++i) {
        Scope s(*this, "[" + std::to_string(i) + "]");
        SUBEMU_TRY_ASSIGN(md::Value v, parse(*fields[i].type, j[i]));
        items.push_back(std::move(v));
      }
      return items;
    }
    if (!j.is_object()) return unexpected(path_ + ": expected an object");
    for (auto it = j.begin(); it != j.end(); ++it) {
      bool known = false;
      for (const md::Field& f : fields) known = known || f.name == it.key();
      if (!known) return unexpected(path_ + ": unknown " + what + " '" + it.key() + "'");
    }
    for (const md::Field& f : fields) {
      Scope s(*this, "." + f.name);
      if (!j.contains(f.name)) return unexpected(path_ + ": missing " + what);
      SUBEMU_TRY_ASSIGN(md::Value v, parse(*f.type, j.at(f.name)));
      items.push_back(std::move(v));
    }
    return items;
  }

  Parsed parse_fields(const std::vector<md::Field>& fields, const Json& j) {
    if (fields.empty()) {
      if (j.is_null() || (j.is_object() && j.empty()) || (j.is_array() && j.empty())) {
        return md::Value::seq({});
      }
      return fail("expected {}");
    }
    SUBEMU_TRY_ASSIGN(std::vector<md::Value> items, parse_field_values(fields, j, "field"));
    return md::Value::seq(std::move(items));
  }

  Parsed parse_enum(const md::TypeDesc& t, const Json& j) {
    if (j.is_string()) {
      const std::string& name = j.get_ref<const std::string&>();
      const md::Variant* var = t.variant_by_name(name);
      if (var != nullptr && var->fields.empty()) return md::Value::variant(var->index, {});
      if (var != nullptr) return fail("variant '" + name + "' of " + t.name + " needs a value");
      // MultiAddress-like enums: a bare account stands for Id(account).
      const md::Variant* id = t.variant_by_name("Id");
      if (id != nullptr && id->fields.size() == 1 && is_account(*id->fields[0].type)) {
        SUBEMU_TRY_ASSIGN(md::Value acc, parse_account(j));
        std::vector<md::Value> items;
        items.push_back(std::move(acc));
        return md::Value::variant(id->index, std::move(items));
      }
      return fail("unknown variant '" + name + "' of " + t.name);
    }
    if (!j.is_object() || j.size() != 1) {
      return fail("expected \"Variant\" or {\"Variant\": value} for " + t.name);
    }
    const std::string& name = j.begin().key();
    const Json& payload = j.begin().value();
    const md::Variant* var = t.variant_by_name(name);
    if (var == nullptr) return fail("unknown variant '" + name + "' of " + t.name);
    Scope s(*this, "." + name);
    if (var->fields.empty()) {
      if (payload.is_null() || (payload.is_array() && payload.empty()) ||
          (payload.is_object() && payload.empty())) {
        return md::Value::variant(var->index, {});
      }
      return fail("variant '" + name + "' has no fields: expected null");
    }
    if (var->fields.size() == 1 && var->fields[0].name.empty()) {
      SUBEMU_TRY_ASSIGN(md::Value v, parse(*var->fields[0].type, payload));
      std::vector<md::Value> items;
      items.push_back(std::move(v));
      return md::Value::variant(var->index, std::move(items));
    }
    SUBEMU_TRY_ASSIGN(std::vector<md::Value> items,
                      parse_field_values(var->fields, payload, "field"));
    return md::Value::variant(var->index, std::move(items));
  }

  Parsed parse_call(const Json& j) {
    if (opts_.registry == nullptr) return fail("calls need the pallet registry");
    if (!j.is_object() || !j.contains("pallet") || !j.contains("call") ||
        !j.at("pallet").is_string() || !j.at("call").is_string()) {
      return fail("expected {\"pallet\": name, \"call\": name, \"args\": {...}}");
    }
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() != "pallet" && it.key() != "call" && it.key() != "args") {
        return fail("unknown key '" + it.key() + "' in a call");
      }
    }
    const std::string& pallet = j.at("pallet").get_ref<const std::string&>();
    const std::string& call = j.at("call").get_ref<const std::string&>();
    const md::PalletDesc* p = opts_.registry->pallet_by_name(pallet);
    if (p == nullptr) return fail("unknown pallet '" + pallet + "'");
    const md::CallDesc* c = p->call_by_name(call);
    if (c == nullptr) return fail("unknown call '" + pallet + "." + call + "'");
    const Json empty = Json::object();
    const Json& args = j.contains("args") ? j.at("args") : empty;
    Scope s(*this, ".args");
    std::vector<md::Value> items;
    if (!c->args.empty()) {
      SUBEMU_TRY_ASSIGN(items, parse_field_values(c->args, args, "argument"));
    } else if (!(args.is_object() && args.empty()) && !args.is_null()) {
      return fail("call '" + pallet + "." + call + "' takes no arguments");
    }
    return md::Value::call(p->index, c->index, std::move(items));
  }

  const FromJsonOptions& opts_;
  std::string path_;
};

}  // namespace

Json to_json(const md::TypeDesc& type, const md::Value& value, const md::Registry* registry) {
  try {
    return to_json_rec(type, value, registry);
  } catch (const std::exception& e) {
    return invalid(e.what());
  }
}

Result<md::Value, std::string> from_json_at(const md::TypeDesc& type, const Json& j,
                                            const FromJsonOptions& options,
                                            const std::string& path) {
  try {
    Parser p(options, path);
    return p.parse(type, j);
  } catch (const std::exception& e) {
    return unexpected(path + ": " + e.what());
  }
}

Result<md::Value, std::string> from_json(const md::TypeDesc& type, const Json& j,
                                         const FromJsonOptions& options) {
  return from_json_at(type, j, options, "$");
}

}  // namespace subemu::tools::json
