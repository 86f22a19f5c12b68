// How far a cue reaches: the infinitive it takes as its content, the agent of
// its own passive, and its subject past a time and an aside.
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::CountAttributed;
using testing::ExtractText;
using testing::Speakers;
using testing::WithCue;

TEST_CASE("an infinitive after a verb of saying is what was said", "[extract][attribution][infinitive]") {
  auto x = ExtractText("Hartwell claims to have built a new plant outside the city.");
  const model::Claim* c = Attributed(x, "to have built a new plant");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("hartwell") != std::string::npos);
  auto y = ExtractText("The councilwoman claims to be innocent of every charge.");
  const model::Claim* d = Attributed(y, "to be innocent");
  REQUIRE(d);
  CHECK(Speakers(y, *d).find("councilwoman") != std::string::npos);
  auto z = ExtractText("The trucking firm claims to employ more drivers than any rival.");
  REQUIRE(Attributed(z, "to employ more drivers"));
  auto s = ExtractText("Three council members claim to object to the new parking rules.");
  REQUIRE(Attributed(s, "to object to the new parking rules"));
  // With nothing after it the infinitive is an ellipsis.
  auto u = ExtractText("The filing shows how a man as rich as Mr. Hale claims to be can avoid the levy entirely.");
  CHECK(WithCue(u, "claims") == nullptr);
  auto t = ExtractText("Nobody in the county is as rich as Hale claims to be.");
  CHECK(CountAttributed(t) == 0);
  // A listener after "to" stays a circumstance before the clause.
  auto v = ExtractText("The governor said to reporters that the bridge would reopen in May.");
  const model::Claim* e = Attributed(v, "the bridge would reopen");
  REQUIRE(e);
  CHECK(e->text.find("reporters") == std::string::npos);
}

TEST_CASE("a passive agent belongs to its own participle", "[extract][attribution][passive]") {
  // A text still being written holds no claim; the analysts' own claim follows.
  auto x = ExtractText("The audit was being written by analysts who argued that the fund was underwater.");
  CHECK(Attributed(x, "The audit was being written") == nullptr);
  REQUIRE(Attributed(x, "the fund was underwater"));
  // The author of finished words speaks them.
  auto w = ExtractText("“Harbor Lights at Dawn” was written by Dana Kell in a single night.");
  const model::Claim* q = Attributed(w, "Harbor Lights at Dawn");
  REQUIRE(q);
  CHECK(Speakers(w, *q).find("kell") != std::string::npos);
  // The agent after a participle of the object's own is no judge of the subject.
  auto y = ExtractText("The mayor must be seen as a fighter for commuters frustrated by the endless delays.");
  CHECK(CountAttributed(y) == 0);
  auto z = ExtractText("The pension plan was described as deeply flawed by the Finance Ministry.");
  const model::Claim* c = Attributed(z, "The pension plan was described as deeply flawed");
  REQUIRE(c);
  CHECK(Speakers(z, *c).find("finance ministry") != std::string::npos);
}

TEST_CASE("a subject after a day and before a dashed relative clause speaks", "[extract][attribution][aside]") {
  auto x = ExtractText(
      "Reached by phone on Tuesday, Whitcombe — who is listed as a trustee but rarely attends meetings — told the "
      "Ledger he would not seek another term.");
  const model::Claim* c = Attributed(x, "he would not seek another term");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("whitcombe") != std::string::npos);
  auto y = ExtractText("In March, Okafor — a lawyer for the tenants — said the landlord had ignored every notice.");
  const model::Claim* d = Attributed(y, "the landlord had ignored every notice");
  REQUIRE(d);
  CHECK(Speakers(y, *d).find("okafor") != std::string::npos);
}

TEST_CASE("a subject before an 'along with' aside speaks", "[extract][attribution][aside]") {
  auto x = ExtractText("Stone, along with Chicago Tribune columnist Ray Dunn, say the aide shoved her against a wall.");
  const model::Claim* c = Attributed(x, "the aide shoved her against a wall");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("stone") != std::string::npos);
  auto y = ExtractText("Hills, together with two of her neighbours, say the river rose in under an hour.");
  const model::Claim* d = Attributed(y, "the river rose in under an hour");
  REQUIRE(d);
  CHECK(Speakers(y, *d).find("hills") != std::string::npos);
}

TEST_CASE("a quote before its writer reaches past a long aside", "[extract][attribution][aside]") {
  auto x = ExtractText(
      "The board met on Monday.\n\n\xE2\x80\x9CThe budget cannot absorb another cut,\xE2\x80\x9D Lena Ortiz, who "
      "has run the finance office since the fall of 2019 after a long career at the treasury, wrote in an email.");
  const model::Claim* c = Attributed(x, "cannot absorb another cut");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("ortiz") != std::string::npos);
  auto y = ExtractText(
      "The board met on Monday.\n\n\xE2\x80\x9CThe budget cannot absorb another cut,\xE2\x80\x9D Lena Ortiz, the "
      "longtime head of the finance office at the county seat in the northern hills, wrote in an email.");
  const model::Claim* d = Attributed(y, "cannot absorb another cut");
  REQUIRE(d);
  CHECK(Speakers(y, *d).find("ortiz") != std::string::npos);
}
