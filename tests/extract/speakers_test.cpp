#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::Speakers;

namespace {

// The speakers' names of the claim containing `words`; "" when no attributed claim does.
std::string SpeakerOf(const model::Extraction& x, const std::string& words) {
  const model::Claim* c = Attributed(x, words);
  return c ? Speakers(x, *c) : std::string();
}

}  // namespace

TEST_CASE("a subject before an appositive that holds a relative clause speaks", "[extract][speakers]") {
  auto x = ExtractText(
      "Mara Olsen, the director of Open Books Watch, a watchdog group that has sued the county twice, said "
      "that the records were withheld.");
  std::string s = SpeakerOf(x, "the records were withheld");
  CHECK(s.find("olsen") != std::string::npos);
  CHECK(s.find("county") == std::string::npos);
}

TEST_CASE("a subject before a relative clause set off by commas speaks", "[extract][speakers]") {
  auto x = ExtractText(
      "Paul Ferrante, who covered the statehouse for 30 years for a local radio station, said the vote was "
      "the closest he had seen.");
  CHECK(SpeakerOf(x, "the vote was the closest").find("ferrante") != std::string::npos);
  auto y = ExtractText(
      "Ms. Kowal, whose firm, Greenline, sells software to hospitals, said the rules would raise costs.");
  std::string s = SpeakerOf(y, "the rules would raise costs");
  CHECK(s.find("kowal") != std::string::npos);
  CHECK(s.find("greenline") == std::string::npos);
}

TEST_CASE("a subject before a relative clause without commas speaks", "[extract][speakers]") {
  auto x = ExtractText(
      "A senior aide who spoke on condition of anonymity to discuss campaign finances said Tuesday that the "
      "fund had run dry.");
  std::string s = SpeakerOf(x, "the fund had run dry");
  CHECK(s.find("aide") != std::string::npos);
  CHECK(s.find("finances") == std::string::npos);
}

TEST_CASE("a subject before a dashed aside speaks", "[extract][speakers]") {
  auto x = ExtractText(
      "The appeals court judge \xE2\x80\x94 who has ruled on several similar cases \xE2\x80\x94 said the law was "
      "clear.");
  CHECK(SpeakerOf(x, "the law was clear").find("judge") != std::string::npos);
}

TEST_CASE("asides set off by hyphens or holding a quote are skipped", "[extract][speakers]") {
  auto x = ExtractText(
      "The county clerk -- who has run three elections without a recount -- said the count would be done by "
      "Friday.");
  CHECK(SpeakerOf(x, "the count would be done").find("clerk") != std::string::npos);
  auto y = ExtractText(
      "A spokesman for the Harbor Foods chain - a grocer that bills itself as \"the neighborhood store\" - said "
      "that prices would hold.");
  CHECK(SpeakerOf(y, "prices would hold").find("spokesman") != std::string::npos);
}

TEST_CASE("a postposed source with a long tail speaks", "[extract][speakers]") {
  auto x = ExtractText(
      "Turnout will decide the race, said Mel Ortega, a county organizer currently working for the mayor's "
      "campaign.");
  CHECK(SpeakerOf(x, "Turnout will decide the race").find("ortega") != std::string::npos);
  auto y = ExtractText(
      "The shipment was delayed twice, said an aide who was briefed on the talks and spoke anonymously because "
      "they were private.");
  CHECK(SpeakerOf(y, "The shipment was delayed twice").find("aide") != std::string::npos);
  auto z = ExtractText("Ruth Bell, the chair of the board, noted the rule in the meeting last week.");
  CHECK(SpeakerOf(z, "the rule in the meeting").find("bell") != std::string::npos);
}

TEST_CASE("a name opening the clause beats a party appositive", "[extract][speakers]") {
  auto x = ExtractText("Senator Lena Brooks, Democrat of Oregon, said the bill would pass. A third of independents, "
                       "33%, say they feel that way.");
  CHECK(SpeakerOf(x, "the bill would pass").find("brooks") != std::string::npos);
  CHECK(SpeakerOf(x, "they feel that way").find("third of independents") != std::string::npos);
}

