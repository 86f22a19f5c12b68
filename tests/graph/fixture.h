// Hand-built extractions for graph tests: the seed article's actors and claims
// (paraphrased, not copied) and a few small documents to grow the graph.
#pragma once

#include <string>
#include <vector>

#include "core/model/types.h"

namespace claimkb::testing {

inline model::Claim MakeClaim(const std::string& id, const std::string& doc, const std::string& text,
                              std::vector<std::string> speakers, std::vector<std::string> via,
                              std::vector<std::string> mentions) {
  model::Claim c;
  c.id = id;
  c.document_id = doc;
  c.text = text;
  c.attribution.kind = speakers.empty() ? model::AttributionKind::kAuthor : model::AttributionKind::kIndirect;
  c.attribution.speakers = std::move(speakers);
  c.attribution.via = std::move(via);
  c.actors = std::move(mentions);
  return c;
}

inline model::Event MakeEvent(const std::string& id, const std::string& doc, const std::string& label,
                              std::vector<std::string> agents, std::vector<std::string> patients,
                              std::string place, std::string when) {
  model::Event e;
  e.id = id;
  e.document_id = doc;
  e.label = label;
  e.agents = std::move(agents);
  e.patients = std::move(patients);
  e.place = std::move(place);
  if (!when.empty()) {
    model::TimeRef t;
    t.text = when;
    t.value = when;
    t.precision = model::Precision::kMonth;
    e.time = t;
  }
  return e;
}

// Claims (c1..c4) and events (e1, e2) of the seed story:
//   c1 Maduro (via his letter): Trump was misled about Venezuela      -> maduro, letter, trump, venezuela
//   c2 UN study (via letter, via Rodríguez): 87% of drugs go via the Pacific -> un-study, letter, rodriguez, us
//   c3 author: Maduro offered talks with Grenell                      -> maduro, grenell
//   c4 Trump and Rubio: Venezuela is tied to trafficking              -> trump, rubio, venezuela
//   e1 Grenell travelled to Venezuela (2025-02); e2 Rubio sanctioned Venezuela
inline model::Extraction SeedStory() {
  using model::ActorType;
  model::Extraction x;
  const std::string d = "doc-seed";
  x.document.id = d;
  x.document.title = "Venezuelan leader wrote to the US president offering talks";
  x.document.published = "2025-09-22";
  x.actors = {
      {"nicolas-maduro", "Nicolás Maduro", ActorType::kPerson, {"Maduro"}, {"President"}, ""},
      {"donald-trump", "Donald Trump", ActorType::kPerson, {"Trump"}, {"President"}, ""},
      {"marco-rubio", "Marco Rubio", ActorType::kPerson, {"Rubio"}, {}, ""},
      {"delcy-rodriguez", "Delcy Rodríguez", ActorType::kPerson, {"Rodríguez"}, {}, ""},
      {"richard-grenell", "Richard Grenell", ActorType::kPerson, {"Grenell"}, {}, ""},
      {"maduro-letter", "the letter", ActorType::kDocument, {}, {}, ""},
      {"un-study", "UN study", ActorType::kDocument, {}, {}, ""},
      {"united-states", "United States", ActorType::kCountry, {"US"}, {}, ""},
      {"venezuela", "Venezuela", ActorType::kCountry, {}, {}, ""},
  };
  x.claims = {
      MakeClaim("c1", d, "Trump has been misled by false reports about Venezuela", {"nicolas-maduro"},
                {"maduro-letter"}, {"donald-trump", "venezuela"}),
      MakeClaim("c2", d, "most drugs from South America travel by the Pacific", {"un-study"},
                {"maduro-letter", "delcy-rodriguez"}, {"united-states"}),
      MakeClaim("c3", d, "Maduro offered direct talks with Grenell", {}, {}, {"nicolas-maduro", "richard-grenell"}),
      MakeClaim("c4", d, "the Venezuelan government is tied to drug trafficking", {"donald-trump", "marco-rubio"},
                {}, {"venezuela"}),
  };
  x.events = {
      MakeEvent("e1", d, "Grenell travelled to Venezuela", {"richard-grenell"}, {}, "venezuela", "2025-02"),
      MakeEvent("e2", d, "Rubio sanctioned Venezuela", {"marco-rubio"}, {"venezuela"}, "", ""),
  };
  // What the extractor emits besides: repeats of the claim edges (must not duplicate).
  for (const auto& c : x.claims) {
    x.edges.push_back({model::EdgeType::kReportedIn, c.id, d, ""});
    for (const auto& s : c.attribution.speakers) x.edges.push_back({model::EdgeType::kSaidBy, c.id, s, ""});
  }
  return x;
}

// A second story about Maduro and a newcomer, sharing one actor with the seed.
inline model::Extraction SecondStory() {
  model::Extraction x;
  const std::string d = "doc-second";
  x.document.id = d;
  x.document.title = "Caribbean minister comments on talks";
  x.actors = {
      {"nicolas-maduro", "Nicolás Maduro", model::ActorType::kPerson, {"Maduro"}, {}, ""},
      {"ana-lopez", "Ana López", model::ActorType::kPerson, {"López"}, {"Minister"}, ""},
  };
  x.claims = {MakeClaim("c5", d, "talks with Caracas could resume next month", {"ana-lopez"}, {},
                        {"nicolas-maduro"})};
  return x;
}

// A story with no actor in common with the others: its own component.
inline model::Extraction UnrelatedStory(const std::string& doc, const std::string& who, const std::string& about) {
  model::Extraction x;
  x.document.id = doc;
  x.document.title = "Harbour authority reports record cargo";
  x.actors = {
      {who, who, model::ActorType::kOrganization, {}, {}, ""},
      {about, about, model::ActorType::kOther, {}, {}, ""},
  };
  x.claims = {MakeClaim("c-" + doc, doc, "cargo volumes rose by a tenth", {who}, {}, {about})};
  return x;
}

// The store checks spans against the text; give each claim a span inside it.
inline model::Extraction Storable(model::Extraction x) {
  x.document.text = "A paragraph long enough to hold every span of the claims and events of this story.";
  uint32_t at = 0;
  for (auto& c : x.claims) {
    c.span = {at, at + 5};
    c.sentence_span = c.span;
    at += 6;
  }
  for (auto& e : x.events) e.span = {0, 1};
  x.edges.clear();
  return x;
}

}  // namespace claimkb::testing
