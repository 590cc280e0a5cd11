// Typed storage items (FRAME's StorageValue / StorageMap / StorageDoubleMap / StorageNMap),
// declared once with their on-chain names (STYLE.md C7):
//
//   inline constexpr FixedString kSubtensor{"SubtensorModule"};
//   // MAP netuid -> TAO reserve of the subnet pool (RAO).                  lib.rs: SubnetTAO
//   using SubnetTAO = StorageMap<kSubtensor, "SubnetTAO", Identity<NetUid>, TaoBalance,
//                                ValueQuery<0>>;
//   using Alpha = StorageNMap<kSubtensor, "Alpha", NMapKeys<Blake2_128Concat<AccountId>,
//                             Blake2_128Concat<AccountId>, Identity<NetUid>>, U64F64,
//                             ValueQuery<>>;
//
//   TaoBalance tao = SubnetTAO::get(overlay, netuid);
//   SubnetTAO::mutate(overlay, netuid, [&](TaoBalance& v) { v = v.saturating_add(amount); });
//
// Keys and values are SCALE-encoded; keys are laid out by storage_key.hpp. Every operation is
// static and takes the Overlay it reads (const Overlay&) or writes (Overlay&); items hold no
// state. Operation names are FRAME's (put/kill for values, insert/remove for maps).
//
// Query kinds (what get() returns for a missing key):
//   OptionQuery            std::optional<V>; nullopt when absent (FRAME's default)
//   ValueQuery<>           V{} when absent
//   ValueQuery<d>          V(d) when absent (d a constant, or a captureless callable giving V)
//   ValueQueryFn<P>        P::value() when absent (for defaults that are not constants)
//   ValueQueryConfig<P>    P::value(config) when absent: a default that depends on the runtime
//                          configuration (FRAME's `DefaultTempo<T>() -> T::InitialTempo::get()`)
// Reading an absent ValueQuery item returns the default and writes nothing. As in FRAME,
// mutate() on a ValueQuery item always stores the result (even when equal to the default);
// on an OptionQuery item a result of nullopt removes the key.
//
// Contexts (ValueQueryConfig items only). Such an item cannot produce its default from an Overlay
// alone, so the four operations that may return the default -- get, take, mutate, try_mutate --
// take a *context* instead: any object `ctx` with members `ctx.state` (the Overlay) and
// `ctx.config` (what P::value accepts), e.g. the runtime's frame::Env:
//
//   struct DefaultTempo { static uint16_t value(const RuntimeConfig& c); };
//   using Tempo = StorageMap<kSubtensor, "Tempo", Identity<NetUid>, uint16_t,
//                            ValueQueryConfig<DefaultTempo>>;
//   uint16_t t = Tempo::get(env, netuid);      // compiles
//   uint16_t u = Tempo::get(env.state, netuid);  // does not compile: an Overlay has no config
//
// get takes `const Ctx&`; take / mutate / try_mutate take a non-const `Ctx&`. Every other
// operation (try_get, contains_key, insert, set, remove, iterate, ...) never needs the default and
// takes the Overlay, as for every item. The default is P::value(ctx.config) -- a function of the
// configuration only, never of the state -- so metadata can evaluate it for a given configuration
// (runtime/frame/metadata/describe_item.hpp). Items of the other query kinds keep their Overlay
// API and reject a context.
//
// Stored bytes that fail to decode are treated as absent, exactly as FRAME does (get -> default
// or nullopt; iteration skips the entry), and recorded with Overlay::note_decode_failure. As in
// FRAME, values and keys are decoded with `decode`, not `decode_all`: bytes after the value are
// ignored.
//
// Iteration visits entries in raw key byte order (the chain's order; e.g. an Identity<NetUid> key
// is little-endian, so netuid 256 comes before netuid 1). It steps with Overlay::next_entry, so
// the callback may modify the overlay (including the current entry) with Substrate's semantics:
// each step continues after the previous key in the current state. The callback returns void or
// Visit (kStop ends the iteration). Iterating needs reversible hashers (Identity / *Concat).
//
// Thread-safety: as the Overlay (chain thread only).
#pragma once

#include "storage/layer.hpp"

#include <concepts>
#include <cstddef>
#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

#include "runtime/primitives/bytes.hpp"
#include "runtime/primitives/codec/scale.hpp"
#include "storage/overlay.hpp"
#include "storage/storage_key.hpp"

