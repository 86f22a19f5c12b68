// idx_lsh posting lists: the codec, the merge operator, and a bucket that
// overflows in a real store.
#include <catch2/catch.hpp>

#include <rocksdb/merge_operator.h>

#include <deque>
#include <set>
#include <sstream>

#include "core/store/cluster_cache.h"
#include "core/store/lsh.h"
#include "tests/store/fixtures.h"
#include "tests/store/helpers.h"
#include "tests/support.h"

using namespace claimkb;
using namespace claimkb::store;

namespace {

std::vector<std::string> Claims(std::string_view value) {
  std::vector<std::string_view> views;
  REQUIRE(lsh::DecodePostings(value, &views));
  return {views.begin(), views.end()};
}

std::string MergeOf(const rocksdb::MergeOperator& op, const std::string* existing,
                    const std::vector<std::string>& operands) {
  rocksdb::Slice old = existing ? rocksdb::Slice(*existing) : rocksdb::Slice();
  std::vector<rocksdb::Slice> ops(operands.begin(), operands.end());
  std::string out;
  rocksdb::Slice unused;
  rocksdb::MergeOperator::MergeOperationOutput result(out, unused);
  const rocksdb::Slice key("k");
  const rocksdb::MergeOperator::MergeOperationInput in(key, existing ? &old : nullptr, ops, nullptr);
  REQUIRE(op.FullMergeV2(in, &result));
  return out;
}

std::string MergeOf(const rocksdb::MergeOperator& op, const std::string* existing, const std::string& add) {
  return MergeOf(op, existing, std::vector<std::string>{add});
}

}  // namespace

TEST_CASE("posting lists decode what was appended and reject malformed bytes", "[store][lsh]") {
  std::string v;
  lsh::AppendPosting("c-1", &v);
  lsh::AppendPosting(std::string(200, 'x'), &v);  // a two-byte length
  CHECK(Claims(v) == std::vector<std::string>{"c-1", std::string(200, 'x')});
  std::vector<std::string_view> out;
  CHECK_FALSE(lsh::DecodePostings("", &out));
  CHECK_FALSE(lsh::DecodePostings("-\x03" "c-1", &out));         // another tag
  CHECK_FALSE(lsh::DecodePostings(v.substr(0, v.size() - 1), &out));  // truncated
  CHECK_FALSE(lsh::DecodePostings(std::string("B\0", 2), &out));  // an empty id
}

TEST_CASE("the bucket merge keeps the newest claims, in any grouping", "[store][lsh]") {
  auto op = lsh::NewMergeOperator();
  std::vector<std::string> ids, postings;
  for (size_t i = 0; i < lsh::kMax + 5; ++i) {
    ids.push_back("c-" + std::to_string(i));
    postings.push_back(lsh::EncodePosting(ids.back()));
  }

  std::string left;  // ((c0 + c1) + c2) + ...
  for (const auto& p : postings) left = left.empty() ? p : MergeOf(*op, &left, p);
  std::string right = postings.back();  // c0 + (c1 + (... + cN))
  for (size_t i = postings.size() - 1; i-- > 0;) right = MergeOf(*op, &postings[i], right);
  const std::vector<std::string> newest(ids.end() - static_cast<std::ptrdiff_t>(lsh::kMax), ids.end());
  CHECK(Claims(left) == newest);
  CHECK(Claims(right) == newest);
  // A read merges every operand at once; a compaction may first combine some operands alone.
  const std::vector<std::string> rest(postings.begin() + 1, postings.end());
  CHECK(Claims(MergeOf(*op, &postings[0], rest)) == newest);
  std::deque<rocksdb::Slice> tail(postings.begin() + 3, postings.end());
  std::string combined;
  REQUIRE(op->PartialMergeMulti("k", tail, &combined, nullptr));
  const std::string head = MergeOf(*op, &postings[0], {postings[1], postings[2]});
  CHECK(Claims(MergeOf(*op, &head, combined)) == newest);
  CHECK(Claims(MergeOf(*op, nullptr, lsh::EncodePosting("c-x"))) == std::vector<std::string>{"c-x"});
  std::string bad = "not a posting list", out;
  rocksdb::Slice unused;
  rocksdb::MergeOperator::MergeOperationOutput result(out, unused);
  const rocksdb::Slice bad_slice(bad);
  const std::string y = lsh::EncodePosting("c-y");
  const std::vector<rocksdb::Slice> one = {rocksdb::Slice(y)};
  const rocksdb::Slice key("k");
  CHECK_FALSE(op->FullMergeV2(rocksdb::MergeOperator::MergeOperationInput(key, &bad_slice, one, nullptr), &result));
}

