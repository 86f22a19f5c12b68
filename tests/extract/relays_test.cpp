#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::Speakers;
using testing::Via;

namespace {

// The claim whose text contains `words` and is spoken by someone named `speaker`.
const model::Claim* ClaimBy(const model::Extraction& x, const std::string& words, const std::string& speaker) {
  for (const auto& c : x.claims)
    if (c.attribution.kind != model::AttributionKind::kAuthor && c.text.find(words) != std::string::npos &&
        Speakers(x, c).find(speaker) != std::string::npos)
      return &c;
  return nullptr;
}

}  // namespace

TEST_CASE("a named source telling inside a quote speaks, relayed by the quote's speaker", "[extract][relays]") {
  auto x = ExtractText(
      "The vote on the farm bill is set for Thursday.\n\n"
      "\xE2\x80\x9CSenator Hal Brennan told me he would vote against the bill,\xE2\x80\x9D said Rita Vance, a "
      "lobbyist for the growers.\n");
  const model::Claim* c = ClaimBy(x, "he would vote against the bill", "brennan");
  REQUIRE(c != nullptr);
  CHECK(Via(x, *c).find("vance") != std::string::npos);
  // The quote itself stays the lobbyist's.
  CHECK(ClaimBy(x, "Senator Hal Brennan told me", "vance") != nullptr);
}

TEST_CASE("a pronoun telling inside a quote is no relay of its own", "[extract][relays]") {
  auto x = ExtractText(
      "The vote on the farm bill is set for Thursday.\n\n"
      "\xE2\x80\x9CHe told me he would vote against the bill,\xE2\x80\x9D said Rita Vance, a lobbyist for the "
      "growers.\n");
  for (const auto& c : x.claims) CHECK(Via(x, c).find("vance") == std::string::npos);
}

TEST_CASE("a name after a telling verb's that is the inner speaker, not the listener", "[extract][relays]") {
  auto x = ExtractText(
      "Governor Nora Pike toured the flooded valley on Monday.\n\n"
      "Pike\xE2\x80\x99s press secretary, Sam Ortiz, told the Herald that Pike believes the levee plan was a "
      "mistake.\n");
  const model::Claim* c = ClaimBy(x, "the levee plan was a mistake", "pike");
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("herald") == std::string::npos);
  CHECK(Via(x, *c).find("ortiz") != std::string::npos);
}

TEST_CASE("the answers of a Q&A interview are the interviewee's", "[extract][relays][interview]") {
  auto x = ExtractText(
      "Chef Marta Osei opened her first restaurant at 22.\n\n"
      "Marta Osei talks about kitchens, debt and her new cookbook. Answers were edited for length.\n\n"
      "Q: What was the hardest year?\n\n"
      "A: The second one. We had no money left and the landlord raised the rent.\n\n"
      "Q: Would you do it again?\n\n"
      "A: Every time. Cooking for strangers is the best job there is.\n\n"
      "I still make the bread myself every morning.\n");
  CHECK(ClaimBy(x, "We had no money left", "osei") != nullptr);
  CHECK(ClaimBy(x, "Cooking for strangers is the best job", "osei") != nullptr);
  // An unlabelled paragraph after an answer goes on with it.
  CHECK(ClaimBy(x, "I still make the bread myself", "osei") != nullptr);
  // The questions are the interviewer's, not the interviewee's.
  CHECK(ClaimBy(x, "What was the hardest year", "osei") == nullptr);
}

TEST_CASE("one Q: paragraph makes no interview", "[extract][relays][interview]") {
  auto x = ExtractText(
      "Chef Marta Osei opened her first restaurant at 22.\n\n"
      "Q: What changed after the fire?\n\n"
      "A: The kitchen moved to the old mill.\n\n"
      "The mill reopened in May.\n");
  CHECK(Attributed(x, "The kitchen moved to the old mill") == nullptr);
}

TEST_CASE("a pronoun opening the next sentence goes on with the outer speaker, not the reported one",
          "[extract][relays][speakers]") {
  auto x = ExtractText(
      "City spokesman Omar Reyes said Tuesday that Mayor Daniel Frost has long called for a new bridge. He said "
      "the council would vote on the plan in June.\n");
  const model::Claim* c = Attributed(x, "the council would vote on the plan");
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("reyes") != std::string::npos);
  CHECK(Speakers(x, *c).find("frost") == std::string::npos);
}

