// Attributions: who said what, with which cue, through whom. Finds
// SOURCE CUE (that) CONTENT, CONTENT, SOURCE CUE, According to SOURCE,
// SOURCE CUE: "QUOTE", multi-sentence quotes, nested sources; sentences with
// no attribution become claims in the article's own voice.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/extract/actors.h"
#include "core/extract/text.h"
#include "core/model/types.h"

namespace claimkb::extract {

// A claim before ids and code-point offsets are assigned: ranges are BYTES of
// the body text, attribution speakers/via are actor ids from the ActorTable.
struct ClaimDraft {
  Range content;
  Range sentence;  // the sentence(s) the claim stands in
  Range cue;
  model::Attribution attribution;
  model::Stance stance;
  std::string rule;
  double confidence = 0;
};

std::vector<ClaimDraft> FindAttributions(std::string_view text,
                                         const std::vector<Sentence>& sentences,
                                         const std::vector<std::vector<Token>>& tokens,
                                         ActorTable& actors);

}  // namespace claimkb::extract
