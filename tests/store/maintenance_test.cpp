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

void Fill(store::Store& db) {
  REQUIRE(db.Ingest(LetterArticle().x()).ok());
  REQUIRE(db.Ingest(StrikeArticle().x()).ok());
  REQUIRE(db.Ingest(LetterArticle("\n\nCorrection: the letter was dated September 5.").x()).ok());
}

bool Mentions(const std::vector<std::string>& problems, std::string_view a, std::string_view b) {
  for (const auto& p : problems)
    if (p.find(a) != std::string::npos && p.find(b) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("export, import into an empty store, export again: identical bytes", "[store][export]") {
  TempDir a, b;
  auto src = OpenStore(a.str());
  Fill(*src);
  const std::string first = ExportOf(*src);
  auto st = src->GetStats();
  REQUIRE(st.ok());
  auto records = [&](std::string_view what) {
    uint64_t n = 0;
    for (size_t at = first.find(what); at != std::string::npos; at = first.find(what, at + 1)) ++n;
    return n;
  };
  // Anchor states (the letter's claims re-checked against its second version) are records too.
  CHECK(records("\"record\":\"claim_state\"") > 0);
  CHECK(static_cast<uint64_t>(std::count(first.begin(), first.end(), '\n')) ==
        1 + st->actors + st->documents + st->claims + st->events + st->edges +
            records("\"record\":\"claim_state\"") + records("\"record\":\"claim_version\"") +
            records("\"record\":\"proposition\""));

  auto dst = OpenStore(b.str());
  std::istringstream in(first);
  auto r = dst->Import(in);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  CHECK(ExportOf(*dst) == first);
  CHECK(CheckOf(*dst).empty());
  // Indexes were rebuilt, not just records copied.
  auto timeline = dst->Timeline("nicolas-maduro", "", "", "", 100);
  REQUIRE(timeline.ok());
  CHECK(timeline->items.size() == src->Timeline("nicolas-maduro", "", "", "", 100)->items.size());
  CHECK(dst->DocumentVersions(kLetterUrl)->size() == 2);
  CHECK(dst->SearchActors("moros", 3)->size() == 1);
  auto s1 = src->GetStats(), s2 = dst->GetStats();
  CHECK(s1->claims == s2->claims);
  CHECK(s1->edges == s2->edges);

  // Importing twice would duplicate history: refused.
  std::istringstream again(first);
  CHECK(dst->Import(again).status().IsConflict());
}

TEST_CASE("a bad import names its line and leaves the store empty", "[store][export]") {
  TempDir a, b;
  auto src = OpenStore(a.str());
  Fill(*src);
  std::string dump = ExportOf(*src);
  // Break the last claim line.
  size_t claim = dump.rfind("{\"claim\"");
  REQUIRE(claim != std::string::npos);
  dump.replace(claim, 8, "{\"clam\"");

  auto dst = OpenStore(b.str());
  std::istringstream in(dump);
  auto r = dst->Import(in);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().IsInvalidArgument());
  CHECK(r.status().message().find("line") != std::string::npos);
  CHECK(dst->GetStats()->documents == 0);
  CHECK(dst->ListDocuments("", 10)->items.empty());
  CHECK(ExportOf(*dst) == ExportOf(*OpenStore(TempDir().str())));

  std::istringstream junk("{\"record\":\"actor\"}\n");
  CHECK(dst->Import(junk).status().IsInvalidArgument());
  std::istringstream future("{\"record\":\"claimkb-export\",\"schema_version\":99}\n");
  CHECK(dst->Import(future).status().code() == Status::Code::kUnsupported);
}

TEST_CASE("an import the file system stops mid-way is emptied, at the latest by the next open", "[store][export]") {
  TempDir a, trial, b;
  std::string dump;
  {
    auto src = OpenStore(a.str());
    Fill(*src);
    for (int i = 0; i < 20; ++i)
      REQUIRE(src->Ingest(LetterArticle("\n\nUpdate " + std::to_string(i) + ": talks resumed.").x()).ok());
    dump = ExportOf(*src);
  }
  std::uintmax_t import_bytes = 0;
  {
    auto scratch = OpenStore(trial.str());
    const auto before = WalBytes(trial.str());
    std::istringstream in(dump);
    REQUIRE(scratch->Import(in).ok());
    import_bytes = WalBytes(trial.str()) - before;
  }
  {
    auto dst = OpenStore(b.str());
    const FileSizeLimit full(WalBytes(b.str()) + import_bytes / 2);
    std::istringstream in(dump);
    auto r = dst->Import(in);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().IsIOError());
  }
  store::Options read_only;
  read_only.read_only = true;
  auto peek = store::Store::Open(b.str(), read_only);
  REQUIRE_FALSE(peek.ok());
  CHECK(peek.status().message().find("import that has not finished") != std::string::npos);

  auto dst = OpenStore(b.str());
  CHECK(ExportOf(*dst) == ExportOf(*OpenStore(TempDir().str())));
  CHECK(CheckOf(*dst).empty());
  std::istringstream again(dump);
  REQUIRE(dst->Import(again).ok());
  CHECK(ExportOf(*dst) == dump);
}

