// The starter gazetteer of known actors (countries with demonyms and capitals,
// international bodies, government agencies, groups, media, platforms, heads of state),
// embedded from seeds/gazetteer.tsv at build time. Thread-safe: built once on
// first use, immutable afterwards.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/extract/names.h"
#include "core/model/types.h"

namespace claimkb::extract {

struct GazEntry {
  std::string id;
  std::string name;
  model::ActorType type = model::ActorType::kOther;
  bool skip = false;  // a place: recognised so that it is NOT an actor
  bool platform = false;  // a social network: an actor, except as a medium ("her Telegram account")
  std::vector<std::string> aliases;
  std::vector<std::string> titles;
  std::string country;  // country id of a person or body
  std::string wikidata;
};

// How a matched surface form relates to its entry.
enum class AliasKind : uint8_t { kName = 0, kCapital = 1, kDemonym = 2 };

struct GazMatch {
  uint32_t entry = 0;
  AliasKind kind = AliasKind::kName;
  uint32_t tokens = 0;  // number of tokens matched
};

class Gazetteer {
 public:
  static const Gazetteer& Get();

  // Longest entry whose surface form equals keys[0..k) for some k <= n
  // (case-sensitive; keys are token texts with possessives stripped).
  std::optional<GazMatch> Match(const std::string_view* keys, size_t n) const;

  const GazEntry& entry(uint32_t i) const { return entries_[i]; }
  size_t size() const { return entries_.size(); }
  std::optional<uint32_t> Find(std::string_view id) const;
  // A person whose titles include `title_lower` (e.g. "president") and whose
  // country is `country_id`: "the French President" -> Emmanuel Macron.
  std::optional<uint32_t> PersonWithTitle(std::string_view title_lower, std::string_view country_id) const;

 private:
  Gazetteer();
  void AddSurface(std::string_view surface, uint32_t entry, AliasKind kind);
  // One bit per top 16 bits of each surface's and proper prefix's hash: most
  // tokens start neither, and Match stops there without a map lookup.
  void MarkKnown(uint64_t h) { known_[h >> 54] |= uint64_t{1} << (h >> 48 & 63); }
  bool MayBeKnown(uint64_t h) const { return known_[h >> 54] >> (h >> 48 & 63) & 1; }

  struct Surface {
    uint32_t entry;
    AliasKind kind;
    uint32_t tokens;
    std::string joined;  // tokens joined by U+001F, to confirm a hash hit
  };
  std::vector<GazEntry> entries_;
  std::unordered_map<uint64_t, Surface> surfaces_;  // hash of a token sequence -> surface
  std::unordered_map<uint64_t, bool> prefixes_;     // hashes of proper prefixes
  StringMap<uint32_t> by_id_;
  std::vector<uint64_t> known_ = std::vector<uint64_t>(1024);
  size_t max_tokens_ = 1;
};

// Incremental hash of a token sequence (the same on both sides of a lookup).
uint64_t HashTokenStep(uint64_t h, std::string_view token);
constexpr uint64_t kTokenHashSeed = 1469598103934665603ull;

}  // namespace claimkb::extract
