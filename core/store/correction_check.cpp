// Corrections in Check, Export and Import.
#include <algorithm>
#include <map>
#include <ostream>

#include "core/model/json.h"
#include "core/store/correction_json.h"
#include "core/store/correction_store.h"

namespace claimkb::store {

namespace {

using keys::Cf;
using model::json;

std::string Q(std::string_view s) { return "`" + std::string(s) + "`"; }

}  // namespace

Status CheckCorrections(const ReadView& v, std::vector<std::string>* problems, std::vector<derive::Entry>* expected) {
  std::map<std::string, uint32_t> latest;  // claim -> highest stored version
  {
    Scan scan = v.Range(Cf::kClaimVersions, "", "");
    for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
      keys::ClaimVersionKey k;
      ClaimVersion cv;
      if (!keys::Decode(scan.key(), &k)) {
        problems->push_back("undecodable key in claim_versions");
        continue;
      }
      if (Status s = values::Decode(scan.value(), &cv); !s.ok()) {
        problems->push_back("version " + std::to_string(k.version) + " of claim " + Q(k.claim) + ": " + s.message());
        continue;
      }
      if (cv.version != k.version || cv.claim.id != k.claim)
        problems->push_back("version stored under " + Q(k.claim) + "@" + std::to_string(k.version) + " is " +
                            Q(cv.claim.id) + "@" + std::to_string(cv.version));
      auto c = LoadClaim(v, k.claim);
      if (!c.ok()) {
        problems->push_back("version " + std::to_string(k.version) + " of missing claim " + Q(k.claim));
        continue;
      }
      uint32_t& top = latest[k.claim];
      top = std::max(top, k.version);
    }
    if (Status s = scan.status(); !s.ok()) return s;
  }
  for (const auto& [id, top] : latest) {
    std::string bytes;
    ClaimVersion cv;
    Status s = v.Get(Cf::kClaimVersions, keys::Encode(keys::ClaimVersionKey{id, top}), &bytes);
    if (!s.ok() || !values::Decode(bytes, &cv).ok()) continue;
    auto c = LoadClaim(v, id);
    if (c.ok() && !(cv.claim == *c)) problems->push_back("claim " + Q(id) + " differs from its latest version " + std::to_string(top));
  }
  Scan scan = v.Range(Cf::kClaimState, "", "");
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    std::string id;
    ClaimState st;
    if (!keys::ParseIdKey(scan.key(), &id)) {
      problems->push_back("undecodable key in claim_state");
      continue;
    }
    if (Status s = values::Decode(scan.value(), &st); !s.ok()) {
      problems->push_back("state of claim " + Q(id) + ": " + s.message());
      continue;
    }
    auto c = LoadClaim(v, id);
    if (!c.ok()) {
      problems->push_back("state of missing claim " + Q(id));
      continue;
    }
    auto it = latest.find(id);
    const uint32_t top = it == latest.end() ? 1 : it->second;
    if (st.version != top)
      problems->push_back("state of claim " + Q(id) + " says version " + std::to_string(st.version) + ", history has " +
                          std::to_string(top));
    std::string scratch;
    if (st.anchor.status != AnchorStatus::kCurrent && !v.Get(Cf::kDocuments, keys::IdKey(st.anchor.document), &scratch).ok())
      problems->push_back("claim " + Q(id) + " is anchored to missing document " + Q(st.anchor.document));
    StateEntries(*c, st, expected);
  }
  for (const auto& [id, top] : latest) {
    std::string scratch;
    if (top > 1 && !v.Get(Cf::kClaimState, keys::IdKey(id), &scratch).ok())
      problems->push_back("claim " + Q(id) + " has " + std::to_string(top) + " versions but no state");
  }
  return scan.status();
}

Status ExportCorrections(const ReadView& v, std::ostream& out) {
  {
    Scan scan = v.Range(Cf::kClaimState, "", "");
    for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
      std::string id;
      ClaimState st;
      if (!keys::ParseIdKey(scan.key(), &id)) return Status::Corruption("undecodable key in claim_state");
      if (Status s = values::Decode(scan.value(), &st); !s.ok()) return s;
      out << json{{"record", "claim_state"}, {"claim_id", id}, {"claim_state", st}}.dump() << '\n';
    }
    if (Status s = scan.status(); !s.ok()) return s;
  }
  Scan scan = v.Range(Cf::kClaimVersions, "", "");
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    ClaimVersion cv;
    if (Status s = values::Decode(scan.value(), &cv); !s.ok()) return s;
    out << json{{"record", "claim_version"}, {"claim_version", cv}}.dump() << '\n';
  }
  return scan.status();
}

bool IsCorrectionRecord(std::string_view record) { return record == "claim_state" || record == "claim_version"; }

void ImportCorrection(const json& j, std::vector<derive::Entry>* out) {
  const std::string& record = j.at("record").get_ref<const std::string&>();
  if (record == "claim_state") {
    const std::string id = j.at("claim_id").get<std::string>();
    if (id.empty()) throw std::runtime_error("claim_state with an empty claim_id");
    out->push_back({Cf::kClaimState, keys::IdKey(id), values::Encode(j.at("claim_state").get<ClaimState>())});
  } else {
    auto cv = j.at("claim_version").get<ClaimVersion>();
    if (cv.claim.id.empty()) throw std::runtime_error("claim_version of a claim with an empty id");
    out->push_back({Cf::kClaimVersions, keys::Encode(keys::ClaimVersionKey{cv.claim.id, cv.version}), values::Encode(cv)});
  }
}

Status RebuildStateEntries(const ReadView& v, std::vector<derive::Entry>* out) {
  Scan scan = v.Range(Cf::kClaimState, "", "");
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    std::string id;
    ClaimState st;
    if (!keys::ParseIdKey(scan.key(), &id)) return Status::Corruption("undecodable key in claim_state");
    if (Status s = values::Decode(scan.value(), &st); !s.ok()) return s;
    auto c = LoadClaim(v, id);
    if (!c.ok()) return Status::InvalidArgument("import: state of unknown claim " + Q(id));
    StateEntries(*c, st, out);
  }
  return scan.status();
}

}  // namespace claimkb::store
