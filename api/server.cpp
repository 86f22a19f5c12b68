#include "api/server.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <iostream>
#include <memory>
#include <thread>
#include <unordered_map>

#include <netinet/in.h>
#include <sys/socket.h>

#include "api/auth.h"
#include "api/event_server.h"
#include "api/http.h"
#include "api/metrics.h"
#include "api/router.h"

namespace claimkb::api {

namespace {

// One request is served start to finish on one worker thread: the
// pre-routing handler, the body read, the handler and the logger. These carry
// what the pre-routing handler decided to the later steps of the same request.
thread_local std::chrono::steady_clock::time_point t_start;
thread_local const Route* t_route = nullptr;
thread_local std::vector<std::string_view> t_params;

bool IsLoopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

// Browsers always offer brotli, which this cpp-httplib build (Debian's, with
// CPPHTTPLIB_BROTLI_SUPPORT) runs at quality 11: about 1 s per 200 KB of
// JSON. Dropping "br" leaves gzip, ~20x faster. The request object is
// httplib's own, non-const one, handed to the handler by const reference.
void OfferNoBrotli(const httplib::Request& req) {
  auto& headers = const_cast<httplib::Request&>(req).headers;
  auto it = headers.find("Accept-Encoding");
  if (it == headers.end() || it->second.find("br") == std::string::npos) return;
  std::string kept;
  std::string_view rest = it->second;
  while (!rest.empty()) {
    size_t comma = rest.find(',');
    std::string_view item = rest.substr(0, comma);
    rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    std::string_view name = item.substr(0, item.find(';'));
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name == "br" || item.empty()) continue;
    if (!kept.empty()) kept += ", ";
    kept += item;
  }
  it->second = kept;
}

bool HasBody(const httplib::Request& req) {
  return req.get_header_value<uint64_t>("Content-Length") > 0 || req.has_header("Transfer-Encoding");
}

// Finished 200 replies of GET routes marked Caching::kUntilWrite (a claim
// with provenance reads its records, both edge directions and its whole
// proposition; a timeline page decodes and serialises 50 items), keyed by request target and valid only while
// Store::WriteSequence() is unchanged: any write (ingest, correction,
// clustering) invalidates every entry. Thread-safe; sharded so 64 workers
// rarely share a lock; entries are immutable and shared, so a hit copies the
// body once, into the response.
class ReplyCache {
 public:
  struct Entry {
    uint64_t sequence = 0;
    std::string body;
    std::string content_type;
    httplib::Headers headers;  // what the handler set (ETag, Cache-Control, Link, ...)
    std::string wire_head;     // the status line and headers httplib writes for it on a kept-alive connection
    size_t route = 0;          // Router::routes() index, for the metrics
  };
  using EntryPtr = std::shared_ptr<const Entry>;

  explicit ReplyCache(size_t max_bytes) : shard_bytes_(max_bytes / kShards) {}
  bool enabled() const { return shard_bytes_ > 0; }

  // The entry for target when it was built at sequence; nullptr otherwise.
  EntryPtr Find(const std::string& target, uint64_t sequence) {
    Shard& sh = ShardOf(target);
    std::lock_guard lock(sh.mu);
    auto it = sh.map.find(target);
    if (it == sh.map.end() || it->second->sequence != sequence) return nullptr;
    return it->second;
  }

  void Put(const std::string& target, EntryPtr e) {
    Shard& sh = ShardOf(target);
    size_t size = target.size() + e->body.size() + e->wire_head.size() + 256;
    if (size > shard_bytes_) return;
    std::lock_guard lock(sh.mu);
    // A full shard starts over: cheaper than LRU bookkeeping, and stale entries go too.
    if (sh.bytes + size > shard_bytes_) {
      sh.map.clear();
      sh.bytes = 0;
    }
    auto [it, added] = sh.map.insert_or_assign(target, std::move(e));
    if (added) sh.bytes += size;
  }

