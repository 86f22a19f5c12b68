// Subcommands of the `claimkb` CLI. Each Add*Command registers its
// subcommands on the app; a subcommand's callback throws CliError with a
// one-line message on failure, which main() prints and turns into exit 1.
#pragma once

#include <CLI/CLI.hpp>

#include <stdexcept>
#include <string>

namespace claimkb::cli {

struct CliError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Reads a whole file, or standard input for "-". Throws CliError.
std::string ReadInput(const std::string& path);

void AddExtractCommand(CLI::App& app);
void AddServeCommand(CLI::App& app);
// ingest, export, import, stats, check, backup
void AddStoreCommands(CLI::App& app);

}  // namespace claimkb::cli