namespace subemu::storage {

// A string literal usable as a template argument: StorageMap<kPallet, "Item", ...>.
template <size_t N>
struct FixedString {
  char chars[N] = {};
  constexpr FixedString(const char (&s)[N]) {  // NOLINT(google-explicit-constructor)
    for (size_t i = 0; i < N; ++i) chars[i] = s[i];
  }
  constexpr std::string_view view() const { return std::string_view(chars, N - 1); }
};

// ---------------------------------------------------------------------------------------------
// Query kinds.

struct OptionQuery {
  static constexpr bool kIsValueQuery = false;
  static constexpr bool kNeedsConfig = false;
  template <class V>
  using Query = std::optional<V>;
  template <class V>
  static Query<V> from_stored(std::optional<V>&& v) {
    return std::move(v);
  }
  template <class V>
  static std::optional<V> to_stored(Query<V>&& q) {
    return std::move(q);
  }
};

namespace detail {
template <class Derived>
struct ValueQueryBase {
  static constexpr bool kIsValueQuery = true;
  static constexpr bool kNeedsConfig = false;
  template <class V>
  using Query = V;
  template <class V>
  static V from_stored(std::optional<V>&& v) {
    if (v.has_value()) return std::move(*v);
    return Derived::template default_value<V>();
  }
  template <class V>
  static std::optional<V> to_stored(V&& q) {
    return std::optional<V>(std::move(q));
  }
};
}  // namespace detail

template <auto... Default>
struct ValueQuery : detail::ValueQueryBase<ValueQuery<Default...>> {
  static_assert(sizeof...(Default) <= 1, "ValueQuery<> or ValueQuery<default>");
  template <class V>
  static V default_value() {
    if constexpr (sizeof...(Default) == 0) {
      return V{};
    } else if constexpr ((std::is_invocable_v<decltype(Default)> && ...)) {
      return V((Default(), ...));
    } else {
      return V(Default...);
    }
  }
};

// Default from a provider type: struct P { static V value(); }.
template <class Provider>
struct ValueQueryFn : detail::ValueQueryBase<ValueQueryFn<Provider>> {
  template <class V>
  static V default_value() {
    return V(Provider::value());
  }
};

// Default from the runtime configuration: struct P { static V value(const Config&); }.
template <class Provider>
struct ValueQueryConfig {
  static constexpr bool kIsValueQuery = true;
  static constexpr bool kNeedsConfig = true;
  template <class V>
  using Query = V;
  template <class V, class Config>
  static V default_value(const Config& config) {
    return V(Provider::value(config));
  }
  template <class V, class Config>
  static V from_stored(std::optional<V>&& v, const Config& config) {
    if (v.has_value()) return std::move(*v);
    return default_value<V>(config);
  }
  template <class V>
  static std::optional<V> to_stored(V&& q) {
    return std::optional<V>(std::move(q));
  }
};

// True for query kinds whose default needs the configuration (ValueQueryConfig).
template <class Q>
inline constexpr bool kQueryNeedsConfig = Q::kNeedsConfig;

// What the operations of a ValueQueryConfig item take: `ctx.state` an Overlay, `ctx.config` the
// configuration. MutableStorageContext: the same, not const (for take / mutate / try_mutate).
template <class C>
concept StorageContext = requires(const C& c) {
  { c.state } -> std::convertible_to<const Overlay&>;
  c.config;
};
template <class C>
concept MutableStorageContext = StorageContext<C> && !std::is_const_v<C> &&
                                std::convertible_to<decltype((std::declval<C&>().state)), Overlay&>;

// The key list of a StorageNMap: NMapKeys<Blake2_128Concat<AccountId>, Identity<NetUid>>.
template <class... Hashers>
struct NMapKeys {};

// ---------------------------------------------------------------------------------------------
namespace detail {

template <FixedString Pallet, FixedString Item>
const StoragePrefix& cached_prefix() {
  static const StoragePrefix prefix = storage_prefix(Pallet.view(), Item.view());
  return prefix;
}

// Decodes a stored value; decode failures are noted and read as absent.
template <class V>
std::optional<V> decode_value(const Overlay& ov, ByteView key, ByteView raw) {
  V v = scale::detail::Seed<V>::make();
  scale::Decoder d(raw);
  if (!scale::decode_from(d, v)) {
    ov.note_decode_failure(key);
    return std::nullopt;
  }
  return std::optional<V>(std::move(v));
}

template <class V>
std::optional<V> read(const Overlay& ov, ByteView key) {
  const std::optional<Bytes> raw = ov.get(key);
  if (!raw.has_value()) return std::nullopt;
  return decode_value<V>(ov, key, *raw);
}

template <class V>
void write(Overlay& ov, Bytes&& key, const V& v) {
  ov.put(std::move(key), scale::encode(v));
}

template <class V, class Q>
void store_query(Overlay& ov, Bytes&& key, typename Q::template Query<V>&& q) {
  std::optional<V> stored = Q::template to_stored<V>(std::move(q));
  if (stored.has_value()) {
    write(ov, std::move(key), *stored);
  } else {
    ov.remove(key);
  }
}

// Calls fn and maps its result to Visit (void -> kContinue).
template <class Fn, class... Args>
Visit invoke_visit(Fn& fn, Args&&... args) {
  using R = std::invoke_result_t<Fn&, Args...>;
  if constexpr (std::is_void_v<R>) {
    fn(std::forward<Args>(args)...);
    return Visit::kContinue;
  } else {
    static_assert(std::is_same_v<R, Visit>, "an iteration callback returns void or Visit");
    return fn(std::forward<Args>(args)...);
  }
}

// Maps what was read (a value or nullopt) to the query: Q's default for a missing value.
template <class V, class Q>
struct FromStored {
  typename Q::template Query<V> operator()(std::optional<V>&& v) const {
    return Q::template from_stored<V>(std::move(v));
  }
};
// The same for a ValueQueryConfig, whose default is computed from the context's configuration.
template <class V, class Q, class Config>
struct FromStoredWith {
  const Config& config;
  V operator()(std::optional<V>&& v) const {
    return Q::template from_stored<V>(std::move(v), config);
  }
};
template <class V, class Q, class Ctx>
auto from_stored_with(const Ctx& ctx) {
  using Config = std::remove_cvref_t<decltype(ctx.config)>;
  return FromStoredWith<V, Q, Config>{ctx.config};
}

// take: read, and remove the key only when a value was read (FRAME's unhashed::take).
template <class V, class Q, class ToQuery = FromStored<V, Q>>
typename Q::template Query<V> take_at(Overlay& ov, ByteView key, const ToQuery& to_query = {}) {
  std::optional<V> v = read<V>(ov, key);
  if (v.has_value()) ov.remove(key);
  return to_query(std::move(v));
}

// mutate: read the query, let fn change it, store it back; returns fn's result.
template <class V, class Q, class F, class ToQuery = FromStored<V, Q>>
decltype(auto) mutate_at(Overlay& ov, Bytes&& key, F&& f, const ToQuery& to_query = {}) {
  using Query = typename Q::template Query<V>;
  Query q = to_query(read<V>(ov, key));
  using R = std::invoke_result_t<F&, Query&>;
  if constexpr (std::is_void_v<R>) {
    f(q);
    store_query<V, Q>(ov, std::move(key), std::move(q));
  } else {
    R r = f(q);
    store_query<V, Q>(ov, std::move(key), std::move(q));
    return r;
  }
}

// try_mutate: as mutate, but stores only when fn's result has_value() (Result or optional).
template <class V, class Q, class F, class ToQuery = FromStored<V, Q>>
auto try_mutate_at(Overlay& ov, Bytes&& key, F&& f, const ToQuery& to_query = {}) {
  using Query = typename Q::template Query<V>;
  Query q = to_query(read<V>(ov, key));
  auto r = f(q);
  if (r.has_value()) store_query<V, Q>(ov, std::move(key), std::move(q));
  return r;
}

// ---- keyed items ----------------------------------------------------------------------------

template <FixedString Pallet, FixedString Item, class V, class Q, class... Hs>
class KeyedItem {
  static_assert(sizeof...(Hs) >= 1, "a keyed item needs at least one key");
  template <size_t I>
  using HasherAt = std::tuple_element_t<I, std::tuple<Hs...>>;
  template <size_t I>
  using KeyAt = typename HasherAt<I>::Key;

