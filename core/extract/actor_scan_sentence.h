// The per-sentence scanner behind ScanActors (actor_scan.h), private to it.
// Its members live by concept in actor_scan.cpp (the pass: chunks of
// capitalised words, article phrases, documents) and actor_scan_names.cpp
// (what a chunk names: known entries, titled people, organisations by their
// heads or roles, unknown names). Not thread-safe: one per document.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/actor_scan.h"
#include "core/extract/gazetteer.h"
#include "core/extract/names.h"

namespace claimkb::extract::actor_scan {

using model::ActorType;

inline bool IsPunct(const Token& t, std::string_view s) { return t.Is(kPunct) && t.text == s; }

// Capitalised the way names are: "Ocasio-Cortez" and "al-Assad" are, "US-funded" is not.
bool NameShaped(const Token& t);

size_t PartyTagAt(const std::vector<Token>& toks, size_t i);

// The capitals that open a word and each of its hyphened parts: "TP" of "Trans-Pacific".
std::string CapitalInitials(std::string_view word);

bool IsDirectional(std::string_view lw);

bool IsSpanishConnector(std::string_view lw);

// Particles inside a person's name, never an organisation's.
bool IsNameParticle(std::string_view lw);

// "McCartney", "O'Brien": a surname by its shape, so the name it closes is a person's.
bool IrishSurname(std::string_view w);

class SentenceScan {
 public:
  SentenceScan(std::string_view text, std::string_view lower, const WordSet& lower_words,
               ScanResult& out)
      : text_(text), lower_(lower), lower_words_(lower_words), out_(out) {}

  void Run(size_t sentence, const std::vector<Token>& toks);

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
  bool IsArticle(size_t i) const { return i < n_ && (lw_[i] == "the" || lw_[i] == "a" || lw_[i] == "an"); }

  // ---- the pass (actor_scan.cpp) -------------------------------------------
  bool StartLike(size_t b) const;
  // "Martin Litwak." alone in its paragraph: a letter's signature or a credit
  // line, which names who wrote, not anyone the text is about.
  bool SignatureLine() const;
  Candidate& Push(CandidateKind kind, size_t b, size_t e, size_t sb, std::string name);
  // A bare name followed by a speech verb or an apposition speaks: "Smith said", "Smith, a lawyer".
  bool Speaks(size_t j) const;
  // "the Venezuelan government", "the President", "the Trump administration",
  // "the gang", "a UN study". Returns true when it consumed tokens [i, *next).
  bool ArticlePhrase(size_t i, size_t* next);
  // "Likud party", "Trump administration": the capitalised word at k names the body the noun after it is.
  bool BodyNamedBy(size_t k) const;
  // "Likud party", "Kestrel government", unlike "Kickstarter campaign" or "Jewish movement": a party,
  // government or regime named by a word that is no demonym or direction.
  bool RulingBodyNamedBy(size_t k) const;
  // "the Manu Taupunga group", "the Kestrel group": capitalised words after "the" that name a group
  // written with a lower-case "group". The end of the phrase from k, or 0.
  size_t NamedGroupEnd(size_t k) const;
  // "a UN study", "the letter", "a leaked internal memo": recorded for
  // ResolveSource; their modifiers are not mentions of their own.
  bool DocumentPhrase(size_t i, size_t* next);
  // "Children's" in "Murdoch Children's Research Institute", "Women's" in
  // "Women's Health Initiative": a plural noun's possessive inside a name,
  // unlike an owner's ("Trump's Justice Department").
  bool InnerPossessive(size_t k) const;
  // "Sam's Club", "Joe's Kitchen": a shop named for its owner, the possessive at b inside its name.
  bool OwnerNamed(size_t b) const;
  // From the comma at j: ", Asthma and Immunology", capitalised items closed by
  // "and"; the end of the list, or j when it is not one. Each item is one topic
  // word, not a known name, an acronym or a given name ("the Bank of England,
  // Barclays and HSBC" lists three banks).
  size_t ListEnd(size_t j) const;
  // "University of California, San Francisco, found": one or two capitalised
  // words after the comma at j that close the phrase; j when they do not.
  size_t CampusEnd(size_t j) const;
  // "Club", "Americans", "Students", "Women" before "for": the head of an advocacy
  // group's name ("Club for Growth", "Students for Life of America").
  bool AdvocacyHead(size_t k) const;
  // "her book “A Garden Built on Sand,”", "a treatise titled “Deterministic Rain.”": a work's title
  // quoted after the kind of work it is or after "titled", a document (`open`: the opening quote).
  void TitledWork(size_t open);
  // "Industrial Light & Magic (ILM)", "Trans-Pacific Partnership (TPP)": capitalised words before the
  // parenthesis at `open` whose initials spell the acronym inside it name one body, known by both.
  void ExpandedAcronym(size_t open);
  // "Liberals Elena Kagan and ...", "Presidents Reagan and Bush": a capitalised plural before a given
  // name, or a plural title, that opens the run [b, e) says who they are, no part of the name.
  bool GroupBeforeName(size_t b, size_t e) const;
  size_t ChunkEnd(size_t b) const;
  size_t Chunk(size_t i);
  void Analyze(size_t b, size_t e, size_t sb);