 private:
  static constexpr size_t kShards = 16;
  struct Shard {
    std::mutex mu;
    std::unordered_map<std::string, EntryPtr> map;
    size_t bytes = 0;
  };
  Shard& ShardOf(const std::string& key) { return shards_[std::hash<std::string>{}(key) % kShards]; }

  size_t shard_bytes_;
  std::array<Shard, kShards> shards_;
};

bool Cacheable(const Route& r) { return r.method == "GET" && r.caching == Caching::kUntilWrite; }

// The target of a header block that asks for nothing but a GET's reply:
// "GET <target> HTTP/1.1" and only headers that no cacheable route or httplib
// answers differently (no If-None-Match, Accept-Encoding, Range, Connection,
// body). Empty when the request is anything else.
std::string_view PlainGetTarget(std::string_view head) {
  static constexpr std::string_view kMethod = "GET ", kVersion = " HTTP/1.1";
  size_t eol = head.find("\r\n");
  if (eol == std::string_view::npos || head.substr(0, kMethod.size()) != kMethod) return {};
  std::string_view line = head.substr(0, eol);
  if (line.size() <= kMethod.size() + kVersion.size() || line.substr(line.size() - kVersion.size()) != kVersion)
    return {};
  std::string_view target = line.substr(kMethod.size(), line.size() - kMethod.size() - kVersion.size());
  if (target.front() != '/' || target.find_first_of(" #") != std::string_view::npos) return {};
  for (size_t at = eol + 2; at < head.size();) {
    size_t end = head.find("\r\n", at);
    if (end == std::string_view::npos) return {};
    if (end == at) break;  // the blank line
    std::string_view name = head.substr(at, head.find(':', at) - at);
    const bool known = HeaderNameIs(name, "Host") || HeaderNameIs(name, "User-Agent") || HeaderNameIs(name, "Accept");
    if (name.size() >= end - at || !known) return {};
    at = end + 2;
  }
  return target;
}

// The packaged cpp-httplib listens with a backlog of 5: a burst of new
// connections (64 clients, or clients reconnecting after keep_alive_max_count
// requests) overflows the accept queue, and each dropped SYN costs its client a
// 1 s retransmit (wrk's p99 was ~1.1 s). httplib does not expose its socket, so
// find the listening TCP socket bound to port and listen() on it again, which
// on Linux only raises the backlog.
void WidenListenBacklog(int port) {
  for (int fd = 0; fd < 4096; ++fd) {
    int accepting = 0;
    socklen_t len = sizeof accepting;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &accepting, &len) != 0 || !accepting) continue;
    sockaddr_storage addr{};
    socklen_t alen = sizeof addr;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &alen) != 0) continue;
    int bound = addr.ss_family == AF_INET    ? ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port)
                : addr.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port)
                                             : -1;
    if (bound == port) ::listen(fd, SOMAXCONN);
  }
}

}  // namespace

struct Server::Impl {
  ServerOptions options;
  Router router;
  std::unique_ptr<Metrics> metrics;
  Context ctx;
  std::unique_ptr<ReplyCache> cache;
  std::unique_ptr<httplib::Server> http;
  EventServer* events = nullptr;  // http, when the engine is kEpoll
  std::thread thread;
  bool started = false;
  std::mutex mu;
  std::condition_variable cv;
  bool listening_done = false;

  size_t RouteIndex(const Route* r) const {
    return r ? static_cast<size_t>(r - router.routes().data()) : router.routes().size();
  }

  void Dispatch(const Route& route, const httplib::Request& req, httplib::Response& res) {
    Call call{req, res, t_params};
    try {
      route.handler(ctx, call);
    } catch (const HttpError& e) {
      res.headers.erase("ETag");
      WriteProblem(req, res, e.status(), e.detail(), e.param());
    }
  }

