// JSON form of dynamic runtime values (runtime/frame/metadata/value.hpp), as the scenario format
// (shared/design/SCENARIO.md) writes them:
//
//   u8, u16, u32, i8, i16, i32 (also Compact<u8|u16|u32>)   JSON number
//   u64, u128, i64, i128 (also Compact<u64|u128>)           decimal string ("1000000000")
//   fixed point (U64F64, I96F32, ...)                        {"bits": "<raw bits, decimal>"}
//   bool / String                                            true/false / JSON string
//   Vec<u8>, [u8; N], AccountId32, H256                      "0x" + lowercase hex
//   other Vec<T>, [T; N]; BTreeMap<K, V> (a Vec<(K, V)>)     array; array of [k, v] arrays
//   tuples                                                   array; () is null
//   structs                                                  object by field name
//   enums                                                    "Variant" when it has no fields;
//                                                            {"Variant": x} with x = the value
//                                                            of a single unnamed field, an array
//                                                            of several, an object of named ones
//   Option<T>                                                null | the value
//   RuntimeCall                                              {"pallet": "Balances",
//                                                             "call": "transfer_keep_alive",
//                                                             "args": {"dest": ..., ...}}
//
// Input (from_json) is more lenient where the contract says so and strict elsewhere:
//   * integers of any width as JSON numbers or decimal strings (no sign for unsigned, no
//     fractions, exponents, spaces or hex); out of range is an error;
//   * AccountId32 as 0x hex (32 bytes), an SS58 address (any network prefix), or a name given to
//     the account resolver (scenario account names); an enum with an `Id(AccountId32)` variant
//     (MultiAddress) also takes such a string as that variant;
//   * a unit variant also as {"Variant": null}; () also as [];
//   * struct fields and call arguments must all be present; unknown names are errors.
// Errors name the JSON path of the offending value: "$.args.dest: unknown account 'bob'".
// Option<()>/Option<Option<T>> are ambiguous in this form (Some(()) and None both render null);
// no item or call of the runtime uses them.
//
// Tools layer: exceptions stay inside (every error is a returned value). Thread-safe.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "runtime/frame/metadata/registry.hpp"
#include "runtime/frame/metadata/type_desc.hpp"
#include "runtime/frame/metadata/value.hpp"
#include "runtime/primitives/ids.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::tools::json {

using Json = nlohmann::json;

// Resolves an account name (e.g. a scenario's "alice") to its id; nullopt when unknown.
using AccountResolver = std::function<std::optional<AccountId32>(std::string_view name)>;

struct FromJsonOptions {
  const runtime::metadata::Registry* registry = nullptr;  // needed for RuntimeCall values
  AccountResolver accounts;  // empty: only hex and SS58 accounts are accepted
};

// The JSON form of `value` as `type`. REQUIRES: `value` has the shape scale_value.hpp gives to
// `type` (as decode_value and from_json produce). A part that does not (a bug) renders as the
// string "<invalid: ...>" instead of crashing. `registry` names calls (without it a call renders
// as {"pallet": <index>, "call": <index>, "args": [...]}).
Json to_json(const runtime::metadata::TypeDesc& type, const runtime::metadata::Value& value,
             const runtime::metadata::Registry* registry = nullptr);

// Parses the JSON form of a `type` value; the error names the JSON path ("$" is the root).
Result<runtime::metadata::Value, std::string> from_json(const runtime::metadata::TypeDesc& type,
                                                        const Json& j,
                                                        const FromJsonOptions& options = {});

// The same with `path` as the root's name in error messages (e.g. "$.steps[3].args").
Result<runtime::metadata::Value, std::string> from_json_at(const runtime::metadata::TypeDesc& type,
                                                           const Json& j,
                                                           const FromJsonOptions& options,
                                                           const std::string& path);

}  // namespace subemu::tools::json
