#include "core/store/values.h"

#include "core/model/json.h"

namespace claimkb::store::values {

using model::json;

namespace {

std::string Pack(keys::Tag tag, const json& j) {
  std::string out(1, static_cast<char>(tag));
  json::to_msgpack(j, out);
  return out;
}

std::string Raw(keys::Tag tag, std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + 1);
  out.push_back(static_cast<char>(tag));
  out.append(bytes);
  return out;
}

Status CheckTag(std::string_view bytes, keys::Tag tag, const char* what) {
  if (bytes.empty() || bytes[0] != static_cast<char>(tag))
    return Status::Corruption(std::string("stored ") + what + " has an unknown value tag");
  return Status::OK();
}

// Unpacks and converts; any exception becomes Corruption naming the record kind.
template <typename F>
Status Unpack(std::string_view bytes, keys::Tag tag, const char* what, F&& convert) {
  Status s = CheckTag(bytes, tag, what);
  if (!s.ok()) return s;
  try {
    json j = json::from_msgpack(bytes.substr(1));
    convert(j);
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("stored ") + what + " does not decode: " + e.what());
  }
  return Status::OK();
}

}  // namespace

std::string Encode(const DocumentRecord& v) {
  json doc = v.document;
  doc.erase("body_text");
  json j{{"document", std::move(doc)}, {"version", v.version}};
  if (!v.times.empty()) j["times"] = v.times;
  if (!v.quantities.empty()) j["quantities"] = v.quantities;
  if (!v.warnings.empty()) j["warnings"] = v.warnings;
  return Pack(keys::Tag::kDocument, j);
}

std::string Encode(const model::Claim& v) { return Pack(keys::Tag::kClaim, json(v)); }
std::string Encode(const model::Event& v) { return Pack(keys::Tag::kEvent, json(v)); }
std::string Encode(const model::Actor& v) { return Pack(keys::Tag::kActor, json(v)); }

std::string Encode(const TimelineValue& v) {
  json roles = json::array();
  for (Role r : v.roles) roles.push_back(static_cast<int>(r));
  json j{{"roles", std::move(roles)}, {"time", v.time}, {"label", v.label}, {"doc", v.document_id}};
  return Pack(keys::Tag::kTimeline, j);
}

std::string EncodeText(std::string_view text) { return Raw(keys::Tag::kText, text); }
std::string EncodeEdgeWhy(std::string_view why) { return Raw(keys::Tag::kEdge, why); }

std::string EncodeAlias(bool whole) {
  std::string out(1, static_cast<char>(keys::Tag::kAlias));
  out.push_back(whole ? 1 : 0);
  return out;
}

std::string EncodeCounter(uint64_t n) {
  std::string out(1, static_cast<char>(keys::Tag::kCounter));
  keys::PutU64(&out, n);
  return out;
}

std::string EncodeEmpty() { return std::string(1, static_cast<char>(keys::Tag::kEmpty)); }

Status Decode(std::string_view bytes, DocumentRecord* v) {
  return Unpack(bytes, keys::Tag::kDocument, "document", [&](json& j) {
    json& doc = j.at("document");
    doc["body_text"] = "";
    doc.get_to(v->document);
    j.at("version").get_to(v->version);
    v->times = j.value("times", std::vector<model::TimeRef>{});
    v->quantities = j.value("quantities", std::vector<model::Quantity>{});
    v->warnings = j.value("warnings", std::vector<std::string>{});
  });
}

Status Decode(std::string_view bytes, model::Claim* v) {
  return Unpack(bytes, keys::Tag::kClaim, "claim", [&](const json& j) { j.get_to(*v); });
}

Status Decode(std::string_view bytes, model::Event* v) {
  return Unpack(bytes, keys::Tag::kEvent, "event", [&](const json& j) { j.get_to(*v); });
}

Status Decode(std::string_view bytes, model::Actor* v) {
  return Unpack(bytes, keys::Tag::kActor, "actor", [&](const json& j) { j.get_to(*v); });
}

Status Decode(std::string_view bytes, TimelineValue* v) {
  return Unpack(bytes, keys::Tag::kTimeline, "timeline entry", [&](const json& j) {
    v->roles.clear();
    for (const json& r : j.at("roles")) {
      int n = r.get<int>();
      if (n < 1 || n > static_cast<int>(Role::kPlace)) throw std::runtime_error("bad role");
      v->roles.push_back(static_cast<Role>(n));
    }
    j.at("time").get_to(v->time);
    j.at("label").get_to(v->label);
    j.at("doc").get_to(v->document_id);
  });
}

Status DecodeText(std::string_view bytes, std::string* text) {
  Status s = CheckTag(bytes, keys::Tag::kText, "text");
  if (s.ok()) text->assign(bytes.substr(1));
  return s;
}

Status DecodeEdgeWhy(std::string_view bytes, std::string* why) {
  Status s = CheckTag(bytes, keys::Tag::kEdge, "edge");
  if (s.ok()) why->assign(bytes.substr(1));
  return s;
}

Status DecodeAlias(std::string_view bytes, bool* whole) {
  Status s = CheckTag(bytes, keys::Tag::kAlias, "alias entry");
  if (!s.ok()) return s;
  if (bytes.size() != 2) return Status::Corruption("stored alias entry has the wrong size");
  *whole = bytes[1] != 0;
  return s;
}

Status DecodeCounter(std::string_view bytes, uint64_t* n) {
  Status s = CheckTag(bytes, keys::Tag::kCounter, "counter");
  if (!s.ok()) return s;
  keys::Reader r(bytes.substr(1));
  if (!r.U64(n) || !r.done()) return Status::Corruption("stored counter has the wrong size");
  return s;
}

}  // namespace claimkb::store::values
