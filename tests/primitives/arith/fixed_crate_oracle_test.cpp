// Cross-check of Fixed against the substrate-fixed v0.5.9 algorithms themselves.
//
// Provenance: the expected digests and samples below were produced by a Rust oracle that
// transcribes, function for function, the crate's src/arith.rs (mul_div_widen,
// mul_div_fallback, FallbackHelper), src/wide_div.rs (div_half/normalize/div_rem_from),
// src/int_helper.rs (to_fixed_helper), src/traits.rs (overflowing/saturating_from_fixed),
// src/macros_frac.rs (saturating_mul/div) and src/transcendental.rs (exp/log2/ln/rs), compiled
// with `rustc -O -C overflow-checks=off -C debug-assertions=off` (rustc 1.95.0), i.e. with the
// subtensor runtime's release semantics. The oracle draws its inputs from the same SplitMix64
// stream and folds the outputs into the same FNV-1a digest as this file, so a digest match
// means bit-identical results (value and overflow flag) on every case.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <optional>
#include <tuple>
#include <utility>

#include "runtime/primitives/arith/fixed.hpp"
#include "runtime/primitives/arith/transcendental.hpp"

namespace subemu {
namespace {

constexpr u128 U(uint64_t hi, uint64_t lo) { return (static_cast<u128>(hi) << 64) | lo; }

constexpr int kCases = 20000;

// SplitMix64, as in the oracle.
struct Rng {
  uint64_t state;
  uint64_t next() {
    state += 0x9E3779B97F4A7C15ULL;
    uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Random width 1..=bits, then for signed types a random sign.
  template <class F>
  F value() {
    using R = typename F::repr_type;
    constexpr int kBits = kBitWidth<R>;
    const int w = static_cast<int>(next() % kBits) + 1;
    const uint64_t h = next();
    const uint64_t l = next();
    u128 v = U(h, l);
    if (w < 128) v &= (static_cast<u128>(1) << w) - 1;
    if (F::kSigned && (next() & 1) == 1) v = u128{0} - v;
    return F::from_bits(static_cast<R>(static_cast<make_unsigned_t<R>>(v)));
  }
};

// FNV-1a over the 16 little-endian bytes of each value's (zero-extended) bit pattern.
struct Digest {
  uint64_t h = 0xcbf29ce484222325ULL;
  void byte(uint8_t b) {
    h ^= b;
    h *= 0x100000001b3ULL;
  }
  void bits(u128 v) {
    for (int i = 0; i < 16; ++i) byte(static_cast<uint8_t>(v >> (8 * i)));
  }
  template <class F>
  void fixed(F f) {
    bits(static_cast<u128>(static_cast<make_unsigned_t<typename F::repr_type>>(f.to_bits())));
  }
  void flag(bool f) { byte(f ? 1 : 0); }
};

using AllTypes = std::tuple<I32F32, U32F32, I64F64, U64F64, I96F32, U96F32, I110F18, U110F18,
                            Fixed<int64_t, 0>, Fixed<uint64_t, 0>, Fixed<i128, 0>, Fixed<u128, 0>>;
constexpr int kNumTypes = static_cast<int>(std::tuple_size_v<AllTypes>);

struct ArithDigests {
  const char* name;
  uint64_t mul, div, saturating_mul, saturating_div;
};
constexpr ArithDigests kArith[] = {
    {"I32F32", 0x8320033fb621f2baULL, 0x23c47aec722babd1ULL, 0x0c391749188914e9ULL,
     0x20ca97d7cc29167eULL},
    {"U32F32", 0x5516d04078a4e49dULL, 0x8f9521cbb2670262ULL, 0x99d431679ca3119fULL,
     0xc6cbd7af8176b005ULL},
    {"I64F64", 0xfccb92c4ce40877eULL, 0xa8337758e3e2fdb5ULL, 0x49e0b1306a994c74ULL,
     0x03932c10418ccda4ULL},
    {"U64F64", 0x74b0abb8f3e14c74ULL, 0xe4d44f3715219531ULL, 0xfe2a6ef9f9db83aeULL,
     0xd84fb1060b616062ULL},
    {"I96F32", 0x40ba4556bf87d3cbULL, 0xcabc1e0a340045e5ULL, 0x0f7d319243133fd3ULL,
     0x528f54dbd99539c4ULL},
    {"U96F32", 0xe67f8a4adc80e77aULL, 0x8a06a975404f57d1ULL, 0x897d0dcd34fe6ff5ULL,
     0xadc1b04ae12922d6ULL},
    {"I110F18", 0x223bb86bbb1a14d1ULL, 0xf8e5abdabdb90d63ULL, 0xd9f6ea9afb0ce3d5ULL,
     0xffb5f973ea072d32ULL},
    {"U110F18", 0x55f45cda5b587eb6ULL, 0xb4b9a36c2fdd67d2ULL, 0x0cbf924cf1f7310fULL,
     0x92bcd324e5bf0514ULL},
    {"I64F0", 0x4552843a4155d78eULL, 0xd312bf489a44160cULL, 0x99980ff0f3a965f4ULL,
     0xb1d4459950e6aff4ULL},
    {"U64F0", 0xdcca58040c4fcf60ULL, 0x8f00b9a5e535dadfULL, 0x21c3a5d07a61ffd7ULL,
     0x8863c6ac0b5606b5ULL},
    {"I128F0", 0xe18295387080ddbeULL, 0x4798bbf8272f0313ULL, 0x777bd8d0ad030c51ULL,
     0xd8613d62278095f5ULL},
    {"U128F0", 0x8e6dd66fe527311dULL, 0xd0e1a5f4fee40ee5ULL, 0x6957f137aff353bdULL,
     0x4dcfe4ce4c73bd67ULL},
};

struct ConvDigest {
  int src, dst;
  uint64_t digest;
};
constexpr ConvDigest kConv[] = {
    {0, 0, 0xa68a6ff467fb9423ULL},   {0, 1, 0x503fa402b9cd73eaULL},
    {0, 2, 0xc59ada7fa12f9b4fULL},   {0, 3, 0xcb067c8d2c7e554dULL},
    {0, 4, 0xfc2325f06102d9bbULL},   {0, 5, 0xcbf1552ad10b5f22ULL},
    {0, 6, 0x2fe6b20b2bda13abULL},   {0, 7, 0x37396ebd5edaba07ULL},
    {0, 8, 0xb0226f2311fcf7e1ULL},   {0, 9, 0xf535ede84889e560ULL},
    {0, 10, 0x58617c4a7da569a9ULL},  {0, 11, 0x8ecf32e290267ba1ULL},
    {1, 0, 0x3f2f5749a13a2f6dULL},   {1, 1, 0x94201035f6e8710dULL},
    {1, 2, 0x53b3d000f7725941ULL},   {1, 3, 0xad211253cf06c2f5ULL},
    {1, 4, 0xa9c89b394b4364f7ULL},   {1, 5, 0xa703055ecf13be3bULL},
    {1, 6, 0xb3af3db30a616e5fULL},   {1, 7, 0x4bbd8f2f583a34edULL},
    {1, 8, 0x97ec4ce5b30139f3ULL},   {1, 9, 0xfa7d18c94e79c759ULL},
    {1, 10, 0x94289b2427e96fafULL},  {1, 11, 0x56487a0c891052cdULL},
    {2, 0, 0x441e38b61b656370ULL},   {2, 1, 0x6c40e8a0366a5cd5ULL},
    {2, 2, 0xf47446901df2eebbULL},   {2, 3, 0x44b4b8c0864dffc7ULL},
    {2, 4, 0x98b5f0ab919613dbULL},   {2, 5, 0x304b276a482607d6ULL},
    {2, 6, 0x912872e2c9e1de31ULL},   {2, 7, 0x56476deac3eb8ac3ULL},
    {2, 8, 0x3de5e43e37e280c1ULL},   {2, 9, 0x139d04cfa072cb5eULL},
    {2, 10, 0x9d344056e618c60fULL},  {2, 11, 0x63a0031e282602e6ULL},
    {3, 0, 0xae52691c802fa371ULL},   {3, 1, 0xc3d71a9c2a265e04ULL},
    {3, 2, 0xc683c86a8f14a3a1ULL},   {3, 3, 0xbad803a167b9934fULL},
    {3, 4, 0xada3fc3e31e2f03bULL},   {3, 5, 0x4081f773c1cec64dULL},
    {3, 6, 0x66a53b7324f893f3ULL},   {3, 7, 0xae8c81a46871ba6dULL},
    {3, 8, 0x5dc85903cbe6a741ULL},   {3, 9, 0x06ef63528d0b7a81ULL},
    {3, 10, 0x92d312e9cb674171ULL},  {3, 11, 0x094e9ec4f9d3e3b1ULL},
    {4, 0, 0x5df1046170870c6fULL},   {4, 1, 0x498f9999d441d7efULL},
    {4, 2, 0xd865fa419246ef22ULL},   {4, 3, 0xa2917e38c4d96dfdULL},
    {4, 4, 0x88e2d929e39a27c3ULL},   {4, 5, 0xf88aa5d81e371d98ULL},
    {4, 6, 0xbf6177dc78a1a911ULL},   {4, 7, 0x4dcf79919e63811fULL},
    {4, 8, 0x190c72003fa3d790ULL},   {4, 9, 0x052f09476b05c6b6ULL},
    {4, 10, 0x838cbbf6cd165a57ULL},  {4, 11, 0xf57cb12365fd8fcbULL},
    {5, 0, 0xe7fec7ef0d9c6e7bULL},   {5, 1, 0x8dfd250c423e28c0ULL},
    {5, 2, 0xb7aa4b87d3b8a230ULL},   {5, 3, 0x0cdbb9e32181b8c7ULL},
    {5, 4, 0x19480cfad9f21d59ULL},   {5, 5, 0x80333d4ca1f95fcdULL},
    {5, 6, 0x10846a065911a317ULL},   {5, 7, 0x5937c69929787643ULL},
    {5, 8, 0x0e38c1c46a801c92ULL},   {5, 9, 0xf0797224d70b65c3ULL},
    {5, 10, 0xd93b44925d26d837ULL},  {5, 11, 0x9c988110d8dea2edULL},
    {6, 0, 0x717c024f500b0af9ULL},   {6, 1, 0xee56681b4b51ae6cULL},
    {6, 2, 0x6e4500cb22262486ULL},   {6, 3, 0xac7f9c1ab8813b04ULL},
    {6, 4, 0x9273b5f14fe1f1c8ULL},   {6, 5, 0xdd3d23ec22db3584ULL},
    {6, 6, 0xf541493a7bcf9b65ULL},   {6, 7, 0x7a01e3cdc2c5dec0ULL},
    {6, 8, 0xf497c2a2b4bd7199ULL},   {6, 9, 0x67674a271765eb36ULL},
    {6, 10, 0xd6456b17c2404661ULL},  {6, 11, 0xa4fab03d28179190ULL},
    {7, 0, 0x0aeee618e3b41791ULL},   {7, 1, 0xbfe3eac0c490452fULL},
    {7, 2, 0x8485ed0986d8db11ULL},   {7, 3, 0x8de00b8262a44bfeULL},
    {7, 4, 0xd56706b2b6aa2ef8ULL},   {7, 5, 0xeb53c28b8b12fdf9ULL},
    {7, 6, 0x306c24dd5541cebcULL},   {7, 7, 0x04e5c882e6c4f2e3ULL},
    {7, 8, 0xeec20baeb30f5827ULL},   {7, 9, 0xf9719e08f32676aeULL},
    {7, 10, 0x6b9e215703f0ba65ULL},  {7, 11, 0x731f6206c38d6d83ULL},
    {8, 0, 0xf3a7ef1c10b47e8cULL},   {8, 1, 0xdc89634a29479191ULL},
    {8, 2, 0x9a95b515a10dcecbULL},   {8, 3, 0x27f2a58abbc62f3dULL},
    {8, 4, 0xc530ac5df1519abfULL},   {8, 5, 0x2080f426e7711fd4ULL},
    {8, 6, 0x0d90755883801ce9ULL},   {8, 7, 0x20c251de688ab5bcULL},
    {8, 8, 0xf389fa9017122a35ULL},   {8, 9, 0xca1f955086dbd141ULL},
    {8, 10, 0xb4e0b53c5b374421ULL},  {8, 11, 0x0868a5945dd364ccULL},
    {9, 0, 0xcb5da077f8d3e634ULL},   {9, 1, 0xf69f9a970da09e37ULL},
    {9, 2, 0x32f08ecbeed1be31ULL},   {9, 3, 0xfa32d657023fa787ULL},
    {9, 4, 0x40e5e1dd3db5e309ULL},   {9, 5, 0x37bad61296a3d50bULL},
    {9, 6, 0x1ed3f540f416fa55ULL},   {9, 7, 0xe5718ff210056febULL},
    {9, 8, 0xce600260ce3e1a41ULL},   {9, 9, 0x1a0e08d35a601827ULL},
    {9, 10, 0xb10718aae82e32f3ULL},  {9, 11, 0x40c12aae8f32eac9ULL},
    {10, 0, 0x189f8d4517708838ULL},  {10, 1, 0x78c5eddcc5f37702ULL},
    {10, 2, 0x1e7ed4b5c77581acULL},  {10, 3, 0xad9c41566361c929ULL},
    {10, 4, 0x7019cc340e90bc72ULL},  {10, 5, 0xcf75cada17682905ULL},
    {10, 6, 0x582832f318e04a56ULL},  {10, 7, 0xbcf942963d96780fULL},
    {10, 8, 0x52c86281a25acfe4ULL},  {10, 9, 0x7be1ad7d6134c9a2ULL},
    {10, 10, 0x1fa1e8700318c605ULL}, {10, 11, 0x56d9ef6052964610ULL},
    {11, 0, 0x6dd31f295253e162ULL},  {11, 1, 0xe4a9bd7610f6c3fcULL},
    {11, 2, 0xee05fa61e537499eULL},  {11, 3, 0xb727182b022b9efdULL},
    {11, 4, 0x4e195a91efe1644eULL},  {11, 5, 0xa0cc844586600eafULL},
    {11, 6, 0xbb64c8336fc53845ULL},  {11, 7, 0xd76d6b7cd0f2a543ULL},
    {11, 8, 0xb6ef5bb3293e109cULL},  {11, 9, 0x96df736e0fb6e99bULL},
    {11, 10, 0xfc43a9bf08dbbfa4ULL}, {11, 11, 0x5ad9336b7a657c35ULL},
};

struct Sample {
  int type;
  u128 a, b, mul;
  bool mul_overflow;
  u128 div;
  bool div_overflow;
};
const Sample kSamples[] = {
    {0, U(0, 0x0000000c8f2ac889ULL), U(0, 0xfffe0a74b160c7edULL), U(0, 0xffe764fbade24bb0ULL),
     false, U(0, 0xfffffffffff996e8ULL), false},
    {0, U(0, 0xfffffffffdfe1356ULL), U(0, 0xf2c396ab139bb6faULL), U(0, 0x001a924b8e65f147ULL),
     false, U(0, 0x0000000000000000ULL), false},
    {0, U(0, 0xfffedf2ec867fe69ULL), U(0, 0xfffffffffffffffeULL), U(0, 0x00000000000241a2ULL),
     false, U(0, 0x9bcc00cb80000000ULL), true},
    {0, U(0, 0x00000000014db1a1ULL), U(0, 0x001177b4fc3f9e74ULL), U(0, 0x000016c4d52c89fbULL),
     false, U(0, 0x0000000000000013ULL), false},
    {0, U(0, 0x0000014234376746ULL), U(0, 0x00016525c3fa294bULL), U(0, 0x01c1825977a7b5a5ULL),
     false, U(0, 0x0000000000e6f3eaULL), false},
    {0, U(0, 0x00000000007ceacdULL), U(0, 0xfffffffffff32311ULL), U(0, 0xfffffffffffff9b9ULL),
     false, U(0, 0xfffffff649e58f9cULL), false},
    {1, U(0, 0x00000018083b0b58ULL), U(0, 0x0000000000000028ULL), U(0, 0x00000000000003c1ULL),
     false, U(0, 0x99ce46af00000000ULL), false},
    {1, U(0, 0x0000000000024bdeULL), U(0, 0x0000000000000641ULL), U(0, 0x0000000000000000ULL),
     false, U(0, 0x0000005e00000000ULL), false},
    {1, U(0, 0x000185449bddac59ULL), U(0, 0x00001524b3ff7807ULL), U(0, 0x20267022892598c5ULL),
     false, U(0, 0x00000012692f3484ULL), false},
    {1, U(0, 0x0000000000048944ULL), U(0, 0x00000002f9fda29aULL), U(0, 0x00000000000d8089ULL),
     false, U(0, 0x0000000000018624ULL), false},
    {1, U(0, 0x0000000003e1255dULL), U(0, 0x000002fd5247dbccULL), U(0, 0x0000000b990bdba6ULL),
     false, U(0, 0x0000000000014c35ULL), false},
    {1, U(0, 0x000000000000006bULL), U(0, 0x0000000000001ad0ULL), U(0, 0x0000000000000000ULL),
     false, U(0, 0x0000000003fd9cf1ULL), false},
    {2, U(0x001b2cfe532b78b7ULL, 0xf0181d1a1c355ea8ULL),
     U(0xfffffff23947d304ULL, 0xb79c02e39678c11bULL),
     U(0xf542f51ff64678a2ULL, 0xb6e878757aa05ff2ULL), true,
     U(0xfffffffffffe0700ULL, 0x37923dba644dca71ULL), false},
    {2, U(0, 0x0000000000001d77ULL), U(0, 0x000000011314f559ULL), U(0, 0x0000000000000000ULL),
     false, U(0, 0x00001b6bc1e8e793ULL), false},
    {2, U(0, 0x00000296664665f9ULL), U(0x0000000d5753a5c8ULL, 0x05682b761f9e092fULL),
     U(0x0000000000002285ULL, 0x26c53898f2fd88f2ULL), false, U(0, 0x0000000000000031ULL), false},
    {2, U(0x0000000169746f5cULL, 0x229da4893e7fae8eULL),
     U(0xff6bc2726b52fc49ULL, 0x74e81f836a42a5f6ULL),
     U(0xf926198f9fdfd440ULL, 0x6dc600f61dc275b7ULL), true,
     U(0xffffffffffffffffULL, 0xfffffd8fcb80a1fcULL), false},
    {2, U(0, 0x00025e4aa5b671fcULL), U(0x000000000001c996ULL, 0x20695c15e47e34d6ULL),
     U(0x0000000000000004ULL, 0x3bb6ce52a5cd188eULL), false, U(0, 0x000000015331b4bcULL), false},
    {2, U(0x00064190b3ddfad3ULL, 0xb9632fde3f506dfcULL),
     U(0xfffffffffe322057ULL, 0x2709335020656831ULL),
     U(0x772eb844d03463deULL, 0x050905de5962273eULL), true,
     U(0xfffffffffc884f53ULL, 0x07c1af72f0409325ULL), false},
    {3, U(0x0000004f13f9accbULL, 0xd860156d0e47197dULL), U(0, 0x0000000000000032ULL),
     U(0, 0x00000f71e6c3bfd0ULL), false, U(0xc1c47b4efb2a61caULL, 0x2e147ae147ae147aULL), true},
    {3, U(0x00000000004aebbeULL, 0x92225d12a83ad3d2ULL), U(0, 0x00000000000012e0ULL),
     U(0, 0x000000058621ad06ULL), false, U(0x2538e863df14c7c7ULL, 0x685ef0bde17bc2f7ULL), true},
    {3, U(0, 0x00000000005598a5ULL), U(0x000000000000000dULL, 0x314706feb4a42cefULL),
     U(0, 0x0000000004693a58ULL), false, U(0, 0x0000000000067cfeULL), false},
    {3, U(0, 0x0000011c9013310dULL), U(0, 0x00000000007082bfULL), U(0, 0x0000000000000000ULL),
     false, U(0x000000000002877aULL, 0x09774c3e57e6831cULL), false},
    {3, U(0, 0x0000004a3b4f44a8ULL), U(0, 0x003b8e9fc322b2c7ULL), U(0, 0x000000001145067eULL),
     false, U(0, 0x00013f13b7210b8fULL), false},
    {3, U(0x0000186eed9a0f97ULL, 0xf6bf8eedc455a12fULL), U(0, 0x03022c2341902946ULL),
     U(0x0000004981dd17a5ULL, 0xca7ca35c8faafaecULL), false,
     U(0x00081f1850f8fab8ULL, 0xe92bf77777f1a029ULL), false},
    {4, U(0xffffffffffffffffULL, 0x22e7530b8ba32f27ULL), U(0, 0x000355744437a6d9ULL),
     U(0xfffffffffffd1ee8ULL, 0x5d9c7b2a808f8a96ULL), false,
     U(0xffffffffffffffffULL, 0xffffbdae338e0debULL), false},
    {4, U(0xffffffffffffffffULL, 0xfffffff03d44d6d4ULL),
     U(0xfffff9098fd3448eULL, 0x6be8bd2dcbcc12acULL),
     U(0x00006dbc6ac37cb3ULL, 0x1d43202f57d98a31ULL), false, U(0, 0x0000000000000000ULL), false},
    {4, U(0xffffffffffffffffULL, 0xfffffffffffff4b9ULL),
     U(0xffffffffffffffffULL, 0xffffffffe691b62eULL), U(0, 0x000000000000011eULL), false,
     U(0, 0x0000000000007186ULL), false},
    {4, U(0, 0x00000000017d37c0ULL), U(0xffffffffffffffffULL, 0xffffffffffff77a9ULL),
     U(0xffffffffffffffffULL, 0xffffffffffffff34ULL), false,
     U(0xffffffffffffffffULL, 0xfffffd3433c8494aULL), false},
    {4, U(0, 0x000000008bc20e5fULL), U(0x018a21a2619cdc85ULL, 0x448e6ccac88975c0ULL),
     U(0x00d72b06c8278134ULL, 0x467c6834c75c1152ULL), false, U(0, 0x0000000000000000ULL), false},
    {4, U(0xfffffffffa300f13ULL, 0x094d6db0255885c7ULL),
     U(0xfb8eb6a1bd280804ULL, 0x59269eb194e68c08ULL),
     U(0x1cb17a41f91b09e9ULL, 0x8f3f2f41838fcd63ULL), true, U(0, 0x0000000000000001ULL), false},
    {5, U(0x00007d839d9f47bcULL, 0x4eddb6ff64268002ULL), U(0, 0x00000336c5bea18cULL),
     U(0x0193658fdc9f4f2bULL, 0xc19567007e93ad27ULL), false,
     U(0x000000270d882323ULL, 0xbfc039db750ace10ULL), false},
    {5, U(0, 0x0000000000000d28ULL), U(0x001aa0b04c22ecfeULL, 0x5bc2b68f99a548b5ULL),
     U(0x000000015e520f69ULL, 0xab7df26739b1d13dULL), false, U(0, 0x0000000000000000ULL), false},
    {5, U(0x0000000d5a15b348ULL, 0xf688e7aa0ec7c934ULL),
     U(0x0000000000014a8eULL, 0x8d6cd9f5fadac1d6ULL),
     U(0x5170d35cbe42922dULL, 0xb6a748e6ab0930afULL), true, U(0, 0x000a57236a78e35fULL), false},
    {5, U(0, 0x000000000000002bULL), U(0x000000356124c6e5ULL, 0x506662abf68297a2ULL),
     U(0x00000000000008f7ULL, 0x512d6884813292e2ULL), false, U(0, 0x0000000000000000ULL), false},
    {5, U(0, 0x0109d99c333ca062ULL), U(0x00000195cd9af13bULL, 0xaf984e718e5f3eb7ULL),
     U(0xa56ac8468fbfa719ULL, 0x48e89564d4f1aec9ULL), true, U(0, 0x0000000000000000ULL), false},
    {5, U(0, 0x00000000c9de7bceULL), U(0x09201ec839becd68ULL, 0x12acb2d612a4c3e3ULL),
     U(0x0732266fad9bdb99ULL, 0xfb2414e52b2c4be7ULL), false, U(0, 0x0000000000000000ULL), false},
    {6, U(0x0000008a77b41effULL, 0xcd5a507beb4b32baULL), U(0, 0x0000000187c121ecULL),
     U(0x0034f952acce28e2ULL, 0x93d3795b9a6f3bc5ULL), false,
     U(0x000000000169f021ULL, 0x0eb45fa0a47af6f2ULL), false},
    {6, U(0xffffffffffffffffULL, 0xffda2ce3489f5e11ULL),
     U(0x000000006ec54e55ULL, 0xfbc1d278f88532deULL),
     U(0xe888a84514817ccaULL, 0x4bbc16055e4b1c59ULL), true, U(0, 0x0000000000000000ULL), false},
    {6, U(0xffffffffffffffffULL, 0xffffffffffffff88ULL),
     U(0xffffffffffffffffULL, 0xffffffffffea3ea8ULL), U(0, 0x000000000000028cULL), false,
     U(0, 0x0000000000000016ULL), false},
    {6, U(0xffffffffffffffffULL, 0xffffffffff8494afULL),
     U(0xffffffffffffffffULL, 0xffff9766bd9f535eULL), U(0, 0x000c9b5f02ebd6a5ULL), false,
     U(0, 0x0000000000000000ULL), false},
    {6, U(0, 0x0000de5c3c1bb101ULL), U(0x0000000f2bf6429fULL, 0x12487db96f9a9537ULL),
     U(0x4b65ba8deec40b8aULL, 0x89b304b8017b7c64ULL), true, U(0, 0x0000000000000000ULL), false},
    {6, U(0xffffffffffffffffULL, 0xfffffffe5b4c2cbfULL),
     U(0xffffffffffffffffULL, 0xffffffffffffffffULL), U(0, 0x000000000000692cULL), false,
     U(0, 0x000692cf4d040000ULL), false},
    {7, U(0, 0x18524009aa40a2b9ULL), U(0, 0x00000f0f8e01c826ULL),
     U(0x00000000005b9304ULL, 0x07198f823cb3015cULL), false, U(0, 0x0000000675a28e2dULL), false},
    {7, U(0x000000014a4fc984ULL, 0x688a27d8b7b813d3ULL), U(0, 0x056d922882aff2afULL),
     U(0x3bdf8a5beffaa2b4ULL, 0x0bdaa69d66ac1334ULL), true, U(0, 0x00f369a3b807211eULL), false},
    {7, U(0x000032e8d359a0e2ULL, 0xe0a99a887469e47fULL), U(0, 0x000000000000078cULL),
     U(0x000000600d46c21aULL, 0x8c0ddffe8f73a3caULL), false,
     U(0x001afbaada2bee71ULL, 0xc68c353e3b4e2d0dULL), false},
    {7, U(0, 0x000000000004766eULL), U(0x0002c6b4eb97356dULL, 0x04e8c90c8279db1bULL),
     U(0x000318e71d2c70d3ULL, 0x522fa3390c5ae9f1ULL), false, U(0, 0x0000000000000000ULL), false},
    {7, U(0x0005fa13077df97cULL, 0x8f3e0257ac778b9bULL),
     U(0x0000000a8fdf6176ULL, 0x8e89b9122c785ccdULL),
     U(0x3d72467ea863584cULL, 0xe3d6571ea68789a3ULL), true, U(0, 0x000000024376b7a2ULL), false},
    {7, U(0, 0x0000000000000062ULL), U(0x0000000000000331ULL, 0x356892e5bbd788a6ULL),
     U(0, 0x4e359c820efc7a20ULL), false, U(0, 0x0000000000000000ULL), false},
};

struct TransDigest {
  const char* name;
  uint64_t digest;
};
constexpr TransDigest kTrans[] = {
    {"exp_I32F32", 0xfecc8bd31d185cd3ULL},  {"exp_I64F64", 0x75e0e92ffaedd69dULL},
    {"ln_I32F32", 0x6c396a3eddc334bdULL},   {"ln_I64F64", 0x46c211d136f49f23ULL},
    {"log2_I32F32", 0x35213b3638d82a98ULL}, {"log2_I96F32", 0x604812d1f7222271ULL},
    {"exp_I96F32", 0x0267de9f93ac62c3ULL},  {"ln_I96F32", 0x9d075e04992105e6ULL},
};

template <class F>
ArithDigests arith_digests(int type_index) {
  Rng rng{0x5EED0000ULL + static_cast<uint64_t>(type_index)};
  Digest mul, div, smul, sdiv;
  for (int i = 0; i < kCases; ++i) {
    const F a = rng.value<F>();
    const F b = rng.value<F>();
    const std::optional<F> m = a.checked_mul(b);
    mul.fixed(a.wrapping_mul(b));
    mul.flag(!m.has_value());
    if (m) {
      EXPECT_EQ(*m, a.wrapping_mul(b));
    }
    smul.fixed(a.saturating_mul(b));
    if (!b.is_zero()) {
      const std::optional<F> q = a.checked_div(b);
      div.fixed(a.wrapping_div(b));
      div.flag(!q.has_value());
      if (q) {
        EXPECT_EQ(*q, a / b);
      }
      sdiv.fixed(a.saturating_div(b));
    }
  }
  return {"", mul.h, div.h, smul.h, sdiv.h};
}

template <std::size_t... I>
void check_arith(std::index_sequence<I...>) {
  (
      [] {
        using F = std::tuple_element_t<I, AllTypes>;
        const ArithDigests got = arith_digests<F>(static_cast<int>(I));
        const ArithDigests& want = kArith[I];
        EXPECT_EQ(got.mul, want.mul) << want.name << " mul";
        EXPECT_EQ(got.div, want.div) << want.name << " div";
        EXPECT_EQ(got.saturating_mul, want.saturating_mul) << want.name << " saturating_mul";
        EXPECT_EQ(got.saturating_div, want.saturating_div) << want.name << " saturating_div";
      }(),
      ...);
}

TEST(FixedCrateOracleTest, MulDivMatchCrateOnRandomInputs) {
  check_arith(std::make_index_sequence<kNumTypes>{});
}

template <class S, class D>
uint64_t conv_digest(int si, int di) {
  Rng rng{0xC0DE0000ULL + 16 * static_cast<uint64_t>(si) + static_cast<uint64_t>(di)};
  Digest dg;
  for (int i = 0; i < kCases / 4; ++i) {
    const S v = rng.value<S>();
    const std::optional<D> c = D::checked_from_num(v);
    const D w = D::wrapping_from_num(v);
    if (c) {
      EXPECT_EQ(*c, w);
    }
    EXPECT_EQ(D::from_num(v), w);
    EXPECT_EQ(v.template wrapping_to_fixed<D>(), w);
    dg.fixed(w);
    dg.flag(!c.has_value());
    dg.fixed(D::saturating_from_num(v));
  }
  return dg.h;
}

template <std::size_t S, std::size_t... D>
void check_conv_row(std::index_sequence<D...>) {
  (
      [] {
        using SrcT = std::tuple_element_t<S, AllTypes>;
        using DstT = std::tuple_element_t<D, AllTypes>;
        const ConvDigest& want = kConv[S * kNumTypes + D];
        ASSERT_EQ(want.src, static_cast<int>(S));
        ASSERT_EQ(want.dst, static_cast<int>(D));
        EXPECT_EQ((conv_digest<SrcT, DstT>(static_cast<int>(S), static_cast<int>(D))), want.digest)
            << kArith[S].name << " -> " << kArith[D].name;
      }(),
      ...);
}

template <std::size_t... S>
void check_conv(std::index_sequence<S...>) {
  (check_conv_row<S>(std::make_index_sequence<kNumTypes>{}), ...);
}

TEST(FixedCrateOracleTest, ConversionsMatchCrateOnRandomInputs) {
  check_conv(std::make_index_sequence<kNumTypes>{});
}

template <class F>
void check_sample(const Sample& s) {
  using R = typename F::repr_type;
  const F a = F::from_bits(static_cast<R>(s.a));
  const F b = F::from_bits(static_cast<R>(s.b));
  const auto pattern = [](F f) {
    return static_cast<u128>(static_cast<make_unsigned_t<R>>(f.to_bits()));
  };
  EXPECT_EQ(pattern(a.wrapping_mul(b)), s.mul);
  EXPECT_EQ(!a.checked_mul(b).has_value(), s.mul_overflow);
  if (!b.is_zero()) {
    EXPECT_EQ(pattern(a.wrapping_div(b)), s.div);
    EXPECT_EQ(!a.checked_div(b).has_value(), s.div_overflow);
  }
}

TEST(FixedCrateOracleTest, ExplicitSamples) {
  for (const Sample& s : kSamples) {
    switch (s.type) {
      case 0:
        check_sample<I32F32>(s);
        break;
      case 1:
        check_sample<U32F32>(s);
        break;
      case 2:
        check_sample<I64F64>(s);
        break;
      case 3:
        check_sample<U64F64>(s);
        break;
      case 4:
        check_sample<I96F32>(s);
        break;
      case 5:
        check_sample<U96F32>(s);
        break;
      case 6:
        check_sample<I110F18>(s);
        break;
      case 7:
        check_sample<U110F18>(s);
        break;
      default:
        FAIL();
    }
  }
}

// kind 0: exp on inputs in (-32, 32); 1: ln, 2: log2 on positive inputs whose inverse fits.
template <class F>
uint64_t trans_digest(int kind) {
  using R = typename F::repr_type;
  constexpr int kBits = kBitWidth<R>;
  Rng rng{0x7EA0000ULL + static_cast<uint64_t>(kind) * 16 + F::kFracBits + kBits};
  Digest dg;
  for (int i = 0; i < kCases; ++i) {
    R bits = rng.value<F>().to_bits();
    if (kind == 0) {
      bits = static_cast<R>(bits >> (kBits - F::kFracBits - 6));
    } else {
      R s = bits < 0 ? static_cast<R>(u128{0} - static_cast<u128>(bits)) : bits;  // wrapping abs
      int e = F::kFracBits - F::kIntBits + 2;
      if (e < 0) e = 0;
      const R minv = static_cast<R>(R{1} << e);
      bits = s < minv ? minv : s;
    }
    const F x = F::from_bits(bits);
    const std::optional<F> r = kind == 0 ? exp(x) : kind == 1 ? ln(x) : log2(x);
    dg.flag(r.has_value());
    if (r) dg.fixed(*r);
  }
  return dg.h;
}

TEST(FixedCrateOracleTest, TranscendentalMatchCrateOnRandomInputs) {
  const std::pair<const char*, uint64_t> got[] = {
      {"exp_I32F32", trans_digest<I32F32>(0)},  {"exp_I64F64", trans_digest<I64F64>(0)},
      {"ln_I32F32", trans_digest<I32F32>(1)},   {"ln_I64F64", trans_digest<I64F64>(1)},
      {"log2_I32F32", trans_digest<I32F32>(2)}, {"log2_I96F32", trans_digest<I96F32>(2)},
      {"exp_I96F32", trans_digest<I96F32>(0)},  {"ln_I96F32", trans_digest<I96F32>(1)},
  };
  ASSERT_EQ(std::size(got), std::size(kTrans));
  for (std::size_t i = 0; i < std::size(got); ++i) {
    EXPECT_STREQ(got[i].first, kTrans[i].name);
    EXPECT_EQ(got[i].second, kTrans[i].digest) << kTrans[i].name;
  }
}

}  // namespace
}  // namespace subemu
