// The bad-input catalogue: hostile or broken requests get a clean 4xx (never
// a 5xx, a crash or a hang), nothing of them is stored, and the server keeps
// serving others while a slow client holds a connection.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "tests/api/fixture.h"

using namespace claimkb;
using namespace claimkb::testing;

namespace {

// A raw TCP connection to the server, for requests httplib's client would not send as written.
class Socket {
 public:
  explicit Socket(int port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  }
  ~Socket() { ::close(fd_); }
  void Send(const std::string& bytes) { REQUIRE(::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) >= 0); }
  // Reads until the peer closes, one whole response (by Content-Length) has
  // arrived, or `timeout_ms` passes without data.
  std::string ReadAll(int timeout_ms) {
    std::string out;
    char buf[8192];
    pollfd p{fd_, POLLIN, 0};
    while (!Complete(out) && ::poll(&p, 1, timeout_ms) > 0) {
      ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
      if (n <= 0) {
        closed_ = true;
        break;
      }
      out.append(buf, static_cast<size_t>(n));
    }
    return out;
  }
  bool closed() const { return closed_; }

  static bool Complete(const std::string& r) {
    size_t head = r.find("\r\n\r\n");
    if (head == std::string::npos) return false;
    size_t cl = r.find("\r\nContent-Length: ");
    if (cl == std::string::npos || cl > head) return false;
    return r.size() >= head + 4 + std::stoul(r.substr(cl + 18));
  }

 private:
  int fd_ = -1;
  bool closed_ = false;
};

// One request on its own connection; returns the status code (0 when none came back) and the response.
int RawStatus(int port, const std::string& request, std::string* response = nullptr) {
  Socket s(port);
  s.Send(request);
  std::string r = s.ReadAll(5000);
  if (response) *response = r;
  if (r.rfind("HTTP/1.1 ", 0) != 0 || r.size() < 12) return 0;
  return std::stoi(r.substr(9, 3));
}

std::string RawGet(const std::string& target) {
  return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
}

// A problem+json answer with the given status.
json ExpectProblem(const httplib::Result& r, int status) {
  REQUIRE(r);
  INFO(r->status << " " << r->body.substr(0, 300));
  CHECK(r->status == status);
  CHECK(r->get_header_value("Content-Type") == "application/problem+json");
  json j = json::parse(r->body, nullptr, false);
  CHECK(j.is_object());
  if (j.is_object()) CHECK(j.value("status", 0) == status);
  return j;
}

std::string ParamOf(const json& p) {
  return p.contains("invalid_params") ? p["invalid_params"][0].value("name", "") : "";
}

std::string Enc(const std::string& s) { return httplib::detail::encode_query_param(s); }

uint64_t Documents(ApiServer& s) {
  auto st = s.store().GetStats();
  REQUIRE(st.ok());
  return st->documents;
}

}  // namespace

