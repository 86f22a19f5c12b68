#include "core/extract/actors.h"

#include <algorithm>
#include <cctype>

#include "core/extract/gazetteer.h"
#include "core/model/types.h"

namespace claimkb::extract {

namespace {

using model::ActorType;

// "the officials" -> "officials", "A Zentrix study" -> "Zentrix study".
std::string_view WithoutArticle(std::string_view s) {
  for (std::string_view a : {"the ", "The ", "a ", "A ", "an ", "An "})
    if (s.size() > a.size() && s.substr(0, a.size()) == a) return s.substr(a.size());
  return s;
}

std::string_view LastWord(std::string_view name) {
  size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '\n')) s.remove_suffix(1);
  return StripPossessive(s);
}

bool TitleFits(const std::vector<std::string>& titles, std::string_view want) {
  for (const auto& t : titles) {
    std::string lt = AsciiLower(t);
    if (lt == want) return true;
    if (lt.size() > want.size() + 1 && lt.ends_with(want) && lt[lt.size() - want.size() - 1] == ' ') {
      std::string_view first = std::string_view(lt).substr(0, lt.find(' '));
      if (first != "vice" && first != "deputy" && first != "assistant" && first != "under" && first != "former" &&
          first != "lieutenant" && first != "ex")
        return true;
    }
  }
  return false;
}

// A name known as a person's by a given name, a role, a speech verb or the gazetteer.
bool PersonLike(const Candidate& c) {
  if (c.kind == CandidateKind::kFullName) return c.given || c.speaks || c.acts || !c.title.empty();
  return c.kind == CandidateKind::kActor && c.type == ActorType::kPerson;
}

// "reported from Midway Atoll": a name right after a preposition of place is a place's.
bool AfterPlaceWord(std::string_view text, const Candidate& c) {
  std::string_view before = text.substr(0, c.range.begin);
  if (!before.ends_with(' ')) return false;
  before.remove_suffix(1);
  std::string word = AsciiLower(before.substr(before.find_last_of(" \n") + 1));
  return IsPlacePreposition(word) || word == "from" || word == "at";
}

// "Pim Arnoldi, Sasha Delacroix and Jane Roe", "the work of Coco Chanel and Jane Roe": full names
// listed with a person's (joined by commas and an "and" or "or") are people too. True for each
// such candidate.
std::vector<bool> ListedWithPerson(std::string_view text, const std::vector<Candidate>& cands) {
  std::vector<bool> out(cands.size(), false);
  auto joint = [&](size_t i) {  // candidates i - 1 and i are next to each other in one list
    const Candidate& a = cands[i - 1];
    const Candidate& b = cands[i];
    if (a.sentence != b.sentence || b.range.begin < a.range.end || a.kind == CandidateKind::kSingle ||
        b.kind == CandidateKind::kSingle)
      return 0;
    std::string_view gap = text.substr(a.range.end, b.range.begin - a.range.end);
    if (gap == ", ") return 1;
    return gap == " and " || gap == ", and " || gap == " or " || gap == ", or " ? 2 : 0;
  };
  for (size_t b = 0; b < cands.size();) {
    size_t e = b + 1;
    bool conjunction = false, person = PersonLike(cands[b]);
    for (; e < cands.size(); ++e) {
      int j = joint(e);
      if (!j) break;
      conjunction = conjunction || j == 2;
      person = person || PersonLike(cands[e]);
    }
    if (conjunction && person)
      for (size_t i = b; i < e; ++i)
        out[i] = cands[i].kind == CandidateKind::kFullName && !AfterPlaceWord(text, cands[i]);
    b = e;
  }
  return out;
}

}  // namespace

ActorTable::ActorTable(std::string_view text, std::string_view author, std::string_view publisher,
                       const QuoteMap& quotes)
    : text_(text), author_(author), publisher_(publisher), quotes_(quotes) {}