  template <size_t First, size_t... I>
  static auto keys_from(std::index_sequence<I...>) -> std::tuple<KeyAt<First + I>...>;

 public:
  using Value = V;
  using QueryKind = Q;
  using Query = typename Q::template Query<V>;
  using Keys = std::tuple<typename Hs::Key...>;
  // The key hashers, in key order (read by the runtime's item metadata).
  using Hashers = std::tuple<Hs...>;
  // The keys after the first M (what iterate_prefix yields).
  template <size_t M>
  using KeysFrom = decltype(keys_from<M>(std::make_index_sequence<sizeof...(Hs) - M>()));

  static constexpr std::string_view kPallet = Pallet.view();
  static constexpr std::string_view kItem = Item.view();
  static constexpr size_t kKeyCount = sizeof...(Hs);
  static constexpr bool kReversible = (Hs::kReversible && ...);

  // twox128(pallet) ++ twox128(item).
  static const StoragePrefix& final_prefix() { return cached_prefix<Pallet, Item>(); }

  // The final key of an entry.
  static Bytes hashed_key_for(const typename Hs::Key&... keys) {
    Bytes out;
    out.reserve(128);
    append(out, final_prefix());
    (append_key_segment<Hs>(out, keys), ...);
    return out;
  }

  // The iteration prefix of the entries whose first sizeof...(Ps) keys are `partial`.
  template <class... Ps>
  static Bytes prefix_for(const std::tuple<Ps...>& partial) {
    static_assert(sizeof...(Ps) <= sizeof...(Hs), "more partial keys than keys");
    Bytes out(final_prefix().begin(), final_prefix().end());
    append_partial(out, partial, std::index_sequence_for<Ps...>());
    return out;
  }

