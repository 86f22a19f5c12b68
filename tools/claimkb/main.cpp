// claimkb: extract claims from news articles, store them, serve them.
#include <iostream>

#include "tools/claimkb/commands.h"

int main(int argc, char** argv) {
  CLI::App app{"claimkb: a claim and fact-tracking knowledge base"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "claimkb 0.1.0");
  claimkb::cli::AddExtractCommand(app);
  claimkb::cli::AddServeCommand(app);
  claimkb::cli::AddStoreCommands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const claimkb::cli::CliError& e) {
    std::cerr << "claimkb: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "claimkb: unexpected error: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
