// First pass of actor recognition: the patterns that find candidate mentions
// in each sentence (gazetteer entries, title + name, capitalised names,
// organisation and group heads, demonym phrases, descriptions such as "the
// Venezuelan President", document phrases such as "a UN study"). Candidates
// are resolved to actors in text order by ActorTable. Thread-compatible.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/base/word_table.h"
#include "core/extract/text.h"
#include "core/model/types.h"

namespace claimkb::extract {

enum class CandidateKind : uint8_t {
  kActor,        // a complete name: gazetteer entry, titled full name, organisation
  kSingle,       // one capitalised word: a surname, a gazetteer alias or an acronym
  kFullName,     // an unknown multi-word name that may be a person
  kDescription,  // "the (Venezuelan) President": a title that refers back
  kNounRef,      // "the gang", "the ministry": a noun that refers back
};

struct Candidate {
  CandidateKind kind = CandidateKind::kActor;
  Range range;         // the name itself (what a mention covers)
  Range surface;       // as written, with title or article: "President Nicolas Maduro"
  size_t sentence = 0;
  std::string name;    // actor name; the word for kSingle; the title or noun otherwise
  std::string title;   // a role written before the name
  std::string country; // country id from a demonym or country modifier
  model::ActorType type = model::ActorType::kOther;
  int gaz = -1;        // gazetteer entry, when known
  bool heading = false;  // in a heading-like line: only names known elsewhere count
  bool speaks = false;   // followed by a speech verb or an apposition (", a spokesman")
  bool acts = false;     // a two-word name before a past or auxiliary verb: "Jane Roe finished first"
  bool acronym = false;  // all capitals
  bool given = false;    // starts with a common given name
  bool listed = false;   // paired with another name ("Microsoft, I.B.M. and HP") or owned ("Kroger-owned QFC")
  bool org = false;      // its context names a body: "Polldex president Jane Roe", "a ZBC poll"
  bool work = false;     // named as a film, show or album: "Star Wars fans", "the film Blue Harbor"
  std::string short_form;  // the acronym written after it: "ILM" of "Industrial Light & Magic (ILM)"
};

// "a UN study", "the letter from Maduro": documents that may speak later.
struct DocPhrase {
  Range range;           // with the article: "a UN study"
  size_t sentence = 0;
  std::string head;      // singular lower-case noun: "study"
  std::string modifier;  // words between article and noun: "UN"
};

struct ScanResult {
  std::vector<Candidate> candidates;  // in text order
  std::vector<DocPhrase> documents;
};

// `lower` is the ASCII-lower-cased text (same offsets); `lower_words` are the
// words the document writes in lower case (a capitalised sentence start that
// is one of them is a common word, not a name).
ScanResult ScanActors(std::string_view text, std::string_view lower, const std::vector<Sentence>& sentences,
                      const std::vector<std::vector<Token>>& tokens,
                      const WordSet& lower_words);

// True when the sentence looks like a heading or furniture line: no final
// punctuation and mostly capitalised words ("Maduro Sent Letter to Trump").
bool IsHeadingLike(const std::vector<Token>& tokens);

}  // namespace claimkb::extract
