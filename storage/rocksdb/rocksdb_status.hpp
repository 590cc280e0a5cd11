// Conversion of rocksdb::Status into our Status, in one function (STYLE.md 7.2). Included only by
// the RocksDB adapter's sources; nothing outside storage/rocksdb/ sees a RocksDB header.
//
// Mapping: NotFound, Corruption, NotSupported, InvalidArgument keep their meaning; every other
// RocksDB code (IOError, Incomplete, Busy, TimedOut, Aborted, ShutdownInProgress, TryAgain, ...)
// becomes IOError. The RocksDB text is kept as the detail.
#pragma once

#include "storage/rocksdb/layer.hpp"

#include <rocksdb/status.h>

#include <string_view>

#include "runtime/primitives/status.hpp"

namespace subemu::storage {

inline Status from_rocksdb(const rocksdb::Status& s, std::string_view context) {
  if (s.ok()) return Status();
  const std::string detail = s.ToString();
  switch (s.code()) {
    case rocksdb::Status::kNotFound:
      return Status::not_found(context, detail);
    case rocksdb::Status::kCorruption:
      return Status::corruption(context, detail);
    case rocksdb::Status::kNotSupported:
      return Status::not_supported(context, detail);
    case rocksdb::Status::kInvalidArgument:
      return Status::invalid_argument(context, detail);
    default:
      return Status::io_error(context, detail);
  }
}

}  // namespace subemu::storage
