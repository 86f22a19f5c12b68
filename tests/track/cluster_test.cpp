// Claim clusters over the multi-outlet story in tests/data/clusters: what
// clusters, what disputes, and what must stay apart (judged by hand).
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "core/extract/pipeline.h"
#include "core/store/store.h"
#include "tests/support.h"
#include "tests/track/corpus.h"

namespace claimkb::testing {
namespace {

struct Ingested {
  TempDir dir;
  std::unique_ptr<store::Store> store;
  std::vector<model::Claim> claims;
  std::map<std::string, std::string> publisher;  // document id -> publisher
};

void IngestAll(Ingested* in, bool with_seed) {
  auto s = store::Store::Open((in->dir.path() / "db").string());
  REQUIRE(s.ok());
  in->store = std::move(s).value();
  std::vector<extract::Input> inputs = ClusterArticles();
  if (with_seed) {
    extract::Input seed;
    seed.bytes = ReadFile(SeedArticle());
    seed.published = "2025-09-22";
    seed.publisher = "The Libertarian Institute";
    inputs.insert(inputs.begin(), seed);
  }
  for (const auto& input : inputs) {
    auto x = extract::Extract(input);
    REQUIRE(x.ok());
    auto r = in->store->Ingest(*x);
    INFO(r.status().ToString());
    REQUIRE(r.ok());
    in->publisher[x->document.id] = input.publisher;
    auto claims = in->store->ClaimsOfDocument(x->document.id);
    REQUIRE(claims.ok());
    in->claims.insert(in->claims.end(), claims->begin(), claims->end());
  }
}

// The hand judgement: which claims of the five articles say the same thing.
// A claim is named by its publisher and a fragment of its text; claims in no
// group must stay alone.
struct Gold {
  const char* name;
  std::vector<std::pair<const char*, const char*>> members;  // publisher, text fragment
};
const std::vector<Gold>& GoldGroups() {
  static const std::vector<Gold> kGroups = {
      {"11 killed", {{"Continental Press Agency", "killing 11"}, {"The Harbour Courier", "killing 11"}}},
      {"14 killed", {{"Northline News", "killing 14"}, {"Valley Ledger", "killing 14"}, {"Riverside Review", "killing 14"}}},
      {"still searching",
       {{"Continental Press Agency", "still searching"}, {"The Harbour Courier", "not stop searching"},
        {"Riverside Review", "still searching"}}},
      {"inspection passed",
       {{"Continental Press Agency", "had passed a safety"}, {"The Harbour Courier", "had passed a safety"}}},
      {"darkest day", {{"Continental Press Agency", "darkest day"}, {"Northline News", "darkest day"}}},
      {"inspect every bridge",
       {{"Continental Press Agency", "inspection of every bridge"}, {"Northline News", "inspection of every bridge"}}},
      {"cooperating", {{"Continental Press Agency", "cooperating"}, {"Riverside Review", "cooperating"}}},
      {"cut corners", {{"Valley Ledger", "cut corners"}, {"Riverside Review", "cut corners"}}},
  };
  return kGroups;
}

// The gold group of a claim, or -1.
int GoldOf(const model::Claim& c, const std::string& publisher) {
  const auto& groups = GoldGroups();
  for (size_t g = 0; g < groups.size(); ++g)
    for (const auto& [pub, fragment] : groups[g].members)
      if (publisher == pub && c.text.find(fragment) != std::string::npos) return static_cast<int>(g);
  return -1;
}

struct Score {
  size_t clustered_pairs = 0, correct_pairs = 0, gold_pairs = 0, found_gold_pairs = 0;
  std::vector<std::string> wrong, missed;
};

Score ScoreClusters(const Ingested& in) {
  Score s;
  std::vector<std::string> props;
  for (const auto& c : in.claims) props.push_back(in.store->PropositionOf(c.id).value());
  for (size_t i = 0; i < in.claims.size(); ++i)
    for (size_t j = i + 1; j < in.claims.size(); ++j) {
      const auto& a = in.claims[i];
      const auto& b = in.claims[j];
      const int ga = GoldOf(a, in.publisher.at(a.document_id));
      const int gb = GoldOf(b, in.publisher.at(b.document_id));
      const bool same_gold = ga >= 0 && ga == gb;
      const bool clustered = props[i] == props[j];
      s.clustered_pairs += clustered;
      s.correct_pairs += clustered && same_gold;
      s.gold_pairs += same_gold;
      s.found_gold_pairs += clustered && same_gold;
      if (clustered && !same_gold) s.wrong.push_back(a.text + "  ~  " + b.text);
      if (!clustered && same_gold) s.missed.push_back(a.text + "  ~  " + b.text);
    }
  return s;
}

TEST_CASE("the same claim clusters across publishers, and nothing else does", "[track][clusters]") {
  Ingested in;
  IngestAll(&in, false);
  // Every gold member was extracted as a claim (else the judgement tests nothing).
  for (const auto& g : GoldGroups())
    for (const auto& [pub, fragment] : g.members) {
      bool found = false;
      for (const auto& c : in.claims) found |= in.publisher.at(c.document_id) == pub && c.text.find(fragment) != std::string::npos;
      INFO(g.name << ": " << pub << " / " << fragment);
      CHECK(found);
    }
  Score s = ScoreClusters(in);
  const double precision = s.clustered_pairs ? double(s.correct_pairs) / double(s.clustered_pairs) : 0;
  const double recall = s.gold_pairs ? double(s.found_gold_pairs) / double(s.gold_pairs) : 0;
  std::cout << "clusters: precision " << precision << " (" << s.correct_pairs << "/" << s.clustered_pairs
            << " pairs), recall " << recall << " (" << s.found_gold_pairs << "/" << s.gold_pairs << ")\n";
  for (const auto& w : s.wrong) UNSCOPED_INFO("wrongly clustered: " << w);
  for (const auto& m : s.missed) UNSCOPED_INFO("missed: " << m);
  CHECK(s.wrong.empty());
  CHECK(s.missed.empty());
  CHECK(s.gold_pairs >= 12);
}

TEST_CASE("conflicting figures, a negation and a missing-evidence note become disputes", "[track][clusters]") {
  Ingested in;
  IngestAll(&in, false);
  auto find = [&](const char* pub, const char* fragment) -> const model::Claim& {
    for (const auto& c : in.claims)
      if (in.publisher.at(c.document_id) == pub && c.text.find(fragment) != std::string::npos) return c;
    FAIL("no claim " << pub << " / " << fragment);
    throw;
  };
  auto disputes = [&](const model::Claim& from, const model::Claim& to) -> std::string {
    auto edges = in.store->EdgesFrom(from.id);
    for (const auto& e : edges.value())
      if (e.type == model::EdgeType::kDisputes && e.to == to.id) return e.why;
    return "";
  };
  const auto& eleven = find("Continental Press Agency", "killing 11");
  const auto& fourteen = find("Northline News", "killing 14");
  std::string why = disputes(fourteen, eleven);
  CHECK(why.rfind("conflicting_numbers: 14 vs 11", 0) == 0);
  CHECK(in.store->PropositionOf(eleven.id).value() != in.store->PropositionOf(fourteen.id).value());

  const auto& passed = find("Continental Press Agency", "had passed a safety");
  const auto& not_passed = find("Valley Ledger", "had not passed");
  CHECK(disputes(not_passed, passed).rfind("negation: not", 0) == 0);

  const auto& unproven = find("Valley Ledger", "cut corners");
  const auto& asserted = find("Riverside Review", "cut corners");
  CHECK(disputes(asserted, unproven).rfind("lacks_evidence", 0) == 0);

  auto page = in.store->ListDisputes("", 2);
  REQUIRE(page.ok());
  CHECK(page->items.size() == 2);
  std::set<std::string> seen;
  std::string cursor = page->next_cursor;
  for (const auto& d : page->items) seen.insert(d.from + ">" + d.to);
  while (!cursor.empty()) {
    auto next = in.store->ListDisputes(cursor, 2);
    REQUIRE(next.ok());
    for (const auto& d : next->items) CHECK(seen.insert(d.from + ">" + d.to).second);
    cursor = next->next_cursor;
  }
  CHECK(seen.count(fourteen.id + ">" + eleven.id));
  CHECK(seen.count(asserted.id + ">" + unproven.id));
  CHECK_FALSE(in.store->ListDisputes("bogus", 2).ok());
}

TEST_CASE("a proposition lists every appearance, first appearance first", "[track][clusters]") {
  Ingested in;
  IngestAll(&in, false);
  const model::Claim* quote = nullptr;
  for (const auto& c : in.claims)
    if (in.publisher.at(c.document_id) == "Riverside Review" && c.text.find("still searching") != std::string::npos) quote = &c;
  REQUIRE(quote);
  auto p = in.store->GetProposition(in.store->PropositionOf(quote->id).value());
  REQUIRE(p.ok());
  CHECK(p->total == 3);
  CHECK(p->publishers == 3);
  REQUIRE(p->appearances.size() == 3);
  CHECK(p->appearances.front().publisher == "Continental Press Agency");
  CHECK(p->appearances.front().published == "2025-09-05");
  CHECK(p->text == p->appearances.front().text);
  for (size_t i = 1; i < p->appearances.size(); ++i)
    CHECK(p->appearances[i - 1].published <= p->appearances[i].published);
  CHECK(in.store->GetProposition("p-0000000000000000").status().IsNotFound());
  CHECK(in.store->PropositionOf("no-such-claim").status().IsNotFound());
}

TEST_CASE("the seed and the story never cluster together; Check is clean; export round-trips", "[track][clusters]") {
  Ingested in;
  IngestAll(&in, true);
  const std::string seed_doc = in.claims.front().document_id;
  std::map<std::string, std::set<bool>> sides;  // proposition -> {is seed}
  for (const auto& c : in.claims) sides[in.store->PropositionOf(c.id).value()].insert(c.document_id == seed_doc);
  for (const auto& [p, s] : sides) {
    INFO(p << ": " << in.store->GetProposition(p)->appearances.front().text << " ~ "
           << in.store->GetProposition(p)->appearances.back().text);
    CHECK(s.size() == 1);
  }
  auto problems = in.store->Check();
  REQUIRE(problems.ok());
  for (const auto& pr : *problems) UNSCOPED_INFO(pr);
  CHECK(problems->empty());

  std::ostringstream first;
  REQUIRE(in.store->Export(first).ok());
  TempDir other;
  auto copy = store::Store::Open((other.path() / "db").string());
  REQUIRE(copy.ok());
  std::istringstream src(first.str());
  auto imported = (*copy)->Import(src);
  INFO(imported.status().ToString());
  REQUIRE(imported.ok());
  std::ostringstream second;
  REQUIRE((*copy)->Export(second).ok());
  CHECK(first.str() == second.str());
  for (const auto& c : in.claims) CHECK((*copy)->PropositionOf(c.id).value() == in.store->PropositionOf(c.id).value());
  auto copied = (*copy)->Check();
  REQUIRE(copied.ok());
  CHECK(copied->empty());
}

TEST_CASE("Check reports a proposition member whose index entry is gone", "[track][clusters]") {
  Ingested in;
  IngestAll(&in, false);
  const auto& c = in.claims.front();
  REQUIRE(in.store->TestOnlyDeleteRaw("idx_claim_prop", std::string(1, '\0') + "x").ok());  // no such key: harmless
  std::string key;
  for (char ch : c.id) key += ch;
  key += std::string("\0\1", 2);
  REQUIRE(in.store->TestOnlyDeleteRaw("idx_claim_prop", key).ok());
  auto problems = in.store->Check();
  REQUIRE(problems.ok());
  REQUIRE(problems->size() == 1);
  CHECK(problems->front().find("idx_claim_prop: missing entry for claim `" + c.id + "`") == 0);
}

// Stored claims carry their normalised signature; claims imported without one
// are loaded and normalised instead, and must cluster a newcomer the same way.
TEST_CASE("a store imported without signatures clusters a new article like the original", "[track][clusters]") {
  std::vector<extract::Input> inputs = ClusterArticles();
  REQUIRE(inputs.size() >= 2);
  const extract::Input last = inputs.back();
  inputs.pop_back();
  TempDir tmp;
  auto native = store::Store::Open((tmp.path() / "native").string());
  REQUIRE(native.ok());
  for (const auto& input : inputs) {
    auto x = extract::Extract(input);
    REQUIRE(x.ok());
    REQUIRE((*native)->Ingest(*x).ok());
  }
  std::ostringstream dump;
  REQUIRE((*native)->Export(dump).ok());
  auto imported = store::Store::Open((tmp.path() / "imported").string());
  REQUIRE(imported.ok());
  std::istringstream src(dump.str());
  REQUIRE((*imported)->Import(src).ok());

  auto x = extract::Extract(last);
  REQUIRE(x.ok());
  auto a = (*native)->Ingest(*x);
  auto b = (*imported)->Ingest(*x);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  auto claims = (*native)->ClaimsOfDocument(x->document.id);
  REQUIRE(claims.ok());
  size_t joined = 0;
  for (const auto& c : *claims) {
    auto pa = (*native)->PropositionOf(c.id);
    auto pb = (*imported)->PropositionOf(c.id);
    REQUIRE(pa.ok());
    REQUIRE(pb.ok());
    CHECK(*pa == *pb);
    joined += (*native)->GetProposition(*pa)->appearances.size() > 1;
    auto ea = (*native)->EdgesFrom(c.id);
    auto eb = (*imported)->EdgesFrom(c.id);
    REQUIRE(ea.ok());
    REQUIRE(eb.ok());
    CHECK(ea->size() == eb->size());
  }
  CHECK(joined > 0);  // the last article repeats earlier ones: the stored path was exercised
  for (auto* st : {native->get(), imported->get()}) {
    auto problems = st->Check();
    REQUIRE(problems.ok());
    CHECK(problems->empty());
  }
}

// The bucket and candidate cache of a long-running writer must never change
// what clusters: a store that keeps it warm across the story (with a
// correction in between, which the cache must not hide) ends up like one
// reopened before every ingest.
TEST_CASE("a writer with a warm cluster cache clusters like a freshly opened store", "[track][clusters]") {
  TempDir tmp;
  const std::string warm_dir = (tmp.path() / "warm").string(), cold_dir = (tmp.path() / "cold").string();
  auto warm = store::Store::Open(warm_dir);
  REQUIRE(warm.ok());
  std::vector<extract::Input> inputs = ClusterArticles();
  extract::Input seed;
  seed.bytes = ReadFile(SeedArticle());
  seed.published = "2025-09-22";
  seed.publisher = "The Libertarian Institute";
  inputs.insert(inputs.begin() + 1, seed);
  std::vector<std::string> claim_ids;
  for (size_t i = 0; i < inputs.size(); ++i) {
    auto x = extract::Extract(inputs[i]);
    REQUIRE(x.ok());
    for (const auto& c : x->claims) claim_ids.push_back(c.id);
    REQUIRE((*warm)->Ingest(*x).ok());
    auto cold = store::Store::Open(cold_dir);
    REQUIRE(cold.ok());
    REQUIRE((*cold)->Ingest(*x).ok());
    if (i == 0) {
      // Re-attribute a claim of the first article that later articles repeat.
      const model::Claim* target = nullptr;
      for (const auto& c : x->claims)
        if (!c.attribution.speakers.empty() && c.text.find("killing 11") != std::string::npos) target = &c;
      REQUIRE(target != nullptr);
      std::string other;
      for (const auto& a : x->actors)
        if (a.id != target->attribution.speakers.front()) other = a.id;
      REQUIRE(!other.empty());
      store::ClaimCorrection fix;
      fix.author = "desk";
      fix.reason = "wrong speaker";
      fix.speakers = std::vector<std::string>{other};
      REQUIRE((*warm)->CorrectClaim(target->id, fix).ok());
      REQUIRE((*cold)->CorrectClaim(target->id, fix).ok());
    }
  }
  auto cold = store::Store::Open(cold_dir);
  REQUIRE(cold.ok());
  size_t joined = 0;
  for (const auto& id : claim_ids) {
    auto pw = (*warm)->PropositionOf(id);
    auto pc = (*cold)->PropositionOf(id);
    REQUIRE(pw.ok());
    REQUIRE(pc.ok());
    INFO(id);
    CHECK(*pw == *pc);
    joined += *pw != store::PropositionId(id);
    auto ew = (*warm)->EdgesFrom(id);
    auto ec = (*cold)->EdgesFrom(id);
    REQUIRE(ew.ok());
    REQUIRE(ec.ok());
    CHECK(*ew == *ec);
  }
  CHECK(joined > 0);
  auto dw = (*warm)->ListDisputes("", 1000);
  auto dc = (*cold)->ListDisputes("", 1000);
  REQUIRE(dw.ok());
  REQUIRE(dc.ok());
  CHECK(dw->items.size() == dc->items.size());
  auto problems = (*warm)->Check();
  REQUIRE(problems.ok());
  CHECK(problems->empty());
}

// A live graph follows the store through IngestResult::derived_edges: they
// must be exactly the corroborates and disputes edges clustering stored.
TEST_CASE("an ingest reports every corroborates and disputes edge it stored", "[track][clusters]") {
  TempDir tmp;
  auto st = store::Store::Open((tmp.path() / "db").string());
  REQUIRE(st.ok());
  std::vector<model::Edge> reported;
  std::vector<std::string> claim_ids;
  for (const auto& input : ClusterArticles()) {
    auto x = extract::Extract(input);
    REQUIRE(x.ok());
    for (const auto& c : x->claims) claim_ids.push_back(c.id);
    auto r = (*st)->Ingest(*x);
    REQUIRE(r.ok());
    reported.insert(reported.end(), r->derived_edges.begin(), r->derived_edges.end());
  }
  std::vector<model::Edge> stored;
  for (const auto& id : claim_ids) {
    auto out = (*st)->EdgesFrom(id);
    REQUIRE(out.ok());
    for (const auto& e : *out)
      if (e.type == model::EdgeType::kCorroborates || e.type == model::EdgeType::kDisputes) stored.push_back(e);
  }
  auto key = [](const model::Edge& e) { return std::make_tuple(e.type, e.from, e.to); };
  auto by_key = [&](const model::Edge& a, const model::Edge& b) { return key(a) < key(b); };
  std::sort(reported.begin(), reported.end(), by_key);
  std::sort(stored.begin(), stored.end(), by_key);
  CHECK(!stored.empty());
  REQUIRE(reported.size() == stored.size());
  for (size_t i = 0; i < stored.size(); ++i) CHECK(key(reported[i]) == key(stored[i]));
}

// Ingest cost of clustering: 500 generated articles (tools/bench/gen_corpus.py)
// extracted once, then ingested into a store with and one without clustering.
TEST_CASE("ingest speed with and without clustering", "[.bench]") {
  TempDir tmp;
  const auto corpus = tmp.path() / "corpus.ndjson";
  REQUIRE(Run("python3 " + (SourceDir() / "tools" / "bench" / "gen_corpus.py").string() +
              " --articles 500 --seed 7 --out " + corpus.string()) == 0);
  std::vector<model::Extraction> xs;
  std::istringstream lines(ReadFile(corpus));
  for (std::string line; std::getline(lines, line);) {
    auto j = nlohmann::json::parse(line);
    extract::Input in;
    in.bytes = j.at("text").get<std::string>();
    in.published = j.value("published", "");
    in.title = j.value("title", "");
    in.publisher = "outlet-" + std::to_string(xs.size() % 7);
    auto x = extract::Extract(in);
    REQUIRE(x.ok());
    xs.push_back(std::move(x).value());
  }
  for (bool cluster : {false, true}) {
    store::Options opt;
    opt.cluster_claims = cluster;
    auto st = store::Store::Open((tmp.path() / (cluster ? "on" : "off")).string(), opt);
    REQUIRE(st.ok());
    size_t claims = 0;
    const auto t0 = std::chrono::steady_clock::now();
    const std::clock_t c0 = std::clock();  // CPU of every thread: steadier than wall time on a loaded machine
    for (const auto& x : xs) {
      auto r = (*st)->Ingest(x);
      REQUIRE(r.ok());
      claims += r->claims;
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    auto stats = (*st)->GetStats();
    std::cout << (cluster ? "clustering on:  " : "clustering off: ") << xs.size() << " articles, " << claims
              << " claims in " << secs << " s = " << xs.size() / secs << " articles/s (CPU " << cpu << " s = "
              << xs.size() / cpu << " articles per CPU-second); edges " << stats->edges << "\n";
    if (cluster) {
      auto d = (*st)->ListDisputes("", 1000);
      std::cout << "  disputes edges: " << d->items.size() << "\n";
    }
  }
}

TEST_CASE("dump the clusters of tests/data/clusters", "[.dump]") {
  Ingested in;
  IngestAll(&in, std::getenv("CLAIMKB_DUMP_SEED") != nullptr);
  std::map<std::string, std::vector<const model::Claim*>> groups;
  for (const auto& c : in.claims) {
    auto p = in.store->PropositionOf(c.id);
    REQUIRE(p.ok());
    groups[*p].push_back(&c);
  }
  for (const auto& [p, members] : groups) {
    std::cout << p << "\n";
    for (const auto* c : members) {
      std::cout << "   [" << in.publisher[c->document_id] << "] " << model::ToString(c->attribution.kind) << " ";
      for (const auto& s : c->attribution.speakers) std::cout << s << ",";
      std::cout << " | " << c->text << " |";
      for (const auto& q : c->quantities) std::cout << " Q(" << q.text << "=" << q.value << " " << q.unit << ")";
      for (const auto& t : c->times) std::cout << " T(" << t.text << "=" << t.value << ")";
      if (!c->stance.evidence.empty()) std::cout << " E(" << c->stance.evidence << ")";
      if (c->stance.negated) std::cout << " NEG";
      std::cout << "\n";
      auto out = in.store->EdgesFrom(c->id);
      for (const auto& e : *out)
        if (e.type == model::EdgeType::kDisputes || e.type == model::EdgeType::kCorroborates)
          std::cout << "        -> " << model::ToString(e.type) << " " << e.to << " : " << e.why << "\n";
    }
  }
}

}  // namespace
}  // namespace claimkb::testing
