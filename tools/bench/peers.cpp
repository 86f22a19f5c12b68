#include "tools/bench/peers.h"

#include <chrono>

#include <rocksdb/db.h>
#include <rocksdb/write_batch.h>
#include <sqlite3.h>

#include "core/model/json.h"

namespace claimkb::bench {

std::string ClaimTime(const model::Claim& c) {
  for (const auto& t : c.times)
    if (!t.begin.empty()) return t.begin;
  return c.said_on;
}

struct SqlitePeer::Stmts {
  sqlite3_stmt* doc = nullptr;
  sqlite3_stmt* claim = nullptr;
  sqlite3_stmt* actor = nullptr;
  sqlite3_stmt* role = nullptr;
  sqlite3_stmt* edge = nullptr;
  sqlite3_stmt* by_id = nullptr;
  sqlite3_stmt* timeline = nullptr;
  sqlite3_stmt* speaker = nullptr;
  sqlite3_stmt* hood = nullptr;
  sqlite3_stmt* path = nullptr;
  ~Stmts() {
    for (auto* s : {doc, claim, actor, role, edge, by_id, timeline, speaker, hood, path}) sqlite3_finalize(s);
  }
};

namespace {

const char* kSchema = R"(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
PRAGMA cache_size=-65536;
CREATE TABLE IF NOT EXISTS documents(id TEXT PRIMARY KEY, url TEXT, title TEXT, published TEXT, text TEXT);
CREATE TABLE IF NOT EXISTS claims(id TEXT PRIMARY KEY, document_id TEXT, kind INTEGER, time TEXT, text TEXT, json TEXT);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(document_id);
CREATE INDEX IF NOT EXISTS claims_time ON claims(time);
CREATE TABLE IF NOT EXISTS actors(id TEXT PRIMARY KEY, name TEXT, type INTEGER, json TEXT);
CREATE INDEX IF NOT EXISTS actors_name ON actors(name);
CREATE TABLE IF NOT EXISTS claim_actors(actor_id TEXT, role INTEGER, time TEXT, claim_id TEXT);
CREATE INDEX IF NOT EXISTS ca_timeline ON claim_actors(actor_id, time);
CREATE INDEX IF NOT EXISTS ca_role ON claim_actors(actor_id, role, time);
CREATE TABLE IF NOT EXISTS edges(src TEXT, dst TEXT, type INTEGER);
CREATE INDEX IF NOT EXISTS edges_src ON edges(src);
CREATE INDEX IF NOT EXISTS edges_dst ON edges(dst);
)";

// Undirected BFS-ish expansion; UNION drops repeated (id, depth) rows only,
// which is what plain SQL can do without a visited set.
const char* kHood = R"(
WITH RECURSIVE nb(id, d) AS (
  SELECT ?1, 0
  UNION
  SELECT e.dst, nb.d + 1 FROM nb JOIN edges e ON e.src = nb.id WHERE nb.d < ?2
  UNION
  SELECT e.src, nb.d + 1 FROM nb JOIN edges e ON e.dst = nb.id WHERE nb.d < ?2
  LIMIT ?3)
SELECT count(DISTINCT id) FROM nb)";

const char* kPath = R"(
WITH RECURSIVE p(id, d, path) AS (
  SELECT ?1, 0, '|' || ?1 || '|'
  UNION ALL
  SELECT e.dst, p.d + 1, p.path || e.dst || '|' FROM p JOIN edges e ON e.src = p.id
    WHERE p.d < ?3 AND p.id <> ?2 AND instr(p.path, '|' || e.dst || '|') = 0
  UNION ALL
  SELECT e.src, p.d + 1, p.path || e.src || '|' FROM p JOIN edges e ON e.dst = p.id
    WHERE p.d < ?3 AND p.id <> ?2 AND instr(p.path, '|' || e.src || '|') = 0)
SELECT d FROM p WHERE id = ?2 LIMIT 1)";

void Bind(sqlite3_stmt* s, int i, const std::string& v) { sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC); }

bool Step(sqlite3_stmt* s) {
  int rc = sqlite3_step(s);
  sqlite3_reset(s);
  return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

size_t CountRows(sqlite3_stmt* s) {
  size_t n = 0;
  while (sqlite3_step(s) == SQLITE_ROW) ++n;
  sqlite3_reset(s);
  return n;
}

}  // namespace

