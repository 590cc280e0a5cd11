// frame_system's storage items (polkadot-stable2409 frame/system/src/lib.rs), declared once with
// their on-chain names, hashers, types and query kinds.
//
// Events and EventTopics are appended to with Substrate's storage append (events.hpp), which only
// rewrites the compact length prefix of the stored Vec; they are declared here for reads,
// descriptors and removal.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <tuple>
#include <vector>

#include "runtime/frame/header.hpp"
#include "runtime/pallets/system/types.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/items.hpp"

namespace subemu::runtime::system {

inline constexpr storage::FixedString kPrefix{"System"};

// MAP account -> AccountInfo (nonce, ref counts, balances).              lib.rs: Account
using Account = storage::StorageMap<kPrefix, "Account", storage::Blake2_128Concat<AccountId>,
                                    AccountInfo, storage::ValueQuery<>>;
// VALUE extrinsics in the block, written by note_finished_extrinsics.      ExtrinsicCount
using ExtrinsicCount = storage::StorageValue<kPrefix, "ExtrinsicCount", uint32_t>;
// VALUE whether all inherents have been applied.                          InherentsApplied
using InherentsApplied =
    storage::StorageValue<kPrefix, "InherentsApplied", bool, storage::ValueQuery<>>;
// VALUE the block's consumed weight per dispatch class.                   BlockWeight
using BlockWeight =
    storage::StorageValue<kPrefix, "BlockWeight", ConsumedWeight, storage::ValueQuery<>>;
// VALUE total length of the block's extrinsics.                           AllExtrinsicsLen
using AllExtrinsicsLen = storage::StorageValue<kPrefix, "AllExtrinsicsLen", uint32_t>;
// MAP block number -> block hash (the last BlockHashCount blocks + genesis). BlockHash
using BlockHash = storage::StorageMap<kPrefix, "BlockHash", storage::Twox64Concat<BlockNumber>,
                                      Hash256, storage::ValueQuery<>>;
// MAP extrinsic index -> encoded extrinsic, for the current block.        ExtrinsicData
using ExtrinsicData = storage::StorageMap<kPrefix, "ExtrinsicData", storage::Twox64Concat<uint32_t>,
                                          Bytes, storage::ValueQuery<>>;
// VALUE the block number being processed.                                 Number
using Number = storage::StorageValue<kPrefix, "Number", BlockNumber, storage::ValueQuery<>>;
// VALUE hash of the parent block.                                         ParentHash
using ParentHash = storage::StorageValue<kPrefix, "ParentHash", Hash256, storage::ValueQuery<>>;
// VALUE the block's digest.                                               Digest
using Digest = storage::StorageValue<kPrefix, "Digest", frame::Digest, storage::ValueQuery<>>;
// VALUE Vec<EventRecord> of the current block (raw bytes; see events.hpp). Events
inline constexpr std::string_view kEventsItem = "Events";
// VALUE number of events in Events.                                       EventCount
using EventCount = storage::StorageValue<kPrefix, "EventCount", uint32_t, storage::ValueQuery<>>;
// MAP topic -> Vec<(block number, event index)>.                          EventTopics
using EventTopics =
    storage::StorageMap<kPrefix, "EventTopics", storage::Blake2_128Concat<Hash256>,
                        std::vector<std::tuple<BlockNumber, uint32_t>>, storage::ValueQuery<>>;
// VALUE spec version and name of the last runtime upgrade.               LastRuntimeUpgrade
using LastRuntimeUpgrade =
    storage::StorageValue<kPrefix, "LastRuntimeUpgrade", LastRuntimeUpgradeInfo>;
// VALUE genesis sets true.                                                UpgradedToU32RefCount
using UpgradedToU32RefCount =
    storage::StorageValue<kPrefix, "UpgradedToU32RefCount", bool, storage::ValueQuery<>>;
// VALUE genesis sets true.                                                UpgradedToTripleRefCount
using UpgradedToTripleRefCount =
    storage::StorageValue<kPrefix, "UpgradedToTripleRefCount", bool, storage::ValueQuery<>>;
// VALUE the execution phase of the block.                                 ExecutionPhase
using ExecutionPhase = storage::StorageValue<kPrefix, "ExecutionPhase", Phase>;
// VALUE a code upgrade authorized by authorize_upgrade.                   AuthorizedUpgrade
using AuthorizedUpgrade =
    storage::StorageValue<kPrefix, "AuthorizedUpgrade", CodeUpgradeAuthorization>;

// The raw key of Events (twox128("System") ++ twox128("Events")).
Bytes events_key();

}  // namespace subemu::runtime::system
