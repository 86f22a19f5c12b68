// Quantities: digits and number words, percentages, money with scale and
// currency, counts with the noun they count, qualifiers, ranges and lists.
#pragma once

#include <string_view>
#include <vector>

#include "core/extract/scan.h"
#include "core/model/types.h"

namespace claimkb::extract {

// Finds the quantities in text. Spans in the result are BYTE offsets of text.
// Years and dates are not quantities.
std::vector<model::Quantity> FindQuantities(std::string_view text);
// The same over `toks` = scan::Lex(text), for callers that lex once for several recognisers.
std::vector<model::Quantity> FindQuantities(std::string_view text, const std::vector<scan::Tok>& toks);
// The same with the byte spans of the text's time expressions already found
// (ScanTimes(...).all, sorted by start): no number inside them is an amount.
std::vector<model::Quantity> FindQuantities(std::string_view text, const std::vector<scan::Tok>& toks,
                                            const std::vector<model::Span>& time_spans);

}  // namespace claimkb::extract
