// The attribution check's matching rules on sentences written for the test.
#include <catch2/catch.hpp>

#include "api/match.h"

using namespace claimkb::api;

TEST_CASE("SplitReported separates the speaker from what they said", "[api][match]") {
  std::string speaker, content;
  SplitReported("Maduro said 87% of drugs go through the Pacific", &speaker, &content);
  CHECK(speaker == "Maduro");
  CHECK(content == "87% of drugs go through the Pacific");
  SplitReported("The finance minister has claimed that inflation fell.", &speaker, &content);
  CHECK(speaker == "The finance minister");
  CHECK(content == "inflation fell");
  SplitReported("According to the World Bank, growth will slow to 2%.", &speaker, &content);
  CHECK(speaker == "the World Bank");
  CHECK(content == "growth will slow to 2%");
  SplitReported("Growth will slow, the World Bank said.", &speaker, &content);
  CHECK(speaker == "the World Bank");
  CHECK(content == "Growth will slow");
  SplitReported("Inflation fell to 3% in May.", &speaker, &content);
  CHECK(speaker.empty());
  CHECK(content == "Inflation fell to 3% in May");
}

TEST_CASE("ContentTerms folds case, accents, number words and light inflection", "[api][match]") {
  Terms a = ContentTerms("Only seven percent of drugs are TRAFFICKED via the Caribbean.");
  Terms b = ContentTerms("7% of the drug trafficking goes through the caribbean");
  CHECK(a.numbers == std::vector<std::string>{"7"});
  CHECK(b.numbers == std::vector<std::string>{"7"});
  for (const char* w : {"7", "percent", "drug", "traffick", "caribbean"}) {
    INFO(w);
    CHECK(std::binary_search(a.words.begin(), a.words.end(), w));
    CHECK(std::binary_search(b.words.begin(), b.words.end(), w));
  }
  Terms c = ContentTerms("Delcy Rodríguez’s post had eighty-seven likes and 1,000 shares");
  CHECK(std::binary_search(c.words.begin(), c.words.end(), "rodriguez"));
  CHECK(c.numbers == std::vector<std::string>{"1000", "87"});
  CHECK(c.surface.front() == "eighty-seven");
}

TEST_CASE("Similarity rewards shared words and requires numbers to agree", "[api][match]") {
  Terms statement = ContentTerms("87% of drugs go through the Pacific");
  Terms same = ContentTerms("87% of drugs from South America are trafficked to the Western US via the Pacific Ocean");
  Terms other_number = ContentTerms("12% of drugs from South America are trafficked via the Pacific Ocean");
  Terms unrelated = ContentTerms("The minister opened a new bridge over the river");
  double s_same = Similarity(statement, same);
  CHECK(s_same > 0.7);
  CHECK(Similarity(statement, other_number) < 0.5);
  CHECK(Similarity(statement, unrelated) < 0.1);
}
