#include <catch2/catch.hpp>

#include <algorithm>

#include "core/base/utf8.h"
#include "core/extract/pipeline.h"
#include "tests/support.h"

using namespace claimkb;

TEST_CASE("every claim span points at its own text in code points", "[extract][pipeline]") {
  extract::Input in;
  in.bytes = testing::ReadFile(testing::SeedArticle());
  in.published = "2025-09-22";
  auto r = extract::Extract(in);
  REQUIRE(r.ok());
  const std::string& text = r->document.text;
  utf8::OffsetMap map(text);
  REQUIRE_FALSE(r->claims.empty());
  for (const auto& c : r->claims) {
    INFO(c.id);
    CHECK(utf8::Substr(text, map, c.span.start, c.span.end) == c.text);
    CHECK(c.quote.exact == c.text);
    CHECK(c.document_id == r->document.id);
  }
}

TEST_CASE("re-extracting the same article yields the same ids", "[extract][pipeline]") {
  extract::Input in;
  in.bytes = testing::ReadFile(testing::SeedArticle());
  auto a = extract::Extract(in), b = extract::Extract(in);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a->document.id == b->document.id);
  REQUIRE(a->claims.size() == b->claims.size());
  for (size_t i = 0; i < a->claims.size(); ++i) CHECK(a->claims[i].id == b->claims[i].id);
}

TEST_CASE("unreadable input is an InvalidArgument, not a crash", "[extract][pipeline]") {
  extract::Input in;
  in.bytes = std::string("\xff\xfe\x00\x01", 4);
  CHECK(extract::Extract(in).status().IsInvalidArgument());
  in.bytes = "   \n\n  ";
  CHECK(extract::Extract(in).status().IsInvalidArgument());
}

TEST_CASE("without a publication date the output says relative dates are unresolved", "[extract][pipeline]") {
  extract::Input in;
  in.bytes = "Officials said on Monday that talks would resume.";
  auto r = extract::Extract(in);
  REQUIRE(r.ok());
  REQUIRE_FALSE(r->warnings.empty());
  CHECK(r->warnings[0].find("unresolved") != std::string::npos);
}

TEST_CASE("a dateline is neither an actor nor part of a claim", "[extract][pipeline]") {
  extract::Input in;
  in.bytes = "LISBON \u2014 Prime Minister Rui Costa said on Monday that the rail strike had ended.";
  auto r = extract::Extract(in);
  REQUIRE(r.ok());
  for (const auto& a : r->actors) CHECK(a.name != "LISBON");
  REQUIRE_FALSE(r->claims.empty());
  for (const auto& c : r->claims) CHECK(c.sentence.rfind("Prime Minister", 0) == 0);
}

TEST_CASE("'the company' refers back to the business named before it", "[extract][pipeline]") {
  extract::Input in;
  in.bytes = "Nordvik Shipping will close two depots, the company said on Tuesday.";
  auto r = extract::Extract(in);
  REQUIRE(r.ok());
  bool found = false;
  for (const auto& c : r->claims)
    if (c.attribution.kind != model::AttributionKind::kAuthor) {
      found = true;
      CHECK(c.attribution.speakers == std::vector<std::string>{"nordvik-shipping"});
    }
  CHECK(found);
}

TEST_CASE("a pronoun speaker continues the previous speaker, not a country named in between", "[extract][pipeline]") {
  extract::Input in;
  in.bytes =
      "Trade ministry officials said that exports to Chile had doubled since spring. They said that the figures "
      "for the autumn would be published in December.\n";
  in.format = extract::Format::kText;
  auto r = extract::Extract(in);
  REQUIRE(r.ok());
  std::string officials, second;
  for (const auto& c : r->claims) {
    if (c.attribution.kind == model::AttributionKind::kAuthor || c.attribution.speakers.empty()) continue;
    if (c.text.find("exports to Chile") != std::string::npos) officials = c.attribution.speakers[0];
    if (c.text.find("published in December") != std::string::npos) second = c.attribution.speakers[0];
  }
  REQUIRE_FALSE(officials.empty());
  CHECK(second == officials);
}

TEST_CASE("a described group is an actor only when it speaks", "[extract][pipeline][actors]") {
  extract::Input in;
  in.bytes =
      "Jewish groups also condemned the proposal to ban visitors from the region.\n\n"
      "Election officials said the count would finish on Friday.\n";
  in.published = "2016-03-02";
  auto r = extract::Extract(in);
  REQUIRE(r.ok());
  auto has = [&](std::string_view name) {
    for (const auto& a : r->actors)
      if (a.name == name) return true;
    return false;
  };
  CHECK_FALSE(has("Jewish groups"));
  CHECK(has("Election officials"));
  for (const auto& c : r->claims)
    for (const auto& id : c.actors) {
      INFO(id);
      CHECK(std::any_of(r->actors.begin(), r->actors.end(), [&](const auto& a) { return a.id == id; }));
    }
}
