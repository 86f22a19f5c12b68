#include "core/extract/actor_scan.h"

#include <algorithm>

#include "core/extract/actor_scan_sentence.h"

namespace claimkb::extract {

namespace actor_scan {

bool NameShaped(const Token& t) {
  if (!t.Is(kWord) || t.Is(kNumber)) return false;
  std::string_view w = t.text;
  bool lead = t.Is(kCapitalized) || t.Is(kAllCaps);
  if (!lead) {
    if ((w.starts_with("al-") || w.starts_with("el-")) && w.size() > 3 && w[3] >= 'A' && w[3] <= 'Z') return true;
    return false;
  }
  // "You'd", "We'll", "They're": contractions, not names ("O'Brien" is one).
  size_t ap = w.rfind('\'');
  size_t ap_len = 1;
  if (size_t curly = w.rfind("\xE2\x80\x99"); curly != std::string_view::npos && (ap == std::string_view::npos || curly > ap))
    ap = curly, ap_len = 3;
  if (ap != std::string_view::npos) {
    std::string_view tail = w.substr(ap + ap_len);
    if (tail == "d" || tail == "ll" || tail == "re" || tail == "ve" || tail == "m" || tail == "t") return false;
  }
  for (size_t p = w.find('-'); p != std::string_view::npos; p = w.find('-', p + 1)) {
    if (p + 1 >= w.size()) return false;
    unsigned char c = static_cast<unsigned char>(w[p + 1]);
    if (c < 0x80 && !(c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

// "(R-S.C.)", "(D-Ohio)", "(I-Vt.)", "(D-New York)", "Sen. Lindsey Graham, R-S.C.":
// a legislator's party and state after the name, no actor of its own. Returns
// the tokens it covers from i (0 if none).
size_t PartyTagAt(const std::vector<Token>& toks, size_t i) {
  std::string_view w = toks[i].text;
  if (w.size() < 3 || w[1] != '-' || i < 2 || !(w[0] == 'R' || w[0] == 'D' || w[0] == 'I') || w[2] < 'A' ||
      w[2] > 'Z')
    return 0;
  bool paren = toks[i - 1].text == "(";
  if (!paren && !(toks[i - 1].text == "," && toks[i - 2].Is(kCapitalized))) return 0;
  for (size_t j = i + 1, words = 0; words <= 2; ++j) {
    if (j == toks.size()) return paren ? 0 : j - i;
    if (toks[j].text == ")") return paren ? j - i : 0;
    if (toks[j].text == ".") continue;
    if (!paren && toks[j].Is(kPunct)) return j - i;
    if (!toks[j].Is(kCapitalized)) return 0;
    ++words;
  }
  return 0;
}

std::string CapitalInitials(std::string_view word) {
  std::string out;
  for (size_t p = 0; p < word.size();) {
    if (word[p] >= 'A' && word[p] <= 'Z') out += word[p];
    size_t dash = word.find('-', p);
    p = dash == std::string_view::npos ? word.size() : dash + 1;
  }
  return out;
}

bool IsDirectional(std::string_view lw) {
  static const std::string_view kWords[] = {"western", "eastern", "northern", "southern", "central", "north",
                                            "south",   "east",    "west",     "greater",  "upper",   "lower",
                                            "northeastern", "northwestern", "southeastern", "southwestern"};
  for (auto w : kWords)
    if (lw == w) return true;
  return false;
}

bool IsSpanishConnector(std::string_view lw) {
  static const std::string_view kWords[] = {"de", "del", "della", "los", "las", "la", "da", "do", "dos",
                                            "das", "di", "du", "des", "el", "y"};
  for (auto w : kWords)
    if (lw == w) return true;
  return false;
}

bool IsNameParticle(std::string_view lw) {
  static const std::string_view kWords[] = {"bin", "ibn", "bint", "van", "von", "der", "den", "ter", "ten", "zu", "ul", "ud", "al"};
  for (auto w : kWords)
    if (lw == w) return true;
  return false;
}

bool IrishSurname(std::string_view w) {
  auto upper = [&](size_t i) { return i < w.size() && w[i] >= 'A' && w[i] <= 'Z'; };
  if (w.starts_with("Mc")) return upper(2);
  if (w.starts_with("O'")) return upper(2);
  return w.starts_with("O\xE2\x80\x99") && upper(4);
}

void SentenceScan::Run(size_t sentence, const std::vector<Token>& toks) {
  s_ = sentence;
  t_ = &toks;
  n_ = toks.size();
  key_.clear();
  lw_.clear();
  poss_.clear();
  cls_.clear();
  for (const Token& t : toks) {
    bool had = false;
    std::string_view k = StripPossessive(t.text, &had);
    key_.push_back(k);
    lw_.push_back(lower_.substr(t.begin, k.size()));
    poss_.push_back(had);
    cls_.push_back(t.Is(kWord) ? lex_.Classes(lw_.back()) : 0);
  }
  heading_ = IsHeadingLike(toks);
  if (SignatureLine()) return;
  size_t i = 0;
  while (i < n_) {
    if (!T(i).Is(kWord)) {
      if (!heading_ && IsPunct(T(i), "(")) ExpandedAcronym(i);
      if (!heading_ && T(i).Is(kOpenQuote)) TitledWork(i);
      ++i;
      continue;
    }
    size_t next = i + 1;
    if (!heading_ && ArticlePhrase(i, &next)) {
      i = next;
      continue;
    }
    if (size_t tag = T(i).text.size() > 2 && T(i).text[1] == '-' ? PartyTagAt(toks, i) : 0) {
      i += tag;
      continue;
    }
    if (Cap(i)) {
      i = Chunk(i);
      continue;
    }
    BrandAfterRole(i);
    ++i;
  }
}

bool SentenceScan::SignatureLine() const {
  size_t words = n_ > 0 && IsPunct(T(n_ - 1), ".") ? n_ - 1 : n_;
  if (words < 2 || words > 4) return false;
  for (size_t k = 0; k < words; ++k)
    if (!Cap(k) || T(k).Is(kAllCaps) || poss_[k] || (cls_[k] & (kStop | kTitle))) return false;
  size_t b = T(0).begin, e = T(n_ - 1).end;
  bool alone_before = b == 0 || text_[b - 1] == '\n';
  bool alone_after = e == text_.size() || text_[e] == '\n';
  return alone_before && alone_after;
}

bool SentenceScan::StartLike(size_t b) const {
  if (b == 0) return true;
  const Token& p = T(b - 1);
  if (p.Is(kOpenQuote)) return true;
  static const std::string_view kP[] = {":", "(", "[", "\xE2\x80\x94", "\xE2\x80\x93", "-", "|", "\xE2\x80\x98", "'", ";"};
  if (p.Is(kPunct))
    for (auto s : kP)
      if (p.text == s) return true;
  return false;
}

Candidate& SentenceScan::Push(CandidateKind kind, size_t b, size_t e, size_t sb, std::string name) {
  Candidate c;
  c.kind = kind;
  c.range = R(b, e);
  c.surface = R(sb, e);
  c.sentence = s_;
  c.name = std::move(name);
  c.heading = heading_;
  out_.candidates.push_back(std::move(c));
  return out_.candidates.back();
}

bool SentenceScan::Speaks(size_t j) const {
  if (j >= n_) return false;
  if (Lowercase(j) && (cls_[j] & kSpeech)) return true;
  // An age in apposition is only ever given for a person: "Jane Roe, 34, was ...".
  if (IsPunct(T(j), ",") && j + 2 < n_ && T(j + 1).Is(kNumber) && IsPunct(T(j + 2), ",") && T(j + 1).text.size() <= 3)
    return true;
  if (IsPunct(T(j), ",") && j + 1 < n_) {
    size_t k = j + 1;
    if (IsArticle(k) || lw_[k] == "who") ++k;
    for (size_t m = k; m < n_ && m < k + 4; ++m) {
      if (!T(m).Is(kWord)) break;
      if (Lowercase(m) && (cls_[m] & (kTitle | kPersonNoun))) return true;
    }
  }
  return false;
}

bool SentenceScan::ArticlePhrase(size_t i, size_t* next) {
  if (!IsArticle(i)) return false;
  bool definite = lw_[i] == "the";
  if (DocumentPhrase(i, next)) return true;
  size_t j = i + 1;
  while (j < n_ && Lowercase(j) && (cls_[j] & kTitleMod) && !(cls_[j] & kTitle)) ++j;
  if (j >= n_ || !definite) return false;
  std::string country;
  size_t cj = j;
  if (auto m = Gaz(j, n_)) {
    const GazEntry& e = gaz_.entry(m->entry);
    // "the Venezuelan government"; "the Tunis government" (a capital only before a government noun).
    size_t after = j + m->tokens;
    bool capital_gov = m->kind == AliasKind::kCapital && after < n_ && Lowercase(after) &&
                       lex_.LongestAt(lw_.data() + after, n_ - after, kGovernmentHead);
    if (!e.skip && e.type == ActorType::kCountry && (m->kind != AliasKind::kCapital || capital_gov)) {
      country = e.id;
      j += m->tokens;
    }
  }
  if (j >= n_ || !T(j).Is(kWord)) return false;
  if (!country.empty() && Lowercase(j)) {
    if (size_t L = lex_.LongestAt(lw_.data() + j, n_ - j, kGovernmentHead)) {
      Candidate& c = Push(CandidateKind::kActor, cj, j + L, i, gaz_.entry(*gaz_.Find(country)).name);
      c.gaz = static_cast<int>(*gaz_.Find(country));
      c.type = ActorType::kCountry;
      c.range = R(i, j + L);
      *next = j + L;
      return true;
    }
  }
  if (size_t L = lex_.LongestAt(lw_.data() + j, n_ - j, kTitle)) {
    size_t k = j + L;
    bool named_after = Cap(k) || (k + 1 < n_ && IsPunct(T(k), ",") && Cap(k + 1) && (cls_[k + 1] & kGiven));
    bool of_phrase = k < n_ && (lw_[k] == "of" || lw_[k] == "for");
    if (!named_after && !of_phrase) {
      Candidate& c = Push(CandidateKind::kDescription, i, k, i, std::string(lw_[j]));
      for (size_t m = j + 1; m < k; ++m) c.name += " " + std::string(lw_[m]);
      c.country = country;
      c.type = ActorType::kPerson;
      *next = k;
      return true;
    }
    return false;
  }
  if (country.empty() && BodyNamedBy(j)) {
    Candidate& c = Push(CandidateKind::kActor, j, j + 2, i, std::string(key_[j]) + " " + std::string(lw_[j + 1]));
    c.type = ActorType::kOrganization;
    *next = j + 2;
    return true;
  }
  if (size_t g = country.empty() ? NamedGroupEnd(j) : 0) {
    Candidate& c = Push(CandidateKind::kActor, j, g, i, Text(j, g - 1) + " group");
    c.type = ActorType::kGroup;
    *next = g;
    return true;
  }
  if (country.empty() && Lowercase(j) && !poss_[j] && (cls_[j] & (kGroupNoun | kOrgNoun)) && !(cls_[j] & kDocNoun)) {
    bool qualified = j + 1 < n_ && (Cap(j + 1) || lw_[j + 1] == "of" || lw_[j + 1] == "for");
    if (!qualified) {
      Candidate& c = Push(CandidateKind::kNounRef, i, j + 1, i, Singular(lw_[j]));
      c.type = ActorType::kOther;
      *next = j + 1;
      return true;
    }
  }
  return false;
}

bool SentenceScan::BodyNamedBy(size_t k) const {
  static const WordSet kBodies = {"administration", "government", "regime", "campaign", "presidency",
                                  "cabinet",        "party",      "movement", "militia"};
  return Cap(k) && !poss_[k] && k + 1 < n_ && kBodies.Contains(lw_[k + 1]);
}

size_t SentenceScan::NamedGroupEnd(size_t k) const {
  size_t m = k;
  while (m < n_ && m < k + 3 && Cap(m) && !poss_[m] && !T(m).Is(kAllCaps)) ++m;
  if (m == k || m >= n_ || !Lowercase(m) || lw_[m] != "group" || poss_[m] || Gaz(k, m)) return 0;
  for (size_t w = k; w < m; ++w)
    if (cls_[w] & (kGiven | kTitle | kStop | kMonth | kOrgHead | kGeoHead)) return 0;
  return m + 1;
}

bool SentenceScan::RulingBodyNamedBy(size_t k) const {
  static const WordSet kRuling = {"administration", "government", "regime", "cabinet", "party", "militia"};
  return BodyNamedBy(k) && kRuling.Contains(lw_[k + 1]) && !DemonymAt(k) && !IsDirectional(lw_[k]);
}

bool SentenceScan::DocumentPhrase(size_t i, size_t* next) {
  for (size_t k = i + 1; k < n_ && k <= i + 4; ++k) {
    if (!T(k).Is(kWord) || (Lowercase(k) && (cls_[k] & (kStop | kSpeech)) && !(cls_[k] & kDocNoun))) return false;
    if (k > i + 1 && poss_[k - 1] && !Cap(k - 1)) return false;
    if (Lowercase(k) && (cls_[k] & kDocNoun)) {
      // "a press release", "the letter": the noun may be followed by its complement.
      DocPhrase d;
      d.range = R(i, k + 1);
      d.sentence = s_;
      d.head = Singular(lw_[k]);
      if (k > i + 1) d.modifier = Text(i + 1, k);
      DocumentMaker(i + 1, k, d.head == "poll" || d.head == "survey");
      out_.documents.push_back(std::move(d));
      *next = k + 1;
      return true;
    }
  }
  return false;
}

bool SentenceScan::InnerPossessive(size_t k) const {
  std::string_view w = lw_[k];
  return w == "children" || w == "women" || w == "men" || w == "people" || w == "veterans" || w == "workers";
}

bool SentenceScan::OwnerNamed(size_t b) const {
  size_t j = b + 1;
  if (!Cap(j) || poss_[j] || (j + 1 < n_ && Cap(j + 1)) || Gaz(b, b + 1)) return false;
  std::string_view w = lw_[j];
  return w == "club" || w == "kitchen" || w == "diner" || w == "pub" || w == "bakery" || w == "deli" ||
         w == "tavern" || w == "pizza";
}

size_t SentenceScan::ListEnd(size_t j) const {
  auto topic = [&](size_t k) {
    return Cap(k) && !poss_[k] && !T(k).Is(kAllCaps) && !(cls_[k] & (kGiven | kOrgHead)) && !Gaz(k, k + 1) &&
           !(k + 1 < n_ && Cap(k + 1));
  };
  size_t k = j;
  while (k + 1 < n_ && IsPunct(T(k), ",") && topic(k + 1)) {
    k += 2;
    if (k + 1 < n_ && (lw_[k] == "and" || T(k).text == "&") && topic(k + 1)) return k + 2;
  }
  return j;
}

size_t SentenceScan::CampusEnd(size_t j) const {
  size_t k = j + 1;
  if (k >= n_ || !Cap(k) || (cls_[k] & kGiven) || T(k).Is(kAllCaps)) return j;
  while (k < n_ && k < j + 3 && Cap(k) && !poss_[k]) ++k;
  bool closes = k >= n_ || IsPunct(T(k), ",") || IsPunct(T(k), ".") || IsPunct(T(k), ")") ||
                (Lowercase(k) && lw_[k] != "and" && lw_[k] != "or" && !(cls_[k] & kSpeech));
  return closes ? k : j;
}

void SentenceScan::TitledWork(size_t open) {
  static const WordSet kWorks = {"book",  "novel",  "memoir",    "paper", "essay", "article",
                                 "study", "report", "editorial", "op-ed", "column"};
  size_t k = open;
  if (k > 0 && IsPunct(T(k - 1), ",")) --k;
  bool titled = k > 0 && Lowercase(k - 1) && (lw_[k - 1] == "titled" || lw_[k - 1] == "entitled");
  if (titled || (k > 0 && Lowercase(k - 1) && lw_[k - 1] == "called")) --k;
  if (k > 0 && IsPunct(T(k - 1), ",")) --k;
  bool work = k > 0 && Lowercase(k - 1) && !poss_[k - 1] && kWorks.Contains(lw_[k - 1]);
  if (!work && !titled) return;
  size_t close = open + 1;
  while (close < n_ && close < open + 24 && !T(close).Is(kCloseQuote) && !T(close).Is(kOpenQuote)) ++close;
  if (close >= n_ || !T(close).Is(kCloseQuote)) return;
  size_t end = close;
  while (end > open + 1 && (IsPunct(T(end - 1), ",") || IsPunct(T(end - 1), ".") || IsPunct(T(end - 1), ":"))) --end;
  if (end == open + 1 || !Cap(open + 1)) return;
  // Title case, unlike a quoted sentence: most longer words capitalised.
  size_t words = 0, caps = 0;
  for (size_t m = open + 1; m < end; ++m) {
    if (!T(m).Is(kWord) || T(m).Is(kNumber) || key_[m].size() < 4) continue;
    ++words;
    caps += Cap(m);
  }
  if (caps * 10 < words * 6) return;
  Candidate& c = Push(CandidateKind::kActor, open + 1, end, open + 1, Text(open + 1, end));
  c.type = ActorType::kDocument;
}

void SentenceScan::ExpandedAcronym(size_t open) {
  if (open == 0 || open + 2 >= n_ || !T(open + 1).Is(kAllCaps) || !IsPunct(T(open + 2), ")")) return;
  std::string_view acronym = key_[open + 1];
  if (acronym.size() < 2 || acronym.size() > 6 || acronym.find('.') != std::string_view::npos) return;
  size_t need = acronym.size(), k = open;
  // Right to left: each capitalised word gives its initial, or the initials of its hyphened parts
  // ("Trans-Pacific"); "of", "and", "&" between them give none.
  while (k > 0 && need > 0) {
    size_t j = k - 1;
    if (j + 1 < open && (T(j).text == "&" || (Lowercase(j) && (lw_[j] == "and" || (cls_[j] & kConnector))))) {
      k = j;
      continue;
    }
    if (!Cap(j) || (poss_[j] && j + 1 < open)) return;
    std::string initials = CapitalInitials(key_[j]);
    std::string_view left = acronym.substr(0, need);
    if (!initials.empty() && left.ends_with(initials)) need -= initials.size();
    else if (left.back() == key_[j][0]) --need;
    else return;
    k = j;
  }
  if (need > 0 || open - k < 2 || (cls_[k] & kGiven)) return;
  Range whole = R(k, open);
  for (auto it = out_.candidates.rbegin(); it != out_.candidates.rend() && it->sentence == s_; ++it) {
    if (it->range.begin != whole.begin || it->range.end != whole.end) continue;
    if (it->kind == CandidateKind::kActor) it->short_form = std::string(acronym);
    return;
  }
  Candidate& c = Push(CandidateKind::kActor, k, open, k > 0 && lw_[k - 1] == "the" ? k - 1 : k, Text(k, open));
  c.type = ActorType::kOrganization;
  c.short_form = std::string(acronym);
}

size_t SentenceScan::ChunkEnd(size_t b) const {
  size_t j = b + 1;
  if (poss_[b] && OwnerNamed(b)) return j + 1;
  if (poss_[b] && !(InnerPossessive(b) && Cap(j))) return j;
  bool org_tail = false;  // past "Center for": "... Health and Human Rights" is still its name
  bool org_of = false;    // past "Academy of": "Allergy, Asthma and Immunology" is still its name
  bool campus = false;    // past "University of": ", San Diego" names one campus of it
  bool cause = false;     // past "Students for": "Life of America" is still its name
  while (j < n_) {
    if (org_of && IsPunct(T(j), ",")) {
      if (size_t end = ListEnd(j); end > j) {
        j = end;
        continue;
      }
      if (size_t end = CampusEnd(j); campus && end > j) return end;
    }
    if (IsPunct(T(j), ".") && j + 1 < n_ && Cap(j + 1) &&
        ((cls_[j - 1] & kAbbrev) || (key_[j - 1].size() == 1 && T(j - 1).Is(kCapitalized)))) {
      ++j;
      continue;
    }
    if (Cap(j)) {
      if ((cls_[j] & kMonth) && !(cls_[j - 1] & kGiven)) break;  // "Trump Monday", not "Theresa May"
      if (T(j).Is(kSentenceStart)) break;
      cause = cause || (lw_[j] == "for" && AdvocacyHead(j - 1));  // "Students For Life of America"
      ++j;
      if (poss_[j - 1] && !(InnerPossessive(j - 1) && Cap(j))) break;
      continue;
    }
    if (Lowercase(j) && (cls_[j] & kConnector)) {  // "de los Soles", "von der Leyen"
      // "Secretary of State", "Bank of England"; not "Ted Cruz of Texas".
      // "Institute for the Study of War", "Students for Life of America": past a cause, too.
      if (lw_[j] == "of" && !(cls_[j - 1] & (kTitle | kOrgPrefix | kGeoHead | kGroupHead)) && !cause && !org_tail)
        break;
      if (lw_[j] == "of" && (cls_[j - 1] & kOrgPrefix)) org_of = true, campus = lw_[j - 1] == "university";
      size_t k = j;
      while (k < n_ && k < j + 3 && Lowercase(k) && (cls_[k] & kConnector)) ++k;
      if (!Cap(k)) break;
      j = k + 1;
      if (poss_[j - 1]) break;
      continue;
    }
    // "Committee for a Responsible Federal Budget", "Center for the Study of ...",
    // "Center on Poverty and Inequality", "Council on Foreign Relations".
    bool org_prep = lw_[j] == "for" ||
                    (lw_[j] == "on" && (cls_[j - 1] & kOrgPrefix) && !(j + 1 < n_ && (cls_[j + 1] & kMonth)));
    size_t art = org_prep && j + 2 < n_ && (cls_[j - 1] & kOrgPrefix) && IsArticle(j + 1) ? 1 : 0;
    if ((lw_[j] == "and" || org_prep || T(j).text == "&") && Cap(j + 1 + art)) {
      size_t k = j + 1 + art;
      while (k < n_ && Cap(k)) {
        ++k;
        if (poss_[k - 1]) break;
      }
      // Inside a name ("Food and Drug Administration"), not between two ("X Commission and Y Holdings").
      bool advocacy = lw_[j] == "for" && !(cls_[j - 1] & kOrgPrefix) && AdvocacyHead(j - 1);
      bool prefix = (cls_[j - 1] & kOrgPrefix) || advocacy;
      // "the FBI and Justice Department": a known name before "and" is one of two.
      auto known = Gaz(b, j);
      bool joins_two =
          org_prep ? !prefix : ((cls_[j - 1] & kOrgHead) && j - b >= 2) || (known && known->tokens == j - b);
      if (!joins_two && ((cls_[b] & kOrgPrefix) || (cls_[k - 1] & kOrgHead) || org_tail || (org_prep && prefix))) {
        org_tail = org_tail || (org_prep && !advocacy);
        cause = cause || advocacy;
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

bool SentenceScan::GroupBeforeName(size_t b, size_t e) const {
  std::string_view w = lw_[b];
  bool plural = w.size() > 3 && w.ends_with("s") && !w.ends_with("ss") && !T(b).Is(kAllCaps) && !poss_[b];
  if (!plural || (cls_[b] & (kGiven | kConnector)) || b + 1 >= e) return false;
  // "Presidents Reagan and George W. Bush": a plural title names no one itself.
  if (lex_.Classes(Singular(w)) & kTitle) return true;
  return b + 2 < e && (cls_[b + 1] & kGiven) && !poss_[b + 1];
}

bool SentenceScan::AdvocacyHead(size_t k) const {
  if (!Cap(k) || poss_[k]) return false;
  std::string_view w = lw_[k];
  if (w == "club" || w == "campaign" || w == "americans" || w == "women" || w == "men" || w == "mothers" ||
      w == "fathers" || w == "physicians" || w == "nurses")
    return true;
  return (cls_[k] & kPersonNoun) && w.size() > 3 && w.ends_with("s") && !w.ends_with("ss");
}

size_t SentenceScan::Chunk(size_t i) {
  size_t b = i, e = ChunkEnd(i);
  while (b < e) {
    bool article = lw_[b] == "the" || lw_[b] == "a" || lw_[b] == "an";
    // "The Independent": a known name that starts with its capitalised article.
    if ((!article || (lw_[b] == "the" && T(b).Is(kCapitalized) && !T(b).Is(kSentenceStart))) && Gaz(b, e)) break;
    // "Bruce Nauman's work": a given name before a capitalised word opens a
    // name, even when the document also writes it in lower case.
    bool given_first = (cls_[b] & kGiven) && b + 1 < e && Cap(b + 1);
    bool common = ((cls_[b] & kStop) || (lower_words_.Contains(lw_[b]) && !given_first)) &&
                  !(cls_[b] & (kTitle | kAbbrev));
    if (article || (StartLike(b) && (common || IsAdverb(lw_[b]))) || ((cls_[b] & kMonth) && !(cls_[b] & kGiven)) ||
        GroupBeforeName(b, e) ||
        lw_[b] == "i" ||
        (cls_[b] & (kPronounPerson | kPronounThey | kPronounIt))) {
      ++b;
      continue;
    }
    break;
  }
  while (b < e && !T(b).Is(kWord)) ++b;
  // "Donald J." at a sentence break: the initial belongs to the next sentence's name.
  while (e > b + 1 && key_[e - 1].size() == 1 && T(e - 1).Is(kCapitalized)) --e;
  if (b < e) Analyze(b, e, b > 0 && lw_[b - 1] == "the" ? b - 1 : b);
  return std::max(e, i + 1);
}

void SentenceScan::Analyze(size_t b, size_t e, size_t sb) {
  if (heading_) {
    for (size_t k = b; k < e;) {
      if (auto m = Gaz(k, e)) {
        EmitGaz(k, *m, k == b ? sb : k);
        k += m->tokens;
      } else {
        if (!(cls_[k] & kConnector) && !(cls_[k] & kStop)) Push(CandidateKind::kSingle, k, k + 1, k, std::string(key_[k]));
        ++k;
      }
    }
    return;
  }
  // "the super PAC America Rising": the kind of body, not part of its name.
  if (e - b >= 2 && lw_[b] == "pac" && T(b).Is(kAllCaps) && b > 0 && Lowercase(b - 1)) sb = ++b;
  if (Chamber(b, e)) {
    if (auto h = gaz_.Find("us-house-of-representatives")) {
      Candidate& c = Push(CandidateKind::kActor, b, b + 1, b - 1, gaz_.entry(*h).name);
      c.gaz = static_cast<int>(*h);
      c.type = ActorType::kOrganization;
    }
    if (e > b + 2) Analyze(b + 2, e, b + 2);
    return;
  }
  if (PublicationName(b, e, sb)) return;
  if (auto m = Gaz(b, e); m && m->tokens == e - b) {
    EmitGaz(b, *m, sb);
    return;
  }
  if (e - b >= 2 && HeadedName(b, e, sb)) return;
  if (NationalArm(b, e, sb) || SubBrand(b, e, sb)) return;
  if (CompanyAfterRole(b, e, sb) || OrgOfRole(b, e, sb)) return;
  if (TitledName(b, e, sb)) return;
  // A lower-case role right before the name: "envoy Richard Grenell".
  size_t rs = b;
  std::string role;
  size_t rb = b > 1 && IsPunct(T(b - 1), ",") ? b - 1 : b;  // "Orbán's spokesman, Zoltán Kovács"
  // After a comma a singular title, or a person noun with its determiner: "The priest, Jane Roe".
  uint32_t role_cls = kTitle | kPersonNoun;
  if (rb != b && !(rb >= 2 && (IsArticle(rb - 2) || lw_[rb - 2] == "his" || lw_[rb - 2] == "her" ||
                               lw_[rb - 2] == "their" || lw_[rb - 2] == "its")))
    role_cls = kTitle;
  if (rb > 0 && Lowercase(rb - 1) && (cls_[rb - 1] & role_cls) && !(cls_[rb - 1] & kStop) &&
      (rb == b || !lw_[rb - 1].ends_with("s"))) {
    role = std::string(T(rb - 1).text);
    rs = rb == b ? rb - 1 : b;
    if (rb == b && rs > 0 && poss_[rs - 1] && Cap(rs - 1)) --rs;
  }
  if ((cls_[b] & kGiven) && e - b >= 2 && e - b <= 4 && !(cls_[e - 1] & (kOrgHead | kGeoHead))) {
    Unknown(b, e, rs, role);
    return;
  }
  size_t gap = b;
  for (size_t k = b; k < e;) {
    auto m = Gaz(k, e);
    if (!m) {
      ++k;
      continue;
    }
    bool region = gap + 1 == k && IsDirectional(lw_[gap]) && gaz_.entry(m->entry).type == ActorType::kCountry;
    // A capital inside a longer name is part of that name: "Real Madrid", "Paris Saint-Germain".
    if (m->kind == AliasKind::kCapital) region = true;
    if (gap < k && !region) Unknown(gap, k, gap == b ? rs : gap, gap == b ? role : std::string());
    if (!region) EmitGaz(k, *m, k == b ? sb : k);
    k += m->tokens;
    gap = k;
  }
  if (gap < e) Unknown(gap, e, gap == b ? rs : gap, gap == b ? role : std::string());
}

}  // namespace actor_scan

bool IsHeadingLike(const std::vector<Token>& toks) {
  if (toks.empty()) return false;
  std::string_view last = toks.back().text;
  static const std::string_view kEnd[] = {".", "!", "?", "\"", "\xE2\x80\x9D", "\xE2\x80\x99", ")", ":", "\xE2\x80\xA6", ";"};
  // "Ted Cruz Refuses to Disavow Lindsey Graham Endorsement.": a headline with a
  // full stop capitalises every word but the short function words; prose has
  // its verbs in lower case ("Minister Jean Dupont met Paul Martin.").
  if (last == ".") {
    static const WordSet kMinor = {"a",  "an", "the", "and", "but", "or", "nor", "for",  "on",
                                   "at", "to", "by",  "of",  "in",  "as", "vs",  "with", "from"};
    size_t words = 0;
    for (const Token& t : toks) {
      if (!t.Is(kWord) || t.Is(kNumber)) continue;
      if (!t.Is(kCapitalized) && !t.Is(kAllCaps) && !kMinor.Contains(t.text)) return false;
      words += t.text.size() > 3;
    }
    return words >= 5;
  }
  for (auto e : kEnd)
    if (last == e) return false;
  size_t words = 0, caps = 0;
  for (const Token& t : toks) {
    if (!t.Is(kWord) || t.Is(kNumber) || t.text.size() <= 3) continue;
    ++words;
    if (t.Is(kCapitalized) || t.Is(kAllCaps)) ++caps;
  }
  return words == 0 || caps * 10 >= words * 7;
}

ScanResult ScanActors(std::string_view text, std::string_view lower, const std::vector<Sentence>& sentences,
                      const std::vector<std::vector<Token>>& tokens,
                      const WordSet& lower_words) {
  ScanResult out;
  actor_scan::SentenceScan scan(text, lower, lower_words, out);
  for (size_t s = 0; s < sentences.size() && s < tokens.size(); ++s) scan.Run(s, tokens[s]);
  return out;
}

}  // namespace claimkb::extract