  // Decodes the keys after the first M from `tail` (the raw key after the M-key prefix).
  template <size_t M>
  static bool decode_keys_from(ByteView tail, KeysFrom<M>& out) {
    scale::Decoder d(tail);
    return decode_from_impl<M>(d, out, std::make_index_sequence<sizeof...(Hs) - M>());
  }

  static Query get(const Overlay& ov,
                   const typename Hs::Key&... keys) requires(!kQueryNeedsConfig<Q>) {
    const Bytes key = hashed_key_for(keys...);
    return Q::template from_stored<V>(read<V>(ov, key));
  }
  // ValueQueryConfig: the stored value or P::value(ctx.config).
  template <StorageContext Ctx>
  requires kQueryNeedsConfig<Q>
  static Query get(const Ctx& ctx, const typename Hs::Key&... keys) {
    const Bytes key = hashed_key_for(keys...);
    return from_stored_with<V, Q>(ctx)(read<V>(ctx.state, key));
  }
  static std::optional<V> try_get(const Overlay& ov, const typename Hs::Key&... keys) {
    const Bytes key = hashed_key_for(keys...);
    return read<V>(ov, key);
  }
  // True when a value is stored (even one that fails to decode, as FRAME's contains_key).
  static bool contains_key(const Overlay& ov, const typename Hs::Key&... keys) {
    return ov.contains(hashed_key_for(keys...));
  }
  static void insert(Overlay& ov, const typename Hs::Key&... keys, const V& value) {
    write(ov, hashed_key_for(keys...), value);
  }
  // Stores a query value: for OptionQuery, nullopt removes the key.
  static void set(Overlay& ov, const typename Hs::Key&... keys, Query q) {
    store_query<V, Q>(ov, hashed_key_for(keys...), std::move(q));
  }
  static void remove(Overlay& ov, const typename Hs::Key&... keys) {
    ov.remove(hashed_key_for(keys...));
  }
  // Reads and removes (FRAME's take: unhashed::take removes only a value that decoded).
  static Query take(Overlay& ov, const typename Hs::Key&... keys) requires(!kQueryNeedsConfig<Q>) {
    return take_at<V, Q>(ov, hashed_key_for(keys...));
  }
  template <MutableStorageContext Ctx>
  requires kQueryNeedsConfig<Q>
  static Query take(Ctx& ctx, const typename Hs::Key&... keys) {
    return take_at<V, Q>(ctx.state, hashed_key_for(keys...), from_stored_with<V, Q>(ctx));
  }
  // f(Query&) -> R; the changed query is stored back; returns R.
  template <class F>
  static decltype(auto) mutate(Overlay& ov, const typename Hs::Key&... keys,
                               F&& f) requires(!kQueryNeedsConfig<Q>) {
    return mutate_at<V, Q>(ov, hashed_key_for(keys...), std::forward<F>(f));
  }
  template <MutableStorageContext Ctx, class F>
  requires kQueryNeedsConfig<Q>
  static decltype(auto) mutate(Ctx& ctx, const typename Hs::Key&... keys, F&& f) {
    return mutate_at<V, Q>(ctx.state, hashed_key_for(keys...), std::forward<F>(f),
                           from_stored_with<V, Q>(ctx));
  }
  // f(Query&) -> Result<T, E> or std::optional<T>; stored back only when it has a value.
  template <class F>
  static auto try_mutate(Overlay& ov, const typename Hs::Key&... keys,
                         F&& f) requires(!kQueryNeedsConfig<Q>) {
    return try_mutate_at<V, Q>(ov, hashed_key_for(keys...), std::forward<F>(f));
  }
  template <MutableStorageContext Ctx, class F>
  requires kQueryNeedsConfig<Q>
  static auto try_mutate(Ctx& ctx, const typename Hs::Key&... keys, F&& f) {
    return try_mutate_at<V, Q>(ctx.state, hashed_key_for(keys...), std::forward<F>(f),
                               from_stored_with<V, Q>(ctx));
  }

