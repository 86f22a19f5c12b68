// The web page for journalists, served from files embedded at build time
// (api/web/web.cmake): "/" is index.html, "/web/NAME" the scripts and styles.
#pragma once

#include "api/http.h"

namespace claimkb::api::handlers {

void WebIndex(const Context& ctx, Call& c);
void WebAsset(const Context& ctx, Call& c);

}  // namespace claimkb::api::handlers
