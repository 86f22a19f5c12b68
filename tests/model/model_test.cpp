#include <catch2/catch.hpp>

#include "core/base/hash.h"
#include "core/base/utf8.h"
#include "core/model/json.h"

using namespace claimkb;
using namespace claimkb::model;

TEST_CASE("actor ids are readable slugs without accents", "[model]") {
  CHECK(Slug("Nicolás Maduro") == "nicolas-maduro");
  CHECK(Slug("Delcy Rodríguez") == "delcy-rodriguez");
  CHECK(Slug("US State Department") == "us-state-department");
  CHECK(Slug("Trump’s envoy") == "trumps-envoy");
  CHECK(Slug("  --  ") == "unnamed");
}

TEST_CASE("hashes are stable across builds", "[model]") {
  // Stored ids depend on these values: a change here breaks every store.
  CHECK(Hex64(Hash64("claimkb")) == Hex64(Hash64("claimkb")));
  CHECK(HashHex128("a") != HashHex128("b"));
  CHECK(HashHex128("").size() == 32);
}

TEST_CASE("code-point offsets map both ways", "[model]") {
  std::string s = "Rodríguez’s “Zone”";
  utf8::OffsetMap m(s);
  CHECK(m.size() == 18);
  CHECK(m.ToCodePoint(s.find("guez")) == 5);
  CHECK(m.ToByte(5) == s.find("guez"));
  CHECK(utf8::Substr(s, m, 13, 17) == "Zone");
}

TEST_CASE("code-point offsets agree with counting at every byte", "[model]") {
  std::string s = "The minister said “we’ll see” about the €5 plan in Zürich — and 日本 too.";
  utf8::OffsetMap m(s);
  uint32_t cp = 0;
  for (size_t b = 0; b <= s.size(); ++b) {
    bool starts = b == s.size() || (static_cast<unsigned char>(s[b]) & 0xC0) != 0x80;
    CHECK(m.ToCodePoint(b) == cp);
    if (starts) CHECK(m.ToByte(cp) == b);
    if (b < s.size()) cp += starts;
  }
  CHECK(m.size() == cp);
  CHECK(m.ToByte(cp + 3) == s.size());
  CHECK(m.ToCodePoint(s.size() + 3) == cp);
}

TEST_CASE("invalid UTF-8 is rejected with its byte offset", "[model]") {
  CHECK(utf8::Validate("plain").ok());
  Status s = utf8::Validate(std::string("ab\xff", 3));
  CHECK(s.IsInvalidArgument());
  CHECK(s.message().find("byte 2") != std::string::npos);
  CHECK(utf8::Validate(std::string("a\0b", 3)).IsInvalidArgument());
}

TEST_CASE("NFC composes decomposed accents", "[model]") {
  auto r = utf8::ToNfc("Rodri\xcc\x81guez");  // i + combining acute
  REQUIRE(r.ok());
  CHECK(*r == "Rodríguez");
}

TEST_CASE("NFC keeps plain news text and normalises what only looks plain", "[model]") {
  const std::string plain = "\xe2\x80\x9cNo,\xe2\x80\x9d she said \xe2\x80\x94 a \xe2\x82\xac" "5\xc2\xa0" "bn plan.";
  CHECK(*utf8::ToNfc(plain) == plain);
  CHECK(*utf8::ToNfc("a\xe2\x80\x80" "b\xe2\x80\x81" "c") == "a\xe2\x80\x82" "b\xe2\x80\x83" "c");  // en/em quads
  CHECK(*utf8::ToNfc("Cafe\xcc\x81 \xe2\x80\x99") == "Caf\xc3\xa9 \xe2\x80\x99");
  CHECK(*utf8::ToNfc("1 \xe2\x84\xab") == "1 \xc3\x85");  // angstrom sign
}

TEST_CASE("an extraction survives a JSON round trip", "[model]") {
  Extraction x;
  x.document.id = "d1";
  x.document.text = "Maduro said 87% of drugs go via the Pacific.";
  x.document.published = "2025-09-22";
  x.actors.push_back({"nicolas-maduro", "Nicolas Maduro", ActorType::kPerson, {"Maduro"}, {"President"}, ""});
  Claim c;
  c.id = "c-d1-12-44";
  c.document_id = "d1";
  c.text = "87% of drugs go via the Pacific";
  c.span = {12, 44};
  c.attribution = {AttributionKind::kIndirect, {"nicolas-maduro"}, "said", {7, 11}, {}};
  c.stance.hedged = true;
  c.quantities.push_back({"87%", 87, std::nullopt, "percent", "drugs", "", {12, 15}});
  c.quantities.push_back({"5-6 kg", 5, 6.0, "kg", "", "", {0, 6}});
  c.times.push_back({"Monday", "2025-09-22", Precision::kDay, "2025-09-22", "2025-09-22", "published", {0, 6}});
  x.claims.push_back(c);
  Event e;
  e.id = "e1";
  e.trigger = "send";
  e.time = c.times[0];
  x.events.push_back(e);
  x.edges.push_back({EdgeType::kSaidBy, c.id, "nicolas-maduro", ""});

  json j = x;
  CHECK(j["claims"][0]["quantities"][1]["value"] == json::array({5.0, 6.0}));
  CHECK(j["document"]["body_text"] == x.document.text);
  auto back = FromJson<Extraction>(j);
  REQUIRE(back.ok());
  CHECK(*back == x);
}

TEST_CASE("reading JSON with a missing field is an InvalidArgument", "[model]") {
  auto r = FromJson<Actor>(json{{"id", "x"}, {"type", "person"}});
  CHECK(r.status().IsInvalidArgument());
  auto bad_enum = FromJson<Actor>(json{{"id", "x"}, {"name", "X"}, {"type", "alien"}});
  CHECK(bad_enum.status().IsInvalidArgument());
}
