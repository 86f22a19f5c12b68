#include "core/model/types.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace claimkb::model {

namespace {

// Slug of an all-ASCII name: NFD leaves it as it is and no character is a
// combining mark, so only the loop below remains (ICU dominated the cost).
std::string AsciiSlug(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  bool dash = false;
  for (char ch : name) {
    int c = static_cast<unsigned char>(ch);
    if (c == '\'') continue;
    if (std::isalnum(c)) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += static_cast<char>(std::tolower(c));
    } else {
      dash = true;
    }
  }
  return out.empty() ? "unnamed" : out;
}

}  // namespace

std::string Slug(std::string_view name) {
  if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return AsciiSlug(name);
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (U_SUCCESS(err)) s = nfd->normalize(s, err);
  std::string out;
  bool dash = false;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == '\'' || c == 0x2019) continue;  // "Trump's" -> "trumps"
    if (c < 128 && std::isalnum(c)) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += static_cast<char>(std::tolower(c));
    } else if (c >= 128 && u_isalnum(c)) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      icu::UnicodeString one(c);
      std::string utf;
      one.toLower().toUTF8String(utf);
      out += utf;
    } else {
      dash = true;
    }
  }
  return out.empty() ? "unnamed" : out;
}

namespace {

template <typename E, size_t N>
const char* NameOf(const std::array<std::pair<E, const char*>, N>& table, E v) {
  for (const auto& [e, n] : table)
    if (e == v) return n;
  return table[0].second;
}

template <typename E, size_t N>
std::optional<E> ValueOf(const std::array<std::pair<E, const char*>, N>& table, std::string_view s) {
  for (const auto& [e, n] : table)
    if (s == n) return e;
  return std::nullopt;
}

constexpr std::array<std::pair<ActorType, const char*>, 6> kActorTypes{{
    {ActorType::kOther, "other"},
    {ActorType::kPerson, "person"},
    {ActorType::kOrganization, "organization"},
    {ActorType::kCountry, "country"},
    {ActorType::kGroup, "group"},
    {ActorType::kDocument, "document"},
}};

constexpr std::array<std::pair<Precision, const char*>, 9> kPrecisions{{
    {Precision::kUnknown, "unknown"},
    {Precision::kDay, "day"},
    {Precision::kWeek, "week"},
    {Precision::kMonth, "month"},
    {Precision::kQuarter, "quarter"},
    {Precision::kYear, "year"},
    {Precision::kDecade, "decade"},
    {Precision::kInterval, "interval"},
    {Precision::kTime, "time"},
}};

constexpr std::array<std::pair<AttributionKind, const char*>, 4> kKinds{{
    {AttributionKind::kAuthor, "author"},
    {AttributionKind::kDirect, "direct"},
    {AttributionKind::kIndirect, "indirect"},
    {AttributionKind::kMixed, "mixed"},
}};

constexpr std::array<std::pair<EdgeType, const char*>, 11> kEdgeTypes{{
    {EdgeType::kSaidBy, "said_by"},
    {EdgeType::kVia, "via"},
    {EdgeType::kMentions, "mentions"},
    {EdgeType::kAbout, "about"},
    {EdgeType::kReportedIn, "reported_in"},
    {EdgeType::kOccurredOn, "occurred_on"},
    {EdgeType::kParticipant, "participant"},
    {EdgeType::kDisputes, "disputes"},
    {EdgeType::kCorroborates, "corroborates"},
    {EdgeType::kSameAs, "same_as"},
    {EdgeType::kReports, "reports"},
}};

}  // namespace

const char* ToString(ActorType t) { return NameOf(kActorTypes, t); }
const char* ToString(Precision p) { return NameOf(kPrecisions, p); }
const char* ToString(AttributionKind k) { return NameOf(kKinds, k); }
const char* ToString(EdgeType t) { return NameOf(kEdgeTypes, t); }
std::optional<ActorType> ActorTypeFrom(std::string_view s) { return ValueOf(kActorTypes, s); }
std::optional<Precision> PrecisionFrom(std::string_view s) { return ValueOf(kPrecisions, s); }
std::optional<AttributionKind> AttributionKindFrom(std::string_view s) { return ValueOf(kKinds, s); }
std::optional<EdgeType> EdgeTypeFrom(std::string_view s) { return ValueOf(kEdgeTypes, s); }

}  // namespace claimkb::model