Result<std::unique_ptr<SqlitePeer>> SqlitePeer::Open(const std::string& file) {
  std::unique_ptr<SqlitePeer> p(new SqlitePeer);
  if (sqlite3_open(file.c_str(), &p->db_) != SQLITE_OK) return Status::IOError("sqlite open `" + file + "`");
  if (auto s = p->Exec(kSchema); !s.ok()) return s;
  p->st_ = std::make_unique<Stmts>();
  struct { sqlite3_stmt** s; const char* sql; } all[] = {
      {&p->st_->doc, "INSERT OR IGNORE INTO documents VALUES(?,?,?,?,?)"},
      {&p->st_->claim, "INSERT OR IGNORE INTO claims VALUES(?,?,?,?,?,?)"},
      {&p->st_->actor, "INSERT OR REPLACE INTO actors VALUES(?,?,?,?)"},
      {&p->st_->role, "INSERT INTO claim_actors VALUES(?,?,?,?)"},
      {&p->st_->edge, "INSERT INTO edges VALUES(?,?,?)"},
      {&p->st_->by_id, "SELECT json FROM claims WHERE id = ?"},
      {&p->st_->timeline, "SELECT c.id, c.text, ca.time FROM claim_actors ca JOIN claims c ON c.id = ca.claim_id "
                          "WHERE ca.actor_id = ? ORDER BY ca.time LIMIT ?"},
      {&p->st_->speaker, "SELECT c.json FROM claim_actors ca JOIN claims c ON c.id = ca.claim_id WHERE ca.actor_id = ? "
                         "AND ca.role = 1 AND ca.time BETWEEN ? AND ? ORDER BY ca.time LIMIT ?"},
      {&p->st_->hood, kHood},
      {&p->st_->path, kPath},
  };
  for (auto& a : all)
    if (sqlite3_prepare_v2(p->db_, a.sql, -1, a.s, nullptr) != SQLITE_OK)
      return Status::InvalidArgument(std::string("sqlite prepare: ") + sqlite3_errmsg(p->db_));
  return p;
}

SqlitePeer::~SqlitePeer() {
  st_.reset();
  sqlite3_close(db_);
}

Status SqlitePeer::Exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string m = err ? err : "?";
    sqlite3_free(err);
    return Status::IOError("sqlite: " + m);
  }
  return Status::OK();
}

Status SqlitePeer::Ingest(const model::Extraction& x) {
  if (auto s = Exec("BEGIN"); !s.ok()) return s;
  auto& st = *st_;
  const auto& d = x.document;
  Bind(st.doc, 1, d.id); Bind(st.doc, 2, d.url); Bind(st.doc, 3, d.title); Bind(st.doc, 4, d.published); Bind(st.doc, 5, d.text);
  Step(st.doc);
  for (const auto& a : x.actors) {
    std::string j = model::json(a).dump();
    Bind(st.actor, 1, a.id); Bind(st.actor, 2, a.name);
    sqlite3_bind_int(st.actor, 3, static_cast<int>(a.type));
    Bind(st.actor, 4, j);
    Step(st.actor);
  }
  for (const auto& c : x.claims) {
    std::string j = model::json(c).dump(), t = ClaimTime(c);
    Bind(st.claim, 1, c.id); Bind(st.claim, 2, d.id);
    sqlite3_bind_int(st.claim, 3, static_cast<int>(c.attribution.kind));
    Bind(st.claim, 4, t); Bind(st.claim, 5, c.text); Bind(st.claim, 6, j);
    Step(st.claim);
    auto role = [&](const std::string& actor, int r) {
      Bind(st.role, 1, actor); sqlite3_bind_int(st.role, 2, r); Bind(st.role, 3, t); Bind(st.role, 4, c.id);
      Step(st.role);
    };
    for (const auto& a : c.attribution.speakers) role(a, 1);
    for (const auto& a : c.attribution.via) role(a, 2);
    for (const auto& a : c.actors) role(a, 3);
  }
  for (const auto& e : x.edges) {
    Bind(st.edge, 1, e.from); Bind(st.edge, 2, e.to); sqlite3_bind_int(st.edge, 3, static_cast<int>(e.type));
    Step(st.edge);
  }
  return Exec("COMMIT");
}

