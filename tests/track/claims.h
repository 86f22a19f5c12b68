// Hand-built claims for the track tests: text with speakers, figures and dates
// located by their surface words, as the extractor would fill them in.
#pragma once

#include <string>
#include <vector>

#include "core/model/types.h"

namespace claimkb::testing {

// REQUIRES: every surface string occurs in text (ASCII, so bytes = code points).
inline model::Claim MakeClaim(std::string text, std::vector<std::string> speakers = {},
                              std::vector<std::pair<std::string, double>> figures = {},
                              std::vector<std::pair<std::string, std::string>> days = {}) {
  model::Claim c;
  c.id = "c-" + text.substr(0, 24);
  c.text = text;
  c.span = {100, static_cast<uint32_t>(100 + text.size())};
  c.attribution.speakers = std::move(speakers);
  c.attribution.kind = c.attribution.speakers.empty() ? model::AttributionKind::kAuthor : model::AttributionKind::kIndirect;
  for (const auto& [surface, value] : figures) {
    model::Quantity q;
    q.text = surface;
    q.value = value;
    q.unit = "people";
    const auto at = static_cast<uint32_t>(text.find(surface));
    q.span = {100 + at, static_cast<uint32_t>(100 + at + surface.size())};
    c.quantities.push_back(q);
  }
  for (const auto& [surface, value] : days) {
    model::TimeRef t;
    t.text = surface;
    t.value = value;
    t.precision = model::Precision::kDay;
    const auto at = static_cast<uint32_t>(text.find(surface));
    t.span = {100 + at, static_cast<uint32_t>(100 + at + surface.size())};
    c.times.push_back(t);
  }
  return c;
}

}  // namespace claimkb::testing