  // Every entry in raw key order: fn(const K1&, ..., const V&) -> void | Visit.
  template <class Fn>
  static void iterate(const Overlay& ov, Fn&& fn) {
    Bytes prefix(final_prefix().begin(), final_prefix().end());
    iterate_under<0>(ov, prefix, fn);
  }

  // Removes every entry of the item.
  static void remove_all(Overlay& ov) { ov.clear_prefix(final_prefix()); }

 protected:
  template <class... Ps, size_t... I>
  static void append_partial(Bytes& out, const std::tuple<Ps...>& partial,
                             std::index_sequence<I...>) {
    (append_key_segment<HasherAt<I>>(out, std::get<I>(partial)), ...);
  }

  template <size_t M, size_t... I>
  static bool decode_from_impl(scale::Decoder& d, KeysFrom<M>& out, std::index_sequence<I...>) {
    return (decode_key_segment<HasherAt<M + I>>(d, std::get<I>(out)) && ...);
  }

  // Visits the entries under `prefix`, which fixes the first M keys; fn gets the other keys.
  template <size_t M, class Fn>
  static void iterate_under(const Overlay& ov, const Bytes& prefix, Fn& fn) {
    static_assert(kReversible, "iteration needs reversible hashers (Identity / *Concat)");
    // As FRAME's PrefixIterator: start with next_key(prefix), so a key equal to the prefix is
    // not an entry.
    std::optional<std::pair<Bytes, Bytes>> entry = ov.next_entry(ScanRange::after(prefix, prefix));
    while (entry.has_value()) {
      const ByteView key = entry->first;
      KeysFrom<M> rest{};
      std::optional<V> value;
      if (decode_keys_from<M>(key.subspan(prefix.size()), rest)) {
        value = decode_value<V>(ov, key, entry->second);
      } else {
        ov.note_decode_failure(key);
      }
      if (value.has_value()) {
        const Visit r = std::apply(
            [&](const auto&... ks) { return invoke_visit(fn, ks..., std::as_const(*value)); },
            rest);
        if (r == Visit::kStop) return;
      }
      const Bytes last = std::move(entry->first);
      entry = ov.next_entry(ScanRange::after(prefix, last));
    }
  }
};

}  // namespace detail

// ---------------------------------------------------------------------------------------------
// The item templates.

// A single value at twox128(pallet) ++ twox128(item).
template <FixedString Pallet, FixedString Item, class V, class Q = OptionQuery>
class StorageValue {
 public:
  using Value = V;
  using QueryKind = Q;
  using Query = typename Q::template Query<V>;
  static constexpr std::string_view kPallet = Pallet.view();
  static constexpr std::string_view kItem = Item.view();

  static const StoragePrefix& final_prefix() { return detail::cached_prefix<Pallet, Item>(); }
  static Bytes hashed_key() { return Bytes(final_prefix().begin(), final_prefix().end()); }