void ActorTable::FindMentions(const std::vector<Sentence>& sentences,
                              const std::vector<std::vector<Token>>& tokens) {
  lower_ = AsciiLower(text_);
  sentences_ = sentences;
  WordSet lower_words;
  for (const auto& ts : tokens)
    for (const Token& t : ts)
      if (t.Is(kWord) && !t.Is(kCapitalized) && !t.Is(kAllCaps) && !t.Is(kNumber)) lower_words.Add(t.text);
  ScanResult scan = ScanActors(text_, lower_, sentences, tokens, lower_words);
  documents_ = std::move(scan.documents);
  std::vector<Candidate>& cands = scan.candidates;

  // A multi-word name with no title or given name is a person only when
  // something else says so: it speaks, repeats, or its last word is used alone.
  StringMap<int> singles, fulls;
  WordSet works;  // names written as a work's: "Star Wars fans"
  for (const auto& c : cands) {
    if (c.kind == CandidateKind::kSingle) ++singles[c.name];
    if (c.kind == CandidateKind::kSingle && c.acronym && (c.speaks || c.listed)) acronyms_.Add(c.name);
    if (c.kind == CandidateKind::kFullName) ++fulls[c.name];
    if (c.kind == CandidateKind::kFullName && c.work) works.Add(c.name);
  }
  std::vector<int> actor_of(cands.size(), -1);
  std::vector<bool> listed = ListedWithPerson(text_, cands);
  for (size_t i = 0; i < cands.size(); ++i) {
    Candidate& c = cands[i];
    if (c.kind == CandidateKind::kFullName) {
      bool confirmed = c.given || c.speaks || c.acts || !c.title.empty() || singles.count(LastWord(c.name)) ||
                       fulls[c.name] > 1 || listed[i];
      // "Star Wars", "Special Editions": a run opening with a word the document
      // writes in lower case is a title or a thing, unless a name or role says person.
      bool common = !c.given && !c.speaks && c.title.empty() &&
                    lower_words.ContainsFolded(c.name.substr(0, c.name.find(' ')));
      bool work = works.Contains(c.name) && !c.given && !c.speaks && c.title.empty();
      if (!confirmed || common || work) continue;
    } else if (!(c.kind == CandidateKind::kActor && c.type == ActorType::kPerson)) {
      continue;
    }
    size_t a = FromCandidate(c);
    actor_of[i] = static_cast<int>(a);
    std::string_view name = actors_[a].name;
    if (name.find(' ') != std::string_view::npos) {
      surnames_[std::string(LastWord(name))].push_back({c.range.begin, a});
      first_names_[std::string(name.substr(0, name.find(' ')))] = a;
    }
  }

  for (size_t i = 0; i < cands.size(); ++i) {
    const Candidate& c = cands[i];
    std::optional<size_t> a;
    switch (c.kind) {
      case CandidateKind::kActor:
        a = actor_of[i] >= 0 ? static_cast<size_t>(actor_of[i]) : FromCandidate(c);
        break;
      case CandidateKind::kFullName:
        if (actor_of[i] >= 0) a = static_cast<size_t>(actor_of[i]);
        break;
      case CandidateKind::kSingle:
        a = ResolveSingle(c);
        break;
      case CandidateKind::kDescription:
        a = Describe(c.name, c.country, c.range.begin);
        break;
      case CandidateKind::kNounRef:
        a = ReferBack(c.name, c.range.begin, c.sentence);
        break;
    }
    if (a) Mention(c, *a);
  }
}

std::optional<size_t> ActorTable::BySurname(std::string_view name, size_t pos) const {
  auto it = surnames_.find(name);
  if (it == surnames_.end()) return std::nullopt;
  std::optional<std::pair<size_t, size_t>> before, after;
  for (const auto& p : it->second) {
    if (p.first <= pos) {
      if (!before || p.first > before->first) before = p;
    } else if (!after || p.first < after->first) {
      after = p;
    }
  }
  return before ? before->second : after->second;
}

std::optional<size_t> ActorTable::ResolveSingle(const Candidate& c) {
  if (auto a = BySurname(c.name, c.range.begin)) {
    if (!c.title.empty()) AddTitle(*a, c.title);
    return a;
  }
  if (auto it = by_surface_.find(c.name); it != by_surface_.end()) return it->second;
  const Lexicon& lex = Lexicon::Get();
  std::string lower = AsciiLower(c.name);
  uint32_t cls = lex.Classes(lower);
  if ((cls & kGiven) && c.gaz < 0) {  // "Bernie" after "Bernie Sanders"
    if (auto it = first_names_.find(c.name); it != first_names_.end()) return it->second;
  }
  if (c.gaz >= 0) {
    size_t a = FromGazetteer(c.gaz);
    if (!c.title.empty()) AddTitle(a, c.title);
    return a;
  }
  if (c.heading) return std::nullopt;
  if (cls & (kStop | kMonth | kPronounPerson | kPronounIt | kPronounThey | kPronounSkip)) return std::nullopt;
  Candidate made = c;
  if (!c.title.empty()) {
    made.type = ActorType::kPerson;
  } else if (c.org && !(cls & (kGiven | kAcronymStop))) {
    made.type = ActorType::kOrganization;
  } else if (c.acronym) {
    std::string bare;  // "G.D.P." is the "GDP" of the stop list
    for (char ch : lower)
      if (ch != '.') bare += ch;
    if (bare.size() != lower.size()) cls |= lex.Classes(bare);
    if ((cls & kAcronymStop) || c.name.size() < 2 || c.name.size() > 6) return std::nullopt;
    // "TPP", "VAT systems", "MDMA", "gas chromatograph (GC)": most capitals
    // name things; a body's are known, speak or stand among other names.
    if (!acronyms_.Contains(c.name)) return std::nullopt;
    made.type = ActorType::kOrganization;
  } else if (c.speaks) {
    made.type = (cls & kOrgHead) ? ActorType::kOrganization : ActorType::kPerson;
  } else {
    return std::nullopt;
  }
  return FromCandidate(made);
}

