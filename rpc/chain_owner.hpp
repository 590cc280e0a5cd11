// ChainOwner: the one thread that owns runtime::chain::Chain (which is not thread-safe) and the
// read view that every other thread uses instead.
//
// Writes. gRPC handlers post work (a closure over the Chain) to a bounded FIFO queue; the chain
// thread runs it in arrival order, one item at a time, so transactions and dev controls apply in
// one total order. post() refuses at once when the queue is full (kQueueFull, mapped to
// RESOURCE_EXHAUSTED) or the owner is stopping (kStopped, UNAVAILABLE). run() posts and waits for
// the closure's result.
//
// Reads. After every seal the chain thread publishes a HeadView: the new head and a store
// snapshot taken right after the commit. Readers take the current view (a shared_ptr) and read it
// on their own thread, concurrently with the writer; a view never changes, so every read of one
// request is consistent, and it never shows the pending block. (On a MemoryStore, whose snapshots
// are copy-on-write, each seal with a view alive copies the map once: fine for tests, which is
// the memory store's only use; RocksDB snapshots are free.)
//
// Sealing goes through seal() (chain thread only): it seals, republishes the view and completes
// the block waiters (IN_BLOCK submissions waiting in manual mode).
//
// Shutdown. stop() lets the running closure finish (a seal is one atomic batch, so no block is
// ever half-committed; Mine checks stop_requested() between blocks), then answers every queued
// closure with a null Chain (cancelled) and every block waiter with a null outcome, and joins the
// thread. The pending block is not sealed: its extrinsics are dropped, the store keeps the last
// sealed block. stop() is idempotent; the destructor calls it.
//
// Lifetime: the Chain (and its store) must outlive the owner; views must be released before the
// store is destroyed (stop the gRPC server before destroying the owner).
#pragma once

#include "rpc/layer.hpp"

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

#include "runtime/chain/chain.hpp"
#include "runtime/primitives/result.hpp"

namespace subemu::rpc {

// When blocks are sealed.
enum class MiningMode : uint8_t {
  kInstant = 0,  // after every accepted transaction and every dev write
  kManual = 1,   // only on DevService.Mine
};

// The committed head as readers see it. Immutable once published.
struct HeadView {
  runtime::chain::Head head;
  runtime::frame::Header header;
  std::unique_ptr<storage::KvSnapshot> snapshot;  // the store right after the head's commit
};

// A sealed block, as given to block waiters.
struct SealedInfo {
  BlockNumber number = 0;
  Hash256 hash{};
};

struct ChainOwnerOptions {
  // Most closures waiting in the queue.
  size_t queue_capacity = 1024;
  // Most IN_BLOCK waiters on the pending block (manual mode).
  size_t max_block_waiters = 4096;
  MiningMode mining = MiningMode::kInstant;
};

enum class PostError : uint8_t { kQueueFull = 0, kStopped = 1 };

class ChainOwner {
 public:
  // Runs on the chain thread; `chain` is null when the owner stopped before running it.
  using Work = std::function<void(runtime::chain::Chain* chain)>;
  // Runs on the chain thread; `sealed` is null when the owner stopped first.
  using BlockWaiter = std::function<void(const SealedInfo* sealed)>;

  // Publishes the chain's current head and starts the chain thread.
  ChainOwner(runtime::chain::Chain& chain, ChainOwnerOptions options);
  ~ChainOwner();
  ChainOwner(const ChainOwner&) = delete;
  ChainOwner& operator=(const ChainOwner&) = delete;

  // Queues `work`; never blocks. Thread-safe.
  Result<void, PostError> post(Work work);

  // Runs fn(Chain&) on the chain thread and waits for its result. Thread-safe; never call it from
  // the chain thread (it would wait for itself).
  template <class F>
  auto run(F fn) -> Result<std::invoke_result_t<F&, runtime::chain::Chain&>, PostError> {
    using R = std::invoke_result_t<F&, runtime::chain::Chain&>;
    auto promise = std::make_shared<std::promise<std::optional<R>>>();
    std::future<std::optional<R>> done = promise->get_future();
    auto posted = post([promise, fn = std::move(fn)](runtime::chain::Chain* chain) mutable {
      if (chain == nullptr) {
        promise->set_value(std::nullopt);
      } else {
        promise->set_value(std::optional<R>(fn(*chain)));
      }
    });
    if (!posted.has_value()) return unexpected(posted.error());
    std::optional<R> out = done.get();
    if (!out.has_value()) return unexpected(PostError::kStopped);
    return std::move(*out);
  }

  // The committed head. Thread-safe; never null.
  std::shared_ptr<const HeadView> head() const;

  const Hash256& genesis_hash() const { return genesis_hash_; }
  MiningMode mining() const { return options_.mining; }
  bool stop_requested() const { return stopping_.load(std::memory_order_acquire); }

  // ---- chain thread only ---------------------------------------------------------------------

  // Seals the pending block, publishes the new head and completes the block waiters. On a store
  // failure nothing is committed, the view stays, waiters keep waiting (the chain is broken:
  // every later write fails too).
  Result<runtime::chain::SealedBlock, Status> seal(runtime::chain::Chain& chain);
  // Registers `waiter` for the next seal; false when max_block_waiters are already waiting.
  bool add_block_waiter(BlockWaiter waiter);
  bool can_add_block_waiter() const { return waiters_.size() < options_.max_block_waiters; }

  // Stops the chain thread (see the file comment). Thread-safe, idempotent.
  void stop();

 private:
  void loop();
  void publish(const runtime::chain::Chain& chain, const runtime::frame::Header& header);

  runtime::chain::Chain& chain_;
  const ChainOwnerOptions options_;
  const Hash256 genesis_hash_;

  mutable std::mutex mu_;  // guards queue_, stopping_ changes and view_
  std::condition_variable wake_;
  std::deque<Work> queue_;
  std::atomic<bool> stopping_{false};
  std::shared_ptr<const HeadView> view_;

  std::vector<BlockWaiter> waiters_;  // chain thread only
  std::once_flag joined_;
  std::thread thread_;
};

}  // namespace subemu::rpc
