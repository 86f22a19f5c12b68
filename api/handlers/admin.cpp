// POST /v1/admin/backup: a consistent copy of the live store (a RocksDB
// checkpoint), for `claimkb backup --server` while `serve` holds the store.
#include <filesystem>

#include "api/handlers/handlers.h"

namespace claimkb::api::handlers {

void AdminBackup(const Context& ctx, Call& c) {
  json body = json::parse(c.req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) BadParam("body", "the body is not a JSON object");
  auto to = body.find("to");
  if (to == body.end() || !to->is_string() || to->get<std::string>().empty())
    BadParam("to", "`to` (a directory on the server that does not exist yet) is required");
  const std::string dir = to->get<std::string>();
  if (!std::filesystem::path(dir).is_absolute()) BadParam("to", "`to` must be an absolute path, got `" + dir + "`");
  Check(ctx.store->Backup(dir));
  ReplyJson(c, {{"backup", dir}}, 201);
}

}  // namespace claimkb::api::handlers
