// Small helpers shared by the store tests.
#pragma once

#include <catch2/catch.hpp>

#include <memory>
#include <sstream>
#include <string>

#include "core/store/store.h"

namespace claimkb::testing {

inline std::unique_ptr<store::Store> OpenStore(const std::string& dir, const store::Options& o = {}) {
  auto s = store::Store::Open(dir, o);
  INFO(s.status().ToString());
  REQUIRE(s.ok());
  return std::move(s).value();
}

inline std::string ExportOf(const store::Store& s) {
  std::ostringstream out;
  REQUIRE(s.Export(out).ok());
  return out.str();
}

inline std::vector<std::string> CheckOf(const store::Store& s) {
  auto p = s.Check();
  REQUIRE(p.ok());
  return *p;
}

}  // namespace claimkb::testing
