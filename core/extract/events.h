// Events: actions reported in the text ("sent", "seized", "designated",
// "killed") with their agents, patients, place and time, so an actor's
// timeline can be ordered by when things happened.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/extract/sources.h"
#include "core/extract/text.h"
#include "core/model/types.h"

namespace claimkb::extract {

// An event before ids and code points: ranges are BYTES of the body text.
struct EventDraft {
  Range trigger;
  size_t sentence = 0;
  std::string lemma;                  // "send"
  Range label;                        // the clause words "Maduro sent a letter to President Donald Trump"
  std::vector<std::string> agents;    // actor ids
  std::vector<std::string> patients;  // actor ids
  std::string place;                  // actor id of a country or place, if any
  std::optional<model::TimeRef> time; // span in bytes
};

// `times` are the document's time expressions with BYTE spans (FindTimes).
// `words` are the lowercased `tokens`.
std::vector<EventDraft> FindEvents(std::string_view text, const std::vector<Sentence>& sentences,
                                   const std::vector<std::vector<Token>>& tokens, const SentenceWords& words,
                                   SourceResolver& sources,
                                   const std::vector<model::TimeRef>& times);

}  // namespace claimkb::extract