TEST_CASE("the bad-input catalogue gets clean 4xx answers and stores nothing", "[api][catalogue]") {
  api::ServerOptions opt;
  opt.max_body_bytes = 2u * 1024 * 1024;
  opt.read_timeout_sec = 1;
  ApiServer s(opt);
  json seed = s.IngestSeed();
  const uint64_t docs_before = Documents(s);
  REQUIRE(docs_before == 1);

  uint64_t accepted = 0;  // 201s among the big inputs below
  {
    INFO("unreadable bodies");
    ExpectProblem(s.Post("/v1/documents", std::string("The minister said \xff\xfe it \xc3(", 25), "text/plain"), 400);
    ExpectProblem(s.Post("/v1/documents", std::string("<p>caf\xe9 \xed\xa0\x80</p>"), "text/html"), 400);
    std::string binary;
    for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 151 + 7) & 0xff));
    ExpectProblem(s.Post("/v1/documents", binary, "text/plain"), 400);
    ExpectProblem(s.Post("/v1/documents", binary, "application/octet-stream"), 415);
    ExpectProblem(s.Post("/v1/documents", "", "text/plain"), 400);
    ExpectProblem(s.Post("/v1/documents", "  \n\t \n", "text/plain"), 400);
    ExpectProblem(s.Post("/v1/documents", R"({"text":"\ud800 lone surrogate"})", "application/json"), 400);
  }
  {
    INFO("sizes");
    ExpectProblem(s.Post("/v1/documents", std::string(3u * 1024 * 1024, 'a'), "text/plain"), 413);
    std::string line;
    while (line.size() < 1024 * 1024) line += "officials said the talks would continue next week and ";
    auto r = s.Post("/v1/documents", line, "text/plain");
    REQUIRE(r);
    INFO(r->status << " " << r->body.substr(0, 300));
    CHECK((r->status == 201 || (r->status >= 400 && r->status < 500)));
    accepted += r->status == 201;
    std::string nested;
    for (int i = 0; i < 100000; ++i) nested += "<div>";
    nested += "<p>The mayor said the bridge would reopen in May.</p>";
    auto h = s.Post("/v1/documents", nested, "text/html");
    REQUIRE(h);
    INFO(h->status << " " << h->body.substr(0, 300));
    CHECK((h->status == 201 || (h->status >= 400 && h->status < 500)));
    accepted += h->status == 201;
  }
  CHECK(Documents(s) == docs_before + accepted);
  {
    INFO("malformed and deeply nested JSON");
    CHECK(ParamOf(ExpectProblem(s.Post("/v1/documents", R"({"text": "unterminated)", "application/json"), 400)) ==
          "body");
    ExpectProblem(s.Post("/v1/documents", "[1, 2,", "application/json"), 400);
    ExpectProblem(s.Post("/v1/documents", R"({"text": 42})", "application/json"), 400);
    std::string deep = std::string(100000, '[') + std::string(100000, ']');
    ExpectProblem(s.Post("/v1/documents", deep, "application/json"), 400);
    ExpectProblem(s.Post("/v1/documents", R"({"x":)" + deep + "}", "application/json"), 400);
    ExpectProblem(s.Post("/v1/check", std::string(100000, '{'), "application/json"), 400);
    ExpectProblem(s.Post("/v1/check", R"({"text":)" + deep + "}", "application/json"), 400);
  }
  {
    INFO("content types");
    ExpectProblem(s.Post("/v1/documents", "The mayor said so.", "text/csv"), 415);
    ExpectProblem(s.Post("/v1/documents", "The mayor said so.", "image/png"), 415);
    ExpectProblem(s.Post("/v1/check", "text=hello", "application/x-www-form-urlencoded"), 415);
    std::string body = "The mayor said the bridge would reopen.";
    std::string req = "POST /v1/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: " +
                      std::to_string(body.size()) + "\r\n\r\n" + body;
    CHECK(RawStatus(s.port(), req) == 415);
  }
  {
    INFO("ids");
    ExpectProblem(s.Get("/v1/claims/c_0000000000000000"), 404);
    ExpectProblem(s.Get("/v1/documents/" + std::string(2000, 'd')), 404);
    ExpectProblem(s.Get("/v1/actors/" + std::string(2000, 'a') + "/timeline"), 404);
    ExpectProblem(s.Get("/v1/events/%00"), 404);
    for (const char* empty : {"/v1/claims/", "/v1/documents//text", "/v1/actors//claims"}) {
      auto r = s.Get(empty);
      REQUIRE(r);
      INFO(empty << " -> " << r->status);
      CHECK((r->status == 404 || r->status == 400 || r->status == 200));
    }
    // Longer than any request line a server need accept: 414, still a problem.
    std::string response;
    CHECK(RawStatus(s.port(), RawGet("/v1/claims/" + std::string(100000, 'x')), &response) == 414);
    CHECK(response.find("application/problem+json") != std::string::npos);
  }
  {
    INFO("path traversal");
    for (const char* target :
         {"/web/../../etc/passwd", "/schema/..%2f..%2fetc%2fpasswd", "/schema/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
          "/web/%2e%2e/%2e%2e/etc/passwd", "/web/..%5c..%5cetc%5cpasswd", "/%2e%2e/%2e%2e/etc/passwd",
          "/schema/....//....//etc/passwd", "/web/%252e%252e%252fetc%252fpasswd",
          "/schema/..%c0%af..%c0%afetc%c0%afpasswd",
          "/../../../../etc/passwd", "/web/..", "/schema/%2fetc%2fpasswd"}) {
      std::string response;
      int st = RawStatus(s.port(), RawGet(target), &response);
      INFO(target << " -> " << response.substr(0, 300));
      CHECK((st == 404 || st == 400));
      CHECK(response.find("root:") == std::string::npos);
    }
  }
  {
    INFO("limit, depth and cursors");
    struct Case {
      std::string path;
      const char* param;
    };
    for (const Case& c : {Case{"/v1/documents?limit=-5", "limit"}, Case{"/v1/documents?limit=1e3", "limit"},
                          Case{"/v1/actors?limit=18446744073709551617", "limit"}, Case{"/v1/events?limit=ten", "limit"},
                          Case{"/v1/claims?limit=%2010", "limit"}, Case{"/v1/claims?limit=0x10", "limit"},
                          Case{"/v1/graph/central?limit=-1", "limit"},
                          Case{"/v1/graph/neighborhood?actor=x&depth=-1", "depth"},
                          Case{"/v1/graph/neighborhood?actor=x&depth=99999999999999999999", "depth"},
                          Case{"/v1/graph/neighborhood?actor=x&depth=two", "depth"}}) {
      INFO(c.path);
      CHECK(ParamOf(ExpectProblem(s.Get(c.path), 400)) == c.param);
    }
    auto page = s.GetJson("/v1/claims?limit=1");
    REQUIRE(page["cursor"].is_string());
    const std::string cursor = page["cursor"];
    ExpectProblem(s.Get("/v1/claims?cursor=" + Enc(cursor + "x")), 400);
    ExpectProblem(s.Get("/v1/actors?cursor=" + Enc(cursor)), 400);  // a claims cursor on another listing
    ExpectProblem(s.Get("/v1/documents?cursor=" + Enc(cursor)), 400);
    ExpectProblem(s.Get("/v1/claims?cursor=" + Enc(std::string(5000, 'A'))), 400);
    ExpectProblem(s.Get("/v1/claims?cursor=%00%01%ff"), 400);
  }
  {
    INFO("impossible dates");
    CHECK(ParamOf(ExpectProblem(s.Get("/v1/claims?from=2025-02-30"), 400)) == "from");
    CHECK(ParamOf(ExpectProblem(s.Get("/v1/claims?to=2023-02-29"), 400)) == "to");
    CHECK(ParamOf(ExpectProblem(s.Get("/v1/events?from=2025-04-31"), 400)) == "from");
    CHECK(ParamOf(ExpectProblem(s.Get("/v1/actors/x/timeline?to=2025-00-10"), 400)) == "to");
    ExpectProblem(s.Post("/v1/documents?published=2025-02-30", "The mayor said the bridge would reopen.", "text/plain"),
                  400);
    const std::string impossible = R"({"text":"The mayor said the bridge would reopen.","published":"2025-13-01"})";
    ExpectProblem(s.Post("/v1/documents", impossible, "application/json"), 400);
    auto leap = s.Get("/v1/claims?from=2024-02-29");
    REQUIRE(leap);
    CHECK(leap->status == 200);
  }
  {
    INFO("NULs and control characters in query strings");
    for (const char* target : {"/v1/claims?q=bridge%00reopen", "/v1/actors?q=%01%02%7f", "/v1/claims?speaker=%00",
                               "/v1/claims?q=%0d%0aX-Injected:%20yes", "/v1/claims?kind=%00",
                               "/v1/graph/path?from=%00&to=%0a", "/v1/claims?q=%ff%fe", "/v1/claims?%00=1"}) {
      std::string response;
      int st = RawStatus(s.port(), RawGet(target), &response);
      INFO(target << " -> " << response.substr(0, 300));
      CHECK(st >= 200);
      CHECK(st < 500);
      CHECK(response.find("\r\nX-Injected") == std::string::npos);
    }
  }
  {
    INFO("a slow client holding half a request line");
    Socket slow(s.port());
    slow.Send("GET /v1/clai");
    auto start = std::chrono::steady_clock::now();
    auto h = s.Get("/healthz");
    REQUIRE(h);
    CHECK(h->status == 200);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(900));
    // The read timeout (1 s) drops the stalled connection.
    slow.ReadAll(3000);
    CHECK(slow.closed());
  }

  auto health = s.Get("/healthz");
  REQUIRE(health);
  CHECK(health->status == 200);
  CHECK(Documents(s) == docs_before + accepted);
  auto problems = s.store().Check();
  REQUIRE(problems.ok());
  CHECK(problems->empty());
}
