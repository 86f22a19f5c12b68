// Claim clusters across sources: a proposition is what several claims (in
// several documents, by several publishers) state in different words. Every
// claim ingested since clustering exists belongs to exactly one proposition;
// see core/track/ for when two claims say the same thing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/model/types.h"

namespace claimkb::store {

// One claim stating a proposition, with where and by whom it was published.
struct Appearance {
  std::string claim_id;
  std::string document_id;
  model::Span span;
  std::string text;
  model::AttributionKind kind = model::AttributionKind::kAuthor;
  std::vector<std::string> speakers;
  std::string publisher;
  std::string published;  // the document's publication date, may be empty
  std::string url;
  std::string title;
};

// What is kept about a proposition beside its members and updated at ingest
// in the document's WriteBatch (propositions: Str(id) -> Tag::kPropSummary),
// so a proposition reads in bounded time however many claims restate it.
struct Summary {
  uint64_t total = 0;                   // members
  std::string first_claim;              // earliest appearance: publication date (undated last), ingest time, id
  std::string first_published, first_ingested;
  std::string last_published;           // latest publication date of a member, "" when none is dated
  std::vector<std::string> publishers;  // independent publisher keys, sorted, at most kMaxPublishers
  bool publishers_capped = false;       // members from more publishers than kMaxPublishers
  std::vector<std::string> sample;      // the first kSample members ingested
  static constexpr size_t kMaxPublishers = 256;
  static constexpr size_t kSample = 20;
};

struct Proposition {
  std::string id;                        // "p-" + 16 hex digits of the founding claim's id
  std::string text;                      // canonical wording: the first appearance's text
  Appearance first;                      // the earliest appearance among all members
  std::vector<Appearance> appearances;   // a sample (Summary::kSample), earliest first; all via PropositionMembers
  size_t total = 0;                      // all appearances
  size_t publishers = 0;                 // independent publishers (publisher, else URL host, else document)
  bool publishers_capped = false;        // publishers is a lower bound
  std::string first_seen, last_seen;     // earliest and latest publication date, "" when none is dated
};

// A disputes edge: claim `from` (of document owner) disputes claim `to`, and why.
struct Dispute {
  std::string from;
  std::string to;
  std::string owner;
  std::string why;
};

// The id of the proposition a claim founds.
std::string PropositionId(std::string_view founding_claim_id);

}  // namespace claimkb::store
