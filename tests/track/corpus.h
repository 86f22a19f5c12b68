// The multi-outlet story in tests/data/clusters: five articles written for
// these tests about one invented event, with their publishers and dates.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/extract/document.h"
#include "tests/support.h"

namespace claimkb::testing {

inline std::filesystem::path ClusterDir() { return SourceDir() / "tests" / "data" / "clusters"; }

// The articles as extraction inputs, in manifest order.
inline std::vector<extract::Input> ClusterArticles() {
  auto manifest = nlohmann::json::parse(ReadFile(ClusterDir() / "manifest.json"));
  std::vector<extract::Input> out;
  for (const auto& m : manifest) {
    extract::Input in;
    in.bytes = ReadFile(ClusterDir() / m.at("file").get<std::string>());
    in.publisher = m.at("publisher");
    in.author = m.at("author");
    in.published = m.at("published");
    in.title = m.at("title");
    in.url = m.at("url");
    out.push_back(std::move(in));
  }
  return out;
}

}  // namespace claimkb::testing
