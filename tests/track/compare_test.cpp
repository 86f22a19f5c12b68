#include <catch2/catch.hpp>

#include "core/track/compare.h"
#include "tests/track/claims.h"

namespace claimkb::track {
namespace {

using testing::MakeClaim;

TEST_CASE("A reworded claim of the same source is the same proposition", "[track]") {
  auto a = MakeClaim("the bridge had passed a safety inspection in March", {"helena-varga"});
  auto b = MakeClaim("the footbridge passed its safety inspection in March", {"varga"});
  Verdict v = Compare(a, b);
  CHECK(v.relation == Relation::kSame);
  CHECK(v.rule == "same_proposition");
  CHECK(v.why.find("inspect") != std::string::npos);
}

TEST_CASE("11 vs 14 killed disputes, whoever reports it", "[track]") {
  auto a = MakeClaim("the bridge collapsed, killing 11 people", {"city-officials"}, {{"11 people", 11}});
  auto b = MakeClaim("the bridge collapsed, killing 14 people", {}, {{"14 people", 14}});
  Verdict v = Compare(a, b);
  CHECK(v.relation == Relation::kDisputes);
  CHECK(v.rule == "conflicting_numbers");
  CHECK(v.why.find("11 vs 14") != std::string::npos);
  // The same figure agrees.
  auto c = MakeClaim("the bridge collapsed, killing 11 people", {}, {{"11 people", 11}});
  CHECK(Compare(a, c).relation == Relation::kSame);
}

TEST_CASE("Without explanations of near misses the verdicts stay the same", "[track]") {
  const auto a = Normalize(MakeClaim("the bridge collapsed, killing 11 people", {"city-officials"}, {{"11 people", 11}}));
  const std::vector<Normalized> others = {
      Normalize(MakeClaim("the bridge collapsed, killing 14 people", {}, {{"14 people", 14}})),
      Normalize(MakeClaim("the bridge collapsed, killing 11 people", {"harbour-police"}, {{"11 people", 11}})),
      Normalize(MakeClaim("the bridge collapsed, killing 11 people", {}, {{"11 people", 11}})),
      Normalize(MakeClaim("the old bridge collapsed", {})),
      Normalize(MakeClaim("prices of bread rose sharply in March", {"city-officials"}))};
  size_t unrelated_explained = 0;
  for (const auto& b : others) {
    const Verdict full = Compare(a, b), terse = Compare(a, b, /*explain_unrelated=*/false);
    CHECK(terse.relation == full.relation);
    CHECK(terse.rule == full.rule);
    CHECK(terse.similarity == full.similarity);
    if (full.relation == Relation::kUnrelated) {
      unrelated_explained += !full.why.empty();
      CHECK(terse.why.empty());
    } else {
      CHECK(terse.why == full.why);
    }
  }
  CHECK(unrelated_explained >= 1);  // "different sources": a near miss the full form explains
}

TEST_CASE("Friday and September 5 agree when they are the same day", "[track]") {
  auto fri = MakeClaim("the bridge collapsed on Friday", {}, {}, {{"Friday", "2025-09-05"}});
  auto sep5 = MakeClaim("the bridge collapsed on September 5", {}, {}, {{"September 5", "2025-09-05"}});
  auto sep4 = MakeClaim("the bridge collapsed on September 4", {}, {}, {{"September 4", "2025-09-04"}});
  CHECK(Compare(fri, sep5).relation == Relation::kSame);
  Verdict v = Compare(fri, sep4);
  CHECK(v.relation == Relation::kDisputes);
  CHECK(v.rule == "conflicting_dates");
}

TEST_CASE("A negated claim disputes the claim it negates", "[track]") {
  auto yes = MakeClaim("the bridge had passed a safety inspection in March", {"helena-varga"});
  auto no = MakeClaim("the bridge had not passed a safety inspection in March", {"marta-quill"});
  Verdict v = Compare(yes, no);
  CHECK(v.relation == Relation::kDisputes);
  CHECK(v.rule == "negation");
  CHECK(v.why.find("not") != std::string::npos);
}

TEST_CASE("An appearance flagged as lacking evidence disputes but stays in the proposition", "[track]") {
  auto a = MakeClaim("the builder had cut corners on the steel", {"helena-varga"});
  auto b = a;
  b.stance.evidence = "none_offered";
  Verdict v = Compare(a, b);
  CHECK(v.relation == Relation::kDisputes);
  CHECK(v.rule == "lacks_evidence");
  CHECK(SameProposition(v));
}

TEST_CASE("Different speakers or subjects with similar words are not one proposition", "[track]") {
  auto varga = MakeClaim("the bridge had passed a safety inspection in March", {"helena-varga"});
  auto quill = MakeClaim("the bridge had passed a safety inspection in March", {"marta-quill"});
  CHECK(Compare(varga, quill).relation == Relation::kUnrelated);
  auto a = MakeClaim("the company built the bridge in 2011");
  a.actors = {"corvin-structures"};
  auto b = MakeClaim("the company built the bridge in 2011");
  b.actors = {"halden-works"};
  CHECK(Compare(a, b).relation == Relation::kUnrelated);
}

TEST_CASE("Claims sharing a topic but saying different things are unrelated", "[track]") {
  auto collapse = MakeClaim("a pedestrian bridge over the Saren River collapsed, killing 11 people", {},
                            {{"11 people", 11}});
  auto closed = MakeClaim("a second bridge over the Saren River was closed as a precaution");
  auto schools = MakeClaim("schools in the district will reopen");
  CHECK(Compare(collapse, closed).relation == Relation::kUnrelated);
  CHECK(Compare(collapse, schools).relation == Relation::kUnrelated);
  CHECK(Compare(closed, schools).relation == Relation::kUnrelated);
}

TEST_CASE("A claim naming its subject and one that does not are apart without a shared source", "[track]") {
  auto named = MakeClaim("Trump has not offered evidence for the assertion");
  named.actors = {"donald-trump"};
  auto pronoun = MakeClaim("She has not offered evidence for the assertion");
  CHECK(Compare(named, pronoun).relation == Relation::kUnrelated);
  auto said_named = named, said_pronoun = pronoun;
  said_named.attribution.speakers = said_pronoun.attribution.speakers = {"white-house"};
  said_named.attribution.kind = said_pronoun.attribution.kind = model::AttributionKind::kIndirect;
  CHECK(Compare(said_named, said_pronoun).relation == Relation::kSame);
}

TEST_CASE("Two words alone need a shared named source to be one proposition", "[track]") {
  auto a = MakeClaim("it was cooperating with investigators", {"corvin-structures"});
  auto b = MakeClaim("the company is cooperating with investigators", {"corvin-structures"});
  CHECK(Compare(a, b).relation == Relation::kSame);
  auto author_a = MakeClaim("it was cooperating with investigators");
  auto author_b = MakeClaim("they were cooperating with investigators");
  CHECK(Compare(author_a, author_b).relation == Relation::kUnrelated);
}

}  // namespace
}  // namespace claimkb::track
