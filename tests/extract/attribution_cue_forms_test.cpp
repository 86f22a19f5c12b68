// Cue forms found missing on political news: a comma right after the cue,
// a question closing its own sentence before "asked X", a promise quoted
// before "X vowed", reporting verbs of complaint and conjecture, gerunds with
// their own subject ("with officials saying") and a reaction before its quote.
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::CountAttributed;
using testing::ExtractText;
using testing::SpokenBy;

namespace {

// A sentence, the content a claim must hold, and a word of its speaker's name.
struct Case {
  const char* text;
  const char* content;
  const char* speaker;
};

}  // namespace

TEST_CASE("a source opening the sentence, its cue and a comma: the content follows",
          "[extract][attribution][comma]") {
  const Case cases[] = {
      {"Mayor Tom Bell said, however, that the budget would not be cut.", "the budget would not be cut", "bell"},
      {"Senator Dana Whitfield says, in her view, the party is more united than ever.",
       "the party is more united than ever", "whitfield"},
      {"Governor Ines Marlow argued, for example, that the tunnel should have been finished in 2019.",
       "the tunnel should have been finished", "marlow"},
      {"But the union leader Petra Vogt said, among other things, that the strike fund was empty.",
       "the strike fund was empty", "vogt"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto x = ExtractText(c.text);
    CHECK(SpokenBy(x, c.content, c.speaker));
    // The cue's comma opens no aside of its own.
    const model::Claim* claim = Attributed(x, c.content);
    REQUIRE(claim);
    CHECK(claim->text.find(" said,") == std::string::npos);
  }
}

TEST_CASE("a comma after the cue that opens an aside is no content", "[extract][attribution][comma]") {
  auto x = ExtractText(
      "Title\n\n\xE2\x80\x9CWe are ready for the vote.\xE2\x80\x9D Coach Dana Ruiz said, "
      "a point she repeats at every meeting.");
  CHECK(SpokenBy(x, "We are ready for the vote", "ruiz"));
  CHECK_FALSE(Attributed(x, "a point she repeats"));
  auto y = ExtractText("Minister Ola Berg said, adding that the talks would resume in May.");
  CHECK_FALSE(Attributed(y, "adding that"));
  auto z = ExtractText(
      "Firefighters, called to the plant by the night shift after the alarm sounded, are still at the scene.");
  CHECK_FALSE(Attributed(z, "are still at the scene"));
}

TEST_CASE("a question closing its own sentence before the asker", "[extract][attribution][quotes]") {
  auto x = ExtractText(
      "Title\n\n\xE2\x80\x9CIs the mayor running against his own council?\xE2\x80\x9D asked Ivo Hale, "
      "a council member.\n\n"
      "\xE2\x80\x9CWho will pay for the bridge?\xE2\x80\x9D asked Rosa Lind.");
  CHECK(SpokenBy(x, "Is the mayor running against his own council", "hale"));
  CHECK(SpokenBy(x, "Who will pay for the bridge", "lind"));
  // "Asked about ..., X said": the question is put to the subject, who is no asker.
  auto y = ExtractText("Asked about the delay, Governor Ines Marlow said the tunnel would open next year.");
  CHECK_FALSE(SpokenBy(y, "the delay", "marlow"));
}

TEST_CASE("a promise quoted before the verb of promising", "[extract][attribution][commit]") {
  auto x = ExtractText("\xE2\x80\x9CWe will not back down,\xE2\x80\x9D Senator Maria Ochoa vowed on Tuesday.");
  CHECK(SpokenBy(x, "We will not back down", "ochoa"));
  // A refusal states nothing, quoted neighbour or not.
  auto z = ExtractText("\xE2\x80\x9CNo comment,\xE2\x80\x9D the office wrote, and the minister declined.");
  CHECK_FALSE(Attributed(z, "the minister declined"));
}

TEST_CASE("verbs of complaint and conjecture report", "[extract][attribution][lexicon]") {
  const Case cases[] = {
      {"In a radio interview, Governor Paul Brandt speculated that the fire had been set on purpose.",
       "the fire had been set on purpose", "brandt"},
      {"Mayor Ken Ito groused to a crowd in Dayton that the council never listens.", "the council never listens",
       "ito"},
      {"Chairman Tom Reyes fumed that the audit was a hatchet job.", "the audit was a hatchet job", "reyes"},
      {"\xE2\x80\x9CGet off the stage,\xE2\x80\x9D Lou Grant yelled.", "Get off the stage", "grant"},
      {"Economist Nadia Park theorized that the slump would end by summer.", "the slump would end", "park"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(SpokenBy(ExtractText(c.text), c.content, c.speaker));
  }
  // The same words as nouns or with a mere object report nothing.
  auto x = ExtractText("Diesel fumes from the depot drifted over the school all winter.");
  CHECK_FALSE(Attributed(x, "drifted over the school"));
  auto y = ExtractText("The board reaffirmed its commitment to the harbour plan.");
  CHECK_FALSE(Attributed(y, "its commitment"));
}

TEST_CASE("a cue of several words: made clear, fired back", "[extract][attribution][phrasal]") {
  struct PhrasalCase {
    const char* text;
    const char* content;
    const char* speaker;
    const char* cue;
  };
  const PhrasalCase cases[] = {
      {"Governor Ines Marlow made it clear that she would veto the bill.", "she would veto the bill", "marlow",
       "made it clear"},
      {"Union leader Petra Vogt has made clear that the strike will go on.", "the strike will go on", "vogt",
       "made clear"},
      {"Mayor Ken Ito shot back that the council had wasted a year.", "the council had wasted a year", "ito",
       "shot back"},
      {"Senator Lena Ortiz fired back: \xE2\x80\x9CWe never asked for this.\xE2\x80\x9D", "We never asked for this",
       "ortiz", "fired back"},
      {"Hours later, Ms. Greta Lund wrote back: \xE2\x80\x9CThe file is already on his desk.\xE2\x80\x9D",
       "The file is already on his desk", "lund", "wrote back"},
      {"Councilman Abel Reyes wrote back that the vote had been rigged.", "the vote had been rigged", "reyes",
       "wrote back"},
      {"Senator Lena Ortiz fired back on Twitter that the audit was a sham.", "the audit was a sham", "ortiz",
       "fired back"},
  };
  for (const PhrasalCase& c : cases) {
    INFO(c.text);
    auto x = ExtractText(c.text);
    CHECK(SpokenBy(x, c.content, c.speaker));
    const model::Claim* claim = Attributed(x, c.content);
    REQUIRE(claim);
    CHECK(claim->attribution.cue == c.cue);
  }
  const char* none[] = {
      "Senator Lena Ortiz hit back at her critics on Monday.",
      "Councilman Abel Reyes wrote back to the committee in March.",
      "The rowing team made clear progress this season.",
      "It is not clear that the new tunnel will open before winter.",
  };
  for (const char* s : none) {
    INFO(s);
    CHECK(testing::CountAttributed(ExtractText(s)) == 0);
  }
}

TEST_CASE("acts of support, refusal and reference state nothing", "[extract][attribution][object]") {
  const char* acts[] = {
      "Governor Ines Marlow refused to answer questions about the budget on Tuesday.",
      "The nurses' union endorsed Senator Lena Ortiz for a second term on Thursday.",
      "Delegates at the rally expressed their support for the governor.",
      "Governor Ines Marlow rejected a proposal for a third debate with her rival.",
      "The refugee agency demands legal safeguards for any transfer of asylum seekers.",
  };
  for (const char* s : acts) {
    INFO(s);
    CHECK(testing::CountAttributed(ExtractText(s)) == 0);
  }
  auto x = ExtractText("\xE2\x80\x9CThey knew,\xE2\x80\x9D Mayor Ken Ito said, referring to the water board.");
  CHECK(SpokenBy(x, "They knew", "ito"));
  CHECK_FALSE(Attributed(x, "the water board"));
  // With a clause the same verbs do report.
  auto y = ExtractText("The nurses' union endorsed the view that the hospital must stay open.");
  CHECK(Attributed(y, "the hospital must stay open"));
  auto z = ExtractText("Senator Lena Ortiz expressed confidence the new hospital would open on time.");
  CHECK(SpokenBy(z, "the new hospital would open on time", "ortiz"));
  auto v = ExtractText("Governor Ines Marlow rejected the claim that the tunnel was over budget.");
  CHECK(SpokenBy(v, "the tunnel was over budget", "marlow"));
}

TEST_CASE("a circumstance after the cue ends where the reported clause begins", "[extract][attribution][span]") {
  const Case cases[] = {
      {"The Harbour Trust said in a statement Thursday night they had closed the north pier.",
       "they had closed the north pier", "harbour trust"},
      {"Senator Ruth Adler said in an interview she would not run again.", "she would not run again", "adler"},
      {"Press secretary Dana Kirk on Thursday evening said the party was not in a crisis.",
       "the party was not in a crisis", "kirk"},
      {"Mayor Ken Ito said on Monday the bridge would reopen in May.", "the bridge would reopen in May", "ito"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto x = ExtractText(c.text);
    CHECK(SpokenBy(x, c.content, c.speaker));
    const model::Claim* claim = Attributed(x, c.content);
    REQUIRE(claim);
    CHECK(claim->text.rfind(c.content, 0) == 0);  // the content starts at the clause, past the circumstance
  }
  // "said before he died": the clause after "before" is a time, not the content.
  auto y = ExtractText("\xE2\x80\x9CI can't breathe,\xE2\x80\x9D Tom Reyes said before he died.");
  CHECK(SpokenBy(y, "I can't breathe", "reyes"));
  CHECK_FALSE(Attributed(y, "he died"));
}

TEST_CASE("a gerund after an act by two coordinated subjects speaks for both", "[extract][attribution][gerund]") {
  auto x = ExtractText(
      "Prime Minister Ilse Berger and other coalition leaders boycotted the summit, claiming that the agenda had "
      "been rigged.");
  CHECK(SpokenBy(x, "the agenda had been rigged", "berger"));
  CHECK(SpokenBy(x, "the agenda had been rigged", "coalition leaders"));
}

TEST_CASE("a gerund with only a place for the words after it claims nothing", "[extract][attribution][gerund]") {
  auto x = ExtractText(
      "The firm published its analysis of hiring based on the filters employers picked when posting to the Jobs "
      "Board.");
  CHECK(CountAttributed(x) == 0);
  // An infinitive after the gerund is still its content.
  CHECK(SpokenBy(ExtractText("Mayor Ana Ruiz toured the plant on Friday, promising to cut taxes."), "to cut taxes",
                 "ruiz"));
}

TEST_CASE("a gerund after 'with' or 'including' takes its own subject", "[extract][attribution][gerund]") {
  const Case cases[] = {
      {"The plan drew criticism, with local officials saying that the road would flood every spring.",
       "the road would flood every spring", "officials"},
      {"The mayor faced questions, with two council members complaining that the budget had been hidden.",
       "the budget had been hidden", "council members"},
      {"The campaign stumbled, including a senior adviser to the governor admitting to reporters that the plan "
       "had no money behind it.",
       "the plan had no money behind it", "adviser"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    auto x = ExtractText(c.text);
    CHECK(SpokenBy(x, c.content, c.speaker));
    CHECK_FALSE(SpokenBy(x, c.content, "mayor"));
    CHECK_FALSE(SpokenBy(x, c.content, "campaign"));
  }
  auto x = ExtractText("The campaign stumbled, including a senior adviser admitting to reporters that the plan failed.");
  CHECK(Attributed(x, "to reporters") == nullptr);
}

TEST_CASE("'understand' with a mere object states nothing", "[extract][attribution][object]") {
  auto x = ExtractText("The new minister does not understand the farm economy.");
  CHECK(Attributed(x, "the farm economy") == nullptr);
  auto y = ExtractText("The new minister understands that the farm economy is in trouble.");
  CHECK(SpokenBy(y, "the farm economy is in trouble", "minister"));
}

TEST_CASE("'reacted ... to X,' and a quote: the quote is the reaction", "[extract][attribution][react]") {
  auto x = ExtractText("Senator Dana Whitfield reacted angrily to the ruling, \xE2\x80\x9CThis decision will hurt every "
                       "family in the state.\xE2\x80\x9D");
  const model::Claim* c = Attributed(x, "This decision will hurt every family");
  REQUIRE(c);
  CHECK(SpokenBy(x, "This decision will hurt every family", "whitfield"));
  CHECK(c->text.find("angrily") == std::string::npos);
  auto y = ExtractText("More than two percent of children react to peanuts, a sharp rise since 1997.");
  CHECK(CountAttributed(y) == 0);
}

TEST_CASE("a party tag after the subject: the gerund's speaker is the name before it",
          "[extract][attribution][gerund]") {
  const Case cases[] = {
      {"Sen. Dana Whitfield (R-Ky.) issued a statement saying the farm bill would raise costs.",
       "the farm bill would raise costs", "whitfield"},
      {"After the ruling, Rep. Abel Reyes (D-N.M.) released a letter Tuesday arguing that the court had overreached.",
       "the court had overreached", "reyes"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(SpokenBy(ExtractText(c.text), c.content, c.speaker));
  }
}
