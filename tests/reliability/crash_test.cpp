// Bulk `claimkb ingest` killed with SIGKILL at random moments: after each kill
// the store opens, passes check, holds every acknowledged document, and holds
// each document whole or not at all; finishing the ingest gives the export of
// an uninterrupted run. CLAIMKB_LONG=1 for more articles and kills.
#include <chrono>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>

#include "core/store/store.h"
#include "tests/reliability/support.h"

namespace claimkb::testing {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::vector<std::string> IngestArgs(const fs::path& db, const fs::path& articles) {
  return {ClaimkbBinary(), "ingest", "--quiet", "--list", "--db", db.string(), articles.string()};
}

// "stored ID PATH" / "unchanged ID PATH" -> ID; "" for other lines (the summary).
std::string AckedId(const std::string& line) {
  if (line.rfind("stored ", 0) != 0 && line.rfind("unchanged ", 0) != 0) return "";
  size_t a = line.find(' ');
  size_t b = line.find(' ', a + 1);
  return a == std::string::npos || b == std::string::npos ? "" : line.substr(a + 1, b - a - 1);
}

// The export with the wall-clock ingest times blanked: the only field two runs may differ in.
std::string ExportWithoutClock(const fs::path& db) {
  std::string out;
  REQUIRE(Run(ClaimkbBinary() + " export --db " + db.string(), &out) == 0);
  static const std::regex ingested("\"ingested\":\"[^\"]*\"");
  return std::regex_replace(out, ingested, "\"ingested\":\"\"");
}

// "" when equal, else the first differing lines of a and b.
std::string FirstDifference(const std::string& a, const std::string& b) {
  std::istringstream sa(a), sb(b);
  std::string la, lb;
  for (size_t n = 1;; ++n) {
    const bool ga = static_cast<bool>(std::getline(sa, la)), gb = static_cast<bool>(std::getline(sb, lb));
    if (!ga && !gb) return "";
    if (ga != gb || la != lb)
      return "line " + std::to_string(n) + ":\n  " + (ga ? la.substr(0, 400) : "<end>") + "\n  " +
             (gb ? lb.substr(0, 400) : "<end>");
  }
}

struct Reference {
  std::vector<std::string> file_ids;                       // document id of each file, in ingest order
  std::vector<std::string> order;                          // distinct document ids in ingest order
  std::map<std::string, std::set<std::string>> claims;     // document id -> claim ids
  std::string export_text;
  double seconds = 0;
};

std::set<std::string> ClaimIds(const std::vector<model::Claim>& claims) {
  std::set<std::string> ids;
  for (const auto& c : claims) ids.insert(c.id);
  return ids;
}

Reference IngestUninterrupted(const fs::path& db, const fs::path& articles) {
  Reference ref;
  auto t0 = Clock::now();
  Child child(IngestArgs(db, articles));
  REQUIRE(child.started());
  std::vector<std::string> lines;
  while (child.ReadLines(&lines, -1)) {
  }
  REQUIRE(child.Wait() == 0);
  ref.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
  std::set<std::string> seen;
  for (const auto& l : lines) {
    const std::string id = AckedId(l);
    if (id.empty()) continue;
    ref.file_ids.push_back(id);
    if (seen.insert(id).second) ref.order.push_back(id);
  }
  auto store = store::Store::Open(db.string(), {.read_only = true});
  REQUIRE(store.ok());
  for (const auto& id : ref.order) {
    auto claims = (*store)->ClaimsOfDocument(id);
    INFO("claims of " << id << ": " << claims.status().ToString());
    REQUIRE(claims.ok());
    ref.claims[id] = ClaimIds(*claims);
  }
  store->reset();
  ref.export_text = ExportWithoutClock(db);
  return ref;
}

// Every acknowledged document is present and whole, every present document is
// whole, the present ones are a prefix of the ingest order, and no claim
// belongs to an absent document. Returns how many documents are present.
size_t CheckWholeDocuments(const fs::path& db, const Reference& ref, const std::set<std::string>& acked,
                           std::set<std::string>* present_out = nullptr) {
  auto opened = store::Store::Open(db.string(), {.read_only = true});
  REQUIRE(opened.ok());
  const store::Store& store = **opened;
  std::set<std::string> present;
  REQUIRE(store.ForEachDocument([&](const model::Document& d) {
    present.insert(d.id);
    return true;
  }).ok());
  std::vector<std::string> lost, torn, orphans;
  for (const auto& id : acked)
    if (!present.count(id)) lost.push_back(id);
  size_t prefix = 0;
  while (prefix < ref.order.size() && present.count(ref.order[prefix])) ++prefix;
  CHECK(prefix == present.size());
  size_t expected_claims = 0;
  for (const auto& id : present) {
    REQUIRE(ref.claims.count(id) == 1);
    auto claims = store.ClaimsOfDocument(id);
    REQUIRE(claims.ok());
    if (ClaimIds(*claims) != ref.claims.at(id)) torn.push_back(id);
    expected_claims += ref.claims.at(id).size();
  }
  size_t listed = 0;
  std::string cursor;
  do {
    auto page = store.ListClaims({}, cursor, 500);
    REQUIRE(page.ok());
    for (const auto& c : page->items)
      if (!present.count(c.document_id)) orphans.push_back(c.id);
    listed += page->items.size();
    cursor = page->next_cursor;
  } while (!cursor.empty());
  CHECK(lost == std::vector<std::string>{});
  CHECK(torn == std::vector<std::string>{});
  CHECK(orphans == std::vector<std::string>{});
  CHECK(listed == expected_claims);
  if (present_out) *present_out = present;
  return present.size();
}

// How many files, from the first, hold documents already stored.
size_t FilesStored(const Reference& ref, const std::set<std::string>& present) {
  size_t n = 0;
  while (n < ref.file_ids.size() && present.count(ref.file_ids[n])) ++n;
  return n;
}

}  // namespace

