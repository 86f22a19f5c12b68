#include <catch2/catch.hpp>

#include <algorithm>

#include "core/store/fold.h"
#include "core/store/keys.h"
#include "core/store/values.h"

using namespace claimkb;
using namespace claimkb::store;
using namespace claimkb::store::keys;

namespace {

TimeKey TK(std::string date, model::Precision p) { return {std::move(date), PrecisionRank(p)}; }

}  // namespace

TEST_CASE("every key codec round-trips", "[store][keys]") {
  const std::string nul("a\0b", 3);
  const TimeKey month = TK("2025-09-01", model::Precision::kMonth);
  const TimeKey unknown{};

  EdgeKey ek{"d1", model::EdgeType::kVia, "c-1", nul}, ek2;
  REQUIRE(DecodeEdge(EncodeEdge(ek), &ek2));
  CHECK(ek2 == ek);

  DocClaimKey dc{"d1", 12, 44, "c-1"}, dc2;
  REQUIRE(Decode(Encode(dc), &dc2));
  CHECK(dc2 == dc);

  DocEventKey de{nul, 7, "e-1"}, de2;
  REQUIRE(Decode(Encode(de), &de2));
  CHECK(de2 == de);

  ActorClaimKey ac{"nicolas-maduro", Role::kVia, month, "c-2"}, ac2;
  REQUIRE(Decode(Encode(ac), &ac2));
  CHECK(ac2 == ac);

  TimelineKey tl{"marco-rubio", unknown, ItemKind::kEvent, "e-9"}, tl2;
  REQUIRE(Decode(Encode(tl), &tl2));
  CHECK(tl2 == tl);

  TimeIndexKey ti{month, ItemKind::kClaim, "c-3"}, ti2;
  REQUIRE(Decode(Encode(ti), &ti2));
  CHECK(ti2 == ti);

  AliasKey al{"nicolas maduro", "nicolas-maduro"}, al2;
  REQUIRE(Decode(Encode(al), &al2));
  CHECK(al2 == al);

  UrlKey u{"https://example.org/a?b=c", 3, "d9"}, u2;
  REQUIRE(Decode(Encode(u), &u2));
  CHECK(u2 == u);

  UnitKey un{"percent", month, "c-4"}, un2;
  REQUIRE(Decode(Encode(un), &un2));
  CHECK(un2 == un);

  KindKey kk{model::AttributionKind::kMixed, unknown, "c-5"}, kk2;
  REQUIRE(Decode(Encode(kk), &kk2));
  CHECK(kk2 == kk);

  EdgeIndexKey ei{"c-1", model::EdgeType::kSaidBy, "donald-trump", "d1"}, ei2;
  REQUIRE(Decode(Encode(ei), &ei2));
  CHECK(ei2 == ei);

  std::string id;
  REQUIRE(ParseIdKey(IdKey(nul), &id));
  CHECK(id == nul);
}

TEST_CASE("decoders reject truncated and trailing bytes", "[store][keys]") {
  const std::string key = Encode(DocClaimKey{"d1", 1, 2, "c-1"});
  DocClaimKey k;
  for (size_t n = 0; n < key.size(); ++n) CHECK_FALSE(Decode(key.substr(0, n), &k));
  CHECK_FALSE(Decode(key + "x", &k));
  ActorClaimKey a;
  CHECK_FALSE(Decode(Encode(ActorClaimKey{"x", Role::kAgent, {}, "c"}), &a));  // claims have no agents
}

TEST_CASE("byte order of keys is their logical order", "[store][keys]") {
  // Strings: a prefix sorts first, and an embedded NUL does not break that.
  CHECK(IdKey("a") < IdKey(std::string("a\0", 2)));
  CHECK(IdKey(std::string("a\0", 2)) < IdKey("ab"));
  CHECK(IdKey("ab") < IdKey("b"));
  // Composite keys order by their first component before the second.
  CHECK(Encode(DocClaimKey{"d", 0, 0, "zzz"}) < Encode(DocClaimKey{"d-2", 0, 0, "a"}));
  // Big-endian offsets: 255 < 256 < 65536 byte-wise as numerically.
  CHECK(Encode(DocClaimKey{"d", 255, 0, "c"}) < Encode(DocClaimKey{"d", 256, 0, "c"}));
  CHECK(Encode(DocClaimKey{"d", 256, 0, "c"}) < Encode(DocClaimKey{"d", 65536, 0, "c"}));
  CHECK(Encode(UrlKey{"u", 9, "z"}) < Encode(UrlKey{"u", 10, "a"}));

  // Time: earlier dates first; on one begin date the coarser precision first;
  // events before claims; unknown times last.
  std::vector<std::string> keys = {
      Encode(TimeIndexKey{TK("2025-09-05", model::Precision::kDay), ItemKind::kClaim, "a"}),
      Encode(TimeIndexKey{{}, ItemKind::kEvent, "a"}),
      Encode(TimeIndexKey{TK("2025-09-01", model::Precision::kDay), ItemKind::kEvent, "a"}),
      Encode(TimeIndexKey{TK("2025-02-01", model::Precision::kMonth), ItemKind::kClaim, "z"}),
      Encode(TimeIndexKey{TK("2025-09-05", model::Precision::kDay), ItemKind::kEvent, "z"}),
      Encode(TimeIndexKey{TK("2025-09-01", model::Precision::kMonth), ItemKind::kClaim, "a"}),
      Encode(TimeIndexKey{TK("2025-01-01", model::Precision::kYear), ItemKind::kClaim, "a"}),
  };
  std::sort(keys.begin(), keys.end());
  std::vector<std::string> order;
  for (const auto& k : keys) {
    TimeIndexKey t;
    REQUIRE(Decode(k, &t));
    order.push_back((t.time.date.empty() ? "?" : t.time.date) + "/" + std::to_string(t.time.rank) + "/" +
                    ToString(t.kind));
  }
  CHECK(order == std::vector<std::string>{"2025-01-01/2/claim", "2025-02-01/4/claim", "2025-09-01/4/claim",
                                          "2025-09-01/7/event", "2025-09-05/7/event", "2025-09-05/7/claim",
                                          "?/9/event"});
}

