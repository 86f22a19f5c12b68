// Matches "METHOD /path" against patterns with ":name" segments
// ("/v1/claims/:id"). Hand-written because the packaged cpp-httplib (0.11.4)
// has no path parameters and its regex routes cost a std::regex match per
// route per request. Built once, then read-only: thread-safe for matching.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "api/http.h"

namespace claimkb::api {

using Handler = void (*)(const Context&, Call&);

// Whether a route changes the store: writes need the bearer token when one is
// configured; reads (including POST queries such as /v1/check) are open.
enum class Access { kRead, kWrite };

// Whether the server may keep a GET route's 200 replies until the next store
// write (Store::WriteSequence): only when the reply is a function of the
// store and the request target alone (not of the graph, the clock, the
// server's counters or request headers other than If-None-Match).
enum class Caching { kNone, kUntilWrite };

struct Route {
  std::string method;
  std::string pattern;  // "/v1/claims/:id"; also the metrics label
  Handler handler = nullptr;
  Access access = Access::kRead;
  Caching caching = Caching::kNone;
  std::vector<std::string> segments;  // "v1", "claims", ":id"
};

class Router {
 public:
  void Get(std::string pattern, Handler h, Caching caching = Caching::kNone) {
    Add("GET", std::move(pattern), h, Access::kRead, caching);
  }
  void Post(std::string pattern, Handler h, Access access = Access::kWrite) {
    Add("POST", std::move(pattern), h, access);
  }
  void Add(std::string method, std::string pattern, Handler h, Access access, Caching caching = Caching::kNone);

  // The route for method and path, filling params; nullptr when none.
  // *path_known is set when some route has the path under another method (405).
  const Route* Match(std::string_view method, std::string_view path, std::vector<std::string_view>* params,
                     bool* path_known) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

// The one route table (api/routes.cpp).
void AddRoutes(Router& r);

}  // namespace claimkb::api
