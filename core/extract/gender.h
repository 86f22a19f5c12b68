// The grammatical gender of a person, read from its names and titles
// ("Mrs.", "spokeswoman", a common given name), so that "she" never
// resolves to a man named nearer than the woman who speaks.
#pragma once

#include <string_view>

#include "core/model/types.h"

namespace claimkb::extract {

enum class Gender { kUnknown, kFemale, kMale };

// kUnknown when nothing tells, or the signals disagree.
Gender GenderOf(const model::Actor& a);
// she/her/hers/herself: kFemale; he/him/his/himself: kMale; else kUnknown (lower-case input).
Gender PronounGender(std::string_view lower);

}  // namespace claimkb::extract