TEST_CASE("a bucket shared by more claims than it keeps stays consistent", "[store][lsh]") {
  testing::TempDir tmp;
  auto st = testing::OpenStore((tmp.path() / "s").string());
  // The same statement reported by many outlets: every claim lands in the same
  // buckets, which fill up and are rewritten whole at least once.
  const size_t n = lsh::kMax + 6;
  for (size_t i = 0; i < n; ++i) {
    testing::Article a("https://outlet" + std::to_string(i) + ".example.com/port", "2025-10-0" + std::to_string(1 + i % 9),
                       "Officials said the harbour terminal will reopen to cargo ships next week. Report " +
                           std::to_string(i) + ".");
    a.x().document.publisher = "Outlet " + std::to_string(i);
    a.Claim("the harbour terminal will reopen to cargo ships next week", {});
    auto r = st->Ingest(a.x());
    REQUIRE(r.ok());
    REQUIRE(r->stored);
  }
  CHECK(testing::CheckOf(*st).empty());
  auto claims = st->ListClaims({}, "", 100);
  REQUIRE(claims.ok());
  std::set<std::string> props;
  for (const auto& c : claims->items) {
    auto p = st->PropositionOf(c.id);
    REQUIRE(p.ok());
    props.insert(*p);
  }
  CHECK(claims->items.size() == n);
  CHECK(props.size() == 1);  // late claims still find the proposition through the newest members

  std::ostringstream exported;
  REQUIRE(st->Export(exported).ok());
  auto copy = testing::OpenStore((tmp.path() / "copy").string());
  std::istringstream in(exported.str());
  REQUIRE(copy->Import(in).ok());
  CHECK(testing::CheckOf(*copy).empty());
  CHECK(testing::ExportOf(*copy) == exported.str());
}

TEST_CASE("the cluster cache keeps what was used last and forgets the rest in bounded memory", "[store][lsh]") {
  cluster::Cache cache;
  const size_t cap = cluster::Cache::kMaxBuckets;
  for (uint64_t b = 1; b <= cap + 1; ++b) cache.PutBucket(0, b, lsh::EncodePosting("c-" + std::to_string(b)));
  // (0, 1) .. (0, cap) are the older generation now; a hit moves (0, 1) to the current one.
  REQUIRE(cache.Bucket(0, 1) != nullptr);
  CHECK(Claims(*cache.Bucket(0, 1)) == std::vector<std::string>{"c-1"});
  for (uint64_t b = 1; b < cap; ++b) cache.PutBucket(1, b, lsh::EncodePosting("c-new"));
  CHECK(cache.buckets() <= 2 * cap);
  CHECK(cache.Bucket(0, 1) != nullptr);  // used since
  CHECK(cache.Bucket(0, 2) == nullptr);  // two generations ago
  CHECK(cache.Bucket(1, cap - 1) != nullptr);
  cache.PutBucket(1, cap - 1, lsh::EncodePosting("c-replaced"));
  CHECK(Claims(*cache.Bucket(1, cap - 1)) == std::vector<std::string>{"c-replaced"});

  auto known = std::make_shared<cluster::Known>();
  known->claim_id = "c-known";
  known->proposition = "p-1";
  cache.PutCandidate(known);
  REQUIRE(cache.Candidate("c-known") != nullptr);
  CHECK(cache.Candidate("c-known")->proposition == "p-1");
  CHECK(cache.Candidate("c-other") == nullptr);
  cache.Clear();
  CHECK(cache.Candidate("c-known") == nullptr);
  CHECK(cache.Bucket(0, 1) == nullptr);
  CHECK(cache.buckets() == 0);
}
