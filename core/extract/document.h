// Reading: raw bytes of a saved news page or plain text -> a clean Document
// (NFC body text with page furniture removed, and its metadata).
#pragma once

#include <string>

#include "core/base/status.h"
#include "core/model/types.h"

namespace claimkb::extract {

enum class Format { kAuto, kText, kHtml };

// What the caller knows about the article; non-empty fields override what the
// page itself says.
struct Input {
  std::string bytes;
  Format format = Format::kAuto;
  std::string url;
  std::string title;
  std::string author;
  std::string publisher;
  std::string published;  // YYYY-MM-DD
};

// Returns the document with id, metadata and text (= body_text: paragraphs
// separated by blank lines). InvalidArgument on invalid UTF-8, binary input,
// an empty body or a malformed `published`.
Result<model::Document> ReadDocument(const Input& input);

}  // namespace claimkb::extract
