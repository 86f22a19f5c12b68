// Anchors that fail loudly: when a new version of a URL is ingested, every
// claim of the older versions is looked up by its quote selector in the new
// text. Found exactly once -> anchored there; missing or several times (and
// prefix/suffix do not single one out) -> orphaned. No fuzzy matching: a
// reworded sentence is a different text. Also the statement-time index.
#include <algorithm>
#include <map>
#include <span>

#include "core/base/utf8.h"
#include "core/store/correction_store.h"

namespace claimkb::store {

namespace {

using keys::Cf;

bool IsIsoDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

model::TimeRef DayRef(const std::string& day, const char* anchor) {
  model::TimeRef t;
  if (!IsIsoDay(day)) return t;
  t.text = day;
  t.value = t.begin = t.end = day;
  t.precision = model::Precision::kDay;
  t.anchor = anchor;
  return t;
}

struct Found {
  AnchorStatus status = AnchorStatus::kOrphaned;
  std::string reason = "not_found";
  size_t byte = 0;
};

// Where quote q stands in text, by exact match, then prefix/suffix to choose among several.
Found Locate(std::string_view text, const model::QuoteSelector& q) {
  Found f;
  if (q.exact.empty()) return f;
  std::vector<size_t> hits;
  for (size_t pos = text.find(q.exact); pos != std::string_view::npos; pos = text.find(q.exact, pos + 1))
    hits.push_back(pos);
  if (hits.size() > 1) {
    f.reason = "ambiguous";
    std::vector<size_t> fit;
    for (size_t h : hits) {
      std::string_view before = text.substr(0, h), after = text.substr(h + q.exact.size());
      if (before.ends_with(q.prefix) && after.starts_with(q.suffix)) fit.push_back(h);
    }
    hits = std::move(fit);
  }
  if (hits.size() != 1) return f;
  f.status = AnchorStatus::kAnchored;
  f.reason.clear();
  f.byte = hits[0];
  return f;
}

model::QuoteSelector QuoteOf(const model::Claim& c) {
  model::QuoteSelector q = c.quote;
  if (q.exact.empty()) q.exact = c.text;
  return q;
}

// The span a quote found at `byte` covers, in code points.
model::Span SpanAt(const utf8::OffsetMap& map, const Found& f, const model::QuoteSelector& q) {
  return {map.ToCodePoint(f.byte), map.ToCodePoint(f.byte + q.exact.size())};
}

}  // namespace

void StatementEntries(const values::DocumentRecord& doc, const std::vector<model::Claim>& claims,
                      const std::vector<model::Event>& events, std::vector<derive::Entry>* out) {
  const std::string& doc_id = doc.document.id;
  const model::TimeRef published = DayRef(doc.document.published, "published");
  // An entry carries what a timeline page shows, except the claim entries of
  // actor "" (every claim), which only claim listings read.
  auto put = [&](std::string_view actor, const model::TimeRef& t, const keys::TimeKey& tk, ItemKind kind,
                 const std::string& id, std::span<const Role> roles, std::string_view label) {
    out->push_back({Cf::kIdxSaid, keys::EncodeTimeline(actor, tk, kind, id),
                    values::EncodeTimeline(roles, t, label,
                                           actor.empty() && kind == ItemKind::kClaim ? std::string_view() : doc_id)});
  };
  const keys::TimeKey published_key = keys::TimeKeyOf(published);
  std::vector<derive::ActorRoles> actors;
  for (const auto& c : claims) {
    const model::TimeRef said = IsIsoDay(c.said_on) ? DayRef(c.said_on, "said_on") : model::TimeRef{};
    const model::TimeRef& t = IsIsoDay(c.said_on) ? said : published;
    const keys::TimeKey tk = keys::TimeKeyOf(t);
    derive::ClaimActors(c, &actors);
    put("", t, tk, ItemKind::kClaim, c.id, {}, {});
    for (const auto& a : actors) put(a.actor, t, tk, ItemKind::kClaim, c.id, a.list(), c.text);
  }
  for (const auto& e : events) {
    derive::EventActors(e, &actors);
    for (const auto& a : actors) put(a.actor, published, published_key, ItemKind::kEvent, e.id, a.list(), e.label);
  }
}

namespace {

// The correction of `old` (versions, oldest first) carried to the new claim *c.
// Returns the fields it changed.
std::vector<std::string> Carry(const std::vector<ClaimVersion>& versions, const model::Claim& old, std::string_view text,
                               const std::optional<model::Span>& old_span_there, model::Claim* c) {
  std::vector<std::string> changed;
  const model::Claim& first = versions.front().claim;
  if (old.attribution.speakers != first.attribution.speakers && c->attribution.speakers != old.attribution.speakers) {
    c->attribution.speakers = old.attribution.speakers;
    changed.push_back("speakers");
  }
  if (old.attribution.kind != first.attribution.kind && c->attribution.kind != old.attribution.kind) {
    c->attribution.kind = old.attribution.kind;
    changed.push_back("kind");
  }
  if (!(old.span == first.span) && old_span_there && !(*old_span_there == c->span) &&
      Recut(std::string(text), *old_span_there, c).ok())
    changed.push_back("span");
  return changed;
}

}  // namespace

Status Reanchor(const ReadView& v, Store::Impl& impl, const values::DocumentRecord& rec, std::string_view text,
                const std::vector<std::string>& older, std::vector<model::Claim>* claims,
                std::vector<model::Edge>* edges, rocksdb::WriteBatch* batch) {
  const utf8::OffsetMap map(text);
  const std::string now = NowUtc();
  std::map<std::pair<uint32_t, uint32_t>, size_t> at;  // span -> index in *claims
  for (size_t i = 0; i < claims->size(); ++i) at.emplace(std::make_pair((*claims)[i].span.start, (*claims)[i].span.end), i);
  std::vector<bool> carried(claims->size(), false);

  // Newest older version first: its claims hold the latest carried corrections.
  for (auto doc = older.rbegin(); doc != older.rend(); ++doc) {
    auto old_claims = LoadDocumentClaims(v, *doc);
    if (!old_claims.ok()) return old_claims.status();
    for (const model::Claim& old : *old_claims) {
      auto state = LoadClaimState(v, old);
      if (!state.ok()) return state.status();
      const model::QuoteSelector quote = QuoteOf(old);
      const Found f = Locate(text, quote);
      ClaimState next = *state;
      next.anchor = Anchor{f.status, rec.document.id, {}, f.reason, "", now};
      std::optional<model::Span> there;
      if (f.status == AnchorStatus::kAnchored) next.anchor.span = *(there = SpanAt(map, f, quote));

      if (state->version > 1) {
        std::vector<ClaimVersion> versions;
        std::string prefix;
        keys::PutStr(&prefix, old.id);
        Scan scan = v.Prefix(Cf::kClaimVersions, prefix);
        for (scan.SeekToFirst(); scan.Valid(); scan.Next()) {
          ClaimVersion cv;
          Status s = values::Decode(scan.value(), &cv);
          if (!s.ok()) return s;
          versions.push_back(std::move(cv));
        }
        if (Status s = scan.status(); !s.ok()) return s;
        // The new claim standing where the claim as extracted stands now, else where its current quote does.
        std::optional<size_t> target;
        if (!versions.empty()) {
          const model::QuoteSelector q0 = QuoteOf(versions.front().claim);
          const Found f0 = Locate(text, q0);
          if (f0.status == AnchorStatus::kAnchored) {
            model::Span s0 = SpanAt(map, f0, q0);
            if (auto it = at.find({s0.start, s0.end}); it != at.end()) target = it->second;
          }
        }
        if (!target && there)
          if (auto it = at.find({there->start, there->end}); it != at.end()) target = it->second;
        if (target && !carried[*target] && !versions.empty()) {
          carried[*target] = true;
          model::Claim& c = (*claims)[*target];
          ClaimVersion first{1, "extractor", "as extracted", rec.document.ingested, ClaimStatus::kExtracted, {}, "", c};
          const std::vector<std::string> before_speakers = c.attribution.speakers;
          ClaimVersion carry;
          carry.version = 2;
          carry.author = versions.back().author;
          carry.reason = "carried over from the previous version of the article: " + versions.back().reason;
          carry.time = now;
          carry.status = state->status;
          carry.carried_from = old.id + "@" + std::to_string(state->version);
          carry.changed = Carry(versions, old, text, there, &c);
          if (state->status != ClaimStatus::kExtracted) carry.changed.push_back("status");
          carry.claim = c;
          if (!carry.changed.empty()) {
            batch->Put(impl.cf(Cf::kClaimVersions), keys::Encode(keys::ClaimVersionKey{c.id, 1}), values::Encode(first));
            batch->Put(impl.cf(Cf::kClaimVersions), keys::Encode(keys::ClaimVersionKey{c.id, 2}), values::Encode(carry));
            ClaimState cs;
            cs.status = state->status;
            cs.version = 2;
            cs.anchor = Anchor{AnchorStatus::kCurrent, rec.document.id, c.span, "", "", ""};
            batch->Put(impl.cf(Cf::kClaimState), keys::IdKey(c.id), values::Encode(cs));
            std::vector<derive::Entry> idx;
            StateEntries(c, cs, &idx);
            for (const auto& e : idx) batch->Put(impl.cf(e.cf), e.key, e.value);
            if (c.attribution.speakers != before_speakers) {
              std::erase_if(*edges, [&](const model::Edge& e) {
                return e.type == model::EdgeType::kSaidBy && e.from == c.id;
              });
              for (const auto& s : c.attribution.speakers)
                edges->push_back({model::EdgeType::kSaidBy, c.id, s, "carried correction: " + versions.back().reason});
            }
          }
        }
        if (target) next.anchor.successor = (*claims)[*target].id;
      } else if (there) {
        if (auto it = at.find({there->start, there->end}); it != at.end()) next.anchor.successor = (*claims)[it->second].id;
      }

      std::vector<derive::Entry> before, after;
      StateEntries(old, *state, &before);
      StateEntries(old, next, &after);
      ApplyDiff(impl, before, after, batch);
      batch->Put(impl.cf(Cf::kClaimState), keys::IdKey(old.id), values::Encode(next));
    }
  }
  return Status::OK();
}

}  // namespace claimkb::store
