// claimkb ingest | export | import | stats | check | compact | backup: the store from the command line.
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include <httplib.h>

#include "api/server.h"
#include "core/extract/pipeline.h"
#include "core/store/store.h"
#include "tools/claimkb/commands.h"

namespace claimkb::cli {

namespace {

namespace fs = std::filesystem;

std::unique_ptr<store::Store> OpenOrThrow(const std::string& dir, bool read_only, bool sync = false) {
  store::Options o;
  o.read_only = read_only;
  o.sync = sync;
  auto s = store::Store::Open(dir, o);
  if (!s.ok()) throw CliError(s.status().ToString());
  return std::move(s).value();
}

bool IsArticle(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".txt" || ext == ".html" || ext == ".htm";
}

// Files named on the command line, and the articles inside named folders, each folder sorted.
std::vector<fs::path> ArticleFiles(const std::vector<std::string>& paths) {
  std::vector<fs::path> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec))
        if (it->is_regular_file(ec) && IsArticle(it->path())) found.push_back(it->path());
      if (ec) throw CliError("cannot list `" + p + "`: " + ec.message());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec)) {
      out.emplace_back(p);
    } else {
      throw CliError("no such file or folder `" + p + "`");
    }
  }
  return out;
}

void AddIngest(CLI::App& app) {
  auto* cmd = app.add_subcommand("ingest", "Extract articles (.txt, .html, .htm; files or folders) into a store");
  struct Opts {
    std::string db;
    std::vector<std::string> paths;
    bool sync = false, quiet = false, list = false;
  };
  auto o = std::make_shared<Opts>();
  cmd->add_option("--db", o->db, "store directory (created when missing)")->required();
  cmd->add_option("PATH", o->paths, "article files or folders")->required();
  cmd->add_flag("--sync", o->sync, "fsync every document (survives power loss)");
  cmd->add_flag("--quiet", o->quiet, "no progress line");
  cmd->add_flag("--list", o->list, "print `stored|unchanged ID PATH` as each file is committed");
  cmd->callback([o] {
    const auto files = ArticleFiles(o->paths);
    if (files.empty()) throw CliError("no .txt, .html or .htm files in the given paths");
    auto db = OpenOrThrow(o->db, false, o->sync);
    const bool progress = !o->quiet && files.size() >= 20 && ::isatty(STDERR_FILENO);
    size_t fresh = 0, unchanged = 0, failed = 0, skipped = 0, claims = 0, actors = 0, done = 0;
    std::string only_error;  // a single file's error is the command's one line on stderr
    auto fail = [&](const std::string& message) {
      ++failed;
      if (files.size() == 1) only_error = message;
      else std::cerr << (progress ? "\n" : "") << "claimkb: " << message << "\n";
    };
    for (const auto& f : files) {
      ++done;
      if (progress && (done % 10 == 0 || done == files.size()))
        std::cerr << "\ringest " << done << "/" << files.size() << std::flush;
      extract::Input in;
      try {
        in.bytes = ReadInput(f.string());
      } catch (const CliError& e) {
        fail(e.what());
        continue;
      }
      auto x = extract::Extract(in);
      if (!x.ok()) {
        fail(f.string() + ": " + x.status().ToString());
        continue;
      }
      auto r = db->Ingest(*x);
      if (!r.ok()) {
        fail(f.string() + ": " + r.status().ToString());
        // The store itself failed (a full disk, a damaged file): the files left would fail the same way.
        if (r.status().IsIOError() || r.status().IsNoSpace() || r.status().IsCorruption()) {
          skipped = files.size() - done;
          break;
        }
        continue;
      }
      if (o->list) std::cout << (r->stored ? "stored " : "unchanged ") << r->document_id << " " << f.string() << std::endl;
      if (r->stored) {
        ++fresh;
        claims += r->claims;
        actors += r->actors_new;
      } else {
        ++unchanged;
      }
    }
    if (progress) std::cerr << "\n";
    std::cout << "documents: " << fresh << " new, " << unchanged << " unchanged, " << failed << " failed"
              << (skipped ? ", " + std::to_string(skipped) + " not read" : std::string()) << "; claims: " << claims
              << " new; actors: " << actors << " new\n";
    if (!only_error.empty()) throw CliError(only_error);
    if (skipped)
      throw CliError("stopped at a store error; " + std::to_string(skipped) + " of " + std::to_string(files.size()) +
                     " files not read");
    if (failed) throw CliError(std::to_string(failed) + " of " + std::to_string(files.size()) + " files failed");
  });
}

