// The claim graph's plain data types. No behaviour beyond small helpers;
// JSON (de)serialisation lives in json.h. Spans are Unicode code points of
// Document::text, [start, end).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace claimkb::model {

// W3C Web Annotation TextPositionSelector: code points of Document::text.
struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  bool empty() const { return end <= start; }
  bool operator==(const Span&) const = default;
};

// W3C Web Annotation TextQuoteSelector: the exact words and a little context,
// so an anchor can be re-found (or found missing) in a changed text.
struct QuoteSelector {
  std::string exact;
  std::string prefix;
  std::string suffix;
  bool operator==(const QuoteSelector&) const = default;
};

// DO NOT CHANGE THESE ENUM VALUES: they are stored.
enum class ActorType : uint8_t {
  kOther = 0,
  kPerson = 1,
  kOrganization = 2,
  kCountry = 3,
  kGroup = 4,
  kDocument = 5,
};

struct Actor {
  std::string id;    // readable slug, e.g. "nicolas-maduro"
  std::string name;  // canonical name
  ActorType type = ActorType::kOther;
  std::vector<std::string> aliases;  // every other surface form seen
  std::vector<std::string> titles;   // roles: "President", "Secretary of State"
  std::string wikidata;              // optional QID from the gazetteer
  bool operator==(const Actor&) const = default;
};

// DO NOT CHANGE THESE ENUM VALUES: they are stored.
enum class Precision : uint8_t {
  kUnknown = 0,
  kDay = 1,
  kWeek = 2,
  kMonth = 3,
  kQuarter = 4,
  kYear = 5,
  kDecade = 6,
  kInterval = 7,
  kTime = 8,  // a time of day on a known day
};

// A temporal expression normalised TIMEX3-style against an anchor.
struct TimeRef {
  std::string text;    // surface form: "earlier this month"
  std::string value;   // ISO 8601: "2025-09-05", "2025-09", "2025", "2013-W11", "2025-09-01/2025-09-21"
  Precision precision = Precision::kUnknown;
  std::string begin;   // first day covered, "2025-09-01" (empty when unresolved)
  std::string end;     // last day covered, "2025-09-21"
  std::string anchor;  // what it was resolved against: "published", "absolute", or "" when unresolved
  Span span;
  bool operator==(const TimeRef&) const = default;
};

// A number with what it measures. A range keeps both ends (value=low, high set).
struct Quantity {
  std::string text;              // "$50 million"
  double value = 0;              // the number, scaled: 50000000
  std::optional<double> high;    // upper end of a range "5-6 kg"
  std::string unit;              // "percent", "USD", "EUR", "people", "count", "kg", ...
  std::string counts;            // what it counts ("members") or, for a rate, what it is per ("per pound")
  std::string qualifier;         // "about", "more than", "at least", "up to", ...
  Span span;
  bool operator==(const Quantity&) const = default;
};

// DO NOT CHANGE THESE ENUM VALUES: they are stored.
enum class AttributionKind : uint8_t {
  kAuthor = 0,    // the article's own voice
  kDirect = 1,    // verbatim quote
  kIndirect = 2,  // paraphrase / reported speech
  kMixed = 3,     // paraphrase with quoted fragments
};

struct Attribution {
  AttributionKind kind = AttributionKind::kAuthor;
  std::vector<std::string> speakers;  // actor ids of the source(s)
  std::string cue;                    // "said", "according to", "claimed"
  Span cue_span;
  std::vector<std::string> via;       // the relay chain, innermost first (actor ids)
  bool operator==(const Attribution&) const = default;
};

// How the claim stands: negation, hedging and what evidence backs it.
struct Stance {
  bool negated = false;
  bool hedged = false;
  std::string evidence;             // "", "none_offered", "weak", "disputed"
  std::vector<std::string> notes;   // the words that set the flags: "allegedly", "has not offered evidence"
  bool operator==(const Stance&) const = default;
};

struct Claim {
  std::string id;           // stable: from document id and span
  std::string document_id;
  std::string text;         // the content span's text
  std::string sentence;     // the whole sentence(s) it stands in
  Span span;                // content span
  Span sentence_span;
  QuoteSelector quote;
  Attribution attribution;
  Stance stance;
  std::vector<std::string> actors;   // actor ids mentioned in the content
  std::vector<TimeRef> times;
  std::vector<Quantity> quantities;
  std::vector<std::string> events;   // event ids the claim reports
  std::string said_on;      // ISO date the statement was made/published, when known
  std::string rule;         // which extraction rule produced it
  double confidence = 0;
  bool operator==(const Claim&) const = default;
};

// Something that happened: who did what to whom, where and when.
struct Event {
  std::string id;
  std::string document_id;
  std::string label;        // "Nicolas Maduro sent a letter"
  std::string trigger;      // lemma of the action: "send"
  Span span;                // the trigger's span
  std::vector<std::string> agents;
  std::vector<std::string> patients;
  std::string place;        // actor id of a place, if any
  std::optional<TimeRef> time;
  std::vector<std::string> claims;  // claims that report it
  bool operator==(const Event&) const = default;
};

struct Document {
  std::string id;           // content hash of text
  std::string url;
  std::string title;
  std::string author;
  std::string publisher;
  std::string published;    // ISO date, may be empty
  std::string ingested;     // ISO timestamp of the first ingest
  std::string language;     // BCP 47, "en"
  std::string text;         // NFC body text; every Span points into it
  std::vector<std::string> furniture;  // removed page furniture, for display
  std::string previous_version;        // id of the older version of the same URL, if any
  bool operator==(const Document&) const = default;
};

// DO NOT CHANGE THESE ENUM VALUES: they are stored.
enum class EdgeType : uint8_t {
  kSaidBy = 1,       // claim -> actor
  kVia = 2,          // claim -> actor (intermediary)
  kMentions = 3,     // claim -> actor
  kAbout = 4,        // claim -> actor (the subject)
  kReportedIn = 5,   // claim|event -> document
  kOccurredOn = 6,   // event -> date (TimeRef value)
  kParticipant = 7,  // event -> actor
  kDisputes = 8,     // claim -> claim
  kCorroborates = 9, // claim -> claim
  kSameAs = 10,      // actor -> actor
  kReports = 11,     // claim -> event
};

struct Edge {
  EdgeType type = EdgeType::kMentions;
  std::string from;
  std::string to;
  std::string why;  // rule and words, for disputes/corroborates
  bool operator==(const Edge&) const = default;
};

// Everything one document yields: what `claimkb extract` prints and what the
// store ingests atomically.
struct Extraction {
  Document document;
  std::vector<Actor> actors;
  std::vector<Claim> claims;
  std::vector<Event> events;
  std::vector<Edge> edges;
  std::vector<TimeRef> times;          // every time expression in the body
  std::vector<Quantity> quantities;    // every quantity in the body
  std::vector<std::string> warnings;  // e.g. "no publication date: relative dates unresolved"
  bool operator==(const Extraction&) const = default;
};

// Readable, stable actor id: "Nicolás Maduro" -> "nicolas-maduro".
std::string Slug(std::string_view name);

const char* ToString(ActorType t);
const char* ToString(Precision p);
const char* ToString(AttributionKind k);
const char* ToString(EdgeType t);
std::optional<ActorType> ActorTypeFrom(std::string_view s);
std::optional<Precision> PrecisionFrom(std::string_view s);
std::optional<AttributionKind> AttributionKindFrom(std::string_view s);
std::optional<EdgeType> EdgeTypeFrom(std::string_view s);

}  // namespace claimkb::model