  static Query get(const Overlay& ov) requires(!kQueryNeedsConfig<Q>) {
    return Q::template from_stored<V>(detail::read<V>(ov, final_prefix()));
  }
  // ValueQueryConfig: the stored value or P::value(ctx.config).
  template <StorageContext Ctx>
  requires kQueryNeedsConfig<Q>
  static Query get(const Ctx& ctx) {
    return detail::from_stored_with<V, Q>(ctx)(detail::read<V>(ctx.state, final_prefix()));
  }
  static std::optional<V> try_get(const Overlay& ov) { return detail::read<V>(ov, final_prefix()); }
  static bool exists(const Overlay& ov) { return ov.contains(final_prefix()); }
  static void put(Overlay& ov, const V& value) { detail::write(ov, hashed_key(), value); }
  static void set(Overlay& ov, Query q) {
    detail::store_query<V, Q>(ov, hashed_key(), std::move(q));
  }
  static void kill(Overlay& ov) { ov.remove(final_prefix()); }
  // Reads and removes; as FRAME, a value that fails to decode is left in place.
  static Query take(Overlay& ov) requires(!kQueryNeedsConfig<Q>) {
    return detail::take_at<V, Q>(ov, final_prefix());
  }
  template <MutableStorageContext Ctx>
  requires kQueryNeedsConfig<Q>
  static Query take(Ctx& ctx) {
    return detail::take_at<V, Q>(ctx.state, final_prefix(), detail::from_stored_with<V, Q>(ctx));
  }
  template <class F>
  static decltype(auto) mutate(Overlay& ov, F&& f) requires(!kQueryNeedsConfig<Q>) {
    return detail::mutate_at<V, Q>(ov, hashed_key(), std::forward<F>(f));
  }
  template <MutableStorageContext Ctx, class F>
  requires kQueryNeedsConfig<Q>
  static decltype(auto) mutate(Ctx& ctx, F&& f) {
    return detail::mutate_at<V, Q>(ctx.state, hashed_key(), std::forward<F>(f),
                                   detail::from_stored_with<V, Q>(ctx));
  }
  template <class F>
  static auto try_mutate(Overlay& ov, F&& f) requires(!kQueryNeedsConfig<Q>) {
    return detail::try_mutate_at<V, Q>(ov, hashed_key(), std::forward<F>(f));
  }
  template <MutableStorageContext Ctx, class F>
  requires kQueryNeedsConfig<Q>
  static auto try_mutate(Ctx& ctx, F&& f) {
    return detail::try_mutate_at<V, Q>(ctx.state, hashed_key(), std::forward<F>(f),
                                       detail::from_stored_with<V, Q>(ctx));
  }
};

// K -> V at prefix ++ H(K).
template <FixedString Pallet, FixedString Item, class H, class V, class Q = OptionQuery>
class StorageMap : public detail::KeyedItem<Pallet, Item, V, Q, H> {
 public:
  using Key = typename H::Key;
  using Hasher = H;
};

// (K1, K2) -> V at prefix ++ H1(K1) ++ H2(K2).
template <FixedString Pallet, FixedString Item, class H1, class H2, class V, class Q = OptionQuery>
class StorageDoubleMap : public detail::KeyedItem<Pallet, Item, V, Q, H1, H2> {
  using Base = detail::KeyedItem<Pallet, Item, V, Q, H1, H2>;

 public:
  using Key1 = typename H1::Key;
  using Key2 = typename H2::Key;

  // prefix ++ H1(k1): the iteration prefix of the entries with first key k1.
  static Bytes prefix_for(const Key1& k1) { return Base::prefix_for(std::tie(k1)); }
  // Entries with first key k1, in raw key order: fn(const K2&, const V&) -> void | Visit.
  template <class Fn>
  static void iterate_prefix(const Overlay& ov, const Key1& k1, Fn&& fn) {
    Base::template iterate_under<1>(ov, prefix_for(k1), fn);
  }
  static void clear_prefix(Overlay& ov, const Key1& k1) { ov.clear_prefix(prefix_for(k1)); }
};

// (K1, ..., Kn) -> V at prefix ++ H1(K1) ++ ... ++ Hn(Kn).
template <FixedString Pallet, FixedString Item, class KeyList, class V, class Q = OptionQuery>
class StorageNMap;

template <FixedString Pallet, FixedString Item, class... Hs, class V, class Q>
class StorageNMap<Pallet, Item, NMapKeys<Hs...>, V, Q>
    : public detail::KeyedItem<Pallet, Item, V, Q, Hs...> {
  using Base = detail::KeyedItem<Pallet, Item, V, Q, Hs...>;

 public:
  using Base::prefix_for;
  // Entries whose first keys are `partial` (a tuple, e.g. std::tie(hotkey)), in raw key order:
  // fn(remaining keys..., const V&) -> void | Visit.
  template <class... Ps, class Fn>
  static void iterate_prefix(const Overlay& ov, const std::tuple<Ps...>& partial, Fn&& fn) {
    Base::template iterate_under<sizeof...(Ps)>(ov, prefix_for(partial), fn);
  }
  template <class... Ps>
  static void clear_prefix(Overlay& ov, const std::tuple<Ps...>& partial) {
    ov.clear_prefix(prefix_for(partial));
  }
};

}  // namespace subemu::storage
