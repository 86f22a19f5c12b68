// Reading claim clusters: propositions, a claim's proposition, open disputes;
// and the key codecs of the proposition families.
#include "core/store/propositions.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/base/hash.h"
#include "core/store/cluster.h"
#include "core/store/impl.h"
#include "core/store/store.h"

namespace claimkb::store {

namespace keys {

std::string Encode(const PropMemberKey& k) {
  std::string out;
  PutStr(&out, k.proposition);
  PutStr(&out, k.claim);
  return out;
}

bool Decode(std::string_view key, PropMemberKey* k) {
  Reader r(key);
  return r.Str(&k->proposition) && r.Str(&k->claim) && r.done();
}

std::string Encode(const LshKey& k) {
  std::string out;
  PutU8(&out, k.band);
  PutU64(&out, k.bucket);
  return out;
}

bool Decode(std::string_view key, LshKey* k) {
  Reader r(key);
  return r.U8(&k->band) && r.U64(&k->bucket) && r.done();
}

}  // namespace keys

namespace cluster {

namespace {

// Undated documents sort after dated ones; ingest time, then claim id, break ties.
std::string SortKey(const std::string& published, const std::string& ingested) {
  return (published.empty() ? "~" : published) + " " + ingested;
}

}  // namespace

// Tag::kPropSummary U64(total) Str(first claim) Str(first published)
// Str(first ingested) Str(last published) U8(publishers capped)
// U32(n) Str(publisher)*n U32(m) Str(sample claim)*m
std::string EncodeSummary(const Summary& s) {
  std::string out(1, static_cast<char>(keys::Tag::kPropSummary));
  keys::PutU64(&out, s.total);
  keys::PutStr(&out, s.first_claim);
  keys::PutStr(&out, s.first_published);
  keys::PutStr(&out, s.first_ingested);
  keys::PutStr(&out, s.last_published);
  keys::PutU8(&out, s.publishers_capped ? 1 : 0);
  keys::PutU32(&out, static_cast<uint32_t>(s.publishers.size()));
  for (const auto& p : s.publishers) keys::PutStr(&out, p);
  keys::PutU32(&out, static_cast<uint32_t>(s.sample.size()));
  for (const auto& c : s.sample) keys::PutStr(&out, c);
  return out;
}

Status DecodeSummary(std::string_view bytes, Summary* s) {
  const Status bad = Status::Corruption("undecodable proposition summary");
  if (bytes.empty() || bytes[0] != static_cast<char>(keys::Tag::kPropSummary)) return bad;
  keys::Reader r(bytes.substr(1));
  uint8_t capped = 0;
  uint32_t n = 0;
  *s = Summary{};
  if (!r.U64(&s->total) || !r.Str(&s->first_claim) || !r.Str(&s->first_published) || !r.Str(&s->first_ingested) ||
      !r.Str(&s->last_published) || !r.U8(&capped) || !r.U32(&n) || n > Summary::kMaxPublishers)
    return bad;
  s->publishers_capped = capped != 0;
  s->publishers.resize(n);
  for (auto& p : s->publishers)
    if (!r.Str(&p)) return bad;
  if (!r.U32(&n) || n > Summary::kSample) return bad;
  s->sample.resize(n);
  for (auto& c : s->sample)
    if (!r.Str(&c)) return bad;
  return r.done() && s->total > 0 ? Status::OK() : bad;
}

void AddMember(Summary* s, const std::string& claim, const std::string& published, const std::string& ingested,
               const std::string& publisher) {
  ++s->total;
  const std::string key = SortKey(published, ingested);
  const std::string first = SortKey(s->first_published, s->first_ingested);
  if (s->first_claim.empty() || key < first || (key == first && claim < s->first_claim)) {
    s->first_claim = claim;
    s->first_published = published;
    s->first_ingested = ingested;
  }
  if (published > s->last_published) s->last_published = published;
  auto at = std::lower_bound(s->publishers.begin(), s->publishers.end(), publisher);
  if (at == s->publishers.end() || *at != publisher) {
    if (s->publishers.size() < Summary::kMaxPublishers) s->publishers.insert(at, publisher);
    else s->publishers_capped = true;
  }
  if (s->sample.size() < Summary::kSample) s->sample.push_back(claim);
}

Result<Summary> LoadSummary(const ReadView& v, std::string_view proposition, bool* stored) {
  std::string bytes;
  Summary sum;
  Status st = v.Get(keys::Cf::kPropositions, keys::IdKey(proposition), &bytes);
  if (stored) *stored = st.ok();
  if (st.ok()) {
    if (!(st = DecodeSummary(bytes, &sum)).ok()) return st;
    return sum;
  }
  if (!st.IsNotFound()) return st;
  std::string prefix;
  keys::PutStr(&prefix, proposition);
  Scan scan = v.Prefix(keys::Cf::kPropositions, prefix);
  std::map<std::string, model::Document> docs;
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    keys::PropMemberKey k;
    if (!keys::Decode(scan.key(), &k)) continue;  // the summary key only
    auto c = LoadClaim(v, k.claim);
    if (!c.ok()) return c.status();
    auto it = docs.find(c->document_id);
    if (it == docs.end()) {
      auto d = LoadDocument(v, c->document_id, false);
      if (!d.ok()) return d.status();
      it = docs.emplace(c->document_id, std::move(d).value()).first;
    }
    AddMember(&sum, c->id, it->second.published, it->second.ingested, PublisherKey(it->second));
  }
  if (Status s = scan.status(); !s.ok()) return s;
  if (sum.total == 0) return Status::NotFound("proposition `" + std::string(proposition) + "` does not exist");
  return sum;
}

}  // namespace cluster