TEST_CASE("a TimeRef keys by its begin day and precision", "[store][keys]") {
  model::TimeRef month;
  month.value = "2025-02";
  month.precision = model::Precision::kMonth;
  month.begin = "2025-02-01";
  CHECK(TimeKeyOf(month) == TK("2025-02-01", model::Precision::kMonth));
  model::TimeRef unresolved;
  unresolved.value = "Monday";
  CHECK(TimeKeyOf(unresolved).date.empty());
  unresolved.begin = "2025-9-1";  // not YYYY-MM-DD
  CHECK(TimeKeyOf(unresolved).date.empty());
}

TEST_CASE("cursors round-trip and garbage is rejected", "[store][keys]") {
  const std::string key = Encode(TimelineKey{"nicolas-maduro", {}, ItemKind::kClaim, std::string("c\0\xff", 3)});
  const std::string c = EncodeCursor(Cf::kIdxTimeline, key);
  CHECK(c.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos);
  Cf cf;
  std::string back;
  REQUIRE(DecodeCursor(c, &cf, &back));
  CHECK(cf == Cf::kIdxTimeline);
  CHECK(back == key);
  CHECK_FALSE(DecodeCursor("", &cf, &back));
  CHECK_FALSE(DecodeCursor("not a cursor!", &cf, &back));
  CHECK_FALSE(DecodeCursor("A", &cf, &back));
  CHECK_FALSE(DecodeCursor(EncodeCursor(Cf::kClaims, "k").replace(0, 1, "B"), &cf, &back));  // version 5
  CHECK_FALSE(DecodeCursor("AWNr", &cf, &back));
}

TEST_CASE("prefix ends bound exactly the keys with the prefix", "[store][keys]") {
  CHECK(PrefixEnd("ab") == "ac");
  CHECK(PrefixEnd(std::string("a\xff", 2)) == "b");
  CHECK(PrefixEnd(std::string("\xff\xff", 2)).empty());
}

TEST_CASE("the format record carries magic and version", "[store][keys]") {
  CHECK(DecodeFormat(EncodeFormat(kSchemaVersion)) == kSchemaVersion);
  CHECK(DecodeFormat(EncodeFormat(7)) == 7u);
  CHECK_FALSE(DecodeFormat("leveldb"));
}

TEST_CASE("values carry a tag and reject the wrong one", "[store][values]") {
  model::Claim c;
  c.id = "c-1";
  c.text = "87% of cocaine moves through the Pacific";
  c.confidence = 0.1 + 0.2;  // not exactly representable: must survive bit for bit
  model::Claim back;
  REQUIRE(values::Decode(values::Encode(c), &back).ok());
  CHECK(back == c);
  model::Actor a;
  CHECK(values::Decode(values::Encode(c), &a).IsCorruption());
  CHECK(values::Decode(std::string("C\xc1", 2), &back).IsCorruption());  // 0xc1 is never valid MessagePack

  values::DocumentRecord d;
  d.document.id = "d1";
  d.document.title = "Letter";
  d.version = 4;
  d.warnings = {"no date"};
  values::DocumentRecord d2;
  REQUIRE(values::Decode(values::Encode(d), &d2).ok());
  CHECK(d2 == d);

  values::TimelineValue t{{Role::kSpeaker, Role::kMentioned}, {}, "label", "d1"}, t2;
  REQUIRE(values::Decode(values::Encode(t), &t2).ok());
  CHECK(t2 == t);
}

TEST_CASE("folding ignores case, accents and punctuation", "[store][fold]") {
  CHECK(Fold("Nicolás  MADURO") == "nicolas maduro");
  CHECK(Fold("Delcy Rodríguez’s") == "delcy rodriguezs");
  CHECK(Fold("U.S. State Department") == "u s state department");
  CHECK(Fold("  ...  ").empty());
  CHECK(AliasTerms("Marco Antonio Rubio") ==
        std::vector<std::string>{"marco antonio rubio", "antonio rubio", "rubio"});
}

TEST_CASE("well-formed keys are told from truncated ones", "[store][keys]") {
  const std::string key = Encode(TimelineKey{"nicolas-maduro", {}, ItemKind::kClaim, "c-1"});
  CHECK(IsWellFormed(Cf::kIdxTimeline, key));
  CHECK_FALSE(IsWellFormed(Cf::kIdxTimeline, key.substr(0, key.size() - 1)));
  CHECK_FALSE(IsWellFormed(Cf::kIdxKind, key));  // "n" is no attribution kind
  CHECK_FALSE(IsWellFormed(Cf::kMeta, "format"));
}
