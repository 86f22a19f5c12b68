// Clustering at ingest: LSH candidates, track::Compare, proposition membership
// and the corroborates/disputes edges; plus the proposition families' Check.
#include "core/store/cluster.h"

#include <algorithm>
#include <map>
#include <memory>
#include <ostream>
#include <unordered_map>

#include "core/base/hash.h"
#include "core/store/lsh.h"
#include "core/track/codec.h"
#include "core/track/compare.h"
#include "core/track/minhash.h"

namespace claimkb::store::cluster {

namespace {

using keys::Cf;

std::string Q(std::string_view s) { return "`" + std::string(s) + "`"; }

const Known kAnyKnown;  // stands for "readable" when predicting which candidates a claim reads

// Never in UTF-8: ends the proposition id and the publisher key in idx_claim_prop.
constexpr char kSignatureMark = '\xFF';

}  // namespace

// Who published a document, for telling independent sources apart.
std::string PublisherKey(const model::Document& d) {
  std::string key;
  if (!d.publisher.empty()) {
    for (char ch : d.publisher) key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return "publisher:" + key;
  }
  size_t scheme = d.url.find("://");
  if (scheme != std::string::npos) {
    size_t start = scheme + 3, end = d.url.find('/', start);
    std::string host = d.url.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (host.rfind("www.", 0) == 0) host = host.substr(4);
    if (!host.empty()) return "host:" + host;
  }
  return "document:" + d.id;
}

std::string EncodePropositionRef(std::string_view proposition) {
  std::string out(1, static_cast<char>(keys::Tag::kProposition));
  out.append(proposition);
  return out;
}

std::string EncodeSignature(std::string_view publisher, const track::Normalized& norm) {
  if (publisher.find(kSignatureMark) != std::string_view::npos) return "";
  std::string out(1, kSignatureMark);
  out.append(publisher);
  out.push_back(kSignatureMark);
  track::EncodeNormalized(norm, &out);
  return out;
}

Status DecodeMembership(std::string_view bytes, std::string* proposition, Signature* sig) {
  if (bytes.size() < 2 || bytes[0] != static_cast<char>(keys::Tag::kProposition))
    return Status::Corruption("undecodable proposition reference");
  const size_t mark = bytes.find(kSignatureMark, 1);
  proposition->assign(bytes.substr(1, mark == std::string_view::npos ? std::string_view::npos : mark - 1));
  if (proposition->empty()) return Status::Corruption("undecodable proposition reference");
  if (sig) sig->present = false;
  if (mark == std::string_view::npos || !sig) return Status::OK();
  const size_t end = bytes.find(kSignatureMark, mark + 1);
  if (end == std::string_view::npos || !track::DecodeNormalized(bytes.substr(end + 1), &sig->norm))
    return Status::Corruption("undecodable claim signature in idx_claim_prop");
  sig->publisher.assign(bytes.substr(mark + 1, end - mark - 1));
  sig->present = true;
  return Status::OK();
}

Status DecodePropositionRef(std::string_view bytes, std::string* proposition) {
  return DecodeMembership(bytes, proposition, nullptr);
}

void MembershipEntries(const std::string& proposition, const std::string& claim, std::vector<derive::Entry>* out,
                       std::string_view signature) {
  out->push_back({Cf::kPropositions, keys::Encode(keys::PropMemberKey{proposition, claim}), values::EncodeEmpty()});
  out->push_back({Cf::kIdxClaimProp, keys::IdKey(claim), EncodePropositionRef(proposition).append(signature)});
}

namespace {

void LshEntriesOf(const std::string& claim, const std::vector<uint64_t>& bands, std::vector<derive::Entry>* out) {
  const std::string posting = lsh::EncodePosting(claim);
  for (size_t b = 0; b < bands.size(); ++b)
    out->push_back({Cf::kIdxLsh, keys::Encode(keys::LshKey{static_cast<uint8_t>(b), bands[b]}), posting});
}

// The stored candidates of one document's claims, each read once: by the
// signature in idx_claim_prop (batched), else by loading and normalising it.
class Candidates {
 public:
  Candidates(const ReadView& v, const std::string& self_doc, const std::string& self_publisher, Cache* cache,
             std::vector<std::shared_ptr<const Known>>* read)
      : v_(v), cache_(cache), read_(read) {
    publishers_[self_doc] = self_publisher;
  }

