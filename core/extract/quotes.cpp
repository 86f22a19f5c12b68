#include "core/extract/quotes.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>

namespace claimkb::extract {

namespace {

enum Mark { kNone, kOpen, kClose, kStraight };

// The quote mark at text[i] and its byte length.
Mark MarkAt(std::string_view t, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(t[i]);
  *len = 1;
  if (c == '"') return kStraight;
  // '' as a double quote, as some wires write it; in ''' the first mark is a single quote inside it.
  if (c == '\'' && i + 1 < t.size() && t[i + 1] == '\'' && !(i + 2 < t.size() && t[i + 2] == '\'')) {
    *len = 2;
    return kStraight;
  }
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    unsigned char d = static_cast<unsigned char>(t[i + 2]);
    *len = 3;
    if (d == 0x9C || d == 0x9E) return kOpen;   // “ „
    if (d == 0x9D) return kClose;               // ”
  }
  if (c == 0xC2 && i + 1 < t.size()) {
    unsigned char d = static_cast<unsigned char>(t[i + 1]);
    *len = 2;
    if (d == 0xAB) return kOpen;   // «
    if (d == 0xBB) return kClose;  // »
  }
  *len = 1;
  return kNone;
}

// Whether a quote mark can start with the byte c (MarkAt is kNone otherwise).
bool MayStartMark(unsigned char c) { return c == '"' || c == '\'' || c == 0xE2 || c == 0xC2; }

// Whether none of the eight bytes at p can start a quote mark: no '"', no
// '\'' and no byte above 0x7F.
bool NoMarkIn8(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t v;
  std::memcpy(&v, p, 8);
  auto has_byte = [v](unsigned char b) {
    uint64_t x = v ^ (kOnes * b);
    return (x - kOnes) & ~x & kHigh;
  };
  return ((v & kHigh) | has_byte('"') | has_byte('\'')) == 0;
}

bool IsAlnumByte(unsigned char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80; }

}  // namespace

QuoteMap::QuoteMap(std::string_view text) : text_(text) {
  for (const Range& para : SplitParagraphs(text)) {
    size_t open = std::string::npos;
    for (size_t i = para.begin; i < para.end;) {
      if (i + 8 <= para.end && NoMarkIn8(text.data() + i)) {
        i += 8;
        continue;
      }
      if (!MayStartMark(static_cast<unsigned char>(text[i]))) {
        ++i;
        continue;
      }
      size_t len;
      Mark m = MarkAt(text, i, &len);
      if (m == kStraight) m = open == std::string::npos ? kOpen : kClose;
      if (m == kOpen && open == std::string::npos) {
        open = i;
      } else if (m == kClose && open != std::string::npos) {
        quotes_.push_back({open, i + len});
        open = std::string::npos;
      }
      i += len;
    }
    if (open != std::string::npos) quotes_.push_back({open, para.end});
  }
}

const Range* QuoteMap::At(size_t pos) const {
  auto it = std::upper_bound(quotes_.begin(), quotes_.end(), pos,
                             [](size_t p, const Range& r) { return p < r.begin; });
  if (it == quotes_.begin()) return nullptr;
  --it;
  return it->Contains(pos) ? &*it : nullptr;
}

const Range* QuoteMap::FirstIn(Range r) const {
  auto it = std::lower_bound(quotes_.begin(), quotes_.end(), r.begin,
                             [](const Range& q, size_t p) { return q.begin < p; });
  if (it == quotes_.end() || it->begin >= r.end) return nullptr;
  return &*it;
}

double QuoteMap::QuotedShare(Range r) const {
  size_t all = 0, in = 0;
  // The quotes are sorted and disjoint: walk them alongside the bytes.
  auto q = std::upper_bound(quotes_.begin(), quotes_.end(), r.begin,
                            [](size_t p, const Range& x) { return p < x.end; });
  if (q == quotes_.end() || q->begin >= r.end) return 0.0;  // no quote reaches into r
  for (size_t i = r.begin; i < r.end && i < text_.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if (!IsAlnumByte(c) || (c >= 0x80 && c < 0xC0)) continue;  // count each code point once
    if (c == 0xE2 || c == 0xC2) {  // punctuation marks of the General Punctuation / Latin-1 blocks
      size_t len;
      if (MarkAt(text_, i, &len) != kNone || c == 0xE2) continue;
    }
    ++all;
    while (q != quotes_.end() && q->end <= i) ++q;
    if (q != quotes_.end() && q->Contains(i)) ++in;
  }
  return all ? static_cast<double>(in) / static_cast<double>(all) : 0.0;
}

}  // namespace claimkb::extract
