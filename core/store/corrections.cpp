// Store::CorrectClaim, ClaimHistory, GetClaimState and the state index.
#include <algorithm>
#include <chrono>
#include <ctime>

#include "core/base/utf8.h"
#include "core/store/correction_store.h"

namespace claimkb::store {

namespace {

using keys::Cf;

std::string Q(std::string_view s) { return "`" + std::string(s) + "`"; }

constexpr uint32_t kQuoteContext = 32;  // as the extractor's TextQuoteSelector

Status AdjustCounter(Store::Impl& impl, const char* name, int64_t delta, rocksdb::WriteBatch* batch) {
  if (delta == 0) return Status::OK();
  const std::string key = keys::CounterKey(name);
  std::string bytes;
  uint64_t n = 0;
  rocksdb::Status s = impl.db->Get(rocksdb::ReadOptions(), impl.cf(Cf::kMeta), key, &bytes);
  if (s.ok()) {
    Status st = values::DecodeCounter(bytes, &n);
    if (!st.ok()) return st;
  } else if (!s.IsNotFound()) {
    return FromRocks(s, "read counter");
  }
  const int64_t next = static_cast<int64_t>(n) + delta;
  batch->Put(impl.cf(Cf::kMeta), key, values::EncodeCounter(next < 0 ? 0 : static_cast<uint64_t>(next)));
  return Status::OK();
}

template <typename T>
bool Has(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

}  // namespace

void ApplyDiff(Store::Impl& impl, const std::vector<derive::Entry>& before, const std::vector<derive::Entry>& after,
               rocksdb::WriteBatch* batch) {
  for (const auto& b : before)
    if (std::none_of(after.begin(), after.end(), [&](const derive::Entry& a) { return a.cf == b.cf && a.key == b.key; }))
      batch->Delete(impl.cf(b.cf), b.key);
  for (const auto& a : after) batch->Put(impl.cf(a.cf), a.key, a.value);
}

std::string NowUtc() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

Result<ClaimState> LoadStoredState(const ReadView& v, std::string_view claim_id) {
  std::string bytes;
  Status s = v.Get(Cf::kClaimState, keys::IdKey(claim_id), &bytes);
  if (!s.ok()) return s;
  ClaimState st;
  if (!(s = values::Decode(bytes, &st)).ok()) return Status::Corruption(s.message() + " (claim " + Q(claim_id) + ")");
  return st;
}

Result<ClaimState> LoadClaimState(const ReadView& v, const model::Claim& c) {
  auto st = LoadStoredState(v, c.id);
  if (st.ok() || !st.status().IsNotFound()) return st;
  ClaimState def;
  def.anchor.document = c.document_id;
  def.anchor.span = c.span;
  return def;
}

void StateEntries(const model::Claim& c, const ClaimState& state, std::vector<derive::Entry>* out) {
  if (state.status != ClaimStatus::kExtracted)
    out->push_back({Cf::kIdxClaimStatus, keys::Encode(keys::ClaimStatusKey{ToString(state.status), c.document_id, c.id}),
                    values::EncodeEmpty()});
  if (state.anchor.status == AnchorStatus::kOrphaned)
    out->push_back({Cf::kIdxClaimStatus,
                    keys::Encode(keys::ClaimStatusKey{ToString(AnchorStatus::kOrphaned), state.anchor.document, c.id}),
                    values::EncodeEmpty()});
}

// The index entries of one claim of its document (everything but idx_url).
Status ClaimEntries(const ReadView& v, const model::Claim& c, std::vector<derive::Entry>* out) {
  auto rec = LoadDocumentRecord(v, c.document_id);
  if (!rec.ok()) return rec.status();
  auto events = LoadDocumentEvents(v, c.document_id);
  if (!events.ok()) return events.status();
  values::DocumentRecord doc = std::move(rec).value();
  doc.document.url.clear();
  derive::DocumentEntries(doc, {c}, *events, out);
  return Status::OK();
}

Result<ClaimState> Store::GetClaimState(std::string_view id) const {
  ReadView v(*impl_);
  auto c = LoadClaim(v, id);
  if (!c.ok()) return c.status();
  return LoadClaimState(v, *c);
}

Result<std::vector<ClaimState>> Store::GetClaimStates(const std::vector<model::Claim>& claims) const {
  ReadView v(*impl_);
  std::vector<ClaimState> out;
  out.reserve(claims.size());
  for (const auto& c : claims) {
    auto st = LoadClaimState(v, c);
    if (!st.ok()) return st.status();
    out.push_back(std::move(st).value());
  }
  return out;
}

namespace {

Result<std::vector<ClaimVersion>> LoadVersions(const ReadView& v, std::string_view id) {
  std::vector<ClaimVersion> out;
  std::string prefix;
  keys::PutStr(&prefix, id);
  Scan scan = v.Prefix(Cf::kClaimVersions, prefix);
  for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
    ClaimVersion cv;
    Status s = values::Decode(scan.value(), &cv);
    if (!s.ok()) return s;
    out.push_back(std::move(cv));
  }
  Status s = scan.status();
  if (!s.ok()) return s;
  return out;
}

}  // namespace

Result<std::vector<ClaimVersion>> Store::ClaimHistory(std::string_view id) const {
  ReadView v(*impl_);
  auto c = LoadClaim(v, id);
  if (!c.ok()) return c.status();
  auto versions = LoadVersions(v, id);
  if (!versions.ok() || !versions->empty()) return versions;
  auto doc = LoadDocumentRecord(v, c->document_id);
  ClaimVersion first;
  first.author = "extractor";
  first.reason = "as extracted";
  first.time = doc.ok() ? doc->document.ingested : "";
  first.claim = std::move(c).value();
  return std::vector<ClaimVersion>{std::move(first)};
}

// Re-cuts a claim to span [start, end) of its document's text.
Status Recut(const std::string& text, const model::Span& span, model::Claim* c) {
  utf8::OffsetMap map(text);
  if (span.start >= span.end || span.end > map.size())
    return Status::InvalidArgument("span [" + std::to_string(span.start) + ", " + std::to_string(span.end) +
                                   ") is empty or outside the text (" + std::to_string(map.size()) + " code points)");
  c->span = span;
  c->text = utf8::Substr(text, map, span.start, span.end);
  c->quote.exact = c->text;
  c->quote.prefix = utf8::Substr(text, map, span.start > kQuoteContext ? span.start - kQuoteContext : 0, span.start);
  c->quote.suffix = utf8::Substr(text, map, span.end, std::min(map.size(), span.end + kQuoteContext));
  return Status::OK();
}

// said_by edges of a claim after its speakers changed from `before` to c.attribution.speakers.
Status RewriteSaidBy(const ReadView& v, Store::Impl& impl, const model::Claim& c, const std::vector<std::string>& before,
                     const std::string& why, rocksdb::WriteBatch* batch) {
  int64_t delta = 0;
  std::string scratch;
  for (const auto& s : before) {
    if (Has(c.attribution.speakers, s)) continue;
    keys::EdgeKey k{c.document_id, model::EdgeType::kSaidBy, c.id, s};
    Status st = v.Get(Cf::kEdges, keys::EncodeEdge(k), &scratch);
    if (st.IsNotFound()) continue;
    if (!st.ok()) return st;
    batch->Delete(impl.cf(Cf::kEdges), keys::EncodeEdge(k));
    std::vector<derive::Entry> idx;
    derive::EdgeEntries(k, &idx);
    for (const auto& e : idx) batch->Delete(impl.cf(e.cf), e.key);
    --delta;
  }
  for (const auto& s : c.attribution.speakers) {
    keys::EdgeKey k{c.document_id, model::EdgeType::kSaidBy, c.id, s};
    Status st = v.Get(Cf::kEdges, keys::EncodeEdge(k), &scratch);
    if (st.ok()) continue;
    if (!st.IsNotFound()) return st;
    batch->Put(impl.cf(Cf::kEdges), keys::EncodeEdge(k), values::EncodeEdgeWhy(why));
    std::vector<derive::Entry> idx;
    derive::EdgeEntries(k, &idx);
    for (const auto& e : idx) batch->Put(impl.cf(e.cf), e.key, e.value);
    ++delta;
  }
  return AdjustCounter(impl, "edges", delta, batch);
}

Result<ClaimState> Store::CorrectClaim(std::string_view id, const ClaimCorrection& corr) {
  if (impl_->options.read_only) return Status::Unsupported("store " + Q(impl_->dir) + " is open read-only");
  if (corr.author.empty()) return Status::InvalidArgument("a correction needs an `author`");
  if (corr.reason.empty()) return Status::InvalidArgument("a correction needs a `reason`");
  if (!corr.speakers && !corr.span && !corr.kind && !corr.status)
    return Status::InvalidArgument("a correction changes at least one of `speakers`, `span`, `kind`, `status`");

  std::lock_guard<std::mutex> lock(impl_->write_mu);
  impl_->cluster_cache.Clear();  // a corrected claim is compared by its record, not its signature
  ReadView v(*impl_);
  auto loaded = LoadClaim(v, id);
  if (!loaded.ok()) return loaded.status();
  const model::Claim before = std::move(loaded).value();
  auto state = LoadClaimState(v, before);
  if (!state.ok()) return state.status();
  if (corr.if_version && *corr.if_version != state->version)
    return Status::Conflict("claim " + Q(id) + " is at version " + std::to_string(state->version) + ", not " +
                            std::to_string(*corr.if_version));

  model::Claim after = before;
  ClaimVersion next;
  next.version = state->version + 1;
  next.author = corr.author;
  next.reason = corr.reason;
  next.time = NowUtc();
  next.status = corr.status.value_or(state->status);
  if (corr.speakers) {
    std::vector<std::string> speakers;
    for (const auto& s : *corr.speakers) {
      if (s.empty()) return Status::InvalidArgument("`speakers` holds an empty actor id");
      auto a = LoadActor(v, s);
      if (a.status().IsNotFound()) return Status::InvalidArgument("`speakers`: unknown actor " + Q(s));
      if (!a.ok()) return a.status();
      if (!Has(speakers, s)) speakers.push_back(s);
    }
    after.attribution.speakers = std::move(speakers);
    if (after.attribution.speakers != before.attribution.speakers) next.changed.push_back("speakers");
  }
  if (corr.span && !(*corr.span == before.span)) {
    std::string bytes, text;
    Status s = v.Get(Cf::kTexts, keys::IdKey(before.document_id), &bytes);
    if (!s.ok()) return s.IsNotFound() ? Status::Corruption("document " + Q(before.document_id) + " has no text") : s;
    if (!(s = values::DecodeText(bytes, &text)).ok()) return s;
    if (!(s = Recut(text, *corr.span, &after)).ok()) return s;
    next.changed.push_back("span");
  }
  if (corr.kind && *corr.kind != before.attribution.kind) {
    after.attribution.kind = *corr.kind;
    next.changed.push_back("kind");
  }
  if (next.status != state->status) next.changed.push_back("status");
  next.claim = after;

  rocksdb::WriteBatch batch;
  std::string scratch;
  Status s = v.Get(Cf::kClaimVersions, keys::Encode(keys::ClaimVersionKey{before.id, 1}), &scratch);
  if (s.IsNotFound()) {
    auto history = ClaimHistory(id);  // version 1 as extracted
    if (!history.ok()) return history.status();
    ClaimVersion first = history->front();
    first.version = state->version;  // a carried claim starts at the version it was stored with
    batch.Put(impl_->cf(Cf::kClaimVersions), keys::Encode(keys::ClaimVersionKey{before.id, first.version}),
              values::Encode(first));
  } else if (!s.ok()) {
    return s;
  }
  batch.Put(impl_->cf(Cf::kClaimVersions), keys::Encode(keys::ClaimVersionKey{before.id, next.version}),
            values::Encode(next));
  batch.Put(impl_->cf(Cf::kClaims), keys::IdKey(after.id), values::Encode(after));

  ClaimState next_state = *state;
  next_state.version = next.version;
  next_state.status = next.status;
  if (next_state.anchor.status == AnchorStatus::kCurrent) next_state.anchor.span = after.span;
  std::vector<derive::Entry> old_entries, new_entries;
  if (!(s = ClaimEntries(v, before, &old_entries)).ok()) return s;
  if (!(s = ClaimEntries(v, after, &new_entries)).ok()) return s;
  StateEntries(before, *state, &old_entries);
  StateEntries(after, next_state, &new_entries);
  ApplyDiff(*impl_, old_entries, new_entries, &batch);
  batch.Put(impl_->cf(Cf::kClaimState), keys::IdKey(after.id), values::Encode(next_state));
  if (Has(next.changed, std::string("speakers")) &&
      !(s = RewriteSaidBy(v, *impl_, after, before.attribution.speakers, "corrected by " + corr.author + ": " + corr.reason,
                          &batch))
           .ok())
    return s;

  rocksdb::WriteOptions wo;
  wo.sync = impl_->options.sync;
  s = FromRocks(impl_->db->Write(wo, &batch), "correction of claim " + Q(id));
  if (!s.ok()) return s;
  return next_state;
}

}  // namespace claimkb::store