  // ---- what a chunk names (actor_scan_names.cpp) ---------------------------
  // "by Vulture magazine", "New York magazine reported", "at Royal Shrewsbury hospital": a
  // publication or hospital named with its kind ("a New York newspaper" is only some newspaper from there).
  bool PublicationName(size_t b, size_t e, size_t sb);
  // "firm", "maker", "startup": a lower-case noun for a kind of business that may stand before its name.
  bool CompanyRole(size_t k) const;
  // "data analysis firm 1010data", "robot maker iRobot": a company whose name is not
  // capitalised like a word, after the kind of business it is.
  void BrandAfterRole(size_t k);
  // "the search engine Mozilla", "analytics firm Quantix": a company named after
  // the kind of business it is.
  bool CompanyAfterRole(size_t b, size_t e, size_t sb);
  // "CEO of Hotelied", "the founder of Beechmont": the body a business role belongs to.
  bool OrgOfRole(size_t b, size_t e, size_t sb);
  // "Yahoo Japan", "Google India": a company's national arm is one organisation.
  bool NationalArm(size_t b, size_t e, size_t sb);
  // "Yahoo Finance reported", "Zeta Labs said": a known company's name run on by capitalised
  // words that speaks is a unit of the company, not the company.
  bool SubBrand(size_t b, size_t e, size_t sb);
  bool AllCap(size_t b, size_t e) const;
  bool IsCompanyTitle(size_t k, size_t len) const;
  // Organisations, groups and places recognised by their head word.
  bool HeadedName(size_t b, size_t e, size_t sb);
  // "the Ruritanian Embassy in Oslo": where an embassy or consulate ending at e sits is part of its
  // name. The end of the name with its seat, or e.
  size_t MissionSeat(size_t e) const;
  // "President Nicolas Maduro", "Secretary of State Marco Rubio",
  // "Venezuelan Vice President Delcy Rodríguez", "Sen. Elizabeth Warren".
  bool TitledName(size_t b, size_t e, size_t sb);
  // "in Beijing", "in Beijing and Moscow", "to Paris, London and Rome": places.
  bool AfterLocative(size_t k) const;
  // "Moscow has denied", "Washington also accuses", "Caracas' willingness": a
  // capital standing for its government acts or owns; "in Paris", "Paris's
  // boulevards", "the capital of Warsaw" are places.
  bool CapitalActs(size_t k, size_t end) const;
  // "Jane Roe finished", "Jane Roe has": a past or auxiliary verb right after a
  // two-word name ending at `end` makes it a subject, so a person.
  bool SubjectOfPast(size_t end) const;
  // "Concord, N.H., drew", "in Aiken, S.C.": a dotted abbreviation after a place and its comma
  // is the place's state, no actor.
  bool StateAfterPlace(size_t k) const;
  // "someone named Jane Roe", "a student named Jane Roe": the name that g0 starts is a person's.
  bool NamedPerson(size_t g0) const;
  static bool IsAuxiliary(std::string_view w);
  // "U.S. labor statistics", "a U.S. space station": the country name at [k, end) that
  // modifies the noun after it is no mention of the country; "U.S. officials" and "U.S. imposed" are.
  bool CountryModifier(size_t k, size_t end) const;
  // "her Telegram account", "a Facebook post": the platform is where something
  // was said, not who said it.
  bool MediumAfter(size_t j) const;
  // "the 10-year Treasury note", "Treasury yields": a debt security named for its issuer (the
  // word at j) mentions no actor.
  bool SecurityAfter(size_t j) const;
  // "said on Twitter", "posted via Facebook", "took to Twitter": the platform at k is where it was said.
  bool MediumBefore(size_t k) const;
  // "a Palestinian state", "no independent Kurdish state": the demonym at [k, end)
  // before a state noun after an indefinite or negating article names a state to be, not its people's country.
  bool StateToBe(size_t k, size_t end) const;
  void EmitGaz(size_t k, const GazMatch& m, size_t sb);
  // ", an al-Qaeda-linked organization", ", a London-based rights group", ", the leading trade group",
  // ", a super PAC": the name before is a body.
  bool OrgApposition(size_t j) const;
  // "the L.A.-based artist", "a Paris-born chef": the name is a place.
  bool PlaceCompound(size_t g1) const;
  void Unknown(size_t g0, size_t g1, size_t rs, const std::string& role);
  // An article before the capitalised run that g0 starts or continues ("the Apple Vision Pro").
  bool ArticleBefore(size_t g0) const;
  bool DemonymAt(size_t k) const;
  bool Quoted(size_t g0, size_t g1) const;
  // "Star Wars fans", "the Blue Harbor trilogy", "the film Blue Harbor": the run [g0, g1) beside a
  // lower-case noun for a film, show or album, or for its following, names such a work (a book,
  // unlike them, is a document and stays).
  bool BesideWork(size_t g0, size_t g1) const;
  // "owns Instagram, Zorbly and WhatsApp": one unknown word listed next to a known company is a company.
  bool AmongCompanies(size_t k) const;
  // "Jane Roe and John Doe": a full name joined to a person's full name right
  // before it is a person too.
  bool PairedWithPerson(size_t g0) const;
  // "Microsoft, I.B.M. and Hewlett-Packard", "JFK and Bill Clinton", "Kroger-owned QFC":
  // a word in a list of names or owned by one is named like them, unlike "VAT systems".
  bool Listed(size_t g0, size_t g1) const;
  // "Polldex president Jane Roe", "Polldex's CEO Jane Roe", "Polldex's Jane Roe": a name
  // that owns a role or a person is a body.
  bool OwnsRole(size_t g0, size_t g1) const;
  // "the House", "the House and Senate": the chamber, unlike "the House floor" or "House Speaker".
  bool Chamber(size_t b, size_t e) const;
  // "the ACLU's lawyers", "gave to the USO.": capitals after "the" that own or close a phrase name
  // a body, unlike "the NBT format" (a modifier) or "the TPP was signed" (a thing as subject).
  bool DefiniteBody(size_t k) const;
  // "Virginia Democrat", "Texas Republican": the word at k names a member of a party, so the
  // run it closes describes a person rather than naming one.
  bool PartyMember(size_t k) const;
  // "a ZBC poll", "a 2015 Kestrel Research survey", "a Zentrix study": the body that made the
  // document. A known body stays inside its document ("a UN study", the seed's convention) unless
  // it ran a poll or survey.
  void DocumentMaker(size_t b, size_t e, bool poll);

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

}  // namespace claimkb::extract::actor_scan
