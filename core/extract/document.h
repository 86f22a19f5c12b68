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

// Returns the document with id, metadata and text (= body_text: NFC,
// paragraphs separated by exactly one blank line, page furniture removed and
// kept in `furniture`). Format::kAuto reads HTML when the bytes look like
// markup. `published` is YYYY-MM-DD from the caller, else from the page.
// InvalidArgument on invalid UTF-8 (naming the byte offset), binary input,
// an empty body or a malformed caller `published` (e.g. 2025-02-30).
Result<model::Document> ReadDocument(const Input& input);

}  // namespace claimkb::extract
