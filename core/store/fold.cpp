#include "core/store/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace claimkb::store {

namespace {

void AppendAsciiFolded(std::string_view text, std::string* out) {
  bool space = false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alnum) {
      space = true;
      continue;
    }
    if (space && !out->empty()) out->push_back(' ');
    space = false;
    out->push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
}

void AppendUnicodeFolded(std::string_view text, std::string* out) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (U_SUCCESS(err)) s = nfd->normalize(s, err);
  bool space = false;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_charType(c) == U_NON_SPACING_MARK || u_getCombiningClass(c) != 0) continue;
    if (c == '\'' || c == 0x2019) continue;  // "Trump's" matches "trumps"
    if (!u_isalnum(c)) {
      space = true;
      continue;
    }
    if (space && !out->empty()) out->push_back(' ');
    space = false;
    icu::UnicodeString one(u_foldCase(c, U_FOLD_CASE_DEFAULT));
    one.toUTF8String(*out);
  }
}

}  // namespace

std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool ascii = true;
  for (char c : text)
    if (static_cast<unsigned char>(c) >= 0x80 || c == '\'') ascii = false;
  if (ascii) {
    AppendAsciiFolded(text, &out);
  } else {
    AppendUnicodeFolded(text, &out);
  }
  return out;
}

std::vector<std::string_view> Words(std::string_view folded) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    if (end > start) out.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::vector<std::string> AliasTerms(std::string_view name) {
  std::string folded = Fold(name);
  std::vector<std::string> out;
  if (folded.empty()) return out;
  out.push_back(folded);
  for (size_t i = folded.find(' '); i != std::string::npos; i = folded.find(' ', i + 1))
    out.push_back(folded.substr(i + 1));
  return out;
}

}  // namespace claimkb::store
