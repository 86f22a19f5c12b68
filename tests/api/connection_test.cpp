// What the epoll engine (api/event_server.h) must guarantee on the wire:
// keep-alive reuse, pipelining, bodies on the blocking path, headers that
// arrive in parts, idle and stalled connections closed after their timeouts,
// and Stop() with connections open. Raw sockets, so each test decides exactly
// which bytes reach the server and when.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string_view>
#include <thread>

#include "api/event_server.h"
#include "tests/api/fixture.h"

using namespace claimkb;
using namespace claimkb::testing;
using Clock = std::chrono::steady_clock;

namespace {

// One client connection; Read() takes one response off it.
class RawConnection {
 public:
  struct Reply {
    int status = 0;  // 0: the connection ended or timed out first
    std::string head;  // status line and headers
    std::string body;
  };

  explicit RawConnection(int port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd_ >= 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    SetTimeout(5000);
  }
  ~RawConnection() { ::close(fd_); }

  void Send(std::string_view bytes) {
    while (!bytes.empty()) {
      ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
      REQUIRE(n > 0);
      bytes.remove_prefix(static_cast<size_t>(n));
    }
  }

  Reply Read() {
    Reply r;
    size_t end;
    while ((end = buf_.find("\r\n\r\n")) == std::string::npos) {
      if (!Receive()) return r;
    }
    std::string head = buf_.substr(0, end + 2);
    buf_.erase(0, end + 4);
    if (head.rfind("HTTP/1.1 ", 0) != 0) return r;
    size_t length = 0;
    std::string lower;
    for (char ch : head) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (size_t at = lower.find("\r\ncontent-length:"); at != std::string::npos)
      length = std::stoul(head.substr(at + 17));
    while (buf_.size() < length) {
      if (!Receive()) return r;
    }
    r.status = std::stoi(head.substr(9, 3));
    r.head = head;
    r.body = buf_.substr(0, length);
    buf_.erase(0, length);
    return r;
  }

  // Whether the server ends the connection within timeout_ms (no bytes before the end).
  bool ClosedByServer(int timeout_ms) {
    SetTimeout(timeout_ms);
    char ch;
    return ::recv(fd_, &ch, 1, 0) == 0;
  }

 private:
  bool Receive() {
    char chunk[4096];
    ssize_t n = ::recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buf_.append(chunk, static_cast<size_t>(n));
    return true;
  }
  void SetTimeout(int ms) {
    timeval tv{ms / 1000, (ms % 1000) * 1000};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }

  int fd_ = -1;
  std::string buf_;
};

std::string Get(std::string_view target) { return "GET " + std::string(target) + " HTTP/1.1\r\nHost: test\r\n\r\n"; }

std::string PostHeader(std::string_view target, size_t length, std::string_view extra_headers = "") {
  return "POST " + std::string(target) + " HTTP/1.1\r\nHost: test\r\nContent-Type: text/plain\r\nContent-Length: " +
         std::to_string(length) + "\r\n" + std::string(extra_headers) + "\r\n";
}

constexpr std::string_view kArticle =
    "The harbour authority said on Tuesday that the new ferry terminal would open in March. "
    "\"We are ready for the summer crowds,\" the authority's director, Lena Markovic, told reporters.";
constexpr std::string_view kIngest = "/v1/documents?published=2025-03-04&publisher=Test%20Wire&title=Terminal";

size_t OpenDescriptors() {
  return static_cast<size_t>(std::distance(std::filesystem::directory_iterator("/proc/self/fd"),
                                           std::filesystem::directory_iterator()));
}

}  // namespace

TEST_CASE("one keep-alive connection serves many requests, event-loop and pool routes alike", "[api][http]") {
  ApiServer s;
  RawConnection c(s.port());
  for (int i = 0; i < 40; ++i) {
    c.Send(Get(i % 2 ? "/healthz" : "/v1/claims?limit=1"));
    INFO("request " << i);
    REQUIRE(c.Read().status == 200);
  }
}

TEST_CASE("pipelined requests on one connection are all answered, in order", "[api][http]") {
  ApiServer s;
  RawConnection c(s.port());
  c.Send(Get("/v1/claims?limit=1") + Get("/v1/no-such-path") + Get("/healthz") + Get("/v1/claims/no-such-claim"));
  CHECK(c.Read().status == 200);
  CHECK(c.Read().status == 404);
  CHECK(c.Read().status == 200);
  CHECK(c.Read().status == 404);
}

TEST_CASE("a POST body is read on the pool, and its connection goes on serving", "[api][http]") {
  ApiServer s;
  RawConnection c(s.port());
  // The body arrives after the header, in two parts.
  std::string request = PostHeader(kIngest, kArticle.size()) + std::string(kArticle);
  size_t half = request.size() - kArticle.size() / 2;
  c.Send(request.substr(0, half));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  c.Send(request.substr(half));
  RawConnection::Reply ingested = c.Read();
  INFO(ingested.body.substr(0, 300));
  REQUIRE((ingested.status == 201 || ingested.status == 200));
  c.Send(Get("/v1/claims?limit=5"));
  RawConnection::Reply listed = c.Read();
  REQUIRE(listed.status == 200);
  CHECK(!json::parse(listed.body)["items"].empty());

  // A client that waits for "100 Continue" before sending its body gets it.
  c.Send(PostHeader(kIngest, kArticle.size(), "Expect: 100-continue\r\n"));
  CHECK(c.Read().status == 100);
  c.Send(kArticle);
  int status = c.Read().status;
  CHECK((status == 200 || status == 201));
}

