// JSON of a claim's review status, version and anchor, for the claim detail
// and claim listings (schema/correction.schema.json). Thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/store/store.h"

namespace claimkb::api {

// A claim's model JSON plus status, version and anchor.
nlohmann::json ClaimWithState(const model::Claim& c, const store::ClaimState& state);
// Adds status, version, anchor and the history link to a claim detail.
void AddClaimState(const store::Store& store, const model::Claim& c, nlohmann::json* detail);

}  // namespace claimkb::api
