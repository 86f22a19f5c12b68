#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::Speakers;

namespace {

// The claim in the author's voice containing `words`, or nullptr.
const model::Claim* AuthorClaim(const model::Extraction& x, const std::string& words) {
  for (const auto& c : x.claims)
    if (c.attribution.kind == model::AttributionKind::kAuthor && c.text.find(words) != std::string::npos) return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("a statement whose pronoun source has no referent keeps its content and cue", "[extract][unresolved]") {
  auto x = ExtractText(
      "Plan Faces Doubts\n\nBy Ann Lee\n\nThe city council met on Monday.\n\nHe said the plan would fail.\n");
  const model::Claim* c = Attributed(x, "the plan would fail");
  REQUIRE(c != nullptr);
  CHECK(c->attribution.speakers.empty());
  CHECK(c->attribution.kind == model::AttributionKind::kIndirect);
  CHECK(c->attribution.cue == "said");
  CHECK(c->rule.find("source-unresolved") != std::string::npos);
  CHECK(c->confidence < 0.5);
  CHECK(AuthorClaim(x, "the plan would fail") == nullptr);
}

TEST_CASE("an unresolved quote source keeps the quote, and a quote run goes on from it", "[extract][unresolved]") {
  auto x = ExtractText(
      "The ferry stopped running in March.\n\n\xE2\x80\x9CWe waited two hours every morning,\xE2\x80\x9D she said. "
      "\xE2\x80\x9CNobody told us anything.\xE2\x80\x9D\n");
  const model::Claim* c = Attributed(x, "We waited two hours");
  REQUIRE(c != nullptr);
  CHECK(c->attribution.speakers.empty());
  CHECK(c->attribution.kind == model::AttributionKind::kDirect);
  CHECK(Attributed(x, "Nobody told us anything") != nullptr);
  CHECK(AuthorClaim(x, "Nobody told us anything") == nullptr);
}

TEST_CASE("a pronoun with a referent still names its speaker", "[extract][unresolved]") {
  auto x = ExtractText("Mayor Ann Ruiz spoke on Monday. She said the plan would fail.");
  const model::Claim* c = Attributed(x, "the plan would fail");
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("ruiz") != std::string::npos);
  CHECK(c->rule.find("source-unresolved") == std::string::npos);
}

TEST_CASE("the first person outside quotes is the author's own voice", "[extract][unresolved]") {
  auto x = ExtractText(
      "Why The Plan Fails\n\nBy Ann Lee\n\nThe council voted on Monday. I think the plan will fail. We said so "
      "last year.\n");
  CHECK(Attributed(x, "the plan will fail") == nullptr);
  CHECK(AuthorClaim(x, "I think the plan will fail") != nullptr);
  CHECK(AuthorClaim(x, "We said so last year") != nullptr);
}

TEST_CASE("an unresolved report inside a speaker's quote stays in that speaker's claim", "[extract][unresolved]") {
  auto x = ExtractText(
      "The clinic closed in June. \xE2\x80\x9CThey told us the money had run out,\xE2\x80\x9D said Dana Cole, a "
      "nurse there.");
  for (const auto& c : x.claims)
    if (c.attribution.kind != model::AttributionKind::kAuthor) CHECK_FALSE(c.attribution.speakers.empty());
  const model::Claim* c = Attributed(x, "the money had run out");
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("cole") != std::string::npos);
}

TEST_CASE("a lone modifier before a cue names no speaker", "[extract][unresolved]") {
  auto x = ExtractText(
      "Bridge Delayed\n\nBy Ann Lee\n\nThe county opened bids in May.\n\nNeighbours who opposed the plan "
      "expressed similar doubts that the bridge would open on time.\n");
  const model::Claim* c = Attributed(x, "the bridge would open on time");
  REQUIRE(c != nullptr);
  CHECK(testing::Speakers(x, *c).find("neighbours") != std::string::npos);
  for (const auto& a : x.actors) CHECK(testing::Lower(a.name) != "similar");
}

TEST_CASE("an adverb between a pronoun and its cue is skipped", "[extract][unresolved]") {
  auto x = ExtractText("Mayor Ann Ruiz toured the site on Monday. She soon learned that the bridge deck had cracked.");
  const model::Claim* c = Attributed(x, "the bridge deck had cracked");
  REQUIRE(c != nullptr);
  CHECK(testing::Speakers(x, *c).find("ruiz") != std::string::npos);
  for (const auto& a : x.actors) CHECK(testing::Lower(a.name) != "soon");
}
