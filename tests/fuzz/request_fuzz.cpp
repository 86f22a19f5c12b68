// Fuzz target: the JSON request bodies of POST /v1/documents and POST
// /v1/check, through their real handlers over a real store. A handler may
// answer any 4xx (HttpError); any other exception would be a 500: a bug.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <unistd.h>

#include "api/handlers/handlers.h"
#include "api/router.h"
#include "core/graph/graph.h"
#include "core/store/store.h"

namespace {

using namespace claimkb;

struct World {
  std::string dir;
  std::unique_ptr<store::Store> store;
  graph::ClaimGraph graph;
  api::ServerOptions options;
  api::Context ctx;

  World() {
    dir = (std::filesystem::temp_directory_path() / ("claimkb-fuzz-" + std::to_string(::getpid()))).string();
    std::filesystem::remove_all(dir);
    auto s = store::Store::Open(dir);
    if (!s.ok()) std::abort();
    store = std::move(s).value();
    ctx = api::Context{store.get(), &graph, &options, nullptr};
  }
  ~World() {
    store.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

World& TheWorld() {
  static World w;
  return w;
}

void Send(api::Handler handler, std::string body) {
  World& w = TheWorld();
  httplib::Request req;
  req.method = "POST";
  req.set_header("Content-Type", "application/json");
  req.body = std::move(body);
  httplib::Response res;
  std::vector<std::string_view> path;
  api::Call call{req, res, path};
  try {
    handler(w.ctx, call);
  } catch (const api::HttpError& e) {
    if (e.status() >= 500) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string body(reinterpret_cast<const char*>(data) + 1, size - 1);
  Send(data[0] & 1 ? api::handlers::CheckAttribution : api::handlers::IngestDocument, std::move(body));
  return 0;
}
