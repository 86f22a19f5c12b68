// The journalist's attribution check: find the stored claims that say what a
// statement says (tolerant of paraphrase, punctuation and case; numbers must
// agree) and decide, for a named speaker, whether they said it, relayed it,
// or someone else did. Reads the store only; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/store/store.h"

namespace claimkb::api {

enum class Verdict { kAttributed, kMisattributed, kRelayed, kNotFound };
const char* ToString(Verdict v);

// "Maduro said 87% of drugs ..." -> speaker "Maduro", content "87% of drugs ...".
// Also "According to X, ...", "..., X said." and "X: ...". Leaves both
// untouched (speaker empty) when no reporting pattern is found.
void SplitReported(std::string_view text, std::string* speaker, std::string* content);

// Content terms of a text: lower-cased, accent-folded, lightly stemmed words
// without stop words, and numbers ("seven" and "7" are both "7"; "%" is "percent").
struct Terms {
  std::vector<std::string> words;    // sorted, unique (numbers included)
  std::vector<std::string> numbers;  // sorted, unique
  std::vector<std::string> surface;  // query words for the store's q filter, most specific first
};
Terms ContentTerms(std::string_view text);

// How much of the statement the claim says, 0..1 (numbers weigh double; a
// claim with other numbers than the statement's scores low).
double Similarity(const Terms& statement, const Terms& claim);

struct Match {
  model::Claim claim;
  double score = 0;
  Verdict verdict = Verdict::kNotFound;
};

struct CheckResult {
  std::string content;                 // the statement without its reporting frame
  std::string speaker_query;           // the named speaker as given or parsed ("" none)
  std::vector<model::Actor> speakers;  // what the name resolved to
  Verdict verdict = Verdict::kNotFound;
  std::vector<Match> matches;          // best first
};

// The verdict for one claim given the speakers the statement names (ids and
// the name as typed, to recognise "Maduro's letter" as Maduro's).
Verdict Decide(const model::Claim& c, const std::vector<model::Actor>& named, std::string_view speaker_query,
               const store::Store& store);

// InvalidArgument when the statement has no content words.
Result<CheckResult> CheckStatement(const store::Store& store, std::string_view text, std::string_view speaker,
                                   size_t max_matches = 5);

}  // namespace claimkb::api
