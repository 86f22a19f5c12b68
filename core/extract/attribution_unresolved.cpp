// Claims whose source is not found: kept with no speaker, so that no
// reported statement vanishes from the output.
#include "core/extract/attribution_finder.h"

namespace claimkb::extract {

namespace {

bool IsFirstPerson(const std::string& id) { return id == "?i" || id == "?we" || id == "?you"; }

}  // namespace

void AttributionFinder::UnresolvedSources() {
  // A claim this low is kept for the record, below every resolved one.
  constexpr double kUnresolvedConfidence = 0.3;
  std::vector<char> drop(out_.size(), 0);
  bool dropped = false;
  auto placeholder = [](const std::string& id) { return IsUnresolvedSource(id); };
  for (size_t k = 0; k < out_.size(); ++k) {
    ClaimDraft& d = out_[k];
    std::vector<std::string>& via = d.attribution.via;
    via.erase(std::remove_if(via.begin(), via.end(), placeholder), via.end());
    std::vector<std::string>& speakers = d.attribution.speakers;
    if (std::none_of(speakers.begin(), speakers.end(), placeholder)) continue;
    bool first_person = std::any_of(speakers.begin(), speakers.end(), IsFirstPerson);
    speakers.erase(std::remove_if(speakers.begin(), speakers.end(), placeholder), speakers.end());
    if (!speakers.empty()) continue;  // "Lee and they": the named one speaks
    // "I think the plan will fail" outside quotes is the author speaking;
    // inside a quote, or inside another claim ("Aides said they rejected
    // it"), the speaker whose claim holds it. "It seems that", a hedge with
    // no subject that speaks, stays in the article's voice.
    bool hedge = d.rule.rfind("seeming-source", 0) == 0;
    if (first_person || hedge || IsQuotedReport(d) || !d.attribution.via.empty()) {
      drop[k] = 1;
      dropped = true;
      continue;
    }
    d.rule += "+source-unresolved";
    d.confidence = std::min(d.confidence, kUnresolvedConfidence);
  }
  if (!dropped) return;
  auto sentences_of = [this](const ClaimDraft& d) {
    size_t a = SentenceAt(std::min(d.content.begin, d.cue.size() ? d.cue.begin : d.content.begin), 0);
    size_t b = SentenceAt(std::max(d.content.end, d.cue.end) - 1, a);
    return std::pair{a, std::min(b, sentences_.size() - 1)};
  };
  // The sentences only a dropped claim touched go back to the author's voice.
  std::vector<char> touched(sentences_.size(), 0);
  for (size_t k = 0; k < out_.size(); ++k) {
    if (drop[k]) continue;
    auto [a, b] = sentences_of(out_[k]);
    for (size_t si = a; si <= b; ++si) touched[si] = 1;
  }
  for (size_t k = 0; k < out_.size(); ++k) {
    if (!drop[k]) continue;
    auto [a, b] = sentences_of(out_[k]);
    for (size_t si = a; si <= b; ++si) covered_[si] = touched[si];
  }
  size_t kept = 0;
  for (size_t k = 0; k < out_.size(); ++k)
    if (!drop[k]) {
      if (kept != k) out_[kept] = std::move(out_[k]);
      ++kept;
    }
  out_.resize(kept);
}

}  // namespace claimkb::extract