void AddExport(CLI::App& app) {
  auto* cmd = app.add_subcommand("export", "Write the whole store as NDJSON (restorable with import)");
  struct Opts {
    std::string db, format = "ndjson", out;
  };
  auto o = std::make_shared<Opts>();
  cmd->add_option("--db", o->db, "store directory")->required();
  cmd->add_option("--format", o->format, "output format")->check(CLI::IsMember({"ndjson"}));
  cmd->add_option("--out", o->out, "output file (default: standard output)");
  cmd->callback([o] {
    auto db = OpenOrThrow(o->db, true);
    Status s;
    if (o->out.empty() || o->out == "-") {
      s = db->Export(std::cout);
    } else {
      // Written beside the target and renamed over it whole, so a failed export leaves no truncated file.
      const std::string partial = o->out + ".partial";
      std::ofstream out(partial, std::ios::binary | std::ios::trunc);
      if (!out) throw CliError("cannot write `" + partial + "`");
      s = db->Export(out);
      out.close();
      if (s.ok() && !out) s = Status::IOError("export: writing `" + partial + "` failed");
      std::error_code ec;
      if (s.ok()) {
        fs::rename(partial, o->out, ec);
        if (ec) s = Status::IOError("export: cannot rename `" + partial + "` to `" + o->out + "`: " + ec.message());
      }
      if (!s.ok()) fs::remove(partial, ec);
    }
    if (!s.ok()) throw CliError(s.ToString());
  });
}

void AddImport(CLI::App& app) {
  auto* cmd = app.add_subcommand("import", "Restore an NDJSON export into an empty store");
  struct Opts {
    std::string db, file;
  };
  auto o = std::make_shared<Opts>();
  cmd->add_option("--db", o->db, "store directory (must be empty or new)")->required();
  cmd->add_option("FILE", o->file, "export file, or - for standard input")->required();
  cmd->callback([o] {
    std::ifstream file;
    if (o->file != "-") {
      file.open(o->file, std::ios::binary);
      if (!file) throw CliError("cannot read `" + o->file + "`");
    }
    auto db = OpenOrThrow(o->db, false);
    auto r = db->Import(o->file == "-" ? std::cin : file);
    if (!r.ok()) throw CliError(r.status().ToString());
    std::cout << "imported " << r->records << " records\n";
  });
}

void AddStats(CLI::App& app) {
  auto* cmd = app.add_subcommand("stats", "Print counts and disk size of a store as JSON");
  auto db_dir = std::make_shared<std::string>();
  cmd->add_option("--db", *db_dir, "store directory")->required();
  cmd->callback([db_dir] {
    auto db = OpenOrThrow(*db_dir, true);
    auto st = db->GetStats();
    if (!st.ok()) throw CliError(st.status().ToString());
    nlohmann::json j{{"documents", st->documents}, {"claims", st->claims}, {"actors", st->actors},
                     {"events", st->events},       {"edges", st->edges},   {"disk_bytes", st->disk_bytes}};
    std::cout << j.dump() << "\n";
  });
}

void AddCheck(CLI::App& app) {
  auto* cmd = app.add_subcommand("check", "Verify every record and index of a store");
  auto db_dir = std::make_shared<std::string>();
  cmd->add_option("--db", *db_dir, "store directory")->required();
  cmd->callback([db_dir] {
    auto db = OpenOrThrow(*db_dir, true);
    auto problems = db->Check();
    if (!problems.ok()) throw CliError(problems.status().ToString());
    if (problems->empty()) {
      std::cout << "ok\n";
      return;
    }
    for (const auto& p : *problems) std::cout << p << "\n";
    throw CliError("check found problems in `" + *db_dir + "`: " + problems->front());
  });
}

