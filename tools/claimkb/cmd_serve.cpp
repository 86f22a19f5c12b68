// claimkb serve: open the store, load the claim graph (from its snapshot when
// that is current, else rebuilt from the store), serve the REST API.
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "api/server.h"
#include "core/graph/load.h"
#include "core/graph/snapshot.h"
#include "tools/claimkb/commands.h"

namespace claimkb::cli {

namespace {

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  size_t b = s.find_first_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b);
}

double SecondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void WriteGraphSnapshot(const graph::ClaimGraph& g, uint64_t sequence, const std::string& path) {
  auto t0 = std::chrono::steady_clock::now();
  Status s = graph::WriteSnapshot(g, sequence, path);
  if (s.ok()) {
    std::cerr << "claimkb: wrote the graph snapshot in " << SecondsSince(t0) << " s\n";
  } else {
    std::cerr << "claimkb: could not write the graph snapshot: " << s.ToString() << "\n";
  }
}

}  // namespace

void AddServeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "Serve the REST API (/v1, /openapi.json) over a store");
  struct Opts {
    std::string db, listen = "127.0.0.1:8080", token_file, cors;
    size_t threads = 128;
    std::string engine = "epoll";
    size_t max_body_mb = 50;
    size_t reply_cache_mb = api::ServerOptions().reply_cache_mb;
    bool no_graph_snapshot = false;
  };
  auto opts = std::make_shared<Opts>();
  cmd->add_option("--db", opts->db, "store directory (created when missing)")->required();
  cmd->add_option("--listen", opts->listen, "HOST:PORT to listen on (port 0: any free port)");
  cmd->add_option("--token-file", opts->token_file,
                  "file holding the bearer token writes must present (else env CLAIMKB_TOKEN)");
  cmd->add_option("--cors", opts->cors, "allowed CORS origin, or *");
  cmd->add_option("--http-engine", opts->engine,
                  "epoll: idle connections wait in epoll, a worker per core serves ready requests; "
                  "threads: a pool thread per keep-alive connection (cpp-httplib's model)")
      ->check(CLI::IsMember({"epoll", "threads"}));
  cmd->add_option("--threads", opts->threads,
                  "pool threads: for requests with a body and slow routes (epoll), or one per keep-alive connection (threads)");
  cmd->add_option("--max-body-mb", opts->max_body_mb, "largest request body accepted, in MB");
  cmd->add_option("--reply-cache-mb", opts->reply_cache_mb, "memory for finished GET replies kept until the next write; 0: off");
  cmd->add_flag("--no-graph-snapshot", opts->no_graph_snapshot,
                "always rebuild the graph from the store at start; write no snapshot");
  cmd->callback([opts] {
    api::ServerOptions so;
    Status s = api::ParseListen(opts->listen, &so.host, &so.port);
    if (!s.ok()) throw CliError(s.message());
    if (!opts->token_file.empty()) {
      so.token = Trimmed(ReadInput(opts->token_file));
      if (so.token.empty()) throw CliError("`" + opts->token_file + "` holds no token");
    } else if (const char* env = std::getenv("CLAIMKB_TOKEN")) {
      so.token = Trimmed(env);
    }
    so.cors_origin = opts->cors;
    so.threads = opts->threads;
    so.engine = opts->engine == "threads" ? api::ServerOptions::Engine::kThreads : api::ServerOptions::Engine::kEpoll;
    so.max_body_bytes = opts->max_body_mb * 1024 * 1024;
    so.reply_cache_mb = opts->reply_cache_mb;

    // Block SIGINT/SIGTERM in every thread (before RocksDB starts its own); one thread waits for them and stops the server.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

    auto store = store::Store::Open(opts->db);
    if (!store.ok()) throw CliError(opts->db + ": " + store.status().ToString());
    // The graph: read from its snapshot when that is as new as the store; else
    // rebuilt, and the snapshot written in the background once serving.
    const bool use_snapshot = !opts->no_graph_snapshot;
    const std::string snapshot = graph::SnapshotPath(opts->db);
    auto g = std::make_unique<graph::ClaimGraph>();
    graph::LoadReport loaded;
    if (use_snapshot) {
      auto r = graph::LoadGraph(**store, snapshot, g.get());
      if (!r.ok()) throw CliError("loading the graph: " + r.status().ToString());
      loaded = *r;
    } else {
      auto t0 = std::chrono::steady_clock::now();
      loaded.sequence = (*store)->WriteSequence();
      if (Status ls = graph::LoadFromStore(**store, g.get()); !ls.ok()) throw CliError("loading the graph: " + ls.ToString());
      loaded.seconds = SecondsSince(t0);
    }
    if (loaded.from_snapshot) {
      std::cerr << "claimkb: graph read from its snapshot in " << loaded.seconds << " s\n";
    } else {
      std::cerr << "claimkb: graph rebuilt from the store in " << loaded.seconds << " s"
                << (loaded.fallback.empty() ? "" : " (" + loaded.fallback + ")") << "\n";
    }

    auto server = std::make_unique<api::Server>(store->get(), g.get(), so);
    auto port = server->Start();
    if (!port.ok()) throw CliError(port.status().ToString());
    std::thread snapshot_writer;
    if (use_snapshot && !loaded.from_snapshot) {
      // Holds the graph's shared lock while writing: reads go on, an ingest waits.
      // A write to the store before it starts makes the stamp stale: the next start rebuilds.
      snapshot_writer = std::thread([&] {
        if ((*store)->WriteSequence() == loaded.sequence) WriteGraphSnapshot(*g, loaded.sequence, snapshot);
      });
    }
    auto stats = g->Stats();
    std::cerr << "claimkb: serving `" << opts->db << "` (" << stats.documents << " documents, " << stats.claims
              << " claims) on http://" << so.host << ":" << *port << "/" << (so.token.empty() ? "" : " (writes need the token)")
              << "\n";
    std::atomic<bool> stopping{false};
    std::thread waiter([&] {
      int sig = 0;
      sigwait(&stop_signals, &sig);
      if (!stopping.exchange(true)) std::cerr << "claimkb: stopping\n";
      server->Stop();
    });
    server->Wait();
    if (!stopping.exchange(true)) kill(getpid(), SIGTERM);  // listening failed: release the waiter
    waiter.join();
    if (snapshot_writer.joinable()) snapshot_writer.join();
    server.reset();

    // The store changed while serving. The live graph follows ingests but not
    // every store-side change (corrections rewrite said_by edges), so the
    // snapshot is of a graph rebuilt from the store, as the next start would build it.
    const uint64_t sequence = (*store)->WriteSequence();
    if (use_snapshot && sequence != loaded.sequence) {
      std::cerr << "claimkb: the store changed; rebuilding the graph for its snapshot\n";
      g.reset();
      auto t0 = std::chrono::steady_clock::now();
      graph::ClaimGraph rebuilt;
      if (Status ls = graph::LoadFromStore(**store, &rebuilt); ls.ok()) {
        std::cerr << "claimkb: graph rebuilt in " << SecondsSince(t0) << " s\n";
        WriteGraphSnapshot(rebuilt, sequence, snapshot);
      } else {
        std::cerr << "claimkb: could not rebuild the graph: " << ls.ToString() << "\n";
      }
    }
  });
}

}  // namespace claimkb::cli
