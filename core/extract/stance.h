// Stance of claims: negation and hedges in their words, evidence remarks
// ("X has not offered evidence for the assertion") attached to the claim they
// qualify, and pairs of claims in one document that dispute each other.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/attribution.h"
#include "core/extract/sources.h"

namespace claimkb::extract {

// Sets stance.negated / stance.hedged and notes from the content's words.
void MarkNegationAndHedges(std::string_view text, ClaimDraft& claim);

// A sentence saying its subject backs nothing up: "Trump has not offered
// evidence for the assertion", "... without providing evidence".
struct EvidenceRemark {
  Range words;                  // "has not offered evidence"
  std::optional<Phrase> subject;  // who offered none; nullopt for "without providing evidence"
};
std::optional<EvidenceRemark> FindEvidenceRemark(const Words& w);

// Attaches every evidence remark to the claim it qualifies: the claim of the
// same sentence for "without evidence", else the latest earlier claim (within
// three sentences) by the remark's subject. `claims` must be in text order.
// `words` are the lowercased tokens of `sentences`.
void AttachEvidence(std::string_view text, const std::vector<Sentence>& sentences,
                    const SentenceWords& words, SourceResolver& sources,
                    std::vector<ClaimDraft>& claims);

// Two claims of one document that cannot both hold: the same subject with
// opposite polarity for the same predicate ("Maduro is the leader of ..."
// against "Maduro is not the leader of ..."), or "little evidence that X"
// against X.
struct Dispute {
  size_t a = 0;  // indices into claims; a disputes b
  size_t b = 0;
  std::string why;
};
std::vector<Dispute> FindDisputes(std::string_view text, const std::vector<ClaimDraft>& claims);

}  // namespace claimkb::extract
