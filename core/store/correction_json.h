// JSON forms of the correction types (corrections.h), shared by the store's
// value codecs, Export/Import and the API. Readers use at(): a missing field
// throws nlohmann::json::exception.
#pragma once

#include <nlohmann/json.hpp>

#include "core/store/corrections.h"

namespace claimkb::store {

void to_json(nlohmann::json& j, const Anchor& v);
void from_json(const nlohmann::json& j, Anchor& v);
void to_json(nlohmann::json& j, const ClaimState& v);
void from_json(const nlohmann::json& j, ClaimState& v);
void to_json(nlohmann::json& j, const ClaimVersion& v);
void from_json(const nlohmann::json& j, ClaimVersion& v);

}  // namespace claimkb::store
