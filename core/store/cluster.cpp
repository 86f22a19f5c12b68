// Clustering at ingest: LSH candidates, track::Compare, proposition membership
// and the corroborates/disputes edges; plus the proposition families' Check.
#include "core/store/cluster.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <unordered_map>

#include "core/base/hash.h"
#include "core/track/codec.h"
#include "core/track/compare.h"
#include "core/track/minhash.h"

namespace claimkb::store::cluster {

namespace {

using keys::Cf;

std::string Q(std::string_view s) { return "`" + std::string(s) + "`"; }

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

struct Known {
  std::string claim_id;
  track::Normalized norm;
  std::string proposition;
  std::string publisher;
};

std::string LshPrefix(uint8_t band, uint64_t bucket) {
  std::string p;
  keys::PutU8(&p, band);
  keys::PutU64(&p, bucket);
  return p;
}

// Never in UTF-8: ends the proposition id and the publisher key in idx_claim_prop.
constexpr char kSignatureMark = '\xFF';

}  // namespace

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
  for (size_t b = 0; b < bands.size(); ++b)
    out->push_back({Cf::kIdxLsh, keys::Encode(keys::LshKey{static_cast<uint8_t>(b), bands[b], claim}),
                    values::EncodeEmpty()});
}
}  // namespace

void LshEntries(const model::Claim& c, std::vector<derive::Entry>* out) {
  LshEntriesOf(c.id, track::Bands(track::Normalize(c).words), out);
}

Status ClusterClaims(const ReadView& v, const model::Document& doc, const std::vector<model::Claim>& claims,
                     Output* out) {
  const std::string self_publisher = PublisherKey(doc);
  std::unordered_map<std::string, std::string> publishers;  // document id -> publisher key
  publishers[doc.id] = self_publisher;
  auto publisher_of = [&](const std::string& doc_id) -> Result<std::string> {
    auto it = publishers.find(doc_id);
    if (it != publishers.end()) return it->second;
    auto rec = LoadDocumentRecord(v, doc_id);
    if (!rec.ok()) return rec.status();
    return publishers[doc_id] = PublisherKey(rec->document);
  };

  std::vector<Known> batch;                                    // this document's claims so far
  std::map<std::pair<size_t, uint64_t>, std::vector<size_t>> batch_buckets;
  std::string scratch;
  Scan lsh = v.Range(Cf::kIdxLsh, "", "");  // one iterator, re-seeked per bucket
  for (const auto& c : claims) {
    Known self{c.id, track::Normalize(c), "", self_publisher};
    const std::vector<uint64_t> bands = track::Bands(self.norm.words);

    std::map<std::string, size_t> hits;  // stored claim -> bands shared
    std::map<size_t, size_t> batch_hits;
    for (size_t b = 0; b < bands.size(); ++b) {
      const std::string prefix = LshPrefix(static_cast<uint8_t>(b), bands[b]);
      size_t n = 0;
      for (lsh.Seek(prefix); lsh.Valid() && lsh.key().substr(0, prefix.size()) == prefix && n < kBucketScan;
           lsh.Next(), ++n) {
        keys::LshKey k;
        if (!keys::Decode(lsh.key(), &k)) return Status::Corruption("undecodable key in idx_lsh");
        ++hits[k.claim];
      }
      if (Status s = lsh.status(); !s.ok()) return s;
      auto it = batch_buckets.find({b, bands[b]});
      if (it != batch_buckets.end())
        for (size_t i : it->second) ++batch_hits[i];
    }

    // The candidates sharing most bands first; ties by id for determinism.
    std::vector<std::pair<size_t, std::string>> ranked;
    for (const auto& [id, n] : hits) ranked.emplace_back(n, id);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    std::vector<Known> stored;
    for (const auto& [n, id] : ranked) {
      if (stored.size() + batch_hits.size() >= kMaxCandidates && !stored.empty()) break;
      // One shared band is what unrelated claims sharing two common words get; a
      // real rewording shares several. Single hits are read only while few.
      if (n < 2 && stored.size() >= kMaxSingleHits) break;
      Known k{id, {}, "", ""};
      Signature sig;
      Status s = v.Get(Cf::kIdxClaimProp, keys::IdKey(id), &scratch);
      if (s.ok()) {
        if (!(s = DecodeMembership(scratch, &k.proposition, &sig)).ok()) return s;
      } else if (!s.IsNotFound()) {
        return s;
      }
      if (sig.present) {  // a corrected claim's signature is of the wording it was clustered with
        s = v.Get(Cf::kClaimState, keys::IdKey(id), &scratch);
        if (s.ok()) sig.present = false;
        else if (!s.IsNotFound()) return s;
      }
      if (sig.present) {
        k.norm = std::move(sig.norm);
        k.publisher = std::move(sig.publisher);
      } else {
        auto other = LoadClaim(v, id);
        if (other.status().IsNotFound()) continue;  // a stale bucket entry never blocks an ingest
        if (!other.ok()) return other.status();
        k.norm = track::Normalize(*other);
        auto pub = publisher_of(other->document_id);
        if (!pub.ok()) return pub.status();
        k.publisher = *pub;
      }
      stored.push_back(std::move(k));
    }
    std::vector<const Known*> candidates;
    for (const auto& k : stored) candidates.push_back(&k);
    for (const auto& [i, n] : batch_hits) candidates.push_back(&batch[i]);

    struct Judged {
      const Known* other;
      track::Verdict verdict;
    };
    std::vector<Judged> judged;
    // The proposition most matching candidates state wins; then the closest wording; then the id.
    std::map<std::string, std::pair<size_t, double>> votes;
    for (const Known* k : candidates) {
      track::Verdict verdict = track::Compare(self.norm, k->norm);
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
    MembershipEntries(self.proposition, c.id, &out->entries, EncodeSignature(self_publisher, self.norm));
    LshEntriesOf(c.id, bands, &out->entries);

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

    const size_t index = batch.size();
    for (size_t b = 0; b < bands.size(); ++b) batch_buckets[{b, bands[b]}].push_back(index);
    batch.push_back(std::move(self));
  }
  return Status::OK();
}

Status ExportPropositions(const ReadView& v, std::ostream& out) {
  Scan scan = v.Range(Cf::kPropositions, "", "");
  nlohmann::json line;
  auto emit = [&] {
    if (!line.is_null()) out << line.dump() << '\n';
  };
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    keys::PropMemberKey k;
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
  Scan members = v.Range(Cf::kPropositions, "", "");
  for (members.SeekToFirst(); members.Valid(); members.Next()) {
    keys::PropMemberKey k;
    if (!keys::Decode(members.key(), &k)) {
      problems->push_back("propositions: undecodable key");
      continue;
    }
    if (!claim_ids.count(k.claim))
      problems->push_back("proposition " + Q(k.proposition) + " has missing claim " + Q(k.claim));
    auto [it, fresh] = expected.emplace(k.claim, k.proposition);
    if (!fresh)
      problems->push_back("claim " + Q(k.claim) + " is in propositions " + Q(it->second) + " and " +
                          Q(k.proposition));
  }
  if (Status s = members.status(); !s.ok()) return s;

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
  for (lsh.SeekToFirst(); lsh.Valid(); lsh.Next()) {
    keys::LshKey k;
    if (!keys::Decode(lsh.key(), &k) || k.band >= track::kBands)
      problems->push_back("idx_lsh: undecodable entry");
    else if (!claim_ids.count(k.claim))
      problems->push_back("idx_lsh: stray entry for missing claim " + Q(k.claim));
  }
  return lsh.status();
}

}  // namespace claimkb::store::cluster
