// The lookup structures of the extraction hot paths: word tables
// (core/base/word_table.h) and a sentence's lower-cased words (Words).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/base/word_table.h"
#include "core/extract/sources.h"
#include "core/extract/text.h"

using claimkb::WordMap;
using claimkb::WordSet;
using claimkb::extract::Range;
using claimkb::extract::Token;
using claimkb::extract::Tokenize;
using claimkb::extract::Words;

TEST_CASE("WordMap finds exact and case-folded keys, first value wins") {
  WordMap<int> m = {{"march", 3}, {"may", 5}, {"sept", 9}, {"march", 99}};
  REQUIRE(m.size() == 3);
  REQUIRE(m.Find("march") != nullptr);
  CHECK(*m.Find("march") == 3);
  CHECK(m.Find("March") == nullptr);
  REQUIRE(m.FindFolded("MARCH") != nullptr);
  CHECK(*m.FindFolded("MARCH") == 3);
  CHECK(*m.FindFolded("Sept") == 9);
  CHECK(m.Find("marc") == nullptr);
  CHECK(m.Find("marchx") == nullptr);
  CHECK(m.Find("") == nullptr);
  CHECK(WordMap<int>().Find("march") == nullptr);
}

TEST_CASE("WordMap compares every byte of long keys, not only their ends") {
  // Same length, same first and last four bytes: only the middle tells them apart.
  WordMap<int> m = {{"president", 1}, {"presidents", 2}, {"understanding", 3}, {"jos\u00e9", 4}, {"un", 5}};
  CHECK(m.Find("presodent") == nullptr);
  CHECK(m.FindFolded("PRESodENT") == nullptr);
  REQUIRE(m.FindFolded("PRESIDENT") != nullptr);
  CHECK(*m.FindFolded("PRESIDENT") == 1);
  CHECK(*m.FindFolded("Presidents") == 2);
  CHECK(m.Find("presidenst") == nullptr);
  REQUIRE(m.FindFolded("UnderStanDing") != nullptr);
  CHECK(*m.FindFolded("UnderStanDing") == 3);
  CHECK(m.FindFolded("understamding") == nullptr);
  CHECK(m.FindFolded("understandinh") == nullptr);
  // Only ASCII letters fold: "JOS\u00c9" is not "jos\u00e9".
  CHECK(*m.FindFolded("JOS\u00e9") == 4);
  CHECK(m.FindFolded("JOS\u00c9") == nullptr);
  CHECK(*m.FindFolded("UN") == 5);
  CHECK(m.Find("UN") == nullptr);
  CHECK(m.FindFolded("uo") == nullptr);
}

TEST_CASE("WordSet keeps every word it grows to and no others") {
  WordSet s;
  std::vector<std::string> words;
  for (int i = 0; i < 500; ++i) words.push_back("w" + std::to_string(i * 7919));
  for (const auto& w : words) s.Add(w);
  for (const auto& w : words) s.Add(w);  // duplicates are ignored
  CHECK(s.size() == words.size());
  for (const auto& w : words) CHECK(s.Contains(w));
  for (int i = 0; i < 500; ++i) CHECK_FALSE(s.Contains("w" + std::to_string(i * 7919 + 1)));
  // Keys are copied: the set does not point into the caller's strings.
  std::string tmp = "transient";
  s.Add(tmp);
  tmp = "xxxxxxxxx";
  CHECK(s.Contains("transient"));
  CHECK_FALSE(s.Contains("xxxxxxxxx"));
}

TEST_CASE("Words lower-cases each token, also for tokens not in text order") {
  const std::string text = "The U.S. Senate’s vote on “HR 5” came LATE on Friday.";
  std::vector<Token> toks = Tokenize(text, Range{0, text.size()});
  REQUIRE(toks.size() > 8);
  auto check = [](const std::vector<Token>& ts) {
    Words w(ts);
    REQUIRE(w.size() == ts.size());
    for (size_t i = 0; i < ts.size(); ++i) {
      std::string want(ts[i].text);
      for (char& c : want) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      CHECK(std::string(w.low(i)) == want);
    }
  };
  check(toks);
  std::vector<Token> gapped = toks;
  gapped.erase(gapped.begin() + 3);  // still in order, with a hole
  check(gapped);
  std::vector<Token> reversed(toks.rbegin(), toks.rend());
  check(reversed);
  check({});
  Words w(toks);
  CHECK(w.Is(1, "u.s."));
  CHECK(w.Is(toks.size() - 2, "friday"));
}