  // Reads the ids not read yet (nor cached), in three batched reads.
  Status Fetch(const std::vector<std::string>& ids) {
    std::vector<std::string> todo, todo_keys;
    for (const auto& id : ids) {
      if (known_.count(id)) continue;
      auto& slot = known_[id];  // reserved: a repeated id is read once
      if (cache_ && (slot = cache_->Candidate(id))) continue;
      todo.push_back(id);
      todo_keys.push_back(keys::IdKey(id));
    }
    if (todo.empty()) return Status::OK();
    std::vector<rocksdb::PinnableSlice> values;
    std::vector<bool> found;
    if (Status s = v_.MultiGet(Cf::kIdxClaimProp, todo_keys, &values, &found); !s.ok()) return s;
    std::vector<Known> got(todo.size());
    std::vector<Signature> sigs(todo.size());
    std::vector<std::string> state_keys;
    std::vector<size_t> signed_index;
    for (size_t i = 0; i < todo.size(); ++i) {
      got[i].claim_id = todo[i];
      if (!found[i]) continue;
      Status s = DecodeMembership(std::string_view(values[i].data(), values[i].size()), &got[i].proposition, &sigs[i]);
      if (!s.ok()) return s;
      if (sigs[i].present) {  // a corrected claim's signature is of the wording it was clustered with
        signed_index.push_back(i);
        state_keys.push_back(todo_keys[i]);
      }
    }
    if (!state_keys.empty()) {
      if (Status s = v_.MultiGet(Cf::kClaimState, state_keys, &values, &found); !s.ok()) return s;
      for (size_t j = 0; j < signed_index.size(); ++j)
        if (found[j]) sigs[signed_index[j]].present = false;
    }
    for (size_t i = 0; i < todo.size(); ++i) {
      Known& k = got[i];
      if (sigs[i].present) {
        k.norm = std::move(sigs[i].norm);
        k.publisher = std::move(sigs[i].publisher);
      } else {
        auto other = LoadClaim(v_, todo[i]);
        if (other.status().IsNotFound()) continue;  // a stale bucket entry never blocks an ingest
        if (!other.ok()) return other.status();
        k.norm = track::Normalize(*other);
        auto pub = PublisherOf(other->document_id);
        if (!pub.ok()) return pub.status();
        k.publisher = *pub;
      }
      auto known = std::make_shared<const Known>(std::move(k));
      if (read_) read_->push_back(known);
      known_[todo[i]] = std::move(known);
    }
    return Status::OK();
  }

  // The candidate read by Fetch; nullptr when it is no longer stored.
  const Known* Get(std::string_view id) const {
    auto it = known_.find(id);
    return it == known_.end() ? nullptr : it->second.get();
  }
  bool Fetched(std::string_view id) const { return known_.find(id) != known_.end(); }

 private:
  Result<std::string> PublisherOf(const std::string& doc_id) {
    auto it = publishers_.find(doc_id);
    if (it != publishers_.end()) return it->second;
    auto rec = LoadDocumentRecord(v_, doc_id);
    if (!rec.ok()) return rec.status();
    return publishers_[doc_id] = PublisherKey(rec->document);
  }

  const ReadView& v_;
  Cache* cache_;
  std::vector<std::shared_ptr<const Known>>* read_;
  struct IdHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, std::shared_ptr<const Known>, IdHash, std::equal_to<>> known_;
  std::unordered_map<std::string, std::string> publishers_;  // document id -> publisher key
};

// One claim of the new document on its way through clustering.
struct Pending {
  std::shared_ptr<Known> self;  // shared with the cache once clustered (Output::known), not copied
  std::vector<uint64_t> bands;
  std::vector<size_t> buckets;                              // per band: index into the document's Buckets
  std::vector<std::pair<size_t, std::string_view>> ranked;  // stored candidates: bands shared, id
  size_t ranked_sorted = 0;                                 // ranked[0, ranked_sorted) is in order
  std::map<size_t, size_t> batch_hits;                      // earlier claims of the document: bands shared