bool SqlitePeer::ClaimById(const std::string& id, std::string* json) {
  Bind(st_->by_id, 1, id);
  bool found = sqlite3_step(st_->by_id) == SQLITE_ROW;
  if (found) json->assign(reinterpret_cast<const char*>(sqlite3_column_text(st_->by_id, 0)));
  sqlite3_reset(st_->by_id);
  return found;
}

size_t SqlitePeer::Timeline(const std::string& actor, size_t limit) {
  Bind(st_->timeline, 1, actor);
  sqlite3_bind_int64(st_->timeline, 2, static_cast<sqlite3_int64>(limit));
  return CountRows(st_->timeline);
}

size_t SqlitePeer::SpeakerBetween(const std::string& actor, const std::string& from, const std::string& to, size_t limit) {
  Bind(st_->speaker, 1, actor); Bind(st_->speaker, 2, from); Bind(st_->speaker, 3, to);
  sqlite3_bind_int64(st_->speaker, 4, static_cast<sqlite3_int64>(limit));
  return CountRows(st_->speaker);
}

int SqlitePeer::StepWithin(sqlite3_stmt* stmt, double budget_s) {
  // Without a visited set a recursive CTE can run for minutes on hub actors: give up after budget_s.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::now() +
      std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(budget_s));
  sqlite3_progress_handler(db_, 10000, [](void* d) -> int {
    return std::chrono::steady_clock::now() > *static_cast<std::chrono::steady_clock::time_point*>(d);
  }, &deadline);
  int rc = sqlite3_step(stmt);
  sqlite3_progress_handler(db_, 0, nullptr, nullptr);
  return rc;
}

size_t SqlitePeer::Neighbourhood(const std::string& id, int depth, size_t cap, double budget_s) {
  Bind(st_->hood, 1, id);
  sqlite3_bind_int(st_->hood, 2, depth);
  sqlite3_bind_int64(st_->hood, 3, static_cast<sqlite3_int64>(cap));
  size_t n = 0;
  int rc = StepWithin(st_->hood, budget_s);
  if (rc == SQLITE_ROW) n = static_cast<size_t>(sqlite3_column_int64(st_->hood, 0));
  if (rc == SQLITE_INTERRUPT) n = kTimedOut;
  sqlite3_reset(st_->hood);
  return n;
}

int SqlitePeer::ShortestPath(const std::string& from, const std::string& to, int max_hops, double budget_s) {
  Bind(st_->path, 1, from); Bind(st_->path, 2, to);
  sqlite3_bind_int(st_->path, 3, max_hops);
  int hops = -1;
  int rc = StepWithin(st_->path, budget_s);
  if (rc == SQLITE_ROW) hops = sqlite3_column_int(st_->path, 0);
  if (rc == SQLITE_INTERRUPT) hops = -2;
  sqlite3_reset(st_->path);
  return hops;
}

Result<std::unique_ptr<RocksPeer>> RocksPeer::Open(const std::string& dir) {
  std::unique_ptr<RocksPeer> p(new RocksPeer);
  rocksdb::Options o;
  o.create_if_missing = true;
  auto s = rocksdb::DB::Open(o, dir, &p->db_);
  if (!s.ok()) return Status::IOError(s.ToString());
  return p;
}

RocksPeer::~RocksPeer() { delete db_; }

Status RocksPeer::Ingest(const model::Extraction& x) {
  rocksdb::WriteBatch b;
  b.Put("d/" + x.document.id, model::json(x.document).dump());
  for (const auto& a : x.actors) b.Put("a/" + a.id, model::json(a).dump());
  for (const auto& c : x.claims) b.Put("c/" + c.id, model::json(c).dump());
  for (const auto& e : x.edges) b.Put("e/" + e.from + '\0' + e.to, std::string(1, static_cast<char>(e.type)));
  auto s = db_->Write(rocksdb::WriteOptions(), &b);
  return s.ok() ? Status::OK() : Status::IOError(s.ToString());
}

bool RocksPeer::Get(const std::string& key, std::string* value) {
  return db_->Get(rocksdb::ReadOptions(), key, value).ok();
}

}  // namespace claimkb::bench
