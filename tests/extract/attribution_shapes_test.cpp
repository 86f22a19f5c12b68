// Sentence shapes met in long-form pages and wire copy: verbs that state only
// with a clause, intentions and perceptions that state nothing, subjects that
// agree with a bare base form, documents that "read", phrases that frame a
// claim as someone's, advice, and questions.
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::CountAttributed;
using testing::ExtractText;
using testing::Speakers;

namespace {

struct Case {
  const char* text;
  const char* content;
  const char* speaker;
};

void CheckAttributed(const Case& c) {
  INFO(c.text);
  auto x = ExtractText(c.text);
  const model::Claim* claim = Attributed(x, c.content);
  REQUIRE(claim);
  CHECK(Speakers(x, *claim).find(c.speaker) != std::string::npos);
}

void CheckNone(const char* text) {
  INFO(text);
  auto x = ExtractText(text);
  CHECK(CountAttributed(x) == 0);
}

}  // namespace

TEST_CASE("verbs that state only with a clause do something with a mere object", "[extract][attribution][shapes]") {
  const char* acts[] = {
      "The engineer Lina Park wrote the control software for the lunar probe, the first of its kind.",
      "Professor Omar Haddad remembered the storm, the broken windows and the long night at the lab.",
      "Inspector Ruth Adler learned another name, that of the clerk who had kept the ledgers.",
      "The hotel manager Tom Brandt responded to an online thread about hidden fees in the city.",
      "Historian Clara Voss wrote about the harbour strikes of the 1920s in her second book.",
      "Many farmers in the valley learned how to repair their own pumps during the drought.",
      "Maya Hart, who coined the phrase “quiet money,” later led the team that wrote the rules for the new league, "
      "the first of its kind.",
  };
  for (const char* s : acts) CheckNone(s);
  const Case claims[] = {
      {"The engineer Lina Park wrote that the control software had never been tested.", "never been tested", "park"},
      {"Inspector Ruth Adler learned on Tuesday that the ledgers had been burned.", "the ledgers had been burned",
       "adler"},
      {"The hotel manager Tom Brandt responded that the fees were legal.", "the fees were legal", "brandt"},
      {"The budget is a fraud, the economist Clara Voss wrote.", "The budget is a fraud", "voss"},
      {"Mayor Ken Ito later elaborated that the bridge would stay closed until May.", "the bridge would stay closed",
       "ito"},
      {"Officials divulged on Thursday that the army had left the border town.", "the army had left", "officials"},
  };
  for (const Case& c : claims) CheckAttributed(c);
}

TEST_CASE("agreeing to a deal and wanting someone to act state nothing", "[extract][attribution][shapes]") {
  CheckNone("The contractor Paul Reyes agreed to pay a fine of $2 million in exchange for a reduced sentence.");
  CheckNone("The two leaders agreed to the cancellation of the trial against the soldiers.");
  CheckNone("The banker Alan Cross wanted his partners to collect the insurance money after the fire.");
  CheckAttributed({"The banker Alan Cross agreed that the insurance money had been misused.", "had been misused",
                   "cross"});
}

TEST_CASE("seeing something happen is no stance, seeing it as something is", "[extract][attribution][shapes]") {
  CheckNone("Small firms will see their premiums go down under the new rules.");
  CheckAttributed({"Many voters in the region see the governor as a threat to their pensions.",
                   "the governor as a threat", "voters"});
}

TEST_CASE("a bare base form agrees with coordinated and collective subjects", "[extract][attribution][shapes]") {
  CheckAttributed({"Anna Berg and her family believe the land could still be restored.",
                   "the land could still be restored", "anna berg"});
  CheckAttributed({"Greenpeace believe that the spill was covered up by the operator.", "the spill was covered up",
                   "greenpeace"});
  CheckNone("My bill add three new taxes on fuel.");
}

TEST_CASE("a document reads its words", "[extract][attribution][shapes]") {
  CheckAttributed({"The statement from the port authority reads, “The harbour will reopen on Monday.”",
                   "The harbour will reopen", "statement"});
  CheckNone("The fisherman Jon Ek read the statement aloud to the crowd at the harbour.");
}

TEST_CASE("phrases that frame a claim as someone's", "[extract][attribution][shapes]") {
  const char* who = "Maria Lopez has run the port for a decade. ";
  auto with = [&](const char* s) { return std::string(who) + s; };
  const std::string cases[][2] = {
      {with("As Lopez put it, the harbour is finished."), "the harbour is finished"},
      {with("The crews are a mix of students and “drifters,” as Lopez put it, and they work for free."),
       "a mix of students"},
      {with("In Lopez's view, the port should close before the winter."), "the port should close"},
      {with("In Dr. Lopez's words, \"the port should close before the winter.\""), "the port should close"},
      {with("By her own count, the port lost 40 ships last year."), "the port lost 40 ships"},
  };
  for (const auto& c : cases) {
    INFO(c[0]);
    auto x = ExtractText(c[0]);
    const model::Claim* claim = Attributed(x, c[1]);
    REQUIRE(claim);
    CHECK(Speakers(x, *claim).find("lopez") != std::string::npos);
  }
  CheckAttributed({"In the words of one captain, the harbour has become a graveyard.", "a graveyard", "captain"});
  CheckNone("In the port's early years, the harbour was a busy place.");
}

TEST_CASE("advice, readiness and questions", "[extract][attribution][shapes]") {
  CheckAttributed({"The security consultant Mark Hale advised stuffing the peep hole with paper.",
                   "stuffing the peep hole", "hale"});
  CheckAttributed({"If no one answers, the consultant Mark Hale recommends calling the front desk at once.",
                   "calling the front desk", "hale"});
  CheckAttributed({"The treasurer Ana Ruiz was quick to point out that the budget had grown.",
                   "the budget had grown", "ruiz"});
  CheckAttributed({"A diabetic asked what effect the drug has on blood sugar.", "what effect the drug has", "diabetic"});
  CheckNone("The panel proposed during the summer session a long list of amendments.");
  CheckNone("Economists have argued over why the numbers fell for years.");
}

TEST_CASE("a label names someone the article mentions elsewhere", "[extract][attribution][shapes]") {
  CheckNone("BOOM: The Senate Just Passed The Farm Bill\n\nThe vote was 61 to 38 on Tuesday.");
  auto x = ExtractText(
      "Hillary Clinton sat down with the host on Sunday.\n\nCLINTON: I believe this is the hardest job in the "
      "world.\n\nThe interview ran for an hour.");
  const model::Claim* c = Attributed(x, "the hardest job");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("clinton") != std::string::npos);
}
