#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;

TEST_CASE("negation in the content marks the claim negated", "[extract][stance]") {
  auto x = ExtractText("The health agency said the new vaccine is not dangerous for children.");
  const model::Claim* c = Attributed(x, "the new vaccine is not dangerous");
  REQUIRE(c);
  CHECK(c->stance.negated);
  CHECK_FALSE(c->stance.hedged);
}

TEST_CASE("hedges mark the claim hedged with the words", "[extract][stance]") {
  auto x = ExtractText("Police said the suspect allegedly fled across the border.");
  const model::Claim* c = Attributed(x, "the suspect allegedly fled");
  REQUIRE(c);
  CHECK(c->stance.hedged);
  CHECK_FALSE(c->stance.negated);
  CHECK(std::find(c->stance.notes.begin(), c->stance.notes.end(), "allegedly") != c->stance.notes.end());
}

TEST_CASE("an evidence remark attaches to the speaker's earlier claim", "[extract][stance][evidence]") {
  auto x = ExtractText(
      "Mayor Dan Cole claimed the warehouse fire was arson. Firefighters worked through the night. "
      "Cole has not offered evidence for the claim.");
  const model::Claim* c = Attributed(x, "the warehouse fire was arson");
  REQUIRE(c);
  CHECK(c->stance.evidence == "none_offered");
  REQUIRE_FALSE(c->stance.notes.empty());
  CHECK(c->stance.notes.back().find("not offered evidence") != std::string::npos);
}

TEST_CASE("without evidence qualifies the claim of its own sentence", "[extract][stance][evidence]") {
  auto x = ExtractText(
      "The governor said the election was rigged, without offering evidence. Officials said the count was fair.");
  const model::Claim* rigged = Attributed(x, "the election was rigged");
  REQUIRE(rigged);
  CHECK(rigged->stance.evidence == "none_offered");
  const model::Claim* fair = Attributed(x, "the count was fair");
  REQUIRE(fair);
  CHECK(fair->stance.evidence.empty());
}

static bool HasDispute(const model::Extraction& x, const model::Claim& from, const model::Claim& to) {
  for (const auto& e : x.edges)
    if (e.type == model::EdgeType::kDisputes && e.from == from.id && e.to == to.id && !e.why.empty()) return true;
  return false;
}

TEST_CASE("a negated assessment disputes the claim it contradicts", "[extract][stance][disputes]") {
  auto x = ExtractText(
      "The army has claimed that Colonel Reyes is the commander of the rebel militia. "
      "Independent monitors concluded that Colonel Reyes is not the commander of the militia.");
  const model::Claim* a = Attributed(x, "Colonel Reyes is the commander");
  const model::Claim* b = Attributed(x, "Colonel Reyes is not the commander");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(HasDispute(x, *b, *a));
  CHECK_FALSE(HasDispute(x, *a, *b));
}

TEST_CASE("little evidence that X disputes the claim that X", "[extract][stance][disputes]") {
  auto x = ExtractText(
      "Officials said the chemical plant is the source of the pollution. "
      "A university study found little evidence that the chemical plant is the source of the river pollution.");
  const model::Claim* a = Attributed(x, "the chemical plant is the source of the pollution");
  const model::Claim* b = Attributed(x, "little evidence that the chemical plant");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(b->stance.hedged);
  CHECK(HasDispute(x, *b, *a));
}

TEST_CASE("claims about different subjects do not dispute each other", "[extract][stance][disputes]") {
  auto x = ExtractText("The ministry said Lopez is the leader of the union. Analysts said Moreno is not the leader of the union.");
  for (const auto& e : x.edges) CHECK(e.type != model::EdgeType::kDisputes);
}
