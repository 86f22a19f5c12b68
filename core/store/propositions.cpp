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

namespace {

using keys::Cf;

std::string Q(std::string_view s) { return "`" + std::string(s) + "`"; }

std::string IndependentKey(const model::Document& d) {
  if (!d.publisher.empty()) {
    std::string key;
    for (char ch : d.publisher) key += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return key;
  }
  size_t scheme = d.url.find("://");
  if (scheme != std::string::npos) {
    size_t start = scheme + 3, end = d.url.find('/', start);
    std::string host = d.url.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (host.rfind("www.", 0) == 0) host = host.substr(4);
    if (!host.empty()) return host;
  }
  return d.id;
}

}  // namespace

std::string PropositionId(std::string_view founding_claim_id) {
  return "p-" + Hex64(Hash64(founding_claim_id, 0x70726F70ULL));
}

Result<Proposition> Store::GetProposition(std::string_view id) const {
  ReadView v(*impl_);
  std::string prefix;
  keys::PutStr(&prefix, id);
  Scan scan = v.Prefix(Cf::kPropositions, prefix);
  Proposition p;
  p.id = std::string(id);
  std::map<std::string, model::Document> docs;
  std::set<std::string> publishers;
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    keys::PropMemberKey k;
    if (!keys::Decode(scan.key(), &k)) return Status::Corruption("undecodable key in propositions");
    ++p.total;
    auto c = LoadClaim(v, k.claim);
    if (!c.ok()) return c.status();
    auto it = docs.find(c->document_id);
    if (it == docs.end()) {
      auto d = LoadDocument(v, c->document_id, false);
      if (!d.ok()) return d.status();
      it = docs.emplace(c->document_id, std::move(d).value()).first;
    }
    const model::Document& d = it->second;
    publishers.insert(IndependentKey(d));
    if (p.appearances.size() >= Proposition::kMaxAppearances) continue;
    p.appearances.push_back({c->id, c->document_id, c->span, c->text, c->attribution.kind, c->attribution.speakers,
                             d.publisher, d.published, d.url, d.title});
  }
  if (Status s = scan.status(); !s.ok()) return s;
  if (p.total == 0) return Status::NotFound("proposition " + Q(id) + " does not exist");
  // Undated documents sort after dated ones; ingest time and id break ties.
  std::stable_sort(p.appearances.begin(), p.appearances.end(), [&](const Appearance& a, const Appearance& b) {
    const auto& da = docs.at(a.document_id);
    const auto& db = docs.at(b.document_id);
    const std::string ka = (a.published.empty() ? "~" : a.published) + " " + da.ingested;
    const std::string kb = (b.published.empty() ? "~" : b.published) + " " + db.ingested;
    return ka != kb ? ka < kb : a.claim_id < b.claim_id;
  });
  p.text = p.appearances.front().text;
  p.publishers = publishers.size();
  return p;
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
