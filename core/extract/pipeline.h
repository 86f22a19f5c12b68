// Extraction: raw article -> document, actors, claims, events and edges.
// A pure function of its input: no store, no network. Thread-safe.
#pragma once

#include "core/base/status.h"
#include "core/extract/document.h"
#include "core/model/types.h"

namespace claimkb::extract {

// REQUIRES: nothing. Returns InvalidArgument for unreadable input (bad UTF-8,
// binary, empty). All spans in the result are Unicode code points of
// result.document.text.
Result<model::Extraction> Extract(const Input& input);

}  // namespace claimkb::extract
