#include <catch2/catch.hpp>

#include "core/extract/text.h"

using namespace claimkb::extract;

static std::string_view Str(std::string_view t, Range r) { return t.substr(r.begin, r.size()); }

TEST_CASE("sentences do not break after titles and abbreviations", "[extract][text]") {
  std::string t = "Mr. Smith met U.S. officials on Monday. They said no.\n\nA new paragraph.";
  auto s = SplitSentences(t);
  REQUIRE(s.size() == 3);
  CHECK(Str(t, s[0]) == "Mr. Smith met U.S. officials on Monday.");
  CHECK(Str(t, s[1]) == "They said no.");
  CHECK(s[2].paragraph == 1);
}

TEST_CASE("sentences do not break after a middle initial", "[extract][text]") {
  std::string t = "Donald J. Trump spoke in Ohio. Paul D. Ryan stayed home. He voted.";
  auto s = SplitSentences(t);
  REQUIRE(s.size() == 3);
  CHECK(Str(t, s[0]) == "Donald J. Trump spoke in Ohio.");
  CHECK(Str(t, s[1]) == "Paul D. Ryan stayed home.");
  std::string u = "The vote failed, said Del. Stacey Plaskett. She left.";
  auto v = SplitSentences(u);
  REQUIRE(v.size() == 2);
  CHECK(Str(u, v[0]) == "The vote failed, said Del. Stacey Plaskett.");
  std::string nb = "Gov.\xC2\xA0John Kasich spoke. He left.";
  CHECK(SplitSentences(nb).size() == 2);
}

TEST_CASE("sentences do not break inside a name with initials", "[extract][text]") {
  std::string t = "The deal is dead, says J.J. Abrams, a producer. Rep. G.K. Butterfield of North Carolina agreed.";
  auto s = SplitSentences(t);
  REQUIRE(s.size() == 2);
  CHECK(Str(t, s[0]) == "The deal is dead, says J.J. Abrams, a producer.");
  std::string end = "She moved to Washington, D.C. Then she ran. He flew to the U.K. Markets fell. He met G.K. The man left.";
  auto e = SplitSentences(end);
  REQUIRE(e.size() == 6);
  CHECK(Str(end, e[0]) == "She moved to Washington, D.C.");
  CHECK(Str(end, e[2]) == "He flew to the U.K.");
  CHECK(Str(end, e[4]) == "He met G.K.");
  CHECK(Str(end, e[5]) == "The man left.");
}

TEST_CASE("a place abbreviation before a body or a title does not end the sentence", "[extract][text]") {
  std::string t = "He paid $900 to the U.S. Coast Guard for the search. The U.S. Navy seized a tanker. "
                  "It sailed from the U.S. Markets fell.";
  auto s = SplitSentences(t);
  REQUIRE(s.size() == 4);
  CHECK(Str(t, s[0]) == "He paid $900 to the U.S. Coast Guard for the search.");
  CHECK(Str(t, s[1]) == "The U.S. Navy seized a tanker.");
  CHECK(Str(t, s[2]) == "It sailed from the U.S.");
}

TEST_CASE("sentences never cross a blank line", "[extract][text]") {
  std::string t = "Headline without a period\n\nBody starts here.";
  auto s = SplitSentences(t);
  REQUIRE(s.size() == 2);
  CHECK(Str(t, s[0]) == "Headline without a period");
}

