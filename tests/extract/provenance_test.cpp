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
  // The memo is this article's own document, named after its author.
  CHECK(via[0] == "lena-vargas-memo-" + x.document.id.substr(0, 8));
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

TEST_CASE("described sources are scoped to their document; named actors are shared", "[extract][provenance]") {
  auto a = Run("A senior official said on Monday that talks with Chancellor Olaf Brandt would resume.");
  auto b = Run("A senior official said the harbour will close for repairs until June.");
  auto ids = [](const model::Extraction& x) {
    std::vector<std::string> out;
    for (const auto& act : x.actors) out.push_back(act.id);
    return out;
  };
  std::string official_a = "senior-official-" + a.document.id.substr(0, 8);
  std::string official_b = "senior-official-" + b.document.id.substr(0, 8);
  CHECK(Has(ids(a), official_a));
  CHECK(Has(ids(b), official_b));
  CHECK(official_a != official_b);
  CHECK(Has(ids(a), "olaf-brandt"));
  for (const auto& c : a.claims)
    if (c.attribution.kind != model::AttributionKind::kAuthor) CHECK(c.attribution.speakers == std::vector<std::string>{official_a});
}

TEST_CASE("a claim inside the content of a quoted-as-saying report is relayed by its speaker and the outlet",
          "[extract][provenance]") {
  auto x = Run(
      "Residents reported hearing two blasts near the northern dam late on Sunday, the provincial government was "
      "quoted as saying by the Tass news agency.");
  const model::Claim* blasts = nullptr;
  for (const auto& c : x.claims)
    if (c.rule.rfind("source-cue", 0) == 0 && c.text.find("two blasts") != std::string::npos) blasts = &c;
  REQUIRE(blasts);
  INFO(model::json(blasts->attribution).dump());
  // The residents' words end where the government's report does.
  CHECK(blasts->text.find("quoted as saying") == std::string::npos);
  REQUIRE(blasts->attribution.via.size() == 2);
  CHECK(blasts->attribution.via[0].rfind("provincial-government", 0) == 0);
  CHECK(blasts->attribution.via[1].rfind("tass", 0) == 0);
}
