// RocksDB's info log (`LOG` in the store directory), written so that a write
// that fails (a full disk, a file-size limit) loses the line, never the
// process: the packaged RocksDB's own logger asserts on the append after a
// failed one. Store-private.
#pragma once

#include <memory>
#include <string>

namespace rocksdb {
class Logger;
}

namespace claimkb::store {

// Starts `dir`/LOG, keeping the previous logs as LOG.old.<microseconds> (at
// most `keep_old` of them). Where the log cannot be created the logger
// discards what it is given, so RocksDB never falls back to its own.
std::shared_ptr<rocksdb::Logger> OpenEngineLog(const std::string& dir, size_t keep_old);

}  // namespace claimkb::store
