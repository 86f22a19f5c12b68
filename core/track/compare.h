// Whether two claims state the same proposition, dispute each other or are
// unrelated, with the rule and the words that decided it. Deterministic and
// symmetric in its verdict. Pure functions; thread-safe.
#pragma once

#include <string>

#include "core/model/types.h"
#include "core/track/normalize.h"

namespace claimkb::track {

enum class Relation : uint8_t { kUnrelated = 0, kSame = 1, kDisputes = 2 };
const char* ToString(Relation r);

struct Verdict {
  Relation relation = Relation::kUnrelated;
  std::string rule;   // "same_proposition", "conflicting_numbers", "conflicting_dates", "negation", "lacks_evidence"
  std::string why;    // "conflicting_numbers: 11 vs 14 (shared: bridge, collaps, kill)"
  double similarity = 0;  // Jaccard of the content words
};

// True when a lacks_evidence verdict still puts both claims in one proposition
// (the words agree; one appearance only says it is unproven).
inline bool SameProposition(const Verdict& v) {
  return v.relation == Relation::kSame || v.rule == "lacks_evidence";
}

// explain_unrelated false: an unrelated verdict comes without `why` (clustering
// discards those; the explanation is most of the cost of a near miss).
Verdict Compare(const Normalized& a, const Normalized& b, bool explain_unrelated = true);
inline Verdict Compare(const model::Claim& a, const model::Claim& b) { return Compare(Normalize(a), Normalize(b)); }

}  // namespace claimkb::track
