#include "core/extract/pipeline.h"

#include <algorithm>

#include "core/base/utf8.h"
#include "core/base/word_table.h"
#include "core/extract/actor_scope.h"
#include "core/extract/actors.h"
#include "core/extract/attribution.h"
#include "core/extract/events.h"
#include "core/extract/provenance.h"
#include "core/extract/quantities.h"
#include "core/extract/quotes.h"
#include "core/extract/scan.h"
#include "core/extract/sources.h"
#include "core/extract/stance.h"
#include "core/extract/text.h"
#include "core/extract/times.h"

namespace claimkb::extract {

namespace {

constexpr uint32_t kQuoteContext = 32;  // code points of prefix/suffix in a TextQuoteSelector

// Converts byte ranges to code-point spans of one text.
class Spans {
 public:
  explicit Spans(std::string_view text) : text_(text), map_(text) {}
  model::Span Of(Range r) const {
    return {map_.ToCodePoint(r.begin), map_.ToCodePoint(r.end)};
  }
  model::Span Of(model::Span bytes) const { return Of(Range{bytes.start, bytes.end}); }
  model::QuoteSelector Quote(model::Span s) const {
    model::QuoteSelector q;
    q.exact = utf8::Substr(text_, map_, s.start, s.end);
    q.prefix = utf8::Substr(text_, map_, s.start > kQuoteContext ? s.start - kQuoteContext : 0, s.start);
    q.suffix = utf8::Substr(text_, map_, s.end, std::min(map_.size(), s.end + kQuoteContext));
    return q;
  }

