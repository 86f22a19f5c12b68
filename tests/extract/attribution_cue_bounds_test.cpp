// Where a cue's content ends and when a cue reports nothing: a relative clause
// set off by commas ends before its antecedent's own verb, a verb of saying
// with a mere object in such a clause reports an act, a wish about someone
// else's act, a feeling and a hedge on someone's conduct state nothing, and
// "this" opens a circumstance only before a time word.
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::Speakers;
using testing::SpokenBy;

TEST_CASE("a relative clause's content ends before its antecedent's verb", "[extract][attribution][relative]") {
  auto x = ExtractText(
      "Rita Olsen, who said she usually votes for the incumbent, said one candidate she likes is Omar Diaz.");
  const model::Claim* inner = Attributed(x, "she usually votes for the incumbent");
  REQUIRE(inner);
  CHECK(inner->text.find("one candidate") == std::string::npos);
  // The main clause's cue keeps its own claim.
  CHECK(SpokenBy(x, "one candidate she likes is Omar Diaz", "olsen"));

  auto y = ExtractText(
      "Councillor Ben Hale, who called the budget \xE2\x80\x9C" "a disgrace,\xE2\x80\x9D voted against it on Monday.");
  const model::Claim* called = Attributed(y, "the budget");
  REQUIRE(called);
  CHECK(called->text.find("voted against") == std::string::npos);
}

TEST_CASE("a relative clause inside an appositive ends before the verb after a connective",
          "[extract][attribution][relative]") {
  auto x = ExtractText(
      "Mayor Tom Brandt, a Denver Democrat who warned that the levy would fail last spring, nevertheless voted for "
      "it on Tuesday.");
  const model::Claim* c = Attributed(x, "the levy would fail");
  REQUIRE(c);
  CHECK(c->text.find("voted for") == std::string::npos);
}

TEST_CASE("a verb of saying with a mere object in a relative clause reports an act",
          "[extract][attribution][relative]") {
  auto x = ExtractText(
      "Senator Lara Quist, who argued a dozen cases before the state court, will chair the committee.");
  CHECK_FALSE(Attributed(x, "a dozen cases"));
  CHECK_FALSE(Attributed(x, "will chair the committee"));
  // With a clause the relative clause still reports.
  auto y = ExtractText(
      "Senator Lara Quist, who argued that the court had overreached, will chair the committee.");
  CHECK(SpokenBy(y, "the court had overreached", "quist"));
}

TEST_CASE("a stance toward someone else's act states nothing", "[extract][attribution][object]") {
  auto x = ExtractText("Governor Ines Marlow supports the amendments to sharply raise the fuel tax.");
  CHECK_FALSE(Attributed(x, "the amendments"));
  // A stance with a clause is a claim.
  auto y = ExtractText("Governor Ines Marlow fears that the fuel tax will hurt farmers.");
  CHECK(SpokenBy(y, "the fuel tax will hurt farmers", "marlow"));
}

TEST_CASE("a demonstrative after the cue opens the clause, not a circumstance", "[extract][attribution][comma]") {
  auto x = ExtractText("Senator Rosa Lind said this was the last chance to pass the bill.");
  CHECK(SpokenBy(x, "this was the last chance", "lind"));
  auto y = ExtractText("Senator Rosa Lind said this week that the bill would pass.");
  CHECK(SpokenBy(y, "the bill would pass", "lind"));
}

TEST_CASE("a place adverb between the subject and its cue", "[extract][attribution][source]") {
  auto x = ExtractText(
      "Rosa Lind toured the valley. Her campaign workers here said they had knocked on every door since spring.");
  CHECK(Attributed(x, "they had knocked on every door"));
  auto y = ExtractText("Fresh polls there show the mayor trailing her rival by six points.");
  CHECK(Attributed(y, "the mayor trailing her rival"));
}

