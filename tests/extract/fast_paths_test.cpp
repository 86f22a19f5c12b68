// Fast paths of the extraction hot spots must give what the general code
// gives: number values (strtod), ISO dates (snprintf), slugs (ICU), cue and
// word-class lookups, the gazetteer's filter and the one-pass 128-bit document hash.
#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/base/hash.h"
#include "core/extract/calendar.h"
#include "core/extract/cues.h"
#include "core/extract/furniture.h"
#include "core/extract/gazetteer.h"
#include "core/extract/metadata.h"
#include "core/extract/names.h"
#include "core/extract/quotes.h"
#include "core/extract/scan.h"
#include "core/extract/sources.h"
#include "core/model/types.h"

using namespace claimkb;

namespace {

double Strtod(std::string_view digits) {
  std::string s;
  for (char c : digits)
    if (c != ',') s += c;
  return std::strtod(s.c_str(), nullptr);
}

std::string Printf(const char* format, int a, int b, int c) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), format, a, b, c);
  return buf;
}

}  // namespace

TEST_CASE("NumberValue equals strtod on whole, grouped, long and decimal numbers") {
  for (std::string_view d : {"0", "7", "007", "2024", "1,000", "1,000,000", "999999999999999", "1234567890123456",
                             "12,345,678,901,234,567", "3.5", ".500", "12,500.75", "0.1"}) {
    INFO(d);
    CHECK(extract::scan::NumberValue(d) == Strtod(d));
  }
}

TEST_CASE("ISO dates print as %04d-%02d-%02d, also outside four-digit years") {
  using extract::calendar::Date;
  for (Date d : {Date{2025, 9, 22}, Date{987, 1, 5}, Date{0, 12, 31}, Date{12345, 1, 1}, Date{-44, 3, 15}}) {
    INFO(d.year);
    CHECK(extract::calendar::Iso(d) == Printf("%04d-%02d-%02d", d.year, d.month, d.day));
    CHECK(extract::calendar::IsoMonth(d.year, d.month) == Printf("%04d-%02d", d.year, d.month, 0));
    CHECK(extract::calendar::IsoYear(d.year) == Printf("%04d", d.year, 0, 0));
  }
}

TEST_CASE("Slug: ASCII names and names with accents give the same kind of id") {
  CHECK(model::Slug("President Donald Trump") == "president-donald-trump");
  CHECK(model::Slug("Trump's letter") == "trumps-letter");
  CHECK(model::Slug("U.S. Southern Command") == "u-s-southern-command");
  CHECK(model::Slug("  --  ") == "unnamed");
  CHECK(model::Slug("") == "unnamed");
  CHECK(model::Slug("Nicol\u00e1s Maduro") == "nicolas-maduro");
  CHECK(model::Slug("Nicolas Maduro\u2019s letter") == "nicolas-maduros-letter");
}

TEST_CASE("LookupCue is case-insensitive and rejects overlong words") {
  auto said = extract::LookupCue("Said");
  REQUIRE(said);
  CHECK(said->lemma == "say");
  auto says = extract::LookupCue("SAYS");
  REQUIRE(says);
  CHECK(says->lemma == "say");
  CHECK_FALSE(extract::LookupCue("sayings"));
  CHECK_FALSE(extract::LookupCue(""));
  CHECK_FALSE(extract::LookupCue(std::string(30, 's')));
}

TEST_CASE("Word classes answer from their lists only") {
  CHECK(extract::IsDeterminer("the"));
  CHECK_FALSE(extract::IsDeterminer("then"));
  CHECK(extract::IsSubjectPronoun("they"));
  CHECK_FALSE(extract::IsSubjectPronoun("them"));
  CHECK(extract::IsTimeWord("yesterday"));
  CHECK_FALSE(extract::IsFunctionWord("maduro"));
}

TEST_CASE("HashHex128 is the two seeded 64-bit hashes side by side") {
  for (std::string_view s : {"", "a", "claimkb", "Nicol\u00e1s Maduro said on Monday that 87% of drugs go by sea."}) {
    INFO(s);
    CHECK(HashHex128(s) == Hex64(Hash64(s, 1)) + Hex64(Hash64(s, 2)));
  }
}

namespace {

// n words of filler followed by `tail`.
std::string Words(size_t n, std::string_view tail) {
  std::string s;
  for (size_t i = 0; i < n; ++i) s += "protesters ";
  return s + std::string(tail);
}

}  // namespace

TEST_CASE("Caption blocks keep their word limits whichever credit cue matches") {
  // 78 filler words + the two-word credit: 80 words.
  CHECK(extract::IsCaptionBlock(Words(78, "Getty Images")));
  CHECK_FALSE(extract::IsCaptionBlock(Words(79, "Getty Images")));
  CHECK(extract::IsCaptionBlock(Words(79, "(Reuters)")));
  CHECK_FALSE(extract::IsCaptionBlock(Words(80, "(Reuters)")));
  CHECK(extract::IsCaptionBlock(Words(70, "Credit: Jane Roe/AFP")));
  CHECK_FALSE(extract::IsCaptionBlock(Words(80, "Credit: Jane Roe/AFP")));
  CHECK(extract::IsCaptionBlock("Photo by Jane Roe/The Daily Herald staff"));
  CHECK_FALSE(extract::IsCaptionBlock("Photo by Jane Roe/The Daily Herald staff and crew"));
  CHECK_FALSE(extract::IsCaptionBlock("Crowds gathered outside the ministry on Monday."));
  // The credit must start near the end: a "Credit" early in a long block is no caption's.
  CHECK_FALSE(extract::IsCaptionBlock("Credit: Jane Roe/AFP. " + Words(30, "in the capital.")));
}

