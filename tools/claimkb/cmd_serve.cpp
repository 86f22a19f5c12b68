// claimkb serve: open the store, load the claim graph from it, serve the REST API.
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "api/server.h"
#include "core/graph/load.h"
#include "tools/claimkb/commands.h"

namespace claimkb::cli {

namespace {

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.pop_back();
  size_t b = s.find_first_not_of(' ');
  return b == std::string::npos ? "" : s.substr(b);
}

}  // namespace

void AddServeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "Serve the REST API (/v1, /openapi.json) over a store");
  struct Opts {
    std::string db, listen = "127.0.0.1:8080", token_file, cors;
    size_t threads = 128;
    size_t max_body_mb = 50;
    size_t reply_cache_mb = api::ServerOptions().reply_cache_mb;
  };
  auto opts = std::make_shared<Opts>();
  cmd->add_option("--db", opts->db, "store directory (created when missing)")->required();
  cmd->add_option("--listen", opts->listen, "HOST:PORT to listen on (port 0: any free port)");
  cmd->add_option("--token-file", opts->token_file,
                  "file holding the bearer token writes must present (else env CLAIMKB_TOKEN)");
  cmd->add_option("--cors", opts->cors, "allowed CORS origin, or *");
  cmd->add_option("--threads", opts->threads, "worker threads: one per concurrent keep-alive connection");
  cmd->add_option("--max-body-mb", opts->max_body_mb, "largest request body accepted, in MB");
  cmd->add_option("--reply-cache-mb", opts->reply_cache_mb, "memory for finished GET replies kept until the next write; 0: off");
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
    graph::ClaimGraph g;
    if (Status ls = graph::LoadFromStore(**store, &g); !ls.ok()) throw CliError("loading the graph: " + ls.ToString());

    api::Server server(store->get(), &g, so);
    auto port = server.Start();
    if (!port.ok()) throw CliError(port.status().ToString());
    auto stats = g.Stats();
    std::cerr << "claimkb: serving `" << opts->db << "` (" << stats.documents << " documents, " << stats.claims
              << " claims) on http://" << so.host << ":" << *port << "/" << (so.token.empty() ? "" : " (writes need the token)")
              << "\n";
    std::atomic<bool> stopping{false};
    std::thread waiter([&] {
      int sig = 0;
      sigwait(&stop_signals, &sig);
      if (!stopping.exchange(true)) std::cerr << "claimkb: stopping\n";
      server.Stop();
    });
    server.Wait();
    if (!stopping.exchange(true)) kill(getpid(), SIGTERM);  // listening failed: release the waiter
    waiter.join();
  });
}

}  // namespace claimkb::cli
