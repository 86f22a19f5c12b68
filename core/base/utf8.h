// UTF-8 checks, NFC normalisation and byte <-> code-point offset maps.
// Extraction works in byte offsets; everything that leaves claimkb is in
// Unicode code points (W3C Web Annotation TextPositionSelector).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/status.h"

namespace claimkb::utf8 {

// OK, or InvalidArgument naming the byte offset of the first bad sequence.
Status Validate(std::string_view bytes);
// NFC form of valid UTF-8 (REQUIRES: Validate(bytes).ok()).
Result<std::string> ToNfc(std::string_view bytes);
// Number of code points in valid UTF-8.
size_t CodePointCount(std::string_view bytes);

// Maps byte offsets of one string to code-point offsets and back in
// O(log k), k the number of UTF-8 continuation bytes (O(1) for ASCII text).
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  // REQUIRES: byte is at a code-point boundary or text.size(); a byte inside
  // a sequence maps to the next code point.
  uint32_t ToCodePoint(size_t byte) const;
  size_t ToByte(uint32_t code_point) const;
  uint32_t size() const { return static_cast<uint32_t>(bytes_ - continuations_.size()); }

 private:
  size_t bytes_;
  std::vector<uint32_t> continuations_;  // offsets of continuation bytes, ascending
  std::vector<uint32_t> starts_before_;  // per continuation byte: code points before it
};

// The code points [start, end) of text, as UTF-8.
std::string Substr(std::string_view text, const OffsetMap& map, uint32_t start, uint32_t end);

}  // namespace claimkb::utf8
