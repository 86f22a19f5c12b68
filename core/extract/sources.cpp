#include "core/extract/sources.h"

#include <algorithm>
#include <array>

#include "core/base/word_table.h"
#include "core/extract/cues.h"
#include "core/extract/names.h"
#include "core/extract/numbers.h"

namespace claimkb::extract {

namespace {

// Membership in one of the lists below, through a hash set built once per
// list: a probe per word instead of a binary search of string compares.
template <const auto& kList>
bool In(std::string_view w) {
  static const WordSet kSet = [] {
    WordSet set;
    for (std::string_view x : kList) set.Add(x);
    return set;
  }();
  return kSet.Contains(w);
}

template <size_t N>
constexpr bool Sorted(const std::array<std::string_view, N>& a) {
  for (size_t i = 1; i < N; ++i)
    if (!(a[i - 1] < a[i])) return false;
  return true;
}

constexpr std::array<std::string_view, 25> kDeterminers{
    "a", "all", "an", "another", "any", "both", "each", "every", "few", "her", "his", "its",
    "many", "most", "my", "no", "our", "several", "some", "that", "the", "their", "these", "this", "those"};
static_assert(Sorted(kDeterminers));

constexpr std::array<std::string_view, 7> kSubjectPronouns{"he", "i", "it", "she", "they", "we", "you"};
static_assert(Sorted(kSubjectPronouns));

constexpr std::array<std::string_view, 100> kFunctionWords{
    "'", "(", ")", ",", "-", ".", ":", ";", "?", "about", "after", "against", "also", "although",
    "am", "among", "amongst", "and", "are", "as", "at", "be", "because", "been", "before", "being", "between", "but",
    "by", "can", "could", "did", "do", "does", "during", "even", "for", "from", "had", "has",
    "have", "having", "her", "here", "him", "how", "however", "if", "in", "into", "is", "it",
    "just", "may", "me", "might", "must", "not", "now", "of", "on", "once", "only", "or", "over",
    "should", "since", "so", "still", "such", "than", "that", "them", "then", "there", "though",
    "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "were", "what",
    "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
    "would"};
static_assert(Sorted(kFunctionWords));

constexpr std::array<std::string_view, 234> kSpeakerNouns{
    "activist", "activists", "ad", "administration", "adviser", "advisers", "advisor", "advisors",
    "advocates", "affidavit", "agency", "aide", "aides", "allies", "ambassador", "americans", "analysis",
    "analyst", "analysts", "army", "article", "assessment", "attorney", "attorneys", "audit", "authorities",
    "authority", "average", "averages", "board", "book", "brief", "brother", "bureau", "buyer", "buyers",
    "campaign", "candidate", "caucus", "census", "chairman", "chairwoman", "chief", "coalition", "colleague",
    "colleagues", "commander", "commanders", "commenter", "commenters", "commission", "committee",
    "community", "company", "complaint", "conservatives", "council", "count", "court", "cousin", "critic",
    "critics", "customer", "customers", "data", "database", "daughter", "delegates", "democrats",
    "department", "diplomat", "diplomats", "director", "document", "documents", "donors", "economist",
    "economists", "editorial", "email", "emails", "employee", "employees", "envoy", "estimates", "evidence",
    "executive", "executives", "expert", "experts", "family", "father", "figures", "filing", "filings",
    "firm", "forecast", "founder", "friend", "friends", "government", "governor", "group", "groups", "head",
    "historians", "husband", "indictment", "inquiry", "insiders", "inspector", "investigation",
    "investigators", "judge", "jury", "justices", "lawmaker", "lawmakers", "lawsuit", "lawyer", "lawyers",
    "leader", "leaders", "legislator", "letter", "liberals", "mayor", "member", "members", "memo", "memoir",
    "military", "minister", "ministry", "model", "monitors", "mother", "neighbor", "neighbors", "network",
    "newspaper", "ngo", "observers", "office", "officer", "officers", "official", "officials", "opinion",
    "opponents", "order", "organisation", "organization", "owner", "panel", "parents", "participants",
    "pastor", "patient", "patients", "people", "police", "poll", "polls", "pollster", "pollsters",
    "president", "probe", "professor", "projections", "prosecutor", "prosecutors", "reader", "readers",
    "records", "regulators", "relatives", "report", "reports", "republicans", "research", "researcher",
    "researchers", "residents", "respondents", "results", "returns", "review", "ruling", "scientist",
    "scientists", "secretary", "senator", "senators", "sister", "slide", "son", "source", "sources",
    "spokesman", "spokesmen", "spokespeople", "spokesperson", "spokeswoman", "staff", "staffers", "statement",
    "strategist", "strategists", "studies", "study", "supporters", "survey", "surveys", "tally", "team",
    "testimony", "transcript", "transcripts", "union", "user", "users", "vendor", "vendors", "veteran",
    "veterans", "viewer", "viewers", "voters", "wife", "witness", "witnesses", "worker", "workers"};

static_assert(Sorted(kSpeakerNouns));

// The people of anonymous sourcing: "said one New Hampshire Democrat", "a
// person close to the Clintons", "one Trump confidant".
constexpr std::array<std::string_view, 9> kAnonymousSources{
    "confidant", "confidants", "consultant", "consultants", "donor", "insider", "operative", "operatives", "person"};
static_assert(Sorted(kAnonymousSources));

constexpr std::array<std::string_view, 70> kDocumentNouns{
    "ad", "affidavit", "analysis", "article", "assessment", "audit", "average", "averages", "book",
    "brief", "caption", "census", "chart", "clip", "complaint", "count", "data", "database", "document",
    "documents", "editorial", "email", "emails", "estimates", "evidence", "figures", "filing", "filings",
    "footage", "forecast", "headline", "indictment", "inquiry", "investigation", "lawsuit", "letter", "map",
    "memo", "memoir", "message", "model", "opinion", "order", "paper", "poll", "polls", "post", "probe",
    "projections", "records", "report", "reports", "research", "results", "returns", "review",
    "ruling", "slide", "statement", "studies", "study", "suit", "survey", "surveys", "tally", "testimony",
    "transcript", "transcripts", "tweet", "video"};
static_assert(Sorted(kDocumentNouns));

constexpr std::array<std::string_view, 58> kSkippable{
    "again", "almost", "already", "also", "always", "angrily", "are", "been", "bluntly", "did", "do", "does", "earlier",
    "eventually", "ever", "explicitly", "falsely", "finally", "first", "flatly", "formally", "frequently",
    "further", "had", "has", "have", "initially", "is", "just", "last", "later", "long", "never", "now",
    "officially", "often", "once", "openly", "previously", "privately", "publicly", "quickly",
    "recently", "repeatedly", "reportedly", "separately", "similarly", "simply", "since", "soon", "still",
    "subsequently", "then", "ultimately", "was", "were", "will", "would"};
static_assert(Sorted(kSkippable));

// Calendar words are times, never speakers: "earlier this month", "Monday".
constexpr std::array<std::string_view, 38> kTimeWords{
    "afternoon", "ago", "april", "august", "day", "days", "december", "earlier", "evening", "february",
    "friday", "january", "july", "june", "last", "later", "march", "monday", "month", "months",
    "morning", "night", "november", "october", "saturday", "september", "sunday", "thursday",
    "today", "tonight", "tuesday", "wednesday", "week", "weekend", "weeks", "year", "years",
    "yesterday"};

// Prepositions that may sit inside a speaker phrase: "a spokesman for the
// campaign", "officials at the Pentagon", "the head of the agency".
bool IsInnerPreposition(std::string_view w) { return w == "of" || w == "for" || w == "at" || w == "from" || w == "with" || w == "in"; }



// "You'd", "It's", "That's": a contracted pronoun, never a name.
bool IsContraction(std::string_view l) {
  size_t a = l.find('\'');
  if (a == std::string_view::npos) a = l.find("\xE2\x80\x99");
  if (a == std::string_view::npos || a == 0) return false;
  std::string_view stem = l.substr(0, a);
  return IsSubjectPronoun(stem) || IsFunctionWord(stem) || stem == "let";
}

// "elmo666", "jayk1984": a user name on a forum, a lower-case word ending
// in digits, with three letters and two digits or more.
bool IsHandle(const Token& t) {
  if (!t.Is(kWord) || t.Is(kNumber) || t.Is(kCapitalized) || t.Is(kAllCaps) || t.text.size() < 5 ||
      t.text.back() < '0' || t.text.back() > '9')
    return false;
  size_t letters = 0, digits = 0;
  for (char c : t.text) {
    if (c >= 'a' && c <= 'z') ++letters;
    else if (c >= '0' && c <= '9') ++digits;
    else return false;
  }
  return letters >= 3 && digits >= 2;
}

bool IsNameWord(const Words& w, size_t i) {
  const Token& t = w.tok(i);
  if (IsHandle(t)) return true;
  return t.Is(kWord) && (t.Is(kCapitalized) || t.Is(kAllCaps)) && !IsFunctionWord(w.low(i)) &&
         !IsDeterminer(w.low(i)) && !IsSubjectPronoun(w.low(i)) && !IsTimeWord(w.low(i)) && !IsContraction(w.low(i));
}

bool IsContentWord(const Words& w, size_t i) {
  const Token& t = w.tok(i);
  std::string_view l = w.low(i);
  if (!t.Is(kWord) || IsFunctionWord(l) || IsDeterminer(l) || IsSubjectPronoun(l) || IsTimeWord(l) || IsContraction(l))
    return false;
  if (LookupCue(l) && !IsSpeakerNoun(l)) return false;  // "report", "poll" are nouns too
  return true;
}

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

// Irregular past forms and frequent verbs that end a phrase read forwards
// ("Maduro sent a letter"); regular ones end in -ed.
bool IsCommonVerb(std::string_view w) {
  static constexpr std::array<std::string_view, 44> kVerbs{
      "began", "brought", "built", "came", "did", "fled", "fought", "gave", "got", "had", "has",
      "have", "held", "hit", "is", "kept", "led", "left", "lost", "made", "makes", "met", "paid",
      "put", "ran", "saw", "says", "sees", "sent", "set", "shot", "sold", "sought", "spent",
      "stood", "struck", "takes", "thinks", "told", "took", "wants", "was", "went", "won"};
  static_assert(Sorted(kVerbs));
  return std::binary_search(kVerbs.begin(), kVerbs.end(), w);
}

// "Everyone says the bridge is late": a universal quantifier on its own is
// a manner of speaking, not a source ("nearly everyone" counts people asked).
bool IsBareUniversal(const Words& w, size_t first, size_t last) {
  if (first != last || !(w.Is(first, "everyone") || w.Is(first, "everybody"))) return false;
  return first == 0 || !(w.Is(first - 1, "not") || w.Is(first - 1, "nearly") || w.Is(first - 1, "almost"));
}

bool IsPossessive(std::string_view l) { return EndsWith(l, "'s") || EndsWith(l, "\xE2\x80\x99s"); }

// Works, outlets, bodies of evidence and people that speak but are in no
// speaker table: "the news", "statistics suggest", "the clerk", "locals",
// "the accused", "the undecided".
constexpr std::array<std::string_view, 56> kStatingNouns{
    "account", "accounts", "accused", "anyone", "blacks", "blog", "children", "clerk", "clerks", "column",
    "countries", "disabled", "documentary", "elderly", "everybody", "everyone", "faithful", "film", "findings",
    "folks", "guard", "guards", "guests", "hawks", "immigrants", "injured", "kids", "locals", "magazine",
    "media", "men", "nations", "natives", "news", "numbers", "outlet", "outlets", "polling", "press", "public",
    "show", "side", "sides", "someone", "statistics", "stories", "story", "tribe", "tribes", "undecided",
    "unemployed", "uninsured", "website", "whites", "women", "wounded"};
static_assert(Sorted(kStatingNouns));

// An agent noun, "programmer", "elders", "investors", "loyalists",
// "retirees", "radioman", "skeptics": a word for someone who does or is something.
bool IsAgentNoun(std::string_view l) {
  if (l.size() > 4 && (EndsWith(l, "man") || EndsWith(l, "men"))) return true;
  if (l.size() > 4 && l.back() == 's') l.remove_suffix(1);
  if (l.size() < 5) return false;
  return EndsWith(l, "er") || EndsWith(l, "or") || EndsWith(l, "ist") || EndsWith(l, "ian") || EndsWith(l, "ee") ||
         EndsWith(l, "ic");
}

// Whether the word at token `head` can head a source phrase: a name or a
// noun for a person, role, group, body, document, work or body of evidence
// ("official", "programmer", "study", "statistics").
bool CanSpeak(const Words& w, size_t head) {
  std::string_view l = w.low(head);
  return IsNameWord(w, head) || IsSpeakerNoun(l) || IsDocumentNoun(l) || In<kStatingNouns>(l) || IsAgentNoun(l);
}

// "Many reports", "several studies": a quantified plural of documents is no
// one document but this document's own set of them, like "61 percent".
bool QuantifiedDocuments(const Words& w, size_t first, size_t last) {
  std::string_view head = w.low(last);
  return IsDocumentNoun(head) && Singular(head) != head && IsVagueQuantifier(w.low(first));
}

// Whether some word of tokens [first, last] can head a source: "voters across
// party lines", "someone in attendance", but not "a stream of new money".
bool AnyCanSpeak(const Words& w, size_t first, size_t last) {
  for (size_t i = first; i <= last; ++i)
    if (!IsPossessive(w.low(i)) && CanSpeak(w, i)) return true;
  return false;
}

// A lower-case phrase that names a thing, not an actor of its own: an owned
// plural that no word after its owner can speak for ("the agency's first
// comments", not "the agency's lawyers"), or one noun after "this" or "that"
// that no list of speakers or documents holds ("that opener", not "this
// study"). A place noun stays: "the village said" is its council speaking.
bool NamesAThing(const Words& w, size_t first, size_t last) {
  std::string_view l = w.low(last);
  if (w.tok(last).Is(kCapitalized) || w.tok(last).Is(kAllCaps)) return false;
  size_t owned = first;
  for (size_t i = first; i < last; ++i)
    if (IsPossessive(w.low(i))) owned = i + 1;
  if (owned > first && Singular(l) != l && !AnyCanSpeak(w, owned, last)) return true;
  return last == first + 1 && (w.Is(first, "this") || w.Is(first, "that")) && !IsSpeakerNoun(l) &&
         !IsDocumentNoun(l) && !In<kStatingNouns>(l);
}

// A word that modifies rather than names: "bigoted", "well-financed",
// "similarly", "momentous". Not "-al", "-ive", "-able" or "-less": "the
// liberal", "a local", "the journal", "the representative", "the constable"
// and "the homeless" speak.
bool IsModifierWord(std::string_view l) {
  if (l.size() < 5) return false;
  return EndsWith(l, "ed") || EndsWith(l, "ly") || EndsWith(l, "ous");
}

// A phrase that names no one: no word of it can speak and it ends in a
// modifier or opens with an adverb ("focused", "similarly harsh").
bool NamesNoOne(const Words& w, size_t first, size_t last) {
  std::string_view lead = w.low(first);
  bool adverb = lead.size() > 4 && EndsWith(lead, "ly") && first < last;
  return (IsModifierWord(w.low(last)) || adverb) && !AnyCanSpeak(w, first, last);
}

// "Uber unilaterally slashes (its rates)": a word right after an adverb ends
// a clause, not a noun phrase, whatever cue word follows it.
bool EndsOnVerb(const Words& w, size_t first, size_t last) {
  const Token& t = w.tok(last);
  return last > first && t.Is(kWord) && !t.Is(kCapitalized) && !t.Is(kAllCaps) && IsAdverb(w.low(last - 1));
}

// "(as a blogger in) Perth (suggested)": one name after "in" or "near" is a
// place; the speaker stands before it.
bool PlaceAfterPreposition(const Words& w, size_t first, size_t last) {
  return first == last && first > 0 && IsNameWord(w, first) && !IsPossessive(w.low(first)) &&
         !w.tok(first - 1).Is(kCapitalized) && IsPlacePreposition(w.low(first - 1));
}

// "(A State Department) report issued (earlier this year)", "citizens raised
// (concern)": a participle after a noun that can speak ends a reduced clause;
// the phrase ends on that noun.
size_t BeforeParticiple(const Words& w, size_t first, size_t last) {
  const Token& t = w.tok(last);
  std::string_view l = w.low(last);
  bool participle = t.Is(kWord) && !t.Is(kCapitalized) && !t.Is(kAllCaps) && l.size() > 4 && EndsWith(l, "ed");
  // "(chairs that) POLITICO interviewed": after a name it is the name's own verb.
  return participle && last > first && !IsPossessive(w.low(last - 1)) && !IsNameWord(w, last - 1) &&
                 CanSpeak(w, last - 1)
             ? last - 1
             : last;
}

// "state Sen. Jane Roe", "state Treasurer Al Moe": a lower-case noun spelt
// like a cue verb at token i that qualifies the capitalised title after it.
bool QualifiesTitle(const Words& w, size_t i) {
  if (i + 1 >= w.size() || !w.tok(i).Is(kWord) || w.tok(i).Is(kCapitalized) || !w.tok(i + 1).Is(kCapitalized))
    return false;
  auto cue = LookupCue(w.low(i));
  return cue && cue->form == CueForm::kBase && (Lexicon::Get().Classes(w.low(i + 1)) & (kTitle | kAbbrev)) != 0;
}

// "a number of experts", "(a large) body of studies", "dozens of analysts":
// the words after "of" name who speaks; the measure before it names no one.
size_t PastPartitive(const Words& w, size_t first, size_t last) {
  static constexpr std::array<std::string_view, 17> kMeasures{
      "body", "couple", "dozens", "handful", "host",  "hundreds", "lot",  "lots",      "multitude",
      "number", "raft", "range",  "scores",  "series", "slew",    "thousands", "variety"};
  static_assert(Sorted(kMeasures));
  size_t k = first;
  bool article = w.Is(k, "a") || w.Is(k, "an");
  if (article) ++k;
  // "a growing number of", "a large body of"
  for (size_t adj = 0; adj < 2 && article && k < last && !In<kMeasures>(w.low(k)) && IsContentWord(w, k); ++adj) ++k;
  if (k + 2 > last || !In<kMeasures>(w.low(k)) || !w.Is(k + 1, "of")) return first;
  // "the number of voters" counts them.
  return article || (k == first && !(first > 0 && w.Is(first - 1, "the"))) ? k + 2 : first;
}

}  // namespace

LowerTokens::LowerTokens(const std::vector<Token>& tokens) : toks_(tokens) {
  low_.reserve(tokens.size());
  if (tokens.empty()) return;
  // The tokens of a sentence lie in order in one text: lower-case that stretch
  // in one pass and point into it. Tokens from elsewhere are copied one by one.
  auto at = [](const Token& t) { return reinterpret_cast<uintptr_t>(t.text.data()); };
  bool ordered = true;
  for (size_t i = 1; i < tokens.size() && ordered; ++i)
    ordered = at(tokens[i]) >= at(tokens[i - 1]) + tokens[i - 1].text.size();
  uintptr_t base = at(tokens.front());
  if (ordered) {
    buf_.assign(tokens.front().text.data(), at(tokens.back()) + tokens.back().text.size() - base);
  } else {
    for (const Token& t : tokens) buf_.append(t.text);
  }
  for (char& c : buf_) c = static_cast<unsigned char>(c - 'A') < 26 ? static_cast<char>(c + ('a' - 'A')) : c;
  size_t next = 0;
  for (const Token& t : tokens) {
    size_t off = ordered ? at(t) - base : next;
    low_.emplace_back(buf_.data() + off, t.text.size());
    next += t.text.size();
  }
}

SentenceWords::SentenceWords(const std::vector<std::vector<Token>>& tokens) {
  for (const auto& t : tokens) sentences_.emplace_back(t);
}

Words::Words(const std::vector<Token>& tokens, const ActorTable* actors)
    : own_(std::in_place, tokens), toks_(tokens), low_(own_->low().data()), n_(own_->low().size()) {
  if (actors) FindNames(*actors);
}

Words::Words(const LowerTokens& lower, const ActorTable* actors)
    : toks_(lower.tokens()), low_(lower.low().data()), n_(lower.low().size()) {
  if (actors) FindNames(*actors);
}

void Words::FindNames(const ActorTable& actors) {
  const std::vector<Token>& tokens = toks_;
  if (tokens.empty()) return;
  const std::vector<ActorMention>& ms = actors.mentions();
  size_t begin = tokens.front().begin, end = tokens.back().end;
  auto it = std::lower_bound(ms.begin(), ms.end(), begin,
                             [](const ActorMention& m, size_t b) { return m.range.begin < b; });
  for (; it != ms.end() && it->range.begin < end; ++it) {
    auto tok_at = [&](size_t pos) {
      return static_cast<size_t>(std::upper_bound(tokens.begin(), tokens.end(), pos,
                                                  [](size_t p, const Token& t) { return p < t.begin; }) -
                                 tokens.begin()) - 1;
    };
    size_t first = tok_at(it->range.begin), last = tok_at(it->range.end - 1);
    if (tokens[first].begin == it->range.begin && last > first) names_.push_back({first, last});
  }
}

size_t Words::NameFirst(size_t i) const {
  size_t first = i;
  for (const Span& s : names_)
    if (s.first < first && i <= s.last) first = s.first;
  return first;
}

size_t Words::NameLast(size_t i) const {
  size_t last = i;
  for (const Span& s : names_)
    if (s.first <= i && last < s.last) last = s.last;
  return last;
}

bool IsDeterminer(std::string_view w) { return In<kDeterminers>(w); }
bool IsSubjectPronoun(std::string_view w) { return In<kSubjectPronouns>(w); }
bool IsRelativePronoun(std::string_view w) { return w == "who" || w == "which" || w == "that"; }
bool IsFunctionWord(std::string_view w) { return In<kFunctionWords>(w); }
bool IsSpeakerNoun(std::string_view w) {
  // The lexicon's people and bodies ("businessman", "narrator", "watchdog") speak too;
  // so does a person named by age ("the 46-year-old").
  return In<kSpeakerNouns>(w) || (In<kAnonymousSources>(w)) ||
         (Lexicon::Get().Classes(w) & (kPersonNoun | kOrgNoun)) != 0 ||
         EndsWith(w, "-year-old") || EndsWith(w, "-year-olds");
}
bool IsDocumentNoun(std::string_view w) { return In<kDocumentNouns>(w); }
bool IsTitleDot(const Words& w, size_t i) {
  return w.IsPunct(i, '.') && i > 0 && i + 1 < w.size() && IsNameWord(w, i - 1) && w.tok(i - 1).size() <= 4 &&
         w.tok(i - 1).end == w.tok(i).begin && IsNameWord(w, i + 1);
}
bool IsTimeWord(std::string_view w) { return In<kTimeWords>(w); }
bool IsSkippableAt(const Words& w, size_t i) {
  std::string_view l = w.low(i);
  // "Critics are arguing" skips "are"; "... in Maine and are insisting" is a
  // coordinated predicate whose subject opens the sentence.
  if ((l == "are" || l == "been") && i > 0 && (w.Is(i - 1, "and") || w.Is(i - 1, "but"))) return false;
  return IsSkippable(l) && !(w.tok(i).Is(kCapitalized) && EndsWith(l, "ly"));
}
bool IsSkippable(std::string_view w) {
  return In<kSkippable>(w) || (w.size() > 4 && EndsWith(w, "ly") && !IsSpeakerNoun(w)) || w == "not" || EndsWith(w, "n't") ||
         EndsWith(w, "n\xE2\x80\x99t");
}

namespace {

// "..., teachers and union officials said": a bare plural opening a clause
// joins the plural after "and" at token i.
bool CoordinatedPlural(const Words& w, size_t i) {
  if (i == 0 || i + 1 >= w.size() || w.tok(i + 1).Is(kCapitalized)) return false;
  if (w.tok(i - 1).Is(kCapitalized) && !w.tok(i - 1).Is(kSentenceStart)) return false;
  std::string_view left = w.low(i - 1);
  if (left.size() < 4 || left.back() != 's' || !IsContentWord(w, i - 1)) return false;
  return i == 1 || w.IsPunct(i - 2, ',');
}

}  // namespace

std::optional<Phrase> PhraseEndingAt(const Words& w, size_t last) {
  if (last >= w.size()) return std::nullopt;
  std::string_view head = w.low(last);
  if (IsSubjectPronoun(head)) return Phrase{last, last, true};
  // "Theresa May said", "George Will wrote": a known name ending in a word
  // spelt like a modal or a month.
  if (size_t known = w.NameFirst(last); known < last && w.tok(last).Is(kCapitalized) && !IsNameWord(w, last)) {
    auto p = PhraseEndingAt(w, known);
    if (p) p->last = last;
    return p;
  }
  if (!IsNameWord(w, last) && !IsContentWord(w, last)) return std::nullopt;
  if (IsPossessive(head)) return std::nullopt;  // "Trump's state", "editor's note": a noun follows
  if (w.tok(last).Is(kNumber)) return std::nullopt;
  size_t first = last;
  int lower = IsNameWord(w, last) ? 0 : 1;
  while (first > 0) {
    size_t i = first - 1;
    std::string_view l = w.low(i);
    // "told the Times that Carter believes": before a name, "that" opens a
    // clause; it determines no one.
    if (l == "that" && w.tok(first).Is(kCapitalized) && IsNameWord(w, first)) break;
    if (IsDeterminer(l)) {
      // "the head of the agency": a determiner closes the phrase unless an
      // inner preposition joins it to more phrase on its left.
      first = i;
      if (i >= 2 && IsInnerPreposition(w.low(i - 1)) &&
          (IsSpeakerNoun(w.low(i - 2)) || IsNameWord(w, i - 2) || w.Is(i - 1, "of"))) {
        first = i - 1;
        continue;
      }
      break;
    }
    // "Yet Democratic economists": a word that only opens sentences is no part of the name.
    if (i == 0 && w.tok(i).Is(kCapitalized) && !IsSpeakerNoun(l) &&
        (Lexicon::Get().Classes(l) & (kStop | kTitleMod)) == kStop)
      break;
    if (IsNameWord(w, i) || IsPossessive(l)) {
      first = i;
      continue;
    }
    if (IsTitleDot(w, i)) {  // "Mr. McKinley", "Paul D. Ryan"
      first = i;
      continue;
    }
    if (l == "and" && i > 0 && IsNameWord(w, i - 1) && IsNameWord(w, i + 1)) {
      first = i;
      continue;
    }
    if (l == "and" && CoordinatedPlural(w, i)) {
      first = i - 1;
      break;
    }
    // "the head of the agency", "officials from the ministry" -- but "a map
    // from a study": only speaker nouns and names take a prepositional tail.
    if (IsInnerPreposition(l) && i > 0 && (IsSpeakerNoun(w.low(i - 1)) || IsNameWord(w, i - 1) || l == "of") &&
        !w.tok(i - 1).Is(kNumber)) {
      first = i;
      continue;
    }
    if (w.tok(i).Is(kNumber) && !IsNameWord(w, i)) {
      first = i;
      break;
    }
    // "one senior administration official", "two senior White House aides":
    // a count opens the phrase however many words it modifies.
    if (numbers::CardinalWord(l) > 0 && (!w.tok(i).Is(kCapitalized) || w.tok(i).Is(kSentenceStart))) {
      first = i;
      break;
    }
    if (QualifiesTitle(w, i)) {
      first = i;
      continue;
    }
    bool hyphenated = l.find('-') != std::string_view::npos;  // "conservative-leaning", "state-owned"
    bool verb_like = IsCommonVerb(l) || ((EndsWith(l, "ed") || EndsWith(l, "ing")) && !hyphenated);
    if (IsContentWord(w, i) && lower < 3 && !verb_like) {
      ++lower;
      first = i;
      continue;
    }
    break;
  }
  while (first < last && (IsInnerPreposition(w.low(first)) || w.Is(first, "and"))) ++first;
  return Phrase{w.NameFirst(first), last, false};
}

std::optional<Phrase> PhraseStartingAt(const Words& w, size_t first) {
  if (first >= w.size()) return std::nullopt;
  if (IsSubjectPronoun(w.low(first))) return Phrase{first, first, true};
  size_t i = first;
  if (IsDeterminer(w.low(i))) ++i;
  size_t last = i;
  bool any = false;
  int lower = 0;
  for (; i < w.size(); ++i) {
    std::string_view l = w.low(i);
    if (IsNameWord(w, i) || IsPossessive(l)) {
      last = i;
      any = true;
      continue;
    }
    if (any && IsTitleDot(w, i)) continue;
    if (l == "and" && any && i + 1 < w.size() && IsNameWord(w, i - 1) && IsNameWord(w, i + 1)) continue;
    if (IsInnerPreposition(l) && any && i + 1 < w.size() &&
        (IsNameWord(w, i + 1) || IsDeterminer(w.low(i + 1)) || IsContentWord(w, i + 1))) {
      if (IsDeterminer(w.low(i + 1))) ++i;
      continue;
    }
    // "a source close to the campaign", "one person familiar with the talks": the tail describes the source.
    if (any && i + 1 < w.size() && ((l == "close" && w.Is(i + 1, "to")) || (l == "familiar" && w.Is(i + 1, "with"))))
      break;
    if (!any && QualifiesTitle(w, i)) continue;
    // Lower-case modifiers: "the conservative-leaning Tax Foundation",
    // "talk radio host Rush Limbaugh".
    bool hyphenated = l.find('-') != std::string_view::npos;
    if (any && lower < 5 && LookupCue(l) && LookupCue(l)->form == CueForm::kBase && i + 1 < w.size() &&
        IsContentWord(w, i + 1) && !IsFunctionWord(w.low(i + 1))) {  // "talk radio host"
      ++lower;
      last = i;
      continue;
    }
    // "exit polling data", "the recent 50-state poll", "the 46-year-old": a stating noun in -ing and a
    // number's compound go on.
    if (IsContentWord(w, i) && lower < 5 &&
        ((!EndsWith(l, "ed") && !EndsWith(l, "ing")) || hyphenated || In<kStatingNouns>(l)) && !IsCommonVerb(l) &&
        (!w.tok(i).Is(kNumber) || (hyphenated && (any || i > first)))) {
      ++lower;
      last = i;
      any = true;
      continue;
    }
    // "a leading advocate", "the retired general": a participle right after
    // the article modifies the noun that follows it.
    if (!any && i == first + 1 && IsDeterminer(w.low(first)) && (EndsWith(l, "ed") || EndsWith(l, "ing")) &&
        IsContentWord(w, i) && i + 1 < w.size() && IsContentWord(w, i + 1) && !w.tok(i + 1).Is(kCapitalized) &&
        !w.tok(i + 1).Is(kNumber)) {
      ++lower;
      last = i;
      continue;
    }
    break;
  }
  if (!any) return std::nullopt;
  // Drop a dangling preposition or conjunction.
  while (last > first && (IsInnerPreposition(w.low(last)) || w.Is(last, "and"))) --last;
  return Phrase{first, w.NameLast(last), false};
}

namespace {

// "BBC forecasters", "Independent monitors": a described plural.
bool EndsInLowerPlural(std::string_view name) {
  size_t sp = name.rfind(' ');
  std::string_view head = sp == std::string_view::npos ? name : name.substr(sp + 1);
  return head.size() > 3 && head.back() == 's' && head[0] >= 'a' && head[0] <= 'z';
}

// "The NFL legend", "a Texas rancher": a run of capitalised words ending at
// token `last` that a lower-case noun of the phrase follows modifies it.
bool ModifiesNoun(const Words& w, size_t last, size_t phrase_last) {
  if (last >= phrase_last || IsPossessive(w.low(last))) return false;
  const Token& next = w.tok(last + 1);
  return next.Is(kWord) && !next.Is(kCapitalized) && !next.Is(kAllCaps) && IsContentWord(w, last + 1) &&
         !IsInnerPreposition(w.low(last + 1)) && !IsSkippableAt(w, last + 1);
}

// "soon", "similar", "the recent" (50-state poll): one lower-case word that
// no noun heads and that stands on its own or runs on into the phrase it
// modifies is no noun phrase. "The debate", "his biography" are.
bool IsLoneModifier(const Words& w, const Phrase& p) {
  size_t head = p.last;
  bool article = p.first < head && IsDeterminer(w.low(p.first));
  if (head != p.first + (article ? 1 : 0)) return false;
  const Token& t = w.tok(head);
  std::string_view l = w.low(head);
  if (t.Is(kCapitalized) || t.Is(kAllCaps) || t.Is(kNumber) || l.find('-') != std::string_view::npos ||
      l.back() == 's' || EndsWith(l, "ing") || CanSpeak(w, head))
    return false;
  if (!article) {
    std::string_view before = p.first > 0 ? w.low(p.first - 1) : std::string_view();
    // "his biography", "Gates' work"
    return !(IsPossessive(before) || IsDeterminer(before) || before == "'" || before == "\xE2\x80\x99");
  }
  // "The town released a statement", "the city put out": a verb follows, no noun the head modifies.
  bool verb_next = (EndsWith(w.low(head + 1), "ed") && IsDeterminer(w.low(head + 2))) ||
                   (w.Is(head + 1, "put") && w.Is(head + 2, "out"));
  return head + 1 < w.size() && (w.Is(head + 1, "and") || w.Is(head + 1, "or") || w.tok(head + 1).Is(kNumber) ||
                                 (IsContentWord(w, head + 1) && !verb_next));
}

}  // namespace

std::vector<std::string> SourceResolver::Resolve(const Words& w, const Phrase& p, size_t sentence) {
  size_t pos = w.tok(p.first).begin;
  if (p.pronoun && w.Is(p.first, "they") && last_.set && !last_.own_group.empty() && last_.pos < pos &&
      last_.sentence <= sentence && last_.sentence + 1 >= sentence) {
    last_.pos = pos;
    last_.sentence = sentence;
    return {last_.own_group};
  }
  std::vector<std::string> out = ResolveAll(w, p, sentence);
  if (out.empty() && keep_unresolved_ && p.first == p.last && IsSubjectPronoun(w.low(p.first)))
    return {"?" + std::string(w.low(p.first))};
  if (!out.empty() && (!last_.set || last_.pos < pos || last_.sentence < sentence)) {
    last_.set = true;
    last_.pos = pos;
    last_.sentence = sentence;
    last_.own_group.clear();
    if (out.size() == 1)
      for (const auto& a : own_)
        if (a.id == out[0] && (a.type == model::ActorType::kGroup || EndsInLowerPlural(a.name))) last_.own_group = a.id;
  }
  return out;
}

std::vector<std::string> SourceResolver::ResolveAll(const Words& w, const Phrase& p, size_t sentence) {
  std::vector<std::string> out;
  auto add = [&](std::optional<std::string> id) {
    if (id && std::find(out.begin(), out.end(), *id) == out.end()) out.push_back(*id);
  };
  // "Trump and Rubio": one speaker per conjunct when each side is a name.
  size_t start = p.first;
  bool split = false;
  // "the World Travel and Tourism Council" is one name: a known mention across the "and" keeps it whole.
  std::vector<ActorMention> known = actors_.MentionsIn({w.tok(p.first).begin, w.tok(p.last).end});
  auto inside_name = [&](size_t i) {
    for (const ActorMention& m : known)
      if (m.range.begin < w.tok(i).begin && w.tok(i).end < m.range.end) return true;
    return false;
  };
  for (size_t i = p.first + 1; i < p.last; ++i) {
    if (w.Is(i, "and") && IsNameWord(w, i - 1) && IsNameWord(w, i + 1) && !inside_name(i)) {
      add(ResolveOne(w, start, i - 1, sentence));
      start = i + 1;
      split = true;
    }
  }
  if (split) {
    add(ResolveOne(w, start, p.last, sentence));
    return out;
  }
  add(ResolveOne(w, p.first, p.last, sentence));
  return out;
}

std::optional<std::string> SourceResolver::ResolveOne(const Words& w, size_t first, size_t last, size_t sentence) {
  // A negated source says nothing: "no group claimed responsibility", "nobody said".
  std::string_view lead = w.low(first);
  if (lead == "no" || lead == "nobody" || lead == "none" || lead == "neither") return std::nullopt;
  if (IsBareUniversal(w, first, last) || EndsOnVerb(w, first, last) || PlaceAfterPreposition(w, first, last))
    return std::nullopt;
  first = PastPartitive(w, first, last);
  last = BeforeParticiple(w, first, last);
  lead = w.low(first);
  Range r{w.tok(first).begin, w.tok(last).end};
  if (auto idx = actors_.ResolveSource(r, sentence)) return actors_.actors()[*idx].id;
  // Fallback: the table judged the capitalised words of a phrase it does not
  // know ("Instead", "Mr", "majority of Americans") to be no name, so only a
  // phrase headed by a speaker noun ("a senior official") or a described
  // plural ("Independent monitors") speaks here.
  std::string_view head = w.low(last);
  if (IsSubjectPronoun(head) || IsRelativePronoun(head)) return std::nullopt;
  // "wrote user jk1984": the handle names the speaker.
  if (IsHandle(w.tok(last)) && (first == last || !IsHandle(w.tok(last - 1)))) {
    std::string handle(head);
    for (const auto& mine : own_)
      if (mine.name == handle) return mine.id;
    model::Actor a;
    a.id = model::Slug(handle);
    a.name = handle;
    a.type = model::ActorType::kPerson;
    own_.push_back(std::move(a));
    return own_.back().id;
  }
  bool named = false;
  for (size_t i = first; i <= last; ++i) named = named || IsNameWord(w, i);
  if (QuantifiedDocuments(w, first, last)) return ResolveQuantified(w, Phrase{first, last, false})[0];
  // "Independent monitors", not "the agency's first comments".
  bool described = last > first && !w.tok(last).Is(kCapitalized) && !w.tok(last).Is(kAllCaps) &&
                   head.size() > 3 && head.back() == 's' && IsContentWord(w, last) &&
                   !NamesNoOne(w, first, last) && !NamesAThing(w, first, last);
  // "one senior Democrat", "another New Hampshire Republican": one member
  // of a party speaks ("Republican support" is no one).
  bool member = (head == "democrat" || head == "republican") &&
                (lead == "one" || lead == "another" || lead == "a" || lead == "an");
  if (!(IsSpeakerNoun(head) && !w.tok(last).Is(kAllCaps)) && !described && !member) return std::nullopt;
  size_t nf = first;
  if (IsDeterminer(w.low(nf)) && nf < last) ++nf;
  std::string surface(text_.substr(r.begin, r.size()));
  std::string name(text_.substr(w.tok(nf).begin, w.tok(last).end - w.tok(nf).begin));
  model::Actor a;
  a.id = model::Slug(name);
  for (const auto& known : actors_.actors())
    if (known.id == a.id) return known.id;
  for (auto& mine : own_) {
    if (mine.id != a.id) continue;
    if (surface != mine.name && std::find(mine.aliases.begin(), mine.aliases.end(), surface) == mine.aliases.end())
      mine.aliases.push_back(surface);
    return mine.id;
  }
  a.name = name;
  if (surface != name) a.aliases.push_back(surface);
  static constexpr std::array<std::string_view, 14> kPersonNouns{
      "adviser", "aide", "ambassador", "analyst", "attorney", "diplomat", "envoy", "lawyer",
      "official", "prosecutor", "source", "spokesman", "spokesperson", "spokeswoman"};
  static_assert(Sorted(kPersonNouns));
  a.type = IsDocumentNoun(head)    ? model::ActorType::kDocument
           : In<kPersonNouns>(head) ? model::ActorType::kPerson
           : IsSpeakerNoun(head)   ? model::ActorType::kOrganization
           : last > first && named ? model::ActorType::kPerson
                                   : model::ActorType::kOther;
  if (head.size() > 1 && (head.back() == 's' || head == "police") && IsSpeakerNoun(head)) a.type = model::ActorType::kGroup;
  own_.push_back(std::move(a));
  return own_.back().id;
}

std::vector<std::string> SourceResolver::ResolveQuantified(const Words& w, const Phrase& p) {
  size_t first = p.first, last = p.last;
  // "61 percent", "Nearly half": this document's own group of people, named
  // in lower case so that it is never taken for a name shared across articles.
  std::string name(text_.substr(w.tok(first).begin, w.tok(last).end - w.tok(first).begin));
  if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z') name[0] = static_cast<char>(name[0] - 'A' + 'a');
  std::string id = model::Slug(name);
  for (const auto& mine : own_)
    if (mine.id == id) return {id};
  model::Actor a;
  a.id = id;
  a.name = std::move(name);
  a.type = model::ActorType::kGroup;
  own_.push_back(std::move(a));
  return {id};
}

std::vector<std::string> SourceResolver::ResolveAny(const Words& w, const Phrase& p, size_t sentence) {
  std::vector<std::string> out = Resolve(w, p, sentence);
  if (!out.empty() || p.pronoun || IsBareUniversal(w, p.first, p.last) || EndsOnVerb(w, p.first, p.last) ||
      PlaceAfterPreposition(w, p.first, p.last))
    return out;
  // The longest run of capitalised words names the source when the table knows it.
  for (size_t i = p.first; i <= p.last; ++i) {
    if (!IsNameWord(w, i)) continue;
    size_t j = i;
    while (j < p.last && IsNameWord(w, j + 1)) ++j;
    if ((j > i || w.tok(i).Is(kAllCaps)) && !ModifiesNoun(w, j, p.last)) {
      if (auto idx = actors_.ResolveSource({w.tok(i).begin, w.tok(j).end}, sentence)) {
        out.push_back(actors_.actors()[*idx].id);
        return out;
      }
    }
    i = j;
  }
  size_t first = p.first;
  if (IsDeterminer(w.low(first)) && first < p.last) ++first;
  std::string_view head = w.low(p.last);
  if (IsFunctionWord(head) || IsTimeWord(head) || IsRelativePronoun(head)) return out;
  // "similarly bigoted", "focused": no one.
  if (NamesNoOne(w, p.first, p.last)) return out;
  // "soon", "similar": no noun phrase; the claim keeps no speaker.
  if (IsLoneModifier(w, p)) {
    if (keep_unresolved_) out.push_back("?");
    return out;
  }
  if (NamesAThing(w, p.first, p.last)) return out;
  std::string name(text_.substr(w.tok(first).begin, w.tok(p.last).end - w.tok(first).begin));
  model::Actor a;
  a.id = model::Slug(name);
  for (const auto& known : actors_.actors())
    if (known.id == a.id) return {known.id};
  for (const auto& mine : own_)
    if (mine.id == a.id) return {mine.id};
  a.name = name;
  a.type = IsDocumentNoun(head) ? model::ActorType::kDocument : model::ActorType::kOther;
  own_.push_back(std::move(a));
  out.push_back(own_.back().id);
  return out;
}

std::vector<std::string> SourceResolver::ResolveBareName(const Words& w, size_t i, size_t sentence) {
  if (i >= w.size() || !IsNameWord(w, i) || !w.tok(i).Is(kCapitalized) || w.tok(i).Is(kNumber)) return {};
  std::string_view l = w.low(i);
  if (IsPossessive(l) || IsSpeakerNoun(l) || LookupCue(l)) return {};
  if (Lexicon::Get().Classes(l) & (kStop | kMonth | kTitle | kGeoHead | kAbbrev | kPronounSkip)) return {};
  Phrase p{i, i, false};
  std::vector<std::string> out = ResolveAny(w, p, sentence);
  for (auto& mine : own_)
    if (!out.empty() && mine.id == out[0] && mine.type == model::ActorType::kOther)
      mine.type = model::ActorType::kOrganization;
  return out;
}

bool IsUnresolvedSource(std::string_view id) { return !id.empty() && id[0] == '?'; }

model::ActorType SourceResolver::TypeOf(const std::string& id) const {
  if (IsUnresolvedSource(id))
    return id == "?it" ? model::ActorType::kOrganization
           : id == "?they" ? model::ActorType::kGroup
                           : model::ActorType::kPerson;
  for (const auto& a : actors_.actors())
    if (a.id == id) return a.type;
  for (const auto& a : own_)
    if (a.id == id) return a.type;
  return model::ActorType::kOther;
}

}  // namespace claimkb::extract
