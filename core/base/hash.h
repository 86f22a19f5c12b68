// Stable content hashes for ids. The output never changes between versions:
// stored ids depend on it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace claimkb {

// 64-bit FNV-1a over the bytes, seeded; stable across platforms.
uint64_t Hash64(std::string_view bytes, uint64_t seed = 0);
// 128 bits as 32 lowercase hex digits (two independent 64-bit hashes).
std::string HashHex128(std::string_view bytes);
std::string Hex64(uint64_t v);

}  // namespace claimkb