namespace {

using keys::Cf;

std::string Q(std::string_view s) { return "`" + std::string(s) + "`"; }

// The appearances of claims, their documents read once each.
class Appearances {
 public:
  explicit Appearances(const ReadView& v) : v_(v) {}

  Result<Appearance> Of(const std::string& claim_id) {
    auto c = LoadClaim(v_, claim_id);
    if (!c.ok()) return c.status();
    auto it = docs_.find(c->document_id);
    if (it == docs_.end()) {
      auto d = LoadDocument(v_, c->document_id, false);
      if (!d.ok()) return d.status();
      it = docs_.emplace(c->document_id, std::move(d).value()).first;
    }
    const model::Document& d = it->second;
    return Appearance{c->id, c->document_id, c->span, c->text, c->attribution.kind, c->attribution.speakers,
                      d.publisher, d.published, d.url, d.title};
  }
  const std::string& IngestedOf(const std::string& doc_id) const { return docs_.at(doc_id).ingested; }

 private:
  const ReadView& v_;
  std::map<std::string, model::Document> docs_;
};

}  // namespace

std::string PropositionId(std::string_view founding_claim_id) {
  return "p-" + Hex64(Hash64(founding_claim_id, 0x70726F70ULL));
}

Result<Proposition> Store::GetProposition(std::string_view id, size_t sample) const {
  ReadView v(*impl_);
  auto sum = cluster::LoadSummary(v, id);
  if (!sum.ok()) return sum.status();
  Proposition p;
  p.id = std::string(id);
  p.total = sum->total;
  p.publishers = sum->publishers.size();
  p.publishers_capped = sum->publishers_capped;
  p.last_seen = sum->last_published;
  Appearances load(v);
  auto first = load.Of(sum->first_claim);
  if (!first.ok()) return first.status();
  p.first = std::move(first).value();
  p.text = p.first.text;
  p.first_seen = p.first.published;
  for (size_t i = 0; i < sum->sample.size() && i < sample; ++i) {
    const std::string& claim = sum->sample[i];
    auto a = load.Of(claim);
    if (!a.ok()) return a.status();
    p.appearances.push_back(std::move(a).value());
  }
  if (sample > 0 && std::none_of(p.appearances.begin(), p.appearances.end(),
                   [&](const Appearance& a) { return a.claim_id == p.first.claim_id; }))
    p.appearances.push_back(p.first);
  std::stable_sort(p.appearances.begin(), p.appearances.end(), [&](const Appearance& a, const Appearance& b) {
    const std::string ka = (a.published.empty() ? "~" : a.published) + " " + load.IngestedOf(a.document_id);
    const std::string kb = (b.published.empty() ? "~" : b.published) + " " + load.IngestedOf(b.document_id);
    return ka != kb ? ka < kb : a.claim_id < b.claim_id;
  });
  return p;
}