  httplib::Server::HandlerResponse PreRoute(const httplib::Request& req, httplib::Response& res) {
    t_start = std::chrono::steady_clock::now();
    t_route = nullptr;
    OfferNoBrotli(req);
    if (!options.cors_origin.empty()) {
      res.set_header("Access-Control-Allow-Origin", options.cors_origin);
      if (options.cors_origin != "*") res.set_header("Vary", "Origin");
      res.set_header("Access-Control-Expose-Headers", "ETag, Link, Location");
      if (req.method == "OPTIONS") {
        res.set_header("Access-Control-Allow-Methods", "GET, POST, PATCH, OPTIONS");
        res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type, If-None-Match, If-Match");
        res.set_header("Access-Control-Max-Age", "600");
        res.status = 204;
        return httplib::Server::HandlerResponse::Handled;
      }
    }
    bool path_known = false;
    t_route = router.Match(req.method, req.path, &t_params, &path_known);
    if (!t_route) {
      if (path_known) {
        WriteProblem(req, res, 405, "`" + req.method + "` is not allowed on `" + req.path + "`");
      } else {
        WriteProblem(req, res, 404, "no such path `" + req.path + "`");
      }
      if (HasBody(req)) res.set_header("Connection", "close");
      return httplib::Server::HandlerResponse::Handled;
    }
    bool write = t_route->access == Access::kWrite;
    if (write && !Authorized(req.get_header_value("Authorization"), options.token)) {
      res.set_header("WWW-Authenticate", "Bearer realm=\"claimkb\"");
      res.set_header("Connection", "close");
      WriteProblem(req, res, 401, "`" + req.method + " " + req.path + "` needs `Authorization: Bearer <token>`");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method != "GET" || HasBody(req)) return httplib::Server::HandlerResponse::Unhandled;  // httplib reads the body
    if (cache->enabled() && Cacheable(*t_route)) {
      DispatchCached(*t_route, req, res);
    } else {
      Dispatch(*t_route, req, res);
    }
    return httplib::Server::HandlerResponse::Handled;
  }

  // Event workers serve what is quick: unknown paths and store-cacheable GETs;
  // the rest (graph walks, exports, writes) goes to the pool.
  bool ServeInline(std::string_view method, std::string_view path) const {
    thread_local std::vector<std::string_view> params;
    bool path_known = false;
    const Route* r = router.Match(method, path, &params, &path_known);
    return !r || Cacheable(*r);
  }

