// An httplib::Server whose idle keep-alive connections wait in one epoll set
// instead of each parking a pool thread. httplib still parses, routes and
// writes every request (Server::process_request); what changes is who waits
// for the socket and how bytes move.
//
// Why: the packaged cpp-httplib (0.11.4) serves a connection on one pool
// thread for its lifetime and polls before every read and write, so each
// request costs ~7 syscalls and a thread wake-up; its per-request
// SocketStream also drops pipelined bytes it has already read.
//
// How: the accept loop hands each socket to process_and_close_socket (a
// virtual of httplib::Server), overridden to serve what is there and register
// the socket in the epoll set (EPOLLIN | EPOLLONESHOT). A few event workers
// (about one per core) take ready sockets; EPOLLONESHOT gives one thread at a
// time a connection. The owner reads what is there without blocking into the
// connection's own buffer (ConnectionStream: bytes of a pipelined next request
// stay there), serves every complete request in it through process_request,
// sends the replies in one write and re-arms the socket. The classic blocking
// path, on httplib's thread pool (reads wait up to the read timeout), takes
// what must not stall a worker: a request with a body (Content-Length,
// Transfer-Encoding, Expect), a header block over kMaxHeaderBytes, a route
// the serve_inline predicate leaves out (slow or streamed replies), and a
// reply the socket will not take without blocking. A partial header waits in
// epoll, not on a thread. A sweeper shuts down (shutdown(2); the owner then
// reads the end and closes) connections idle past the keep-alive timeout and
// partial headers older than the read timeout. Stop: StopLoop() joins the
// workers and the sweeper, httplib's stop() joins the pool, CloseAll() closes
// every connection left.
#pragma once

#include <httplib.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string_view>
#include <thread>
#include <unordered_set>
#include <vector>

namespace claimkb::api {

// Header names compare without regard to ASCII case (RFC 9110).
bool HeaderNameIs(std::string_view name, std::string_view want);

struct EventLimits {
  size_t workers = 2;                  // event-loop threads
  size_t pool_threads = 16;            // the blocking path
  size_t keep_alive_max_count = 1000;  // requests per connection
  int keep_alive_timeout_ms = 5000;    // idle connection closed after
  int read_timeout_ms = 10000;         // partial header (and blocking reads) given up after
  int write_timeout_ms = 30000;        // a blocking send given up after
  // Whether a request (method, path without query) is served on an event
  // worker; false sends it to the pool. Called from several threads.
  std::function<bool(std::string_view method, std::string_view path)> serve_inline;
  // Answers a complete request without a body, given its header block (the
  // request line through the blank line), by appending the whole reply to
  // out; false leaves the request to httplib. Asked only for a request that
  // is not the connection's last (httplib answers that one with
  // "Connection: close"). Called from several threads.
  std::function<bool(std::string_view head, std::string& out)> serve_direct;
};

class EventServer : public httplib::Server {
 public:
  explicit EventServer(EventLimits limits);
  ~EventServer() override;

  // Before listen_after_bind(). False when epoll cannot be set up.
  bool StartLoop();
  // Joins the event workers and the sweeper; then call stop(), join the
  // listening thread (httplib joins its pool) and CloseAll().
  void StopLoop();
  void CloseAll();

  // Connections open now (tests).
  size_t OpenConnections();

  // A header block larger than this goes to the blocking path (httplib's own limits apply there).
  static constexpr size_t kMaxHeaderBytes = 64 * 1024;

 private:
  class ConnectionStream;
  struct Connection;
  class Pool;
  enum class Pending { kNothing, kPartial, kInline, kPool };

  bool process_and_close_socket(socket_t sock) override;

  void Work();
  void Sweep();
  // Serves what the connection has, then re-arms it, closes it or hands it to the pool.
  void Serve(Connection& c, bool on_pool);
  Pending Inspect(Connection& c) const;
  // The request at the head of c's buffer answered by serve_direct.
  bool ServeDirect(Connection& c);
  void Arm(Connection& c, Pending pending);
  bool HandOff(Connection& c);
  void Close(Connection& c);
  void SetPool(Pool* pool);

  EventLimits limits_;
  int epoll_fd_ = -1;
  int wake_fd_ = -1;
  std::atomic<bool> stopping_{false};
  std::vector<std::thread> workers_;
  std::thread sweeper_;
  std::mutex sweep_mu_;
  std::condition_variable sweep_cv_;

  std::mutex pool_mu_;
  Pool* pool_ = nullptr;  // httplib owns it; null before listening and from its shutdown on

  std::mutex conns_mu_;
  std::unordered_set<Connection*> conns_;
};

}  // namespace claimkb::api
