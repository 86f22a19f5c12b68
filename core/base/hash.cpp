#include "core/base/hash.h"

namespace claimkb {

namespace {

constexpr uint64_t kPrime = 0x100000001b3ULL;

uint64_t Start(uint64_t seed) { return 0xcbf29ce484222325ULL ^ (seed * 0x9e3779b97f4a7c15ULL); }

// Final avalanche (splitmix64) so that short inputs spread over all bits.
uint64_t Finish(uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

}  // namespace

uint64_t Hash64(std::string_view bytes, uint64_t seed) {
  uint64_t h = Start(seed);
  for (unsigned char c : bytes) {
    h ^= c;
    h *= kPrime;
  }
  return Finish(h);
}

std::string Hex64(uint64_t v) {
  static const char* kDigits = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[i] = kDigits[v & 0xf];
    v >>= 4;
  }
  return out;
}

std::string HashHex128(std::string_view bytes) {
  // Hash64(bytes, 1) and Hash64(bytes, 2) in one pass: the two multiply
  // chains are independent, so they overlap instead of running one after the other.
  uint64_t a = Start(1), b = Start(2);
  for (unsigned char c : bytes) {
    a = (a ^ c) * kPrime;
    b = (b ^ c) * kPrime;
  }
  return Hex64(Finish(a)) + Hex64(Finish(b));
}

}  // namespace claimkb
