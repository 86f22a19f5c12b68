// A compact binary form of a Normalized claim, stored beside its proposition
// membership so that clustering compares stored claims without reloading and
// re-normalising them. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/track/normalize.h"

namespace claimkb::track {

// Appends n to out: a version byte, then varint-prefixed fields.
void EncodeNormalized(const Normalized& n, std::string* out);
// Reads what EncodeNormalized wrote, all of in; false when malformed or of another version.
bool DecodeNormalized(std::string_view in, Normalized* n);

}  // namespace claimkb::track
