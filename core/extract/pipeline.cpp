#include "core/extract/pipeline.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/base/utf8.h"
#include "core/extract/actors.h"
#include "core/extract/attribution.h"
#include "core/extract/quantities.h"
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
  for (const auto& s : sentences) tokens.push_back(Tokenize(text, s));

  ActorTable actors(text, out.document.author, out.document.publisher);
  actors.FindMentions(sentences, tokens);
  std::vector<ClaimDraft> drafts = FindAttributions(text, sentences, tokens, actors);

  std::vector<model::TimeRef> times = FindTimes(text, out.document.published);
  std::vector<model::Quantity> quantities = FindQuantities(text);

  Spans spans(text);
  std::set<std::string> ids;
  const std::string doc_key = out.document.id.substr(0, 16);
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
    for (int n = 2; !ids.insert(c.id).second; ++n) {
      c.id = "c-" + doc_key + "-" + std::to_string(c.span.start) + "-" + std::to_string(c.span.end) + "-" +
             std::to_string(n);
    }
    for (const auto& t : times)
      if (Inside(t.span, d.sentence)) c.times.push_back(t);
    for (const auto& q : quantities)
      if (Inside(q.span, d.sentence)) c.quantities.push_back(q);
    for (const ActorMention& m : actors.MentionsIn(d.content)) {
      const std::string& id = actors.actors()[m.actor].id;
      if (std::find(c.actors.begin(), c.actors.end(), id) == c.actors.end()) c.actors.push_back(id);
    }
    for (auto& t : c.times) t.span = spans.Of(t.span);
    for (auto& q : c.quantities) q.span = spans.Of(q.span);
    out.claims.push_back(std::move(c));
  }
  for (auto& t : times) t.span = spans.Of(t.span);
  for (auto& q : quantities) q.span = spans.Of(q.span);
  out.times = std::move(times);
  out.quantities = std::move(quantities);

  // Only actors that something refers to are part of the result.
  std::set<std::string> used;
  for (const auto& c : out.claims) {
    used.insert(c.attribution.speakers.begin(), c.attribution.speakers.end());
    used.insert(c.attribution.via.begin(), c.attribution.via.end());
    used.insert(c.actors.begin(), c.actors.end());
  }
  for (const ActorMention& m : actors.mentions()) used.insert(actors.actors()[m.actor].id);
  for (const auto& a : actors.actors())
    if (used.count(a.id)) out.actors.push_back(a);

  for (const auto& c : out.claims) {
    out.edges.push_back({model::EdgeType::kReportedIn, c.id, out.document.id, ""});
    for (const auto& s : c.attribution.speakers) out.edges.push_back({model::EdgeType::kSaidBy, c.id, s, ""});
    for (const auto& v : c.attribution.via) out.edges.push_back({model::EdgeType::kVia, c.id, v, ""});
    for (const auto& a : c.actors) out.edges.push_back({model::EdgeType::kMentions, c.id, a, ""});
  }
  return out;
}

}  // namespace claimkb::extract