TEST_CASE("an interview whose questions lost the colon after Q still has answers", "[extract][relays][interview]") {
  auto x = ExtractText(
      "Coach Lena Brandt has led the team for nine seasons.\n\n"
      "QWhat went wrong in the final?\n\n"
      "A: We stopped running after halftime. That is on me.\n\n"
      "QWill you stay next season?\n\n"
      "A: Yes. The club asked and I said yes right away.\n");
  CHECK(ClaimBy(x, "We stopped running after halftime", "brandt") != nullptr);
  CHECK(ClaimBy(x, "The club asked", "brandt") != nullptr);
}

TEST_CASE("a relative clause of showing inside a quote speaks for its antecedent, via the quote's speaker",
          "[extract][relays][relative]") {
  auto x = ExtractText(
      "The lab published its results on Monday.\n\n"
      "\"We used a method from earlier studies, which showed that speed and care go together in the brain,\" "
      "said Dr. Anna Berg, who led the work.\n");
  const model::Claim* c = nullptr;
  for (const auto& k : x.claims)
    if (k.text.find("speed and care go together") != std::string::npos &&
        Speakers(x, k).find("berg") == std::string::npos && k.attribution.kind != model::AttributionKind::kAuthor)
      c = &k;
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("stud") != std::string::npos);
  CHECK(Via(x, *c).find("berg") != std::string::npos);
  CHECK(ClaimBy(x, "We used a method from earlier studies", "berg") != nullptr);
}

TEST_CASE("a quote whose only cue is a report inside it still goes on with the speaker before it",
          "[extract][relays][relative]") {
  auto x = ExtractText(
      "Dr. Anna Berg led the work, which took six years.\n\n"
      "\"We built on earlier studies, which showed that speed and care go together. The rest was patience.\"\n");
  const model::Claim* c = ClaimBy(x, "We built on earlier studies", "berg");
  REQUIRE(c != nullptr);
  CHECK(c->text.find("The rest was patience") != std::string::npos);
}

TEST_CASE("a named holder's belief inside a quote is the holder's, relayed by the quote's speaker",
          "[extract][relays][holder]") {
  auto x = ExtractText(
      "The levee board met on Monday to review the repair plan.\n\n"
      "\xE2\x80\x9CI think Governor Nora Pike knows that the levee will not hold another season,\xE2\x80\x9D said "
      "Sam Ortiz, a county engineer.\n");
  const model::Claim* c = ClaimBy(x, "the levee will not hold another season", "pike");
  REQUIRE(c != nullptr);
  CHECK(Via(x, *c).find("ortiz") != std::string::npos);
  CHECK(ClaimBy(x, "I think Governor Nora Pike knows", "ortiz") != nullptr);
}

TEST_CASE("a described holder inside a quote speaks: 'the committee believes that'", "[extract][relays][holder]") {
  auto x = ExtractText(
      "The city council debated the stadium budget on Tuesday.\n\n"
      "\xE2\x80\x9CThe finance committee believes that the budget is too small,\xE2\x80\x9D said Mayor John Hale.\n");
  const model::Claim* c = ClaimBy(x, "the budget is too small", "committee");
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("hale") == std::string::npos);
  CHECK(Via(x, *c).find("hale") != std::string::npos);
}

TEST_CASE("a relayed belief ends with its quote, not with the quote's speaker tag", "[extract][relays][holder]") {
  // Doubled single quotes, as some papers print them: the belief's content
  // would run on over "Dunn said" unless the quote holding it bounds it.
  auto x = ExtractText(
      "Senator Mark Dunn spoke to reporters on Tuesday about the budget.\n\n"
      "''When I said it, I think the voters understood generally that we would not raise the gas tax this "
      "year,'' Dunn said.\n");
  const model::Claim* c = ClaimBy(x, "we would not raise the gas tax", "voters");
  REQUIRE(c != nullptr);
  CHECK(c->text.find("Dunn said") == std::string::npos);
  CHECK(Via(x, *c).find("dunn") != std::string::npos);
}

TEST_CASE("pronoun holders and a 'that' with no clause relay nothing", "[extract][relays][holder]") {
  auto x = ExtractText(
      "The levee board met on Monday to review the repair plan.\n\n"
      "\xE2\x80\x9CWe know that the levee will not hold,\xE2\x80\x9D said Sam Ortiz, a county engineer.\n\n"
      "\xE2\x80\x9CThey know that the pumps are failing,\xE2\x80\x9D Ortiz said.\n\n"
      "\xE2\x80\x9C" "Everyone in the valley knew that about him,\xE2\x80\x9D said Ana Ruiz, a farmer.\n");
  for (const auto& c : x.claims) CHECK(c.attribution.via.empty());
  CHECK(ClaimBy(x, "We know that the levee will not hold", "ortiz") != nullptr);
}
