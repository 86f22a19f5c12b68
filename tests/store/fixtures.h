// Hand-built extractions shaped like real news about the Venezuela letter:
// speakers, relay chains, times of different precision, quantities, events.
// Spans are computed from the text, so the fixtures stay consistent.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/hash.h"
#include "core/base/utf8.h"
#include "core/model/types.h"

namespace claimkb::testing {

inline model::TimeRef Time(std::string text, std::string value, model::Precision p, std::string begin,
                           std::string end) {
  model::TimeRef t;
  t.text = std::move(text);
  t.value = std::move(value);
  t.precision = p;
  t.begin = std::move(begin);
  t.end = std::move(end);
  t.anchor = "published";
  return t;
}

inline model::TimeRef Day(std::string text, const std::string& iso) {
  return Time(std::move(text), iso, model::Precision::kDay, iso, iso);
}

// Builds one Extraction around a text; every span is found in the text.
class Article {
 public:
  Article(std::string url, std::string published, std::string text) {
    x_.document.text = std::move(text);
    x_.document.id = "d-" + HashHex128(x_.document.text).substr(0, 16);
    x_.document.url = std::move(url);
    x_.document.published = std::move(published);
    x_.document.title = "Test article";
    x_.document.publisher = "Example News";
    x_.document.language = "en";
    x_.document.ingested = "2025-09-23T08:00:00Z";
    // Claim() and Event() hand out references; keep them valid while building.
    x_.claims.reserve(64);
    x_.events.reserve(16);
  }

  model::Span SpanOf(std::string_view needle) const {
    const std::string& t = x_.document.text;
    size_t b = t.find(needle);
    if (b == std::string::npos) return {};
    utf8::OffsetMap map(t);
    return {map.ToCodePoint(b), map.ToCodePoint(b + needle.size())};
  }

  Article& Actor(std::string id, std::string name, model::ActorType type, std::vector<std::string> aliases,
                 std::vector<std::string> titles = {}) {
    x_.actors.push_back({std::move(id), std::move(name), type, std::move(aliases), std::move(titles), ""});
    return *this;
  }

  // A claim whose content is `content` (which must occur in the text).
  model::Claim& Claim(std::string_view content, std::vector<std::string> speakers,
                      model::AttributionKind kind = model::AttributionKind::kIndirect) {
    model::Claim c;
    c.span = SpanOf(content);
    c.id = "c-" + x_.document.id.substr(2, 8) + "-" + std::to_string(c.span.start) + "-" + std::to_string(c.span.end);
    c.document_id = x_.document.id;
    c.text = std::string(content);
    c.sentence = c.text;
    c.quote.exact = c.text;
    c.attribution.kind = kind;
    c.attribution.speakers = std::move(speakers);
    c.attribution.cue = "said";
    c.said_on = x_.document.published;
    c.rule = "test";
    c.confidence = 0.75;
    for (const auto& s : c.attribution.speakers) x_.edges.push_back({model::EdgeType::kSaidBy, c.id, s, ""});
    x_.edges.push_back({model::EdgeType::kReportedIn, c.id, x_.document.id, ""});
    x_.claims.push_back(std::move(c));
    return x_.claims.back();
  }

  // Event ids are per document: "e-<doc>-<name>".
  std::string EventId(std::string_view name) const { return "e-" + x_.document.id.substr(2, 8) + "-" + std::string(name); }

  model::Event& Event(std::string_view name, std::string trigger_word, std::string label, std::vector<std::string> agents,
                      std::vector<std::string> patients, std::optional<model::TimeRef> time) {
    model::Event e;
    e.id = EventId(name);
    e.document_id = x_.document.id;
    e.label = std::move(label);
    e.trigger = trigger_word;
    e.span = SpanOf(trigger_word);
    e.agents = std::move(agents);
    e.patients = std::move(patients);
    e.time = std::move(time);
    x_.events.push_back(std::move(e));
    return x_.events.back();
  }

  model::Extraction& x() { return x_; }
  const model::Extraction& x() const { return x_; }
  const std::string& id() const { return x_.document.id; }

