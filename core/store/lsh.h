// idx_lsh posting lists: one value per (band, bucket) holding the newest
// claims that fell into it, appended by a RocksDB merge operator so that an
// ingest writes a bucket without reading it. Store-private.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rocksdb {
class MergeOperator;
}

namespace claimkb::store::lsh {

// Claims a bucket keeps (the newest) when it is rewritten whole; also the
// most clustering reads from one bucket.
constexpr size_t kKeep = 12;
// The most claims a posting list holds. Ingest appends merge operands while a
// bucket stays below this and then rewrites it whole with its newest kKeep:
// one rewrite per kMax - kKeep additions, and never more operands than that.
constexpr size_t kMax = 2 * kKeep;

// Value: Tag::kLshBucket, then per claim (oldest first) V(byte length) and the id.
// A merge operand has the same form.
std::string EncodePosting(std::string_view claim);
void AppendPosting(std::string_view claim, std::string* value);
// The claims of a value, oldest first; false when malformed.
bool DecodePostings(std::string_view value, std::vector<std::string_view>* claims);

// Concatenates postings and keeps the newest kMax; its name is part of the format.
std::shared_ptr<rocksdb::MergeOperator> NewMergeOperator();

}  // namespace claimkb::store::lsh
