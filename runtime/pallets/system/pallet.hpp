// frame_system as a pallet of the subtensor runtime (index 0): its Error enum, its calls and
// their weights (SystemWeightInfo = (), frame/system/src/weights.rs, the 2023-06-22 benchmark that
// polkadot-stable2409 ships, with RocksDbWeight), and its registry descriptor.
//
// Calls (index: name(args) origin class — behaviour):
//   0 remark(remark: Vec<u8>)                       any      Normal      — nothing
//   1 set_heap_pages(pages: u64)                     Root     Operational — :heappages = pages,
//                                                                            digest
//                                                                            RuntimeEnvironmentUpdated
//   2 set_code(code: Vec<u8>)                        Root     Operational — see below
//   3 set_code_without_checks(code: Vec<u8>)         Root     Operational — see below
//   4 set_storage(items: Vec<(Vec<u8>, Vec<u8>)>)    Root     Operational — raw puts, in order
//   5 kill_storage(keys: Vec<Vec<u8>>)               Root     Operational — raw removes
//   6 kill_prefix(prefix: Vec<u8>, subkeys: u32)     Root     Operational — see kill_prefix
//   7 remark_with_event(remark: Vec<u8>)             Signed   Normal      — Remarked{sender,
//                                                                            blake2_256(remark)}
//   9 authorize_upgrade(code_hash: H256)             Root     Operational — AuthorizedUpgrade,
//   event
//  10 authorize_upgrade_without_checks(code_hash)    Root     Operational — same, check_version
//  false 11 apply_authorized_upgrade(code: Vec<u8>)        any      Operational — see below
// (8 do_task exists only with the `experimental` feature, which the runtime does not enable.)
//
// The emulator cannot run a new runtime, so no call replaces :code:
//   * set_code fails with Error::FailedToExtractRuntimeVersion — what FRAME returns for code whose
//     RuntimeVersion cannot be read, which is every code here;
//   * set_code_without_checks fails with the same error (upstream it would write :code; a
//     documented deviation);
//   * apply_authorized_upgrade checks exactly as upstream (NothingAuthorized, Unauthorized for a
//     hash mismatch, then version checks -> FailedToExtractRuntimeVersion) and, where upstream
//     would write :code, fails with FailedToExtractRuntimeVersion too.
// kill_prefix removes every key under `prefix` written in this block and then at most `subkeys`
// keys of the parent state in key order, as sp_io::storage::clear_prefix with a limit; see
// calls.cpp for the one approximation (parent-state keys already changed in this block).
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <string_view>

#include "runtime/frame/dispatch.hpp"
#include "runtime/frame/metadata/registry.hpp"
#include "runtime/pallets/system/events.hpp"

namespace subemu::runtime::system {

enum class Error : uint8_t {
  kInvalidSpecName = 0,
  kSpecVersionNeedsToIncrease = 1,
  kFailedToExtractRuntimeVersion = 2,
  kNonDefaultComposite = 3,
  kNonZeroRefCount = 4,
  kCallFiltered = 5,
  kMultiBlockMigrationsOngoing = 6,
  kNothingAuthorized = 7,
  kUnauthorized = 8,
};
inline constexpr uint8_t kErrorCount = 9;

constexpr frame::DispatchError error(Error e) {
  return frame::DispatchError::module(kPalletIndex, static_cast<uint8_t>(e));
}

namespace weights {
frame::Weight remark(uint32_t b);
frame::Weight remark_with_event(uint32_t b);
frame::Weight set_heap_pages();
frame::Weight set_code();
frame::Weight set_storage(uint32_t i);
frame::Weight kill_storage(uint32_t i);
frame::Weight kill_prefix(uint32_t p);
frame::Weight authorize_upgrade();
frame::Weight apply_authorized_upgrade();
}  // namespace weights

// The pallet's registry entry ("System", index 0): calls, events, errors, storage items (Events
// excepted: its value type needs the runtime's RuntimeEvent, see events_item_desc).
metadata::PalletDesc describe();

// The ItemDesc of System.Events given the runtime's pallets (their events make RuntimeEvent, as
// Registry builds it). The runtime registry appends it to describe()'s items.
metadata::ItemDesc events_item_desc(const std::vector<metadata::PalletDesc>& pallets);

}  // namespace subemu::runtime::system