 private:
  model::Extraction x_;
};

inline constexpr const char* kLetterUrl = "https://news.example.org/2025/09/venezuela-letter";

// The first article: a letter sent in September, a UN study relayed through
// it, sanctions from February, a disputed accusation.
inline Article LetterArticle(std::string text_suffix = "") {
  using model::ActorType;
  using model::Precision;
  Article a(kLetterUrl, "2025-09-22",
            "Venezuela's vice president said on Monday that Nicolás Maduro wrote to Donald Trump on September 5 "
            "proposing direct talks.\n\n"
            "In the letter, Maduro argues that 87% of cocaine leaving South America moves through the Pacific, "
            "citing a United Nations study.\n\n"
            "Marco Rubio said in February that the sanctions would stay in place.\n\n"
            "Trump and Rubio have claimed that Maduro runs a cartel. Analysts dispute the claim.\n\n"
            "Rodríguez added that in September the pressure on Maduro grew." +
                text_suffix);
  a.Actor("nicolas-maduro", "Nicolás Maduro", ActorType::kPerson, {"Maduro"}, {"President"})
      .Actor("donald-trump", "Donald Trump", ActorType::kPerson, {"Trump"}, {"President"})
      .Actor("marco-rubio", "Marco Rubio", ActorType::kPerson, {"Rubio"}, {"Secretary of State"})
      .Actor("delcy-rodriguez", "Delcy Rodríguez", ActorType::kPerson, {"Rodríguez"}, {"Vice President"})
      .Actor("un-study", "United Nations study", ActorType::kDocument, {"UN study"});

  auto& letter = a.Event("letter", "wrote", "Nicolás Maduro wrote to Donald Trump", {"nicolas-maduro"},
                         {"donald-trump"}, Day("September 5", "2025-09-05"));
  auto& sanctions = a.Event("sanctions", "sanctions", "Marco Rubio kept sanctions on Venezuela", {"marco-rubio"},
                            {"nicolas-maduro"},
                            Time("February", "2025-02", Precision::kMonth, "2025-02-01", "2025-02-28"));
  (void)sanctions;

  auto& c1 = a.Claim("Nicolás Maduro wrote to Donald Trump on September 5 proposing direct talks",
                     {"delcy-rodriguez"});
  c1.actors = {"nicolas-maduro", "donald-trump"};
  c1.times = {Day("September 5", "2025-09-05")};
  c1.events = {a.EventId("letter")};
  letter.claims = {c1.id};

  auto& c2 = a.Claim("87% of cocaine leaving South America moves through the Pacific", {"un-study"});
  c2.attribution.via = {"nicolas-maduro", "delcy-rodriguez"};
  model::Quantity pct;
  pct.text = "87%";
  pct.value = 87;
  pct.unit = "percent";
  pct.counts = "cocaine";
  pct.span = a.SpanOf("87%");
  c2.quantities = {pct};

  auto& c3 = a.Claim("the sanctions would stay in place", {"marco-rubio"});
  c3.times = {Time("February", "2025-02", Precision::kMonth, "2025-02-01", "2025-02-28")};

  auto& c4 = a.Claim("Maduro runs a cartel", {"donald-trump", "marco-rubio"});
  c4.actors = {"nicolas-maduro"};
  c4.stance.evidence = "disputed";

  auto& c5 = a.Claim("in September the pressure on Maduro grew", {"delcy-rodriguez"});
  c5.actors = {"nicolas-maduro"};
  c5.times = {Time("September", "2025-09", Precision::kMonth, "2025-09-01", "2025-09-30")};

  for (const auto& c : a.x().claims)
    for (const auto& m : c.actors) a.x().edges.push_back({model::EdgeType::kMentions, c.id, m, ""});
  a.x().times = {Day("September 5", "2025-09-05")};
  a.x().warnings = {"fixture"};
  return a;
}

// A later article from another publisher that knows Maduro by another name.
inline Article StrikeArticle() {
  using model::ActorType;
  Article a("https://other.example.com/caribbean-strike", "2025-09-25",
            "President Trump said the strike in the Caribbean killed 11 people aboard a boat.\n\n"
            "Venezuelan leader Nicolas Maduro Moros called the attack a provocation.");
  a.Actor("donald-trump", "Donald Trump", ActorType::kPerson, {"President Trump"}, {"President"})
      .Actor("nicolas-maduro", "Nicolas Maduro Moros", ActorType::kPerson, {}, {"Venezuelan leader"});
  a.Event("strike", "strike", "The US struck a boat in the Caribbean", {"donald-trump"}, {},
          Day("September 2", "2025-09-02"));
  auto& c1 = a.Claim("the strike in the Caribbean killed 11 people aboard a boat", {"donald-trump"});
  model::Quantity n;
  n.text = "11 people";
  n.value = 11;
  n.unit = "people";
  n.span = a.SpanOf("11 people");
  c1.quantities = {n};
  c1.events = {a.EventId("strike")};
  auto& c2 = a.Claim("the attack a provocation", {"nicolas-maduro"});
  c2.actors = {};
  return a;
}

}  // namespace claimkb::testing
