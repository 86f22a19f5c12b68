#include "api/correction_views.h"

#include "core/model/json.h"
#include "core/store/correction_json.h"

namespace claimkb::api {

using nlohmann::json;

json ClaimWithState(const model::Claim& c, const store::ClaimState& state) {
  json j = c;
  j["status"] = store::ToString(state.status);
  j["version"] = state.version;
  j["anchor"] = state.anchor;
  return j;
}

void AddClaimState(const store::Store& store, const model::Claim& c, json* detail) {
  auto state = store.GetClaimState(c.id);
  store::ClaimState st = state.ok() ? std::move(state).value() : store::ClaimState{};
  (*detail)["status"] = store::ToString(st.status);
  (*detail)["version"] = st.version;
  (*detail)["anchor"] = st.anchor;
  (*detail)["history"] = "/v1/claims/" + c.id + "/history";
}

}  // namespace claimkb::api
