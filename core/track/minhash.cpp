#include "core/track/minhash.h"

#include <algorithm>
#include <limits>

#include "core/base/hash.h"

namespace claimkb::track {

namespace {

// splitmix64 finaliser: one word hash becomes kHashes independent ones.
uint64_t Mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

}  // namespace

Signature MinHash(const std::vector<std::string>& words) {
  Signature sig;
  sig.fill(std::numeric_limits<uint64_t>::max());
  for (const auto& w : words) {
    const uint64_t h = Hash64(w);
    for (size_t i = 0; i < kHashes; ++i) sig[i] = std::min(sig[i], Mix(h ^ (0xA5A5A5A5ULL * (i + 1))));
  }
  return sig;
}

std::vector<uint64_t> Bands(const std::vector<std::string>& words) {
  if (words.size() < kMinWords) return {};
  const Signature sig = MinHash(words);
  std::vector<uint64_t> out(kBands);
  for (size_t b = 0; b < kBands; ++b) {
    uint64_t h = Mix(b + 1);
    for (size_t r = 0; r < kRowsPerBand; ++r) h = Mix(h ^ sig[b * kRowsPerBand + r]);
    out[b] = h;
  }
  return out;
}

std::vector<std::string> Shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

namespace {
size_t CountShared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    int c = a[i].compare(b[j]);
    if (c == 0) {
      ++n;
      ++i;
      ++j;
    } else if (c < 0) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}
}  // namespace

double Jaccard(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() && b.empty()) return 0;
  const size_t inter = CountShared(a, b);
  return static_cast<double>(inter) / static_cast<double>(a.size() + b.size() - inter);
}

double Containment(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  return static_cast<double>(CountShared(a, b)) / static_cast<double>(std::min(a.size(), b.size()));
}

}  // namespace claimkb::track