TEST_CASE("Lexicon classes come from exact entries, multi-word ones by their first word") {
  const extract::Lexicon& lex = extract::Lexicon::Get();
  CHECK(lex.Is("secretary", extract::kTitle));
  CHECK((lex.Classes("secretary") & extract::kMultiStart) != 0);
  CHECK_FALSE(lex.Is("Secretary", extract::kTitle));
  CHECK(lex.Classes("secretaryship") == 0);
  CHECK(lex.Classes("") == 0);
  std::string_view words[] = {"secretary", "of", "state", "said"};
  CHECK(lex.LongestAt(words, 4, extract::kTitle) == 3);
  CHECK(lex.LongestAt(words, 2, extract::kTitle) == 1);
  std::string_view other[] = {"protesters", "of", "state"};
  CHECK(lex.LongestAt(other, 3, extract::kTitle) == 0);
}

TEST_CASE("AsciiLower folds exactly the bytes A-Z, in every position of long and short strings") {
  std::string all;
  for (int b = 1; b < 256; ++b) all += static_cast<char>(b);
  for (std::string s : {all, std::string("MARCH"), std::string("Nicol\u00e1s MADURO of VENEZUELA said"), std::string()}) {
    std::string want = s;
    for (char& c : want)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    for (size_t skip = 0; skip < 8 && skip <= s.size(); ++skip)  // every alignment of the eight-byte steps
      CHECK(extract::AsciiLower(std::string_view(s).substr(skip)) == want.substr(skip));
  }
}

TEST_CASE("Initials turns away only words no list entry can equal, ignoring ASCII case") {
  static constexpr std::string_view kWords[] = {"march", "a", "twenty-first", "9/11",
                                                "an-entry-longer-than-thirty-two-bytes"};
  extract::scan::Initials initials(kWords);
  for (std::string_view w : {"march", "MARCH", "Mayor", "A", "Twenty-First", "9/11", "1/11",
                             "an-entry-longer-than-thirty-two-bytes", "any-other-word-longer-than-32-bytes"})
    CHECK(initials.May(w));
  for (std::string_view w : {"", "b", "april", "an", "march!", "Eleventh-day"}) CHECK_FALSE(initials.May(w));
}

TEST_CASE("QuoteMap finds straight, doubled and curly marks at every offset in a run of plain bytes") {
  for (size_t pad = 0; pad < 20; ++pad) {
    std::string text = std::string(pad, 'x') + " said \"we will\", then “they do” and ''it is'' end";
    extract::QuoteMap quotes(text);
    size_t a = text.find('"'), b = text.find("\xE2\x80\x9C"), c = text.find("''");
    REQUIRE(quotes.quotes().size() == 3);
    CHECK(quotes.quotes()[0].begin == a);
    CHECK(quotes.quotes()[0].end == text.find('"', a + 1) + 1);
    CHECK(quotes.quotes()[1].begin == b);
    CHECK(quotes.quotes()[1].end == text.find("\xE2\x80\x9D") + 3);
    CHECK(quotes.quotes()[2].begin == c);
    CHECK(quotes.quotes()[2].end == text.find("''", c + 2) + 2);
  }
}

TEST_CASE("Gazetteer matches reach past the first word of multi-word surfaces") {
  const extract::Gazetteer& g = extract::Gazetteer::Get();
  auto match = [&](std::initializer_list<std::string_view> keys) -> uint32_t {
    auto m = g.Match(keys.begin(), keys.size());
    return m ? m->tokens : 0;
  };
  CHECK(match({"United", "States", "of", "America", "said"}) == 4);
  CHECK(match({"United", "States", "officials"}) == 2);
  CHECK(match({"European", "Union", "rules"}) == 2);
  CHECK(match({"Washington", ",", "D.C."}) >= 1);
  CHECK(match({"Unitedd", "States"}) == 0);
  CHECK(match({"said", "United", "States"}) == 0);
}

TEST_CASE("HasLooseKey answers as comparing LooseKeys does") {
  const std::string_view texts[] = {"Senate Passes Budget, 52-48", "senate passes budget 5248", "Senate passes budget",
                                    "SENATE -- PASSES BUDGET 52 48!", "Senate passes budget, 52-48, after night",
                                    "", "...", "Caf\xC3\xA9 owners sue", "cafe owners sue"};
  for (std::string_view a : texts)
    for (std::string_view b : texts)
      CHECK(extract::HasLooseKey(a, extract::LooseKey(b)) == (extract::LooseKey(a) == extract::LooseKey(b)));
  CHECK(extract::HasLooseKey("Senate Passes Budget, 52-48", "senatepassesbudget5248"));
  CHECK_FALSE(extract::HasLooseKey("Senate Passes Budget", "senatepassesbudget5248"));
  CHECK_FALSE(extract::HasLooseKey("Senate Passes Budget, 52-48", "senatepassesbudget52"));
}
