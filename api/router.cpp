#include "api/router.h"

namespace claimkb::api {

namespace {

std::vector<std::string_view> Split(std::string_view path) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '/') {
      ++i;
      continue;
    }
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    out.push_back(path.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

void Router::Add(std::string method, std::string pattern, Handler h, Access access, Caching caching) {
  Route r{std::move(method), std::move(pattern), h, access, caching, {}};
  for (auto s : Split(r.pattern)) r.segments.emplace_back(s);
  routes_.push_back(std::move(r));
}

const Route* Router::Match(std::string_view method, std::string_view path, std::vector<std::string_view>* params,
                           bool* path_known) const {
  // Paths are short; a fixed buffer avoids a heap allocation per request.
  std::string_view segs[16];
  size_t n = 0;
  for (size_t i = 0; i < path.size();) {
    if (path[i] == '/') {
      ++i;
      continue;
    }
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    if (n == std::size(segs)) return nullptr;
    segs[n++] = path.substr(i, j - i);
    i = j;
  }
  *path_known = false;
  for (const Route& r : routes_) {
    if (r.segments.size() != n) continue;
    bool ok = true;
    for (size_t i = 0; i < n && ok; ++i) {
      const std::string& p = r.segments[i];
      ok = (!p.empty() && p[0] == ':') ? !segs[i].empty() : p == segs[i];
    }
    if (!ok) continue;
    if (r.method != method && !(method == "HEAD" && r.method == "GET")) {
      *path_known = true;
      continue;
    }
    params->clear();
    for (size_t i = 0; i < n; ++i)
      if (r.segments[i][0] == ':') params->push_back(segs[i]);
    return &r;
  }
  return nullptr;
}

}  // namespace claimkb::api
