// ChainService and StateService over loopback: head, blocks by number and hash, raw storage at
// the head, paged prefix scans, and the statuses of unknown or past blocks.
#include <gtest/gtest.h>

#include <set>

#include "runtime/frame/header.hpp"
#include "runtime/pallets/balances/storage.hpp"
#include "runtime/primitives/crypto/hashing.hpp"
#include "tests/rpc/rpc_fixture.hpp"

namespace subemu::rpc {
namespace {

using testing::dev;
using testing::kTao;
using testing::Node;
using testing::unwire;
using testing::wire;

grpc::Status get_block(Node& node, const v1::BlockRef* ref, v1::GetBlockResponse* resp) {
  grpc::ClientContext ctx;
  v1::GetBlockRequest req;
  if (ref != nullptr) *req.mutable_block() = *ref;
  return node.blocks->GetBlock(&ctx, req, resp);
}

v1::BlockRef by_number(uint32_t n) {
  v1::BlockRef r;
  r.set_number(n);
  return r;
}
v1::BlockRef by_hash(const std::string& h) {
  v1::BlockRef r;
  r.set_hash(h);
  return r;
}

TEST(ChainService, HeadAtGenesis) {
  Node node;
  const auto head = node.head();
  EXPECT_EQ(head.header().number(), 0u);
  EXPECT_EQ(unwire(head.genesis_hash()), Bytes(node.owner->genesis_hash().view().begin(),
                                               node.owner->genesis_hash().view().end()));
  EXPECT_EQ(head.header().hash(), head.genesis_hash());
  EXPECT_EQ(unwire(head.header().parent_hash()), Bytes(32, 0));
  EXPECT_EQ(unwire(head.header().digest()), Bytes{0x00});
  // hash = blake2_256(encoded header)
  EXPECT_EQ(wire(ByteView(crypto::blake2_256(unwire(head.header().encoded())))),
            head.header().hash());
}

TEST(ChainService, BlockByNumberAndByHashWithItsExtrinsics) {
  Node node;
  const Bytes xt = node.sign("Alice", testing::transfer_keep_alive(dev("Bob"), 2 * kTao));
  v1::SubmitResponse submitted;
  ASSERT_TRUE(node.submit(xt, v1::WAIT_IN_BLOCK, &submitted).ok());

  v1::GetBlockResponse by_num;
  const v1::BlockRef one = by_number(1);
  ASSERT_TRUE(get_block(node, &one, &by_num).ok());
  EXPECT_EQ(by_num.header().number(), 1u);
  EXPECT_EQ(by_num.header().hash(), submitted.block_hash());
  EXPECT_EQ(by_num.header().parent_hash(), node.head().genesis_hash());
  ASSERT_EQ(by_num.extrinsics_size(), 2);
  EXPECT_EQ(unwire(by_num.extrinsics(1)), xt);
  EXPECT_EQ(by_num.extrinsic_hashes(1), submitted.hash());
  // The head block carries its events: the inherent's and the transfer's.
  EXPECT_TRUE(by_num.events_included());
  int transfer_events = 0;
  for (const auto& e : by_num.events()) {
    if (e.pallet() == "Balances" && e.name() == "Transfer") ++transfer_events;
  }
  EXPECT_EQ(transfer_events, 1);

  v1::GetBlockResponse by_h;
  const v1::BlockRef h = by_hash(submitted.block_hash());
  ASSERT_TRUE(get_block(node, &h, &by_h).ok());
  EXPECT_EQ(by_h.header().encoded(), by_num.header().encoded());
  EXPECT_EQ(by_h.extrinsics_size(), 2);

  v1::GetBlockResponse head_block;
  ASSERT_TRUE(get_block(node, nullptr, &head_block).ok());
  EXPECT_EQ(head_block.header().number(), 1u);

  // Block 0: no extrinsics and no events.
  v1::GetBlockResponse genesis;
  const v1::BlockRef zero = by_number(0);
  ASSERT_TRUE(get_block(node, &zero, &genesis).ok());
  EXPECT_EQ(genesis.header().hash(), node.head().genesis_hash());
  EXPECT_EQ(genesis.extrinsics_size(), 0);
  EXPECT_TRUE(genesis.events_included());
  EXPECT_EQ(genesis.events_size(), 0);

  // Once block 2 exists, block 1 still returns the events it was sealed with.
  const Bytes xt2 = node.sign("Alice", testing::transfer_keep_alive(dev("Bob"), 3 * kTao));
  v1::SubmitResponse submitted2;
  ASSERT_TRUE(node.submit(xt2, v1::WAIT_IN_BLOCK, &submitted2).ok());
  v1::GetBlockResponse again;
  ASSERT_TRUE(get_block(node, &one, &again).ok());
  ASSERT_EQ(again.events_size(), by_num.events_size());
  for (int i = 0; i < again.events_size(); ++i) {
    EXPECT_EQ(again.events(i).SerializeAsString(), by_num.events(i).SerializeAsString());
  }
}

TEST(ChainService, UnknownBlocksAreNotFoundAndBadHashesInvalid) {
  Node node;
  v1::GetBlockResponse resp;
  const v1::BlockRef far = by_number(99);
  EXPECT_EQ(get_block(node, &far, &resp).error_code(), grpc::StatusCode::NOT_FOUND);
  const v1::BlockRef unknown = by_hash(std::string(32, '\x07'));
  EXPECT_EQ(get_block(node, &unknown, &resp).error_code(), grpc::StatusCode::NOT_FOUND);
  const v1::BlockRef short_hash = by_hash("12345");
  EXPECT_EQ(get_block(node, &short_hash, &resp).error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_EQ(node.head().header().number(), 0u);
}

TEST(StateService, GetStorageAtTheHeadAndRefusalsElsewhere) {
  Node node;
  // TotalIssuance of the dev genesis: 3 × 1,000,000 TAO + 5 × 2,000 TAO (docs: chain_test).
  grpc::ClientContext ctx;
  v1::GetStorageRequest req;
  req.set_key(wire(runtime::balances::TotalIssuance::hashed_key()));
  v1::GetStorageResponse resp;
  ASSERT_TRUE(node.state->GetStorage(&ctx, req, &resp).ok());
  ASSERT_TRUE(resp.found());
  EXPECT_EQ(unwire(resp.value()), scale::encode(uint64_t{3'000'000 * kTao + 10'000 * kTao}));
  EXPECT_EQ(resp.block_number(), 0u);
  EXPECT_EQ(resp.block_hash(), node.head().genesis_hash());

  // An absent key.
  grpc::ClientContext ctx2;
  req.set_key("no such key");
  ASSERT_TRUE(node.state->GetStorage(&ctx2, req, &resp).ok());
  EXPECT_FALSE(resp.found());
  EXPECT_TRUE(resp.value().empty());

  // Seal a block: the head moves to #1; block 0's state is not kept.
  v1::SubmitResponse submitted;
  ASSERT_TRUE(
      node.submit(node.sign("Bob", testing::remark(as_bytes("r"))), v1::WAIT_IN_BLOCK, &submitted)
          .ok());
  grpc::ClientContext ctx3;
  *req.mutable_at() = by_number(0);
  EXPECT_EQ(node.state->GetStorage(&ctx3, req, &resp).error_code(),
            grpc::StatusCode::FAILED_PRECONDITION);
  grpc::ClientContext ctx4;
  *req.mutable_at() = by_number(1);
  EXPECT_TRUE(node.state->GetStorage(&ctx4, req, &resp).ok());
  grpc::ClientContext ctx5;
  *req.mutable_at() = by_number(7);
  EXPECT_EQ(node.state->GetStorage(&ctx5, req, &resp).error_code(), grpc::StatusCode::NOT_FOUND);
}

TEST(StateService, ScanPrefixPagesThroughEveryAccountOnce) {
  Node node;
  const auto& prefix = runtime::system::Account::final_prefix();
  const std::string prefix_wire = wire(ByteView(prefix.data(), prefix.size()));
  // One big page: the reference.
  grpc::ClientContext ctx;
  v1::ScanPrefixRequest all;
  all.set_prefix(prefix_wire);
  all.set_limit(1000);
  v1::ScanPrefixResponse everything;
  ASSERT_TRUE(node.state->ScanPrefix(&ctx, all, &everything).ok());
  EXPECT_TRUE(everything.next_start_after().empty());
  ASSERT_GE(everything.entries_size(), 6);  // at least the six dev accounts

  // Pages of 2.
  std::vector<std::string> keys;
  std::string cursor;
  int pages = 0;
  do {
    grpc::ClientContext page_ctx;
    v1::ScanPrefixRequest req;
    req.set_prefix(prefix_wire);
    req.set_start_after(cursor);
    req.set_limit(2);
    v1::ScanPrefixResponse page;
    ASSERT_TRUE(node.state->ScanPrefix(&page_ctx, req, &page).ok());
    ASSERT_LE(page.entries_size(), 2);
    for (const auto& kv : page.entries()) {
      EXPECT_EQ(kv.key().compare(0, prefix_wire.size(), prefix_wire), 0);
      keys.push_back(kv.key());
    }
    cursor = page.next_start_after();
    ++pages;
  } while (!cursor.empty());
  ASSERT_EQ(static_cast<int>(keys.size()), everything.entries_size());
  for (int i = 0; i < everything.entries_size(); ++i) {
    EXPECT_EQ(keys[static_cast<size_t>(i)], everything.entries(i).key());
  }
  EXPECT_EQ(pages, (everything.entries_size() + 1) / 2);

  // A limit above 1000 is refused.
  grpc::ClientContext big_ctx;
  all.set_limit(1001);
  EXPECT_EQ(node.state->ScanPrefix(&big_ctx, all, &everything).error_code(),
            grpc::StatusCode::INVALID_ARGUMENT);
}

}  // namespace
}  // namespace subemu::rpc
