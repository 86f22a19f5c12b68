// ActorTable::ResolveSource: the actor behind the source phrase of an attribution.
#include <algorithm>
#include <array>
#include <cctype>
#include <span>

#include "core/extract/actors.h"
#include "core/extract/gender.h"
#include "core/extract/gazetteer.h"

namespace claimkb::extract {

namespace {

using model::ActorType;

bool Edge(const Token& t) {
  if (t.Is(kWord)) return false;
  return true;  // quotes, commas, dashes around a phrase
}

bool Cuts(const Token& t, std::string_view lw) {
  if (t.Is(kPunct)) return t.text == "," || t.text == "(" || t.text == ";" || t.text == ":";
  static const std::string_view kWords[] = {"from", "of",  "in",    "at",    "on",  "with", "by",  "for",
                                            "who",  "that", "which", "whose", "to",  "under", "about", "over"};
  for (auto w : kWords)
    if (lw == w) return true;
  return false;
}

bool IsAuxiliary(std::string_view lw) {
  static const std::string_view kWords[] = {"has", "have", "had", "is", "are", "was", "were", "will", "would",
                                            "did", "does", "do", "also", "not", "had", "could", "can", "may",
                                            "might", "should", "must", "never", "still", "then"};
  for (auto w : kWords)
    if (lw == w) return true;
  return lw.ends_with("n't") || lw.ends_with("n\xE2\x80\x99t") || (lw.size() > 4 && lw.ends_with("ly"));
}

bool IsReflexive(std::string_view lw) {
  return lw == "himself" || lw == "herself" || lw == "itself" || lw == "themselves";
}

// Whether the sentence holds a pronoun of this gender (`lower`: the lower-cased text).
bool HasPronoun(std::string_view lower, Range sentence, Gender gender) {
  std::string_view s = lower.substr(sentence.begin, sentence.size());
  auto word = [&](std::string_view w) {
    for (size_t p = s.find(w); p != std::string_view::npos; p = s.find(w, p + 1)) {
      bool left = p == 0 || !std::isalpha(static_cast<unsigned char>(s[p - 1]));
      bool right = p + w.size() >= s.size() || !std::isalpha(static_cast<unsigned char>(s[p + w.size()]));
      if (left && right) return true;
    }
    return false;
  };
  return gender == Gender::kFemale ? word("she") || word("her") : word("he") || word("him") || word("his");
}

bool IsDeterminer(std::string_view lw) {
  return lw == "a" || lw == "an" || lw == "the" || lw == "this" || lw == "that" || lw == "these" || lw == "those";
}

// Whether `prefix`, the words before a sentence's first name, only describe
// that name: "Democratic front-runner" in "Democratic front-runner Hillary
// Clinton caused", "Wisconsin Gov." before "Scott Walker"; not "After" or "In Ohio,".
bool DescribesName(std::string_view prefix) {
  if (prefix.empty() || prefix.size() > 40 || prefix.back() != ' ') return false;
  size_t words = 0;
  for (size_t b = 0; b < prefix.size();) {
    size_t e = prefix.find(' ', b);
    std::string_view word = prefix.substr(b, e - b);
    if (word.empty() || ++words > 3) return false;
    for (char c : word)
      if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-' && c != '.') return false;
    // Later words are names, titles or compounds: "Wisconsin Gov.", not "Filling in for".
    if (words > 1 && !std::isupper(static_cast<unsigned char>(word[0])) && word.find('-') == std::string_view::npos)
      return false;
    b = e + 1;
  }
  std::string first = AsciiLower(prefix.substr(0, prefix.find(' ')));
  return std::isupper(static_cast<unsigned char>(prefix[0])) && !Lexicon::Get().Is(first, kStop) &&
         !IsDeterminer(first);
}

}  // namespace

bool ActorTable::InOpeningPhrase(size_t pos) const {
  static constexpr std::array<std::string_view, 20> kOpeners = {
      "after", "although", "amid", "as",   "at",   "before", "despite", "during", "following", "if",
      "in",    "on",       "once", "since", "though", "through", "until", "when",  "while",   "with"};
  if (sentences_.empty() || pos > text_.size()) return false;
  size_t start = sentences_[SentenceOf(pos)].begin;
  std::string_view before = text_.substr(start, pos - start);
  if (before.find(',') != std::string_view::npos) return false;
  size_t b = 0;
  while (b < before.size() && !std::isalpha(static_cast<unsigned char>(before[b]))) ++b;
  size_t e = b;
  while (e < before.size() && std::isalpha(static_cast<unsigned char>(before[e]))) ++e;
  if (e == b || e == before.size()) return false;  // the name opens the sentence
  std::string first = AsciiLower(before.substr(b, e - b));
  bool participle = first.size() > 4 && (first.ends_with("ing") || first.ends_with("ed")) &&
                    !Lexicon::Get().Is(first, kGiven);
  return participle || std::find(kOpeners.begin(), kOpeners.end(), first) != kOpeners.end();
}

std::optional<size_t> ActorTable::ResolveSource(Range range, size_t sentence) {
  std::optional<size_t> a = ResolveSourcePhrase(range, sentence);
  if (a) spoke_.push_back({range.begin, sentence, *a});
  return a;
}

std::optional<size_t> ActorTable::ResolveSourcePhrase(Range range, size_t sentence) {
  if (range.end > text_.size() || range.begin >= range.end) return std::nullopt;
  if (lower_.size() != text_.size()) lower_ = AsciiLower(text_);
  std::vector<Token> all = Tokenize(text_, range);
  size_t b = 0, e = all.size();
  while (b < e && Edge(all[b])) ++b;
  while (e > b && Edge(all[e - 1])) --e;
  // A phrase that runs into its verb: "moderators didn't", "officials have";
  // an intensifying reflexive adds no one: "Sanders himself".
  while (e > b + 1 && all[e - 1].Is(kWord) && !all[e - 1].Is(kCapitalized) &&
         (IsAuxiliary(AsciiLower(all[e - 1].text)) || IsReflexive(AsciiLower(all[e - 1].text))))
    --e;
  if (b == e) return std::nullopt;
  std::vector<Token> toks(all.begin() + static_cast<std::ptrdiff_t>(b), all.begin() + static_cast<std::ptrdiff_t>(e));
  // A description cut off from its modifiers ("intelligence community" after
  // "The US") takes the adjacent capitalised words and article back.
  if (toks.front().Is(kWord) && !toks.front().Is(kCapitalized) && !toks.front().Is(kAllCaps) &&
      !Lexicon::Get().Is(AsciiLower(toks.front().text), kPronounPerson) && sentence < sentences_.size() &&
      sentences_[sentence].begin <= toks.front().begin) {
    // Only the few words just before matter: a bounded window keeps long sentences linear.
    size_t from = sentences_[sentence].begin;
    if (toks.front().begin - from > 256) {
      from = toks.front().begin - 256;
      while (from < toks.front().begin && text_[from] != ' ') ++from;
    }
    std::vector<Token> pre = Tokenize(text_, Range{from, toks.front().begin});
    size_t k = pre.size(), caps = 0;
    while (k > 0 && caps < 3 && pre[k - 1].Is(kWord) && (pre[k - 1].Is(kCapitalized) || pre[k - 1].Is(kAllCaps)) &&
           !IsDeterminer(AsciiLower(pre[k - 1].text)) &&
           (pre[k - 1].Is(kAllCaps) || !(Lexicon::Get().Classes(AsciiLower(pre[k - 1].text)) & kStop))) {
      --k;
      ++caps;
    }
    if (caps > 0) {
      if (k > 0 && IsDeterminer(AsciiLower(pre[k - 1].text))) --k;
      toks.insert(toks.begin(), pre.begin() + static_cast<std::ptrdiff_t>(k), pre.end());
    }
  }
  Range phrase{toks.front().begin, toks.back().end};
  const Lexicon& lex = Lexicon::Get();
  auto lw = [&](size_t i) {
    std::string_view k = StripPossessive(toks[i].text);
    return std::string_view(lower_).substr(toks[i].begin, k.size());
  };

  // Mentions are sorted by start and short (aliases are capped at 120 bytes):
  // only those starting near the phrase can touch it.
  auto win_begin = std::lower_bound(found_.begin(), found_.end(), phrase.begin > 256 ? phrase.begin - 256 : 0,
                                    [](const Found& f, size_t b) { return f.range.begin < b; });
  auto win_end = std::lower_bound(win_begin, found_.end(), phrase.end + 1,
                                  [](const Found& f, size_t b) { return f.range.begin < b; });
  std::span<const Found> near(found_.data() + (win_begin - found_.begin()), static_cast<size_t>(win_end - win_begin));

  // The head of the phrase ends before its first complement: "The letter | from Maduro".
  auto inside_mention = [&](size_t pos) {
    for (const Found& f : near)
      if (f.range.begin < pos && pos < f.range.end) return true;
    return false;
  };
  size_t cut = toks.size();
  for (size_t i = 1; i < toks.size(); ++i) {
    bool lower_word = toks[i].Is(kWord) && !toks[i].Is(kCapitalized) && !toks[i].Is(kAllCaps);
    if ((toks[i].Is(kPunct) || lower_word) && Cuts(toks[i], toks[i].Is(kWord) ? lw(i) : std::string_view()) &&
        !inside_mention(toks[i].begin)) {
      cut = i;
      break;
    }
  }
  Range head{toks.front().begin, toks[cut - 1].end};
  size_t head_end_name = toks[cut - 1].begin + StripPossessive(toks[cut - 1].text).size();

  // A known mention that ends the head: "Trump", "President Nicolas Maduro", "Trump's envoy Richard Grenell".
  std::optional<size_t> named;
  for (const Found& f : near) {
    if (f.range.begin >= head.begin && (f.range.end == head.end || f.range.end == head_end_name)) named = f.actor;
  }
  // A phrase cut inside a longer name ("the Center for Economic" of "... and Policy Research").
  for (const Found& f : near) {
    if (!named && f.range.begin >= head.begin && f.range.begin < head.end && f.range.end > head.end &&
        f.range.begin >= phrase.begin)
      named = f.actor;
  }
  // "Orbán's spokesman, Zoltán Kovács": the apposed name is the speaker.
  if (!named && cut < toks.size() && toks[cut].text == ",") {
    for (const Found& f : near)
      if (f.range.end == phrase.end && f.range.begin > toks[cut].begin && actors_[f.actor].type == ActorType::kPerson)
        named = f.actor;
  }
  // "May said" after "Theresa May": a surname the scan skipped as a modal or a month.
  if (!named && toks.size() == 1 && toks[0].Is(kCapitalized))
    if ((named = BySurname(toks[0].text, phrase.begin))) AddAlias(*named, toks[0].text);
  if (named) {
    if (phrase.size() < 80 && toks.size() > 1) AddAlias(*named, text_.substr(head.begin, head.size()));
    return named;
  }
  if (cut == toks.size()) {
    if (auto f = NameAfterDescription(toks.back(), phrase.end)) {
      size_t a = f->actor;
      if (f->range.end - phrase.begin < 80) AddAlias(a, text_.substr(phrase.begin, f->range.end - phrase.begin));
      return a;
    }
  }
  // "Senator Jo Smith, an Ohio Republican": a description apposed to a
  // person's name is that person, not a new actor; not so a name that ends
  // an opening phrase ("Appearing on Face the Nation, the front-runner said").
  if (std::string_view d0 = lw(0); d0 == "a" || d0 == "an" || d0 == "the") {
    size_t k = phrase.begin;
    while (k > 0 && text_[k - 1] == ' ') --k;
    if (k > 1 && text_[k - 1] == ',')
      for (const Found& f : near)
        if (f.range.end == k - 1 && actors_[f.actor].type == ActorType::kPerson && !InOpeningPhrase(f.range.begin))
          return f.actor;
  }

  std::string_view first = lw(0);
  uint32_t first_cls = lex.Classes(first);
  if (cut == 1 && (first_cls & (kPronounPerson | kPronounIt | kPronounThey))) {
    return ResolvePronoun(first, phrase.begin, sentence);
  }
  if (cut == 1 && (first_cls & kPronounSkip)) return std::nullopt;
  // "his spokesman", "its chief executive": someone's, not anyone's.
  bool possessive = first == "his" || first == "her" || first == "its" || first == "their";
  if (possessive && cut >= 2 && !toks[cut - 1].Is(kCapitalized) && !toks[cut - 1].Is(kAllCaps)) {
    uint32_t head_cls = lex.Classes(lw(cut - 1)) | lex.Classes(Singular(lw(cut - 1)));
    if (head_cls & (kPersonNoun | kTitle | kOrgNoun | kGroupNoun))
      return ResolveOwned(first, phrase, Range{toks[1].begin, toks[cut - 1].end},
                          (head_cls & (kPersonNoun | kTitle)) != 0, sentence);
  }

  size_t d = IsDeterminer(first) ? 1 : 0;
  if (d >= cut) return std::nullopt;
  std::string_view head_lw = lw(cut - 1);
  std::string singular = Singular(head_lw);
  uint32_t cls = lex.Classes(head_lw) | lex.Classes(singular);
  bool head_lower = (!toks[cut - 1].Is(kCapitalized) && !toks[cut - 1].Is(kAllCaps)) || (cut == 1 && SentenceStart(phrase.begin));

  if ((cls & kDocNoun) && head_lower) {
    // "Many reports", "several studies": a quantified plural is no one document
    // ("the report" never refers back to it); the source resolver names the set.
    if (singular != head_lw && IsVagueQuantifier(first)) return std::nullopt;
    std::string_view modifier;
    if (cut - 1 > d) modifier = text_.substr(toks[d].begin, toks[cut - 2].end - toks[d].begin);
    return ResolveDocument(phrase, head, modifier, singular, head_lw, sentence);
  }

  const Gazetteer& gaz = Gazetteer::Get();
  std::vector<std::string_view> keys;
  for (size_t i = d; i < cut; ++i) keys.push_back(StripPossessive(toks[i].text));

  // "the (Venezuelan) President", "the gang"
  std::string country;
  size_t t0 = d;
  if (auto m = gaz.Match(keys.data(), keys.size())) {
    const GazEntry& g = gaz.entry(m->entry);
    if (g.skip && m->tokens == keys.size()) return std::nullopt;
    if (!g.skip && m->tokens == keys.size()) {
      size_t a = FromGazetteer(static_cast<int>(m->entry));  // "Venezuelans", "Washington"
      AddMention(head, a, sentence);
      AddAlias(a, text_.substr(head.begin, head.size()));
      return a;
    }
    if (!g.skip && g.type == ActorType::kCountry) {
      country = g.id;
      t0 = d + m->tokens;
    }
  }
  if (first == "the" && t0 < cut) {
    std::vector<std::string_view> rest;
    for (size_t i = t0; i < cut; ++i) rest.push_back(lw(i));
    if (lex.LongestAt(rest.data(), rest.size(), kTitle) == rest.size()) {
      std::string title(rest[0]);
      for (size_t i = 1; i < rest.size(); ++i) title += " " + std::string(rest[i]);
      if (auto a = Describe(title, country, phrase.begin)) {
        AddMention(head, *a, sentence);
        AddAlias(*a, text_.substr(head.begin, head.size()));
        return a;
      }
    }
    if (country.empty() && t0 + 1 == cut && (cls & (kGroupNoun | kOrgNoun))) {
      if (auto a = ReferBack(singular, phrase.begin, sentence)) {
        AddAlias(*a, text_.substr(head.begin, head.size()));
        return a;
      }
    }
  }

  // "Con Edison officials said ... the officials said": the group named a few sentences up.
  if (first == "the" && cut == 2 && d == 1 && head_lower && singular != head_lw && (cls & kPersonNoun)) {
    if (auto a = NamedGroup(head_lw, phrase.begin, sentence)) {
      AddAlias(*a, text_.substr(head.begin, head.size()));
      AddMention(head, *a, sentence);
      return a;
    }
  }

  // "the billionaire developer", "the former secretary", "the Republican
  // nominee": a definite description of a public figure whose title no one
  // holds here is the person named last, outside quotes, in this sentence or
  // the two before (measured: right about half the time when a name or party
  // modifies it, so only plain modifiers count).
  static constexpr std::array<std::string_view, 17> kFigures = {
      "billionaire", "businessman", "businesswoman", "candidate", "congressman", "congresswoman",
      "contender",   "developer",   "front-runner",  "frontrunner", "governor", "hopeful",
      "mogul",       "nominee",     "secretary",     "senator",     "tycoon"};
  // "the Vermont senator", "the GOP nominee": a named modifier picks
  // someone the last name need not be.
  bool plain = d == 1 && first == "the" && head_lower && singular == head_lw && cut == toks.size();
  for (size_t i = d; i + 1 < cut && plain; ++i)
    plain = toks[i].Is(kWord) && !toks[i].Is(kCapitalized) && !toks[i].Is(kAllCaps);
  if (plain && std::find(kFigures.begin(), kFigures.end(), head_lw) != kFigures.end()) {
    auto from = std::lower_bound(found_.begin(), found_.end(), phrase.begin,
                                 [](const Found& f, size_t b) { return f.range.begin < b; });
    for (auto it = std::make_reverse_iterator(from); it != found_.rend(); ++it) {
      if (it->sentence + 2 < sentence) break;
      if (actors_[it->actor].type != ActorType::kPerson || info_[it->actor].plural || quotes_.At(it->range.begin))
        continue;
      size_t a = it->actor;  // AddMention may move found_
      AddAlias(a, text_.substr(head.begin, head.size()));
      AddMention(head, a, sentence);
      return a;
    }
  }

  ActorType type = ActorType::kOther;
  bool plural = singular != head_lw;
  if (head_lower && (cls & (kPersonNoun | kTitle))) type = ActorType::kPerson;
  else if (cls & kGroupNoun && !(cls & kOrgNoun)) type = ActorType::kGroup;
  else if (cls & kOrgNoun) type = ActorType::kOrganization;
  if (type == ActorType::kOther) {
    // A capitalised name the scan did not keep: "Smith", "Acme Corp".
    bool names = true;
    for (size_t i = d; i < cut && names; ++i) {
      bool cap = toks[i].Is(kCapitalized) || toks[i].Is(kAllCaps);
      // The period of an initial: "C. Eugene Steuerle".
      bool initial = toks[i].text == "." && i > d && i + 1 < cut && toks[i - 1].text.size() == 1 &&
                     toks[i - 1].end == toks[i].begin;
      names = initial || (toks[i].Is(kWord) && !toks[i].Is(kNumber) && (cap || (lex.Classes(lw(i)) & kConnector)));
    }
    uint32_t c0 = lex.Classes(lw(d));
    size_t shouting = 0;
    for (size_t i = d; i < cut; ++i) shouting += toks[i].Is(kAllCaps);
    if (!names || shouting > 1 || (cut - d == 1 && (c0 & (kStop | kMonth | kPronounSkip | kGeoHead | kTitle | kAbbrev))))
      return std::nullopt;
    type = (cls & kOrgHead) || toks[cut - 1].Is(kAllCaps) ? ActorType::kOrganization : ActorType::kPerson;
    plural = false;
  }
  // "a spokeswoman for the SEC" is not any spokeswoman: a complement naming an actor stays in the name.
  size_t name_end = head.end;
  if (cut < toks.size() && toks[cut].Is(kWord) && phrase.size() < 80) {
    std::string_view c = lw(cut);
    if (c == "for" || c == "of" || c == "at" || c == "with" || c == "from") {
      for (const Found& f : near)
        if (f.range.begin > toks[cut].begin && f.range.end <= phrase.end) name_end = phrase.end;
    }
  }
  model::Actor actor;
  actor.name = std::string(StripPossessive(text_.substr(toks[d].begin, name_end - toks[d].begin)));
  // "Analysts said": a common noun capitalised only by its position.
  if (d == 0 && toks[0].Is(kCapitalized) && !toks[0].Is(kAllCaps) && (lex.Classes(lw(0)) & (kPersonNoun | kOrgNoun)) &&
      SentenceStart(phrase.begin) && actor.name[0] >= 'A' && actor.name[0] <= 'Z')
    actor.name[0] = static_cast<char>(actor.name[0] - 'A' + 'a');
  actor.id = model::Slug(actor.name);
  actor.type = type;
  size_t a = AddActor(std::move(actor));
  info_[a].plural = plural;
  if (!country.empty() && info_[a].country.empty()) info_[a].country = country;
  AddAlias(a, text_.substr(head.begin, head.size()));
  if (phrase.size() < 80) AddAlias(a, text_.substr(phrase.begin, phrase.size()));
  AddMention(head, a, sentence);
  return a;
}

std::optional<size_t> ActorTable::NamedGroup(std::string_view plural, size_t before, size_t sentence) const {
  auto from = std::lower_bound(found_.begin(), found_.end(), before,
                               [](const Found& f, size_t b) { return f.range.begin < b; });
  for (auto it = std::make_reverse_iterator(from); it != found_.rend() && it->sentence + 3 >= sentence; ++it) {
    std::string name = AsciiLower(actors_[it->actor].name);
    if (name.size() > plural.size() + 1 && name.ends_with(plural) && name[name.size() - plural.size() - 1] == ' ')
      return it->actor;
  }
  return std::nullopt;
}

std::optional<ActorTable::Found> ActorTable::NameAfterDescription(const Token& last, size_t end) const {
  if (!last.Is(kWord) || last.Is(kCapitalized) || last.Is(kAllCaps) || last.Is(kNumber)) return std::nullopt;
  std::string lw = AsciiLower(last.text);
  uint32_t cls = Lexicon::Get().Classes(lw) | Lexicon::Get().Classes(Singular(lw));
  if (!(cls & (kOrgNoun | kPersonNoun | kTitle)) || (cls & kStop)) return std::nullopt;
  size_t k = end;
  while (k < text_.size() && text_[k] == ' ') ++k;
  if (k == end || k - end > 1) return std::nullopt;
  auto it = std::lower_bound(found_.begin(), found_.end(), k,
                             [](const Found& f, size_t b) { return f.range.begin < b; });
  if (it == found_.end() || it->range.begin != k) return std::nullopt;
  return *it;
}

std::optional<size_t> ActorTable::ResolveOwned(std::string_view possessive, Range phrase, Range rest, bool person,
                                               size_t sentence) {
  std::optional<size_t> owner = ResolvePronoun(possessive, phrase.begin, sentence, /*speaker=*/false);
  if (!owner) return std::nullopt;
  model::Actor actor;
  actor.name = actors_[*owner].name + "\u2019s " + std::string(StripPossessive(text_.substr(rest.begin, rest.size())));
  actor.id = model::Slug(actor.name);
  actor.type = person ? ActorType::kPerson : ActorType::kOrganization;
  size_t a = AddActor(std::move(actor));
  if (!info_[*owner].country.empty() && info_[a].country.empty()) info_[a].country = info_[*owner].country;
  AddAlias(a, text_.substr(phrase.begin, phrase.size()));
  AddMention(phrase, a, sentence);
  return a;
}

std::optional<size_t> ActorTable::ResolvePronoun(std::string_view lower, size_t before, size_t sentence, bool speaker) {
  const Lexicon& lex = Lexicon::Get();
  uint32_t cls = lex.Classes(lower);
  // "she" is never a man: a person of the other gender does not fit.
  Gender gender = PronounGender(lower);
  Gender other = gender == Gender::kFemale ? Gender::kMale : gender == Gender::kMale ? Gender::kFemale : Gender::kUnknown;
  auto fits = [&](size_t a) {
    ActorType t = actors_[a].type;
    if (cls & kPronounPerson)
      return t == ActorType::kPerson && !info_[a].plural && (other == Gender::kUnknown || GenderOf(actors_[a]) != other);
    if (cls & kPronounIt)
      return t == ActorType::kOrganization || t == ActorType::kCountry || t == ActorType::kDocument ||
             t == ActorType::kGroup;
    if (cls & kPronounThey)
      return t == ActorType::kGroup || t == ActorType::kOrganization || t == ActorType::kCountry || info_[a].plural;
    return false;
  };
  // The fitting actor whose name opens a sentence, followed by a lower-case word: its subject.
  auto subject_of = [&](size_t k) -> std::optional<size_t> {
    if (k >= sentences_.size()) return std::nullopt;
    size_t start = sentences_[k].begin;
    auto first = std::lower_bound(found_.begin(), found_.end(), start,
                                  [](const Found& f, size_t b) { return f.range.begin < b; });
    if (first == found_.end() || first->sentence != k || !fits(first->actor) || quotes_.Inside(start) ||
        (first->range.begin != start && !DescribesName(text_.substr(start, first->range.begin - start))))
      return std::nullopt;
    // Its verb follows: "Lee answered", not "Lee's", "Lee, a builder," or "The Gap Goes On:".
    std::string_view after = text_.substr(first->range.end, 2);
    if (after.size() < 2 || after[0] != ' ' || after[1] < 'a' || after[1] > 'z') return std::nullopt;
    return first->actor;
  };
  // A name quoted is talked about, not talking: "“Here comes Big Daddy,” she said".
  const Range* own_quote = quotes_.At(before);
  // A pronoun that speaks continues the latest speaker of this or the previous
  // sentence when it fits: "Officials said X. They said Y" (not the country named in X).
  if (speaker) {
    // Sources are resolved in text order, give or take a few: a short look back is enough.
    // "Roscosmos said in a statement. It said ...": a bare one-word name with
    // no given name or title, typed a person for want of better, is the body
    // that "it" goes on with.
    auto bare_name = [&](size_t a) {
      const model::Actor& x = actors_[a];
      if (!(cls & kPronounIt) || x.type != ActorType::kPerson || !x.titles.empty() ||
          x.name.find(' ') != std::string::npos || lex.Is(AsciiLower(x.name), kGiven))
        return false;
      return std::none_of(x.aliases.begin(), x.aliases.end(),
                          [](const std::string& al) { return al.find(' ') != std::string::npos; });
    };
    // "Earnest said that Obama hopes X. He said ...": a speaker reported
    // after "that" is inside the sentence before; its own subject goes on.
    if (lower_.size() != text_.size()) lower_ = AsciiLower(text_);
    auto reported = [&](size_t pos) {
      size_t k = pos;
      while (k > 0 && lower_[k - 1] == ' ') --k;
      return k >= 5 && std::string_view(lower_).substr(k - 5, 5) == " that";
    };
    std::optional<size_t> inner;
    size_t inner_sentence = 0;
    size_t looked = 0;
    for (auto it = spoke_.rbegin(); it != spoke_.rend() && looked < 16; ++it, ++looked) {
      if (it->pos >= before || it->sentence > sentence || it->sentence + 1 < sentence) continue;
      if (inner && it->sentence != inner_sentence) break;
      if (!fits(it->actor) && !bare_name(it->actor)) continue;
      if (it->sentence < sentence && reported(it->pos)) {
        if (!inner) inner = it->actor, inner_sentence = it->sentence;
        continue;
      }
      return it->actor;
    }
    // "Lee answered reports that Hill would back her rival. “...,” she said."
    if (inner) {
      auto subject = subject_of(inner_sentence);
      return subject ? subject : inner;
    }
    // Further back, over a run of quotes: the latest speaker a few sentences
    // up, when only quotes stand between and no other fitting actor is named
    // since ("..., he said. “...” / “...,” he said").
    looked = 0;
    for (auto it = spoke_.rbegin(); it != spoke_.rend() && looked < 16; ++it, ++looked) {
      if (it->pos >= before || it->sentence > sentence) continue;
      if (it->sentence + 5 < sentence) break;
      if (!fits(it->actor)) continue;
      bool other = false;
      for (size_t k = it->sentence + 1; k < sentence && k < sentences_.size() && !other; ++k)
        other = quotes_.QuotedShare(sentences_[k]) < 0.5;
      auto from = std::lower_bound(found_.begin(), found_.end(), it->pos + 1,
                                   [](const Found& f, size_t b) { return f.range.begin < b; });
      // Whom the speaker named in their own sentence they talked about:
      // "Pete told me he had talked with Roberts. “...,” he lamented."
      for (auto f = from; f != found_.end() && f->range.begin < before && !other; ++f) {
        if (f->sentence == it->sentence) continue;
        const Range* q = quotes_.At(f->range.begin);
        other = f->actor != it->actor && fits(f->actor) && !(q && q != own_quote);
      }
      if (!other) return it->actor;
      break;
    }
  }
  // The sentences of a quote that the pronoun closes count as one: "Lee
  // made a discovery. “... ? ... . ... . ...,” he said."
  size_t opens = sentence;
  while (opens > 0 && opens < sentences_.size() && sentence - opens < 12 &&
         quotes_.QuotedShare(sentences_[opens - 1]) >= 0.5)
    --opens;
  // A chain of "she" and "her" carries the woman named before it further:
  // "Fetter married ... . But she ... . ... her mind. She ... . “...,” she said."
  if (gender != Gender::kUnknown) {
    if (lower_.size() != text_.size()) lower_ = AsciiLower(text_);
    while (opens > 0 && opens < sentences_.size() && sentence - opens < 12 &&
           HasPronoun(lower_, sentences_[opens - 1], gender))
      --opens;
  }
  // Quoted sentences further up are the speaker's own words and put no
  // distance between a name and its pronoun: "“...,” said Lee. “...” / “...”
  // The plan costs more. “...,” he said."
  auto narrative_between = [&](size_t from, size_t to) {
    size_t n = 0;
    for (size_t k = from + 1; k < to && k < sentences_.size() && n < 3; ++k)
      n += quotes_.QuotedShare(sentences_[k]) < 0.5;
    return n;
  };
  std::optional<size_t> named;
  size_t named_pos = 0;
  size_t named_sentence = 0;
  for (auto it = found_.rbegin(); it != found_.rend(); ++it) {
    if (it->range.begin >= before) continue;
    if (it->sentence + 3 < opens && (it->sentence + 12 < opens || narrative_between(it->sentence, opens) > 2)) break;
    const Range* q = quotes_.At(it->range.begin);
    if (q && q != own_quote) continue;
    if (fits(it->actor)) {
      named = it->actor;
      named_pos = it->range.begin;
      named_sentence = it->sentence;
      break;
    }
  }
  // The subject of the sentence before the quote outranks the names after it:
  // "Lee answered reports that Mayor Hill would back her rival. “...,” she said."
  if (speaker && named && named_sentence < sentence) {
    if (auto subject = subject_of(named_sentence); subject && *subject != *named) named = subject;
  }
  // A speaker last referred to by a resolved pronoun is as near as a name:
  // "Rubio lost. He said that ... . ... . “...,” he said."
  if (speaker) {
    size_t looked = 0;
    for (auto it = spoke_.rbegin(); it != spoke_.rend() && looked < 16; ++it, ++looked) {
      if (it->pos >= before || it->pos <= named_pos || it->sentence + 3 < opens || !fits(it->actor)) continue;
      const Range* q = quotes_.At(it->pos);
      if (q && q != own_quote) continue;
      named = it->actor;
      named_pos = it->pos;
    }
  }
  return named;
}

std::optional<size_t> ActorTable::ResolveDocument(Range phrase, Range head, std::string_view modifier,
                                                  std::string_view noun, std::string_view word, size_t sentence) {
  std::string mod(StripPossessive(modifier));
  std::optional<size_t> doc;
  if (mod.empty()) {
    // "the letter": the latest document of that kind, else the first phrase that introduced one.
    for (size_t a = 0; a < actors_.size(); ++a) {
      if (actors_[a].type != ActorType::kDocument || info_[a].doc_head != noun) continue;
      if (!doc || info_[a].last > info_[*doc].last || info_[*doc].last == kNever) doc = a;
    }
    if (!doc) {
      for (const DocPhrase& p : documents_) {
        if (p.head != noun || p.range.begin > phrase.begin) continue;
        mod = std::string(StripPossessive(p.modifier));
        break;
      }
    }
  }
  if (!doc) {
    model::Actor actor;
    actor.name = mod.empty() ? std::string(word) : mod + " " + std::string(word);
    actor.id = model::Slug(actor.name);
    actor.type = ActorType::kDocument;
    doc = AddActor(std::move(actor));
    info_[*doc].doc_head = std::string(noun);
  }
  size_t a = *doc;
  // Every phrase of this document in the text names it: "a letter", "The letter".
  std::string own = AsciiLower(mod);
  for (const DocPhrase& p : documents_) {
    if (p.head != noun) continue;
    std::string pm = AsciiLower(StripPossessive(p.modifier));
    if (!pm.empty() && pm != own) continue;
    AddMention(p.range, a, p.sentence);
    AddAlias(a, text_.substr(p.range.begin, p.range.size()));
    if (info_[a].last == kNever || p.range.begin >= info_[a].last) {
      info_[a].last = p.range.begin;
      info_[a].last_sentence = p.sentence;
    }
  }
  AddAlias(a, text_.substr(head.begin, head.size()));
  if (phrase.size() < 80) AddAlias(a, text_.substr(phrase.begin, phrase.size()));
  AddMention(head, a, sentence);
  return a;
}

}  // namespace claimkb::extract
