// Cues the sentence scan used to miss: a noun of saying owned by a speaker
// ("his claim that"), connective asides ("on the other hand", "however")
// between a subject or listener and the rest of its cue.
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::SpokenBy;

TEST_CASE("a noun of saying owned by a speaker takes its clause", "[extract][attribution][noun]") {
  auto x = ExtractText(
      "Senator Maria Lopez spoke in Denver on Monday. Republicans distanced themselves from her suggestion "
      "that the budget office had hidden the costs.");
  CHECK(SpokenBy(x, "the budget office had hidden the costs", "lopez"));
  auto y = ExtractText("Mayor Tom Brandt's repeated claims that the bridge was safe drew a rebuke from engineers.");
  CHECK(SpokenBy(y, "the bridge was safe", "brandt"));
  auto a = ExtractText("State officials met on Friday. The senator's warning that the dam could fail went unheeded.");
  CHECK(SpokenBy(a, "the dam could fail", "senator"));
  // "his father's claim": the holder is someone's kin, not a name to resolve.
  auto k = ExtractText("Eli Brandt spoke on Monday. He defended his father's claim that the firm paid its taxes.");
  CHECK_FALSE(testing::WithCue(k, "claim"));
  // A verb before the noun: the claims are not the verb's subject's.
  auto z = ExtractText("Mayor Tom Brandt's office dismissed claims that the bridge was unsafe.");
  const model::Claim* c = Attributed(z, "the bridge was unsafe");
  CHECK_FALSE((c && c->attribution.cue == "claims"));
  // "said in her remarks that": the verb's claim, not a second one.
  auto v = ExtractText("Chair Lena Ortiz spoke on Monday. Ortiz said in her opening remarks that the pact is fair.");
  CHECK(testing::CountAttributed(v) == 1);
  // A relative clause after the noun is no content of the noun's.
  auto r = ExtractText("Mayor Tom Brandt spoke on Monday. His claims that were debunked last year resurfaced.");
  CHECK_FALSE(testing::WithCue(r, "claims"));
  // Wishes are no claims: "his hope that".
  auto h = ExtractText("Mayor Tom Brandt spoke on Monday. His hope that the council would approve the levy faded.");
  CHECK_FALSE(testing::WithCue(h, "hope"));
  CHECK_FALSE(Attributed(h, "the council would approve the levy"));
}

TEST_CASE("a connective aside between a listener and the clause", "[extract][attribution][aside]") {
  auto x = ExtractText("Two aides told the newspaper, however, that the senator did speak at the meeting.");
  const model::Claim* c = Attributed(x, "the senator did speak at the meeting");
  REQUIRE(c);
  CHECK(c->text.find("newspaper") == std::string::npos);
  auto y = ExtractText(
      "Supporters of the levy, on the other hand, argued that it would pay for the new fire station.");
  CHECK(SpokenBy(y, "it would pay for the new fire station", "supporters"));
}

TEST_CASE("a counted description after the content speaks", "[extract][attribution][subject]") {
  auto x = ExtractText("The troops will not fight, one senior defense official said on Tuesday.");
  CHECK(SpokenBy(x, "The troops will not fight", "one senior defense official"));
  auto y = ExtractText("\"The talks are over,\" two senior defense officials said.");
  CHECK(SpokenBy(y, "The talks are over", "two senior defense officials"));
}

TEST_CASE("two plurals joined by 'and' after the content speak together", "[extract][attribution][subject]") {
  auto x = ExtractText("The new schedule leaves no time for lunch, teachers and union officials said.");
  CHECK(SpokenBy(x, "The new schedule leaves no time for lunch", "teachers and union officials"));
  auto y = ExtractText("Nurses and paramedics said the ward was full.");
  CHECK(SpokenBy(y, "the ward was full", "nurses and paramedics"));
  // A plural object of the verb before "and" is no speaker.
  auto z = ExtractText("The plan cuts taxes and workers said it was fair.");
  CHECK_FALSE(SpokenBy(z, "it was fair", "taxes"));
}