  // Puts ranked[i] in place: the candidates sharing most bands first, ties by
  // id. Selection rarely looks past the first few, so those are found by a
  // partial sort and the rest sorted only when a stale pick reaches them.
  void RankUpTo(size_t i) {
    if (i < ranked_sorted) return;
    auto before = [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; };
    constexpr size_t kFirst = kMaxCandidates + kMaxSingleHits + 1;
    if (ranked_sorted == 0 && i < kFirst && ranked.size() > kFirst) {
      std::partial_sort(ranked.begin(), ranked.begin() + kFirst, ranked.end(), before);
      ranked_sorted = kFirst;
    } else {
      std::sort(ranked.begin() + ranked_sorted, ranked.end(), before);
      ranked_sorted = ranked.size();
    }
  }
};

// The (band, bucket) posting lists one document touches: as stored (views
// into the pinned values read), then with the document's claims appended.
struct Buckets {
  struct One {
    uint8_t band = 0;
    uint64_t bucket = 0;
    std::vector<std::string_view> claims;  // oldest first
    std::string_view raw;                  // the stored value they point into ("" when none)
    size_t stored = 0;                     // how many of claims were stored before
    std::vector<size_t> batch;             // claims of the document in it, in order
  };
  std::vector<One> list;
  // What claims of stored buckets point into: these pinned values, or the
  // cache's own strings (ClusterClaims only reads the cache, and a lookup that
  // promotes an entry moves its node, not the string).
  std::vector<rocksdb::PinnableSlice> values;

  struct Hash {
    size_t operator()(const std::pair<uint8_t, uint64_t>& k) const {
      return k.second ^ (k.first * 0x9E3779B97F4A7C15ULL);
    }
  };
  std::unordered_map<std::pair<uint8_t, uint64_t>, size_t, Hash> index;

  size_t Of(size_t band, uint64_t bucket) {
    auto [it, fresh] = index.emplace(std::make_pair(static_cast<uint8_t>(band), bucket), list.size());
    if (fresh) list.push_back({static_cast<uint8_t>(band), bucket, {}, {}, 0, {}});
    return it->second;
  }
};

// How many of one claim's buckets each stored claim sits in. A claim's
// buckets mostly hold the same few claims: counted in an open-addressing
// table on the id's hash (a repeat costs an integer and one string compare),
// so only the distinct ids are sorted afterwards.
class BandCounter {
 public:
  BandCounter() : slots_(kSlots) {}
  void Add(std::string_view id) {
    const uint64_t h = std::hash<std::string_view>()(id);
    size_t i = h & (kSlots - 1);
    while (slots_[i].n != 0 && (slots_[i].hash != h || slots_[i].id != id)) i = (i + 1) & (kSlots - 1);
    if (slots_[i].n++ == 0) {
      slots_[i].hash = h;
      slots_[i].id = id;
      used_.push_back(i);
    }
  }
  // Appends (count, id) of every id added since the last Take, in no order, and forgets them.
  void Take(std::vector<std::pair<size_t, std::string_view>>* out) {
    for (size_t i : used_) {
      out->emplace_back(slots_[i].n, slots_[i].id);
      slots_[i].n = 0;
    }
    used_.clear();
  }

