// Fuzz target: the whole extraction pipeline (bytes -> document -> claims,
// actors, times, quantities, events). The first byte picks the input format.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/extract/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  claimkb::extract::Input in;
  in.format = static_cast<claimkb::extract::Format>(data[0] % 3);
  in.bytes.assign(reinterpret_cast<const char*>(data) + 1, size - 1);
  in.published = "2025-09-22";
  auto x = claimkb::extract::Extract(in);
  if (!x.ok()) return 0;
  // Every claim span lies inside the document text (code points).
  const auto& text = x->document.text;
  size_t code_points = 0;
  for (unsigned char ch : text) code_points += (ch & 0xC0) != 0x80;
  for (const auto& c : x->claims)
    if (c.span.start > c.span.end || c.span.end > code_points) __builtin_trap();
  return 0;
}
