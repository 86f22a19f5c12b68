#include "core/store/lsh.h"

#include <rocksdb/merge_operator.h>

#include "core/store/keys.h"

namespace claimkb::store::lsh {

namespace {

constexpr char kTag = static_cast<char>(keys::Tag::kLshBucket);

bool ReadVarint(std::string_view in, size_t* pos, uint64_t* v) {
  *v = 0;
  for (int shift = 0; shift < 64 && *pos < in.size(); shift += 7) {
    const auto byte = static_cast<uint8_t>(in[(*pos)++]);
    *v |= static_cast<uint64_t>(byte & 0x7F) << shift;
    if (!(byte & 0x80)) return true;
  }
  return false;
}

// Appends the postings of `value` (without its tag) to out, after
// skipping the first `skip`. False when malformed.
bool AppendFrom(std::string_view value, size_t skip, std::string* out) {
  size_t pos = 1;
  while (pos < value.size()) {
    const size_t start = pos;
    uint64_t n = 0;
    if (!ReadVarint(value, &pos, &n) || n == 0 || n > value.size() - pos) return false;
    pos += n;
    if (skip > 0) --skip;
    else out->append(value.substr(start, pos - start));
  }
  return true;
}

// Number of postings in a well-formed value; SIZE_MAX when malformed.
size_t Count(std::string_view value) {
  if (value.empty() || value[0] != kTag) return SIZE_MAX;
  size_t pos = 1, n = 0;
  while (pos < value.size()) {
    uint64_t len = 0;
    if (!ReadVarint(value, &pos, &len) || len == 0 || len > value.size() - pos) return SIZE_MAX;
    pos += len;
    ++n;
  }
  return n;
}

class BucketMerge : public rocksdb::AssociativeMergeOperator {
 public:
  bool Merge(const rocksdb::Slice&, const rocksdb::Slice* existing, const rocksdb::Slice& value,
             std::string* out, rocksdb::Logger*) const override {
    const std::string_view old = existing ? std::string_view(existing->data(), existing->size()) : std::string_view();
    const std::string_view add(value.data(), value.size());
    const size_t n_old = existing ? Count(old) : 0, n_add = Count(add);
    if (n_old == SIZE_MAX || n_add == SIZE_MAX) return false;
    size_t drop = n_old + n_add > kKeep ? n_old + n_add - kKeep : 0;
    out->assign(1, kTag);
    if (existing) {
      const size_t from_old = std::min(drop, n_old);
      if (!AppendFrom(old, from_old, out)) return false;
      drop -= from_old;
    }
    return AppendFrom(add, drop, out);
  }
  const char* Name() const override { return "claimkb.lsh_bucket.v1"; }
};

}  // namespace

void AppendPosting(std::string_view claim, std::string* value) {
  if (value->empty()) value->push_back(kTag);
  for (uint64_t n = claim.size();; n >>= 7) {
    if (n < 0x80) {
      value->push_back(static_cast<char>(n));
      break;
    }
    value->push_back(static_cast<char>((n & 0x7F) | 0x80));
  }
  value->append(claim);
}

std::string EncodePosting(std::string_view claim) {
  std::string out;
  AppendPosting(claim, &out);
  return out;
}

bool DecodePostings(std::string_view value, std::vector<std::string_view>* claims) {
  claims->clear();
  if (value.empty() || value[0] != kTag) return false;
  size_t pos = 1;
  while (pos < value.size()) {
    uint64_t n = 0;
    if (!ReadVarint(value, &pos, &n) || n == 0 || n > value.size() - pos) return false;
    claims->push_back(value.substr(pos, n));
    pos += n;
  }
  return true;
}

std::shared_ptr<rocksdb::MergeOperator> NewMergeOperator() { return std::make_shared<BucketMerge>(); }

}  // namespace claimkb::store::lsh
