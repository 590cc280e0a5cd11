// pallet_balances storage items (polkadot-stable2409 lib.rs) as the subtensor runtime declares
// them. With AccountStore = System the balances themselves live in System.Account's data; the
// pallet's own Balances.Account map exists in the metadata but is never written.
#pragma once

#include "runtime/layer.hpp"

#include <cstdint>
#include <vector>

#include "runtime/pallets/balances/types.hpp"
#include "runtime/pallets/system/types.hpp"
#include "runtime/primitives/ids.hpp"
#include "storage/items.hpp"

namespace subemu::runtime::balances {

inline constexpr storage::FixedString kPrefix{"Balances"};

// VALUE the total units issued.                                          lib.rs: TotalIssuance
using TotalIssuance =
    storage::StorageValue<kPrefix, "TotalIssuance", uint64_t, storage::ValueQuery<>>;
// VALUE the total units of deactivated balance.                          InactiveIssuance
using InactiveIssuance =
    storage::StorageValue<kPrefix, "InactiveIssuance", uint64_t, storage::ValueQuery<>>;
// MAP account -> AccountData; unused (AccountStore = System).           Account
using Account = storage::StorageMap<kPrefix, "Account", storage::Blake2_128Concat<AccountId>,
                                    system::AccountData, storage::ValueQuery<>>;
// MAP account -> liquidity locks (WeakBoundedVec, MaxLocks).            Locks
using Locks = storage::StorageMap<kPrefix, "Locks", storage::Blake2_128Concat<AccountId>,
                                  std::vector<BalanceLock>, storage::ValueQuery<>>;
// MAP account -> named reserves (BoundedVec, MaxReserves).              Reserves
using Reserves = storage::StorageMap<kPrefix, "Reserves", storage::Blake2_128Concat<AccountId>,
                                     std::vector<ReserveData>, storage::ValueQuery<>>;
// MAP account -> holds (BoundedVec, VariantCount of RuntimeHoldReason). Holds
using Holds = storage::StorageMap<kPrefix, "Holds", storage::Blake2_128Concat<AccountId>,
                                  std::vector<IdAmount<HoldReason>>, storage::ValueQuery<>>;
// MAP account -> freezes (BoundedVec, MaxFreezes).                      Freezes
using Freezes = storage::StorageMap<kPrefix, "Freezes", storage::Blake2_128Concat<AccountId>,
                                    std::vector<IdAmount<FreezeReason>>, storage::ValueQuery<>>;

}  // namespace subemu::runtime::balances
