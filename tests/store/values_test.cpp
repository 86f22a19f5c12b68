// The binary value codecs: every field survives a round trip, and malformed
// bytes (truncated, garbage, trailing, out-of-range enums) are Corruption.
#include <catch2/catch.hpp>

#include <random>

#include "core/store/values.h"

namespace claimkb {

using store::Role;
namespace values = store::values;

namespace {

model::TimeRef SomeTime(const std::string& v) {
  return {"earlier this month", v, model::Precision::kInterval, "2025-09-01", "2025-09-21", "published", {10, 28}};
}

model::Quantity SomeQuantity(bool range) {
  model::Quantity q{"between 5 and 6 kg", 5, std::nullopt, "kg", "of cocaine", "between", {40, 58}};
  if (range) q.high = 6.25;
  return q;
}

model::Claim FullClaim() {
  model::Claim c;
  c.id = "c-6dd0d9ca4f747149-001234";
  c.document_id = "6dd0d9ca4f747149";
  c.text = "87% of the drugs leave through the Pacific";
  c.sentence = "The minister said 87% of the drugs leave through the Pacific.";
  c.span = {100, 142};
  c.sentence_span = {82, 143};
  c.quote = {"87% of the drugs", "said ", " leave"};
  c.attribution = {model::AttributionKind::kMixed, {"nicolas-maduro", "delcy-rodriguez"}, "said", {95, 99},
                   {"un-study"}};
  c.stance = {true, true, "none_offered", {"allegedly", "has not offered evidence"}};
  c.actors = {"pacific", "united-nations"};
  c.times = {SomeTime("2025-09-01/2025-09-21"), SomeTime("2025-07")};
  c.quantities = {SomeQuantity(false), SomeQuantity(true)};
  c.events = {"e-1", "e-2"};
  c.said_on = "2025-09-22";
  c.rule = "source_cue_that";
  c.confidence = 0.1 + 0.2;  // not exactly representable: must survive bit for bit
  return c;
}

model::Event FullEvent() {
  model::Event e;
  e.id = "e-1";
  e.document_id = "d1";
  e.label = "Maduro sent a letter";
  e.trigger = "send";
  e.span = {7, 11};
  e.agents = {"nicolas-maduro"};
  e.patients = {"donald-trump", "white-house"};
  e.place = "caracas";
  e.time = SomeTime("2025-09-06");
  e.claims = {"c-1"};
  return e;
}

values::DocumentRecord FullDocument() {
  values::DocumentRecord d;
  d.document = {"d1", "https://example.org/a", "Letter", "A. Writer", "Example News", "2025-09-22",
                "2025-09-23T10:00:00Z", "en", "", {"Share this", "Read more"}, "d0"};
  d.version = 300;
  d.times = {SomeTime("2025-09")};
  d.quantities = {SomeQuantity(true)};
  d.warnings = {"no publication date"};
  return d;
}

// Decoding every proper prefix of a value must fail cleanly.
template <typename T>
void CheckPrefixesFail(const std::string& bytes) {
  for (size_t n = 0; n < bytes.size(); ++n) {
    T out;
    INFO("prefix of " << n << " bytes");
    CHECK(values::Decode(std::string_view(bytes).substr(0, n), &out).IsCorruption());
  }
}

}  // namespace

TEST_CASE("claim values round-trip every field", "[store][values]") {
  model::Claim c = FullClaim(), back;
  std::string bytes = values::Encode(c);
  REQUIRE(values::Decode(bytes, &back).ok());
  CHECK(back == c);
  model::Claim empty, back2 = FullClaim();
  REQUIRE(values::Decode(values::Encode(empty), &back2).ok());
  CHECK(back2 == empty);  // decoding overwrites every field, including optional ones
}

TEST_CASE("event, actor, document and timeline values round-trip every field", "[store][values]") {
  model::Event e = FullEvent(), e2;
  REQUIRE(values::Decode(values::Encode(e), &e2).ok());
  CHECK(e2 == e);
  model::Event untimed = FullEvent(), e3 = FullEvent();
  untimed.time.reset();
  REQUIRE(values::Decode(values::Encode(untimed), &e3).ok());
  CHECK(e3 == untimed);

  model::Actor a{"nicolas-maduro", "Nicolás Maduro", model::ActorType::kPerson, {"Maduro"}, {"President"}, "Q57413"};
  model::Actor a2;
  REQUIRE(values::Decode(values::Encode(a), &a2).ok());
  CHECK(a2 == a);

  values::DocumentRecord d = FullDocument(), d2;
  REQUIRE(values::Decode(values::Encode(d), &d2).ok());
  CHECK(d2 == d);

  values::TimelineValue t{{Role::kSpeaker, Role::kPlace}, SomeTime("2025-09-05"), "label", "d1"}, t2;
  REQUIRE(values::Decode(values::Encode(t), &t2).ok());
  CHECK(t2 == t);
}

TEST_CASE("strings with NUL bytes and long lengths survive", "[store][values]") {
  model::Actor a;
  a.id = std::string("a\0b", 3);
  a.name = std::string(70000, 'x');  // a three-byte length varint
  model::Actor back;
  REQUIRE(values::Decode(values::Encode(a), &back).ok());
  CHECK(back == a);
}

TEST_CASE("truncated values are Corruption", "[store][values]") {
  CheckPrefixesFail<model::Claim>(values::Encode(FullClaim()));
  CheckPrefixesFail<model::Event>(values::Encode(FullEvent()));
  CheckPrefixesFail<values::DocumentRecord>(values::Encode(FullDocument()));
  CheckPrefixesFail<model::Actor>(values::Encode(model::Actor{"a", "A", model::ActorType::kGroup, {"x"}, {}, ""}));
  CheckPrefixesFail<values::TimelineValue>(values::Encode(values::TimelineValue{{Role::kVia}, SomeTime("2025"), "l", "d"}));
}

TEST_CASE("trailing bytes, wrong tags and out-of-range enums are Corruption", "[store][values]") {
  model::Claim c;
  model::Actor a;
  std::string claim = values::Encode(FullClaim());
  CHECK(values::Decode(claim + "x", &c).IsCorruption());
  CHECK(values::Decode(claim, &a).IsCorruption());

  std::string actor = values::Encode(model::Actor{"a", "A", model::ActorType::kPerson, {}, {}, ""});
  actor[1 + 2 + 2] = 6;  // the type byte after two one-byte strings: 6 is no ActorType
  CHECK(values::Decode(actor, &a).IsCorruption());

  values::TimelineValue t;
  std::string tl = values::Encode(values::TimelineValue{{Role::kSpeaker}, {}, "", ""});
  tl[2] = 0;  // role 0 does not exist
  CHECK(values::Decode(tl, &t).IsCorruption());

  // A count far larger than the bytes left must not allocate or read past the end.
  std::string huge("A\x01" "a\x01" "A\x01\xff\xff\xff\xff\x0f");
  CHECK(values::Decode(huge, &a).IsCorruption());
  // An over-long varint (11 continuation bytes).
  CHECK(values::Decode(std::string("A") + std::string(11, '\x80'), &a).IsCorruption());
}

TEST_CASE("random bytes never crash a decoder", "[store][values]") {
  std::mt19937 rng(7);
  std::string base = values::Encode(FullClaim());
  int decoded = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string b = base;
    int flips = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < flips; ++k) b[1 + rng() % (b.size() - 1)] = static_cast<char>(rng());
    model::Claim c;
    Status s = values::Decode(b, &c);
    CHECK((s.ok() || s.IsCorruption()));
    decoded += s.ok();
    values::DocumentRecord d;
    values::TimelineValue t;
    model::Event e;
    CHECK_FALSE(values::Decode(b, &d).ok());  // wrong tag
    b[0] = 'L';
    (void)values::Decode(b, &t);
    b[0] = 'E';
    (void)values::Decode(b, &e);
  }
  CHECK(decoded < 3000);  // most mutations are caught; some only change text
}

}  // namespace claimkb
