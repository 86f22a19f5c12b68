// Corrections with history, anchors on new article versions, statement time.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "core/extract/pipeline.h"
#include "core/store/keys.h"
#include "tests/store/fixtures.h"
#include "tests/store/helpers.h"
#include "tests/support.h"

using namespace claimkb;
using namespace claimkb::testing;

namespace {

constexpr const char* kBridgeUrl = "https://harlow.example.org/news/bridge-vote";

model::Extraction Bridge(int version) {
  extract::Input in;
  in.format = extract::Format::kText;
  in.bytes = ReadFile(SourceDir() / "tests" / "data" / "corr" / ("bridge_v" + std::to_string(version) + ".txt"));
  in.url = kBridgeUrl;
  in.published = version == 1 ? "2026-03-03" : "2026-03-04";
  auto x = extract::Extract(in);
  REQUIRE(x.ok());
  for (auto& c : x->claims) c.document_id = x->document.id;
  for (auto& e : x->events) e.document_id = x->document.id;
  return std::move(x).value();
}

// The claim of x whose text contains `words`.
const model::Claim& ClaimWith(const model::Extraction& x, std::string_view words) {
  auto it = std::find_if(x.claims.begin(), x.claims.end(),
                         [&](const model::Claim& c) { return c.text.find(words) != std::string::npos; });
  INFO("no claim with `" << words << "`");
  REQUIRE(it != x.claims.end());
  return *it;
}

store::ClaimCorrection Correction(std::string reason) {
  store::ClaimCorrection c;
  c.author = "j.doe@harlow.example.org";
  c.reason = std::move(reason);
  return c;
}

std::vector<std::string> Ids(const std::vector<model::Claim>& claims) {
  std::vector<std::string> out;
  for (const auto& c : claims) out.push_back(c.id);
  return out;
}

bool Contains(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

std::vector<std::string> Listed(const store::Store& db, store::ClaimQuery q) {
  auto page = db.ListClaims(q, "", 100);
  INFO(page.status().ToString());
  REQUIRE(page.ok());
  return Ids(page->items);
}

// Whitfield's quote given to the mayor and cut to the words inside the quote marks.
void CorrectQuote(store::Store& db, const model::Claim& quote) {
  auto fixed = Correction("the quote was the mayor's, not the council member's");
  fixed.speakers = std::vector<std::string>{"ellen-brandt"};
  fixed.span = model::Span{quote.span.start + 1, quote.span.end - 2};  // without the quote marks and the comma
  fixed.status = store::ClaimStatus::kReviewed;
  auto st = db.CorrectClaim(quote.id, fixed);
  INFO(st.status().ToString());
  REQUIRE(st.ok());
  CHECK(st->version == 2);
}

}  // namespace

TEST_CASE("a correction appends a version and moves the claim in every index", "[store][corrections]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  const model::Extraction v1 = Bridge(1);
  REQUIRE(db->Ingest(v1).ok());
  const model::Claim quote = ClaimWith(v1, "blank check");
  REQUIRE(quote.attribution.speakers == std::vector<std::string>{"dana-whitfield"});

  CorrectQuote(*db, quote);

  auto now = db->GetClaim(quote.id);
  REQUIRE(now.ok());
  CHECK(now->attribution.speakers == std::vector<std::string>{"ellen-brandt"});
  CHECK(now->text == "We cannot ask taxpayers to write a blank check");
  CHECK(now->quote.exact == now->text);
  CHECK(now->quote.suffix.rfind(",\" said council member", 0) == 0);

  store::ClaimQuery by_mayor, by_member;
  by_mayor.speaker = "ellen-brandt";
  by_member.speaker = "dana-whitfield";
  CHECK(Contains(Listed(*db, by_mayor), quote.id));
  CHECK_FALSE(Contains(Listed(*db, by_member), quote.id));
  auto member_claims = db->ActorClaims("dana-whitfield", store::Role::kSpeaker, "", 50);
  REQUIRE(member_claims.ok());
  CHECK_FALSE(Contains(Ids(member_claims->items), quote.id));
  auto out = db->EdgesFrom(quote.id);
  REQUIRE(out.ok());
  std::vector<std::string> said_by;
  for (const auto& e : *out)
    if (e.type == model::EdgeType::kSaidBy) said_by.push_back(e.to);
  CHECK(said_by == std::vector<std::string>{"ellen-brandt"});

  auto history = db->ClaimHistory(quote.id);
  REQUIRE(history.ok());
  REQUIRE(history->size() == 2);
  CHECK((*history)[0].author == "extractor");
  CHECK((*history)[0].claim == quote);
  CHECK((*history)[1].author == "j.doe@harlow.example.org");
  CHECK((*history)[1].changed == std::vector<std::string>{"speakers", "span", "status"});
  CHECK((*history)[1].claim == *now);

  store::ClaimQuery reviewed;
  reviewed.status = "reviewed";
  CHECK(Listed(*db, reviewed) == std::vector<std::string>{quote.id});
  CHECK(CheckOf(*db).empty());
  auto stats = db->GetStats();
  REQUIRE(stats.ok());
  CHECK(stats->claims == v1.claims.size());
}

TEST_CASE("a correction is refused when it is unsourced, stale or impossible", "[store][corrections]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  const model::Extraction v1 = Bridge(1);
  REQUIRE(db->Ingest(v1).ok());
  const std::string id = ClaimWith(v1, "cost estimate").id;

  auto no_reason = Correction("");
  no_reason.status = store::ClaimStatus::kRejected;
  CHECK(db->CorrectClaim(id, no_reason).status().IsInvalidArgument());
  CHECK(db->CorrectClaim(id, Correction("nothing asked")).status().IsInvalidArgument());
  auto ghost = Correction("wrong speaker");
  ghost.speakers = std::vector<std::string>{"nobody-of-that-name"};
  CHECK(db->CorrectClaim(id, ghost).status().IsInvalidArgument());
  auto outside = Correction("longer span");
  outside.span = model::Span{10, 100000};
  CHECK(db->CorrectClaim(id, outside).status().IsInvalidArgument());
  CHECK(db->CorrectClaim("c-no-such-claim", ghost).status().IsNotFound());

  auto reject = Correction("'citing' gives the council's reason; nobody said this");
  reject.status = store::ClaimStatus::kRejected;
  reject.if_version = 1;
  REQUIRE(db->CorrectClaim(id, reject).ok());
  reject.reason = "a second editor, working from a stale page";
  auto stale = db->CorrectClaim(id, reject);
  CHECK(stale.status().IsConflict());
  auto history = db->ClaimHistory(id);
  REQUIRE(history.ok());
  CHECK(history->size() == 2);
  CHECK(CheckOf(*db).empty());
}

TEST_CASE("a re-ingest never undoes a correction; a new version carries it and orphans vanished quotes",
          "[store][corrections][anchors]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  const model::Extraction v1 = Bridge(1);
  REQUIRE(db->Ingest(v1).ok());
  const model::Claim quote = ClaimWith(v1, "blank check");
  const model::Claim engineer = ClaimWith(v1, "six months");
  const model::Claim mayor = ClaimWith(v1, "irresponsible");
  const model::Claim report = ClaimWith(v1, "structurally deficient");
  CorrectQuote(*db, quote);
  auto reviewed = Correction("checked against the council's minutes");
  reviewed.status = store::ClaimStatus::kReviewed;
  REQUIRE(db->CorrectClaim(engineer.id, reviewed).ok());
  const auto corrected = db->GetClaim(quote.id);
  REQUIRE(corrected.ok());

  // The identical article again: nothing changes.
  auto again = db->Ingest(Bridge(1));
  REQUIRE(again.ok());
  CHECK_FALSE(again->stored);
  CHECK(db->GetClaim(quote.id).value() == *corrected);
  CHECK(db->GetClaimState(quote.id)->version == 2);

  // The publisher's updated article under the same URL.
  const model::Extraction v2 = Bridge(2);
  auto r = db->Ingest(v2);
  REQUIRE(r.ok());
  CHECK(r->previous_version == v1.document.id);
  CHECK(db->GetClaim(quote.id).value() == *corrected);  // the old version's claim keeps its correction

  // Unchanged text: anchored in v2 at the same words, with the v2 claim standing there.
  auto at_report = db->GetClaimState(report.id);
  REQUIRE(at_report.ok());
  CHECK(at_report->anchor.status == store::AnchorStatus::kAnchored);
  CHECK(at_report->anchor.document == v2.document.id);
  const model::Claim report2 = ClaimWith(v2, "structurally deficient");
  CHECK(at_report->anchor.span == report2.span);
  CHECK(at_report->anchor.successor == report2.id);

  // Changed text: orphaned, never re-attached to the reworded sentence.
  for (const auto* gone : {&engineer, &mayor}) {
    auto st = db->GetClaimState(gone->id);
    REQUIRE(st.ok());
    CHECK(st->anchor.status == store::AnchorStatus::kOrphaned);
    CHECK(st->anchor.reason == "not_found");
    CHECK(st->anchor.successor.empty());
  }
  CHECK(db->GetClaimState(engineer.id)->status == store::ClaimStatus::kReviewed);
  store::ClaimQuery orphans;
  orphans.status = "orphaned";
  orphans.document = v2.document.id;
  auto orphaned = Listed(*db, orphans);
  std::sort(orphaned.begin(), orphaned.end());
  std::vector<std::string> want{engineer.id, mayor.id};
  std::sort(want.begin(), want.end());
  CHECK(orphaned == want);

  // The corrected quote still stands in v2: its v2 claim inherits the correction.
  auto quote_state = db->GetClaimState(quote.id);
  REQUIRE(quote_state.ok());
  CHECK(quote_state->anchor.status == store::AnchorStatus::kAnchored);
  const model::Claim quote2 = ClaimWith(v2, "blank check");
  CHECK(quote_state->anchor.successor == quote2.id);
  auto inherited = db->GetClaim(quote2.id);
  REQUIRE(inherited.ok());
  CHECK(inherited->attribution.speakers == std::vector<std::string>{"ellen-brandt"});
  CHECK(inherited->text == corrected->text);
  auto inherited_state = db->GetClaimState(quote2.id);
  REQUIRE(inherited_state.ok());
  CHECK(inherited_state->status == store::ClaimStatus::kReviewed);
  CHECK(inherited_state->version == 2);
  auto history = db->ClaimHistory(quote2.id);
  REQUIRE(history.ok());
  REQUIRE(history->size() == 2);
  CHECK((*history)[0].claim.attribution.speakers == std::vector<std::string>{"dana-whitfield"});
  CHECK((*history)[1].carried_from == quote.id + "@2");
  store::ClaimQuery by_member;
  by_member.speaker = "dana-whitfield";
  CHECK_FALSE(Contains(Listed(*db, by_member), quote2.id));
  // The reworded engineer sentence of v2 is a new claim nobody reviewed.
  CHECK(db->GetClaimState(ClaimWith(v2, "three months").id)->status == store::ClaimStatus::kExtracted);
  CHECK(CheckOf(*db).empty());

  // A further correction of the inherited claim builds on it.
  auto back = Correction("the mayor repeated the council member's words; the quote is hers");
  back.speakers = std::vector<std::string>{"dana-whitfield"};
  back.if_version = 2;
  auto st = db->CorrectClaim(quote2.id, back);
  REQUIRE(st.ok());
  CHECK(st->version == 3);
  CHECK(Contains(Listed(*db, by_member), quote2.id));
  CHECK(CheckOf(*db).empty());
}

TEST_CASE("a quote found twice in the new version is orphaned as ambiguous unless its context decides",
          "[store][anchors]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  const std::string line = "The ministry said the figures were provisional.";
  Article v1("https://news.example.org/figures", "2026-01-10", "Officials met on Friday. " + line + " Talks went on.");
  v1.Actor("ministry", "the ministry", model::ActorType::kOrganization, {});
  auto& c1 = v1.Claim("the figures were provisional", {"ministry"});
  c1.quote.prefix = "Officials met on Friday. The ministry said ";
  c1.quote.suffix = ". Talks went on.";
  REQUIRE(db->Ingest(v1.x()).ok());

  SECTION("twice with other context: orphaned") {
    Article v2("https://news.example.org/figures", "2026-01-11", line + " Later: " + line);
    REQUIRE(db->Ingest(v2.x()).ok());
    auto st = db->GetClaimState(c1.id);
    REQUIRE(st.ok());
    CHECK(st->anchor.status == store::AnchorStatus::kOrphaned);
    CHECK(st->anchor.reason == "ambiguous");
  }
  SECTION("twice, once in the old context: anchored there") {
    const std::string text = line + " Officials met on Friday. " + line + " Talks went on.";
    Article v2("https://news.example.org/figures", "2026-01-11", text);
    REQUIRE(db->Ingest(v2.x()).ok());
    auto st = db->GetClaimState(c1.id);
    REQUIRE(st.ok());
    CHECK(st->anchor.status == store::AnchorStatus::kAnchored);
    const auto second = static_cast<uint32_t>(text.rfind("the figures were provisional"));  // ASCII: bytes = code points
    CHECK(st->anchor.span == model::Span{second, second + 28});
  }
  CHECK(CheckOf(*db).empty());
}

TEST_CASE("corrections and anchors survive export and import", "[store][corrections]") {
  TempDir dir;
  auto db = OpenStore((dir.path() / "a").string());
  const model::Extraction v1 = Bridge(1);
  REQUIRE(db->Ingest(v1).ok());
  const model::Claim quote = ClaimWith(v1, "blank check");
  CorrectQuote(*db, quote);
  REQUIRE(db->Ingest(Bridge(2)).ok());
  const std::string dump = ExportOf(*db);
  CHECK(dump.find("\"claim_version\"") != std::string::npos);

  auto copy = OpenStore((dir.path() / "b").string());
  std::istringstream in(dump);
  auto imported = copy->Import(in);
  INFO(imported.status().ToString());
  REQUIRE(imported.ok());
  CHECK(ExportOf(*copy) == dump);
  CHECK(CheckOf(*copy).empty());
  CHECK(copy->ClaimHistory(quote.id).value() == db->ClaimHistory(quote.id).value());
  CHECK(copy->GetClaimState(quote.id).value() == db->GetClaimState(quote.id).value());
  store::ClaimQuery orphans;
  orphans.status = "orphaned";
  CHECK(Listed(*copy, orphans) == Listed(*db, orphans));
  CHECK(Listed(*copy, orphans).size() == 2);
}

TEST_CASE("Check reports a claim that no longer matches its latest version", "[store][corrections]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  const model::Extraction v1 = Bridge(1);
  REQUIRE(db->Ingest(v1).ok());
  const model::Claim quote = ClaimWith(v1, "blank check");
  CorrectQuote(*db, quote);
  std::string key;
  store::keys::PutStr(&key, quote.id);
  REQUIRE(db->TestOnlyDeleteRaw("claim_state", key).ok());
  auto problems = CheckOf(*db);
  REQUIRE_FALSE(problems.empty());
  bool named = std::any_of(problems.begin(), problems.end(),
                           [&](const std::string& p) { return p.find(quote.id) != std::string::npos; });
  CHECK(named);
}

TEST_CASE("timelines and filters use statement time or event time", "[store][bitemporal]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  // Said in 2026 about something that happened in 2019.
  Article a("https://news.example.org/dam", "2026-02-02",
            "The former minister said on Monday that the dam contract was signed in March 2019 without a tender.");
  a.Actor("former-minister", "the former minister", model::ActorType::kPerson, {});
  auto& c = a.Claim("the dam contract was signed in March 2019 without a tender", {"former-minister"});
  c.said_on = "2026-02-02";
  c.times.push_back(testing::Time("March 2019", "2019-03", model::Precision::kMonth, "2019-03-01", "2019-03-31"));
  REQUIRE(db->Ingest(a.x()).ok());

  store::ClaimQuery in_2019, said_2026;
  in_2019.from = "2019";
  in_2019.to = "2019";
  said_2026 = in_2019;
  said_2026.from = said_2026.to = "2026-02";
  CHECK(Listed(*db, in_2019) == std::vector<std::string>{c.id});
  CHECK(Listed(*db, said_2026).empty());
  in_2019.time = said_2026.time = store::TimeAxis::kStatement;
  CHECK(Listed(*db, in_2019).empty());
  CHECK(Listed(*db, said_2026) == std::vector<std::string>{c.id});
  said_2026.speaker = "former-minister";
  CHECK(Listed(*db, said_2026) == std::vector<std::string>{c.id});

  auto events = db->Timeline("former-minister", "", "", "", 10);
  auto said = db->Timeline("former-minister", "", "", "", 10, store::TimeAxis::kStatement);
  REQUIRE(events.ok());
  REQUIRE(said.ok());
  REQUIRE(events->items.size() == 1);
  REQUIRE(said->items.size() == 1);
  CHECK(events->items[0].time.begin == "2019-03-01");
  CHECK(said->items[0].time.begin == "2026-02-02");
  CHECK(said->items[0].time.anchor == "said_on");
  auto late = db->Timeline("former-minister", "2020", "", "", 10, store::TimeAxis::kStatement);
  REQUIRE(late.ok());
  CHECK(late->items.size() == 1);
  auto by_statement = db->ActorClaims("former-minister", store::Role::kSpeaker, "", 10, store::TimeAxis::kStatement);
  REQUIRE(by_statement.ok());
  CHECK(Ids(by_statement->items) == std::vector<std::string>{c.id});
  CHECK(CheckOf(*db).empty());
}
