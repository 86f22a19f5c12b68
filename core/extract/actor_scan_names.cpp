#include "core/extract/actor_scan_sentence.h"

#include <algorithm>

namespace claimkb::extract::actor_scan {

bool SentenceScan::PublicationName(size_t b, size_t e, size_t sb) {
  if (e >= n_ || !Lowercase(e) || poss_[e - 1] || (b > 0 && IsArticle(b - 1))) return false;
  std::string_view k = lw_[e];
  if (k != "magazine" && k != "newspaper" && k != "website" && k != "journal" && k != "tabloid" && k != "hospital")
    return false;
  // "by New York magazine": a known name may open with a common word.
  auto m = Gaz(b, e);
  bool known = m && m->tokens == e - b;
  if ((cls_[b] & (kGiven | kMonth)) || ((cls_[b] & kStop) && !known)) return false;
  Candidate& c = Push(CandidateKind::kActor, b, e, sb, Text(b, e));
  c.surface = R(sb, e + 1);
  c.type = ActorType::kOrganization;
  return true;
}

bool SentenceScan::CompanyRole(size_t k) const {
  static const std::string_view kRoles[] = {"company", "firm", "startup", "start-up", "website", "magazine",
                                            "journal", "newspaper", "publisher", "maker", "retailer", "chain",
                                            "engine", "platform", "studio", "carrier", "airline", "insurer", "lender",
                                            "broadcaster", "outlet", "automaker", "manufacturer", "group", "giant",
                                            "channel", "network", "nonprofit", "consortium"};
  if (!Lowercase(k)) return false;
  for (auto r : kRoles)
    if (lw_[k] == r) return true;
  return false;
}

bool SentenceScan::CompanyAfterRole(size_t b, size_t e, size_t sb) {
  if (b == 0 || (cls_[b] & (kGiven | kTitle)) || poss_[e - 1]) return false;
  // "the conservative super PAC America Rising"
  bool role = (lw_[b - 1] == "pac" && T(b - 1).Is(kAllCaps)) || CompanyRole(b - 1);
  // "the Mexican entertainment giant Televisa", not "the giant Tane Mahuta" (a tree).
  if (lw_[b - 1] == "giant" && (b < 2 || !Lowercase(b - 2) || IsArticle(b - 2))) return false;
  if (!role) return false;
  for (size_t k = b; k < e; ++k)
    if (cls_[k] & kConnector) return false;
  Candidate& c = Push(CandidateKind::kActor, b, e, sb, Text(b, e));
  c.type = ActorType::kOrganization;
  return true;
}

void SentenceScan::BrandAfterRole(size_t k) {
  if (k == 0 || !CompanyRole(k - 1) || poss_[k - 1] || poss_[k] || !T(k).Is(kWord)) return;
  std::string_view w = key_[k];
  size_t letters = 0, upper_inside = 0;
  for (size_t i = 0; i < w.size(); ++i) {
    bool up = w[i] >= 'A' && w[i] <= 'Z';
    letters += up || (w[i] >= 'a' && w[i] <= 'z');
    upper_inside += up && i > 0;
  }
  bool digits_first = w[0] >= '0' && w[0] <= '9' && letters >= 3;
  bool camel = w[0] >= 'a' && w[0] <= 'z' && upper_inside > 0;
  if (!digits_first && !camel) return;
  Candidate& c = Push(CandidateKind::kActor, k, k + 1, k - 1, std::string(w));
  c.type = ActorType::kOrganization;
}

bool SentenceScan::OrgOfRole(size_t b, size_t e, size_t sb) {
  auto role = [&](size_t k) {
    std::string_view w = lw_[k];
    return w == "ceo" || w == "cfo" || w == "coo" || w == "cto" || w == "founder" || w == "co-founder" ||
           w == "cofounder" || w == "chairman" || w == "chairwoman" || w == "chairperson" || w == "owner" ||
           (w == "executive" && k > 0 && lw_[k - 1] == "chief");
  };
  // "president of the NAACP", "a lobbyist for Airlines for America", "a historian at the Smith Library":
  // a role held in a body names the body.
  auto member = [&](size_t k) {
    std::string_view w = lw_[k];
    return w == "president" || w == "publisher" || w == "editor" || w == "director" || w == "head" ||
           w == "lobbyist" || w == "historian" || w == "professor" || w == "student" || w == "anchor" ||
           w == "economist" || w == "researcher" || w == "fellow" || w == "executive";
  };
  auto held_in = [&](size_t k) {
    if (k > 0 && lw_[k] == "the") --k;
    if (k == 0 || !Lowercase(k - 1)) return false;
    std::string_view p = lw_[k];
    return (p == "of" && (role(k - 1) || member(k - 1))) || ((p == "for" || p == "at") && member(k - 1));
  };
  size_t n = b;
  if (e - b >= 3 && role(b) && lw_[b + 1] == "of" && Cap(b + 2)) n = b + 2;
  else if (!(b >= 2 && held_in(b - 1))) return false;
  // "the Joint Chiefs of Staff", "Mercer Island-based": the name goes on past the run.
  if (e < n_ && (T(e).text == "-" || (T(e).text[0] >= 'A' && T(e).text[0] <= 'Z'))) return false;
  if (e + 1 < n_ && (lw_[e] == "of" || lw_[e] == "for") && Cap(e + 1)) return false;
  if ((cls_[n] & (kGiven | kTitle)) || poss_[e - 1]) return false;
  if (auto m = Gaz(n, e); m && m->tokens == e - n) {
    EmitGaz(n, *m, n == b ? sb : n);
    return true;
  }
  Candidate& c = Push(CandidateKind::kActor, n, e, n == b ? sb : n, Text(n, e));
  c.type = ActorType::kOrganization;
  return true;
}

bool SentenceScan::NationalArm(size_t b, size_t e, size_t sb) {
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

bool SentenceScan::SubBrand(size_t b, size_t e, size_t sb) {
  auto m = Gaz(b, e);
  if (!m || m->kind != AliasKind::kName || m->tokens >= e - b || e - b - m->tokens > 3) return false;
  const GazEntry& org = gaz_.entry(m->entry);
  if (org.skip || org.type != ActorType::kOrganization || poss_[b + m->tokens - 1]) return false;
  for (size_t k = b + m->tokens; k < e; ++k) {
    if (!Cap(k) || T(k).Is(kAllCaps) || Gaz(k, k + 1) ||
        ((cls_[k] | lex_.Classes(Singular(lw_[k]))) &
         (kGiven | kTitle | kConnector | kStop | kMonth | kOrgHead | kGeoHead)))
      return false;
  }
  if (!Speaks(e)) return false;
  Candidate& c = Push(CandidateKind::kActor, b, e, sb, Text(b, e));
  c.type = ActorType::kOrganization;
  return true;
}

bool SentenceScan::AllCap(size_t b, size_t e) const {
  for (size_t k = b; k < e; ++k)
    if (!Cap(k) || poss_[k]) return false;
  return b < e;
}

bool SentenceScan::IsCompanyTitle(size_t k, size_t len) const {
  static const std::string_view kTitles[] = {"ceo", "chief executive", "chairman", "chairwoman", "founder",
                                             "co-founder", "cofounder"};
  std::string t(lw_[k]);
  for (size_t i = k + 1; i < k + len; ++i) t += " " + std::string(lw_[i]);
  for (auto x : kTitles)
    if (t == x) return true;
  return false;
}

bool SentenceScan::HeadedName(size_t b, size_t e, size_t sb) {
  uint32_t first = cls_[b], last = cls_[e - 1];
  bool of_form = (cls_[b + 1] & kConnector) || lw_[b + 1] == "for" || lw_[b + 1] == "on";
  if ((last & kGeoHead) || ((first & kGeoHead) && !(first & kOrgPrefix) && of_form))
    return !(last & (kOrgHead | kGroupHead));
  ActorType type = ActorType::kOther;
  if ((last & kGroupHead) || ((first & kGroupHead) && of_form)) type = ActorType::kGroup;
  else if ((last & kOrgHead) || ((first & kOrgPrefix) && of_form)) type = ActorType::kOrganization;
  // "Hallberg Center for Ocean Studies": an organisation head inside the name, before its "for"/"of".
  // "Concerned Women for America", "Club for Growth": a group named for its cause.
  for (size_t k = b; type == ActorType::kOther && k + 2 < e; ++k)
    if ((((cls_[k] & kOrgPrefix) && k > b && (lw_[k + 1] == "for" || lw_[k + 1] == "of")) ||
         (AdvocacyHead(k) && lw_[k + 1] == "for")) &&
        Cap(k) && Cap(k + 2))
      type = ActorType::kOrganization;
  if (type == ActorType::kOther) return false;
  // "MIT's Instrumentation Laboratory": a unit is also known by its owner's name.
  bool owned = sb == b && b > 0 && poss_[b - 1] && Cap(b - 1);
  e = MissionSeat(e);
  Candidate& c = Push(CandidateKind::kActor, b, e, owned ? b - 1 : sb, Text(b, e));
  c.type = type;
  if (auto m = Gaz(b, e); m && gaz_.entry(m->entry).type == ActorType::kCountry) c.country = gaz_.entry(m->entry).id;
  return true;
}

size_t SentenceScan::MissionSeat(size_t e) const {
  if (poss_[e - 1] || (lw_[e - 1] != "embassy" && lw_[e - 1] != "consulate") || e + 1 >= n_ || lw_[e] != "in" ||
      !Cap(e + 1))
    return e;
  size_t end = e + 1;
  while (end < n_ && end < e + 4 && Cap(end) && !poss_[end]) ++end;
  return end == e + 1 ? e : end;
}

bool SentenceScan::TitledName(size_t b, size_t e, size_t sb) {
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

bool SentenceScan::AfterLocative(size_t k) const {
  while (k > 0) {
    --k;
    if (T(k).Is(kWord) && (cls_[k] & kLocative)) return true;  // also a sentence-initial "In"
    if (Cap(k) || IsPunct(T(k), ",") || lw_[k] == "and" || lw_[k] == "or") continue;
    return false;
  }
  return false;
}

bool SentenceScan::CapitalActs(size_t k, size_t end) const {
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

bool SentenceScan::CountryModifier(size_t k, size_t end) const {
  // "Russia began", "make America great": a bare name may be a subject or an object; an
  // abbreviation ("U.S. policy") or a name after an article ("the Iraq war") is read as a modifier.
  if (!T(k).Is(kAllCaps) && !(k > 0 && IsArticle(k - 1))) return false;
  if (end >= n_ || !Lowercase(end) || poss_[end - 1] || IsAuxiliary(lw_[end])) return false;
  if (cls_[end] & (kSpeech | kStop | kConnector | kLocative | kGovernmentHead | kTitle | kPersonNoun)) return false;
  std::string_view w = lw_[end];
  bool verb_like = w.ends_with("ed") || w.ends_with("ing") || (w.ends_with("s") && !w.ends_with("ss"));
  static const WordSet kParticles = {"than", "out", "up", "off", "down", "back", "away"};
  return !verb_like && !w.ends_with("ly") && !kParticles.Contains(w);
}

bool SentenceScan::IsAuxiliary(std::string_view w) {
  static const std::string_view kWords[] = {"has", "have", "had", "will", "would", "could", "should", "must",
                                            "can", "may", "might", "does", "did", "doesn't", "didn't", "won't",
                                            "doesn\xE2\x80\x99t", "didn\xE2\x80\x99t", "won\xE2\x80\x99t"};
  for (auto x : kWords)
    if (w == x) return true;
  return false;
}

bool SentenceScan::MediumAfter(size_t j) const {
  static const std::string_view kNouns[] = {"account",  "accounts", "page",     "pages",      "channel",  "channels",
                                            "feed",     "post",     "posts",    "profile",    "handle",   "video",
                                            "videos",   "message",  "messages", "story",      "stories",  "live",
                                            "thread",   "status",   "livestream", "stream",   "bio",      "timeline",
                                            "response", "responses", "user",    "users",      "followers", "comment",
                                            "comments", "photo",    "photos",   "group",      "groups"};
  if (j >= n_ || !Lowercase(j)) return false;
  for (auto x : kNouns)
    if (lw_[j] == x) return true;
  return false;
}

bool SentenceScan::SecurityAfter(size_t j) const {
  static const WordSet kSecurities = {"bond",  "bonds",  "note",       "notes", "bill",
                                      "bills", "yield", "yields", "securities"};
  return j < n_ && Lowercase(j) && kSecurities.Contains(lw_[j]);
}

bool SentenceScan::MediumBefore(size_t k) const {
  if (k == 0 || !T(k - 1).Is(kWord)) return false;
  std::string_view p = lw_[k - 1];
  if (p == "on" || p == "via" || p == "onto") return true;
  if (p != "to" || k < 2) return false;
  static const std::string_view kPosting[] = {"took",   "take",     "takes",  "taking", "turned", "turn",
                                              "turns",  "turning",  "went",   "go",     "goes",   "going",
                                              "posted", "post",     "posts",  "posting", "uploaded", "upload",
                                              "shared", "returned", "headed", "run",    "ran"};
  for (auto w : kPosting)
    if (lw_[k - 2] == w) return true;
  return false;
}

bool SentenceScan::StateToBe(size_t k, size_t end) const {
  if (end >= n_ || (lw_[end] != "state" && lw_[end] != "nation" && lw_[end] != "republic")) return false;
  size_t b = k;
  // "a viable Palestinian state", "an independent Kurdish state"
  while (b > 0 && b + 2 > k && Lowercase(b - 1) && !IsArticle(b - 1) && lw_[b - 1] != "no") --b;
  return b > 0 && (lw_[b - 1] == "a" || lw_[b - 1] == "an" || lw_[b - 1] == "no");
}

void SentenceScan::EmitGaz(size_t k, const GazMatch& m, size_t sb) {
  const GazEntry& e = gaz_.entry(m.entry);
  if (e.skip) return;
  size_t end = k + m.tokens;
  if (m.kind == AliasKind::kDemonym) {
    // A bare demonym is an adjective, not the country; "Venezuelan authorities" is.
    if (end < n_ && Lowercase(end) && !StateToBe(k, end)) {
      if (size_t L = lex_.LongestAt(lw_.data() + end, n_ - end, kGovernmentHead)) {
        Candidate& c = Push(CandidateKind::kActor, k, end + L, sb, e.name);
        c.gaz = static_cast<int>(m.entry);
        c.type = e.type;
      }
    }
    return;
  }
  if (m.kind == AliasKind::kCapital && !CapitalActs(k, end)) return;
  if (e.type == ActorType::kCountry && m.kind != AliasKind::kCapital && CountryModifier(k, end)) return;
  if (e.platform && (heading_ || MediumAfter(end) || MediumBefore(k))) return;  // "Share on Facebook" is furniture
  if (e.type == ActorType::kOrganization && SecurityAfter(end)) return;
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

bool SentenceScan::OrgApposition(size_t j) const {
  if (j + 2 >= n_ || !IsPunct(T(j), ",") || !IsArticle(j + 1)) return false;
  for (size_t m = j + 2; m < n_ && m < j + 6; ++m) {
    if (!T(m).Is(kWord)) return false;
    // ", a super PAC that", ", an English-language channel"
    if ((lw_[m] == "pac" && T(m).Is(kAllCaps)) || (lw_[m] == "channel" && Lowercase(m))) return true;
    if (!Lowercase(m)) continue;  // "an Islamist-leaning movement"
    if (cls_[m] & (kOrgNoun | kGroupNoun)) return !(m + 1 < n_ && Lowercase(m + 1) && (cls_[m + 1] & (kOrgNoun | kGroupNoun | kPersonNoun)));
    if (cls_[m] & (kPersonNoun | kTitle | kStop)) return false;
  }
  return false;
}

bool SentenceScan::PlaceCompound(size_t g1) const {
  if (g1 + 1 >= n_ || T(g1).text != "-" || T(g1).begin != T(g1 - 1).end || T(g1 + 1).begin != T(g1).end) return false;
  std::string_view w = lw_[g1 + 1];
  return w == "based" || w == "born" || w == "headquartered" || w == "bound";
}

void SentenceScan::Unknown(size_t g0, size_t g1, size_t rs, const std::string& role) {
  if (PlaceCompound(g1)) return;
  // ", the leading trade group" after "Pilots for Peace" describes the whole name, not "Peace".
  bool of_tail = g1 + 1 < n_ && lw_[g1 + 1] == "the" && g0 > 0 &&
                 (lw_[g0 - 1] == "for" || lw_[g0 - 1] == "of" || lw_[g0 - 1] == "and");
  if (role.empty() && !of_tail && OrgApposition(g1) && !(cls_[g0] & kGiven) &&
      !(g1 - g0 == 1 && (cls_[g0] & (kConnector | kStop)))) {
    Candidate& c = Push(CandidateKind::kActor, g0, g1, rs, Text(g0, g1));
    c.type = ActorType::kOrganization;
    return;
  }
  if (g1 - g0 == 1) {
    if ((cls_[g0] & (kConnector | kStop)) || StateAfterPlace(g0)) return;
    // "Netanyahu's Likud party", "under a Kestrel government": an unknown word naming a ruling body.
    if (role.empty() && RulingBodyNamedBy(g0)) {
      std::string name = std::string(key_[g0]) + " " + std::string(lw_[g0 + 1]);
      Candidate& c = Push(CandidateKind::kActor, g0, g0 + 2, rs, std::move(name));
      c.type = ActorType::kOrganization;
      return;
    }
    Candidate& c = Push(CandidateKind::kSingle, g0, g1, rs, std::string(key_[g0]));
    c.title = role;
    c.acronym = T(g0).Is(kAllCaps);
    // "a blogger in Perth said": the place does not speak.
    bool place = g0 > 0 && Lowercase(g0 - 1) && IsPlacePreposition(lw_[g0 - 1]);
    c.speaks = (Speaks(g1) && !place) || !role.empty();
    c.listed = c.acronym && Listed(g0, g1);
    c.org = role.empty() && (OwnsRole(g0, g1) || DefiniteBody(g0) || AmongCompanies(g0));
    return;
  }
  if (PartyMember(g1 - 1)) return;
  if (role.empty() && !(cls_[g0] & kGiven) && OwnsRole(g0, g1)) {
    Candidate& c = Push(CandidateKind::kActor, g0, g1, rs, Text(g0, g1));
    c.type = ActorType::kOrganization;
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
    // A capitalised stop word inside ends the name, but a middle initial is no word: "Mark A. Smith".
    bool initial = key_[k].size() == 1 && k + 1 < g1 && IsPunct(T(k + 1), ".");
    if (T(k).Is(kCapitalized) && (cls_[k] & kStop) && k > g0 && !initial) return;
  }
  // "Osama bin Laden", "Ursula von der Leyen": particles that only join a person's names.
  bool given = (cls_[g0] & kGiven) != 0 || (particle && !spanish && !english_of) || NamedPerson(g0) ||
               (g1 - g0 <= 3 && IrishSurname(key_[g1 - 1]));
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
  c.acts = !heading_ && g1 - g0 == 2 && (SubjectOfPast(g1) || (poss_[g1 - 1] && Lowercase(g1)));
  c.work = BesideWork(g0, g1);
}

bool SentenceScan::StateAfterPlace(size_t k) const {
  if (k < 2 || !IsPunct(T(k - 1), ",") || !Cap(k - 2) || poss_[k - 2] || poss_[k]) return false;
  if (key_[k].size() > 5 || key_[k].find('.') == std::string_view::npos) return false;
  return k + 1 >= n_ || (T(k + 1).Is(kPunct) && !T(k + 1).Is(kOpenQuote));
}

bool SentenceScan::NamedPerson(size_t g0) const {
  if (g0 < 2 || lw_[g0 - 1] != "named" || !T(g0 - 2).Is(kWord)) return false;
  std::string_view w = lw_[g0 - 2];
  return w == "someone" || w == "somebody" || (Lowercase(g0 - 2) && (cls_[g0 - 2] & (kPersonNoun | kTitle)));
}

bool SentenceScan::SubjectOfPast(size_t end) const {
  if (AfterLocative(end - 2) || end >= n_ || !Lowercase(end)) return false;
  std::string_view w = lw_[end];
  return (w.size() > 4 && w.ends_with("ed")) || IsAuxiliary(w);
}

bool SentenceScan::ArticleBefore(size_t g0) const {
  size_t k = g0;
  while (k > 0 && Cap(k - 1) && !poss_[k - 1]) --k;
  return k > 0 && IsArticle(k - 1);
}

bool SentenceScan::DemonymAt(size_t k) const {
  auto m = Gaz(k, k + 1);
  return m && m->kind == AliasKind::kDemonym;
}

bool SentenceScan::Quoted(size_t g0, size_t g1) const {
  if (g0 == 0 || !T(g0 - 1).Is(kOpenQuote) || g1 >= n_) return false;
  return T(g1).Is(kCloseQuote) || (IsPunct(T(g1), ",") && g1 + 1 < n_ && T(g1 + 1).Is(kCloseQuote));
}

bool SentenceScan::BesideWork(size_t g0, size_t g1) const {
  static const WordSet kAfter = {"fan",    "fans",   "franchise", "film",       "films",   "movie",
                                 "movies", "saga",   "trilogy",   "sequel",     "prequel", "album",
                                 "soundtrack", "episode", "episodes", "spinoff", "remake"};
  static const WordSet kBefore = {"film",   "movie",  "album",   "song", "show",
                                  "series", "sitcom", "musical", "documentary"};
  if (g1 < n_ && Lowercase(g1) && !poss_[g1 - 1] && kAfter.Contains(lw_[g1])) return true;
  return g0 > 0 && Lowercase(g0 - 1) && !poss_[g0 - 1] && kBefore.Contains(lw_[g0 - 1]);
}

bool SentenceScan::Listed(size_t g0, size_t g1) const {
  if (g0 > 0 && T(g0 - 1).Is(kWord) && (lw_[g0 - 1].ends_with("-owned") || lw_[g0 - 1].ends_with("-backed")))
    return true;
  auto joins = [&](size_t k) { return k < n_ && (lw_[k] == "and" || lw_[k] == "or" || IsPunct(T(k), ",")); };
  if (g0 >= 2 && joins(g0 - 1) && Cap(g0 - 2) && !T(g0 - 2).Is(kSentenceStart)) return true;
  return joins(g1) && Cap(g1 + 1) && !(g1 + 2 < n_ && IsPunct(T(g1 + 1), ","));
}

bool SentenceScan::AmongCompanies(size_t k) const {
  if (T(k).Is(kSentenceStart) || (cls_[k] & kGiven) || poss_[k]) return false;
  auto joins = [&](size_t j) { return j < n_ && (IsPunct(T(j), ",") || lw_[j] == "and" || lw_[j] == "or"); };
  auto word_joins = [&](size_t j) { return j < n_ && (lw_[j] == "and" || lw_[j] == "or"); };
  auto company = [&](const GazEntry& e) { return !e.skip && e.type == ActorType::kOrganization; };
  // Inside a list, not at a clause's edge: "rolled through Paris, Acme reported" lists nothing.
  bool inside = k > 0 && joins(k - 1) && joins(k + 1);
  if (k >= 2 && joins(k - 1) && (inside || word_joins(k - 1)) && !out_.candidates.empty()) {
    const Candidate& prev = out_.candidates.back();
    if (prev.sentence == s_ && prev.gaz >= 0 && prev.range.end == T(k - 2).end &&
        company(gaz_.entry(static_cast<uint32_t>(prev.gaz))))
      return true;
  }
  size_t next = k + 2;  // the next item, also after ", and"
  if (next < n_ && IsPunct(T(k + 1), ",") && word_joins(next)) ++next;
  if (!joins(k + 1) || !(inside || next > k + 2 || word_joins(k + 1)) || next >= n_ || !Cap(next)) return false;
  auto m = Gaz(next, n_);
  return m && m->kind == AliasKind::kName && company(gaz_.entry(m->entry));
}

bool SentenceScan::PairedWithPerson(size_t g0) const {
  if (g0 < 2 || lw_[g0 - 1] != "and" || out_.candidates.empty()) return false;
  const Candidate& prev = out_.candidates.back();
  if (prev.sentence != s_ || prev.range.end != T(g0 - 2).end || prev.type != ActorType::kPerson) return false;
  if (prev.name.find(' ') == std::string::npos) return false;
  return prev.given || prev.speaks || !prev.title.empty() || prev.gaz >= 0;
}

bool SentenceScan::OwnsRole(size_t g0, size_t g1) const {
  if (g1 + 1 >= n_ || (cls_[g0] & (kGiven | kTitle | kTitleMod | kStop | kMonth))) return false;
  if (g0 > 0 && Cap(g0 - 1) && !poss_[g0 - 1]) return false;  // "Nation" of "Oneida Indian Nation leader"
  if (T(g0).Is(kSentenceStart) && lower_words_.Contains(lw_[g0])) return false;
  std::string_view w = lw_[g1];
  bool member = (Lowercase(g1) || T(g1).Is(kAllCaps)) &&
                (w == "president" || w == "chairman" || w == "chairwoman" || w == "ceo" || w == "founder" ||
                 w == "co-founder" || w == "spokesman" || w == "spokeswoman" || w == "spokesperson" ||
                 w == "director" || w == "leader" || w == "editor" || w == "host" || w == "anchor" ||
                 w == "pollster" || w == "lobbyist" || w == "secretary-treasurer");
  if (member) return Cap(g1 + 1) && !poss_[g1];
  return poss_[g1 - 1] && (cls_[g1] & kGiven) && Cap(g1 + 1);
}

bool SentenceScan::Chamber(size_t b, size_t e) const {
  if (key_[b] != "House" || b == 0 || lw_[b - 1] != "the" || poss_[b]) return false;
  if (e == b + 3) return lw_[b + 1] == "and" && key_[b + 2] == "Senate";
  if (e != b + 1) return false;
  if (e >= n_ || !Lowercase(e)) return e >= n_ || !T(e).Is(kWord);
  std::string_view w = lw_[e];
  return (cls_[e] & kStop) || IsAuxiliary(w) || (w.size() > 4 && w.ends_with("ed"));
}

bool SentenceScan::DefiniteBody(size_t k) const {
  if (k == 0 || lw_[k - 1] != "the" || T(k - 1).Is(kAllCaps) || key_[k].size() < 2) return false;
  for (char ch : key_[k])
    if (ch < 'A' || ch > 'Z') return false;
  return poss_[k] || k + 1 >= n_ || T(k + 1).Is(kPunct);
}

bool SentenceScan::PartyMember(size_t k) const {
  auto m = Gaz(k, k + 1);
  return m && m->kind == AliasKind::kDemonym && gaz_.entry(m->entry).type == ActorType::kOrganization;
}

void SentenceScan::DocumentMaker(size_t b, size_t e, bool poll) {
  static const std::string_view kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                           "friday", "saturday", "sunday"};
  if (b < e && T(b).Is(kNumber)) ++b;
  if (b >= e) return;
  for (size_t k = b; k < e; ++k) {
    if (!Cap(k) || poss_[k] || (cls_[k] & (kMonth | kStop | kTitle | kTitleMod))) return;
    // "the EU-Turkey deal", "a Post-SurveyMonkey poll": a pairing, not one maker.
    if (!T(k).Is(kAllCaps) && key_[k].find('-') != std::string_view::npos) return;
    for (auto d : kDays)
      if (lw_[k] == d) return;
  }
  if (auto m = Gaz(b, e)) {
    if (poll && m->tokens == e - b) EmitGaz(b, *m, b);
    return;
  }
  if (cls_[b] & kGiven) return;
  if (e - b == 1) {
    Candidate& c = Push(CandidateKind::kSingle, b, e, b, std::string(key_[b]));
    c.acronym = T(b).Is(kAllCaps);
    c.org = true;
    return;
  }
  Candidate& c = Push(CandidateKind::kActor, b, e, b, Text(b, e));
  c.type = ActorType::kOrganization;
}

}  // namespace claimkb::extract::actor_scan
