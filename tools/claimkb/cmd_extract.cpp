// claimkb extract: one article in, one extraction JSON object out.
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "core/extract/pipeline.h"
#include "core/model/json.h"
#include "tools/claimkb/commands.h"

namespace claimkb::cli {

std::string ReadInput(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw CliError("cannot read `" + path + "`");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void AddExtractCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("extract", "Extract claims from one article (text or HTML) and print JSON");
  struct Opts {
    std::string file, published, title, url, format = "auto";
    bool pretty = false;
  };
  auto opts = std::make_shared<Opts>();
  cmd->add_option("FILE", opts->file, "article file, or - for standard input")->required();
  cmd->add_option("--published", opts->published, "publication date YYYY-MM-DD (anchors relative dates)");
  cmd->add_option("--title", opts->title, "title, overriding the page's own");
  cmd->add_option("--url", opts->url, "the article's URL");
  cmd->add_option("--format", opts->format, "input format")->check(CLI::IsMember({"auto", "text", "html"}));
  cmd->add_flag("--pretty", opts->pretty, "indent the JSON");
  cmd->callback([opts] {
    extract::Input in;
    in.bytes = ReadInput(opts->file);
    in.format = opts->format == "html" ? extract::Format::kHtml
                : opts->format == "text" ? extract::Format::kText
                                         : extract::Format::kAuto;
    in.published = opts->published;
    in.title = opts->title;
    in.url = opts->url;
    auto result = extract::Extract(in);
    if (!result.ok()) throw CliError(opts->file + ": " + result.status().ToString());
    nlohmann::json j = *result;
    std::cout << (opts->pretty ? j.dump(1) : j.dump()) << "\n";
  });
}

}  // namespace claimkb::cli