TEST_CASE("sentence offsets stay on bytes after accents, curly quotes and emoji", "[extract][text]") {
  // Two-, three- and four-byte characters (the last a UTF-16 surrogate pair) before each break.
  std::string t = "Jos\xC3\xA9 Pe\xC3\xB1" "a said \xE2\x80\x9Cyes\xE2\x80\x9D. Fans cheered \xF0\x9F\x8E\x89. "
                  "It ended.\n\nA caf\xC3\xA9 reopened \xE2\x80\x94 finally. Guests came.";
  auto s = SplitSentences(t);
  REQUIRE(s.size() == 5);
  CHECK(Str(t, s[0]) == "Jos\xC3\xA9 Pe\xC3\xB1" "a said \xE2\x80\x9Cyes\xE2\x80\x9D.");
  CHECK(Str(t, s[1]) == "Fans cheered \xF0\x9F\x8E\x89.");
  CHECK(Str(t, s[2]) == "It ended.");
  CHECK(Str(t, s[3]) == "A caf\xC3\xA9 reopened \xE2\x80\x94 finally.");
  CHECK(Str(t, s[4]) == "Guests came.");
  CHECK(s[3].paragraph == 1);
}

TEST_CASE("tokens keep inner apostrophes, hyphens and dotted abbreviations", "[extract][text]") {
  std::string t = "Trump’s narco-terrorist U.S. policy cost $1,000.50 (87%).";
  auto toks = Tokenize(t, {0, t.size()});
  std::vector<std::string> words;
  for (auto& k : toks) words.emplace_back(k.text);
  CHECK(words == std::vector<std::string>{"Trump’s", "narco-terrorist", "U.S.", "policy", "cost", "$", "1,000.50", "(",
                                          "87", "%", ")", "."});
  CHECK(toks[0].Is(kCapitalized));
  CHECK(toks[2].Is(kAllCaps));
  CHECK(toks[6].Is(kNumber));
}

TEST_CASE("a subject pronoun is split from its contracted auxiliary", "[extract][text]") {
  std::string t = "He's said they’d go, but it's Trump's call and I'll wait.";
  auto toks = Tokenize(t, {0, t.size()});
  std::vector<std::string> words;
  for (auto& k : toks) words.emplace_back(k.text);
  CHECK(words == std::vector<std::string>{"He", "'s", "said", "they", "’d", "go", ",", "but", "it's", "Trump's", "call",
                                          "and", "I", "'ll", "wait", "."});
  CHECK(toks[0].Is(kCapitalized));
  CHECK(toks[0].Is(kSentenceStart));
  CHECK(toks[1].Is(kWord));
  CHECK(!toks[1].Is(kSentenceStart));
  CHECK(toks[1].begin == toks[0].end);
}

TEST_CASE("quote tokens know their direction", "[extract][text]") {
  std::string t = "He said, \"no\" and “yes”.";
  auto toks = Tokenize(t, {0, t.size()});
  std::vector<int> opens, closes;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].Is(kOpenQuote)) opens.push_back(static_cast<int>(i));
    if (toks[i].Is(kCloseQuote)) closes.push_back(static_cast<int>(i));
  }
  CHECK(opens.size() == 2);
  CHECK(closes.size() == 2);
  CHECK(opens[0] < closes[0]);
}

TEST_CASE("two apostrophes are one straight double quote", "[extract][text]") {
  std::string t = "''It's over,'' she said.";
  auto toks = Tokenize(t, Range{0, t.size()});
  REQUIRE(toks.size() >= 6);
  CHECK(toks[0].text == "''");
  CHECK(toks[0].Is(kOpenQuote));
  CHECK(toks[1].text == "It's");
  CHECK(toks[4].text == "''");
  CHECK(toks[4].Is(kCloseQuote));
}

TEST_CASE("a dateline is recognised by its capitals and dash", "[extract][text]") {
  auto dateline = [](std::string t) { return DatelineEnd(Tokenize(t, {0, t.size()})); };
  CHECK(dateline("CAIRO \u2014 Officials said the talks failed.") == 2);
  CHECK(dateline("WASHINGTON (AP) \u2014 The Senate voted.") == 5);
  CHECK(dateline("KYIV, Ukraine \u2014 Sirens sounded.") == 4);
  CHECK(dateline("WASHINGTON \u2015 The president nominated a judge.") == 2);  // a horizontal bar
  CHECK(dateline("WASHINGTON, Dec. 8 (UPI) \u2014 The Senate voted.") == 9);
  CHECK(dateline("NATO said on Monday that troops would stay.") == 0);
  CHECK(dateline("The UN \u2014 and its agencies \u2014 agreed.") == 0);
}

