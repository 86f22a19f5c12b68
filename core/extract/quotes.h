// Quotation spans of a body text, found per paragraph (a quote may run over
// several sentences; an unclosed quote runs to the end of its paragraph, the
// news convention for a quote continued in the next paragraph).
#pragma once

#include <vector>

#include "core/extract/text.h"

namespace claimkb::extract {

class QuoteMap {
 public:
  explicit QuoteMap(std::string_view text);

  // The quote [open mark, close mark] that contains pos, if any.
  const Range* At(size_t pos) const;
  bool Inside(size_t pos) const { return At(pos) != nullptr; }
  // The share (0..1) of the letters and digits of text[r) that lie inside quotes.
  double QuotedShare(Range r) const;
  // The first quote that begins inside r.
  const Range* FirstIn(Range r) const;
  const std::vector<Range>& quotes() const { return quotes_; }

 private:
  std::string_view text_;
  std::vector<Range> quotes_;  // sorted, disjoint; end is one past the close mark
};

}  // namespace claimkb::extract
