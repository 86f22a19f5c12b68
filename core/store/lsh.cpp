#include "core/store/lsh.h"

#include <rocksdb/merge_operator.h>

#include <algorithm>
#include <deque>

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

// Concatenates posting lists (oldest first) into out, keeping the newest kMax.
bool Concat(const std::vector<std::string_view>& parts, std::string* out) {
  std::vector<size_t> counts;
  size_t total = 0, bytes = 1;
  for (const auto& p : parts) {
    bytes += p.size();
    const size_t n = Count(p);
    if (n == SIZE_MAX) return false;
    counts.push_back(n);
    total += n;
  }
  size_t drop = total > kMax ? total - kMax : 0;
  out->reserve(bytes);
  out->assign(1, kTag);
  for (size_t i = 0; i < parts.size(); ++i) {
    const size_t skip = std::min(drop, counts[i]);
    if (!AppendFrom(parts[i], skip, out)) return false;
    drop -= skip;
  }
  return true;
}

std::string_view View(const rocksdb::Slice& s) { return {s.data(), s.size()}; }

// Merges every operand of a read in one pass (an associative operator would
// copy the growing list once per operand).
class BucketMerge : public rocksdb::MergeOperator {
 public:
  bool FullMergeV2(const MergeOperationInput& in, MergeOperationOutput* out) const override {
    std::vector<std::string_view> parts;
    parts.reserve(in.operand_list.size() + 1);
    if (in.existing_value) parts.push_back(View(*in.existing_value));
    for (const auto& op : in.operand_list) parts.push_back(View(op));
    return Concat(parts, &out->new_value);
  }
  bool PartialMergeMulti(const rocksdb::Slice&, const std::deque<rocksdb::Slice>& operands, std::string* out,
                         rocksdb::Logger*) const override {
    std::vector<std::string_view> parts;
    parts.reserve(operands.size());
    for (const auto& op : operands) parts.push_back(View(op));
    return Concat(parts, out);
  }
  const char* Name() const override { return "claimkb.lsh_bucket.v2"; }
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
  claims->reserve(std::min(value.size() / 2, kMax + kKeep));  // a posting takes at least 2 bytes
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
