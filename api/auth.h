// Bearer-token check for write endpoints. Stateless; thread-safe.
#pragma once

#include <string_view>

namespace claimkb::api {

// True when the request may write: no token configured, or the Authorization
// header is "Bearer <token>". Compares in time independent of where they differ.
bool Authorized(std::string_view authorization_header, std::string_view token);

// Equal strings, compared without early exit (length is not secret).
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace claimkb::api
