#include "core/extract/document.h"

#include <cstdint>
#include <cstring>

#include "core/base/hash.h"
#include "core/base/utf8.h"
#include "core/extract/furniture.h"
#include "core/extract/html.h"
#include "core/extract/metadata.h"

namespace claimkb::extract {

namespace {

constexpr size_t kMaxControlChars = 1000;  // above this (or 1% of the input) the input is binary

bool IsStrayControl(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F; }

// Whether the eight bytes at p may hold a byte below 0x20 or 0x7F (never
// false when one does; true for some that hold none).
bool MayHoldControl(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t del = x ^ (0x7F * kOnes);
  return (((x - 0x20 * kOnes) & ~x) | ((del - kOnes) & ~del)) & kHigh;
}

size_t CountStrayControls(std::string_view s) {
  size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8)
    if (MayHoldControl(s.data() + i))
      for (size_t k = i; k < i + 8; ++k) n += IsStrayControl(static_cast<unsigned char>(s[k]));
  for (; i < s.size(); ++i) n += IsStrayControl(static_cast<unsigned char>(s[i]));
  return n;
}

// Text without a byte-order mark and stray control characters, with CRLF and
// lone CR turned into LF.
std::string CleanText(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  std::string out;
  out.reserve(s.size());
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size(); ++i) {
    while (i + 8 <= s.size() && !MayHoldControl(s.data() + i)) i += 8;
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c >= 0x20 && c != 0x7F) || c == '\t' || c == '\n') continue;
    out.append(s.data() + run, i - run);
    if (c == '\r') {
      out += '\n';
      if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    } else if (c == '\f') {
      out += '\n';
    }
    run = i + 1;
  }
  out.append(s.data() + run, s.size() - run);
  return out;
}

// Soft hyphens (U+00AD) only mark where a line may break; left in, they split
// words and names ("Vladi\u00ADmir Putin").
std::string WithoutSoftHyphens(std::string s) {
  size_t at = s.find("\xC2\xAD");
  if (at == std::string::npos) return s;
  size_t out = at;
  for (size_t i = at; i < s.size(); ++i) {
    if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xAD') {
      ++i;
      continue;
    }
    s[out++] = s[i];
  }
  s.resize(out);
  return s;
}

// NFC text without soft hyphens.
Result<std::string> NormalText(std::string_view s) {
  auto r = utf8::ToNfc(s);
  if (!r.ok()) return r.status();
  return WithoutSoftHyphens(std::move(r).value());
}

}  // namespace

Result<model::Document> ReadDocument(const Input& input) {
  std::string_view bytes = input.bytes;
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos)
    return Status::InvalidArgument("empty document");
  if (Status s = utf8::Validate(bytes); !s.ok()) {
    return Status::InvalidArgument("input is not UTF-8 text: " + s.message());
  }
  size_t controls = CountStrayControls(bytes);
  if (controls > kMaxControlChars || controls * 100 > bytes.size()) {
    return Status::InvalidArgument("input looks binary: " + std::to_string(controls) + " control characters");
  }
  if (!input.published.empty() && !IsIsoDate(input.published)) {
    return Status::InvalidArgument("published `" + input.published + "` is not a valid YYYY-MM-DD date");
  }

  bool html = input.format == Format::kHtml || (input.format == Format::kAuto && LooksLikeHtml(bytes));
  model::Document doc;
  std::vector<std::string> furniture;
  std::string body;
  if (html) {
    HtmlArticle a = ReadHtml(CleanText(bytes));
    doc.title = FoldSpace(a.title);
    doc.author = FoldSpace(a.author);
    doc.publisher = FoldSpace(a.publisher);
    doc.published = a.published;
    body = std::move(a.body);
    furniture = std::move(a.furniture);
  } else {
    auto text = NormalText(CleanText(bytes));
    if (!text.ok()) return text.status();
    TextArticle a = ReadText(*text);
    doc.title = std::move(a.title);
    doc.author = std::move(a.author);
    doc.publisher = std::move(a.publisher);
    doc.published = a.published;
    body = std::move(a.body);
    furniture = std::move(a.furniture);
  }
  if (body.find_first_not_of(" \n") == std::string::npos) {
    return Status::InvalidArgument(html ? "no article text found in the page" : "empty document");
  }
  if (html) {
    for (std::string* s : {&body, &doc.title, &doc.author, &doc.publisher}) {
      auto n = NormalText(*s);
      if (!n.ok()) return n.status();
      *s = std::move(n).value();
    }
    for (auto& f : furniture) {
      auto n = NormalText(f);
      if (n.ok()) f = std::move(n).value();
    }
  }

  doc.text = std::move(body);
  doc.id = HashHex128(doc.text).substr(0, 24);
  doc.furniture = std::move(furniture);
  doc.url = input.url;
  if (!input.title.empty()) doc.title = input.title;
  if (!input.author.empty()) doc.author = input.author;
  if (!input.publisher.empty()) doc.publisher = input.publisher;
  if (!input.published.empty()) doc.published = input.published;
  doc.language = "en";
  return doc;
}

}  // namespace claimkb::extract
