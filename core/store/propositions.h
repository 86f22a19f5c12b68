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

struct Proposition {
  std::string id;                        // "p-" + 16 hex digits of the founding claim's id
  std::string text;                      // canonical wording: the first appearance's text
  std::vector<Appearance> appearances;   // first appearance first: publication date, then claim id
  size_t total = 0;                      // all appearances (appearances stops at kMaxAppearances)
  size_t publishers = 0;                 // independent publishers (publisher, else URL host, else document)
  static constexpr size_t kMaxAppearances = 500;
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
