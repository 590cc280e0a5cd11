// A state backend that fails a read while an extrinsic is applied or validated: the executive
// does not trust the outcome (computed from reads that answered "absent"), rolls it back and
// reports ApplyError::kStorage; the block can then not be sealed (the overlay's sticky error).
#include <gtest/gtest.h>

#include "tests/runtime/chain/dev_chain.hpp"

namespace subemu::runtime {
namespace {

using testing::dev;
using testing::DevChain;
using testing::state_of;

constexpr uint64_t kTao = 1'000'000'000;

TEST(ExecutiveStorageFailure, AFailedReadIsAStorageErrorNotAVerdict) {
  DevChain c;
  const Bytes xt = c.sign("Alice", testing::transfer_keep_alive(dev("Bob"), kTao));
  const auto before = state_of(c.chain->pending_state());
  // Every backend read fails from now on: Alice's account would read as absent (a Payment
  // verdict if it were trusted).
  c.faulty.inject(storage::FaultOp::kGet | storage::FaultOp::kScan, Status::io_error("bad disk"));
  const auto expect_storage_error = [](const auto& r) {
    ASSERT_FALSE(r.has_value());
    EXPECT_EQ(r.error().kind, executive::ApplyError::Kind::kStorage) << r.error().reason;
    EXPECT_NE(r.error().reason.find("bad disk"), std::string::npos) << r.error().reason;
  };
  expect_storage_error(c.executive().apply_extrinsic(xt));
  expect_storage_error(c.executive().submit_extrinsic(xt));
  expect_storage_error(c.executive().validate_transaction(xt));
  expect_storage_error(c.chain->submit(xt));
  EXPECT_GT(c.faulty.faults_injected(), 0u);
  c.faulty.heal();
  EXPECT_EQ(state_of(c.chain->pending_state()), before);
  // The overlay keeps the error: the block is refused at seal.
  EXPECT_FALSE(c.chain->pending_state().backend_error().ok());
  auto sealed = c.chain->seal();
  ASSERT_FALSE(sealed.has_value());
  EXPECT_TRUE(sealed.error().is_io_error()) << sealed.error().to_string();
}

}  // namespace
}  // namespace subemu::runtime
