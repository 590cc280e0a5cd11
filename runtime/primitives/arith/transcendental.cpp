// The arithmetic headers (int128.hpp, wide.hpp, fixed.hpp, transcendental.hpp, safe_math.hpp) are
// header-only. This translation unit explicitly instantiates them for every alias so that they
// are compiled inside subemu_primitives, under the deterministic core's strict warning set and
// -fno-exceptions, whatever the including targets use.
#include "runtime/primitives/arith/transcendental.hpp"

#include <cstdint>
#include <string>

#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/int128.hpp"
#include "runtime/primitives/arith/safe_math.hpp"

namespace subemu {

template class Fixed<int64_t, 32>;
template class Fixed<uint64_t, 32>;
template class Fixed<i128, 64>;
template class Fixed<u128, 64>;
template class Fixed<i128, 32>;
template class Fixed<u128, 32>;
template class Fixed<i128, 18>;
template class Fixed<u128, 18>;

template std::optional<I32F32> exp<I32F32>(I32F32);
template std::optional<I32F32> ln<I32F32>(I32F32);
template std::optional<I32F32> log2<I32F32>(I32F32);
template std::optional<I64F64> exp<I64F64>(I64F64);
template std::optional<I64F64> ln<I64F64>(I64F64);
template std::optional<I64F64> log2<I64F64>(I64F64);
template std::optional<I96F32> exp<I96F32>(I96F32);
template std::optional<I96F32> ln<I96F32>(I96F32);
template std::optional<I96F32> log2<I96F32>(I96F32);
template std::optional<I110F18> log2<I110F18>(I110F18);

namespace arith_instantiation {

// Uses every member template once per alias (explicit class instantiation skips them).
template <class F>
std::string use_all(F a, F b) {
  std::string sink;
  sink += F::from_num(int8_t{3}).to_string();
  sink += F::from_num(uint64_t{3}).display_string();
  sink += F::saturating_from_num(i128{-5}).to_string();
  sink += F::wrapping_from_num(u128{7}).to_string();
  sink += F::checked_from_num(int32_t{-1}).value_or(F::zero()).to_string();
  sink += F::from_num(I64F64::one()).to_string();
  sink += F::saturating_from_num(U110F18::max_value()).to_string();
  sink += F::checked_from_num(I32F32::min_value()).value_or(F::zero()).to_string();
  sink += to_decimal(static_cast<i128>(a.template to_num<int64_t>()));
  sink += to_decimal(a.template saturating_to_num<u128>());
  sink += to_decimal(static_cast<u128>(a.template checked_to_num<uint16_t>().value_or(0)));
  sink += to_decimal(b.template wrapping_to_num<i128>());
  sink += a.template to_fixed<U96F32>().to_string();
  sink += a.template saturating_to_fixed<I96F32>().to_string();
  sink += a.template checked_to_fixed<I32F32>().value_or(I32F32::zero()).to_string();
  sink += a.template wrapping_to_fixed<U64F64>().to_string();
  sink += safe_div(a, b).to_string();
  sink += safe_div_or(a, b, a).to_string();
  sink += checked_sqrt(a, b).value_or(F::zero()).to_string();
  return sink;
}

template std::string use_all<I32F32>(I32F32, I32F32);
template std::string use_all<U32F32>(U32F32, U32F32);
template std::string use_all<I64F64>(I64F64, I64F64);
template std::string use_all<U64F64>(U64F64, U64F64);
template std::string use_all<I96F32>(I96F32, I96F32);
template std::string use_all<U96F32>(U96F32, U96F32);
template std::string use_all<I110F18>(I110F18, I110F18);
template std::string use_all<U110F18>(U110F18, U110F18);

}  // namespace arith_instantiation

template int8_t safe_div<int8_t>(int8_t, int8_t);
template uint64_t safe_div<uint64_t>(uint64_t, uint64_t);
template int64_t safe_div_or<int64_t>(int64_t, int64_t, int64_t);
}  // namespace subemu
