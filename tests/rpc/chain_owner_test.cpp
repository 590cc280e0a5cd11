// ChainOwner on its own: ordered work, the bounded queue, published head views, shutdown.
#include "rpc/chain_owner.hpp"

#include <gtest/gtest.h>

#include <future>
#include <vector>

#include "runtime/genesis.hpp"
#include "storage/memory_store.hpp"

namespace subemu::rpc {
namespace {

struct OwnedChain {
  storage::MemoryStore store;
  std::unique_ptr<runtime::chain::Chain> chain;
  explicit OwnedChain() {
    auto opened = runtime::chain::Chain::open(store, runtime::dev_genesis());
    SUBEMU_CHECK(opened.has_value());
    chain = std::move(*opened);
  }
};

TEST(ChainOwner, RunsWorkInOrderOnOneThread) {
  OwnedChain c;
  ChainOwner owner(*c.chain, {});
  std::vector<int> order;  // touched only by the chain thread
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(
        owner.post([&order, i](runtime::chain::Chain*) { order.push_back(i); }).has_value());
  }
  auto n = owner.run([&order](runtime::chain::Chain&) { return order.size(); });
  ASSERT_TRUE(n.has_value());
  EXPECT_EQ(*n, 5u);
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(ChainOwner, FullQueueIsRefusedAtOnce) {
  OwnedChain c;
  ChainOwnerOptions options;
  options.queue_capacity = 2;
  ChainOwner owner(*c.chain, options);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::promise<void> started;
  // The chain thread blocks in the first item; two more fill the queue; the fourth is refused.
  ASSERT_TRUE(owner
                  .post([&](runtime::chain::Chain*) {
                    started.set_value();
                    released.wait();
                  })
                  .has_value());
  started.get_future().wait();
  ASSERT_TRUE(owner.post([](runtime::chain::Chain*) {}).has_value());
  ASSERT_TRUE(owner.post([](runtime::chain::Chain*) {}).has_value());
  auto refused = owner.post([](runtime::chain::Chain*) {});
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error(), PostError::kQueueFull);
  release.set_value();
}

TEST(ChainOwner, SealPublishesANewHeadViewAndOldViewsStayConsistent) {
  OwnedChain c;
  ChainOwner owner(*c.chain, {});
  const auto genesis_view = owner.head();
  EXPECT_EQ(genesis_view->head.number, 0u);
  EXPECT_EQ(genesis_view->head.hash, owner.genesis_hash());
  EXPECT_EQ(genesis_view->header.hash(), owner.genesis_hash());
  auto sealed = owner.run([&owner](runtime::chain::Chain& chain) {
    auto s = owner.seal(chain);
    SUBEMU_CHECK(s.has_value());
    return s->hash;
  });
  ASSERT_TRUE(sealed.has_value());
  const auto view = owner.head();
  EXPECT_EQ(view->head.number, 1u);
  EXPECT_EQ(view->head.hash, *sealed);
  EXPECT_EQ(view->header.hash(), *sealed);
  // The old view still reads the genesis head record; the new one reads block 1's.
  auto old_head = runtime::chain::read_head(*genesis_view->snapshot);
  ASSERT_TRUE(old_head.has_value() && old_head->has_value());
  EXPECT_EQ((*old_head)->number, 0u);
  auto new_head = runtime::chain::read_head(*view->snapshot);
  ASSERT_TRUE(new_head.has_value() && new_head->has_value());
  EXPECT_EQ((*new_head)->number, 1u);
}

TEST(ChainOwner, StopCancelsQueuedWorkAndWaitersAndRefusesMore) {
  OwnedChain c;
  auto owner = std::make_unique<ChainOwner>(*c.chain, ChainOwnerOptions{});
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  std::promise<void> started;
  bool waiter_cancelled = false;
  int cancelled = 0;
  int ran = 0;
  ASSERT_TRUE(owner
                  ->post([&](runtime::chain::Chain* chain) {
                    ASSERT_NE(chain, nullptr);
                    ASSERT_TRUE(owner->add_block_waiter(
                        [&](const SealedInfo* s) { waiter_cancelled = s == nullptr; }));
                    started.set_value();
                    released.wait();
                    ++ran;
                  })
                  .has_value());
  started.get_future().wait();
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(owner
                    ->post([&](runtime::chain::Chain* chain) {
                      if (chain == nullptr)
                        ++cancelled;
                      else
                        ++ran;
                    })
                    .has_value());
  }
  std::thread stopper([&] { owner->stop(); });
  while (!owner->stop_requested()) std::this_thread::yield();
  release.set_value();
  stopper.join();
  EXPECT_EQ(ran, 1);        // the running item finished
  EXPECT_EQ(cancelled, 3);  // the queued ones were answered "cancelled"
  EXPECT_TRUE(waiter_cancelled);
  auto refused = owner->post([](runtime::chain::Chain*) {});
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error(), PostError::kStopped);
  // Nothing was sealed: the head is still genesis.
  EXPECT_EQ(owner->head()->head.number, 0u);
  EXPECT_EQ(c.chain->head().number, 0u);
}

}  // namespace
}  // namespace subemu::rpc
