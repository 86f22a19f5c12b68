#include "core/extract/actor_scan.h"

#include <algorithm>

#include "core/extract/gazetteer.h"
#include "core/extract/names.h"

namespace claimkb::extract {

namespace {

using model::ActorType;

bool IsPunct(const Token& t, std::string_view s) { return t.Is(kPunct) && t.text == s; }

// Capitalised the way names are: "Ocasio-Cortez" and "al-Assad" are, "US-funded" is not.
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

// Particles inside a person's name, never an organisation's.
bool IsNameParticle(std::string_view lw) {
  static const std::string_view kWords[] = {"bin", "ibn", "bint", "van", "von", "der", "den", "ter", "ten", "zu", "ul", "ud", "al"};
  for (auto w : kWords)
    if (lw == w) return true;
  return false;
}

// "Incredibly", "Reportedly", "Fortunately": adverbs by their suffix, which no
// surname shares ("Connolly", "Daly", "Kelly" keep theirs).
bool IsAdverb(std::string_view lw) {
  static const std::string_view kEnds[] = {"ally", "ibly", "ably", "ously", "ively", "ently", "antly",
                                           "edly", "ingly", "fully", "ately", "ssly"};
  if (lw.size() < 7) return false;
  for (auto e : kEnds)
    if (lw.ends_with(e)) return true;
  return false;
}

class SentenceScan {
 public:
  SentenceScan(std::string_view text, std::string_view lower, const WordSet& lower_words,
               ScanResult& out)
      : text_(text), lower_(lower), lower_words_(lower_words), out_(out) {}

  void Run(size_t sentence, const std::vector<Token>& toks) {
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
    size_t i = 0;
    while (i < n_) {
      if (!T(i).Is(kWord)) {
        ++i;
        continue;
      }
      size_t next = i + 1;
      if (!heading_ && ArticlePhrase(i, &next)) {
        i = next;
        continue;
      }
      if (Cap(i)) {
        i = Chunk(i);
        continue;
      }
      ++i;
    }
  }

 private:
  const Token& T(size_t i) const { return (*t_)[i]; }
  bool Cap(size_t i) const { return i < n_ && NameShaped(T(i)); }
  bool Lowercase(size_t i) const { return i < n_ && T(i).Is(kWord) && !T(i).Is(kCapitalized) && !T(i).Is(kAllCaps); }
  Range R(size_t b, size_t e) const { return Range{T(b).begin, e > b && poss_[e - 1] ? T(e - 1).begin + key_[e - 1].size() : T(e - 1).end}; }
  std::string Text(size_t b, size_t e) const {
    Range r = R(b, e);
    return std::string(text_.substr(r.begin, r.size()));
  }
  std::optional<GazMatch> Gaz(size_t k, size_t e) const {
    if (k >= e) return std::nullopt;
    return gaz_.Match(key_.data() + k, e - k);
  }
  bool StartLike(size_t b) const {
    if (b == 0) return true;
    const Token& p = T(b - 1);
    if (p.Is(kOpenQuote)) return true;
    static const std::string_view kP[] = {":", "(", "[", "\xE2\x80\x94", "\xE2\x80\x93", "-", "|", "\xE2\x80\x98", "'", ";"};
    if (p.Is(kPunct))
      for (auto s : kP)
        if (p.text == s) return true;
    return false;
  }
  bool IsArticle(size_t i) const { return i < n_ && (lw_[i] == "the" || lw_[i] == "a" || lw_[i] == "an"); }

