#include "runtime/chain/block_records.hpp"

#include <string_view>

namespace subemu::runtime::chain {
namespace {

constexpr std::string_view kHeadKey = "head";
constexpr std::string_view kGenesisKey = "genesis";
constexpr std::string_view kNumPrefix = "num";
constexpr std::string_view kBlockPrefix = "blk";

Bytes num_key(BlockNumber n) {
  Bytes k(kNumPrefix.begin(), kNumPrefix.end());
  for (int shift = 24; shift >= 0; shift -= 8) k.push_back(static_cast<uint8_t>(n >> shift));
  return k;
}

Bytes block_key(const Hash256& hash) {
  Bytes k(kBlockPrefix.begin(), kBlockPrefix.end());
  append(k, hash.view());
  return k;
}

template <class T>
Result<std::optional<T>, Status> read_record(const storage::KvReader& store, ByteView key,
                                             std::string_view what) {
  auto raw = store.get_chain(key);
  if (!raw.has_value()) return unexpected(raw.error());
  if (!raw->has_value()) return std::optional<T>();
  auto decoded = scale::decode<T>(**raw);
  if (!decoded.has_value()) {
    return unexpected(Status::corruption("chain record does not decode: " + std::string(what),
                                         scale::to_string(decoded.error())));
  }
  return std::optional<T>(std::move(*decoded));
}

}  // namespace

void put_block(storage::WriteBatch& batch, const BlockRecord& record, const Hash256& hash) {
  const Head head{record.block.header.number, hash};
  batch.put_chain(block_key(hash), scale::encode(record));
  batch.put_chain(num_key(head.number), scale::encode(hash));
  batch.put_chain(as_bytes(kHeadKey), scale::encode(head));
}

void put_genesis(storage::WriteBatch& batch, const Hash256& hash) {
  batch.put_chain(as_bytes(kGenesisKey), scale::encode(hash));
}

Result<std::optional<Head>, Status> read_head(const storage::KvReader& store) {
  return read_record<Head>(store, as_bytes(kHeadKey), "head");
}

Result<std::optional<Hash256>, Status> read_genesis(const storage::KvReader& store) {
  return read_record<Hash256>(store, as_bytes(kGenesisKey), "genesis");
}

Result<std::optional<Hash256>, Status> read_hash(const storage::KvReader& store,
                                                 BlockNumber number) {
  return read_record<Hash256>(store, num_key(number), "block number index");
}

Result<std::optional<BlockRecord>, Status> read_block(const storage::KvReader& store,
                                                      const Hash256& hash) {
  return read_record<BlockRecord>(store, block_key(hash), "block " + hash.to_hex());
}

}  // namespace subemu::runtime::chain
