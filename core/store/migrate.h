// Upgrades, in place, a store written by an older schema that this claimkb
// can still read. Each step is restartable: a crash part-way leaves a store
// the next read-write open finishes upgrading.
#pragma once

#include <cstdint>

#include "core/base/status.h"
#include "core/store/store.h"

namespace claimkb::store {

// The oldest schema version Migrate upgrades.
constexpr uint32_t kOldestMigratable = 4;

// Brings the store from schema version `from` to keys::kSchemaVersion and
// records the new version last. REQUIRES: kOldestMigratable <= from <
// kSchemaVersion; the store is open read-write and nothing else uses it.
Status Migrate(Store::Impl& impl, uint32_t from);

}  // namespace claimkb::store
