// Value codecs: each stored value is a Tag byte then a direct binary encoding
// of the model type (varints, length-prefixed strings; layout in
// schema/storage_format.md), or raw bytes for texts and edge reasons.
// Decoders never read out of bounds and return Corruption on malformed bytes.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/status.h"
#include "core/model/types.h"
#include "core/store/keys.h"
#include "core/store/store.h"

namespace claimkb::store::values {

// A document as stored: its metadata (text lives in the texts family), its
// version number among the documents of its URL, and the extraction's
// document-wide mentions and warnings.
struct DocumentRecord {
  model::Document document;  // text is empty here
  uint32_t version = 1;
  std::vector<model::TimeRef> times;
  std::vector<model::Quantity> quantities;
  std::vector<std::string> warnings;
  bool operator==(const DocumentRecord&) const = default;
};

// What a timeline entry carries: what a timeline page shows (an event's label
// or a claim's text, and the document), so a page is one range scan.
struct TimelineValue {
  std::vector<Role> roles;
  model::TimeRef time;
  std::string label;
  std::string document_id;
  bool operator==(const TimelineValue&) const = default;
};

std::string Encode(const DocumentRecord& v);
std::string Encode(const model::Claim& v);
std::string Encode(const model::Event& v);
std::string Encode(const model::Actor& v);
std::string Encode(const TimelineValue& v);
// Encode(TimelineValue{roles, time, label, document_id}) without copying them into one.
std::string EncodeTimeline(std::span<const Role> roles, const model::TimeRef& time, std::string_view label,
                           std::string_view document_id);
std::string EncodeText(std::string_view text);
std::string EncodeEdgeWhy(std::string_view why);
std::string EncodeAlias(bool whole);
std::string EncodeCounter(uint64_t n);
std::string EncodeEmpty();

Status Decode(std::string_view bytes, DocumentRecord* v);
Status Decode(std::string_view bytes, model::Claim* v);
Status Decode(std::string_view bytes, model::Event* v);
Status Decode(std::string_view bytes, model::Actor* v);
Status Decode(std::string_view bytes, TimelineValue* v);
// The document id and text of a stored claim, without decoding the rest.
Status DecodeClaimText(std::string_view bytes, std::string* document_id, std::string* text);
Status DecodeText(std::string_view bytes, std::string* text);
Status DecodeEdgeWhy(std::string_view bytes, std::string* why);
Status DecodeAlias(std::string_view bytes, bool* whole);
Status DecodeCounter(std::string_view bytes, uint64_t* n);

}  // namespace claimkb::store::values
