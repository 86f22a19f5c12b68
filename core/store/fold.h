// Case- and accent-insensitive matching for actor search and claim text
// filters: "Nicolás  MADURO" folds to "nicolas maduro".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace claimkb::store {

// Lower-case, accents removed, every run of non-alphanumerics one space, trimmed.
std::string Fold(std::string_view text);
// The words of a folded string.
std::vector<std::string_view> Words(std::string_view folded);
// The alias index terms of a name: the whole folded name, then the folded tail
// starting at each later word ("nicolas maduro", "maduro").
std::vector<std::string> AliasTerms(std::string_view name);

}  // namespace claimkb::store
