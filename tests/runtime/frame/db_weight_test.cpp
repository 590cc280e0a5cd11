// frame::DbWeight: the runtime's RocksDbWeight (read 25 µs, write 100 µs of ref time) with
// RuntimeDbWeight's saturating arithmetic.
#include <gtest/gtest.h>

#include <cstdint>

#include "runtime/frame/dispatch.hpp"

namespace subemu::runtime::frame {
namespace {

TEST(DbWeight, ReadsWritesAndTheirSum) {
  EXPECT_EQ(DbWeight::reads(3), Weight::from_parts(75'000'000, 0));
  EXPECT_EQ(DbWeight::writes(2), Weight::from_parts(200'000'000, 0));
  EXPECT_EQ(DbWeight::reads_writes(3, 2), Weight::from_parts(275'000'000, 0));
  EXPECT_EQ(DbWeight::reads(0), Weight::zero());
}

TEST(DbWeight, Saturates) {
  EXPECT_EQ(DbWeight::reads(UINT64_MAX), Weight::from_parts(UINT64_MAX, 0));
  EXPECT_EQ(DbWeight::writes(UINT64_MAX / 50), Weight::from_parts(UINT64_MAX, 0));
  EXPECT_EQ(DbWeight::reads_writes(UINT64_MAX / 25'000'000, UINT64_MAX / 100'000'000),
            Weight::from_parts(UINT64_MAX, 0));
}

}  // namespace
}  // namespace subemu::runtime::frame
