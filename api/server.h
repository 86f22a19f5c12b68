// The claimkb REST API server (cpp-httplib): reads from a Store and a
// ClaimGraph, ingests into both. Construct, Start() on a port (0 = any free
// one), Stop(). Start/Stop from one thread; requests are served by event
// workers and a pool, or by a pool alone (ServerOptions::engine).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "core/base/status.h"
#include "core/graph/graph.h"
#include "core/store/store.h"

namespace claimkb::api {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                           // 0: an ephemeral port, see Start()
  std::string token;                         // non-empty: writes need "Authorization: Bearer <token>"
  size_t max_body_bytes = 50u * 1024 * 1024;  // larger request bodies get 413
  int read_timeout_sec = 10;
  int write_timeout_sec = 30;
  int keep_alive_timeout_sec = 5;
  size_t keep_alive_max_count = 1000;        // requests per connection
  // kEpoll: idle keep-alive connections wait in an epoll set and a few event
  // workers serve ready requests (api/event_server.h); `threads` is then the
  // pool for requests with a body and slow routes. kThreads: cpp-httplib's own
  // model, a pool thread per keep-alive connection for its lifetime.
  enum class Engine { kEpoll, kThreads };
  Engine engine = Engine::kEpoll;
  size_t event_workers = 0;                  // kEpoll: 0 = one per core
  // kThreads: size for the number of concurrent clients, not for the cores.
  size_t threads = 128;
  std::string cors_origin;                   // "" no CORS headers; "*" or an origin
  // Finished replies of store-only GET routes (Caching::kUntilWrite in the route
  // table) kept until the next store write; 0 disables.
  size_t reply_cache_mb = 32;
};

class Server {
 public:
  // REQUIRES: store and graph outlive the server; graph holds what store holds.
  Server(store::Store* store, graph::ClaimGraph* graph, ServerOptions options);
  ~Server();  // stops the server
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and starts serving on a background thread. Returns the bound port,
  // or IOError when the address cannot be bound; InvalidArgument for bad options.
  Result<int> Start();
  // Blocks until the server stops listening (Stop() from another thread, or a failure).
  void Wait();
  // Stops accepting, finishes in-flight requests, joins the thread. Idempotent.
  void Stop();

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

// Splits "host:port", "[::1]:port" or ":port" (host 127.0.0.1). InvalidArgument otherwise.
Status ParseListen(const std::string& listen, std::string* host, int* port);

}  // namespace claimkb::api