TEST_CASE("a name with a party tag and a long appositive speaks", "[extract][speakers]") {
  auto x = ExtractText(
      "Sen. Dana Whitfield (R-Okla.), a candidate for governor who has campaigned on tax cuts, wrote that the "
      "plan was a mistake.");
  CHECK(SpeakerOf(x, "the plan was a mistake").find("whitfield") != std::string::npos);
}

TEST_CASE("a description before a name appositive still gives the name", "[extract][speakers]") {
  auto x = ExtractText("A lawyer for the tenants, Rosa Delgado, said the eviction notices were illegal.");
  CHECK(SpeakerOf(x, "the eviction notices were illegal").find("delgado") != std::string::npos);
}

TEST_CASE("quantified poll subjects speak as groups of their own", "[extract][speakers]") {
  auto x = ExtractText(
      "The poll asked voters about the economy. Nearly half said the economy was getting worse. A mere 9 "
      "percent say taxes are too low. One in five say they will not vote. Most said they trusted local news "
      "more than national outlets.");
  CHECK(SpeakerOf(x, "the economy was getting worse").find("nearly half") != std::string::npos);
  CHECK(SpeakerOf(x, "taxes are too low").find("9 percent") != std::string::npos);
  CHECK(SpeakerOf(x, "they will not vote").find("one in five") != std::string::npos);
  CHECK(SpeakerOf(x, "they trusted local news").find("most") != std::string::npos);
  // Described, so scoped to this document: never a bare number shared across articles.
  for (const auto& a : x.actors)
    if (a.name == "9 percent" || a.name == "mere 9 percent") CHECK(a.id.find("-") != std::string::npos);
}

TEST_CASE("others, some and another speak as described groups", "[extract][speakers]") {
  auto x = ExtractText(
      "One bakery says flour prices doubled this year, another says they barely moved. Some say the mill closure "
      "is to blame. Others say the drought is.");
  CHECK(SpeakerOf(x, "they barely moved").find("another") != std::string::npos);
  CHECK(SpeakerOf(x, "the mill closure is to blame").find("some") != std::string::npos);
  CHECK(SpeakerOf(x, "the drought is").find("others") != std::string::npos);
}

TEST_CASE("those surveyed speak, a bare year does not", "[extract][speakers]") {
  auto x = ExtractText("By 58%-33%, those surveyed said the state was on the wrong track.");
  CHECK(SpeakerOf(x, "the state was on the wrong track").find("those surveyed") != std::string::npos);
  auto y = ExtractText("The company was founded in 2015 said to be a leader.");
  CHECK(SpeakerOf(y, "to be a leader").empty());
}

TEST_CASE("a name with initials is one speaker", "[extract][speakers]") {
  auto x = ExtractText("The tax bill is a trap for farmers, says J.T. Morrow, a grain dealer in Salina.");
  CHECK(SpeakerOf(x, "The tax bill is a trap").find("morrow") != std::string::npos);
}

TEST_CASE("an unnamed person asks and says", "[extract][speakers]") {
  auto x = ExtractText("Then someone asked how the city could pay for the bridge. Nearly everyone said the toll was "
                       "too high.");
  CHECK(SpeakerOf(x, "how the city could pay for the bridge").find("someone") != std::string::npos);
  CHECK(SpeakerOf(x, "the toll was too high").find("everyone") != std::string::npos);
}

TEST_CASE("a bare universal quantifier is no source", "[extract][speakers]") {
  auto x = ExtractText(
      "Everyone says the old bridge will close in June. But everybody believes the ferry is safer. Not everyone "
      "agreed that the ferry should run at night.");
  CHECK(Attributed(x, "the old bridge will close in June") == nullptr);
  CHECK(Attributed(x, "the ferry is safer") == nullptr);
  // "Not everyone" counts the people who disagreed: a source.
  CHECK(SpeakerOf(x, "the ferry should run at night").find("everyone") != std::string::npos);
}

TEST_CASE("it goes on with a bare-named body that spoke just before", "[extract][speakers]") {
  auto x = ExtractText(
      "The supply drone crashed into the sea off the coast of Norway on Friday, Stellarcom said in a statement. "
      "It said most of the wreckage sank within minutes.");
  std::string s = SpeakerOf(x, "most of the wreckage sank");
  CHECK(s.find("stellarcom") != std::string::npos);
  CHECK(s.find("norway") == std::string::npos);
}