std::optional<size_t> ActorTable::Describe(std::string_view title, std::string_view country, size_t before) {
  std::optional<size_t> best, loose;
  for (size_t a = 0; a < actors_.size(); ++a) {
    if (actors_[a].type != ActorType::kPerson || info_[a].last == kNever || info_[a].last >= before) continue;
    if (!TitleFits(actors_[a].titles, title)) continue;
    if (!country.empty() && info_[a].country != country) {
      if (info_[a].country.empty() && (!loose || info_[a].last > info_[*loose].last)) loose = a;
      continue;
    }
    if (!best || info_[a].last > info_[*best].last) best = a;
  }
  if (best) return best;
  if (loose) return loose;
  if (!country.empty()) {
    if (auto e = Gazetteer::Get().PersonWithTitle(title, country)) return FromGazetteer(static_cast<int>(*e));
  }
  return std::nullopt;
}

namespace {

bool IsBusinessNoun(std::string_view noun) {
  static constexpr std::string_view kNouns[] = {"company", "firm",     "corporation", "business", "carrier",
                                                "retailer", "lender",  "insurer",     "automaker", "airline",
                                                "conglomerate", "manufacturer", "startup", "bank"};
  return std::find(std::begin(kNouns), std::end(kNouns), noun) != std::end(kNouns);
}

}  // namespace

std::optional<size_t> ActorTable::ReferBack(std::string_view noun, size_t before, size_t sentence) {
  const Lexicon& lex = Lexicon::Get();
  bool group_noun = lex.Is(noun, kGroupNoun);
  std::optional<size_t> best;
  for (size_t a = 0; a < actors_.size(); ++a) {
    const Info& in = info_[a];
    if (in.last == kNever || in.last >= before || in.last_sentence + 3 < sentence) continue;
    const model::Actor& act = actors_[a];
    if (act.type == ActorType::kPerson || act.type == ActorType::kDocument) continue;
    std::string name = AsciiLower(act.name);
    bool fits = false;
    for (size_t p = name.find(noun); p != std::string::npos && !fits; p = name.find(noun, p + 1)) {
      bool left = p == 0 || name[p - 1] == ' ';
      size_t end = p + noun.size();
      bool right = end == name.size() || name[end] == ' ' || name[end] == 's';
      fits = left && right;
    }
    if (!fits && group_noun) fits = act.type == ActorType::kGroup || (noun == "group" && act.type == ActorType::kOrganization);
    // "the company", "the firm": any business named earlier.
    if (!fits && IsBusinessNoun(noun)) fits = act.type == ActorType::kOrganization;
    if (fits && (!best || in.last > info_[*best].last)) best = a;
  }
  return best;
}

size_t ActorTable::SentenceOf(size_t pos) const {
  auto it = std::upper_bound(sentences_.begin(), sentences_.end(), pos,
                             [](size_t p, const Sentence& s) { return p < s.begin; });
  return it == sentences_.begin() ? 0 : static_cast<size_t>(it - sentences_.begin() - 1);
}

bool ActorTable::SentenceStart(size_t pos) const {
  if (sentences_.empty()) return true;
  size_t s = SentenceOf(pos);
  for (size_t i = sentences_[s].begin; i < pos; ++i) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c < 0x80 && std::isalnum(c)) return false;
  }
  return true;
}

