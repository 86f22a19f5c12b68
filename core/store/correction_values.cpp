// Names, JSON and stored values of the correction types.
#include <stdexcept>

#include "core/model/json.h"
#include "core/store/correction_json.h"
#include "core/store/correction_store.h"

namespace claimkb::store {

using model::json;

const char* ToString(ClaimStatus s) {
  switch (s) {
    case ClaimStatus::kExtracted: return "extracted";
    case ClaimStatus::kReviewed: return "reviewed";
    case ClaimStatus::kRejected: return "rejected";
    case ClaimStatus::kRetracted: return "retracted";
  }
  return "extracted";
}

std::optional<ClaimStatus> ClaimStatusFrom(std::string_view s) {
  for (ClaimStatus v : {ClaimStatus::kExtracted, ClaimStatus::kReviewed, ClaimStatus::kRejected, ClaimStatus::kRetracted})
    if (s == ToString(v)) return v;
  return std::nullopt;
}

const char* ToString(AnchorStatus s) {
  switch (s) {
    case AnchorStatus::kCurrent: return "current";
    case AnchorStatus::kAnchored: return "anchored";
    case AnchorStatus::kOrphaned: return "orphaned";
  }
  return "current";
}

namespace {

AnchorStatus AnchorStatusFrom(const std::string& s) {
  for (AnchorStatus v : {AnchorStatus::kCurrent, AnchorStatus::kAnchored, AnchorStatus::kOrphaned})
    if (s == ToString(v)) return v;
  throw std::runtime_error("unknown anchor status `" + s + "`");
}

ClaimStatus StatusOf(const json& j) {
  auto s = ClaimStatusFrom(j.get_ref<const std::string&>());
  if (!s) throw std::runtime_error("unknown claim status `" + j.get<std::string>() + "`");
  return *s;
}

}  // namespace

void to_json(json& j, const Anchor& v) {
  j = json{{"status", ToString(v.status)}, {"document", v.document}, {"span", v.span}};
  if (!v.reason.empty()) j["reason"] = v.reason;
  if (!v.successor.empty()) j["successor"] = v.successor;
  if (!v.checked.empty()) j["checked"] = v.checked;
}

void from_json(const json& j, Anchor& v) {
  v.status = AnchorStatusFrom(j.at("status").get<std::string>());
  j.at("document").get_to(v.document);
  j.at("span").get_to(v.span);
  v.reason = j.value("reason", "");
  v.successor = j.value("successor", "");
  v.checked = j.value("checked", "");
}

void to_json(json& j, const ClaimState& v) {
  j = json{{"status", ToString(v.status)}, {"version", v.version}, {"anchor", v.anchor}};
}

void from_json(const json& j, ClaimState& v) {
  v.status = StatusOf(j.at("status"));
  j.at("version").get_to(v.version);
  j.at("anchor").get_to(v.anchor);
}

void to_json(json& j, const ClaimVersion& v) {
  j = json{{"version", v.version}, {"author", v.author}, {"reason", v.reason},   {"time", v.time},
           {"status", ToString(v.status)}, {"changed", v.changed}, {"claim", v.claim}};
  if (!v.carried_from.empty()) j["carried_from"] = v.carried_from;
}

void from_json(const json& j, ClaimVersion& v) {
  j.at("version").get_to(v.version);
  j.at("author").get_to(v.author);
  j.at("reason").get_to(v.reason);
  j.at("time").get_to(v.time);
  v.status = StatusOf(j.at("status"));
  j.at("changed").get_to(v.changed);
  v.carried_from = j.value("carried_from", "");
  j.at("claim").get_to(v.claim);
}

namespace values {

namespace {

std::string Pack(keys::Tag tag, const json& j) {
  std::string out(1, static_cast<char>(tag));
  json::to_msgpack(j, out);
  return out;
}

template <typename T>
Status Unpack(std::string_view bytes, keys::Tag tag, const char* what, T* v) {
  if (bytes.empty() || bytes[0] != static_cast<char>(tag))
    return Status::Corruption(std::string("stored ") + what + " has an unknown value tag");
  try {
    json::from_msgpack(bytes.substr(1)).get_to(*v);
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("stored ") + what + " does not decode: " + e.what());
  }
  return Status::OK();
}

}  // namespace

std::string Encode(const ClaimState& v) { return Pack(keys::Tag::kClaimState, json(v)); }
std::string Encode(const ClaimVersion& v) { return Pack(keys::Tag::kClaimVersion, json(v)); }
Status Decode(std::string_view bytes, ClaimState* v) { return Unpack(bytes, keys::Tag::kClaimState, "claim state", v); }
Status Decode(std::string_view bytes, ClaimVersion* v) {
  return Unpack(bytes, keys::Tag::kClaimVersion, "claim version", v);
}

}  // namespace values

}  // namespace claimkb::store
