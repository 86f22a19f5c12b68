// Fills a ClaimGraph from a store: every stored extraction, once, at open.
// Later ingests go to ClaimGraph::Add directly.
#pragma once

#include "core/base/status.h"
#include "core/graph/graph.h"
#include "core/store/store.h"

namespace claimkb::graph {

// Adds every document of the store to *g (documents already in *g are
// skipped): the graph Add of each stored extraction would build, in time
// linear in the store. Returns the store's error if reading fails; *g then
// holds part of the store.
Status LoadFromStore(const store::Store& store, ClaimGraph* g);

}  // namespace claimkb::graph