 private:
  std::string_view text_;
  utf8::OffsetMap map_;
};

bool Inside(const model::Span& inner_bytes, Range outer) {
  return inner_bytes.start >= outer.begin && inner_bytes.end <= outer.end;
}

// The first item whose span starts at or after pos (items sorted by start).
template <typename T>
typename std::vector<T>::const_iterator FirstFrom(const std::vector<T>& items, size_t pos) {
  return std::lower_bound(items.begin(), items.end(), pos,
                          [](const T& x, size_t p) { return x.span.start < p; });
}

void AddUnique(std::vector<std::string>& v, const std::string& s) {
  if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

}  // namespace

Result<model::Extraction> Extract(const Input& input) {
  auto doc = ReadDocument(input);
  if (!doc.ok()) return doc.status();
  model::Extraction out;
  out.document = std::move(doc).value();
  const std::string& text = out.document.text;
  if (out.document.published.empty()) {
    out.warnings.push_back("no publication date: relative dates are left unresolved");
  }

  std::vector<Sentence> sentences = SplitSentences(text);
  std::vector<std::vector<Token>> tokens;
  tokens.reserve(sentences.size());
  for (auto& s : sentences) {
    tokens.push_back(Tokenize(text, s));
    // A dateline stays in the text but belongs to no sentence.
    if (size_t n = DatelineEnd(tokens.back()); n > 0 && n < tokens.back().size()) {
      s.begin = tokens.back()[n].begin;
      tokens.back() = Tokenize(text, s);
    }
  }

  // Built once, read by several passes below.
  const QuoteMap quotes(text);
  const SentenceWords words(tokens);

  ActorTable actors(text, out.document.author, out.document.publisher, quotes);
  actors.FindMentions(sentences, tokens);
  SourceResolver sources(text, actors);
  std::vector<ClaimDraft> drafts = FindAttributions(text, sentences, tokens, words, quotes, sources);
  for (auto& d : drafts) MarkNegationAndHedges(text, d);
  AttachEvidence(text, sentences, words, sources, drafts);
  std::vector<Dispute> disputes = FindDisputes(text, drafts);

  const std::vector<scan::Tok> lexed = scan::Lex(text);
  TimeScan time_scan = ScanTimes(text, lexed, out.document.published);
  std::vector<model::TimeRef> times = std::move(time_scan.reported);
  std::vector<model::Quantity> quantities = FindQuantities(text, lexed, time_scan.all);
  auto by_start = [](const auto& a, const auto& b) { return a.span.start < b.span.start; };
  std::stable_sort(times.begin(), times.end(), by_start);
  std::stable_sort(quantities.begin(), quantities.end(), by_start);
  std::vector<EventDraft> event_drafts = FindEvents(text, sentences, tokens, words, sources, times);
  std::vector<Provenance> provenance = FindProvenance(text, sentences, actors, times);
  ApplyProvenance(provenance, drafts, event_drafts);

  Spans spans(text);
  WordSet ids;
  const std::string doc_key = out.document.id.substr(0, 16);
  out.claims.reserve(drafts.size());
  for (const ClaimDraft& d : drafts) {
    model::Claim c;
    c.document_id = out.document.id;
    c.span = spans.Of(d.content);
    c.sentence_span = spans.Of(d.sentence);
    c.text = text.substr(d.content.begin, d.content.size());
    c.sentence = text.substr(d.sentence.begin, d.sentence.size());
    c.quote = spans.Quote(c.span);
    c.attribution = d.attribution;
    c.attribution.cue_span = d.cue.size() ? spans.Of(d.cue) : model::Span{};
    c.stance = d.stance;
    c.rule = d.rule;
    c.confidence = d.confidence;
    c.said_on = out.document.published;
    c.id = "c-" + doc_key + "-" + std::to_string(c.span.start) + "-" + std::to_string(c.span.end);
    for (int n = 2; ids.Contains(c.id); ++n) {
      c.id = "c-" + doc_key + "-" + std::to_string(c.span.start) + "-" + std::to_string(c.span.end) + "-" +
             std::to_string(n);
    }
    ids.Add(c.id);
    for (auto it = FirstFrom(times, d.sentence.begin); it != times.end() && it->span.start < d.sentence.end; ++it)
      if (Inside(it->span, d.sentence)) c.times.push_back(*it);
    for (auto it = FirstFrom(quantities, d.sentence.begin); it != quantities.end() && it->span.start < d.sentence.end;
         ++it)
      if (Inside(it->span, d.sentence)) c.quantities.push_back(*it);
    for (const ActorMention& m : actors.MentionsIn(d.content)) AddUnique(c.actors, actors.actors()[m.actor].id);
    for (auto& t : c.times) t.span = spans.Of(t.span);
    for (auto& q : c.quantities) q.span = spans.Of(q.span);
    out.claims.push_back(std::move(c));
  }

  // Events, linked to the claims whose content reports them (or, for the
  // author's voice, whose sentence holds them).
  std::vector<std::vector<size_t>> claims_in_sentence(sentences.size());
  for (size_t k = 0; k < drafts.size(); ++k) {
    for (size_t si = drafts[k].first_sentence; si < sentences.size() && sentences[si].begin < drafts[k].sentence.end;
         ++si)
      claims_in_sentence[si].push_back(k);
  }
  out.events.reserve(event_drafts.size());
  for (const EventDraft& d : event_drafts) {
    model::Event e;
    e.document_id = out.document.id;
    e.span = spans.Of(d.trigger);
    e.id = "e-" + doc_key + "-" + std::to_string(e.span.start) + "-" + std::to_string(e.span.end);
    e.trigger = d.lemma;
    e.label = text.substr(d.label.begin, d.label.size());
    e.agents = d.agents;
    e.patients = d.patients;
    e.place = d.place;
    if (d.time) {
      e.time = *d.time;
      e.time->span = spans.Of(e.time->span);
    }
    for (size_t k : claims_in_sentence[d.sentence]) {
      const ClaimDraft& c = drafts[k];
      bool reports = c.attribution.kind == model::AttributionKind::kAuthor ? c.sentence.Contains(d.trigger.begin)
                                                                          : c.content.Contains(d.trigger.begin);
      if (!reports) continue;
      e.claims.push_back(out.claims[k].id);
      out.claims[k].events.push_back(e.id);
    }
    out.events.push_back(std::move(e));
  }

  for (auto& t : times) t.span = spans.Of(t.span);
  for (auto& q : quantities) q.span = spans.Of(q.span);
  out.times = std::move(times);
  out.quantities = std::move(quantities);

  DropSilentDescriptions(actors, sources, out);

  // Only actors that something refers to are part of the result.
  WordSet used;
  auto use_all = [&](const std::vector<std::string>& list) {
    for (const std::string& id : list) used.Add(id);
  };
  for (const auto& c : out.claims) {
    use_all(c.attribution.speakers);
    use_all(c.attribution.via);
    use_all(c.actors);
  }
  for (const auto& e : out.events) {
    use_all(e.agents);
    use_all(e.patients);
    if (!e.place.empty()) used.Add(e.place);
  }
  for (const ActorMention& m : actors.mentions())
    if (actors.Named(m.actor) || ProperName(actors.actors()[m.actor].name)) used.Add(actors.actors()[m.actor].id);
  for (const auto& a : actors.actors())
    if (used.Contains(a.id)) out.actors.push_back(a);
  for (auto& a : sources.own())
    if (used.Contains(a.id)) out.actors.push_back(std::move(a));
  ScopeDescribedActors(out, provenance);

  size_t edges = disputes.size();
  for (const auto& c : out.claims)
    edges += 1 + c.attribution.speakers.size() + c.attribution.via.size() + c.actors.size() + c.events.size();
  for (const auto& e : out.events) edges += 3 + e.agents.size() + e.patients.size();
  out.edges.reserve(edges);
  for (const auto& c : out.claims) {
    out.edges.push_back({model::EdgeType::kReportedIn, c.id, out.document.id, ""});
    for (const auto& s : c.attribution.speakers) out.edges.push_back({model::EdgeType::kSaidBy, c.id, s, ""});
    for (const auto& v : c.attribution.via) out.edges.push_back({model::EdgeType::kVia, c.id, v, ""});
    for (const auto& a : c.actors) out.edges.push_back({model::EdgeType::kMentions, c.id, a, ""});
    for (const auto& e : c.events) out.edges.push_back({model::EdgeType::kReports, c.id, e, ""});
  }
  for (const Dispute& d : disputes)
    out.edges.push_back({model::EdgeType::kDisputes, out.claims[d.a].id, out.claims[d.b].id, d.why});
  for (const auto& e : out.events) {
    out.edges.push_back({model::EdgeType::kReportedIn, e.id, out.document.id, ""});
    for (const auto& a : e.agents) out.edges.push_back({model::EdgeType::kParticipant, e.id, a, "agent"});
    for (const auto& a : e.patients) out.edges.push_back({model::EdgeType::kParticipant, e.id, a, "patient"});
    if (!e.place.empty()) out.edges.push_back({model::EdgeType::kParticipant, e.id, e.place, "place"});
    if (e.time && !e.time->value.empty())
      out.edges.push_back({model::EdgeType::kOccurredOn, e.id, e.time->value, ""});
  }
  return out;
}

}  // namespace claimkb::extract
