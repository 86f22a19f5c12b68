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

struct Route {
  std::string method;
  std::string pattern;  // "/v1/claims/:id"; also the metrics label
  Handler handler = nullptr;
  Access access = Access::kRead;
  std::vector<std::string> segments;  // "v1", "claims", ":id"
};

class Router {
 public:
  void Get(std::string pattern, Handler h) { Add("GET", std::move(pattern), h, Access::kRead); }
  void Post(std::string pattern, Handler h, Access access = Access::kWrite) {
    Add("POST", std::move(pattern), h, access);
  }
  void Add(std::string method, std::string pattern, Handler h, Access access);

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
