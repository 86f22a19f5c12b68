// Attributions: who said what, with which cue, through whom. Finds
// SOURCE CUE (that) CONTENT, CONTENT, SOURCE CUE, CONTENT, CUE SOURCE,
// According to SOURCE, SOURCE CUE: "QUOTE", quotes continued over sentences,
// SOURCE accuses X of Y, gerund cues ("..., saying"), sources in relative
// clauses ("a study that shows") and relay chains (`via`). Sentences with no
// attribution become claims in the article's own voice.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/extract/quotes.h"
#include "core/extract/sources.h"
#include "core/extract/text.h"
#include "core/model/types.h"

namespace claimkb::extract {

// A claim before ids and code-point offsets are assigned: ranges are BYTES of
// the body text, attribution speakers/via are actor ids from the ActorTable
// (or from the SourceResolver's own actors).
struct ClaimDraft {
  Range content;
  Range sentence;  // the sentence(s) the claim stands in
  Range cue;
  size_t first_sentence = 0;  // index of the first sentence it stands in
  model::Attribution attribution;
  model::Stance stance;
  std::string rule;
  double confidence = 0;
};

// Every claim of the document, in text order of content: attributed claims
// and, for each sentence without one, a claim in the author's voice.
// `words` are the lowercased `tokens`, `quotes` the quotes of text.
std::vector<ClaimDraft> FindAttributions(std::string_view text, const std::vector<Sentence>& sentences,
                                         const std::vector<std::vector<Token>>& tokens, const SentenceWords& words,
                                         const QuoteMap& quotes, SourceResolver& sources);

}  // namespace claimkb::extract
