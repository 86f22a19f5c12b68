// Article metadata helpers shared by the HTML and plain-text readers: date
// normalisation, byline clean-up and whitespace folding. Pure functions.
#pragma once

#include <string>
#include <string_view>

namespace claimkb::extract {

// "YYYY-MM-DD" for a publication date written in any common form
// ("2025-09-22T10:00:00Z", "Sep 22, 2025", "22 September 2025", "22.09.2025",
// "2025年9月22日"), or "" when text holds no valid calendar date.
std::string NormalizeDate(std::string_view text);

// True for a real calendar date written exactly "YYYY-MM-DD" (2025-02-30 is not).
bool IsIsoDate(std::string_view text);

// Whitespace runs (ASCII, NBSP and other Unicode spaces) folded to one space, trimmed.
std::string FoldSpace(std::string_view text);

// A byline reduced to the names: "By Jane Roe | Sep 22, 2025" -> "Jane Roe";
// "" when nothing name-like is left.
std::string CleanByline(std::string_view text);

// ASCII lower case.
std::string Lower(std::string_view text);

// Letters/digits only, lower-cased ASCII, for loose comparison of titles.
std::string LooseKey(std::string_view text);
// LooseKey(text) == key, stopping at the first difference.
bool HasLooseKey(std::string_view text, std::string_view key);

}  // namespace claimkb::extract
