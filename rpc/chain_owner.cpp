#include "rpc/chain_owner.hpp"

#include "runtime/chain/block_records.hpp"

namespace subemu::rpc {

ChainOwner::ChainOwner(runtime::chain::Chain& chain, ChainOwnerOptions options)
    : chain_(chain), options_(options), genesis_hash_(chain.genesis_hash()) {
  // The thread is not running yet: this thread still owns the chain and its store.
  auto record = runtime::chain::read_block(chain_.store(), chain_.head().hash);
  // Chain::open has just read the same record.
  SUBEMU_CHECK(record.has_value() && record->has_value());
  publish(chain_, (*record)->block.header);
  thread_ = std::thread([this] { loop(); });
}

ChainOwner::~ChainOwner() { stop(); }

Result<void, PostError> ChainOwner::post(Work work) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_.load(std::memory_order_relaxed)) return unexpected(PostError::kStopped);
    if (queue_.size() >= options_.queue_capacity) return unexpected(PostError::kQueueFull);
    queue_.push_back(std::move(work));
  }
  wake_.notify_one();
  return Ok{};
}

std::shared_ptr<const HeadView> ChainOwner::head() const {
  std::lock_guard<std::mutex> lock(mu_);
  return view_;
}

void ChainOwner::publish(const runtime::chain::Chain& chain, const runtime::frame::Header& header) {
  auto view = std::make_shared<HeadView>();
  view->head = chain.head();
  view->header = header;
  view->snapshot = chain.store().snapshot();
  std::lock_guard<std::mutex> lock(mu_);
  view_ = std::move(view);
}

Result<runtime::chain::SealedBlock, Status> ChainOwner::seal(runtime::chain::Chain& chain) {
  auto sealed = chain.seal();
  if (!sealed.has_value()) return sealed;
  publish(chain, sealed->block.header);
  const SealedInfo info{sealed->block.header.number, sealed->hash};
  std::vector<BlockWaiter> waiters;
  waiters.swap(waiters_);
  for (BlockWaiter& w : waiters) w(&info);
  return sealed;
}

bool ChainOwner::add_block_waiter(BlockWaiter waiter) {
  if (waiters_.size() >= options_.max_block_waiters) return false;
  waiters_.push_back(std::move(waiter));
  return true;
}

void ChainOwner::loop() {
  for (;;) {
    Work work;
    {
      std::unique_lock<std::mutex> lock(mu_);
      wake_.wait(lock,
                 [this] { return stopping_.load(std::memory_order_relaxed) || !queue_.empty(); });
      if (stopping_.load(std::memory_order_relaxed)) break;
      work = std::move(queue_.front());
      queue_.pop_front();
    }
    work(&chain_);
  }
  // Stopping: nothing more reaches the chain. Answer everyone who is still waiting.
  std::deque<Work> cancelled;
  {
    std::lock_guard<std::mutex> lock(mu_);
    cancelled.swap(queue_);
  }
  for (Work& w : cancelled) w(nullptr);
  std::vector<BlockWaiter> waiters;
  waiters.swap(waiters_);
  for (BlockWaiter& w : waiters) w(nullptr);
}

void ChainOwner::stop() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_.store(true, std::memory_order_release);
  }
  wake_.notify_all();
  std::call_once(joined_, [this] {
    if (thread_.joinable()) thread_.join();
  });
}

}  // namespace subemu::rpc
