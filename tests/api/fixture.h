// A real claimkb server on an ephemeral port over a real RocksDB store in a
// temporary directory, an HTTP client for it, and batched schema checks.
#pragma once

#include <httplib.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "api/server.h"
#include "core/graph/graph.h"
#include "core/store/store.h"
#include "tests/support.h"

namespace claimkb::testing {

using nlohmann::json;

class ApiServer {
 public:
  explicit ApiServer(api::ServerOptions opt = {}) {
    auto s = store::Store::Open((dir_.path() / "db").string());
    REQUIRE(s.ok());
    store_ = std::move(s).value();
    opt.host = "127.0.0.1";
    opt.port = 0;
    opt.threads = 8;
    token_ = opt.token;
    server_ = std::make_unique<api::Server>(store_.get(), &graph_, opt);
    auto port = server_->Start();
    REQUIRE(port.ok());
    port_ = *port;
  }
  ~ApiServer() { server_->Stop(); }
  void Stop() { server_->Stop(); }

  int port() const { return port_; }
  store::Store& store() { return *store_; }
  graph::ClaimGraph& graph() { return graph_; }

  httplib::Client Client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30);
    return c;
  }
  httplib::Headers Auth() const {
    return token_.empty() ? httplib::Headers{} : httplib::Headers{{"Authorization", "Bearer " + token_}};
  }

  httplib::Result Get(const std::string& path, httplib::Headers h = {}) { return Client().Get(path, h); }
  httplib::Result Post(const std::string& path, const std::string& body, const std::string& type) {
    return Client().Post(path, Auth(), body, type);
  }
  // GET that must answer 200 with JSON.
  json GetJson(const std::string& path) {
    auto r = Get(path);
    REQUIRE(r);
    INFO(path << " -> " << r->status << " " << r->body.substr(0, 500));
    REQUIRE(r->status == 200);
    return json::parse(r->body);
  }
  // Ingests the seed article over HTTP; returns the response JSON.
  json IngestSeed() {
    auto r = Post("/v1/documents?published=2025-09-22&publisher=" + httplib::detail::encode_query_param("The Libertarian Institute") +
                      "&title=" + httplib::detail::encode_query_param("Maduro Sent Letter to Trump Offering Talks to Prevent Conflict"),
                  ReadFile(SeedArticle()), "text/plain");
    REQUIRE(r);
    INFO(r->body.substr(0, 500));
    REQUIRE((r->status == 201 || r->status == 200));
    return json::parse(r->body);
  }

 private:
  TempDir dir_;
  std::unique_ptr<store::Store> store_;
  graph::ClaimGraph graph_;
  std::unique_ptr<api::Server> server_;
  std::string token_;
  int port_ = 0;
};

// Collects response bodies per schema and validates each group with one ajv run.
class SchemaBatch {
 public:
  void Add(const std::string& schema, const std::string& body) { bodies_[schema].push_back(json::parse(body).dump()); }
  void Add(const std::string& schema, const json& j) { bodies_[schema].push_back(j.dump()); }
  void CheckAll() {
    for (const auto& [schema, docs] : bodies_) {
      std::string lines;
      for (const auto& d : docs) lines += d + "\n";
      INFO("schema " << schema << " (" << docs.size() << " responses)");
      CHECK(SchemaErrors(schema, lines, /*ndjson=*/true) == "");
    }
    bodies_.clear();
  }

 private:
  std::map<std::string, std::vector<std::string>> bodies_;
};

inline std::string Component(const std::string& name) { return "openapi.json#/components/schemas/" + name; }

}  // namespace claimkb::testing
