// Quantities: digits and number words, percentages, money with scale and
// currency, counts with the noun they count, qualifiers, ranges and lists.
#pragma once

#include <string_view>
#include <vector>

#include "core/model/types.h"

namespace claimkb::extract {

// Finds the quantities in text. Spans in the result are BYTE offsets of text.
// Years and dates are not quantities.
std::vector<model::Quantity> FindQuantities(std::string_view text);

}  // namespace claimkb::extract