TEST_CASE("a sentence led by a number or an amount starts after a full stop", "[extract][text]") {
  std::string t = "The crowd cheered for the senator. 67-year-old Ruth Alvarez said she came early. "
                  "Prices rose.” $4 million went to ads. Turnout fell 3.5 points in 2019. 12 precincts closed.";
  auto s = SplitSentences(t);
  REQUIRE(s.size() == 6);
  CHECK(Str(t, s[0]) == "The crowd cheered for the senator.");
  CHECK(Str(t, s[1]) == "67-year-old Ruth Alvarez said she came early.");
  CHECK(Str(t, s[2]) == "Prices rose.”");
  CHECK(Str(t, s[3]) == "$4 million went to ads.");
  CHECK(Str(t, s[4]) == "Turnout fell 3.5 points in 2019.");
  CHECK(Str(t, s[5]) == "12 precincts closed.");
}

TEST_CASE("a number after an abbreviation, an initial or a dotted word continues the sentence", "[extract][text]") {
  for (std::string t : {"The No. 5 seed lost to the champions on Sept. 11 last year.",
                        "The U.S. 2 percent target held, says Vol. 2 of the report.",
                        "He ranked Class B. 4 teams stayed at 10 a.m. 5 days a week.",
                        "The bill passed on Jan. 15 with 3.5 percent support, Sec. 4 says."}) {
    CAPTURE(t);
    CHECK(SplitSentences(t).size() == 1);
  }
}

TEST_CASE("a quoted exclamation or question goes on with a lower-case word", "[extract][text]") {
  std::string t = "The brewer called it a \xE2\x80\x9Cwow!\xE2\x80\x9D moment for the town. Sales rose.";
  auto s = SplitSentences(t);
  REQUIRE(s.size() == 2);
  CHECK(Str(t, s[0]) == "The brewer called it a \xE2\x80\x9Cwow!\xE2\x80\x9D moment for the town.");
  std::string u = "The crowd chanted \"Not again?\" and left. \"Why?\" They left.";
  CHECK(SplitSentences(u).size() == 3);
  std::string v = "She won! and then she left.";  // no quote: ICU's break stands
  CHECK(SplitSentences(v).size() == 2);
}

TEST_CASE("a web site's name with its domain is one word", "[extract][text]") {
  std::string t = "Deadline.com reported it, as did FanSite.net; see example.org.";
  auto toks = Tokenize(t, {0, t.size()});
  REQUIRE(toks.size() == 11);
  CHECK(toks[0].text == "Deadline.com");
  CHECK(toks[6].text == "FanSite.net");
  CHECK(toks[9].text == "example.org");
  std::string u = "He left the U.S. Then.";
  CHECK(Tokenize(u, {0, u.size()})[3].text == "U.S.");
}

TEST_CASE("sentences do not break after a case's v., a hyphened title or a state naming what follows",
          "[extract][text]") {
  std::string t = "The court cited Roe v. Wade in its ruling. A Calif. Republican voted no. "
                  "Rep. Ann Lee lives in Ky. Democrats joined her. The Ariz. Senate met. Then-Sen. Joe Ray spoke.";
  auto s = SplitSentences(t);
  REQUIRE(s.size() == 6);
  CHECK(Str(t, s[0]) == "The court cited Roe v. Wade in its ruling.");
  CHECK(Str(t, s[1]) == "A Calif. Republican voted no.");
  CHECK(Str(t, s[2]) == "Rep. Ann Lee lives in Ky.");
  CHECK(Str(t, s[4]) == "The Ariz. Senate met.");
  CHECK(Str(t, s[5]) == "Then-Sen. Joe Ray spoke.");
}
