// nlohmann/json conversions for every model type, in the types' namespace so
// `nlohmann::json j = claim;` and `j.get<Claim>()` work. Readers use at() and
// throw nlohmann::json::exception on missing or mistyped fields; FromJson()
// turns that into a Status for callers outside this module.
#pragma once

#include <nlohmann/json.hpp>

#include "core/base/status.h"
#include "core/model/types.h"

namespace claimkb::model {

using nlohmann::json;

void to_json(json& j, const Span& v);
void from_json(const json& j, Span& v);
void to_json(json& j, const QuoteSelector& v);
void from_json(const json& j, QuoteSelector& v);
void to_json(json& j, const Actor& v);
void from_json(const json& j, Actor& v);
void to_json(json& j, const TimeRef& v);
void from_json(const json& j, TimeRef& v);
void to_json(json& j, const Quantity& v);
void from_json(const json& j, Quantity& v);
void to_json(json& j, const Attribution& v);
void from_json(const json& j, Attribution& v);
void to_json(json& j, const Stance& v);
void from_json(const json& j, Stance& v);
void to_json(json& j, const Claim& v);
void from_json(const json& j, Claim& v);
void to_json(json& j, const Event& v);
void from_json(const json& j, Event& v);
void to_json(json& j, const Document& v);
void from_json(const json& j, Document& v);
void to_json(json& j, const Edge& v);
void from_json(const json& j, Edge& v);
void to_json(json& j, const Extraction& v);
void from_json(const json& j, Extraction& v);

// Parses T from JSON; a missing or mistyped field is InvalidArgument naming it.
template <typename T>
Result<T> FromJson(const json& j) {
  try {
    return j.get<T>();
  } catch (const json::exception& e) {
    return Status::InvalidArgument(e.what());
  }
}

}  // namespace claimkb::model
