#include "core/store/cluster_cache.h"

namespace claimkb::store::cluster {

namespace {

// The entry of key in g.now, promoting it from g.old; nullptr when absent.
template <typename G, typename K>
typename decltype(G::now)::mapped_type* Find(G& g, const K& key) {
  if (auto it = g.now.find(key); it != g.now.end()) return &it->second;
  auto it = g.old.find(key);
  if (it == g.old.end()) return nullptr;
  auto node = g.old.extract(it);
  return &g.now.insert(std::move(node)).position->second;
}

template <typename G, typename K, typename V>
void Put(G& g, size_t cap, K&& key, V&& value) {
  if (auto it = g.now.find(key); it != g.now.end()) {
    it->second = std::forward<V>(value);
    return;
  }
  g.old.erase(key);
  if (g.now.size() >= cap) {
    g.old = std::move(g.now);
    g.now.clear();
  }
  g.now.emplace(std::forward<K>(key), std::forward<V>(value));
}

}  // namespace

const std::string* Cache::Bucket(uint8_t band, uint64_t bucket) {
  return Find(buckets_, std::make_pair(band, bucket));
}

void Cache::PutBucket(uint8_t band, uint64_t bucket, std::string value) {
  Put(buckets_, kMaxBuckets, std::make_pair(band, bucket), std::move(value));
}

std::shared_ptr<const Known> Cache::Candidate(std::string_view claim_id) {
  auto* hit = Find(candidates_, claim_id);
  return hit ? *hit : nullptr;
}

void Cache::PutCandidate(std::shared_ptr<const Known> known) {
  std::string id = known->claim_id;
  Put(candidates_, kMaxCandidates, std::move(id), std::move(known));
}

void Cache::Clear() {
  buckets_ = {};
  candidates_ = {};
}

}  // namespace claimkb::store::cluster
