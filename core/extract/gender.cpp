#include "core/extract/gender.h"

#include "core/extract/names.h"

namespace claimkb::extract {

namespace {

Gender Of(std::string_view word, uint32_t female, uint32_t male) {
  uint32_t c = Lexicon::Get().ClassesFolded(word);
  return (c & female) ? Gender::kFemale : (c & male) ? Gender::kMale : Gender::kUnknown;
}

// Honorifics and role nouns ("Mrs.", "spokeswoman").
Gender Lookup(std::string_view word) { return Of(word, kFemaleWord, kMaleWord); }
// Common given names ("Hillary", "Barack").
Gender GivenName(std::string_view word) { return Of(word, kFemaleGiven, kMaleGiven); }

std::string_view FirstWord(std::string_view s) {
  size_t e = s.find_first_of(" .");
  return e == std::string_view::npos ? s : s.substr(0, e);
}

std::string_view LastWord(std::string_view s) {
  size_t b = s.rfind(' ');
  return b == std::string_view::npos ? s : s.substr(b + 1);
}

}  // namespace

Gender GenderOf(const model::Actor& a) {
  if (a.type != model::ActorType::kPerson) return Gender::kUnknown;
  bool female = false, male = false;
  auto note = [&](Gender g) {
    female = female || g == Gender::kFemale;
    male = male || g == Gender::kMale;
  };
  // An honorific opens any of the names ("Mrs. Ortiz"); a given name counts
  // in the canonical name only, before a surname: aliases may open with a
  // place ("Virginia Gov. Terry McAuliffe") and a lone "Paul" may be a surname.
  note(Lookup(FirstWord(a.name)));
  for (const std::string& al : a.aliases) note(Lookup(FirstWord(al)));
  if (std::string_view first = FirstWord(a.name); a.name.find(' ') != std::string::npos) note(GivenName(first));
  for (const std::string& t : a.titles) note(Lookup(LastWord(t)));
  return female == male ? Gender::kUnknown : female ? Gender::kFemale : Gender::kMale;
}

Gender PronounGender(std::string_view lower) {
  if (lower == "she" || lower == "her" || lower == "hers" || lower == "herself") return Gender::kFemale;
  if (lower == "he" || lower == "him" || lower == "his" || lower == "himself") return Gender::kMale;
  return Gender::kUnknown;
}

}  // namespace claimkb::extract
