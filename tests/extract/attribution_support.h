// Helpers for attribution, stance and event tests: extract a short text and
// look claims up by their words and speakers.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/extract/pipeline.h"

namespace claimkb::testing {

inline model::Extraction ExtractText(const std::string& text, const std::string& published = "2025-03-12") {
  extract::Input in;
  in.bytes = text;
  in.format = extract::Format::kText;
  in.published = published;
  auto r = extract::Extract(in);
  if (!r.ok()) return {};
  return std::move(r).value();
}

inline std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Every name and alias of the actors with these ids, lowercased and joined.
inline std::string NamesOf(const model::Extraction& x, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids)
    for (const auto& a : x.actors)
      if (a.id == id) {
        out += Lower(a.name) + "|";
        for (const auto& al : a.aliases) out += Lower(al) + "|";
      }
  return out;
}

// The first non-author claim whose text contains `words`, or nullptr.
inline const model::Claim* Attributed(const model::Extraction& x, const std::string& words) {
  for (const auto& c : x.claims)
    if (c.attribution.kind != model::AttributionKind::kAuthor && c.text.find(words) != std::string::npos) return &c;
  return nullptr;
}

// The last claim whose cue is `cue`, or nullptr.
inline const model::Claim* WithCue(const model::Extraction& x, const std::string& cue) {
  for (auto it = x.claims.rbegin(); it != x.claims.rend(); ++it)
    if (it->attribution.cue == cue) return &*it;
  return nullptr;
}

inline size_t CountAttributed(const model::Extraction& x) {
  return std::count_if(x.claims.begin(), x.claims.end(),
                       [](const model::Claim& c) { return c.attribution.kind != model::AttributionKind::kAuthor; });
}

inline std::string Speakers(const model::Extraction& x, const model::Claim& c) {
  return NamesOf(x, c.attribution.speakers);
}

inline std::string Via(const model::Extraction& x, const model::Claim& c) { return NamesOf(x, c.attribution.via); }

// The speakers' names of the first non-author claim containing `words`; "" when none does.
inline std::string SpeakerOf(const model::Extraction& x, const std::string& words) {
  const model::Claim* c = Attributed(x, words);
  return c ? Speakers(x, *c) : std::string();
}

// Whether a non-author claim holding `content` is spoken by an actor whose
// names contain `name` (lowercase).
inline bool SpokenBy(const model::Extraction& x, const std::string& content, const std::string& name) {
  for (const auto& c : x.claims)
    if (c.attribution.kind != model::AttributionKind::kAuthor && c.text.find(content) != std::string::npos &&
        Speakers(x, c).find(name) != std::string::npos)
      return true;
  return false;
}

}  // namespace claimkb::testing
