#include <catch2/catch.hpp>

#include "core/track/codec.h"
#include "core/track/minhash.h"
#include "core/track/normalize.h"
#include "tests/track/claims.h"

namespace claimkb::track {
namespace {

using testing::MakeClaim;
using Words = std::vector<std::string>;

TEST_CASE("Stem folds inflections of one word together", "[track]") {
  CHECK(Stem("killed") == Stem("kills"));
  CHECK(Stem("killing") == Stem("kill"));
  CHECK(Stem("collapsed") == Stem("collapse"));
  CHECK(Stem("collapses") == Stem("collapsing"));
  CHECK(Stem("died") == Stem("dies"));
  CHECK(Stem("inspections") == Stem("inspection"));
  CHECK(Stem("stopped") == Stem("stop"));
  CHECK(Stem("bus") == "bus");
  CHECK(Stem("kill") != Stem("skill"));
}

TEST_CASE("Direct and indirect speech normalise to the same words", "[track]") {
  auto direct = Normalize(MakeClaim("We will not stop searching the river until everyone is accounted for", {"tomas-reyes"}));
  auto indirect =
      Normalize(MakeClaim("crews would not stop searching the river until everyone was accounted for", {"tomas-reyes"}));
  CHECK(direct.negated);
  CHECK(indirect.negated);
  CHECK(direct.words == Words{"account", "everyon", "river", "search", "stop"});
  CHECK(indirect.words == Words{"account", "crew", "everyon", "river", "search", "stop"});
}

TEST_CASE("Quotes, possessives and contractions do not become words", "[track]") {
  auto n = Normalize(MakeClaim("\xE2\x80\x9CThe mayor\xE2\x80\x99s office didn't know,\xE2\x80\x9D"));
  CHECK(n.words == Words{"know", "mayor", "offic"});
  CHECK(n.negated);
  CHECK(n.negators == Words{"n't"});
}

TEST_CASE("Figures and dates leave the words and are kept canonical", "[track]") {
  auto n = Normalize(MakeClaim("the bridge collapsed on Friday, killing 11 people", {}, {{"11 people", 11}},
                               {{"Friday", "2025-09-05"}}));
  CHECK(n.words == Words{"bridg", "collaps", "kill"});
  REQUIRE(n.figures.size() == 1);
  CHECK(n.figures[0].value == "11");
  CHECK(n.dates == Words{"2025-09-05"});
  // A number the extractor left unparsed still counts, written as digits.
  auto bare = Normalize(MakeClaim("eleven people were killed"));
  REQUIRE(bare.figures.size() == 1);
  CHECK(bare.figures[0].value == "11");
}

TEST_CASE("Speaker ids become source words", "[track]") {
  auto n = Normalize(MakeClaim("the bridge passed an inspection", {"helena-varga"}));
  CHECK(n.sources == Words{"helena", "varga"});
  CHECK(n.attributed);
}

TEST_CASE("MinHash bands put near-identical word sets in shared buckets", "[track]") {
  Words a{"bridg", "collaps", "kill", "river", "saren", "pedestrian"};
  Words b{"bridg", "collaps", "kill", "river", "saren", "footbridg"};
  Words c{"school", "reopen", "district", "tuesday", "offic"};
  auto ba = Bands(a), bb = Bands(b), bc = Bands(c);
  REQUIRE(ba.size() == kBands);
  size_t ab = 0, ac = 0;
  for (size_t i = 0; i < kBands; ++i) {
    ab += ba[i] == bb[i];
    ac += ba[i] == bc[i];
  }
  CHECK(ab >= 2);
  CHECK(ac == 0);
  CHECK(Bands({"alone"}).empty());
  CHECK(Bands(a) == ba);  // deterministic: bucket hashes are stored
  CHECK(Jaccard(a, b) == Approx(5.0 / 7.0));
}

TEST_CASE("A normalised claim survives its stored encoding, and damage is detected", "[track]") {
  auto c = MakeClaim("officials did not confirm that 11 people died on Friday", {"helena-varga"}, {{"11 people", 11}},
                     {{"Friday", "2025-09-05"}});
  c.actors = {"saren-city-council"};
  c.stance.evidence = "none_offered";
  const Normalized n = Normalize(c);
  REQUIRE(n.negated);
  REQUIRE(!n.words.empty());
  REQUIRE(n.figures.size() == 1);
  std::string bytes;
  EncodeNormalized(n, &bytes);
  Normalized back;
  REQUIRE(DecodeNormalized(bytes, &back));
  CHECK(back.words == n.words);
  CHECK(back.figures == n.figures);
  CHECK(back.dates == n.dates);
  CHECK(back.sources == n.sources);
  CHECK(back.subjects == n.subjects);
  CHECK(back.negators == n.negators);
  CHECK(back.negated == n.negated);
  CHECK(back.attributed == n.attributed);
  CHECK(back.evidence == n.evidence);
  for (size_t len = 0; len < bytes.size(); ++len) CHECK_FALSE(DecodeNormalized(bytes.substr(0, len), &back));
  CHECK_FALSE(DecodeNormalized(bytes + "x", &back));
  std::string other_version = bytes;
  other_version[0] = static_cast<char>(other_version[0] + 1);
  CHECK_FALSE(DecodeNormalized(other_version, &back));
}

}  // namespace
}  // namespace claimkb::track
