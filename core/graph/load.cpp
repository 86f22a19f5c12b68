#include "core/graph/load.h"

namespace claimkb::graph {

Status LoadFromStore(const store::Store& store, ClaimGraph* g) {
  Status failed;
  Status read = store.ForEachExtraction([&](const model::Extraction& x) {
    failed = g->Add(x);
    return failed.ok();
  });
  if (!failed.ok()) return failed;
  return read;
}

}  // namespace claimkb::graph
