// Speaker phrases the plain noun-phrase scan misses: a subject set off from
// its cue by appositives and relative clauses ("Ann Compton, who covered the
// White House for 40 years, said"; "an official who spoke anonymously said"),
// and quantified or partitive subjects ("Nearly half said", "61 percent say",
// "others say", "those surveyed said").
#pragma once

#include <optional>

#include "core/extract/cues.h"
#include "core/extract/sources.h"

namespace claimkb::extract {

// The subject before asides that end at token `close` (the comma or dash
// right before the cue): "Tom Fitton, the president of Judicial Watch, a
// group that has sued the agency, said" gives "Tom Fitton". nullopt when the
// words before `close` are no run of asides after a subject.
std::optional<Phrase> SubjectBeforeAsides(const Words& w, size_t close);

// The subject of a relative clause that ends at token `last` with no comma
// ("a White House official who spoke anonymously to discuss strategy
// [said]"); nullopt when no "who"/"whose" clause ends there or the cue is
// no sure verb of saying.
std::optional<Phrase> SubjectBeforeRelative(const Words& w, size_t last, const Cue& cue);

// A quantified or partitive subject ending at token `last`: "a mere 9
// percent", "nearly half", "most", "others", "one in five", "nine out of
// 10", "those surveyed", "most of them". nullopt when there is none.
std::optional<Phrase> QuantifiedSubject(const Words& w, size_t last);

// Whether a quantified subject can speak with this cue: people say, tell
// and think ("most said", "61 percent believe"), and the verb agrees ("many
// questions" is a noun phrase, "another says" is singular).
bool QuantifiedAgrees(const Words& w, const Phrase& p, const Cue& cue);

// Whether the cue at token i, right after a comma or a closing quote, has
// its source after it ("..., said Steve Grubbs, an Iowa operative"; "...,”
// said an official who was briefed"), so no source is to be sought before it.
bool SourceFollowsCue(const Words& w, size_t i, const Cue& cue);

// The source of a quote introduced by a colon at token `colon`: the phrase
// before it, past a party tag ("Rep. Jo Roe (R-S.C.): “...”"); in a roundup
// entry that opens with a name, the name, not the body in its description
// ("Jo Roe, a fellow at the Brookings Institution: “...”").
std::optional<Phrase> SpeakerBeforeColon(const Words& w, size_t colon);

// Whether p is a quantified subject ("61 percent", "nearly half", "most",
// "others", "one in five", "those surveyed") rather than a name.
bool IsQuantified(const Words& w, const Phrase& p);

}  // namespace claimkb::extract
