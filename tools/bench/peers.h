// Peers the store is measured against, holding the same extractions:
// SQLite with an equivalent schema and indexes, and raw RocksDB key/values.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/base/status.h"
#include "core/model/types.h"

struct sqlite3;
struct sqlite3_stmt;
namespace rocksdb { class DB; }

namespace claimkb::bench {

// The time a claim is ordered by: its first resolved time, else said_on.
std::string ClaimTime(const model::Claim& c);

class SqlitePeer {
 public:
  static Result<std::unique_ptr<SqlitePeer>> Open(const std::string& file);
  ~SqlitePeer();
  // One transaction per article: document, claims, actors, roles and edges.
  Status Ingest(const model::Extraction& x);
  bool ClaimById(const std::string& id, std::string* json);
  size_t Timeline(const std::string& actor, size_t limit);
  size_t SpeakerBetween(const std::string& actor, const std::string& from, const std::string& to, size_t limit);
  // Distinct nodes within depth (recursive CTE), kTimedOut after budget_s seconds.
  static constexpr size_t kTimedOut = static_cast<size_t>(-1);
  size_t Neighbourhood(const std::string& id, int depth, size_t cap, double budget_s);
  // Hops, -1 when there is no path, -2 when the search ran out of budget_s seconds.
  int ShortestPath(const std::string& from, const std::string& to, int max_hops, double budget_s);

 private:
  SqlitePeer() = default;
  Status Exec(const char* sql);
  // Steps stmt once under a deadline of budget_s seconds; the sqlite3_step code.
  int StepWithin(sqlite3_stmt* stmt, double budget_s);
  sqlite3* db_ = nullptr;
  struct Stmts;
  std::unique_ptr<Stmts> st_;
};

class RocksPeer {
 public:
  static Result<std::unique_ptr<RocksPeer>> Open(const std::string& dir);
  ~RocksPeer();
  // One WriteBatch per article: the document and each claim, actor and edge as JSON.
  Status Ingest(const model::Extraction& x);
  bool Get(const std::string& key, std::string* value);

 private:
  RocksPeer() = default;
  rocksdb::DB* db_ = nullptr;
};

}  // namespace claimkb::bench
