// Scenario shapes of events and dispatch errors (runtime_json.hpp).
#include "tools/json/runtime_json.hpp"

#include <exception>
#include <utility>

#include "runtime/frame/metadata/scale_value.hpp"

namespace subemu::tools::json {

namespace md = runtime::metadata;
using runtime::frame::DispatchError;

Result<Json, std::string> event_to_json(const md::Registry& registry, uint8_t pallet_index,
                                        ByteView encoded_variant) {
  const md::PalletDesc* pallet = registry.pallet_by_index(pallet_index);
  const md::TypeRef type = registry.event_type(pallet_index);
  if (pallet == nullptr) return unexpected("unknown pallet index " + std::to_string(pallet_index));
  if (type == nullptr) return unexpected("pallet " + pallet->name + " has no events");
  Result<md::Value, md::DecodeFailure> v = md::decode_value_all(*type, encoded_variant, &registry);
  if (!v.has_value()) {
    return unexpected(pallet->name + " event " + v.error().message());
  }
  try {
    const md::Variant* var = type->variant_by_index(v->index);  // decoded, so it exists
    Json fields = Json::object();
    for (size_t i = 0; i < var->fields.size(); ++i) {
      const std::string name =
          var->fields[i].name.empty() ? std::to_string(i) : var->fields[i].name;
      fields[name] = to_json(*var->fields[i].type, v->items[i], &registry);
    }
    return Json{{"pallet", pallet->name}, {"name", var->name}, {"fields", std::move(fields)}};
  } catch (const std::exception& e) {
    return unexpected(std::string(e.what()));
  }
}

Result<Json, std::string> runtime_event_to_json(const md::Registry& registry,
                                                ByteView encoded_runtime_event) {
  if (encoded_runtime_event.empty()) return unexpected(std::string("empty event"));
  return event_to_json(registry, encoded_runtime_event[0], encoded_runtime_event.subspan(1));
}

Json dispatch_error_to_json(const md::Registry& registry, const DispatchError& error) {
  try {
    if (error.kind() != DispatchError::Kind::kModule) {
      std::string name(runtime::frame::kind_name(error.kind()));
      const std::string_view sub = runtime::frame::sub_name(error);
      if (!sub.empty()) name += "." + std::string(sub);
      return Json{{"pallet", nullptr}, {"name", std::move(name)}};
    }
    const uint8_t p = error.index();
    const uint8_t e = error.module_error()[0];
    const md::PalletDesc* pallet = registry.pallet_by_index(p);
    const std::string* name = registry.error_name(p, e);
    Json out = Json::object();
    out["pallet"] = pallet != nullptr ? Json(pallet->name) : Json(nullptr);
    out["name"] = name != nullptr ? Json(*name) : Json(nullptr);
    out["index"] = Json::array({p, e});
    return out;
  } catch (const std::exception& ex) {
    return Json(std::string("<invalid: ") + ex.what() + ">");
  }
}

}  // namespace subemu::tools::json