 private:
  // At most kBands * kBucketScan ids a claim: the table stays under half full.
  static constexpr size_t kSlots = 512;
  static_assert(kSlots >= 2 * track::kBands * kBucketScan && (kSlots & (kSlots - 1)) == 0);
  struct Slot {
    uint64_t hash = 0;
    std::string_view id;
    uint32_t n = 0;
  };
  std::vector<Slot> slots_;
  std::vector<size_t> used_;
};

// The stored candidates a claim reads while none of them is stale: the ones
// sharing most bands, single-band ones only while few.
template <typename Usable>
size_t SelectStored(Pending& p, Usable&& usable, std::vector<const Known*>* picked) {
  size_t taken = 0, looked = 0;
  for (size_t i = 0; i < p.ranked.size(); ++i) {
    p.RankUpTo(i);
    const auto& [n, id] = p.ranked[i];
    if (taken + p.batch_hits.size() >= kMaxCandidates && taken > 0) break;
    // One shared band is what unrelated claims sharing two common words get; a
    // real rewording shares several. Single hits are read only while few.
    if (n < 2 && taken >= kMaxSingleHits) break;
    ++looked;
    const Known* k = usable(id);
    if (!k) continue;
    ++taken;
    if (picked) picked->push_back(k);
  }
  return looked;
}

// Every bucket of the document not cached in one MultiGet: its stored
// claims, oldest first (at most lsh::kMax).
Status ReadBuckets(const ReadView& v, Cache* cache, Buckets* buckets) {
  auto decode = [](std::string_view value, Buckets::One* b) {
    if (!lsh::DecodePostings(value, &b->claims)) return Status::Corruption("undecodable posting list in idx_lsh");
    b->stored = b->claims.size();
    b->raw = value;
    return Status::OK();
  };
  std::vector<std::string> bucket_keys;
  std::vector<size_t> read;
  for (size_t i = 0; i < buckets->list.size(); ++i) {
    auto& b = buckets->list[i];
    if (const std::string* hit = cache ? cache->Bucket(b.band, b.bucket) : nullptr) {
      if (Status s = decode(*hit, &b); !s.ok()) return s;
      continue;
    }
    bucket_keys.push_back(keys::Encode(keys::LshKey{b.band, b.bucket}));
    read.push_back(i);
  }
  if (read.empty()) return Status::OK();
  std::vector<bool> found;
  if (Status s = v.MultiGet(Cf::kIdxLsh, bucket_keys, &buckets->values, &found); !s.ok()) return s;
  for (size_t j = 0; j < read.size(); ++j) {
    if (!found[j]) continue;
    const auto& value = buckets->values[j];
    if (Status s = decode(std::string_view(value.data(), value.size()), &buckets->list[read[j]]); !s.ok()) return s;
  }
  return Status::OK();
}

}  // namespace

void LshEntries(const model::Claim& c, std::vector<derive::Entry>* out) {
  LshEntriesOf(c.id, track::Bands(track::Normalize(c).words), out);
}

Status ClusterClaims(const ReadView& v, const model::Document& doc, const std::vector<model::Claim>& claims,
                     Cache* cache, Output* out) {
  const std::string self_publisher = PublisherKey(doc);
  std::map<std::string, Summary> summaries;  // of the propositions the document's claims join or found
  // Each claim is normalised once; its buckets, the earlier claims of the
  // document sharing them, and its ranked stored candidates follow from that.
  std::vector<Pending> pending(claims.size());
  Buckets buckets;
  buckets.list.reserve(claims.size() * track::kBands);  // moving a bucket's vectors on growth was measurable
  buckets.index.reserve(claims.size() * track::kBands);
  for (size_t i = 0; i < claims.size(); ++i) {
    Pending& p = pending[i];
    p.self = std::make_shared<Known>(Known{claims[i].id, track::Normalize(claims[i]), "", self_publisher});
    p.bands = track::Bands(p.self->norm.words);
    p.buckets.reserve(p.bands.size());
    for (size_t b = 0; b < p.bands.size(); ++b) {
      p.buckets.push_back(buckets.Of(b, p.bands[b]));
      auto& earlier = buckets.list[p.buckets.back()].batch;
      for (size_t j : earlier) ++p.batch_hits[j];
      earlier.push_back(i);
    }
  }
  if (Status s = ReadBuckets(v, cache, &buckets); !s.ok()) return s;

  std::vector<std::string> wanted;
  BandCounter shared_bands;
  for (auto& p : pending) {
    for (size_t bi : p.buckets) {
      const auto& bucket = buckets.list[bi].claims;
      for (auto it = bucket.size() > kBucketScan ? bucket.end() - kBucketScan : bucket.begin(); it != bucket.end(); ++it)
        shared_bands.Add(*it);
    }
    shared_bands.Take(&p.ranked);
    const size_t looked = SelectStored(p, [](std::string_view) { return &kAnyKnown; }, nullptr);
    for (size_t i = 0; i < looked; ++i) wanted.emplace_back(p.ranked[i].second);
  }
  Candidates stored(v, doc.id, self_publisher, cache, &out->known);
  if (Status s = stored.Fetch(wanted); !s.ok()) return s;

  for (size_t i = 0; i < pending.size(); ++i) {
    Pending& p = pending[i];
    Known& self = *p.self;
    const model::Claim& c = claims[i];
    std::vector<const Known*> candidates;
    Status fetch;
    SelectStored(p, [&](std::string_view id) -> const Known* {
      // Only when an earlier pick was stale does a claim read past its batch.
      if (!stored.Fetched(id) && fetch.ok()) fetch = stored.Fetch({std::string(id)});
      return stored.Get(id);
    }, &candidates);
    if (!fetch.ok()) return fetch;
    for (const auto& [j, n] : p.batch_hits) candidates.push_back(pending[j].self.get());

    struct Judged {
      const Known* other;
      track::Verdict verdict;
    };
    std::vector<Judged> judged;
    // The proposition most matching candidates state wins; then the closest wording; then the id.
    std::map<std::string, std::pair<size_t, double>> votes;
    for (const Known* k : candidates) {
      track::Verdict verdict = track::Compare(self.norm, k->norm, /*explain_unrelated=*/false);
      if (verdict.relation == track::Relation::kUnrelated) continue;
      if (track::SameProposition(verdict) && !k->proposition.empty()) {
        auto& [n, sim] = votes[k->proposition];
        ++n;
        sim = std::max(sim, verdict.similarity);
      }
      judged.push_back({k, std::move(verdict)});
    }
    const std::pair<size_t, double>* best = nullptr;
    for (const auto& [prop, vote] : votes)
      if (!best || vote > *best) {
        best = &vote;
        self.proposition = prop;
      }
    if (best) ++out->joined;
    else self.proposition = PropositionId(c.id);
    auto summary = summaries.find(self.proposition);
    if (summary == summaries.end()) {
      Summary loaded;
      if (best) {
        auto got = LoadSummary(v, self.proposition);
        if (!got.ok()) return got.status();
        loaded = std::move(got).value();
      }
      summary = summaries.emplace(self.proposition, std::move(loaded)).first;
    }
    AddMember(&summary->second, c.id, doc.published, doc.ingested, self_publisher);
    MembershipEntries(self.proposition, c.id, &out->entries, EncodeSignature(self_publisher, self.norm));
    if (!p.bands.empty()) out->known.push_back(p.self);
    for (size_t bi : p.buckets) buckets.list[bi].claims.push_back(c.id);

    std::set<std::string> corroborated;  // one edge per other publisher
    size_t disputes = 0;
    for (const auto& j : judged) {
      const bool same = j.verdict.relation == track::Relation::kSame;
      // Any same claim of another publisher corroborates, even one a different cluster holds.
      if (same && j.other->publisher != self_publisher &&
          corroborated.size() < kMaxEdgesPerClaim && corroborated.insert(j.other->publisher).second)
        out->edges.push_back({model::EdgeType::kCorroborates, c.id, j.other->claim_id, j.verdict.why});
      if (j.verdict.relation == track::Relation::kDisputes && disputes++ < kMaxEdgesPerClaim)
        out->edges.push_back({model::EdgeType::kDisputes, c.id, j.other->claim_id, j.verdict.why});
    }
  }
  for (const auto& [prop, summary] : summaries)
    out->entries.push_back({Cf::kPropositions, keys::IdKey(prop), EncodeSummary(summary)});
  // A bucket that reaches lsh::kMax is rewritten whole with its newest kKeep,
  // so no bucket piles up more than kMax - kKeep merge operands for reads to
  // combine; the others get one operand.
  for (const auto& b : buckets.list) {
    const auto& claims_now = b.claims;
    const size_t added = claims_now.size() - b.stored;
    if (added == 0) continue;
    const bool full = claims_now.size() >= lsh::kMax;
    const size_t first = full ? claims_now.size() - lsh::kKeep : claims_now.size() - added;
    size_t bytes = 1;
    for (size_t i = first; i < claims_now.size(); ++i) bytes += claims_now[i].size() + 2;
    std::string value;
    value.reserve(bytes);
    for (size_t i = first; i < claims_now.size(); ++i) lsh::AppendPosting(claims_now[i], &value);
    std::string now;  // the bucket's stored value once the batch commits
    if (full || b.raw.empty()) {
      now = value;
    } else {  // both are tag + postings in the same encoding
      now.reserve(b.raw.size() + value.size() - 1);
      now.append(b.raw).append(value, 1);
    }
    out->bucket_values.emplace_back(keys::LshKey{b.band, b.bucket}, std::move(now));
    (full ? out->lsh_puts : out->lsh)
        .push_back({Cf::kIdxLsh, keys::Encode(keys::LshKey{b.band, b.bucket}), std::move(value)});
  }
  return Status::OK();
}

void Remember(Output&& out, Cache* cache) {
  for (auto& [key, value] : out.bucket_values) cache->PutBucket(key.band, key.bucket, std::move(value));
  for (auto& known : out.known) cache->PutCandidate(std::move(known));
}

Status ExportPropositions(const ReadView& v, std::ostream& out) {
  Scan scan = v.Range(Cf::kPropositions, "", "");
  nlohmann::json line;
  auto emit = [&] {
    if (!line.is_null()) out << line.dump() << '\n';
  };
  std::string summary_of;
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    keys::PropMemberKey k;
    if (keys::ParseIdKey(scan.key(), &summary_of)) continue;  // derived: rebuilt on read after import
    if (!keys::Decode(scan.key(), &k)) return Status::Corruption("undecodable key in propositions");
    if (line.is_null() || line["id"] != k.proposition) {
      emit();
      line = {{"record", "proposition"}, {"id", k.proposition}, {"claims", nlohmann::json::array()}};
    }
    line["claims"].push_back(k.claim);
  }
  emit();
  return scan.status();
}

