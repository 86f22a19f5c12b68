// The JSON Schemas in schema/ are the source of truth for what claimkb emits:
// real output is validated against them with a real validator (ajv).
#include <catch2/catch.hpp>

#include "core/model/json.h"
#include "tests/support.h"

using namespace claimkb;
using claimkb::testing::SchemaErrors;

TEST_CASE("claimkb extract output on the seed validates against extraction.schema.json", "[schema]") {
  std::string out;
  int rc = testing::Run(testing::ClaimkbBinary() + " extract --published 2025-09-22 " +
                            testing::SeedArticle().string(), &out);
  REQUIRE(rc == 0);
  CHECK(SchemaErrors("extraction", out) == "");
}

TEST_CASE("claimkb extract output on HTML and on stdin validates", "[schema]") {
  testing::TempDir dir;
  auto page = dir.path() / "page.html";
  testing::WriteFile(page,
                     "<html><head><title>Port strike ends</title></head><body><article>"
                     "<p>Dock workers in Rotterdam ended a five-day strike on Friday, the union said.</p>"
                     "<p>“We got what we asked for,” said Anna de Vries, a union spokeswoman.</p>"
                     "</article></body></html>");
  std::string out;
  REQUIRE(testing::Run(testing::ClaimkbBinary() + " extract --format html " + page.string(), &out) == 0);
  CHECK(SchemaErrors("extraction", out) == "");
  out.clear();
  REQUIRE(testing::Run("echo 'The minister said on Tuesday that 40% of the budget was spent.' | " +
                           testing::ClaimkbBinary() + " extract -", &out) == 0);
  CHECK(SchemaErrors("extraction", out) == "");
}

TEST_CASE("the validator rejects output that breaks the schema", "[schema]") {
  // Guards the guard: a schema test that cannot fail proves nothing.
  model::Extraction x;
  x.document.id = "d";
  x.document.text = "t";
  model::json j = x;
  CHECK(SchemaErrors("extraction", j.dump()) == "");
  j["claims"] = model::json::array({{{"id", "c"}}});
  CHECK(SchemaErrors("extraction", j.dump()) != "");
  model::json actor = model::Actor{"Not A Slug", "X", model::ActorType::kPerson, {}, {}, ""};
  CHECK(SchemaErrors("actor", actor.dump()) != "");
  model::json range = model::Quantity{"5-6 kg", 5, 6.0, "kg", "", "", {0, 6}};
  CHECK(SchemaErrors("quantity", range.dump()) == "");
}

TEST_CASE("a bad CLI input is one line on stderr and a non-zero exit", "[schema][cli]") {
  testing::TempDir dir;
  auto bad = dir.path() / "bad.txt";
  testing::WriteFile(bad, std::string("caf\xc3(\n", 6));
  std::string out;
  int rc = testing::Run(testing::ClaimkbBinary() + " extract " + bad.string() + " 2>&1", &out);
  CHECK(rc != 0);
  CHECK(out.find("invalid UTF-8") != std::string::npos);
  CHECK(std::count(out.begin(), out.end(), '\n') == 1);
  out.clear();
  rc = testing::Run(testing::ClaimkbBinary() + " extract /nonexistent/file.txt 2>&1", &out);
  CHECK(rc != 0);
  CHECK(out.find("cannot read") != std::string::npos);
}
