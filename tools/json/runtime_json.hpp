// The "events" and "error" shapes of the scenario output (shared/design/SCENARIO.md):
//
//   event:  {"pallet": "SubtensorModule", "name": "NetworkAdded", "fields": {"0": 2, "1": 7}}
//           fields by the reference's names where the variant has them, else "0", "1", ...
//   error:  {"pallet": "SubtensorModule", "name": "HotKeyAccountNotExists", "index": [7, 5]}
//           for DispatchError::Module; for every other DispatchError
//           {"pallet": null, "name": "BadOrigin"} / {"pallet": null, "name": "Arithmetic.Overflow"}
//           (no "index"). A module error the registry does not know keeps its index, with
//           "pallet": null (unknown pallet) or "name": null (unknown error).
//
// Tools layer; no exception escapes. Thread-safe.
#pragma once

#include <cstdint>
#include <string>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/result.hpp"
#include "tools/json/value_json.hpp"

namespace subemu::tools::json {

// One pallet event from its encoding within the pallet's Event enum (variant index ++ fields).
// Errors: unknown pallet or variant, undecodable or trailing bytes (message names the place).
Result<Json, std::string> event_to_json(const runtime::metadata::Registry& registry,
                                        uint8_t pallet_index, ByteView encoded_variant);

// The same from a RuntimeEvent encoding (pallet index ++ variant index ++ fields).
Result<Json, std::string> runtime_event_to_json(const runtime::metadata::Registry& registry,
                                                ByteView encoded_runtime_event);

Json dispatch_error_to_json(const runtime::metadata::Registry& registry,
                            const runtime::frame::DispatchError& error);

}  // namespace subemu::tools::json