Status ImportProposition(const nlohmann::json& record, const std::set<std::string>& claims,
                         std::vector<derive::Entry>* out) {
  const std::string id = record.at("id").get<std::string>();
  const auto& members = record.at("claims");
  if (id.empty() || !members.is_array() || members.empty())
    return Status::InvalidArgument("proposition " + Q(id) + " without id or claims");
  for (const auto& m : members) {
    const std::string claim = m.get<std::string>();
    if (!claims.count(claim)) return Status::InvalidArgument("proposition " + Q(id) + " of unknown claim " + Q(claim));
    MembershipEntries(id, claim, out);
  }
  return Status::OK();
}

Status Check(const ReadView& v, const std::set<std::string>& claim_ids, std::vector<std::string>* problems) {
  std::map<std::string, std::string> expected;  // claim -> proposition, from the records
  std::map<std::string, uint64_t> summarised, counted;  // proposition -> members, per summary and per records
  Scan members = v.Range(Cf::kPropositions, "", "");
  for (members.SeekToFirst(); members.Valid(); members.Next()) {
    keys::PropMemberKey k;
    std::string summary_of;
    if (keys::ParseIdKey(members.key(), &summary_of)) {
      Summary sum;
      if (!DecodeSummary(members.value(), &sum).ok())
        problems->push_back("proposition " + Q(summary_of) + ": undecodable summary");
      else
        summarised[summary_of] = sum.total;
      continue;
    }
    if (!keys::Decode(members.key(), &k)) {
      problems->push_back("propositions: undecodable key");
      continue;
    }
    if (!claim_ids.count(k.claim))
      problems->push_back("proposition " + Q(k.proposition) + " has missing claim " + Q(k.claim));
    ++counted[k.proposition];
    auto [it, fresh] = expected.emplace(k.claim, k.proposition);
    if (!fresh)
      problems->push_back("claim " + Q(k.claim) + " is in propositions " + Q(it->second) + " and " +
                          Q(k.proposition));
  }
  if (Status s = members.status(); !s.ok()) return s;
  for (const auto& [prop, total] : summarised) {
    auto it = counted.find(prop);
    const uint64_t n = it == counted.end() ? 0 : it->second;
    if (n != total)
      problems->push_back("proposition " + Q(prop) + ": summary counts " + std::to_string(total) + " members, " +
                          std::to_string(n) + " stored");
  }

  Scan idx = v.Range(Cf::kIdxClaimProp, "", "");
  std::set<std::string> indexed;
  for (idx.SeekToFirst(); idx.Valid(); idx.Next()) {
    std::string claim, prop;
    Signature sig;
    if (!keys::ParseIdKey(idx.key(), &claim) || !DecodeMembership(idx.value(), &prop, &sig).ok()) {
      problems->push_back("idx_claim_prop: undecodable entry");
      continue;
    }
    indexed.insert(claim);
    auto it = expected.find(claim);
    if (it == expected.end())
      problems->push_back("idx_claim_prop: stray entry for claim " + Q(claim) + " (in no proposition)");
    else if (it->second != prop)
      problems->push_back("idx_claim_prop: claim " + Q(claim) + " points at " + Q(prop) + ", not " + Q(it->second));
  }
  if (Status s = idx.status(); !s.ok()) return s;
  for (const auto& [claim, prop] : expected)
    if (!indexed.count(claim))
      problems->push_back("idx_claim_prop: missing entry for claim " + Q(claim) + " of " + Q(prop));

  Scan lsh = v.Range(Cf::kIdxLsh, "", "");
  std::vector<std::string_view> postings;
  for (lsh.SeekToFirst(); lsh.Valid(); lsh.Next()) {
    keys::LshKey k;
    if (!keys::Decode(lsh.key(), &k) || k.band >= track::kBands || !lsh::DecodePostings(lsh.value(), &postings) ||
        postings.empty() || postings.size() > lsh::kMax) {
      problems->push_back("idx_lsh: undecodable entry");
      continue;
    }
    for (const auto& claim : postings)
      if (!claim_ids.count(std::string(claim)))
        problems->push_back("idx_lsh: stray entry for missing claim " + Q(claim) + " in band " +
                            std::to_string(k.band));
  }
  return lsh.status();
}

}  // namespace claimkb::store::cluster
