// Where a claim's content starts and ends around its cue and source: a noun
// of saying keeps its "that" as a verb does, "that" after a telling verb opens
// the content rather than naming a listener, and a source set in the middle of
// its claim with an apposition lets the claim run on after it.
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::SpokenBy;

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