void ActorTable::Mention(const Candidate& c, size_t actor) {
  AddMention(c.range, actor, c.sentence);
  AddAlias(actor, text_.substr(c.range.begin, c.range.size()));
  AddAlias(actor, text_.substr(c.surface.begin, c.surface.size()));
  AddAlias(actor, c.short_form);
  if (!c.title.empty()) AddTitle(actor, c.title);
  if (!c.country.empty() && info_[actor].country.empty() && actors_[actor].type != ActorType::kCountry)
    info_[actor].country = c.country;
  if (info_[actor].last == kNever || c.range.begin >= info_[actor].last) {
    info_[actor].last = c.range.begin;
    info_[actor].last_sentence = c.sentence;
  }
}

void ActorTable::AddMention(Range range, size_t actor, size_t sentence) {
  auto it = std::lower_bound(found_.begin(), found_.end(), range.begin,
                             [](const Found& f, size_t b) { return f.range.begin < b; });
  for (auto j = it; j != found_.end() && j->range.begin == range.begin; ++j)
    if (j->range.end == range.end && j->actor == actor) return;
  size_t at = static_cast<size_t>(it - found_.begin());
  found_.insert(it, Found{range, actor, sentence});
  mentions_.insert(mentions_.begin() + static_cast<std::ptrdiff_t>(at), ActorMention{range, actor});
}

void ActorTable::AddAlias(size_t actor, std::string_view surface) {
  surface = Trim(surface);
  if (surface.empty() || surface.size() > 120) return;
  model::Actor& a = actors_[actor];
  if (by_surface_.find(surface) == by_surface_.end()) by_surface_.emplace(std::string(surface), actor);
  if (surface == a.name) return;
  for (const auto& x : a.aliases)
    if (x == surface) return;
  a.aliases.emplace_back(surface);
  // "the Israeli election results" is also written without its article.
  std::string_view bare = WithoutArticle(surface);
  // "the group" is only a reference back, "group" no name at all.
  if (bare.size() == surface.size() || bare.find(' ') == std::string_view::npos || bare == a.name) return;
  for (const auto& x : a.aliases)
    if (x == bare) return;
  a.aliases.emplace_back(bare);
}

void ActorTable::AddTitle(size_t actor, std::string_view title) {
  if (title.empty()) return;
  std::string lt = AsciiLower(title);
  for (const auto& t : actors_[actor].titles)
    if (AsciiLower(t) == lt) return;
  actors_[actor].titles.emplace_back(title);
}

size_t ActorTable::FromGazetteer(int entry) {
  const GazEntry& e = Gazetteer::Get().entry(static_cast<uint32_t>(entry));
  if (auto it = by_id_.find(e.id); it != by_id_.end()) return it->second;
  model::Actor a;
  a.id = e.id;
  a.name = e.name;
  a.type = e.type;
  a.titles = e.titles;
  a.wikidata = e.wikidata;
  size_t i = AddActor(std::move(a));
  info_[i].country = e.country;
  info_[i].named = true;
  by_surface_.emplace(e.name, i);
  return i;
}

size_t ActorTable::FromCandidate(const Candidate& c) {
  size_t i;
  if (c.gaz >= 0) {
    i = FromGazetteer(c.gaz);
  } else {
    model::Actor a;
    a.name = c.name;
    a.id = model::Slug(c.name);
    a.type = c.type;
    i = AddActor(std::move(a));
    info_[i].named = true;
    by_surface_.emplace(c.name, i);
  }
  AddTitle(i, c.title);
  if (!c.country.empty() && info_[i].country.empty() && actors_[i].type != ActorType::kCountry)
    info_[i].country = c.country;
  return i;
}

std::vector<ActorMention> ActorTable::MentionsIn(Range range) const {
  std::vector<ActorMention> out;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), range.begin,
                             [](const ActorMention& m, size_t b) { return m.range.begin < b; });
  for (; it != mentions_.end() && it->range.begin < range.end; ++it)
    if (it->range.end <= range.end) out.push_back(*it);
  return out;
}

size_t ActorTable::AddActor(model::Actor actor) {
  if (auto it = by_id_.find(actor.id); it != by_id_.end()) return it->second;
  by_id_.emplace(actor.id, actors_.size());
  actors_.push_back(std::move(actor));
  info_.emplace_back();
  return actors_.size() - 1;
}

std::optional<size_t> ActorTable::AuthorActor() {
  if (author_actor_) return author_actor_;
  if (author_.empty() && publisher_.empty()) return std::nullopt;
  model::Actor a;
  a.name = !author_.empty() ? author_ : publisher_;
  a.id = model::Slug(a.name);
  a.type = author_.empty() ? model::ActorType::kOrganization : model::ActorType::kPerson;
  author_actor_ = AddActor(std::move(a));
  return author_actor_;
}

}  // namespace claimkb::extract
