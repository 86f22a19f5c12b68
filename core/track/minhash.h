// MinHash signatures over a claim's normalised words and their LSH bands:
// claims whose word sets overlap a lot share a band bucket with high
// probability, so candidates are found by point lookups, not by scanning.
// Pure functions; thread-safe. The output never changes between versions:
// bucket hashes are stored in the idx_lsh column family.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace claimkb::track {

constexpr size_t kBands = 16;
constexpr size_t kRowsPerBand = 2;
constexpr size_t kHashes = kBands * kRowsPerBand;
// Claims with fewer normalised words are too short to match reliably and are not indexed.
constexpr size_t kMinWords = 2;

using Signature = std::array<uint64_t, kHashes>;

Signature MinHash(const std::vector<std::string>& words);
// One bucket hash per band; empty when words.size() < kMinWords.
std::vector<uint64_t> Bands(const std::vector<std::string>& words);

// |a ∩ b| / |a ∪ b| and |a ∩ b| / min(|a|, |b|) of two sorted unique word lists.
double Jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b);
double Containment(const std::vector<std::string>& a, const std::vector<std::string>& b);
// The words both sorted lists hold.
std::vector<std::string> Shared(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace claimkb::track
