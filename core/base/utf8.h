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

// Maps byte offsets of one string to code-point offsets and back in O(1).
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  // REQUIRES: byte is at a code-point boundary or text.size().
  uint32_t ToCodePoint(size_t byte) const;
  size_t ToByte(uint32_t code_point) const;
  uint32_t size() const { return static_cast<uint32_t>(cp_to_byte_.size() - 1); }

 private:
  std::vector<uint32_t> byte_to_cp_;
  std::vector<uint32_t> cp_to_byte_;
};

// The code points [start, end) of text, as UTF-8.
std::string Substr(std::string_view text, const OffsetMap& map, uint32_t start, uint32_t end);

}  // namespace claimkb::utf8
