// mirrors pallets/insecure-randomness-collective-flip/src/lib.rs (polkadot-sdk stable2409)
#include "runtime/pallets/randomness_collective_flip/randomness_collective_flip.hpp"

#include "runtime/frame/metadata/describe_item.hpp"

namespace subemu::runtime::pallets::randomness_collective_flip {

frame::Weight on_initialize(frame::Env& env, BlockNumber number, const Hash256& parent_hash) {
  RandomMaterial::mutate(env.state, [&](std::vector<Hash256>& values) {
    if (values.size() < kRandomMaterialLen) {
      values.push_back(parent_hash);
    } else {
      // block_number_to_index: (block_number - 1) % RANDOM_MATERIAL_LEN
      const uint32_t index = (number - 1) % kRandomMaterialLen;
      values[index] = parent_hash;
    }
  });
  return frame::DbWeight::reads_writes(1, 1);
}

metadata::PalletDesc describe() {
  metadata::PalletDesc p;
  p.name = std::string(kPallet.view());
  p.index = kPalletIndex;
  p.items.push_back(metadata::describe_item<RandomMaterial>());
  return p;
}

}  // namespace subemu::runtime::pallets::randomness_collective_flip
