#include "api/web/assets.h"

#include "api/embedded.h"

namespace claimkb::api::handlers {

namespace {

// The embedded files that are part of the page (not the schemas), by extension.
const char* WebType(std::string_view name) {
  if (name.ends_with(".html")) return "text/html; charset=utf-8";
  if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
  if (name.ends_with(".css")) return "text/css; charset=utf-8";
  return nullptr;
}

void Serve(Call& c, std::string_view name) {
  const char* type = WebType(name);
  if (type) {
    for (const auto& f : EmbeddedFiles()) {
      if (f.name == name) {
        ReplyCached(c, std::string(f.content), type);
        return;
      }
    }
  }
  throw HttpError(404, "no such path `" + c.req.path + "`");
}

}  // namespace

void WebIndex(const Context&, Call& c) { Serve(c, "index.html"); }

void WebAsset(const Context&, Call& c) { Serve(c, c.path[0]); }

}  // namespace claimkb::api::handlers
