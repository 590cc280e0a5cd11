// The type descriptor builders and variant lookups of type_desc.hpp. Display names follow Rust's
// spelling ("Vec<u8>", "Option<u64>", "(u16, AccountId32)", "[u16; 3]", "Compact<u64>").
#include "runtime/frame/metadata/type_desc.hpp"

#include <string>
#include <utility>

#include "runtime/primitives/check.hpp"

namespace subemu::runtime::metadata {

namespace {

bool valid_int_bits(uint32_t bits) {
  return bits == 8 || bits == 16 || bits == 32 || bits == 64 || bits == 128;
}

TypeRef make(TypeDesc d) { return std::make_shared<const TypeDesc>(std::move(d)); }

const std::string& name_of(const TypeRef& t) {
  SUBEMU_CHECK(t != nullptr);
  return t->name;
}

}  // namespace

const Variant* TypeDesc::variant_by_index(uint8_t index) const {
  for (const Variant& v : variants) {
    if (v.index == index) return &v;
  }
  return nullptr;
}

const Variant* TypeDesc::variant_by_name(const std::string& n) const {
  for (const Variant& v : variants) {
    if (v.name == n) return &v;
  }
  return nullptr;
}

TypeRef t_uint(uint32_t bits) {
  SUBEMU_CHECK(valid_int_bits(bits));
  TypeDesc d;
  d.kind = TypeDesc::Kind::kUint;
  d.name = "u" + std::to_string(bits);
  d.bits = bits;
  return make(std::move(d));
}

TypeRef t_int(uint32_t bits) {
  SUBEMU_CHECK(valid_int_bits(bits));
  TypeDesc d;
  d.kind = TypeDesc::Kind::kInt;
  d.name = "i" + std::to_string(bits);
  d.bits = bits;
  return make(std::move(d));
}

TypeRef t_bool() {
  TypeDesc d;
  d.kind = TypeDesc::Kind::kBool;
  d.name = "bool";
  return make(std::move(d));
}

TypeRef t_compact(TypeRef inner) {
  SUBEMU_CHECK(inner != nullptr && inner->kind == TypeDesc::Kind::kUint);
  TypeDesc d;
  d.kind = TypeDesc::Kind::kCompact;
  d.name = "Compact<" + inner->name + ">";
  d.inner = std::move(inner);
  return make(std::move(d));
}

TypeRef t_string() {
  TypeDesc d;
  d.kind = TypeDesc::Kind::kString;
  d.name = "String";
  return make(std::move(d));
}

TypeRef t_bytes() {
  TypeDesc d;
  d.kind = TypeDesc::Kind::kBytes;
  d.name = "Vec<u8>";
  return make(std::move(d));
}

TypeRef t_byte_array(uint32_t n, std::string name) {
  TypeDesc d;
  d.kind = TypeDesc::Kind::kByteArray;
  d.name = name.empty() ? "[u8; " + std::to_string(n) + "]" : std::move(name);
  d.length = n;
  return make(std::move(d));
}

TypeRef t_seq(TypeRef inner) {
  TypeDesc d;
  d.kind = TypeDesc::Kind::kSeq;
  d.name = "Vec<" + name_of(inner) + ">";
  d.inner = std::move(inner);
  return make(std::move(d));
}

TypeRef t_array(TypeRef inner, uint32_t n) {
  TypeDesc d;
  d.kind = TypeDesc::Kind::kArray;
  d.name = "[" + name_of(inner) + "; " + std::to_string(n) + "]";
  d.length = n;
  d.inner = std::move(inner);
  return make(std::move(d));
}

TypeRef t_tuple(std::vector<TypeRef> elements) {
  TypeDesc d;
  d.kind = TypeDesc::Kind::kTuple;
  d.name = "(";
  for (size_t i = 0; i < elements.size(); ++i) {
    if (i > 0) d.name += ", ";
    d.name += name_of(elements[i]);
    d.fields.push_back(Field{std::string(), std::move(elements[i])});
  }
  d.name += ")";
  return make(std::move(d));
}

TypeRef t_unit() { return t_tuple({}); }

TypeRef t_struct(std::string name, std::vector<Field> fields) {
  for (const Field& f : fields) SUBEMU_CHECK(f.type != nullptr);
  TypeDesc d;
  d.kind = TypeDesc::Kind::kStruct;
  d.name = std::move(name);
  d.fields = std::move(fields);
  return make(std::move(d));
}

TypeRef t_enum(std::string name, std::vector<Variant> variants) {
  for (size_t i = 0; i < variants.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      SUBEMU_CHECK(variants[j].index != variants[i].index);
      SUBEMU_CHECK(variants[j].name != variants[i].name);
    }
    for (const Field& f : variants[i].fields) {
      SUBEMU_CHECK(f.type != nullptr);
      SUBEMU_CHECK(f.name.empty() == variants[i].fields.front().name.empty());
    }
  }
  TypeDesc d;
  d.kind = TypeDesc::Kind::kEnum;
  d.name = std::move(name);
  d.variants = std::move(variants);
  return make(std::move(d));
}

TypeRef t_option(TypeRef inner) {
  TypeDesc d;
  d.kind = TypeDesc::Kind::kOption;
  d.name = "Option<" + name_of(inner) + ">";
  d.inner = std::move(inner);
  return make(std::move(d));
}

TypeRef t_fixed(std::string name, bool is_signed, uint32_t bits, uint32_t frac_bits) {
  SUBEMU_CHECK(valid_int_bits(bits) && frac_bits <= bits);
  TypeDesc d;
  d.kind = TypeDesc::Kind::kFixed;
  d.name = std::move(name);
  d.bits = bits;
  d.frac_bits = frac_bits;
  // The signedness of the raw bits is carried by `inner` (u<bits> or i<bits>).
  d.inner = is_signed ? t_int(bits) : t_uint(bits);
  return make(std::move(d));
}

TypeRef t_call() {
  TypeDesc d;
  d.kind = TypeDesc::Kind::kCall;
  d.name = "RuntimeCall";
  return make(std::move(d));
}

TypeRef t_boxed(TypeRef inner) {
  SUBEMU_CHECK(inner != nullptr);
  TypeDesc d = *inner;
  d.name = "Box<" + inner->name + ">";
  d.boxed = true;
  return make(std::move(d));
}

TypeRef t_named(TypeRef base, std::string name) {
  SUBEMU_CHECK(base != nullptr);
  TypeDesc d = *base;
  d.name = std::move(name);
  return make(std::move(d));
}

TypeRef t_result(TypeRef ok, TypeRef err) {
  const std::string name = "Result<" + name_of(ok) + ", " + name_of(err) + ">";
  return t_enum(name, {variant("Ok", 0, {unnamed(std::move(ok))}),
                       variant("Err", 1, {unnamed(std::move(err))})});
}

}  // namespace subemu::runtime::metadata
