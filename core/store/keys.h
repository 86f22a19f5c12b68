// The on-disk format in one place: column families, key layouts, value tags,
// and an encoder and a decoder per key. Specified in schema/storage_format.md.
// Byte order of every key is its logical order: integers are big-endian,
// strings are escaped and terminated so that a shorter string sorts first.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/model/types.h"
#include "core/store/store.h"

namespace claimkb::store::keys {

// Bumped on any incompatible change of what follows; checked at open.
// 7: actor entries of claims in idx_timeline/idx_said carry the claim's text and document again;
// 6: claim entries of idx_timeline/idx_said without the claim's text and document;
// 5: edges keyed by from (idx_edges_out retired); 4: idx_lsh lists hold up to lsh::kMax;
// 3: idx_lsh posting lists; 2: binary record values (was MessagePack)
constexpr uint32_t kSchemaVersion = 7;
// Version of the NDJSON export (JSON records, independent of the value codecs).
constexpr uint32_t kExportVersion = 1;
// Value of the meta key "format": kMagic then kSchemaVersion as u32 big-endian.
constexpr std::string_view kMagic = "claimkb-store";

// DO NOT CHANGE THESE ENUM VALUES: they name column families on disk and are
// the index tag inside cursors.
enum class Cf : uint8_t {
  kMeta = 0,  // RocksDB's "default" family
  kDocuments = 1,
  kTexts = 2,
  kClaims = 3,
  kEvents = 4,
  kActors = 5,
  kEdges = 6,
  kIdxDocClaims = 7,
  kIdxDocEvents = 8,
  kIdxActorClaims = 9,
  kIdxTimeline = 10,
  kIdxTime = 11,
  kIdxAlias = 12,
  kIdxUrl = 13,
  kIdxUnit = 14,
  kIdxKind = 15,
  kIdxEdgesOut = 16,  // retired in schema 5 (edges are keyed by from): always empty
  kIdxEdgesIn = 17,
  kClaimState = 18,     // corrections.h: status, version and anchor of a corrected or re-anchored claim
  kClaimVersions = 19,  // corrections.h: every version of a corrected claim
  kIdxClaimStatus = 20,
  kIdxSaid = 21,        // statement-time twin of idx_timeline
  kPropositions = 22,   // propositions.h: which claims state one proposition
  kIdxClaimProp = 23,   // propositions.h: the proposition of a claim
  kIdxLsh = 24,         // propositions.h: MinHash band buckets of claims
  kIdxDisputes = 25,    // every disputes edge (derived from edges)
};
constexpr size_t kNumCfs = 26;
constexpr std::array<const char*, kNumCfs> kCfNames = {
    "default",         "documents",    "texts",          "claims",       "events",
    "actors",          "edges",        "idx_doc_claims", "idx_doc_events", "idx_actor_claims",
    "idx_timeline",    "idx_time",     "idx_alias",      "idx_url",      "idx_unit",
    "idx_kind",        "idx_edges_out", "idx_edges_in",
    "claim_state",     "claim_versions", "idx_claim_status", "idx_said",
    "propositions",    "idx_claim_prop", "idx_lsh",        "idx_disputes",
};
inline const char* CfName(Cf cf) { return kCfNames[static_cast<size_t>(cf)]; }
std::optional<Cf> CfFromName(std::string_view name);
inline bool IsIndex(Cf cf) {
  return (cf >= Cf::kIdxDocClaims && cf <= Cf::kIdxEdgesIn) || cf == Cf::kIdxClaimStatus || cf == Cf::kIdxSaid ||
         cf == Cf::kIdxDisputes;
}

// DO NOT CHANGE THESE TAGS: the first byte of every value says what follows.
enum class Tag : uint8_t {
  kDocument = 'D',  // binary {document without body_text, version, times, quantities, warnings}
  kText = 'T',      // raw UTF-8 body text
  kClaim = 'C',     // binary model::Claim (values.cpp)
  kEvent = 'E',     // binary model::Event
  kActor = 'A',     // binary model::Actor
  kEdge = 'G',      // raw UTF-8 `why` of the edge
  kTimeline = 'L',  // binary {roles, time, label, document_id}
  kAlias = 'S',     // one byte: 1 when the term is a whole name or alias, 0 for a later word
  kCounter = 'N',   // u64 big-endian
  kFormat = 'F',    // kMagic, u32 kSchemaVersion
  kEmpty = '-',     // index entry with nothing more to say
  kClaimState = 'K',    // MessagePack of store::ClaimState's JSON (correction_values.cpp)
  kClaimVersion = 'V',  // MessagePack of store::ClaimVersion's JSON
  kProposition = 'P',   // raw UTF-8 proposition id (idx_claim_prop)
  kLshBucket = 'B',     // idx_lsh posting list (lsh.h)
  kPropSummary = 'R',   // store::Summary of a proposition (propositions.cpp)
};

// ---- primitives -----------------------------------------------------------
//   Str(s):  s with 0x00 written as 00 FF, then the terminator 00 01
//   U8/U32/U64: fixed width, big-endian
//   TimeKey: 10 bytes begin date "YYYY-MM-DD" (FF x10 when unknown), 1 byte
//            precision rank (coarser first, see PrecisionRank)

void PutStr(std::string* out, std::string_view s);
void PutU8(std::string* out, uint8_t v);
void PutU32(std::string* out, uint32_t v);
void PutU64(std::string* out, uint64_t v);

// Reads primitives back from a key; every getter returns false on malformed input.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool Str(std::string* out);
  bool U8(uint8_t* out);
  bool U32(uint32_t* out);
  bool U64(uint64_t* out);
  bool Bytes(size_t n, std::string* out);
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

// The point in time an item sorts by. date is "YYYY-MM-DD" or empty (unknown).
struct TimeKey {
  std::string date;
  uint8_t rank = kUnknownRank;
  static constexpr uint8_t kUnknownRank = 9;
  bool operator==(const TimeKey&) const = default;
};
// decade 1, year 2, quarter 3, month 4, interval 5, week 6, day 7, time 8, unknown 9.
uint8_t PrecisionRank(model::Precision p);
// The key of a TimeRef: its begin date when it is a well-formed YYYY-MM-DD.
TimeKey TimeKeyOf(const model::TimeRef& t);
void PutTime(std::string* out, const TimeKey& t);
bool GetTime(Reader* r, TimeKey* t);
constexpr size_t kTimeKeySize = 11;

// ---- primary records --------------------------------------------------------
// documents, texts, claims, events, actors:   Str(id)
// meta:                                       "format" | "count/<entity>"
// edges:     Str(from) U8(edge type) Str(to) Str(owner document id)
//            (owner "" for edges no document brought); keyed by from, so the
//            edges leaving a node are one prefix scan (no idx_edges_out)

std::string IdKey(std::string_view id);
bool ParseIdKey(std::string_view key, std::string* id);

struct EdgeKey {
  std::string owner;
  model::EdgeType type = model::EdgeType::kMentions;
  std::string from, to;
  bool operator==(const EdgeKey&) const = default;
};
std::string EncodeEdge(const EdgeKey& k);
bool DecodeEdge(std::string_view key, EdgeKey* k);

// ---- indexes (values are Tag::kEmpty unless noted) ------------------------
// idx_doc_claims:   Str(doc) U32(span.start) U32(span.end) Str(claim)
// idx_doc_events:   Str(doc) U32(span.start) Str(event)
// idx_actor_claims: Str(actor) U8(role) TimeKey Str(claim)
// idx_timeline:     Str(actor) TimeKey U8(item kind) Str(id)       -> Tag::kTimeline
//                   (a claim's entry has an empty label and document: the claim record holds them)
// idx_time:         TimeKey U8(item kind) Str(id)
// idx_alias:        Str(folded term) Str(actor)                     -> Tag::kAlias
// idx_url:          Str(url) U32(version, 1 = first) Str(doc)
// idx_unit:         Str(unit) TimeKey Str(claim)
// idx_kind:         U8(attribution kind) TimeKey Str(claim)
// idx_edges_out:    retired in schema 5 (the edges family has this layout)
// idx_edges_in:     Str(to) U8(type) Str(from) Str(owner)
// idx_claim_status: Str(status) Str(doc) Str(claim)   review status (doc = the claim's) or
//                   "orphaned" (doc = the newer version the claim's quote is missing from)
// idx_said:         Str(actor, "" = every item) TimeKey U8(item kind) Str(id) -> Tag::kTimeline
//                   (TimelineKey layout, keyed by statement time instead of event time)
// claim_state:      Str(claim) -> Tag::kClaimState
// claim_versions:   Str(claim) U32(version, 1 = as extracted) -> Tag::kClaimVersion
// propositions:     Str(proposition) Str(claim)                     (a member; the record)
//                   Str(proposition) -> Tag::kPropSummary             (its summary, sorts first)
// idx_claim_prop:   Str(claim) -> Tag::kProposition proposition id  (from propositions)
// idx_lsh:          U8(band) U64(bucket) -> Tag::kLshBucket newest claims (lsh.h; merged at ingest)
// idx_disputes:     Str(from) U8(type = disputes) Str(to) Str(owner) (EdgeIndexKey, from edges)

struct DocClaimKey {
  std::string doc;
  uint32_t start = 0, end = 0;
  std::string claim;
  bool operator==(const DocClaimKey&) const = default;
};
std::string Encode(const DocClaimKey& k);
bool Decode(std::string_view key, DocClaimKey* k);

struct DocEventKey {
  std::string doc;
  uint32_t start = 0;
  std::string event;
  bool operator==(const DocEventKey&) const = default;
};
std::string Encode(const DocEventKey& k);
bool Decode(std::string_view key, DocEventKey* k);

struct ActorClaimKey {
  std::string actor;
  Role role = Role::kSpeaker;
  TimeKey time;
  std::string claim;
  bool operator==(const ActorClaimKey&) const = default;
};
std::string Encode(const ActorClaimKey& k);
bool Decode(std::string_view key, ActorClaimKey* k);

struct TimelineKey {
  std::string actor;
  TimeKey time;
  ItemKind kind = ItemKind::kClaim;
  std::string id;
  bool operator==(const TimelineKey&) const = default;
};
std::string Encode(const TimelineKey& k);
bool Decode(std::string_view key, TimelineKey* k);

struct TimeIndexKey {
  TimeKey time;
  ItemKind kind = ItemKind::kClaim;
  std::string id;
  bool operator==(const TimeIndexKey&) const = default;
};
std::string Encode(const TimeIndexKey& k);
bool Decode(std::string_view key, TimeIndexKey* k);

struct AliasKey {
  std::string term;
  std::string actor;
  bool operator==(const AliasKey&) const = default;
};
std::string Encode(const AliasKey& k);
bool Decode(std::string_view key, AliasKey* k);

struct UrlKey {
  std::string url;
  uint32_t version = 1;
  std::string doc;
  bool operator==(const UrlKey&) const = default;
};
std::string Encode(const UrlKey& k);
bool Decode(std::string_view key, UrlKey* k);

struct UnitKey {
  std::string unit;
  TimeKey time;
  std::string claim;
  bool operator==(const UnitKey&) const = default;
};
std::string Encode(const UnitKey& k);
bool Decode(std::string_view key, UnitKey* k);

struct KindKey {
  model::AttributionKind kind = model::AttributionKind::kAuthor;
  TimeKey time;
  std::string claim;
  bool operator==(const KindKey&) const = default;
};
std::string Encode(const KindKey& k);
bool Decode(std::string_view key, KindKey* k);

// The in-edge and disputes index entries (and the edges records) share one layout: Str(a) U8(type) Str(b) Str(owner).
struct EdgeIndexKey {
  std::string a;
  model::EdgeType type = model::EdgeType::kMentions;
  std::string b;
  std::string owner;
  bool operator==(const EdgeIndexKey&) const = default;
};
std::string Encode(const EdgeIndexKey& k);
bool Decode(std::string_view key, EdgeIndexKey* k);

struct ClaimStatusKey {
  std::string status;
  std::string doc;
  std::string claim;
  bool operator==(const ClaimStatusKey&) const = default;
};
std::string Encode(const ClaimStatusKey& k);
bool Decode(std::string_view key, ClaimStatusKey* k);

struct ClaimVersionKey {
  std::string claim;
  uint32_t version = 1;
  bool operator==(const ClaimVersionKey&) const = default;
};
std::string Encode(const ClaimVersionKey& k);
bool Decode(std::string_view key, ClaimVersionKey* k);

struct PropMemberKey {
  std::string proposition;
  std::string claim;
  bool operator==(const PropMemberKey&) const = default;
};
std::string Encode(const PropMemberKey& k);
bool Decode(std::string_view key, PropMemberKey* k);

struct LshKey {
  uint8_t band = 0;
  uint64_t bucket = 0;
  bool operator==(const LshKey&) const = default;
};
constexpr size_t kLshKeySize = 9;
std::string Encode(const LshKey& k);
bool Decode(std::string_view key, LshKey* k);

// The encoders above taking views: ingest builds most of its keys from ids it
// already holds, and a key struct would copy each of them first.
std::string EncodeEdge(std::string_view from, model::EdgeType type, std::string_view to, std::string_view owner);
std::string EncodeDocClaim(std::string_view doc, uint32_t start, uint32_t end, std::string_view claim);
std::string EncodeDocEvent(std::string_view doc, uint32_t start, std::string_view event);
std::string EncodeActorClaim(std::string_view actor, Role role, const TimeKey& time, std::string_view claim);
std::string EncodeTimeline(std::string_view actor, const TimeKey& time, ItemKind kind, std::string_view id);
std::string EncodeTimeIndex(const TimeKey& time, ItemKind kind, std::string_view id);
std::string EncodeUnit(std::string_view unit, const TimeKey& time, std::string_view claim);
std::string EncodeKind(model::AttributionKind kind, const TimeKey& time, std::string_view claim);
std::string EncodeEdgeIndex(std::string_view a, model::EdgeType type, std::string_view b, std::string_view owner);

// True when key decodes as a key of family cf (meta keys are never well-formed).
bool IsWellFormed(Cf cf, std::string_view key);

// ---- meta -------------------------------------------------------------------
constexpr std::string_view kFormatKey = "format";
// Present while an import fills the store, deleted with its last batch: a
// store that holds it holds an unfinished import.
constexpr std::string_view kImportKey = "import/unfinished";
std::string CounterKey(std::string_view entity);  // "count/claims"
std::string EncodeFormat(uint32_t version);
// The schema version of a "format" value, or nullopt when it is not claimkb's.
std::optional<uint32_t> DecodeFormat(std::string_view value);

// ---- cursors ----------------------------------------------------------------
// base64url(no padding) of: U8(kCursorVersion) U8(Cf of the scanned family) key
constexpr uint8_t kCursorVersion = 1;
std::string EncodeCursor(Cf cf, std::string_view last_key);
// False for anything that is not a cursor of this version.
bool DecodeCursor(std::string_view cursor, Cf* cf, std::string* last_key);

// The smallest key greater than every key starting with prefix ("" when none).
std::string PrefixEnd(std::string_view prefix);

}  // namespace claimkb::store::keys
