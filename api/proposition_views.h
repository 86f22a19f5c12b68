// JSON shapes of claim clusters (schema/proposition.schema.json): a
// proposition with its appearances, the short reference a claim shows, and a
// dispute. Pure functions; thread-safe.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "core/store/store.h"

namespace claimkb::api {

// {id, text, first_appearance, appearances (a sample), members_url, totals}.
nlohmann::json PropositionJson(const store::Proposition& p);
// One appearance; the items of GET /v1/propositions/{id}/members.
nlohmann::json AppearanceJson(const store::Appearance& a);
// {id, text, appearances, publishers, first_appearance} of a claim's
// proposition, or null when the claim is in none.
nlohmann::json PropositionRef(const store::Store& store, const std::string& claim_id);
nlohmann::json DisputeJson(const store::Dispute& d);

}  // namespace claimkb::api