  // A plain GET whose reply is cached, answered without httplib's parser and
  // writer (ReplyCache::Entry::wire_head holds the bytes they would write).
  bool ServeDirect(std::string_view head, std::string& out) {
    const auto start = std::chrono::steady_clock::now();
    if (!options.cors_origin.empty() || !cache->enabled()) return false;
    std::string_view target = PlainGetTarget(head);
    if (target.empty()) return false;
    ReplyCache::EntryPtr hit = cache->Find(std::string(target), ctx.store->WriteSequence());
    if (!hit) return false;
    out += hit->wire_head;
    out += hit->body;
    metrics->Record(hit->route, 200, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    return true;
  }

  // What httplib writes before the body of a 200 served from e: e's headers,
  // Content-Type, Content-Length and Keep-Alive, in its header map's order.
  std::string WireHead(const ReplyCache::Entry& e) const {
    httplib::Headers headers = e.headers;
    headers.emplace("Content-Type", e.content_type);
    headers.emplace("Content-Length", std::to_string(e.body.size()));
    headers.emplace("Keep-Alive", "timeout=" + std::to_string(options.keep_alive_timeout_sec) +
                                      ", max=" + std::to_string(options.keep_alive_max_count));
    std::string out = "HTTP/1.1 200 OK\r\n";
    for (const auto& [k, v] : headers) out.append(k).append(": ").append(v).append("\r\n");
    return out.append("\r\n");
  }

  void DispatchCached(const Route& route, const httplib::Request& req, httplib::Response& res) {
    const uint64_t sequence = ctx.store->WriteSequence();
    if (ReplyCache::EntryPtr hit = cache->Find(req.target, sequence)) {
      for (const auto& [k, v] : hit->headers) res.headers.emplace(k, v);
      auto etag = hit->headers.find("ETag");
      if (etag != hit->headers.end()) {
        std::string inm = req.get_header_value("If-None-Match");
        if (!inm.empty() && (inm == "*" || inm.find(etag->second) != std::string::npos)) {
          res.status = 304;
          return;
        }
      }
      res.status = 200;
      res.set_content(hit->body, hit->content_type.c_str());
      return;
    }
    const httplib::Headers before = res.headers;
    Dispatch(route, req, res);
    if (res.status != 200) return;
    auto e = std::make_shared<ReplyCache::Entry>();
    e->sequence = sequence;
    e->body = res.body;
    e->content_type = res.get_header_value("Content-Type");
    for (const auto& [k, v] : res.headers) {
      if (k == "Content-Type" || k == "Content-Length") continue;
      auto [lo, hi] = before.equal_range(k);
      if (std::none_of(lo, hi, [&v = v](const auto& kv) { return kv.second == v; })) e->headers.emplace(k, v);
    }
    e->wire_head = WireHead(*e);
    e->route = RouteIndex(&route);
    cache->Put(req.target, std::move(e));
  }
};

Server::Server(store::Store* store, graph::ClaimGraph* graph, ServerOptions options)
    : impl_(std::make_unique<Impl>()) {
  Impl& m = *impl_;
  m.options = std::move(options);
  AddRoutes(m.router);
  std::vector<std::string> labels;
  for (const Route& r : m.router.routes()) labels.push_back(r.method + " " + r.pattern);
  m.metrics = std::make_unique<Metrics>(std::move(labels));
  m.ctx = Context{store, graph, &m.options, m.metrics.get()};
  m.cache = std::make_unique<ReplyCache>(m.options.reply_cache_mb << 20);
}

Server::~Server() { Stop(); }

Result<int> Server::Start() {
  Impl& m = *impl_;
  if (m.started) return Status::InvalidArgument("server already started");
  if (m.options.threads == 0) return Status::InvalidArgument("`threads` must be at least 1");
  if (!m.ctx.store || !m.ctx.graph) return Status::InvalidArgument("server needs a store and a graph");
  if (m.options.token.empty() && !IsLoopback(m.options.host))
    std::cerr << "claimkb serve: warning: listening on `" << m.options.host
              << "` without a token: anyone who can reach it can ingest\n";

  if (m.options.engine == ServerOptions::Engine::kEpoll) {
    EventLimits limits;
    limits.workers = m.options.event_workers ? m.options.event_workers
                                             : std::max(1u, std::thread::hardware_concurrency());
    limits.pool_threads = m.options.threads;
    limits.keep_alive_max_count = m.options.keep_alive_max_count;
    limits.keep_alive_timeout_ms = m.options.keep_alive_timeout_sec * 1000;
    limits.read_timeout_ms = m.options.read_timeout_sec * 1000;
    limits.write_timeout_ms = m.options.write_timeout_sec * 1000;
    limits.serve_inline = [&m](std::string_view method, std::string_view path) { return m.ServeInline(method, path); };
    limits.serve_direct = [&m](std::string_view head, std::string& out) { return m.ServeDirect(head, out); };
    auto events = std::make_unique<EventServer>(std::move(limits));
    m.events = events.get();
    m.http = std::move(events);
  } else {
    m.events = nullptr;
    m.http = std::make_unique<httplib::Server>();
    size_t threads = m.options.threads;
    m.http->new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  }
  httplib::Server& http = *m.http;
  http.set_tcp_nodelay(true);
  http.set_keep_alive_max_count(m.options.keep_alive_max_count);
  http.set_keep_alive_timeout(m.options.keep_alive_timeout_sec);
  http.set_read_timeout(m.options.read_timeout_sec);
  http.set_write_timeout(m.options.write_timeout_sec);
  http.set_payload_max_length(m.options.max_body_bytes);

  http.set_pre_routing_handler([&m](const httplib::Request& req, httplib::Response& res) { return m.PreRoute(req, res); });
  // Requests with a body arrive here after httplib has read it (413 above the limit).
  auto with_body = [&m](const httplib::Request& req, httplib::Response& res) {
    if (t_route) m.Dispatch(*t_route, req, res);
  };
  for (const char* method : {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
    std::string any = ".*";
    std::string meth = method;
    if (meth == "GET") http.Get(any, with_body);
    if (meth == "POST") http.Post(any, with_body);
    if (meth == "PUT") http.Put(any, with_body);
    if (meth == "PATCH") http.Patch(any, with_body);
    if (meth == "DELETE") http.Delete(any, with_body);
  }
  // Errors raised inside httplib (413, a malformed request) get a problem body too.
  http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty() || res.status == 304) return httplib::Server::HandlerResponse::Unhandled;
    std::string detail = res.status == 413 ? "the request body is larger than the server accepts"
                                           : "the request could not be handled";
    WriteProblem(req, res, res.status, detail);
    return httplib::Server::HandlerResponse::Handled;
  }));
  http.set_exception_handler([](const httplib::Request& req, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::cerr << "claimkb serve: internal error on `" << req.method << " " << req.path << "`: " << what << "\n";
    WriteProblem(req, res, 500, "internal error; the server log has details");
  });
  http.set_logger([&m](const httplib::Request&, const httplib::Response& res) {
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_start).count();
    m.metrics->Record(m.RouteIndex(t_route), res.status, secs);
  });

  int port = m.options.port;
  if (port == 0) {
    port = http.bind_to_any_port(m.options.host);
    if (port < 0) return Status::IOError("cannot bind `" + m.options.host + "`");
  } else if (!http.bind_to_port(m.options.host, port)) {
    return Status::IOError("cannot bind `" + m.options.host + ":" + std::to_string(port) + "`");
  }
  WidenListenBacklog(port);
  if (m.events && !m.events->StartLoop()) return Status::IOError("cannot set up epoll");
  m.started = true;
  m.listening_done = false;
  m.thread = std::thread([&m] {
    m.http->listen_after_bind();
    std::lock_guard lock(m.mu);
    m.listening_done = true;
    m.cv.notify_all();
  });
  // httplib's stop() is a no-op until the accept loop runs: wait for it, so a
  // Stop() right after Start() cannot be lost.
  while (!http.is_running()) {
    {
      std::lock_guard lock(m.mu);
      if (m.listening_done) return Status::IOError("the server stopped while starting");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  return port;
}

void Server::Wait() {
  Impl& m = *impl_;
  std::unique_lock lock(m.mu);
  m.cv.wait(lock, [&m] { return !m.started || m.listening_done; });
}

void Server::Stop() {
  if (!impl_ || !impl_->started) return;
  Impl& m = *impl_;
  if (m.events) m.events->StopLoop();
  m.http->stop();
  if (m.thread.joinable()) m.thread.join();
  if (m.events) m.events->CloseAll();
  m.started = false;
}

Status ParseListen(const std::string& listen, std::string* host, int* port) {
  size_t colon = listen.rfind(':');
  if (colon == std::string::npos) return Status::InvalidArgument("`--listen` must be HOST:PORT, got `" + listen + "`");
  std::string h = listen.substr(0, colon);
  std::string p = listen.substr(colon + 1);
  if (h.size() >= 2 && h.front() == '[' && h.back() == ']') h = h.substr(1, h.size() - 2);
  if (h.empty()) h = "127.0.0.1";
  int n = 0;
  if (p.empty() || p.size() > 5) return Status::InvalidArgument("`--listen` has a bad port in `" + listen + "`");
  for (char ch : p) {
    if (ch < '0' || ch > '9') return Status::InvalidArgument("`--listen` has a bad port in `" + listen + "`");
    n = n * 10 + (ch - '0');
  }
  if (n > 65535) return Status::InvalidArgument("`--listen` has a bad port in `" + listen + "`");
  *host = h;
  *port = n;
  return Status::OK();
}

}  // namespace claimkb::api
