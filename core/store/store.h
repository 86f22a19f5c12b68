// The claim store: documents, claims, actors, events and edges in RocksDB,
// with the secondary indexes the API and the graph read from.
// Thread-safety: a Store is safe to share between threads. Writers (Ingest,
// Import) are serialised by an internal mutex; readers never block and each
// call reads one consistent snapshot. No RocksDB type appears here (pimpl).
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/status.h"
#include "core/model/types.h"
#include "core/store/corrections.h"
#include "core/store/propositions.h"

namespace claimkb::store {

struct Options {
  bool create_if_missing = true;
  // Open without taking the LOCK: several processes may read; writes are Unsupported.
  bool read_only = false;
  // fsync the write-ahead log on every ingest (survives power loss, not just a crash).
  bool sync = false;
  size_t block_cache_mb = 64;
  // Match each ingested claim into a proposition (claim clusters, corroborates
  // and disputes edges). Off: claims are stored in no proposition.
  bool cluster_claims = true;
  // Collect RocksDB's statistics (tickers and histograms, for Store::EngineStatistics).
  // Costs a little on every operation: for benchmarks and diagnosis.
  bool engine_statistics = false;
};

// What one Ingest did.
struct IngestResult {
  std::string document_id;
  bool stored = false;           // false: the identical document was already stored (a no-op)
  std::string previous_version;  // the older version of the same URL this one supersedes, if any
  size_t claims = 0;
  size_t events = 0;
  size_t edges = 0;
  size_t actors_new = 0;     // actors seen for the first time
  size_t actors_merged = 0;  // stored actors that gained aliases or titles
  // Edges the store added beyond the extraction's own (clusters' corroborates and
  // disputes, re-anchored corrections), so a live graph can follow.
  std::vector<model::Edge> derived_edges;
};

// One page of a listing. next_cursor is empty on the last page; pass it back
// to get the next one. Cursors are opaque, key-based (they stay valid while
// documents are ingested) and a forged one is InvalidArgument.
template <typename T>
struct Page {
  std::vector<T> items;
  std::string next_cursor;
};

// How an actor takes part in a claim or an event. DO NOT CHANGE THESE VALUES: stored.
enum class Role : uint8_t {
  kSpeaker = 1,    // claim: attribution.speakers
  kVia = 2,        // claim: attribution.via
  kMentioned = 3,  // claim: actors named in the content
  kAgent = 4,      // event: agents
  kPatient = 5,    // event: patients
  kPlace = 6,      // event: place
};
const char* ToString(Role r);
std::optional<Role> RoleFrom(std::string_view s);

// Filters of ListClaims; empty fields do not filter. All given filters must hold.
struct ClaimQuery {
  std::string speaker;   // actor id among attribution.speakers
  std::string actor;     // actor id speaking, relaying or mentioned
  std::string from, to;  // ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD", inclusive, on the claim's time
  std::string q;         // every word must occur in the claim text (case- and accent-insensitive)
  std::string unit;      // a quantity of this unit ("percent", "USD")
  std::string document;  // document id
  std::optional<model::AttributionKind> kind;
  // "reviewed", "rejected", "retracted" (review status) or "orphaned" (anchor); "" = any.
  std::string status;
  // Which time from/to and the order use; kStatement: said_on, else the publication date.
  TimeAxis time = TimeAxis::kEvent;
};

// An entry of an actor timeline or a time listing. A claim's time is the time
// of the events it reports, else the first time it mentions, else its said_on
// date; see schema/storage_format.md "Time order".
enum class ItemKind : uint8_t { kEvent = 1, kClaim = 2 };  // DO NOT CHANGE: stored
const char* ToString(ItemKind k);

struct TimelineItem {
  ItemKind kind = ItemKind::kClaim;
  std::string id;
  model::TimeRef time;       // value, precision, begin, end (empty begin: unknown time)
  std::string label;         // event label, or claim text
  std::string document_id;
  std::vector<Role> roles;   // how the timeline's actor takes part (empty in ListEvents/time scans)
};

struct Stats {
  uint64_t documents = 0;
  uint64_t claims = 0;
  uint64_t actors = 0;
  uint64_t events = 0;
  uint64_t edges = 0;
  uint64_t disk_bytes = 0;  // all files of the store directory
};

struct ImportResult {
  uint64_t records = 0;
};

class Store {
 public:
  // Opens (creating when allowed) the store in directory `dir`.
  // Errors: IOError (unreadable/read-only directory), Busy (another process
  // or Store holds the LOCK), Unsupported (written by a newer schema
  // version), Corruption (not a claimkb store or damaged).
  static Result<std::unique_ptr<Store>> Open(const std::string& dir, const Options& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // ---- Writing -------------------------------------------------------------

  // Stores everything of one extraction in ONE atomic WriteBatch: after a
  // crash either all of it is there or none. Identical content (a document id
  // already stored) is a no-op with stored=false. A different document with
  // the URL of a stored one becomes its new version (previous_version is set
  // to the latest stored version; the old one stays readable). Actors are
  // shared by id: new aliases and titles are merged into the stored actor.
  // Empty claim/event document_id is filled in; empty document.ingested is
  // set to now (UTC). InvalidArgument when the extraction is inconsistent
  // (empty or NUL-containing ids, duplicate ids, a claim of another
  // document, spans outside the text); nothing is written then.
  // A new version also re-anchors every claim of the older versions by its
  // quote selector (anchored / orphaned, see corrections.h) and carries
  // their corrections to its claims at the same words, in the same batch.
  Result<IngestResult> Ingest(const model::Extraction& x);

  // ---- Documents -----------------------------------------------------------

  // The document; its text only when with_text. NotFound when absent.
  Result<model::Document> GetDocument(std::string_view id, bool with_text = false) const;
  Result<std::string> GetDocumentText(std::string_view id) const;
  // Documents in id order, without text.
  Result<Page<model::Document>> ListDocuments(std::string_view cursor, size_t limit) const;
  // Every stored version of a URL, oldest first, without text.
  Result<std::vector<model::Document>> DocumentVersions(std::string_view url) const;

  // ---- Claims --------------------------------------------------------------

  Result<model::Claim> GetClaim(std::string_view id) const;
  // The claims of a document in text order. NotFound when the document is absent.
  Result<std::vector<model::Claim>> ClaimsOfDocument(std::string_view document_id) const;
  // Claims matching every filter of q. Order depends on the index chosen:
  // document -> text order; speaker/actor/unit/kind/from-to -> time order;
  // otherwise claim id order. InvalidArgument for a bad date or cursor.
  Result<Page<model::Claim>> ListClaims(const ClaimQuery& q, std::string_view cursor, size_t limit) const;
  // The claims in which an actor plays `role` (kSpeaker, kVia or kMentioned), in time order.
  Result<Page<model::Claim>> ActorClaims(std::string_view actor_id, Role role, std::string_view cursor,
                                         size_t limit, TimeAxis time = TimeAxis::kEvent) const;

  // ---- Corrections (corrections.h) -------------------------------------------

  // Appends a version to claim id with the correction applied and rewrites the
  // claim record, its indexes and said_by edges in one WriteBatch; the first
  // correction also stores the claim as extracted as version 1.
  // NotFound (no claim), InvalidArgument (no author/reason, unknown speaker,
  // span outside the text, nothing to change), Conflict (if_version is not
  // the current version).
  Result<ClaimState> CorrectClaim(std::string_view id, const ClaimCorrection& correction);
  // Every version, oldest first (just version 1 for an untouched claim). NotFound for no claim.
  Result<std::vector<ClaimVersion>> ClaimHistory(std::string_view id) const;
  // Status, version and anchor. NotFound for no claim.
  Result<ClaimState> GetClaimState(std::string_view id) const;
  // The states of stored claims, in order, from one snapshot (cheap for untouched claims).
  Result<std::vector<ClaimState>> GetClaimStates(const std::vector<model::Claim>& claims) const;

  // ---- Propositions (propositions.h) ------------------------------------------

  // A claim cluster: its summary, first appearance and a sample of at most
  // `sample` (<= Summary::kSample) appearances; cost independent of its size.
  // NotFound when absent.
  Result<Proposition> GetProposition(std::string_view id, size_t sample = Summary::kSample) const;
  // Every appearance of a proposition, by claim id. NotFound when absent,
  // InvalidArgument for a forged cursor.
  Result<Page<Appearance>> PropositionMembers(std::string_view id, std::string_view cursor, size_t limit) const;
  // The id of the proposition a claim states. NotFound for no claim, or a
  // claim stored before clustering existed.
  Result<std::string> PropositionOf(std::string_view claim_id) const;
  // Every disputes edge, by disputing claim id. InvalidArgument for a forged cursor.
  Result<Page<Dispute>> ListDisputes(std::string_view cursor, size_t limit) const;

  // ---- Actors --------------------------------------------------------------

  Result<model::Actor> GetActor(std::string_view id) const;
  Result<Page<model::Actor>> ListActors(std::string_view cursor, size_t limit) const;
  // Actors whose name or alias, or a word of it, starts with q (case- and
  // accent-insensitive). Exact name/alias matches first, then by id.
  Result<std::vector<model::Actor>> SearchActors(std::string_view q, size_t limit) const;
  // What happened to and was said by or about an actor, ordered by when it
  // happened (begin date, coarser precision first, events before claims, id).
  // from/to as in ClaimQuery (on the begin date); items with unknown time
  // come last and are left out when from or to is given. NotFound for an unknown actor.
  // With TimeAxis::kStatement items sort and filter by when they were said
  // (claims: said_on, else publication; events: the publication date).
  Result<Page<TimelineItem>> Timeline(std::string_view actor_id, std::string_view from, std::string_view to,
                                      std::string_view cursor, size_t limit,
                                      TimeAxis time = TimeAxis::kEvent) const;

  // ---- Events --------------------------------------------------------------

  Result<model::Event> GetEvent(std::string_view id) const;
  // Events, optionally of one actor (any role) and within [from, to], in time
  // order (or id order with no filter).
  Result<Page<model::Event>> ListEvents(std::string_view actor_id, std::string_view from, std::string_view to,
                                        std::string_view cursor, size_t limit) const;

  // ---- Edges ---------------------------------------------------------------

  // Edges leaving / entering a node id (claim, actor, event, document, date).
  Result<std::vector<model::Edge>> EdgesFrom(std::string_view id) const;
  Result<std::vector<model::Edge>> EdgesTo(std::string_view id) const;

  // ---- Whole store ---------------------------------------------------------

  // Calls fn for every document (without text) in id order until it returns false.
  Status ForEachDocument(const std::function<bool(const model::Document&)>& fn) const;
  // Calls fn with each document's extraction as stored (document with text,
  // claims in text order, events, the actors they refer to as merged in the
  // store, the edges it brought that leave its document, claims, events or
  // actors: every edge an extraction or ingest makes), in document id order, one snapshot.
  Status ForEachExtraction(const std::function<bool(const model::Extraction&)>& fn) const;
  Status ForEachActor(const std::function<bool(const model::Actor&)>& fn) const;
  // Callbacks for ForEachRecord: an unset one skips its family; one returning
  // false stops the walk.
  struct RecordVisitor {
    std::function<bool(const model::Document&)> document;  // without text
    std::function<bool(const model::Claim&)> claim;
    std::function<bool(const model::Event&)> event;
    std::function<bool(std::string_view owner, const model::Edge&)> edge;  // owner "": no document
    std::function<bool(const model::Actor&)> actor;
  };
  // Every record of those families, family by family in the order above and in
  // key order within each, from one snapshot: a whole-store rebuild (the graph
  // at server start) in sequential reads, where ForEachExtraction does point reads.
  Status ForEachRecord(const RecordVisitor& visit) const;

  Result<Stats> GetStats() const;

  // NDJSON, one record per line, deterministic order; enough to restore the
  // whole store. See schema/storage_format.md "Export".
  Status Export(std::ostream& out) const;
  // Restores an Export into this store and rebuilds every index.
  // REQUIRES: the store is empty (else Conflict). InvalidArgument names the
  // line of a bad record; on any error the store is left empty again.
  Result<ImportResult> Import(std::istream& in);

  // Verifies every invariant: records decode, claims/events/edges point at
  // stored documents, every index entry points at a live record and every
  // record has its index entries, counters match. Empty when all is well.
  Result<std::vector<std::string>> Check() const;

  // A consistent copy of the store in `dir` (a RocksDB checkpoint; hard links
  // where possible). REQUIRES: dir does not exist yet.
  Status Backup(const std::string& dir) const;

  // Rewrites every column family down to its last level: merged posting
  // lists collapse, overwritten and deleted entries go. Reads and writes may
  // go on meanwhile; it only costs time and temporary disk.
  Status Compact();

  // RocksDB's counters since Open, by RocksDB's names ("rocksdb.stall.micros"),
  // histograms as NAME.count and NAME.sum; empty unless Options::engine_statistics.
  std::map<std::string, uint64_t> EngineStatistics() const;

  const std::string& dir() const;
  // Grows with every write to the store; an unchanged value means nothing was
  // written in between (read caches key on it). Thread-safe.
  uint64_t WriteSequence() const;

  // For tests of Check(): deletes one raw key of a column family by name
  // ("claims", "idx_doc_claims", ...). Never use outside tests.
  Status TestOnlyDeleteRaw(std::string_view column_family, std::string_view key);

  struct Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimkb::store
