// What editors do to claims and what a newer version of an article does to
// them: review status, versions with author and reason, and the anchor of a
// claim's quote in the latest version of its URL. Plain types; see
// Store::CorrectClaim, Store::ClaimHistory, Store::GetClaimState.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model/types.h"

namespace claimkb::store {

// DO NOT CHANGE THESE VALUES: stored.
enum class ClaimStatus : uint8_t {
  kExtracted = 1,  // as the extractor left it, nobody has looked
  kReviewed = 2,   // an editor confirmed it (possibly after correcting it)
  kRejected = 3,   // not a claim, or not this speaker's: the extraction was wrong
  kRetracted = 4,  // the publisher withdrew it
};
const char* ToString(ClaimStatus s);
std::optional<ClaimStatus> ClaimStatusFrom(std::string_view s);

// DO NOT CHANGE THESE VALUES: stored.
enum class AnchorStatus : uint8_t {
  kCurrent = 1,   // the claim belongs to the latest version of its URL (or has no URL)
  kAnchored = 2,  // its quote was found exactly once in the latest version, at `span`
  kOrphaned = 3,  // its quote is missing from the latest version (or is there several times)
};
const char* ToString(AnchorStatus s);

// Where a claim's quote stands in the latest version of its document's URL.
struct Anchor {
  AnchorStatus status = AnchorStatus::kCurrent;
  std::string document;  // the version checked against (the claim's own for kCurrent)
  model::Span span;      // offsets there (kCurrent, kAnchored)
  std::string reason;    // kOrphaned: "not_found" or "ambiguous"
  std::string successor; // the claim of that version at the same span, if any
  std::string checked;   // when (ISO 8601 UTC)
  bool operator==(const Anchor&) const = default;
};

// A claim's current review status, version and anchor. Claims nobody
// touched have no stored state: version 1, kExtracted, kCurrent.
struct ClaimState {
  ClaimStatus status = ClaimStatus::kExtracted;
  uint32_t version = 1;
  Anchor anchor;
  bool operator==(const ClaimState&) const = default;
};

// One version of a claim. Version 1 is the claim as extracted.
struct ClaimVersion {
  uint32_t version = 1;
  std::string author;    // "extractor" for version 1
  std::string reason;
  std::string time;      // ISO 8601 UTC
  ClaimStatus status = ClaimStatus::kExtracted;
  std::vector<std::string> changed;  // fields changed from the version before: speakers, span, kind, status
  std::string carried_from;          // "claim@version" when inherited from an older article version
  model::Claim claim;                // the whole claim as of this version
  bool operator==(const ClaimVersion&) const = default;
};

// What an editor asks to change. Unset fields stay as they are.
struct ClaimCorrection {
  std::string author;  // required
  std::string reason;  // required
  std::optional<std::vector<std::string>> speakers;  // actor ids, each must be stored
  std::optional<model::Span> span;                   // re-cut from the document text
  std::optional<model::AttributionKind> kind;
  std::optional<ClaimStatus> status;
  std::optional<uint32_t> if_version;  // Conflict unless the claim is at this version
};

// Which time a timeline or a from/to filter uses: when the reported events
// happened, or when the claim was said (published).
enum class TimeAxis : uint8_t { kEvent = 1, kStatement = 2 };

}  // namespace claimkb::store