TEST_CASE("whoever issues a statement speaks through its gerund", "[extract][attribution][subject]") {
  auto x = ExtractText("The village released a statement on Friday saying the water was safe to drink.");
  CHECK(SpokenBy(x, "the water was safe to drink", "village"));
  auto y = ExtractText("The parish put out a statement saying that the fair would go ahead.");
  CHECK(SpokenBy(y, "the fair would go ahead", "parish"));
  // Another act with a gerund names no speaker by this rule.
  auto z = ExtractText("The village built a new bridge, saying it would ease traffic.");
  CHECK_FALSE(SpokenBy(z, "it would ease traffic", "village"));
}

TEST_CASE("a plural noun after a modal's or 'to''s verb and its object is no cue", "[extract][attribution][subject]") {
  auto x = ExtractText(
      "The league said that after the hearing it will press doping fraud charges against the coach for the violations.");
  CHECK_FALSE(testing::WithCue(x, "charges"));
  auto y = ExtractText("The mayor hopes to calm suburban concerns that the tax is too steep.");
  CHECK_FALSE(testing::WithCue(y, "concerns"));
  // A source before a relative pronoun, or a name after "to", still speaks.
  auto z = ExtractText("The mayor's memo pointed to the audit report, which notes that costs doubled in a year.");
  CHECK(SpokenBy(z, "costs doubled in a year", "audit report"));
}

TEST_CASE("a plural-looking verb closing a subject leaves the -s cue word an object", "[extract][attribution][subject]") {
  auto x = ExtractText("The rift poses challenges for the governor, who wants broad appeal.");
  CHECK_FALSE(testing::WithCue(x, "challenges"));
  auto y = ExtractText("The crackdown on the press raises concerns across the region.");
  CHECK_FALSE(testing::WithCue(y, "concerns"));
  // The cue agrees with a head before "of" or before a count.
  auto z = ExtractText("A coalition of farmers claims that the dam will flood the valley.");
  CHECK(SpokenBy(z, "the dam will flood the valley", "coalition"));
  auto t = ExtractText("A new textbook for 9th graders explains that the treaty ended the war.");
  CHECK(testing::WithCue(t, "explains"));
}

TEST_CASE("an intensifying reflexive after a name adds no one to the speaker", "[extract][attribution][subject]") {
  auto x = ExtractText(
      "Governor Lena Ortiz toured the plant on Friday. Ortiz herself said on Monday that the plant would stay open.");
  CHECK(SpokenBy(x, "the plant would stay open", "lena ortiz"));
  for (const auto& a : x.actors) CHECK(a.name.find("herself") == std::string::npos);
}

TEST_CASE("a clause after a cue set off by a comma is no inverted source", "[extract][attribution][subject]") {
  // "SUBJECT, APPOSITION, said CLAUSE": the subject speaks, not the clause's own subject.
  auto x = ExtractText("Three county clerks in Iowa, including the clerk of Polk County, said she should resign.");
  CHECK(SpokenBy(x, "she should resign", "county clerk"));
  CHECK_FALSE(Attributed(x, "Three county clerks in Iowa"));
  auto y = ExtractText("Quarry Partners, a small bond fund, says that Ms. Vance, who runs it, has lost money.");
  CHECK(SpokenBy(y, "Ms. Vance, who runs it, has lost money", "quarry partners"));
  CHECK_FALSE(Attributed(y, "a small bond fund"));
  // A verb of acting after the comma takes an object, never a source.
  auto z = ExtractText("The agency found the flaw, reported it to the police, and fixed it on Monday.");
  CHECK_FALSE(Attributed(z, "The agency found the flaw"));
  // A quote closing the subject's aside right before the cue.
  auto q = ExtractText("Tom Brandt, who calls the levy \xE2\x80\x9C" "a scam,\xE2\x80\x9D said he will vote against it.");
  CHECK(SpokenBy(q, "he will vote against it", "brandt"));
  CHECK_FALSE(Attributed(q, "Tom Brandt, who calls"));
  // A thing opening the sentence is no speaker of a verb of feeling.
  auto t = ExtractText("The thaw, welcome to many residents, worried Ann Roe, the city's water engineer.");
  CHECK_FALSE(SpokenBy(t, "Ann Roe", "thaw"));
  // The inverted source itself still speaks.
  auto v = ExtractText("The levy will fail, said Tom Brandt, a county clerk.");
  CHECK(SpokenBy(v, "The levy will fail", "brandt"));
}
