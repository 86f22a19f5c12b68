// Fuzz target: the HTML reader (metadata and body extraction) on any bytes
// that pass UTF-8 validation, as Extract would give it.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/base/utf8.h"
#include "core/extract/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!claimkb::utf8::Validate(bytes).ok()) return 0;
  (void)claimkb::extract::LooksLikeHtml(bytes);
  claimkb::extract::HtmlArticle a = claimkb::extract::ReadHtml(bytes);
  // The body must itself be valid UTF-8: the pipeline normalises it next.
  if (!claimkb::utf8::Validate(a.body).ok()) __builtin_trap();
  return 0;
}