TEST_CASE("a feeling is no belief without a clause", "[extract][attribution][object]") {
  auto x = ExtractText("Many farmers in the valley felt betrayed by the ministry.");
  CHECK_FALSE(Attributed(x, "betrayed by the ministry"));
  auto y = ExtractText("Many farmers in the valley feel that the ministry has abandoned them.");
  CHECK(Attributed(y, "the ministry has abandoned them"));
  auto z = ExtractText("Senator Ann Roe feels like she lost the argument over the budget.");
  CHECK(SpokenBy(z, "she lost the argument", "roe"));
}

TEST_CASE("records of counts and messages speak with evidence verbs", "[extract][attribution][evidence]") {
  auto x = ExtractText("Exit polling shows the governor won two thirds of voters under 30.");
  CHECK(Attributed(x, "the governor won two thirds of voters"));
  auto y = ExtractText("A county poll out Monday showed the mayor with a narrow lead over her rival.");
  CHECK(Attributed(y, "the mayor with a narrow lead"));
  // A person is no document: "found" with a person's subject and an object is no finding.
  auto z = ExtractText("The governor found herself in a tight race.");
  CHECK_FALSE(Attributed(z, "herself in a tight race"));
}

TEST_CASE("a hedge on someone's conduct stays in the article's voice", "[extract][attribution][hedge]") {
  auto x = ExtractText("Governor Ines Marlow seems to be steering the budget carefully.");
  CHECK_FALSE(Attributed(x, "steering the budget"));
  // A hedge on what someone said is that person's hedged claim.
  auto y = ExtractText("Governor Ines Marlow appeared to blame the council for the delay.");
  const model::Claim* c = Attributed(y, "blame the council");
  REQUIRE(c);
  CHECK(c->stance.hedged);
}

TEST_CASE("a second predicate after an object is no part of it", "[extract][attribution][object]") {
  auto x = ExtractText("Governor Chris Lane endorsed Ruiz last week and has appeared at her side at rallies.");
  CHECK_FALSE(Attributed(x, "has appeared at her side"));
  auto y = ExtractText("Governor Chris Lane supports Ruiz but is not working for her campaign.");
  CHECK_FALSE(Attributed(y, "is not working for her"));
}

TEST_CASE("a verb of saying whose object is the gap of a relative clause claims nothing",
          "[extract][attribution][relative]") {
  auto x = ExtractText("Few voters trust the goals they claim for job growth. The numbers he cited in March would hold.");
  CHECK_FALSE(Attributed(x, "for job growth"));
  // A verb after the circumstance still leaves the clause reported.
  CHECK(Attributed(x, "would hold"));
  // A year is no antecedent, and a gap after a preposition leaves the cue its object.
  auto y = ExtractText(
      "In 2014 she said of the levy: \xE2\x80\x9CIt will never pass.\xE2\x80\x9D She wrote an op-ed in which she called "
      "for scrapping the levy.");
  CHECK(Attributed(y, "It will never pass"));
  CHECK(Attributed(y, "scrapping the levy"));
}

TEST_CASE("a preposition before a relative clause's antecedent is no part of the speaker",
          "[extract][attribution][relative]") {
  auto x = ExtractText(
      "A sense of loss is spreading among Ohio's oldest farmers, who believe the river will never return.");
  const model::Claim* c = Attributed(x, "the river will never return");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("farmers") != std::string::npos);
  CHECK(Speakers(x, *c).find("among") == std::string::npos);
}

TEST_CASE("a contrasting clause in the passive with no agent goes on with the claim",
          "[extract][attribution][contrast]") {
  auto x = ExtractText(
      "Rosa Lind says the festival draws more visitors every year, but the old songs are being dismissed as quaint.");
  const model::Claim* c = Attributed(x, "the festival draws more visitors");
  REQUIRE(c);
  CHECK(c->text.find("dismissed as quaint") != std::string::npos);
  // With its agent the passive is someone else's claim.
  auto y = ExtractText(
      "Rosa Lind says the festival draws more visitors every year, but the figure was disputed by the council.");
  const model::Claim* d = Attributed(y, "the festival draws more visitors");
  REQUIRE(d);
  CHECK(d->text.find("disputed") == std::string::npos);
}
