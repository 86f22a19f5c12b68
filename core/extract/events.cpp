#include "core/extract/events.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/base/word_table.h"

namespace claimkb::extract {

namespace {

struct Trigger {
  std::string_view form;
  std::string_view lemma;
};

// Past forms (and participles) of actions worth a timeline entry.
constexpr std::array<Trigger, 66> kTriggers{{
    {"appointed", "appoint"}, {"approved", "approve"}, {"arrested", "arrest"}, {"attacked", "attack"},
    {"authorised", "authorize"}, {"authorized", "authorize"}, {"banned", "ban"}, {"bombed", "bomb"},
    {"captured", "capture"}, {"conducted", "conduct"}, {"delivered", "deliver"}, {"deployed", "deploy"},
    {"deported", "deport"}, {"designated", "designate"}, {"detained", "detain"}, {"died", "die"},
    {"elected", "elect"}, {"executed", "execute"}, {"fired", "fire"}, {"freed", "free"},
    {"hit", "hit"}, {"imposed", "impose"}, {"indicted", "indict"}, {"injured", "injure"},
    {"invaded", "invade"}, {"killed", "kill"}, {"launched", "launch"}, {"left", "leave"},
    {"met", "meet"}, {"murdered", "murder"}, {"nominated", "nominate"}, {"passed", "pass"},
    {"published", "publish"}, {"raided", "raid"}, {"released", "release"}, {"resigned", "resign"},
    {"returned", "return"}, {"sanctioned", "sanction"}, {"secured", "secure"}, {"seized", "seize"},
    {"sent", "send"}, {"shot", "shoot"}, {"signed", "sign"}, {"sank", "sink"},
    {"struck", "strike"}, {"sued", "sue"}, {"suspended", "suspend"}, {"targeted", "target"},
    {"toured", "tour"}, {"traveled", "travel"}, {"travelled", "travel"}, {"visited", "visit"},
    {"vetoed", "veto"}, {"withdrew", "withdraw"}, {"won", "win"}, {"wounded", "wound"},
    {"fled", "flee"}, {"hosted", "host"}, {"invited", "invite"}, {"ratified", "ratify"},
    {"expelled", "expel"}, {"closed", "close"}, {"flew", "fly"}, {"arrived", "arrive"},
    {"announced", "announce"}, {"negotiated", "negotiate"},
}};

std::optional<std::string_view> LemmaOf(std::string_view low) {
  static const WordMap<std::string_view> kForms = [] {
    WordMap<std::string_view> m;
    for (const Trigger& t : kTriggers) m.Add(t.form, t.lemma);
    return m;
  }();
  if (const std::string_view* l = kForms.Find(low)) return *l;
  return std::nullopt;
}

// "seizing" -> "seize", "meeting" -> "meet", "hitting" -> "hit".
std::optional<std::string_view> GerundLemma(std::string_view low) {
  // The stems a lemma's gerund leaves: "meet", "seiz" (seize), "hitt" (hit).
  static const WordMap<std::string_view> kStems = [] {
    WordMap<std::string_view> m;
    for (const Trigger& t : kTriggers) {
      std::string_view l = t.lemma;
      m.Add(l, l);
      if (l.back() == 'e') m.Add(l.substr(0, l.size() - 1), l);
      m.Add(std::string(l) + l.back(), l);
    }
    return m;
  }();
  if (low.size() < 6 || low.substr(low.size() - 3) != "ing") return std::nullopt;
  if (const std::string_view* l = kStems.Find(low.substr(0, low.size() - 3))) return *l;
  return std::nullopt;
}

// Words after which a gerund is an action of the clause's agent: "after
// meeting with Maduro", "and seizing Maduro's plane", "by releasing them".
bool LeadsGerund(std::string_view w) {
  return w == "and" || w == "after" || w == "before" || w == "while" || w == "by" || w == "since" ||
         w == "began" || w == "begun" || w == "started" || w == "continued" || w == "kept";
}

// Words that open a leading circumstance: "In March, ...", "On Friday, ...".
bool IsTimeLead(std::string_view w) {
  return w == "in" || w == "on" || w == "at" || w == "last" || w == "earlier" || w == "after" || w == "before" ||
         w == "during";
}

bool IsPassiveAux(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "be" || w == "being" || w == "is" || w == "are";
}

void AddUnique(std::vector<std::string>& v, const std::vector<std::string>& ids) {
  for (const auto& id : ids)
    if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(id);
}

bool IsName(const Token& t) { return t.Is(kCapitalized) || t.Is(kAllCaps); }

// Actor ids named in tokens [p.first, p.last]: table mentions first, else the
// phrase itself when it ends in a name ("President Donald Trump", "he").
std::vector<std::string> ActorsOf(const Words& w, Phrase p, size_t sentence, SourceResolver& sources) {
  std::vector<std::string> ids;
  Range r{w.tok(p.first).begin, w.tok(p.last).end};
  ActorTable& table = sources.actors();
  for (const ActorMention& m : table.MentionsIn(r)) AddUnique(ids, {table.actors()[m.actor].id});
  if (!ids.empty()) return ids;
  for (size_t i = p.first + 1; i <= p.last; ++i)
    if (w.Is(i, "of") || w.Is(i, "in") || w.Is(i, "from") || w.Is(i, "for") || w.Is(i, "at") || w.Is(i, "with")) {
      p.last = i - 1;
      break;
    }
  // "won the Gusher Marathon", "met the two leaders": a phrase after an article
  // that the actor table did not take for an actor is a thing, an event, a
  // work's title or a description; "the Soviets", a people, still names a group.
  bool people = IsName(w.tok(p.last)) && w.low(p.last).size() > 3 && w.low(p.last).back() == 's';
  if (!p.pronoun && !people && (w.Is(p.first, "the") || w.Is(p.first, "a") || w.Is(p.first, "an"))) return ids;
  // "Swiping left ...", "Naturally, ...": a gerund or adverb capitalised only to open the sentence.
  if (!p.pronoun && p.first == p.last && w.tok(p.first).Is(kSentenceStart) &&
      (w.low(p.first).ends_with("ing") || w.low(p.first).ends_with("ly")))
    return ids;
  if (p.pronoun || IsName(w.tok(p.last))) AddUnique(ids, sources.Resolve(w, p, sentence));
  return ids;
}

}  // namespace

std::vector<EventDraft> FindEvents(std::string_view text, const std::vector<Sentence>& sentences,
                                   const std::vector<std::vector<Token>>& tokens, const SentenceWords& words,
                                   SourceResolver& sources,
                                   const std::vector<model::TimeRef>& times) {
  std::vector<EventDraft> out;
  for (size_t si = 0; si < sentences.size(); ++si) {
    Words w(words[si], &sources.actors());
    for (size_t i = 0; i < w.size(); ++i) {
      if (!w.tok(i).Is(kWord)) continue;
      auto lemma = LemmaOf(w.low(i));
      bool gerund = false;
      if (!lemma && (lemma = GerundLemma(w.low(i)))) {
        // A gerund acts for the agent of an earlier action in the sentence.
        gerund = i > 0 && LeadsGerund(w.low(i - 1));
        if (!gerund) continue;
      }
      if (!lemma) continue;
      // "the released prisoners", "a designated group": adjectives, not actions.
      if (i > 0 && IsDeterminer(w.low(i - 1))) continue;
      EventDraft e;
      e.trigger = {w.tok(i).begin, w.tok(i).end};
      e.sentence = si;
      e.lemma = std::string(*lemma);
      if (gerund) {
        auto prior = std::find_if(out.rbegin(), out.rend(),
                                  [&](const EventDraft& d) { return d.sentence == si && !d.agents.empty(); });
        if (prior != out.rend()) {
          e.agents = prior->agents;
        } else {
          // "Rubio began ramping up sanctions and seizing the plane": the subject of "began".
          for (size_t j = i; j-- > 1;) {
            std::string_view v = w.low(j);
            if (v != "began" && v != "begun" && v != "started" && v != "continued" && v != "kept") continue;
            size_t b = j;
            while (b > 0 && IsSkippableAt(w, b - 1)) --b;
            if (b > 0)
              if (auto subj = PhraseEndingAt(w, b - 1)) AddUnique(e.agents, ActorsOf(w, *subj, si, sources));
            break;
          }
        }
        if (e.agents.empty() && i >= 2) {
          // "Grenell flew home after meeting with Maduro": the subject opening the clause.
          size_t start = 0;
          if (IsTimeLead(w.low(0)))
            while (start + 1 < i && !w.IsPunct(start, ',')) ++start;
          if (w.IsPunct(start, ',')) ++start;
          if (auto subj = PhraseStartingAt(w, start); subj && subj->last + 1 < i - 1 && !w.IsPunct(subj->last + 1, ','))
            AddUnique(e.agents, ActorsOf(w, *subj, si, sources));
        }
        if (e.agents.empty()) continue;
      }
      size_t k = gerund ? 0 : i;
      while (k > 0 && IsSkippableAt(w, k - 1) && !IsPassiveAux(w.low(k - 1))) --k;
      bool passive = k > 0 && IsPassiveAux(w.low(k - 1));
      if (passive) --k;
      while (k > 0 && IsSkippableAt(w, k - 1)) --k;
      size_t label_begin = w.tok(i).begin;
      std::optional<Phrase> subject = k > 0 ? PhraseEndingAt(w, k - 1) : std::nullopt;
      if (subject && IsRelativePronoun(w.low(subject->last)) && subject->first > 0)
        subject = PhraseEndingAt(w, subject->first - 1);
      if (subject) {
        label_begin = w.tok(subject->first).begin;
        AddUnique(passive ? e.patients : e.agents, ActorsOf(w, *subject, si, sources));
      }
      size_t label_end = w.tok(i).end;
      size_t j = i + 1;
      if (!passive) {
        if (auto obj = PhraseStartingAt(w, j)) {
          AddUnique(e.patients, ActorsOf(w, *obj, si, sources));
          label_end = w.tok(obj->last).end;
          j = obj->last + 1;
        }
      }
      // "to Venezuela", "by the State Department", "in the Caribbean", "with Maduro".
      for (int hops = 0; hops < 3 && j + 1 < w.size(); ++hops) {
        std::string_view prep = w.low(j);
        if (prep != "to" && prep != "by" && prep != "in" && prep != "with" && prep != "on" && prep != "against") break;
        auto p = PhraseStartingAt(w, j + 1);
        if (!p) break;
        auto ids = ActorsOf(w, *p, si, sources);
        if (prep == "by" && passive) AddUnique(e.agents, ids);
        else if ((prep == "in" || prep == "to") && !ids.empty() &&
                 sources.TypeOf(ids[0]) == model::ActorType::kCountry && e.place.empty())
          e.place = ids[0];
        else AddUnique(e.patients, ids);
        if (!ids.empty()) label_end = w.tok(p->last).end;
        j = p->last + 1;
      }
      e.label = {label_begin, label_end};
      // The time expression of the sentence nearest the trigger.
      size_t best = static_cast<size_t>(-1);
      auto from = std::lower_bound(times.begin(), times.end(), sentences[si].begin,
                                   [](const model::TimeRef& t, size_t b) { return t.span.start < b; });
      for (auto it = from; it != times.end() && it->span.start < sentences[si].end; ++it) {
        const model::TimeRef& t = *it;
        if (t.span.end > sentences[si].end || t.value.empty()) continue;
        size_t d = t.span.start > e.trigger.begin ? t.span.start - e.trigger.begin : e.trigger.begin - t.span.start;
        if (d < best) best = d, e.time = t;
      }
      if (e.agents.empty() && e.patients.empty()) continue;
      out.push_back(std::move(e));
    }
  }
  return out;
}

}  // namespace claimkb::extract
