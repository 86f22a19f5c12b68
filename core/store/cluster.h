// Store-private: the clustering step of Ingest and the proposition families'
// codecs and invariants. Only store/*.cpp include this.
#pragma once

#include <iosfwd>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/store/cluster_cache.h"
#include "core/store/derive.h"
#include "core/store/impl.h"
#include "core/store/propositions.h"
#include "core/track/normalize.h"

namespace claimkb::store::cluster {

// What clustering adds to one document's WriteBatch.
struct Output {
  std::vector<model::Edge> edges;       // corroborates and disputes, from the new claims
  std::vector<derive::Entry> entries;   // propositions, idx_claim_prop (puts)
  std::vector<derive::Entry> lsh;       // idx_lsh posting list operands (merges)
  std::vector<derive::Entry> lsh_puts;  // idx_lsh posting lists that filled up, whole (puts)
  size_t joined = 0;                    // claims that joined an existing proposition
  // For the cache once the batch has committed (Remember): the new stored value
  // of every bucket written, and the stored claims read plus the document's own.
  std::vector<std::pair<keys::LshKey, std::string>> bucket_values;
  std::vector<std::shared_ptr<const Known>> known;
};

// Matches each claim of the new document (REQUIRES: document_id filled in)
// against LSH candidates among the stored claims (as of v) and the document's
// earlier claims; each joins the best matching proposition or founds one.
// Bounded work per claim: kMaxCandidates comparisons. The document's buckets
// are read in one MultiGet, its candidates' signatures in one more; what
// `cache` (may be null) holds is not read again.
constexpr size_t kBucketScan = 12;  // newest claims read per bucket (<= lsh::kKeep)
constexpr size_t kMaxCandidates = 12;
constexpr size_t kMaxSingleHits = 3;  // candidates sharing only one band
constexpr size_t kMaxEdgesPerClaim = 8;
Status ClusterClaims(const ReadView& v, const model::Document& doc, const std::vector<model::Claim>& claims,
                     Cache* cache, Output* out);
// Puts what a committed ingest wrote and read into the cache.
void Remember(Output&& out, Cache* cache);

// The records and index entries of one membership, and a claim's LSH entries.
// signature: EncodeSignature of the claim, or empty (import: compared by loading the claim).
void MembershipEntries(const std::string& proposition, const std::string& claim, std::vector<derive::Entry>* out,
                       std::string_view signature = {});
// LshEntries are merge operands (lsh.h), not puts.
void LshEntries(const model::Claim& c, std::vector<derive::Entry>* out);

// idx_claim_prop value: Tag::kProposition and the proposition id, then
// optionally 0xFF publisher key 0xFF track::EncodeNormalized of the claim.
struct Signature {
  bool present = false;
  std::string publisher;
  track::Normalized norm;
};
std::string EncodePropositionRef(std::string_view proposition);
std::string EncodeSignature(std::string_view publisher, const track::Normalized& norm);  // "" if unencodable
Status DecodePropositionRef(std::string_view bytes, std::string* proposition);
Status DecodeMembership(std::string_view bytes, std::string* proposition, Signature* sig);

// Proposition summaries (propositions.cpp). AddMember folds one member in;
// LoadSummary reads the stored summary, else (a store written before
// summaries, or an import) computes it from every member, once.
std::string EncodeSummary(const Summary& s);
Status DecodeSummary(std::string_view bytes, Summary* s);
void AddMember(Summary* s, const std::string& claim, const std::string& published, const std::string& ingested,
               const std::string& publisher);
Result<Summary> LoadSummary(const ReadView& v, std::string_view proposition, bool* stored = nullptr);
std::string PublisherKey(const model::Document& d);

// Export: one {"record":"proposition","id":...,"claims":[...]} line per
// proposition. Import: its membership entries; InvalidArgument for a claim
// not imported before it or an empty member list.
Status ExportPropositions(const ReadView& v, std::ostream& out);
Status ImportProposition(const nlohmann::json& record, const std::set<std::string>& claims,
                         std::vector<derive::Entry>* out);

// Invariants of propositions, idx_claim_prop and idx_lsh: each member is a
// stored claim, in one proposition only, with its idx_claim_prop entry and
// nothing else there; every idx_lsh entry names a stored claim.
Status Check(const ReadView& v, const std::set<std::string>& claim_ids, std::vector<std::string>* problems);

}  // namespace claimkb::store::cluster
