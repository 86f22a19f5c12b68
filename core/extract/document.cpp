#include "core/extract/document.h"

#include "core/base/hash.h"
#include "core/base/utf8.h"

namespace claimkb::extract {

// Minimal reader: plain text only. Replaced by the full reader (HTML, metadata,
// furniture removal).
Result<model::Document> ReadDocument(const Input& input) {
  if (Status s = utf8::Validate(input.bytes); !s.ok()) return s;
  auto nfc = utf8::ToNfc(input.bytes);
  if (!nfc.ok()) return nfc.status();
  std::string text;
  for (char c : *nfc)
    if (c != '\r') text += c;
  if (text.find_first_not_of(" \n\t") == std::string::npos) return Status::InvalidArgument("empty document");
  model::Document doc;
  doc.text = std::move(text);
  doc.id = HashHex128(doc.text).substr(0, 24);
  doc.url = input.url;
  doc.title = input.title;
  doc.author = input.author;
  doc.publisher = input.publisher;
  doc.published = input.published;
  doc.language = "en";
  return doc;
}

}  // namespace claimkb::extract
