// Word lists looked up without allocating: keys in one buffer, open
// addressing over a hash of a word's length and outer bytes. Usually built
// once as a function-local static; the first value given for a key wins.
// Folded lookups (ASCII case-insensitive) need lower-case keys.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimkb {

namespace word_table_detail {
inline char Fold(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
// Four bytes with ASCII upper case folded to lower case, all at once.
inline uint32_t Fold4(uint32_t x) {
  uint32_t low7 = x & 0x7F7F7F7Fu;
  uint32_t above_z = low7 + 0x25252525u;  // high bit set where the byte is > 'Z'
  uint32_t from_a = low7 + 0x3F3F3F3Fu;   // high bit set where the byte is >= 'A'
  uint32_t upper = ~x & (from_a ^ above_z) & 0x80808080u;
  return x | (upper >> 2);
}
}  // namespace word_table_detail

template <typename V>
class WordMap {
 public:
  WordMap() = default;
  WordMap(std::initializer_list<std::pair<std::string_view, V>> items) {
    for (const auto& [k, v] : items) Add(k, v);
  }

  // Adds key (stored as given) unless present.
  void Add(std::string_view key, V value) {
    if ((entries_.size() + 1) * 2 > slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    uint64_t sig = SigOf<false>(key);
    size_t s = HashOf(sig, key.size()) & mask;
    for (; slots_[s] != 0; s = (s + 1) & mask) {
      const Entry& x = entries_[slots_[s] - 1];
      if (x.sig == sig && x.len == key.size() && (key.size() <= 8 || SameMiddle<false>(keys_.data() + x.at, key)))
        return;
    }
    entries_.push_back({static_cast<uint32_t>(keys_.size()), static_cast<uint32_t>(key.size()), sig, std::move(value)});
    keys_.append(key);
    slots_[s] = static_cast<uint32_t>(entries_.size());
    size_t f = FilterBit<false>(key);
    filter_[f / 64] |= uint64_t{1} << (f % 64);
    if (key.size() < min_) min_ = key.size();
    if (key.size() > max_) max_ = key.size();
  }

  // The value of exactly `word`, or nullptr.
  const V* Find(std::string_view word) const { return Lookup<false>(word); }
  // The value of `word` with ASCII upper case folded to lower case, or nullptr.
  const V* FindFolded(std::string_view word) const { return Lookup<true>(word); }
  bool Contains(std::string_view word) const { return Find(word) != nullptr; }
  bool ContainsFolded(std::string_view word) const { return FindFolded(word) != nullptr; }
  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    uint32_t at, len;
    uint64_t sig;  // SigOf the key
    V value;
  };

  // The first and last four bytes of a word (all of it when shorter), folded
  // when kFold: words of up to eight bytes are equal when length and signature are.
  template <bool kFold>
  static uint64_t SigOf(std::string_view w) {
    if (w.size() >= 4) {
      uint32_t a, b;
      std::memcpy(&a, w.data(), 4);
      std::memcpy(&b, w.data() + w.size() - 4, 4);
      if constexpr (kFold) a = word_table_detail::Fold4(a), b = word_table_detail::Fold4(b);
      return static_cast<uint64_t>(a) << 32 | b;
    }
    uint64_t sig = 0;
    for (char c : w) sig = sig << 8 | static_cast<unsigned char>(kFold ? word_table_detail::Fold(c) : c);
    return sig;
  }

  static uint32_t HashOf(uint64_t sig, size_t len) {
    uint64_t h = len ^ sig * 0x9E3779B97F4A7C15ull;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return static_cast<uint32_t>(h >> 32);
  }

  // One of 256 bits per (length, first letter): most words not in a small table stop here.
  template <bool kFold>
  static size_t FilterBit(std::string_view w) {
    unsigned char first = w.empty() ? 0 : static_cast<unsigned char>(kFold ? word_table_detail::Fold(w[0]) : w[0]);
    return (w.size() * 37 + first) & 255;
  }

  template <bool kFold>
  const V* Lookup(std::string_view w) const {
    if (w.size() < min_ || w.size() > max_) return nullptr;
    if (size_t f = FilterBit<kFold>(w); !(filter_[f / 64] >> (f % 64) & 1)) return nullptr;
    uint64_t sig = SigOf<kFold>(w);
    size_t mask = slots_.size() - 1;
    for (size_t s = HashOf(sig, w.size()) & mask;; s = (s + 1) & mask) {
      uint32_t e = slots_[s];
      if (e == 0) return nullptr;
      const Entry& x = entries_[e - 1];
      if (x.sig == sig && x.len == w.size() && (w.size() <= 8 || SameMiddle<kFold>(keys_.data() + x.at, w)))
        return &x.value;
    }
  }

  // Bytes 4 .. size-4 of a word longer than eight bytes against a key of its length.
  template <bool kFold>
  static bool SameMiddle(const char* key, std::string_view w) {
    for (size_t o = 4; o < w.size() - 4; o += 4) {
      size_t p = o + 4 <= w.size() - 4 ? o : w.size() - 8;
      uint32_t a, b;
      std::memcpy(&a, key + p, 4);
      std::memcpy(&b, w.data() + p, 4);
      if constexpr (kFold) b = word_table_detail::Fold4(b);
      if (a != b) return false;
    }
    return true;
  }

  void Place(uint32_t e) {
    size_t mask = slots_.size() - 1;
    const Entry& x = entries_[e - 1];
    size_t s = HashOf(x.sig, x.len) & mask;
    while (slots_[s] != 0) s = (s + 1) & mask;
    slots_[s] = e;
  }

  void Grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, 0);
    for (uint32_t e = 1; e <= entries_.size(); ++e) Place(e);
  }

  std::string keys_;
  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_;
  uint64_t filter_[4] = {0, 0, 0, 0};
  size_t min_ = static_cast<size_t>(-1), max_ = 0;
};

// A word list: WordMap without values.
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) map_.Add(w, true);
  }
  void Add(std::string_view w) { map_.Add(w, true); }
  bool Contains(std::string_view w) const { return map_.Contains(w); }
  bool ContainsFolded(std::string_view w) const { return map_.ContainsFolded(w); }
  size_t size() const { return map_.size(); }

 private:
  WordMap<bool> map_;
};

}  // namespace claimkb
