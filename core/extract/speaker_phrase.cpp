#include "core/extract/speaker_phrase.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "core/extract/names.h"
#include "core/extract/verb_words.h"

namespace claimkb::extract {

namespace {

constexpr size_t kNoToken = static_cast<size_t>(-1);

bool IsDash(const Words& w, size_t i) {
  std::string_view l = w.low(i);
  return l == "\xE2\x80\x94" || l == "\xE2\x80\x93" || l == "--" || l == "-";  // a lone "-" is a dash too
}

bool IsAsideBreak(const Words& w, size_t i) { return w.IsPunct(i, ',') || IsDash(w, i); }

// A quote mark that ends or opens a clause (",” Smith, a lawyer, said"),
// not one inside an aside ("a business pitched as “the destination for women”").
bool QuoteBreak(const Words& w, size_t i) {
  if (w.tok(i).Is(kCloseQuote))
    return i > 0 && (w.IsPunct(i - 1, ',') || w.IsPunct(i - 1, '.') || w.IsPunct(i - 1, '?') || w.IsPunct(i - 1, '!'));
  if (w.tok(i).Is(kOpenQuote)) return i == 0 || w.IsPunct(i - 1, ':') || w.IsPunct(i - 1, ',');
  return false;
}

bool IsNumberWord(std::string_view l) {
  static constexpr std::array<std::string_view, 27> kNumbers{
      "eight", "eighteen", "eighty", "eleven", "fifteen", "fifty", "five", "forty", "four", "fourteen",
      "nine", "nineteen", "ninety", "one", "seven", "seventeen", "seventy", "six", "sixteen", "sixty", "ten",
      "thirteen", "thirty", "three", "twelve", "twenty", "two"};
  if (size_t dash = l.find('-'); dash != std::string_view::npos && dash > 0)  // "sixty-six"
    return IsNumberWord(l.substr(0, dash)) && IsNumberWord(l.substr(dash + 1));
  return std::binary_search(kNumbers.begin(), kNumbers.end(), l);
}

bool IsCount(const Words& w, size_t i) { return w.tok(i).Is(kNumber) || IsNumberWord(w.low(i)); }

// Words that qualify a count: "a mere", "nearly", "at least", "more than".
bool IsCountModifier(std::string_view l) {
  static constexpr std::array<std::string_view, 26> kMods{
      "a",      "about",  "almost", "an",     "another", "approximately", "around", "at",    "barely",
      "just",   "least",  "less",   "mere",   "more",    "most",          "much",   "nearly", "only",
      "over",   "roughly", "some",  "than",   "the",     "under",         "fewer",  "fully"};
  return std::find(kMods.begin(), kMods.end(), l) != kMods.end();
}

// Heads that quantify people without naming them.
bool IsQuantityHead(std::string_view l) {
  static constexpr std::array<std::string_view, 23> kHeads{
      "another", "few", "half", "majorities", "majority", "many", "minority", "most", "others", "percent",
      "plurality", "quarter", "quarters", "several", "some", "third", "thirds", "%", "fifth", "someone",
      "somebody", "everyone", "everybody"};
  return std::find(kHeads.begin(), kHeads.end(), l) != kHeads.end();
}

// "those surveyed", "those polled": the people a poll asked.
bool IsPollParticiple(std::string_view l) {
  return l == "surveyed" || l == "polled" || l == "questioned" || l == "interviewed" || l == "asked" ||
         l == "sampled";
}

// The first token of the modifiers before a quantity that ends at `head`.
size_t ModifiersBefore(const Words& w, size_t head) {
  size_t first = head;
  for (int n = 0; first > 0 && n < 3; ++n) {
    std::string_view l = w.low(first - 1);
    if (l == "at" && !w.Is(first, "least")) break;  // "sits at 85 percent"
    if (!IsCountModifier(l) && !(l.size() > 4 && l.ends_with("ly") && !w.tok(first - 1).Is(kCapitalized))) break;
    --first;
  }
  return first;
}

// The first token of the quantity headed at `head`: "a mere 9 percent", "two thirds", "nearly half".
size_t QuantityStart(const Words& w, size_t head) {
  std::string_view l = w.low(head);
  bool fraction = l == "percent" || l == "%" || l == "third" || l == "thirds" || l == "quarter" ||
                  l == "quarters" || l == "fifth";
  if (fraction && head > 0 && IsCount(w, head - 1)) --head;
  return ModifiersBefore(w, head);
}

bool IsNameTok(const Words& w, size_t i) {
  const Token& t = w.tok(i);
  return t.Is(kWord) && (t.Is(kCapitalized) || t.Is(kAllCaps)) && !t.Is(kNumber);
}

enum class Chunk { kRelative, kCount, kPrep, kName, kDescription, kOther };

struct Piece {
  size_t first = 0;
  size_t last = 0;
  Chunk kind = Chunk::kOther;
  std::optional<Phrase> phrase;
};

bool IsAsidePreposition(std::string_view l) {
  static constexpr std::array<std::string_view, 19> kPreps{
      "after", "along", "among", "as", "at", "before", "despite", "during", "for", "from", "in", "including",
      "like", "of", "on", "over", "since", "together", "with"};
  return std::find(kPreps.begin(), kPreps.end(), l) != kPreps.end();
}

// Conjunctions and sentence adverbs that may open a subject's clause: "Yet
// some voters", "But Smith".
bool IsClauseOpener(std::string_view l) { return l == "and" || l == "but" || l == "yet" || l == "so" || l == "still"; }

Piece Described(const Words& w, Piece p, const Phrase& phrase, size_t start) {
  p.phrase = phrase;
  bool determiner = IsDeterminer(w.low(start));
  // "president of Judicial Watch" describes; "Sen. Ted Cruz" names.
  if (IsNameTok(w, phrase.last) && IsNameTok(w, start) && !determiner) p.kind = Chunk::kName;
  else if (IsSpeakerNoun(w.low(phrase.last)) || Lexicon::Get().Is(w.low(phrase.last), kTitle) ||
           IsNameTok(w, phrase.last) || IsQuantified(w, phrase))
    p.kind = Chunk::kDescription;
  return p;
}

// What one comma- or dash-delimited stretch [first, last] is.
Piece Classify(const Words& w, size_t first, size_t last) {
  Piece p{first, last, Chunk::kOther, std::nullopt};
  std::string_view head = w.low(first);
  if (head == "who" || head == "whose" || head == "which" || head == "where") {
    p.kind = Chunk::kRelative;
    return p;
  }
  // An age ("Roxana Leon, 63, a voter") or an adverb ("Smith, however, said").
  if (first + 1 == last && IsCount(w, first) && (w.Is(last, "%") || w.Is(last, "percent"))) {  // ", 33%,"
    p.kind = Chunk::kCount;
    return p;
  }
  if (first == last &&
      (IsCount(w, first) || (w.tok(first).Is(kWord) && IsSkippable(head)) || IsDiscourseAdverb(head))) {
    p.kind = Chunk::kCount;
    return p;
  }
  if (IsAsidePreposition(head)) {
    p.kind = Chunk::kPrep;
    return p;
  }
  // "co-editor of Debating The Donald", "chair of the panel": a role.
  if (first < last && w.tok(first).Is(kWord) && !w.tok(first).Is(kCapitalized) && !IsFunctionWord(head) &&
      !IsDeterminer(head) && (w.Is(first + 1, "of") || w.Is(first + 1, "for") || w.Is(first + 1, "at"))) {
    p.kind = Chunk::kPrep;
    return p;
  }
  // A party tag or aside in parentheses closes a name: "Ted Cruz (R-Tex.)".
  size_t end = last;
  if (w.IsPunct(end, ')')) {
    size_t open = end;
    while (open > first && !w.IsPunct(open, '(')) --open;
    if (open > first && w.IsPunct(open, '(')) end = open - 1;
  }
  if (w.IsPunct(end, '.') && end > first) --end;  // "Jr.", "Va."
  size_t start = first;
  while (start < end && IsClauseOpener(w.low(start))) ++start;
  if (start > end) return p;
  auto phrase = PhraseEndingAt(w, end);
  // A noun phrase headed by no speaker noun ("The county clerk") speaks only
  // before a relative clause; keep it in case nothing better is found.
  std::optional<Phrase> plain;
  if (phrase && !phrase->pronoun && phrase->first == start) {
    Piece d = Described(w, p, *phrase, start);
    if (d.kind != Chunk::kOther) return d;
    plain = phrase;
  }
  // "some voters who have listened to his speeches over the decades":
  // a subject with its relative clause.
  for (size_t r = start + 1; r <= end && r < start + 8; ++r) {
    if (!w.Is(r, "who") && !w.Is(r, "whose")) continue;
    auto subject = PhraseEndingAt(w, r - 1);
    if (subject && !subject->pronoun && subject->first == start) return Described(w, p, *subject, start);
    break;
  }
  // "The employee of nearly four years", "numerous veterans interviewed at
  // rallies": a speaker noun with a tail heads the piece.
  size_t h = start;
  if (IsDeterminer(w.low(h))) ++h;
  for (int mods = 0; h < end && mods < 3 && w.tok(h).Is(kWord) && !IsFunctionWord(w.low(h)) &&
                     !IsSpeakerNoun(w.low(h));
       ++mods)
    ++h;
  if (h < end && IsSpeakerNoun(w.low(h)) && !w.tok(h).Is(kCapitalized)) {
    while (h + 1 < end && IsSpeakerNoun(w.low(h + 1)) && !w.tok(h + 1).Is(kCapitalized)) ++h;  // "military veterans"
    std::string_view tail = w.low(h + 1);
    if (tail == "of" || tail == "for" || tail == "at" || tail == "from" || tail == "in" ||
        (tail.size() > 4 && tail.ends_with("ed")))
      return Described(w, p, Phrase{start, h, false}, start);
  }
  // "Darran Whiting of Liberty Baptist Church in Marion": a name with its affiliation.
  size_t run = start;
  while (run <= end && IsNameTok(w, run) && !IsDeterminer(w.low(run))) ++run;
  if (run > start + 1 && run <= end && (w.Is(run, "of") || w.Is(run, "from") || w.Is(run, "at"))) {
    p.kind = Chunk::kName;
    p.phrase = Phrase{start, run - 1, false};
  }
  if (p.kind == Chunk::kOther) p.phrase = plain;
  return p;
}

// "Aurora, Colorado,", "Ava, Mo.,": one capitalised word after a place;
// not after a day or month ("On Tuesday, Lee — who ... — said").
bool IsPlaceTail(const Words& w, const Piece& piece) {
  size_t words = piece.last - piece.first + 1 - (w.IsPunct(piece.last, '.') ? 1 : 0);
  return words == 1 && piece.first >= 2 && IsAsideBreak(w, piece.first - 1) && IsNameTok(w, piece.first - 2) &&
         !IsTimeWord(w.low(piece.first - 2));
}

}  // namespace

std::optional<Phrase> SubjectBeforeAsides(const Words& w, size_t close) {
  if (close == 0 || close >= w.size() || !IsAsideBreak(w, close)) return std::nullopt;
  constexpr size_t kMaxTokens = 70;
  constexpr int kMaxPieces = 7;
  int pieces = 0;
  int pending = 0;  // pieces that must belong to a relative clause further left
  bool after_relative = false;  // the piece just right of this one opened a relative clause
  std::optional<Phrase> found;  // the nearest subject; a name before a relative clause further left wins
  size_t end = close;  // exclusive end of the current piece
  while (end > 0 && pieces < kMaxPieces && close - end < kMaxTokens) {
    while (end > 0 && IsDash(w, end) && IsDash(w, end - 1)) --end;  // "--" written as two hyphens
    size_t first = end;
    int depth = 0;
    while (first > 0) {
      size_t t = first - 1;
      if (w.IsPunct(t, ')')) ++depth;
      if (w.IsPunct(t, '(') && depth > 0) --depth;
      if (depth == 0 && (IsAsideBreak(w, t) || QuoteBreak(w, t) || w.IsPunct(t, ';') || w.IsPunct(t, ':')))
        break;
      --first;
    }
    if (first == end) break;  // ",,": nothing between
    ++pieces;
    // "..., but the coalition, which ..., wants": a conjunction opens a new clause.
    bool clause_start = first == 0 || !IsAsideBreak(w, first - 1) || IsClauseOpener(w.low(first));
    Piece piece = Classify(w, first, end - 1);
    bool relative_next = false;
    switch (piece.kind) {
      case Chunk::kRelative:
        pending = 0;
        relative_next = true;
        break;
      case Chunk::kCount:
      case Chunk::kPrep:
        break;
      case Chunk::kName:
      case Chunk::kDescription: {
        if (pending) break;
        bool subject = piece.kind == Chunk::kName ? !IsPlaceTail(w, piece) : clause_start || after_relative;
        if (!subject) break;
        // A name opening the clause wins ("Senator Dianne Feinstein, Democrat of
        // California, said"); a description there yields to the name after it
        // ("A lawyer for the papers, David Kemp, said").
        bool opening_name = piece.kind == Chunk::kName && clause_start;
        if (found && !after_relative && !opening_name) break;
        found = piece.phrase;
        if (after_relative || clause_start) return found;
        break;
      }
      case Chunk::kOther:
        // "The county clerk -- who has run three elections -- said".
        if (piece.phrase && after_relative && clause_start && !pending && !found) return piece.phrase;
        if (IsDeterminer(w.low(first)) && !pending) break;  // "a conservative group that has sued ..."
        if (found) return found;
        if (++pending > 2) return std::nullopt;
        break;
    }
    after_relative = relative_next;
    if (clause_start) break;
    end = first - 1;
  }
  return pending ? std::nullopt : found;
}

std::optional<Phrase> SubjectBeforeRelative(const Words& w, size_t last, const Cue& cue) {
  if (last >= w.size() || cue.form == CueForm::kGerund) return std::nullopt;
  if (cue.cls != CueClass::kSpeech && cue.cls != CueClass::kTell) return std::nullopt;
  // "development projects", "the group's reports": a present form is a noun
  // as often as a verb; only "says" and "tells" are sure to be verbs.
  if (cue.form == CueForm::kPresent && cue.lemma != "say" && cue.lemma != "tell") return std::nullopt;
  constexpr size_t kMaxClause = 24;
  for (size_t r = last + 1; r-- > 0 && last - r < kMaxClause;) {
    const Token& t = w.tok(r);
    if (t.Is(kPunct)) return std::nullopt;
    std::string_view l = w.low(r);
    if (l != "who" && l != "whose") continue;
    if (r == last || r == 0) return std::nullopt;
    // "the man who he said was ...": the cue's own subject follows "who".
    std::string_view next = w.low(r + 1);
    if (l == "who" && (IsSubjectPronoun(next) || IsDeterminer(next) || IsNameTok(w, r + 1))) return std::nullopt;
    auto p = PhraseEndingAt(w, r - 1);
    if (!p || p->pronoun) return std::nullopt;
    if (!IsNameTok(w, p->last) && !IsSpeakerNoun(w.low(p->last))) return std::nullopt;
    return p;
  }
  return std::nullopt;
}

std::optional<Phrase> QuantifiedSubject(const Words& w, size_t last) {
  if (last >= w.size()) return std::nullopt;
  std::string_view l = w.low(last);
  if (w.tok(last).Is(kCapitalized) && !w.tok(last).Is(kSentenceStart) && !IsQuantityHead(l)) return std::nullopt;
  // "those surveyed", "of those polled".
  if (IsPollParticiple(l) && last > 0 && w.Is(last - 1, "those")) return Phrase{ModifiersBefore(w, last - 1), last};
  // "those close to him", "people familiar with the talks".
  for (size_t j = last; j > 0 && last - j < 8; --j) {
    bool close_to = w.Is(j, "to") && w.Is(j - 1, "close");
    bool familiar = w.Is(j, "with") && w.Is(j - 1, "familiar");
    if (!close_to && !familiar) continue;
    if (j >= 2 && (w.Is(j - 2, "those") || w.Is(j - 2, "people") || w.Is(j - 2, "sources")))
      return Phrase{ModifiersBefore(w, j - 2), last};
    break;
  }
  // "most of them", "many of whom".
  if ((l == "them" || l == "those" || l == "us" || l == "whom") && last >= 2 && w.Is(last - 1, "of") &&
      (IsQuantityHead(w.low(last - 2)) || IsCount(w, last - 2)))
    return Phrase{ModifiersBefore(w, last - 2), last};
  // "Many in the crowd", "a third of independents": a quantity of a group.
  if (auto group = PhraseEndingAt(w, last); group && !group->pronoun) {
    size_t lo = group->first > 2 ? group->first - 2 : 0;
    for (size_t j = last; j-- > lo + 1;) {
      std::string_view l2 = w.low(j);
      if ((l2 == "of" || l2 == "in" || l2 == "among") && IsQuantityHead(w.low(j - 1)))
        return Phrase{QuantityStart(w, j - 1), last};
    }
  }
  // "Then someone asked how ...": an unnamed person.
  if (l == "someone" || l == "somebody") return Phrase{last, last};
  // "Everyone says ...", "everybody knows": a universal quantifier is a manner
  // of speaking, not a source; "nearly everyone" counts the people asked.
  if (l == "everyone" || l == "everybody") {
    size_t first = ModifiersBefore(w, last);
    if (first == last) return std::nullopt;
    return Phrase{first, last};
  }
  // "One says ..., another says ...": one of several sources, at a clause start.
  if (l == "one" && (last == 0 || w.IsPunct(last - 1, ',') || w.Is(last - 1, "while") || w.Is(last - 1, "but")))
    return Phrase{last, last};
  if (IsCount(w, last)) {
    // "one in five", "nine out of 10".
    if (last >= 2 && w.Is(last - 1, "in") && IsCount(w, last - 2)) return Phrase{ModifiersBefore(w, last - 2), last};
    if (last >= 3 && w.Is(last - 1, "of") && w.Is(last - 2, "out") && IsCount(w, last - 3))
      return Phrase{ModifiersBefore(w, last - 3), last};
    // "at least 21,000": a bare count needs a qualifier that makes it people.
    size_t first = ModifiersBefore(w, last);
    if (first < last && w.tok(last).Is(kNumber)) return Phrase{first, last};
    return std::nullopt;
  }
  if (!IsQuantityHead(l)) return std::nullopt;
  if ((l == "percent" || l == "%") && (last == 0 || !IsCount(w, last - 1))) return std::nullopt;
  return Phrase{QuantityStart(w, last), last};
}

bool IsQuantified(const Words& w, const Phrase& p) {
  if (p.pronoun || p.last >= w.size()) return false;
  auto q = QuantifiedSubject(w, p.last);
  return q && q->first <= p.first + 1;
}

bool QuantifiedAgrees(const Words& w, const Phrase& p, const Cue& cue) {
  bool opinion = cue.lemma == "think" || cue.lemma == "believe" || cue.lemma == "expect" || cue.lemma == "fear" ||
                 cue.lemma == "doubt";
  if (cue.cls != CueClass::kSpeech && cue.cls != CueClass::kTell && cue.lemma != "ask" && !opinion) return false;
  std::string_view head = w.low(p.last);
  if (head == "another" || head == "one" || head == "someone" || head == "somebody" || head == "everyone" ||
      head == "everybody")
    return cue.form != CueForm::kBase;  // singular
  return cue.form != CueForm::kPresent;
}

std::optional<Phrase> SpeakerBeforeColon(const Words& w, size_t colon) {
  if (colon == 0 || colon >= w.size()) return std::nullopt;
  size_t end = colon - 1;
  if (w.IsPunct(end, ')')) {
    size_t open = end;
    while (open > 0 && !w.IsPunct(open, '(')) --open;
    if (!w.IsPunct(open, '(') || open == 0) return std::nullopt;
    end = open - 1;
  }
  auto p = PhraseEndingAt(w, end);
  if (!p || p->pronoun) return p;
  // "Jo Roe, a senior fellow at the Institute:": the entry's name opens the
  // sentence, one comma before the colon.
  size_t comma = p->first;
  while (comma > 0 && !w.IsPunct(comma - 1, ',')) {
    if (w.tok(comma - 1).Is(kPunct) && !w.IsPunct(comma - 1, '.') && !IsDash(w, comma - 1)) return p;
    --comma;
  }
  if (comma < 2) return p;
  auto name = PhraseEndingAt(w, comma - 2);
  // A full name: "Thankfully, now we know:" opens with no one.
  if (!name || name->pronoun || name->first != 0 || name->last == name->first || !IsNameTok(w, name->first) ||
      !IsNameTok(w, name->last))
    return p;
  return name;
}

bool SourceFollowsCue(const Words& w, size_t i, const Cue& cue) {
  // After "told" or "blasted" stands the listener or the target, not the source.
  if (cue.cls != CueClass::kSpeech) return false;
  if (i < 2 || i + 1 >= w.size() || !(w.IsPunct(i - 1, ',') || w.tok(i - 1).Is(kCloseQuote))) return false;
  auto p = PhraseStartingAt(w, i + 1);
  if (!p) return false;
  // "noted the rule in the interview last week": an object, not a speaker.
  // "said one GOP source in the room": a speaker noun with a tail will do.
  bool speaker = p->pronoun;
  for (size_t k = p->first; k <= p->last && !speaker; ++k) speaker = IsNameTok(w, k) || IsSpeakerNoun(w.low(k));
  if (!speaker) return false;
  size_t after = p->last + 1;
  if (after >= w.size()) return true;
  std::string_view l = w.low(after);
  // "said one Republican involved in the planning", "said a person close to the Clintons".
  bool tail = (l == "close" || l == "familiar" || l == "involved" || l == "briefed" || l == "speaking");
  return w.IsPunct(after, '.') || w.IsPunct(after, ',') || w.IsPunct(after, '(') || w.IsPunct(after, '!') ||
         w.IsPunct(after, '?') || tail || l == "who" || l == "whose" || l == "in" || l == "on" || l == "at" ||
         l == "during" || l == "when" || l == "while" || l == "after" || IsTimeWord(l) ||
         w.tok(after).Is(kCloseQuote);
}

}  // namespace claimkb::extract
