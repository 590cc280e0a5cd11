// FaultyStore: a KvStore decorator that injects failures on demand, for tests (leveldb's
// ErrorEnv idea). It forwards to an inner store; when a fault is armed, matching operations
// return the armed Status instead of touching the inner store (a failed apply applies nothing,
// so atomicity is preserved). Snapshots taken from a FaultyStore share its fault plan.
//
// Thread-safety: none; test-only. The inner store must outlive this object, which must outlive
// its snapshots.
#pragma once

#include "storage/layer.hpp"

#include <cstdint>
#include <limits>
#include <memory>

#include "storage/kv_store.hpp"

namespace subemu::storage {

// Operations a fault can target (bit set).
enum class FaultOp : uint8_t { kGet = 1, kScan = 2, kApply = 4, kAll = 7 };
constexpr FaultOp operator|(FaultOp a, FaultOp b) {
  return static_cast<FaultOp>(static_cast<uint8_t>(a) | static_cast<uint8_t>(b));
}

class FaultyStore final : public KvStore {
 public:
  static constexpr uint64_t kForever = std::numeric_limits<uint64_t>::max();

  explicit FaultyStore(KvStore& inner);
  ~FaultyStore() override;

  // Arms a fault: of the operations matching `ops` (counted across the store and its
  // snapshots), the first `skip` pass through, then the next `count` fail with `error`.
  // Replaces any previously armed fault.
  void inject(FaultOp ops, Status error, uint64_t skip = 0, uint64_t count = kForever);
  // Disarms the fault; later operations pass through.
  void heal();
  // How many operations have failed because of an injected fault.
  uint64_t faults_injected() const;

  Result<std::optional<Bytes>, Status> get(ByteView key) const override;
  Status scan(const ScanRange& range, ScanVisitor visit) const override;
  Result<std::optional<Bytes>, Status> get_chain(ByteView key) const override;
  Status scan_chain(const ScanRange& range, ScanVisitor visit) const override;
  Status apply(const WriteBatch& batch) override;
  std::unique_ptr<KvSnapshot> snapshot() const override;

  struct Plan;  // shared with snapshots

 private:
  KvStore& inner_;
  std::unique_ptr<Plan> plan_;
};

}  // namespace subemu::storage