Result<Page<Appearance>> Store::PropositionMembers(std::string_view id, std::string_view cursor, size_t limit) const {
  ReadView v(*impl_);
  std::string prefix;
  keys::PutStr(&prefix, id);
  Scan scan = v.Prefix(Cf::kPropositions, prefix);
  if (cursor.empty()) {
    scan.SeekToFirst();
  } else {
    Cf cf;
    std::string last;
    if (!keys::DecodeCursor(cursor, &cf, &last) || cf != Cf::kPropositions || !keys::IsWellFormed(cf, last) ||
        last.compare(0, prefix.size(), prefix) != 0)
      return Status::InvalidArgument("cursor " + Q(cursor) + " is not a cursor of this listing");
    scan.Seek(last);
    if (scan.Valid() && scan.key() == last) scan.Next();
  }
  Page<Appearance> page;
  Appearances load(v);
  std::string last_added;
  bool any = !cursor.empty();
  for (; scan.Valid(); scan.Next()) {
    keys::PropMemberKey k;
    if (!keys::Decode(scan.key(), &k)) continue;  // the summary
    any = true;
    if (page.items.size() >= limit) {
      page.next_cursor = keys::EncodeCursor(Cf::kPropositions, last_added);
      break;
    }
    auto a = load.Of(k.claim);
    if (!a.ok()) return a.status();
    page.items.push_back(std::move(a).value());
    last_added.assign(scan.key());
  }
  if (Status s = scan.status(); !s.ok()) return s;
  if (!any) return Status::NotFound("proposition " + Q(id) + " does not exist");
  return page;
}

Result<std::string> Store::PropositionOf(std::string_view claim_id) const {
  ReadView v(*impl_);
  std::string bytes;
  Status s = v.Get(Cf::kIdxClaimProp, keys::IdKey(claim_id), &bytes);
  if (s.IsNotFound()) {
    std::string scratch;
    Status c = v.Get(Cf::kClaims, keys::IdKey(claim_id), &scratch);
    if (c.IsNotFound()) return Status::NotFound("claim " + Q(claim_id) + " does not exist");
    return Status::NotFound("claim " + Q(claim_id) + " is in no proposition (stored before clustering)");
  }
  if (!s.ok()) return s;
  std::string prop;
  if (!(s = cluster::DecodePropositionRef(bytes, &prop)).ok()) return s;
  return prop;
}

Result<Page<Dispute>> Store::ListDisputes(std::string_view cursor, size_t limit) const {
  ReadView v(*impl_);
  Scan scan = v.Range(Cf::kIdxDisputes, "", "");
  if (cursor.empty()) {
    scan.SeekToFirst();
  } else {
    Cf cf;
    std::string last;
    if (!keys::DecodeCursor(cursor, &cf, &last) || cf != Cf::kIdxDisputes || !keys::IsWellFormed(cf, last))
      return Status::InvalidArgument("cursor " + Q(cursor) + " is not a cursor of this listing");
    scan.Seek(last);
    if (scan.Valid() && scan.key() == last) scan.Next();
  }
  Page<Dispute> page;
  std::string last_added;
  for (; scan.Valid(); scan.Next()) {
    if (page.items.size() >= limit) {
      page.next_cursor = keys::EncodeCursor(Cf::kIdxDisputes, last_added);
      break;
    }
    keys::EdgeIndexKey k;
    if (!keys::Decode(scan.key(), &k)) return Status::Corruption("undecodable key in idx_disputes");
    Dispute d{k.a, k.b, k.owner, ""};
    std::string bytes;
    Status s = v.Get(Cf::kEdges, keys::EncodeEdge({k.owner, k.type, k.a, k.b}), &bytes);
    if (s.ok()) s = values::DecodeEdgeWhy(bytes, &d.why);
    if (!s.ok()) return s.IsNotFound() ? Status::Corruption("idx_disputes entry without its edge") : s;
    page.items.push_back(std::move(d));
    last_added.assign(scan.key());
  }
  if (Status s = scan.status(); !s.ok()) return s;
  return page;
}

}  // namespace claimkb::store