  Candidate& Push(CandidateKind kind, size_t b, size_t e, size_t sb, std::string name) {
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

  // A bare name followed by a speech verb or an apposition speaks: "Smith said", "Smith, a lawyer".
  bool Speaks(size_t j) const {
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

  // "the Venezuelan government", "the President", "the Trump administration",
  // "the gang", "a UN study". Returns true when it consumed tokens [i, *next).
  bool ArticlePhrase(size_t i, size_t* next) {
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
    if (country.empty() && Cap(j) && !poss_[j] && j + 1 < n_) {
      static const std::string_view kBodies[] = {"administration", "government", "regime", "campaign", "presidency",
                                                 "cabinet", "party", "movement", "militia"};
      for (auto b : kBodies) {
        if (lw_[j + 1] != b) continue;
        Candidate& c = Push(CandidateKind::kActor, j, j + 2, i, std::string(key_[j]) + " " + std::string(lw_[j + 1]));
        c.type = ActorType::kOrganization;
        *next = j + 2;
        return true;
      }
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

  // "a UN study", "the letter", "a leaked internal memo": recorded for
  // ResolveSource; their modifiers are not mentions of their own.
  bool DocumentPhrase(size_t i, size_t* next) {
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
        out_.documents.push_back(std::move(d));
        *next = k + 1;
        return true;
      }
    }
    return false;
  }

  // "Children's" in "Murdoch Children's Research Institute", "Women's" in
  // "Women's Health Initiative": a plural noun's possessive inside a name,
  // unlike an owner's ("Trump's Justice Department").
  bool InnerPossessive(size_t k) const {
    std::string_view w = lw_[k];
    return w == "children" || w == "women" || w == "men" || w == "people" || w == "veterans" || w == "workers";
  }

  // "Sam's Club", "Joe's Kitchen": a shop named for its owner, the possessive at b inside its name.
  bool OwnerNamed(size_t b) const {
    size_t j = b + 1;
    if (!Cap(j) || poss_[j] || (j + 1 < n_ && Cap(j + 1)) || Gaz(b, b + 1)) return false;
    std::string_view w = lw_[j];
    return w == "club" || w == "kitchen" || w == "diner" || w == "pub" || w == "bakery" || w == "deli" ||
           w == "tavern" || w == "pizza";
  }

  // From the comma at j: ", Asthma and Immunology", capitalised items closed by
  // "and"; the end of the list, or j when it is not one. Each item is one topic
  // word, not a known name, an acronym or a given name ("the Bank of England,
  // Barclays and HSBC" lists three banks).
  size_t ListEnd(size_t j) const {
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

  size_t ChunkEnd(size_t b) const {
    size_t j = b + 1;
    if (poss_[b] && OwnerNamed(b)) return j + 1;
    if (poss_[b] && !(InnerPossessive(b) && Cap(j))) return j;
    bool org_tail = false;  // past "Center for": "... Health and Human Rights" is still its name
    bool org_of = false;    // past "Academy of": "Allergy, Asthma and Immunology" is still its name
    while (j < n_) {
      if (org_of && IsPunct(T(j), ",")) {
        if (size_t end = ListEnd(j); end > j) {
          j = end;
          continue;
        }
      }
      if (IsPunct(T(j), ".") && j + 1 < n_ && Cap(j + 1) &&
          ((cls_[j - 1] & kAbbrev) || (key_[j - 1].size() == 1 && T(j - 1).Is(kCapitalized)))) {
        ++j;
        continue;
      }
      if (Cap(j)) {
        if ((cls_[j] & kMonth) && !(cls_[j - 1] & kGiven)) break;  // "Trump Monday", not "Theresa May"
        if (T(j).Is(kSentenceStart)) break;
        ++j;
        if (poss_[j - 1] && !(InnerPossessive(j - 1) && Cap(j))) break;
        continue;
      }
      if (Lowercase(j) && (cls_[j] & kConnector)) {  // "de los Soles", "von der Leyen"
        // "Secretary of State", "Bank of England"; not "Ted Cruz of Texas".
        if (lw_[j] == "of" && !(cls_[j - 1] & (kTitle | kOrgPrefix | kGeoHead | kGroupHead))) break;
        if (lw_[j] == "of" && (cls_[j - 1] & kOrgPrefix)) org_of = true;
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
        bool joins_two = org_prep ? !(cls_[j - 1] & kOrgPrefix) : (cls_[j - 1] & kOrgHead) && j - b >= 2;
        if (!joins_two && ((cls_[b] & kOrgPrefix) || (cls_[k - 1] & kOrgHead) || org_tail ||
                           (org_prep && (cls_[j - 1] & kOrgPrefix)))) {
          org_tail = org_tail || org_prep;
          j = k;
          continue;
        }
      }
      break;
    }
    return j;
  }

  size_t Chunk(size_t i) {
    size_t b = i, e = ChunkEnd(i);
    while (b < e) {
      bool article = lw_[b] == "the" || lw_[b] == "a" || lw_[b] == "an";
      if (!article && Gaz(b, e)) break;
      bool common = ((cls_[b] & kStop) || lower_words_.Contains(lw_[b])) && !(cls_[b] & (kTitle | kAbbrev));
      if (article || (StartLike(b) && (common || IsAdverb(lw_[b]))) || ((cls_[b] & kMonth) && !(cls_[b] & kGiven)) ||
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

  void Analyze(size_t b, size_t e, size_t sb) {
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
    if (PublicationName(b, e, sb)) return;
    if (auto m = Gaz(b, e); m && m->tokens == e - b) {
      EmitGaz(b, *m, sb);
      return;
    }
    if (e - b >= 2 && HeadedName(b, e, sb)) return;
    if (NationalArm(b, e, sb)) return;
    if (CompanyAfterRole(b, e, sb)) return;
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

  // "by Vulture magazine", "New York magazine reported", "at Royal Shrewsbury hospital": a
  // publication or hospital named with its kind ("a New York newspaper" is only some newspaper from there).
  bool PublicationName(size_t b, size_t e, size_t sb) {
    if (e >= n_ || !Lowercase(e) || poss_[e - 1] || (b > 0 && IsArticle(b - 1))) return false;
    std::string_view k = lw_[e];
    if (k != "magazine" && k != "newspaper" && k != "website" && k != "journal" && k != "tabloid" && k != "hospital")
      return false;
    if (cls_[b] & (kGiven | kStop | kMonth)) return false;
    Candidate& c = Push(CandidateKind::kActor, b, e, sb, Text(b, e));
    c.surface = R(sb, e + 1);
    c.type = ActorType::kOrganization;
    return true;
  }

  // "the search engine Mozilla", "analytics firm Quantix": a company named after
  // the kind of business it is.
  bool CompanyAfterRole(size_t b, size_t e, size_t sb) {
    static const std::string_view kRoles[] = {"company", "firm",      "startup",  "start-up", "website",  "magazine",
                                              "journal", "newspaper", "publisher", "maker",   "retailer", "chain",
                                              "engine",  "platform",  "studio",   "carrier",  "airline",
                                              "insurer", "lender",    "broadcaster", "outlet", "automaker", "manufacturer"};
    if (b == 0 || !Lowercase(b - 1) || (cls_[b] & (kGiven | kTitle)) || poss_[e - 1]) return false;
    bool role = false;
    for (auto r : kRoles) role = role || lw_[b - 1] == r;
    if (!role) return false;
    for (size_t k = b; k < e; ++k)
      if (cls_[k] & kConnector) return false;
    Candidate& c = Push(CandidateKind::kActor, b, e, sb, Text(b, e));
    c.type = ActorType::kOrganization;
    return true;
  }

  // "Yahoo Japan", "Google India": a company's national arm is one organisation.
  bool NationalArm(size_t b, size_t e, size_t sb) {
    auto m = Gaz(b, e);
    if (!m || m->tokens >= e - b || m->kind != AliasKind::kName) return false;
    const GazEntry& org = gaz_.entry(m->entry);
    if (org.skip || org.type != ActorType::kOrganization) return false;
    auto c = Gaz(b + m->tokens, e);
    if (!c || b + m->tokens + c->tokens != e || c->kind != AliasKind::kName) return false;
    if (gaz_.entry(c->entry).type != ActorType::kCountry || poss_[b + m->tokens - 1]) return false;
    Candidate& arm = Push(CandidateKind::kActor, b, e, sb, Text(b, e));
    arm.type = ActorType::kOrganization;
    arm.country = gaz_.entry(c->entry).id;
    return true;
  }

  bool AllCap(size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k)
      if (!Cap(k) || poss_[k]) return false;
    return b < e;
  }

  bool IsCompanyTitle(size_t k, size_t len) const {
    static const std::string_view kTitles[] = {"ceo", "chief executive", "chairman", "chairwoman", "founder",
                                               "co-founder", "cofounder"};
    std::string t(lw_[k]);
    for (size_t i = k + 1; i < k + len; ++i) t += " " + std::string(lw_[i]);
    for (auto x : kTitles)
      if (t == x) return true;
    return false;
  }

  // Organisations, groups and places recognised by their head word.
  bool HeadedName(size_t b, size_t e, size_t sb) {
    uint32_t first = cls_[b], last = cls_[e - 1];
    bool of_form = (cls_[b + 1] & kConnector) || lw_[b + 1] == "for" || lw_[b + 1] == "on";
    if ((last & kGeoHead) || ((first & kGeoHead) && !(first & kOrgPrefix) && of_form))
      return !(last & (kOrgHead | kGroupHead));
    ActorType type = ActorType::kOther;
    if ((last & kGroupHead) || ((first & kGroupHead) && of_form)) type = ActorType::kGroup;
    else if ((last & kOrgHead) || ((first & kOrgPrefix) && of_form)) type = ActorType::kOrganization;
    // "Hallberg Center for Ocean Studies": an organisation head inside the name, before its "for"/"of".
    for (size_t k = b + 1; type == ActorType::kOther && k + 2 < e; ++k)
      if ((cls_[k] & kOrgPrefix) && Cap(k) && (lw_[k + 1] == "for" || lw_[k + 1] == "of") && Cap(k + 2))
        type = ActorType::kOrganization;
    if (type == ActorType::kOther) return false;
    Candidate& c = Push(CandidateKind::kActor, b, e, sb, Text(b, e));
    c.type = type;
    if (auto m = Gaz(b, e); m && gaz_.entry(m->entry).type == ActorType::kCountry) c.country = gaz_.entry(m->entry).id;
    return true;
  }

  // "President Nicolas Maduro", "Secretary of State Marco Rubio",
  // "Venezuelan Vice President Delcy Rodríguez", "Sen. Elizabeth Warren".
  bool TitledName(size_t b, size_t e, size_t sb) {
    for (size_t k = b; k < e; ++k) {
      if (cls_[k] & kConnector) continue;
      size_t L = lex_.LongestAt(lw_.data() + k, e - k, kTitle);
      if (!L) continue;
      size_t q = k + L;
      if (q < e && IsPunct(T(q), ".")) ++q;
      while (q < e && (cls_[q] & kTitle) && q + 1 < e) {  // "Deputy Prime Minister", "President-elect"
        size_t L2 = lex_.LongestAt(lw_.data() + q, e - q, kTitle);
        if (!L2 || q + L2 >= e) break;
        q += L2;
        if (q < e && IsPunct(T(q), ".")) ++q;
      }
      if (q >= e || !Cap(q)) return false;
      std::string country;
      if (k > b) {
        auto m = Gaz(b, k);
        if (m && m->tokens == k - b && gaz_.entry(m->entry).type == ActorType::kCountry) country = gaz_.entry(m->entry).id;
        // "European Commission President X": the body is mentioned too.
        else if (m && m->tokens == k - b && m->kind == AliasKind::kName && !gaz_.entry(m->entry).skip) EmitGaz(b, *m, sb);
        // "Acme CEO X", "Facebook founder X": only a company has such heads, even a name listed as a platform.
        else if (IsCompanyTitle(k, L) && (!m || m->tokens == k - b) && AllCap(b, k)) {
          Candidate& org = Push(CandidateKind::kActor, b, k, sb, Text(b, k));
          org.type = ActorType::kOrganization;
        }
      }
      std::string title = Text(k, k + L);
      if (e - q == 1) {
        Candidate& c = Push(CandidateKind::kSingle, q, e, sb, std::string(key_[q]));
        c.title = title;
        c.country = country;
        c.speaks = true;
        if (auto m = Gaz(q, e); m && m->tokens == 1) c.gaz = static_cast<int>(m->entry);
        return true;
      }
      if (auto m = Gaz(q, e); m && m->tokens == e - q && gaz_.entry(m->entry).type == ActorType::kPerson) {
        Candidate& c = Push(CandidateKind::kActor, q, e, sb, gaz_.entry(m->entry).name);
        c.gaz = static_cast<int>(m->entry);
        c.type = ActorType::kPerson;
        c.title = title;
        c.country = country.empty() ? gaz_.entry(m->entry).country : country;
        return true;
      }
      Candidate& c = Push(CandidateKind::kActor, q, e, sb, Text(q, e));
      c.type = ActorType::kPerson;
      c.title = title;
      c.country = country;
      c.given = (cls_[q] & kGiven) != 0;
      return true;
    }
    return false;
  }

  // "in Beijing", "in Beijing and Moscow", "to Paris, London and Rome": places.
  bool AfterLocative(size_t k) const {
    while (k > 0) {
      --k;
      if (T(k).Is(kWord) && (cls_[k] & kLocative)) return true;  // also a sentence-initial "In"
      if (Cap(k) || IsPunct(T(k), ",") || lw_[k] == "and" || lw_[k] == "or") continue;
      return false;
    }
    return false;
  }

  // "Moscow has denied", "Washington also accuses", "Caracas' willingness": a
  // capital standing for its government acts or owns; "in Paris", "Paris's
  // boulevards", "the capital of Warsaw" are places.
  bool CapitalActs(size_t k, size_t end) const {
    if (AfterLocative(k)) return false;
    if (poss_[end - 1]) return end < n_ && Lowercase(end) && !(cls_[end] & kGeoHead);
    for (size_t j = end; j < n_ && j < end + 3 && Lowercase(j); ++j) {
      std::string_view w = lw_[j];
      if ((cls_[j] & kSpeech) || IsAuxiliary(w)) return true;
      if (w.size() > 4 && (w.ends_with("ed") || (w.ends_with("s") && !w.ends_with("ss")))) return true;
      if (!(w.ends_with("ly") || w == "also" || w == "still" || w == "now" || w == "not")) return false;
    }
    return false;
  }

  static bool IsAuxiliary(std::string_view w) {
    static const std::string_view kWords[] = {"has", "have", "had", "will", "would", "could", "should", "must",
                                              "can", "may", "might", "does", "did", "doesn't", "didn't", "won't",
                                              "doesn\xE2\x80\x99t", "didn\xE2\x80\x99t", "won\xE2\x80\x99t"};
    for (auto x : kWords)
      if (w == x) return true;
    return false;
  }

  // "her Telegram account", "a Facebook post": the platform is where something
  // was said, not who said it.
  bool MediumAfter(size_t j) const {
    static const std::string_view kNouns[] = {"account", "accounts", "page",  "pages",   "channel", "channels",
                                              "feed",    "post",     "posts", "profile", "handle",  "video",
                                              "videos",  "message",  "messages", "story", "stories", "live",
                                              "thread",  "status",   "livestream", "stream", "bio", "timeline"};
    if (j >= n_ || !Lowercase(j)) return false;
    for (auto x : kNouns)
      if (lw_[j] == x) return true;
    return false;
  }

  void EmitGaz(size_t k, const GazMatch& m, size_t sb) {
    const GazEntry& e = gaz_.entry(m.entry);
    if (e.skip) return;
    size_t end = k + m.tokens;
    if (m.kind == AliasKind::kDemonym) {
      // A bare demonym is an adjective, not the country; "Venezuelan authorities" is.
      if (end < n_ && Lowercase(end)) {
        if (size_t L = lex_.LongestAt(lw_.data() + end, n_ - end, kGovernmentHead)) {
          Candidate& c = Push(CandidateKind::kActor, k, end + L, sb, e.name);
          c.gaz = static_cast<int>(m.entry);
          c.type = e.type;
        }
      }
      return;
    }
    if (m.kind == AliasKind::kCapital && !CapitalActs(k, end)) return;
    if (e.platform && (heading_ || MediumAfter(end))) return;  // "Share on Facebook" is furniture
    if (e.type == ActorType::kPerson && m.tokens == 1) {
      Candidate& c = Push(CandidateKind::kSingle, k, end, sb, std::string(key_[k]));
      c.gaz = static_cast<int>(m.entry);
      return;
    }
    Candidate& c = Push(CandidateKind::kActor, k, end, sb, e.name);
    c.gaz = static_cast<int>(m.entry);
    c.type = e.type;
    c.country = e.country;
  }

  // ", an al-Qaeda-linked organization", ", a London-based rights group": the name before is a body.
  bool OrgApposition(size_t j) const {
    if (j + 2 >= n_ || !IsPunct(T(j), ",") || !(lw_[j + 1] == "a" || lw_[j + 1] == "an")) return false;
    for (size_t m = j + 2; m < n_ && m < j + 6; ++m) {
      if (!T(m).Is(kWord)) return false;
      if (!Lowercase(m)) continue;  // "an Islamist-leaning movement"
      if (cls_[m] & (kOrgNoun | kGroupNoun)) return !(m + 1 < n_ && Lowercase(m + 1) && (cls_[m + 1] & (kOrgNoun | kGroupNoun | kPersonNoun)));
      if (cls_[m] & (kPersonNoun | kTitle | kStop)) return false;
    }
    return false;
  }

  // "the L.A.-based artist", "a Paris-born chef": the name is a place.
  bool PlaceCompound(size_t g1) const {
    if (g1 + 1 >= n_ || T(g1).text != "-" || T(g1).begin != T(g1 - 1).end || T(g1 + 1).begin != T(g1).end) return false;
    std::string_view w = lw_[g1 + 1];
    return w == "based" || w == "born" || w == "headquartered" || w == "bound";
  }

  void Unknown(size_t g0, size_t g1, size_t rs, const std::string& role) {
    if (PlaceCompound(g1)) return;
    if (role.empty() && OrgApposition(g1) && !(cls_[g0] & kGiven) && !(g1 - g0 == 1 && (cls_[g0] & (kConnector | kStop)))) {
      Candidate& c = Push(CandidateKind::kActor, g0, g1, rs, Text(g0, g1));
      c.type = ActorType::kOrganization;
      return;
    }
    if (g1 - g0 == 1) {
      if (cls_[g0] & (kConnector | kStop)) return;
      Candidate& c = Push(CandidateKind::kSingle, g0, g1, rs, std::string(key_[g0]));
      c.title = role;
      c.acronym = T(g0).Is(kAllCaps);
      c.speaks = Speaks(g1) || !role.empty();
      return;
    }
    bool spanish = false, english_of = false, caps = false, particle = false;
    for (size_t k = g0; k < g1; ++k) {
      if (Lowercase(k) && (cls_[k] & kConnector)) {
        if (IsNameParticle(lw_[k])) particle = true;
        else if (IsSpanishConnector(lw_[k])) spanish = true;
        else english_of = true;
      }
      if (T(k).Is(kAllCaps)) caps = true;
      if (Lowercase(k) && !(cls_[k] & kConnector)) return;
      if (T(k).Is(kCapitalized) && (cls_[k] & kStop) && k > g0) return;
    }
    // "Osama bin Laden", "Ursula von der Leyen": particles that only join a person's names.
    bool given = (cls_[g0] & kGiven) != 0 || (particle && !spanish && !english_of);
    if (spanish && !given) {
      Candidate& c = Push(CandidateKind::kActor, g0, g1, rs, Text(g0, g1));
      c.type = ActorType::kOrganization;
      return;
    }
    // "Orbital ATK": capitalised words closed by one acronym name a company.
    if (caps && !given && T(g1 - 1).Is(kAllCaps) && !(cls_[g1 - 1] & kAcronymStop) && key_[g1 - 1].size() >= 2 &&
        key_[g1 - 1].size() <= 5 && !poss_[g1 - 1]) {
      bool words_before = true;
      for (size_t k = g0; k + 1 < g1; ++k) words_before = words_before && T(k).Is(kCapitalized) && !T(k).Is(kAllCaps);
      if (words_before) {
        Candidate& c = Push(CandidateKind::kActor, g0, g1, rs, Text(g0, g1));
        c.type = ActorType::kOrganization;
        return;
      }
    }
    if (english_of || (caps && !given)) return;
    // "the Vision Pro", "\"Super Mario Run\"": a name after an article or wholly in
    // quotes is a thing or a work's title, unless a given name or a role says person.
    // ("the Arab Spring", led by a demonym, is a named event and stays.)
    if (!given && role.empty() && (ArticleBefore(g0) || Quoted(g0, g1)) && !DemonymAt(g0)) return;
    bool paired = PairedWithPerson(g0);
    Candidate& c = Push(CandidateKind::kFullName, g0, g1, rs, Text(g0, g1));
    c.type = ActorType::kPerson;
    c.title = role;
    c.given = given;
    c.speaks = Speaks(g1) || !role.empty() || paired;
  }

  // An article before the capitalised run that g0 starts or continues ("the Apple Vision Pro").
  bool ArticleBefore(size_t g0) const {
    size_t k = g0;
    while (k > 0 && Cap(k - 1) && !poss_[k - 1]) --k;
    return k > 0 && IsArticle(k - 1);
  }

  bool DemonymAt(size_t k) const {
    auto m = Gaz(k, k + 1);
    return m && m->kind == AliasKind::kDemonym;
  }

  bool Quoted(size_t g0, size_t g1) const {
    if (g0 == 0 || !T(g0 - 1).Is(kOpenQuote) || g1 >= n_) return false;
    return T(g1).Is(kCloseQuote) || (IsPunct(T(g1), ",") && g1 + 1 < n_ && T(g1 + 1).Is(kCloseQuote));
  }

  // "Jane Roe and John Doe": a full name joined to a person's full name right
  // before it is a person too.
  bool PairedWithPerson(size_t g0) const {
    if (g0 < 2 || lw_[g0 - 1] != "and" || out_.candidates.empty()) return false;
    const Candidate& prev = out_.candidates.back();
    if (prev.sentence != s_ || prev.range.end != T(g0 - 2).end || prev.type != ActorType::kPerson) return false;
    if (prev.name.find(' ') == std::string::npos) return false;
    return prev.given || prev.speaks || !prev.title.empty() || prev.gaz >= 0;
  }

  std::string_view text_, lower_;
  const WordSet& lower_words_;
  ScanResult& out_;
  const Lexicon& lex_ = Lexicon::Get();
  const Gazetteer& gaz_ = Gazetteer::Get();
  size_t s_ = 0, n_ = 0;
  const std::vector<Token>* t_ = nullptr;
  bool heading_ = false;
  std::vector<std::string_view> key_, lw_;
  std::vector<uint8_t> poss_;
  std::vector<uint32_t> cls_;
};

}  // namespace

bool IsHeadingLike(const std::vector<Token>& toks) {
  if (toks.empty()) return false;
  std::string_view last = toks.back().text;
  static const std::string_view kEnd[] = {".", "!", "?", "\"", "\xE2\x80\x9D", "\xE2\x80\x99", ")", ":", "\xE2\x80\xA6", ";"};
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
  SentenceScan scan(text, lower, lower_words, out);
  for (size_t s = 0; s < sentences.size() && s < tokens.size(); ++s) scan.Run(s, tokens[s]);
  return out;
}

}  // namespace claimkb::extract
