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
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    uint64_t sig = SigOf<false>(key);
    size_t s = HashOf(sig, key.size()) & mask;
    for (; slots_[s].at != kEmpty; s = (s + 1) & mask)
      if (Matches<false>(slots_[s], sig, key)) return;
    slots_[s] = {sig, static_cast<uint32_t>(key.size()), static_cast<uint32_t>(keys_.size()), std::move(value)};
    keys_.append(key);
    ++size_;
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
  size_t size() const { return size_; }

 private:
  static constexpr uint32_t kEmpty = ~uint32_t{0};
  // A key's signature, length and offset in keys_ sit in its slot with the
  // value, so a lookup reads one slot (and keys_ only for words over eight bytes).
  struct Slot {
    uint64_t sig = 0;  // SigOf the key
    uint32_t len = 0;
    uint32_t at = kEmpty;  // kEmpty: a free slot
    V value{};
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
  bool Matches(const Slot& x, uint64_t sig, std::string_view w) const {
    return x.sig == sig && x.len == w.size() && (w.size() <= 8 || SameMiddle<kFold>(keys_.data() + x.at, w));
  }

  template <bool kFold>
  const V* Lookup(std::string_view w) const {
    if (w.size() < min_ || w.size() > max_) return nullptr;
    if (size_t f = FilterBit<kFold>(w); !(filter_[f / 64] >> (f % 64) & 1)) return nullptr;
    return Probe<kFold>(w);
  }

  template <bool kFold>
  const V* Probe(std::string_view w) const {
    uint64_t sig = SigOf<kFold>(w);
    size_t mask = slots_.size() - 1;
    for (size_t s = HashOf(sig, w.size()) & mask;; s = (s + 1) & mask) {
      const Slot& x = slots_[s];
      if (x.at == kEmpty) return nullptr;
      if (Matches<kFold>(x, sig, w)) return &x.value;
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

  void Grow() {
    std::vector<Slot> old(slots_.empty() ? 16 : slots_.size() * 2);
    old.swap(slots_);
    size_t mask = slots_.size() - 1;
    for (Slot& x : old) {
      if (x.at == kEmpty) continue;
      size_t s = HashOf(x.sig, x.len) & mask;
      while (slots_[s].at != kEmpty) s = (s + 1) & mask;
      slots_[s] = std::move(x);
    }
  }

  std::string keys_;
  std::vector<Slot> slots_;
  size_t size_ = 0;
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