TEST_CASE("ingest killed at random moments loses nothing acknowledged and leaves whole documents", "[crash]") {
  const bool long_form = LongForm();
  const int articles = long_form ? 400 : 100;
  const int kills = long_form ? 60 : 20;
  TempDir tmp;
  const fs::path corpus = tmp.path() / "articles";
  const auto files = WriteCorpus(corpus, articles, 11);
  REQUIRE(files.size() == static_cast<size_t>(articles));

  const Reference ref = IngestUninterrupted(tmp.path() / "reference", corpus);
  REQUIRE(ref.file_ids.size() == files.size());

  const fs::path db = tmp.path() / "crashed";
  std::mt19937 rng(20261127);
  std::set<std::string> acked, db_present;
  size_t checked = 0, survived = 0, max_present = 0, early = 0;
  for (int k = 0; k < kills; ++k) {
    Child child(IngestArgs(db, corpus));
    REQUIRE(child.started());
    std::vector<std::string> lines;
    if (k % 5 == 0) {
      // Early: while the store opens and recovers its write-ahead log.
      std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<int>(0, 40000)(rng)));
    } else {
      // A few documents past what is stored, a moment after an acknowledgement.
      const size_t target = std::min(FilesStored(ref, db_present) + std::uniform_int_distribution<size_t>(1, 5)(rng),
                                     ref.file_ids.size() - 1);
      while (lines.size() < target && child.ReadLines(&lines, 50)) {
      }
      std::this_thread::sleep_for(std::chrono::microseconds(std::uniform_int_distribution<int>(0, 2000)(rng)));
    }
    child.Kill();
    const int rc = child.Wait();
    while (child.ReadLines(&lines, 0)) {
    }
    if (rc == 128 + SIGKILL) ++survived;
    for (const auto& l : lines)
      if (!AckedId(l).empty()) acked.insert(AckedId(l));

    if (acked.empty() && !fs::exists(db / "CURRENT")) {
      ++early;  // killed before the store existed: nothing to check
      continue;
    }
    std::string out;
    const int check_rc = Run(ClaimkbBinary() + " check --db " + db.string() + " 2>&1", &out);
    INFO("kill " << k << ": check said " << out);
    REQUIRE(check_rc == 0);
    const size_t present = CheckWholeDocuments(db, ref, acked, &db_present);
    CHECK(present >= max_present);
    max_present = std::max(max_present, present);
    checked += present;
  }
  std::printf("crash test: %d kills (%zu while ingest ran, %zu before the store existed), %zu document checks, %zu of %zu documents stored before "
              "the final run (reference run %.2f s)\n",
              kills, survived, early, checked, max_present, ref.order.size(), ref.seconds);
  CHECK(survived == static_cast<size_t>(kills));

  Child finish(IngestArgs(db, corpus));
  std::vector<std::string> lines;
  while (finish.ReadLines(&lines, -1)) {
  }
  REQUIRE(finish.Wait() == 0);
  REQUIRE(Run(ClaimkbBinary() + " check --db " + db.string()) == 0);
  CHECK(CheckWholeDocuments(db, ref, acked) == ref.order.size());
  const std::string final_export = ExportWithoutClock(db);
  CHECK(FirstDifference(final_export, ref.export_text) == "");
}

}  // namespace claimkb::testing
