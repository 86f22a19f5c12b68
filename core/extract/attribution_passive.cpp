// Passive cues with their agent: "The outlook was described as grim by the
// agency", "He is regarded by colleagues as the favourite".
#include "core/extract/attribution_finder.h"

namespace claimkb::extract {

namespace {

// Cues whose passive still names who spoke or judged; "was attacked by",
// "was found by", "was backed by" report acts or stances.
bool TakesAgent(const Cue& cue) {
  std::string_view l = cue.lemma;
  switch (cue.cls) {
    case CueClass::kSpeech:
      return l != "add" && l != "continue" && l != "point" && l != "refer" && l != "talk" && l != "speak" &&
             l != "post" && l != "signal" && l != "charge" && l != "email" && l != "chant" && l != "repeat" &&
             l != "express" && l != "voice";
    case CueClass::kAccuse:
      return l == "describe" || l == "call" || l == "criticize" || l == "criticise" || l == "praise" ||
             l == "condemn" || l == "question" || l == "dismiss" || l == "reject" || l == "label" || l == "brand" ||
             l == "dub" || l == "portray" || l == "blame" || l == "accuse" || l == "deem" || l == "regard" ||
             l == "hail" || l == "ridicule" || l == "fault";
    case CueClass::kCognition:
      return l == "consider" || l == "view" || l == "see" || l == "believe" || l == "think" || l == "estimate" ||
             l == "assess" || l == "suspect";
    default:
      return false;
  }
}

bool IsAux(std::string_view w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "been" || w == "be" || w == "being";
}

}  // namespace

bool AttributionFinder::PassiveBy(const Words& w, size_t si, size_t i, const Cue& cue) {
  if ((cue.form != CueForm::kPast && cue.form != CueForm::kParticiple) || !TakesAgent(cue) || i < 2) return false;
  size_t aux = i - 1;
  // "was widely described", "was first reported".
  if (!IsAux(w.low(aux)) && (IsSkippableAt(w, aux) || w.Is(aux, "first")) && aux > 0) --aux;
  if (!IsAux(w.low(aux))) return false;
  // "the email, which was first reported by": the subject is no claim's content.
  if (aux > 0 && IsRelativePronoun(w.low(aux - 1))) return false;
  // "Aotearoa, as it is called by Maori": a name, not a claim.
  if (aux >= 2 && w.Is(aux - 2, "as")) return false;
  size_t by = i + 1;
  while (by < w.size() && by <= i + 10 && !w.Is(by, "by")) {
    if (w.IsPunct(by, ',') || w.IsPunct(by, ';') || IsEndPunct(w, by)) return false;
    ++by;
  }
  if (!w.Is(by, "by")) return false;
  auto agent = PhraseStartingAt(w, by + 1);
  if (!agent || agent->pronoun) return false;
  auto speakers = sources_.Resolve(w, *agent, si);
  if (speakers.empty()) return false;
  Range content = TrimEnd({w.tok(0).begin, w.tok(by - 1).end});
  return Emit(si, {w.tok(i).begin, w.tok(i).end}, w.tok(i).text, content, std::move(speakers), "passive-by", 0.7) !=
         nullptr;
}

}  // namespace claimkb::extract
