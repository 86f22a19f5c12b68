#include <catch2/catch.hpp>

#include <algorithm>

#include "core/extract/pipeline.h"
#include "core/model/json.h"

using namespace claimkb;

namespace {

model::Extraction Run(const std::string& text) {
  extract::Input in;
  in.bytes = text;
  in.published = "2024-03-15";
  auto r = extract::Extract(in);
  REQUIRE(r.ok());
  return std::move(r).value();
}

bool Has(const std::vector<std::string>& v, const std::string& id) {
  return std::find(v.begin(), v.end(), id) != v.end();
}

}  // namespace

TEST_CASE("a figure from a report inside a memo is relayed through the memo, its author and its publisher",
          "[extract][provenance]") {
  auto x = Run(
      "Finance Minister Lena Varga wrote a memo to the cabinet last week. "
      "The memo was posted on opposition leader Tomas Kral's website on Thursday. "
      "The memo cites a World Bank report that shows 40% of rural roads are unpaved.");
  const model::Claim* roads = nullptr;
  for (const auto& c : x.claims)
    if (c.text.find("40%") != std::string::npos && c.attribution.kind != model::AttributionKind::kAuthor) roads = &c;
  REQUIRE(roads);
  const auto& via = roads->attribution.via;
  INFO(model::json(roads->attribution).dump());
  REQUIRE(via.size() >= 3);
  CHECK(via[0] == "memo");
  CHECK(via[1] == "lena-varga");
  CHECK(via[2] == "tomas-kral");
}

TEST_CASE("a dated document gives its author a dated event", "[extract][provenance]") {
  auto x = Run(
      "The letter from Governor Alan Brooks says the county needs more funding. "
      "The letter was dated March 2 and reached the committee on Monday.");
  const model::Event* dated = nullptr;
  for (const auto& e : x.events)
    if (e.trigger == "date") dated = &e;
  REQUIRE(dated);
  REQUIRE(dated->time);
  CHECK(dated->time->value == "2024-03-02");
  CHECK(Has(dated->agents, "alan-brooks"));
}

TEST_CASE("a document with no stated author relays nothing further", "[extract][provenance]") {
  auto x = Run("A study shows that 12% of bridges need repairs, officials said on Tuesday.");
  for (const auto& c : x.claims) CHECK(c.attribution.via.size() <= 1);
  for (const auto& e : x.events) CHECK(e.trigger != "date");
}
