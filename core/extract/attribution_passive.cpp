// Passive cues with their agent: "The outlook was described as grim by the
// agency", "He is regarded by colleagues as the favourite"; and "Asked
// whether ...", whose asker goes unnamed.
#include <algorithm>

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

// The words of circumstance between "asked" and the question, at most.
constexpr size_t kMaxAskedCircumstance = 10;

// "whether", "if", "what", "about": a word opening what someone was asked.
bool OpensQuestion(std::string_view l) {
  return l == "whether" || l == "if" || l == "what" || l == "who" || l == "whom" || l == "how" || l == "why" ||
         l == "where" || l == "which" || l == "about";
}

// "is seen as a voice for commuters frustrated by the delays": a participle
// of its own right before "by", past a noun, takes the agent.
// "was described as outdated by", "was called deeply flawed by" keep it.
bool AgentOfAnotherParticiple(const Words& w, size_t i, size_t by) {
  if (by < i + 3) return false;
  std::string_view p = w.low(by - 1);
  std::string_view before = w.low(by - 2);
  return p.size() > 4 && p.ends_with("ed") && w.tok(by - 2).Is(kWord) && before != "as" &&
         !before.ends_with("ly") && !IsAux(before) && !IsSkippableAt(w, by - 2);
}

}  // namespace

void AttributionFinder::AskedQuestions() {
  for (size_t si = 0; si < sentences_.size(); ++si) {
    const std::vector<std::string_view>& low = words_[si].low();
    if (std::find(low.begin(), low.end(), "asked") == low.end()) continue;
    Words w(words_[si], &actors_);
    for (size_t i = 0; i < w.size(); ++i)
      if (AskedQuestion(w, si, i)) break;
  }
}

bool AttributionFinder::AskedQuestion(const Words& w, size_t si, size_t i) {
  if (!w.Is(i, "asked")) return false;
  // "Asked whether ...", "But asked about ...", "..., she said when asked
  // if ...": a clause with no subject of its own.
  bool opens = i == 0 || (i == 1 && (w.Is(0, "and") || w.Is(0, "but")));
  if (!opens && !(i > 0 && w.Is(i - 1, "when"))) return false;
  // "Asked by Ingraham whether": the asker named after all.
  std::vector<std::string> asker{"?"};
  size_t j = i + 1;
  if (w.Is(j, "by"))
    if (auto agent = PhraseStartingAt(w, j + 1); agent && !agent->pronoun) {
      if (auto named = sources_.Resolve(w, *agent, si); !named.empty()) asker = std::move(named);
      j = agent->last + 1;
    }
  // "Asked during a debate in Iowa why ...": past a few words of circumstance.
  size_t limit = std::min(w.size(), j + kMaxAskedCircumstance);
  while (j < limit && !OpensQuestion(w.low(j)) && w.tok(j).Is(kWord) && !quotes_.Inside(w.tok(j).begin)) ++j;
  if (j >= limit || !OpensQuestion(w.low(j))) return false;
  if (w.Is(j, "about")) ++j;
  // The question runs to the comma that hands over to the answer.
  size_t end = j;
  while (end + 1 < w.size() && !IsEndPunct(w, end + 1) && !w.IsPunct(end + 1, ';') &&
         !(w.IsPunct(end + 1, ',') && !quotes_.Inside(w.tok(end + 1).begin)))
    ++end;
  if (end <= j) return false;
  Emit(si, {w.tok(i).begin, w.tok(i).end}, w.tok(i).text, TrimEnd({w.tok(j).begin, w.tok(end).end}),
       std::move(asker), "asked-question", 0.3);
  return true;
}

bool AttributionFinder::PassiveBy(const Words& w, size_t si, size_t i, const Cue& cue) {
  if ((cue.form != CueForm::kPast && cue.form != CueForm::kParticiple) || !TakesAgent(cue) || i < 2) return false;
  size_t aux = i - 1;
  // "was widely described", "was first reported".
  if (!IsAux(w.low(aux)) && (IsSkippableAt(w, aux) || w.Is(aux, "first")) && aux > 0) --aux;
  if (!IsAux(w.low(aux))) return false;
  // "The report was being written by analysts": a text still in the making
  // holds no one's words yet.
  if (cue.lemma == "write" && w.Is(aux, "being")) return false;
  // "the email, which was first reported by": the subject is no claim's content.
  if (aux > 0 && IsRelativePronoun(w.low(aux - 1))) return false;
  // "Aotearoa, as it is called by Maori": a name, not a claim.
  if (aux >= 2 && w.Is(aux - 2, "as")) return false;
  size_t by = i + 1;
  while (by < w.size() && by <= i + 10 && !w.Is(by, "by")) {
    if (w.IsPunct(by, ',') || w.IsPunct(by, ';') || IsEndPunct(w, by)) return false;
    ++by;
  }
  if (!w.Is(by, "by") || AgentOfAnotherParticiple(w, i, by)) return false;
  auto agent = PhraseStartingAt(w, by + 1);
  if (!agent || agent->pronoun) return false;
  auto speakers = sources_.Resolve(w, *agent, si);
  if (speakers.empty()) return false;
  Range content = TrimEnd({w.tok(0).begin, w.tok(by - 1).end});
  return Emit(si, {w.tok(i).begin, w.tok(i).end}, w.tok(i).text, content, std::move(speakers), "passive-by", 0.7) !=
         nullptr;
}

}  // namespace claimkb::extract
