// Where a claim's content starts and ends around its cue and source: a noun
// of saying keeps its "that" as a verb does, "that" after a telling verb opens
// the content rather than naming a listener, a source set in the middle of
// its claim with an apposition lets the claim run on after it, "according to"
// after a speaker's cue gives the reporting source a claim of its own, a
// contrasting clause goes on with the claim unless its own subject speaks, and
// a question put by an unnamed asker ("Asked whether ...") is a claim with no speaker.
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::SpokenBy;
using testing::Via;

TEST_CASE("a noun of saying keeps its 'that' in the content", "[extract][attribution][spans]") {
  auto x = ExtractText("Officials rejected Mayor Dana Whitfield's claim that the budget was balanced.");
  CHECK(SpokenBy(x, "that the budget was balanced", "whitfield"));
}

TEST_CASE("'that' after a telling verb opens its content, not a listener", "[extract][attribution][spans]") {
  auto x = ExtractText("Senator Ann Reed warned that Governor Tom Blake would veto the bill.");
  CHECK(SpokenBy(x, "that Governor Tom Blake would veto the bill", "reed"));
}

TEST_CASE("a claim runs on after its source's apposition", "[extract][attribution][spans]") {
  auto x = ExtractText(
      "Any fair reading of the audit, said Tom Lee, an economist at the state bank, would show that the plan "
      "failed.");
  CHECK(SpokenBy(x, "would show that the plan failed", "lee"));

  auto y = ExtractText(
      "\xE2\x80\x9CThe budget,\xE2\x80\x9D said Tom Lee, a professor who studies the city, \xE2\x80\x9Cis already "
      "gone.\xE2\x80\x9D");
  CHECK(SpokenBy(y, "is already gone", "lee"));

  // A participle after the apposition is no part of the claim.
  auto z = ExtractText(
      "\xE2\x80\x9CThe budget is gone,\xE2\x80\x9D said Tom Lee, a professor at the college, adding that the city "
      "would borrow.");
  const model::Claim* c = Attributed(z, "The budget is gone");
  REQUIRE(c);
  CHECK(c->text.find("adding") == std::string::npos);
}

TEST_CASE("the source after 'according to' reports the speaker's statement", "[extract][attribution][spans][via]") {
  auto x = ExtractText(
      "\xE2\x80\x9CWe will not back down,\xE2\x80\x9D Ann Reed said, according to the Dayton Herald.");
  CHECK(SpokenBy(x, "We will not back down", "reed"));
  CHECK(SpokenBy(x, "We will not back down", "dayton herald"));
  const model::Claim* said = nullptr;
  for (const auto& c : x.claims)
    if (c.attribution.cue == "said") said = &c;
  REQUIRE(said);
  CHECK(Via(x, *said).find("dayton herald") != std::string::npos);
}

TEST_CASE("a contrasting clause goes on with the claim unless its own subject speaks", "[extract][attribution][spans]") {
  auto x = ExtractText(
      "Ann Reed said she recruited Tom Hale for the job, but hasn't decided what she'll be doing next.");
  CHECK(SpokenBy(x, "hasn't decided what she'll be doing next", "reed"));

  auto y = ExtractText(
      "Ann Reed said she would back the nominee, but beyond that, she doesn't want to be involved in the race.");
  CHECK(SpokenBy(y, "she doesn't want to be involved", "reed"));

  auto z = ExtractText("Ann Reed said the plan would pass, but the editor said it was doomed.");
  const model::Claim* c = Attributed(z, "the plan would pass");
  REQUIRE(c);
  CHECK(c->text.find("editor") == std::string::npos);
}

TEST_CASE("a question put to someone by an unnamed asker is a claim with no speaker", "[extract][attribution][spans]") {
  auto x = ExtractText("Asked whether he would run again, Tom Lee said he had not decided.");
  const model::Claim* asked = Attributed(x, "whether he would run again");
  REQUIRE(asked);
  CHECK(asked->attribution.speakers.empty());
  CHECK(asked->text.find("Lee") == std::string::npos);
  CHECK(SpokenBy(x, "he had not decided", "lee"));

  auto y = ExtractText(
      "\xE2\x80\x9CWe will see,\xE2\x80\x9D Governor Tom Hale said when asked about the budget gap.");
  CHECK(Attributed(y, "the budget gap"));

  // Past a few words of circumstance; an asker named after "by" speaks.
  auto w = ExtractText(
      "Asked during a debate in Iowa why he trailed so badly, Senator Tom Lee said he would gain ground.\n\n"
      "Asked by Ann Starnes if the plan would work, Tom Lee shrugged.");
  CHECK(Attributed(w, "why he trailed so badly"));
  CHECK(SpokenBy(w, "if the plan would work", "starnes"));

  // Someone who asks is a speaker of the usual kind.
  auto z = ExtractText("Ann Reed asked the board whether the vote could wait.");
  const model::Claim* asks = Attributed(z, "whether the vote could wait");
  CHECK((asks == nullptr || !asks->attribution.speakers.empty()));
}
