// Regression tests for bugs the fuzz, crash and disk-full tests found, one per bug.
#include <catch2/catch.hpp>

#include "core/base/utf8.h"
#include "core/extract/html.h"
#include "core/extract/pipeline.h"

namespace claimkb::testing {

// fuzz_html: gumbo wrapped `&#x1F60AAAA0;` to a negative code point and wrote invalid UTF-8.
TEST_CASE("an overlong numeric character reference reads as U+FFFD, not invalid UTF-8", "[regression]") {
  for (const char* html : {"<p>Friday &#x1F60AAAA0; it rained</p>", "<p>Friday &#X00FFFFFFFFF; it rained</p>",
                           "<p>Friday &#4294967295; it rained</p>", "<p>Friday &#x1F60AAAA0</p>"}) {
    INFO(html);
    auto a = extract::ReadHtml(html);
    CHECK(utf8::Validate(a.body).ok());
    CHECK(a.body.find("\xEF\xBF\xBD") != std::string::npos);
    extract::Input in;
    in.bytes = html;
    in.format = extract::Format::kHtml;
    CHECK(extract::Extract(in).ok());
  }
  // In-range references are untouched.
  CHECK(extract::ReadHtml("<p>Smile &#x1F60A; &#233;t&#xE9;</p>").body == "Smile \xF0\x9F\x98\x8A \xC3\xA9t\xC3\xA9");
}

}  // namespace claimkb::testing
