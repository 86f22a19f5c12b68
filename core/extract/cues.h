// The attribution cue lexicon: reporting verbs with their inflections
// ("say", "says", "said", "saying") and what kind of source they take.
// Immutable after first use; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace claimkb::extract {

enum class CueClass : uint8_t {
  kSpeech,      // say, claim, argue: SOURCE CUE (that) CONTENT
  kTell,        // tell, assure, inform: SOURCE CUE LISTENER (that) CONTENT
  kAccuse,      // accuse, blame: SOURCE CUE TARGET of/for CONTENT
  kCognition,   // believe, assess, estimate: a stance held rather than uttered
  kEvidential,  // show, find, indicate: studies, polls and data speak with these
  kCommit,      // offer, promise, vow, plan, decline: only before "to VERB" (or talks)
  kAttitude,    // want, hope, support, oppose, endorse: SOURCE CUE OBJECT-or-CLAUSE
  kState,       // confident, sure, skeptical: SOURCE is CUE that/about/of CONTENT
};

enum class CueForm : uint8_t {
  kBase,        // say
  kPresent,     // says
  kPast,        // said (also the participle when identical)
  kParticiple,  // written
  kGerund,      // saying
};

struct Cue {
  std::string_view lemma;
  CueClass cls;
  CueForm form;
};

// The cue a single word is, case-insensitively; nullopt when it is none.
std::optional<Cue> LookupCue(std::string_view word);

// ASCII-lowercases word into buf (at most n bytes); returns the view, or an
// empty view when the word does not fit.
std::string_view LowerInto(std::string_view word, char* buf, size_t n);

}  // namespace claimkb::extract