void AddCompact(CLI::App& app) {
  auto* cmd = app.add_subcommand("compact", "Rewrite the store compactly (prints disk bytes before and after)");
  auto db_dir = std::make_shared<std::string>();
  cmd->add_option("--db", *db_dir, "store directory")->required();
  cmd->callback([db_dir] {
    if (!fs::exists(*db_dir)) throw CliError("no store at `" + *db_dir + "`");
    auto db = OpenOrThrow(*db_dir, false);
    auto before = db->GetStats();
    if (!before.ok()) throw CliError(before.status().ToString());
    Status s = db->Compact();
    if (!s.ok()) throw CliError(s.ToString());
    auto after = db->GetStats();
    if (!after.ok()) throw CliError(after.status().ToString());
    std::cout << nlohmann::json{{"disk_bytes_before", before->disk_bytes}, {"disk_bytes_after", after->disk_bytes}}.dump()
              << "\n";
  });
}

// Asks a running server for a checkpoint of the store it holds (POST /v1/admin/backup).
void BackupLive(const std::string& server, const std::string& to) {
  std::string host;
  int port = 0;
  Status s = api::ParseListen(server, &host, &port);
  if (!s.ok()) throw CliError(s.ToString());
  httplib::Client client(host, port);
  client.set_read_timeout(3600);
  httplib::Headers headers;
  if (const char* token = std::getenv("CLAIMKB_TOKEN")) headers.emplace("Authorization", std::string("Bearer ") + token);
  const std::string dir = fs::absolute(to).lexically_normal().string();
  auto r = client.Post("/v1/admin/backup", headers, nlohmann::json{{"to", dir}}.dump(), "application/json");
  if (!r) throw CliError("cannot reach `" + server + "`: " + httplib::to_string(r.error()));
  if (r->status != 201) {
    auto problem = nlohmann::json::parse(r->body, nullptr, false);
    std::string detail = problem.is_object() && problem.contains("detail") && problem["detail"].is_string()
                             ? problem["detail"].get<std::string>()
                             : r->body;
    throw CliError("backup by `" + server + "` failed (" + std::to_string(r->status) + "): " + detail);
  }
  std::cout << "backup written to " << dir << "\n";
}

void AddBackup(CLI::App& app) {
  auto* cmd = app.add_subcommand("backup", "Copy a consistent snapshot of a store to a new directory");
  struct Opts {
    std::string db, to, server;
  };
  auto o = std::make_shared<Opts>();
  cmd->add_option("--db", o->db, "store directory (not with --server)");
  cmd->add_option("--to", o->to, "backup directory (must not exist)")->required();
  cmd->add_option("--server", o->server,
                  "HOST:PORT of a running `claimkb serve` to back up its store (token from env CLAIMKB_TOKEN)");
  cmd->callback([o] {
    if (o->server.empty() == o->db.empty()) throw CliError("give exactly one of --db and --server");
    if (!o->server.empty()) {
      BackupLive(o->server, o->to);
      return;
    }
    auto opened = store::Store::Open(o->db);
    if (opened.status().code() == Status::Code::kBusy)
      throw CliError(opened.status().ToString() + "; to back up the store of a running `claimkb serve`, use --server HOST:PORT");
    if (!opened.ok()) throw CliError(opened.status().ToString());
    auto db = std::move(opened).value();
    Status s = db->Backup(o->to);
    if (!s.ok()) throw CliError(s.ToString());
    std::cout << "backup written to " << o->to << "\n";
  });
}

}  // namespace

void AddStoreCommands(CLI::App& app) {
  AddIngest(app);
  AddExport(app);
  AddImport(app);
  AddStats(app);
  AddCheck(app);
  AddCompact(app);
  AddBackup(app);
}

}  // namespace claimkb::cli