TEST_CASE("Check passes on a good store and names what is broken", "[store][check]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  Fill(*db);
  REQUIRE(CheckOf(*db).empty());
  Article letter = LetterArticle();
  const model::Claim& c = letter.x().claims[2];

  SECTION("a missing index entry") {
    REQUIRE(db->TestOnlyDeleteRaw("idx_doc_claims",
                                  store::keys::Encode(store::keys::DocClaimKey{letter.id(), c.span.start, c.span.end, c.id}))
                .ok());
    auto problems = CheckOf(*db);
    REQUIRE(problems.size() == 1);
    CHECK(Mentions(problems, "idx_doc_claims", c.id));
    CHECK(Mentions(problems, "missing", letter.id()));
  }
  SECTION("a document deleted behind its claims") {
    REQUIRE(db->TestOnlyDeleteRaw("documents", store::keys::IdKey(letter.id())).ok());
    auto problems = CheckOf(*db);
    CHECK(Mentions(problems, c.id, "missing document"));
    CHECK(Mentions(problems, "text of missing document", letter.id()));
    CHECK(Mentions(problems, "counter of documents", "says 3"));
  }
  SECTION("a record deleted behind its index entries") {
    REQUIRE(db->TestOnlyDeleteRaw("claims", store::keys::IdKey(c.id)).ok());
    auto problems = CheckOf(*db);
    CHECK(Mentions(problems, "idx_time: stray entry", c.id));
    CHECK(Mentions(problems, "idx_actor_claims: stray entry", c.id));
  }
}

TEST_CASE("a backup opens as a store with the same content", "[store][backup]") {
  TempDir dir, out;
  auto db = OpenStore(dir.str());
  Fill(*db);
  const auto target = (out.path() / "copy").string();
  REQUIRE(db->Backup(target).ok());
  CHECK(db->Backup(target).IsInvalidArgument());  // never overwrites
  auto copy = OpenStore(target);
  CHECK(ExportOf(*copy) == ExportOf(*db));
  CHECK(CheckOf(*copy).empty());
}

TEST_CASE("compaction folds merged posting lists and keeps every record and index", "[store][compact]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  Fill(*db);
  const std::string before = ExportOf(*db);
  REQUIRE(db->Compact().ok());
  CHECK(ExportOf(*db) == before);
  CHECK(CheckOf(*db).empty());
  REQUIRE(db->Ingest(LetterArticle("\n\nUpdate: officials said the talks would resume.").x()).ok());
  CHECK(CheckOf(*db).empty());
  db.reset();
  auto reopened = OpenStore(dir.str());
  CHECK(CheckOf(*reopened).empty());
}

TEST_CASE("the seed article goes through extraction into the store", "[store][seed]") {
  TempDir dir;
  auto db = OpenStore(dir.str());
  extract::Input in;
  in.bytes = ReadFile(SeedArticle());
  in.published = "2025-09-22";
  in.url = "https://example.org/seed";
  auto x = extract::Extract(in);
  REQUIRE(x.ok());
  auto r = db->Ingest(*x);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  CHECK(r->stored);
  CHECK(r->claims == x->claims.size());
  CHECK_FALSE(db->Ingest(*x)->stored);
  auto claims = db->ClaimsOfDocument(x->document.id);
  REQUIRE(claims.ok());
  CHECK(claims->size() == x->claims.size());
  auto found = db->SearchActors("maduro", 5);
  REQUIRE(found.ok());
  CHECK_FALSE(found->empty());
  CHECK(CheckOf(*db).empty());
}
