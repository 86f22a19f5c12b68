// Quotes and subjects the sentence scan missed: a clause introducing a quote
// with a colon ("In an interview, Reed went further: “...”"), "as X puts it,
// “...”", verbs of answering ("interjected"), and a subject with a relative
// clause without commas ("Residents who oppose the plan said").
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::SpokenBy;

TEST_CASE("a clause and a colon introduce the quote closing the sentence", "[extract][attribution][colon]") {
  auto x = ExtractText(
      "In a radio interview later that day, Mayor Ann Reed went even further: \xE2\x80\x9CIf the council "
      "stalls again, the bridge will never open.\xE2\x80\x9D");
  CHECK(SpokenBy(x, "the bridge will never open", "reed"));
  auto y = ExtractText(
      "Asked which county fair was her favorite, Governor Lena Ortiz demurred: \xE2\x80\x9CWhichever one "
      "I am at that week.\xE2\x80\x9D");
  CHECK(SpokenBy(y, "Whichever one I am at that week", "ortiz"));
  // Past an aside set off by commas and a time after the subject.
  auto z = ExtractText(
      "Tom Harlan, who wrote the zoning law, later Tuesday told the Gazette: \xE2\x80\x9C"
      "Both sides will meet next week to settle it.\xE2\x80\x9D");
  CHECK(SpokenBy(z, "Both sides will meet next week", "harlan"));
}

TEST_CASE("a colon quote without a speaking subject stays the article's", "[extract][attribution][colon]") {
  // No subject that names a speaker.
  auto x = ExtractText("The new levy has one obvious flaw: \xE2\x80\x9Cit costs the farmers too much.\xE2\x80\x9D");
  CHECK_FALSE(Attributed(x, "costs the farmers too much"));
  // The quote has a cue of its own after it: "reads one".
  auto y = ExtractText(
      "Council member Tom Harlan put up new signs this month: \xE2\x80\x9CLower fares. Same buses,\xE2\x80\x9D "
      "reads one.");
  CHECK_FALSE(SpokenBy(y, "Same buses", "harlan"));
  // Another clause stands between the subject's verb and the colon.
  auto z = ExtractText(
      "In May, Tom Harlan spoke so long that the clerk underlined one phrase: \xE2\x80\x9C"
      "No comment tonight.\xE2\x80\x9D");
  CHECK_FALSE(SpokenBy(z, "No comment tonight", "harlan"));
}

TEST_CASE("as X puts it frames the quote after it", "[extract][attribution][framing]") {
  auto x = ExtractText(
      "As the Gazette's Ann Fox puts it, \xE2\x80\x9CThe council is divided and the voters are tired.\xE2\x80\x9D");
  CHECK(SpokenBy(x, "The council is divided and the voters are tired", "fox"));
  auto y = ExtractText(
      "But at the time, as county prosecutor Ann Fox put it, \xE2\x80\x9C" "apart from the wrong friends, "
      "there was nothing to charge him with.\xE2\x80\x9D");
  CHECK(SpokenBy(y, "there was nothing to charge him with", "fox"));
  CHECK_FALSE(Attributed(y, "But at the time"));
  // Closing the sentence, the phrase still frames what comes before it.
  auto z = ExtractText("The council is divided, as Ann Fox puts it.");
  CHECK(SpokenBy(z, "The council is divided", "fox"));
}

TEST_CASE("verbs of answering report the quote or clause they take", "[extract][attribution][lexicon]") {
  auto x = ExtractText("Council member Tom Harlan interjected, \xE2\x80\x9CWe already voted on this in May.\xE2\x80\x9D");
  CHECK(SpokenBy(x, "We already voted on this in May", "harlan"));
  auto y = ExtractText("\xE2\x80\x9CWe already voted on this,\xE2\x80\x9D Mayor Ann Reed answered.");
  CHECK(SpokenBy(y, "We already voted on this", "reed"));
  // Answering questions or the phone is an act, not a report.
  auto z = ExtractText("Mayor Ann Reed answered questions from reporters for an hour on Monday.");
  CHECK_FALSE(Attributed(z, "questions from reporters"));
}

TEST_CASE("a subject with a relative clause without commas speaks", "[extract][attribution][relative]") {
  auto x = ExtractText("Residents who oppose the toll plan said the new bridge would cost too much.");
  CHECK(SpokenBy(x, "the new bridge would cost too much", "residents"));
  // The stance inside the relative clause takes no content running into the main verb.
  CHECK_FALSE(testing::WithCue(x, "oppose"));
  auto y = ExtractText(
      "Council member Ann Hawkins spoke first. Hawkins and others who oppose the toll plan said the new "
      "bridge would cost too much.");
  CHECK(SpokenBy(y, "the new bridge would cost too much", "hawkins"));
  const model::Claim* c = Attributed(y, "the new bridge would cost too much");
  REQUIRE(c);
  CHECK(c->attribution.cue == "said");
}

TEST_CASE("a quote in '' marks closing on a single quote inside it", "[extract][attribution][quote]") {
  auto x = ExtractText(
      "Talks resumed on Monday.\n\n''The owners told us, 'Not this year,''' Mr. Tom Lott said.");
  CHECK(SpokenBy(x, "The owners told us", "lott"));
  auto y = ExtractText("Talks resumed on Monday.\n\n''They only said 'no,''' Ann Reyes recalled.");
  CHECK(SpokenBy(y, "They only said", "reyes"));
}
