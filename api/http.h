// What every handler uses: the request context, HTTP errors (thrown inside
// api/, turned into problem+json by the router), the one Status -> HTTP
// mapping, query-parameter parsing and JSON replies with ETags.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/server.h"
#include "core/base/status.h"
#include "core/model/json.h"

namespace claimkb::api {

using nlohmann::json;
class Metrics;

// Shared by all handlers of one server; everything in it is thread-safe.
struct Context {
  store::Store* store = nullptr;
  graph::ClaimGraph* graph = nullptr;
  const ServerOptions* options = nullptr;
  Metrics* metrics = nullptr;
};

// One request being answered. path holds the ":name" segments in pattern order.
struct Call {
  const httplib::Request& req;
  httplib::Response& res;
  const std::vector<std::string_view>& path;
};

// An HTTP error answer. Thrown by handlers, caught by the dispatcher.
class HttpError : public std::exception {
 public:
  HttpError(int status, std::string detail, std::string param = "")
      : status_(status), detail_(std::move(detail)), param_(std::move(param)) {}
  const char* what() const noexcept override { return detail_.c_str(); }
  int status() const { return status_; }
  const std::string& detail() const { return detail_; }
  const std::string& param() const { return param_; }

 private:
  int status_;
  std::string detail_;
  std::string param_;
};

// The one place domain codes become HTTP status codes.
int HttpStatus(Status::Code code);

[[noreturn]] void Fail(const Status& s);
inline void Check(const Status& s) {
  if (!s.ok()) Fail(s);
}
template <typename T>
T Unwrap(Result<T>&& r) {
  if (!r.ok()) Fail(r.status());
  return std::move(r).value();
}
// 400 naming the parameter: "`limit` must be ..., got `abc`".
[[noreturn]] void BadParam(std::string_view name, std::string_view detail);

// RFC 9457 application/problem+json.
json Problem(const httplib::Request& req, int status, std::string_view detail, std::string_view param = "");
void WriteProblem(const httplib::Request& req, httplib::Response& res, int status, std::string_view detail,
                  std::string_view param = "");

std::string Dump(const json& j);
void ReplyJson(Call& c, const json& j, int status = 200);
// A single resource: sets a strong ETag and answers 304 to a matching If-None-Match.
void ReplyCached(Call& c, std::string body, const char* content_type);
inline void ReplyCachedJson(Call& c, const json& j) { ReplyCached(c, Dump(j), "application/json"); }

// ---- Query parameters ----------------------------------------------------
std::string Param(const Call& c, const char* name);  // "" when absent
// limit: 1..max (default def); anything else is a 400 naming `limit`.
size_t LimitParam(const Call& c, size_t def = 50, size_t max = 1000);
// An integer in [lo, hi] or def when absent.
int64_t IntParam(const Call& c, const char* name, int64_t def, int64_t lo, int64_t hi);
// "", "YYYY", "YYYY-MM" or "YYYY-MM-DD" (checked), else a 400 naming it.
std::string DateParam(const Call& c, const char* name);
// One of the allowed words (def when absent), else a 400 listing them.
std::string EnumParam(const Call& c, const char* name, std::initializer_list<const char*> allowed, const char* def);

// `time`: event (default) or statement.
store::TimeAxis TimeAxisParam(const Call& c);

// {"items": [...], "next": link-or-null, "cursor": next-cursor-or-null}; also a Link header.
json PageJson(Call& c, json items, const std::string& next_cursor);

// Replies with one store page as PageJson; each item goes through `view`.
template <typename T, typename View>
void ReplyPage(Call& c, const store::Page<T>& page, View view) {
  json items = json::array();
  for (const auto& item : page.items) items.push_back(view(item));
  ReplyJson(c, PageJson(c, std::move(items), page.next_cursor));
}
template <typename T>
void ReplyPage(Call& c, const store::Page<T>& page) {
  ReplyPage(c, page, [](const T& item) { return json(item); });
}

}  // namespace claimkb::api
