#include "core/extract/attribution.h"

namespace claimkb::extract {

std::vector<ClaimDraft> FindAttributions(std::string_view text, const std::vector<Sentence>& sentences,
                                         const std::vector<std::vector<Token>>& tokens, ActorTable& actors) {
  std::vector<ClaimDraft> out;
  for (const auto& s : sentences) {
    ClaimDraft d;
    d.content = s;
    d.sentence = s;
    d.attribution.kind = model::AttributionKind::kAuthor;
    d.attribution.speakers = {actors.actors()[actors.AuthorActor()].id};
    d.rule = "author-voice";
    d.confidence = 0.5;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace claimkb::extract
