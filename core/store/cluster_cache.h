// Store-private: what clustering read from idx_lsh and idx_claim_prop, kept
// between ingests so hot buckets and candidates are not read from RocksDB
// again. Exact, not a guess: the writers that change those families (Ingest,
// Import, CorrectClaim) hold Store::Impl::write_mu, update the cache only
// after their batch commits, and clear it when they change what it holds in
// ways it does not follow (imports, corrections, re-anchoring).
// Bounded: two generations of at most kMaxBuckets / kMaxCandidates entries
// (a bucket value is at most lsh::kMax claim ids, a candidate about 1 KB);
// a generation that fills up replaces the older one.
// Thread-safety: none; every call happens under write_mu.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "core/track/normalize.h"

namespace claimkb::store::cluster {

// A stored claim as clustering compares it.
struct Known {
  std::string claim_id;
  track::Normalized norm;
  std::string proposition;
  std::string publisher;
};

class Cache {
 public:
  static constexpr size_t kMaxBuckets = 1 << 16;
  static constexpr size_t kMaxCandidates = 1 << 14;

  // The stored value (lsh posting list) of a bucket; nullptr when not cached.
  // The string stays where it is until the next PutBucket or Clear.
  const std::string* Bucket(uint8_t band, uint64_t bucket);
  void PutBucket(uint8_t band, uint64_t bucket, std::string value);

  // A stored claim; nullptr when not cached.
  std::shared_ptr<const Known> Candidate(std::string_view claim_id);
  void PutCandidate(std::shared_ptr<const Known> known);

  void Clear();
  size_t buckets() const { return buckets_.size(); }
  size_t candidates() const { return candidates_.size(); }

 private:
  struct BucketHash {
    size_t operator()(const std::pair<uint8_t, uint64_t>& k) const {
      return k.second ^ (k.first * 0x9E3779B97F4A7C15ULL);
    }
  };
  struct IdHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  // One map per generation; lookups promote hits of the older one.
  template <typename Map>
  struct Generations {
    Map now, old;
    size_t size() const { return now.size() + old.size(); }
  };
  using BucketMap = std::unordered_map<std::pair<uint8_t, uint64_t>, std::string, BucketHash>;
  using CandidateMap =
      std::unordered_map<std::string, std::shared_ptr<const Known>, IdHash, std::equal_to<>>;
  Generations<BucketMap> buckets_;
  Generations<CandidateMap> candidates_;
};

}  // namespace claimkb::store::cluster
