// Cues the sentence scan used to miss: a quote's tail with a verb of any kind
// ("“...!” beamed Ann Roe"), speakers named by age or with a participle
// ("said the 46-year-old", "said a leading advocate"), plural progressives
// ("Critics are arguing that"), "what SOURCE called X", and a quote in the
// first person carried into the next sentence with no cue.
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::SpokenBy;

TEST_CASE("a quote's tail names its speaker with a verb of any kind", "[extract][attribution][tail]") {
  auto x = ExtractText(
      "The new ferry docked on Friday.\n\n\xE2\x80\x9CThis is the best day the island has had!\xE2\x80\x9D beamed "
      "Ann Roe of Harbor Point, who waited four hours.");
  CHECK(SpokenBy(x, "best day the island has had", "roe"));
  auto y = ExtractText(
      "The council met on Tuesday.\n\n\xE2\x80\x9CLet the voters decide for once,\xE2\x80\x9D Mayor Tom Hale shot "
      "back with a grin.");
  CHECK(SpokenBy(y, "Let the voters decide", "hale"));
  // "in" after the verb opens a circumstance unless the tail ends with it.
  auto z = ExtractText(
      "The council met on Tuesday.\n\n\xE2\x80\x9CWe will not wait another year,\xE2\x80\x9D Ann Roe beamed in "
      "the lobby.");
  CHECK(SpokenBy(z, "We will not wait another year", "roe"));
}

TEST_CASE("a quote's tail without a speaker stays the article's", "[extract][attribution][tail]") {
  auto x = ExtractText(
      "\xE2\x80\x9CHarbor Lights,\xE2\x80\x9D the film released last spring, opened in forty cities.");
  CHECK_FALSE(Attributed(x, "Harbor Lights"));
}

TEST_CASE("a speaker after the cue is named by age or with a participle", "[extract][attribution][tail]") {
  auto x = ExtractText(
      "Lines formed early.\n\n\xE2\x80\x9CWe waited four hours for nothing,\xE2\x80\x9D said the 46-year-old.");
  CHECK(SpokenBy(x, "We waited four hours", "46-year-old"));
  auto y = ExtractText(
      "The vote is on Monday.\n\n\xE2\x80\x9CThe plan will not survive the winter,\xE2\x80\x9D said a leading "
      "advocate for the tenants.");
  CHECK(SpokenBy(y, "will not survive the winter", "advocate"));
}

TEST_CASE("a plural subject of a progressive cue speaks", "[extract][attribution][tail]") {
  auto x = ExtractText("Critics are arguing that the dam could fail within days.");
  CHECK(SpokenBy(x, "the dam could fail", "critics"));
  // A passive still names no one.
  auto y = ExtractText("The dams are said to be unsafe after the floods.");
  CHECK_FALSE(SpokenBy(y, "unsafe", "dams"));
  // After "and", the progressive is a second predicate of the sentence's subject.
  auto z = ExtractText(
      "Governor Lena Ortiz, her husband Paul and two aides are staying at a lodge in the hills and are insisting "
      "the 71-year-old will serve out her term, a source said.");
  CHECK(SpokenBy(z, "will serve out her term", "ortiz"));
}

TEST_CASE("what a source called something is its claim", "[extract][attribution][tail]") {
  auto x = ExtractText("The man was charged on Friday in what prosecutors called a hate crime.");
  CHECK(SpokenBy(x, "a hate crime", "prosecutors"));
  auto y = ExtractText(
      "The city hoped to shed what Mayor Ann Roe described as \xE2\x80\x9C"
      "a perception problem.\xE2\x80\x9D");
  CHECK(SpokenBy(y, "a perception problem", "roe"));
  // A demand or a topic is no naming.
  auto z = ExtractText("The board did what Mayor Ann Roe called for in May.");
  CHECK_FALSE(Attributed(z, "in May"));
}

TEST_CASE("a first-person quote with no cue goes on with the speaker before", "[extract][attribution][tail]") {
  auto x = ExtractText(
      "Fish prices fell again.\n\n\xE2\x80\x9CI was shocked to see that level,\xE2\x80\x9D said Tom Beck, who "
      "runs a seafood wholesaler. The price at the docks is \xE2\x80\x9C"
      "as low as I have ever seen.\xE2\x80\x9D");
  CHECK(SpokenBy(x, "as low as I have ever seen", "beck"));
  // Another person named outside the quote may be the one quoted.
  auto y = ExtractText(
      "Tom Beck said the catch was small. The season was, for Ann Roe, \xE2\x80\x9Cthe worst we have had in "
      "years.\xE2\x80\x9D");
  CHECK_FALSE(SpokenBy(y, "the worst we have had", "beck"));
  // A quoted word or two is no one's voice.
  auto z = ExtractText(
      "Tom Beck said the catch was small. The fleet is now an \xE2\x80\x9Cus\xE2\x80\x9D"
      " against the world.");
  CHECK_FALSE(Attributed(z, "against the world"));
}

TEST_CASE("an aside between the cue and its quote is skipped", "[extract][attribution][tail]") {
  auto x = ExtractText(
      "Lena Ortiz said, however, \xE2\x80\x9CPast results are no guide to the next season.\xE2\x80\x9D");
  CHECK(SpokenBy(x, "Past results are no guide", "ortiz"));
}

TEST_CASE("children, kin and guests speak as sources", "[extract][attribution][tail]") {
  auto x = ExtractText(
      "The fair opened on Monday.\n\nThe child said, \xE2\x80\x9CThe rides were far too slow.\xE2\x80\x9D");
  CHECK(SpokenBy(x, "The rides were far too slow", "child"));
  auto y = ExtractText(
      "The fair opened on Monday.\n\nOne visitor said, \xE2\x80\x9CThe lines were longer than last year.\xE2\x80\x9D");
  CHECK(SpokenBy(y, "The lines were longer", "visitor"));
}

TEST_CASE("a joined or counted subject of an absolute gerund speaks", "[extract][attribution][gerund]") {
  auto x = ExtractText("The parade filled the avenue, with marchers and spectators chanting \"Open the mill\" for hours.");
  CHECK(SpokenBy(x, "Open the mill", "marchers"));
  CHECK(SpokenBy(x, "Open the mill", "spectators"));
  auto y = ExtractText("Most residents shrugged off the vote, with four in 10 saying the levy would not change their plans.");
  CHECK(SpokenBy(y, "the levy would not change their plans", "four in 10"));
}

TEST_CASE("the author of a document after 'according to' speaks through it", "[extract][attribution][according]") {
  auto x = ExtractText("The levy passed by 312 votes, according to a tally by the Dayton Herald.");
  const model::Claim* c = Attributed(x, "The levy passed by 312 votes");
  REQUIRE(c);
  CHECK(testing::Speakers(x, *c).find("dayton herald") != std::string::npos);
  CHECK(testing::Via(x, *c).find("tally") != std::string::npos);
  // A document obtained by someone is not theirs.
  auto y = ExtractText("The plan will cost $40 million, according to a report obtained by the Dayton Herald.");
  CHECK_FALSE(SpokenBy(y, "The plan will cost", "herald"));
}
