// The answers of a Q&A interview: claims whose speaker is named only in the
// introduction, never beside them.
#include "core/extract/attribution_finder.h"

namespace claimkb::extract {

namespace {

// "Q:" or "A:" opening a paragraph: 'Q' or 'A', else 0. A page copied
// without its bold labels' colon glues the Q to the question
// ("QWhat changed?"): 'q', a question only in a page that has answers.
char InterviewLabel(const std::vector<Token>& t) {
  if (t.size() >= 3 && t[1].text == ":" && t[0].text.size() == 1) {
    char c = t[0].text[0];
    return c == 'Q' || c == 'A' ? c : 0;
  }
  if (!t.empty() && t[0].text.size() > 2 && t[0].text[0] == 'Q' && t[0].text[1] >= 'A' && t[0].text[1] <= 'Z' &&
      t[0].text[2] >= 'a' && t[0].text[2] <= 'z')
    return 'q';
  return 0;
}

}  // namespace

void AttributionFinder::InterviewAnswers() {
  std::vector<Paragraph> paras = Paragraphs();
  size_t questions = 0, answers = 0, first_q = kNoIndex;
  for (size_t p = 0; p < paras.size(); ++p) {
    char l = InterviewLabel(tokens_[paras[p].first]);
    if ((l == 'Q' || l == 'q') && first_q == kNoIndex) first_q = p;
    questions += l == 'Q' || l == 'q';
    answers += l == 'A';
  }
  if (questions < 2 || answers < 2 || first_q == 0) return;
  // The interviewee: the person the introduction names most often.
  std::vector<size_t> count(actors_.actors().size(), 0);
  size_t best = kNoIndex;
  Range intro{sentences_[0].begin, sentences_[paras[first_q].first].begin};
  for (const ActorMention& m : actors_.MentionsIn(intro)) {
    if (actors_.actors()[m.actor].type != model::ActorType::kPerson) continue;
    ++count[m.actor];
    if (best == kNoIndex || count[m.actor] > count[best]) best = m.actor;
  }
  if (best == kNoIndex) return;
  std::vector<std::string> speakers{actors_.actors()[best].id};
  bool answering = false;
  for (size_t p = first_q; p < paras.size(); ++p) {
    char l = InterviewLabel(tokens_[paras[p].first]);
    if (l) answering = l == 'A';
    if (!answering || IsSubheading(paras[p])) continue;
    size_t begin = l ? tokens_[paras[p].first][2].begin : sentences_[paras[p].first].begin;
    Range content = TrimEnd({begin, sentences_[paras[p].last].end});
    if (content.size() == 0) continue;
    EmitLocal(paras[p].first, l ? ":" : "", content, speakers, "interview-answer");
  }
}

}  // namespace claimkb::extract
