// Cue shapes from political news: a question put with "asked if/whether"
// states nothing, "made clear" takes its clause without "that",
// "“...,” Lee continued." closes a quote, "a play called “X”" names a thing
// and "her opening remarks" is a noun, not a cue.
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::SpokenBy;

TEST_CASE("an indirect yes-no question states nothing", "[extract][attribution][question]") {
  auto x = ExtractText("At the town hall, a farmer asked if the new levy would apply to small dairies.");
  CHECK_FALSE(Attributed(x, "the new levy would apply"));
  auto y = ExtractText("Reporters asked the mayor whether she would run again next year.");
  CHECK_FALSE(Attributed(y, "she would run again"));
  // A question word still reports what was asked about.
  auto z = ExtractText("A nurse asked what effect the shortage has on night shifts.");
  CHECK(Attributed(z, "effect the shortage has"));
}

TEST_CASE("made clear takes a clause without that", "[extract][attribution][phrasal]") {
  auto x = ExtractText(
      "Officials with the regional party made clear Monday they have no plans to fund the campaign.");
  CHECK(SpokenBy(x, "they have no plans to fund the campaign", "officials"));
  auto y = ExtractText("Many rank-and-file nurses made it clear they did not back the deal.");
  CHECK(SpokenBy(y, "they did not back the deal", "nurses"));
  // Not a report: "made clear progress".
  auto z = ExtractText("The negotiators made clear progress on the budget this week.");
  CHECK_FALSE(Attributed(z, "progress on the budget"));
}

TEST_CASE("continued after a quote closes its sentence", "[extract][attribution][continue]") {
  auto x = ExtractText(
      "Mayor Ana Ruiz spoke to the crowd. \xE2\x80\x9C" "And the bridge will be finished by spring,\xE2\x80\x9D "
      "Ruiz continued.");
  CHECK(SpokenBy(x, "the bridge will be finished by spring", "ruiz"));
  // "continue to" reports nothing.
  auto y = ExtractText("Mayor Ana Ruiz continued to oppose the toll road.");
  CHECK_FALSE(Attributed(y, "oppose the toll road"));
}

TEST_CASE("a noun named with called reports nothing", "[extract][attribution][naming]") {
  auto x = ExtractText(
      "A troupe of students is staging a comedy called \"The Long Count,\" in the old town hall.");
  CHECK_FALSE(Attributed(x, "The Long Count"));
  // A speaker calling something a name still reports.
  auto y = ExtractText("Senator Ben Hale called \"a disgrace\" the plan to close the clinic.");
  CHECK(SpokenBy(y, "a disgrace", "hale"));
}

TEST_CASE("an -s cue after an -ing modifier is a noun", "[extract][attribution][noun]") {
  auto x = ExtractText(
      "Committee chair Lena Ortiz said in her closing remarks that the platform should back the trade pact.");
  const model::Claim* c = Attributed(x, "the platform should back the trade pact");
  REQUIRE(c);
  CHECK(c->text.find("closing remarks") == std::string::npos);
  CHECK(SpokenBy(x, "the platform should back the trade pact", "ortiz"));
  CHECK_FALSE(Attributed(x, "in her closing remarks"));
}
