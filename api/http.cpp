#include "api/http.h"

#include <charconv>

#include "core/base/hash.h"
#include "core/extract/calendar.h"

namespace claimkb::api {

int HttpStatus(Status::Code code) {
  switch (code) {
    case Status::Code::kOk: return 200;
    case Status::Code::kNotFound: return 404;
    case Status::Code::kInvalidArgument: return 400;
    case Status::Code::kConflict: return 409;
    case Status::Code::kTooLarge: return 413;
    case Status::Code::kUnauthorized: return 401;
    case Status::Code::kUnsupported: return 501;
    case Status::Code::kBusy: return 503;
    case Status::Code::kNoSpace: return 507;
    case Status::Code::kCorruption:
    case Status::Code::kIOError: return 500;
  }
  return 500;
}

void Fail(const Status& s) { throw HttpError(HttpStatus(s.code()), s.message()); }

void BadParam(std::string_view name, std::string_view detail) {
  throw HttpError(400, std::string(detail), std::string(name));
}

namespace {

const char* Title(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 412: return "Precondition Failed";
    case 422: return "Unprocessable Content";
    case 413: return "Content Too Large";
    case 414: return "URI Too Long";
    case 415: return "Unsupported Media Type";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    case 507: return "Insufficient Storage";
    default: return status >= 500 ? "Internal Server Error" : "Error";
  }
}

const char* Slug(int status) {
  switch (status) {
    case 400: return "bad-request";
    case 401: return "unauthorized";
    case 404: return "not-found";
    case 405: return "method-not-allowed";
    case 409: return "conflict";
    case 412: return "precondition-failed";
    case 422: return "unprocessable";
    case 413: return "too-large";
    case 414: return "uri-too-long";
    case 415: return "unsupported-media-type";
    case 501: return "not-implemented";
    case 503: return "unavailable";
    case 507: return "insufficient-storage";
    default: return status >= 500 ? "internal" : "error";
  }
}

bool IsDate(std::string_view s) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
      if (s[i] < '0' || s[i] > '9') return false;
    return true;
  };
  auto two = [&](size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); };
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  if (!digits(0, 4)) return false;
  if (s.size() >= 7 && (s[4] != '-' || !digits(5, 2) || two(5) < 1 || two(5) > 12)) return false;
  if (s.size() == 10 && (s[7] != '-' || !digits(8, 2) || two(8) < 1 ||
                         two(8) > extract::calendar::DaysInMonth(two(0) * 100 + two(2), two(5))))
    return false;
  return true;
}

}  // namespace

json Problem(const httplib::Request& req, int status, std::string_view detail, std::string_view param) {
  json j = {{"type", std::string("https://claimkb.example/problems/") + Slug(status)},
            {"title", Title(status)},
            {"status", status},
            {"detail", detail},
            {"instance", req.path}};
  if (!param.empty()) j["invalid_params"] = json::array({{{"name", param}, {"reason", detail}}});
  return j;
}

void WriteProblem(const httplib::Request& req, httplib::Response& res, int status, std::string_view detail,
                  std::string_view param) {
  res.status = status;
  res.set_content(Dump(Problem(req, status, detail, param)), "application/problem+json");
}

std::string Dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

void ReplyJson(Call& c, const json& j, int status) {
  c.res.status = status;
  c.res.set_content(Dump(j), "application/json");
}

void ReplyCached(Call& c, std::string body, const char* content_type) {
  std::string etag = "\"" + HashHex128(body) + "\"";
  c.res.set_header("ETag", etag);
  c.res.set_header("Cache-Control", "no-cache");
  std::string inm = c.req.get_header_value("If-None-Match");
  if (!inm.empty() && (inm == "*" || inm.find(etag) != std::string::npos)) {
    c.res.status = 304;
    return;
  }
  c.res.status = 200;
  c.res.set_content(std::move(body), content_type);
}

std::string Param(const Call& c, const char* name) {
  return c.req.has_param(name) ? c.req.get_param_value(name) : std::string();
}

int64_t IntParam(const Call& c, const char* name, int64_t def, int64_t lo, int64_t hi) {
  if (!c.req.has_param(name)) return def;
  std::string v = c.req.get_param_value(name);
  int64_t n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (v.empty() || ec != std::errc() || end != v.data() + v.size() || n < lo || n > hi)
    BadParam(name, "`" + std::string(name) + "` must be an integer from " + std::to_string(lo) + " to " +
                       std::to_string(hi) + ", got `" + v + "`");
  return n;
}

size_t LimitParam(const Call& c, size_t def, size_t max) {
  return static_cast<size_t>(IntParam(c, "limit", static_cast<int64_t>(def), 1, static_cast<int64_t>(max)));
}

std::string DateParam(const Call& c, const char* name) {
  std::string v = Param(c, name);
  if (!v.empty() && !IsDate(v))
    BadParam(name, "`" + std::string(name) + "` must be a date YYYY, YYYY-MM or YYYY-MM-DD, got `" + v + "`");
  return v;
}

std::string EnumParam(const Call& c, const char* name, std::initializer_list<const char*> allowed, const char* def) {
  if (!c.req.has_param(name)) return def;
  std::string v = c.req.get_param_value(name);
  std::string list;
  for (const char* a : allowed) {
    if (v == a) return v;
    list += list.empty() ? "" : ", ";
    list += a;
  }
  BadParam(name, "`" + std::string(name) + "` must be one of " + list + ", got `" + v + "`");
}

store::TimeAxis TimeAxisParam(const Call& c) {
  return EnumParam(c, "time", {"event", "statement"}, "event") == "statement" ? store::TimeAxis::kStatement
                                                                             : store::TimeAxis::kEvent;
}

json PageJson(Call& c, json items, const std::string& next_cursor) {
  json j = {{"items", std::move(items)}, {"next", nullptr}, {"cursor", nullptr}};
  if (!next_cursor.empty()) {
    httplib::Params params;
    for (const auto& [k, v] : c.req.params)
      if (k != "cursor") params.emplace(k, v);
    params.emplace("cursor", next_cursor);
    std::string next = httplib::append_query_params(c.req.path, params);
    c.res.set_header("Link", "<" + next + ">; rel=\"next\"");
    j["next"] = next;
    j["cursor"] = next_cursor;
  }
  return j;
}

}  // namespace claimkb::api