TEST_CASE("a header that arrives in parts is answered", "[api][http]") {
  ApiServer s;
  RawConnection c(s.port());
  c.Send("GET /v1/claims?li");
  std::this_thread::sleep_for(std::chrono::milliseconds(150));
  c.Send("mit=1 HTTP/1.1\r\nHost: test\r\n\r");  // split inside the blank line
  std::this_thread::sleep_for(std::chrono::milliseconds(150));
  c.Send("\n");
  CHECK(c.Read().status == 200);
  c.Send(Get("/healthz"));
  CHECK(c.Read().status == 200);
}

TEST_CASE("idle connections and stalled headers are closed after their timeouts; busy ones are not", "[api][http]") {
  api::ServerOptions opt;
  opt.keep_alive_timeout_sec = 1;
  opt.read_timeout_sec = 1;
  ApiServer s(opt);

  RawConnection busy(s.port());
  for (int i = 0; i < 4; ++i) {
    busy.Send(Get("/v1/claims?limit=1"));
    REQUIRE(busy.Read().status == 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
  }

  RawConnection idle(s.port());
  idle.Send(Get("/v1/claims?limit=1"));
  REQUIRE(idle.Read().status == 200);
  RawConnection stalled(s.port());
  stalled.Send("GET /v1/claims HTTP/1.1\r\nHo");
  auto t0 = Clock::now();
  CHECK(idle.ClosedByServer(4000));
  CHECK(stalled.ClosedByServer(4000));
  CHECK(Clock::now() - t0 >= std::chrono::milliseconds(800));
}

TEST_CASE("Stop closes open connections promptly and leaks no descriptor", "[api][http]") {
  const size_t before = OpenDescriptors();
  {
    ApiServer s;  // keep-alive timeout 5 s: a Stop that waited for idle connections would show
    RawConnection idle(s.port());
    idle.Send(Get("/v1/claims?limit=1"));
    REQUIRE(idle.Read().status == 200);
    RawConnection partial(s.port());
    partial.Send("GET /v1/claims HTTP/1.1\r\n");
    RawConnection silent(s.port());
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    auto t0 = Clock::now();
    s.Stop();
    CHECK(Clock::now() - t0 < std::chrono::seconds(2));
    CHECK(idle.ClosedByServer(1000));
    CHECK(partial.ClosedByServer(1000));
    CHECK(silent.ClosedByServer(1000));
  }
  CHECK(OpenDescriptors() == before);
}

TEST_CASE("a cached reply answered without httplib is byte for byte the one httplib writes", "[api][http]") {
  ApiServer s;
  s.IngestSeed();
  json page = s.GetJson("/v1/claims?limit=1");
  REQUIRE(page["items"].size() == 1);
  const std::string claim = "/v1/claims/" + page["items"][0]["id"].get<std::string>();
  RawConnection c(s.port());
  for (const std::string& target : {claim, std::string("/v1/claims?limit=3")}) {
    INFO(target);
    // A miss (httplib fills the cache), a plain repeat (the direct path), and a
    // repeat with a header the direct path leaves to httplib (a cache hit there).
    const std::string with_header =
        "GET " + target + " HTTP/1.1\r\nHost: test\r\nUser-Agent: t\r\nAccept: */*\r\nX-Request-Id: 7\r\n\r\n";
    c.Send(Get(target) + Get(target) + with_header);
    RawConnection::Reply miss = c.Read(), direct = c.Read(), hit = c.Read();
    REQUIRE(miss.status == 200);
    CHECK(direct.head == miss.head);
    CHECK(direct.body == miss.body);
    CHECK(hit.head == miss.head);
    CHECK(hit.body == miss.body);
  }
}

TEST_CASE("serve_direct answers the requests it takes, in order with httplib's, but never a connection's last", "[api][http]") {
  api::EventLimits limits;
  limits.keep_alive_max_count = 3;
  limits.serve_direct = [](std::string_view head, std::string& out) {
    if (head.substr(0, 12) != "GET /direct ") return false;
    out += "HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\ndirect";
    return true;
  };
  api::EventServer http(limits);
  http.set_keep_alive_max_count(limits.keep_alive_max_count);
  http.Get(".*", [](const httplib::Request&, httplib::Response& res) { res.set_content("httplib", "text/plain"); });
  REQUIRE(http.StartLoop());
  const int port = http.bind_to_any_port("127.0.0.1");
  REQUIRE(port > 0);
  std::thread listener([&http] { http.listen_after_bind(); });
  {
    RawConnection c(port);
    c.Send(Get("/direct") + Get("/other") + Get("/direct"));
    CHECK(c.Read().body == "direct");
    CHECK(c.Read().body == "httplib");
    RawConnection::Reply last = c.Read();
    CHECK(last.body == "httplib");
    CHECK(last.head.find("Connection: close") != std::string::npos);
    CHECK(c.ClosedByServer(1000));
  }
  http.StopLoop();
  http.stop();
  listener.join();
  http.CloseAll();
}
