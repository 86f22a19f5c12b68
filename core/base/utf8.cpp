#include "core/base/utf8.h"

#include <algorithm>
#include <cstring>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace claimkb::utf8 {

Status Validate(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t len = static_cast<int32_t>(bytes.size());
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return Status::TooLarge("input exceeds 2 GiB");
  int32_t i = 0;
  while (i < len) {
    // Eight ASCII bytes, none of them NUL, at a time.
    while (i + 8 <= len) {
      uint64_t v;
      std::memcpy(&v, s + i, 8);
      uint64_t nul = (v - 0x0101010101010101ULL) & ~v & 0x8080808080808080ULL;
      if ((v & 0x8080808080808080ULL) || nul) break;
      i += 8;
    }
    if (i >= len) break;
    int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) {
      return Status::InvalidArgument("invalid UTF-8 at byte " + std::to_string(at));
    }
    if (c == 0) return Status::InvalidArgument("NUL byte at byte " + std::to_string(at));
  }
  return Status::OK();
}

namespace {

// True when every code point is one NFC keeps as it is and nothing composes
// with (NFC_Quick_Check=Yes, combining class 0): U+0000..U+02FF and the
// punctuation most news text adds to it, U+2002..U+206F and the euro sign.
// False says nothing (ICU decides then).
bool PlainlyNfc(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  for (size_t i = 0; i < n;) {
    if (i + 8 <= n) {
      uint64_t v;
      std::memcpy(&v, s + i, 8);
      if ((v & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
    } else if (c >= 0xC2 && c <= 0xCB && i + 1 < n && (s[i + 1] & 0xC0) == 0x80) {
      i += 2;  // U+0080..U+02FF
    } else if (c == 0xE2 && i + 2 < n && (s[i + 2] & 0xC0) == 0x80 &&
               ((s[i + 1] == 0x80 && s[i + 2] >= 0x82) || (s[i + 1] == 0x81 && s[i + 2] <= 0xAF) ||
                (s[i + 1] == 0x82 && s[i + 2] == 0xAC))) {
      i += 3;  // U+2002..U+206F, U+20AC
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

Result<std::string> ToNfc(std::string_view bytes) {
  if (PlainlyNfc(bytes)) return std::string(bytes);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return Status::IOError("ICU NFC normaliser unavailable");
  icu::StringPiece piece(bytes.data(), static_cast<int32_t>(bytes.size()));
  if (nfc->isNormalizedUTF8(piece, err) && U_SUCCESS(err)) return std::string(bytes);
  err = U_ZERO_ERROR;
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(piece);
  icu::UnicodeString out = nfc->normalize(in, err);
  if (U_FAILURE(err)) return Status::InvalidArgument("text cannot be normalised to NFC");
  std::string result;
  out.toUTF8String(result);
  return result;
}

size_t CodePointCount(std::string_view bytes) {
  size_t n = 0;
  for (unsigned char c : bytes) n += (c & 0xC0) != 0x80;
  return n;
}

OffsetMap::OffsetMap(std::string_view text) : bytes_(text.size()) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  for (size_t b = 0; b < text.size(); ++b) {
    if (b + 8 <= text.size()) {
      uint64_t v;
      std::memcpy(&v, s + b, 8);
      if ((v & 0x8080808080808080ull) == 0) {
        b += 7;
        continue;
      }
    }
    if ((s[b] & 0xC0) == 0x80) {
      starts_before_.push_back(static_cast<uint32_t>(b - continuations_.size()));
      continuations_.push_back(static_cast<uint32_t>(b));
    }
  }
}

uint32_t OffsetMap::ToCodePoint(size_t byte) const {
  if (byte > bytes_) byte = bytes_;
  size_t before = std::lower_bound(continuations_.begin(), continuations_.end(), byte) - continuations_.begin();
  return static_cast<uint32_t>(byte - before);
}

size_t OffsetMap::ToByte(uint32_t code_point) const {
  if (code_point >= size()) return bytes_;
  size_t before =
      std::upper_bound(starts_before_.begin(), starts_before_.end(), code_point) - starts_before_.begin();
  return code_point + before;
}

std::string Substr(std::string_view text, const OffsetMap& map, uint32_t start, uint32_t end) {
  size_t b = map.ToByte(start), e = map.ToByte(end);
  if (e < b) return {};
  return std::string(text.substr(b, e - b));
}

}  // namespace claimkb::utf8
