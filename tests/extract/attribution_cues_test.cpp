// Sentence-level cue shapes: verbs whose object is a statement against verbs
// that only report an act, and the subjects that can speak.
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::CountAttributed;
using testing::ExtractText;
using testing::Speakers;
using testing::SpokenBy;
using testing::WithCue;

namespace {

// A sentence, words of the claim it must hold, and a word of that claim's speaker.
struct Spoken {
  const char* text;
  const char* content;
  const char* speaker;
};

void CheckSpoken(std::initializer_list<Spoken> cases) {
  for (const Spoken& c : cases) {
    INFO(c.text);
    auto x = ExtractText(c.text);
    const model::Claim* claim = Attributed(x, c.content);
    REQUIRE(claim);
    CHECK(Speakers(x, *claim).find(c.speaker) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("a verb with a mere object reports an act, not a claim", "[extract][attribution][object]") {
  const char* acts[] = {
      "Interior Minister Omar Haddad condemned the bombing of the central market.",
      "President Lena Vasquez ordered an airstrike on the rebel depot near the border.",
      "Governor Paul Brandt defended his decision to close the northern hospital.",
      "Senator Maria Ochoa has pushed for stricter emissions rules throughout her career.",
      "The party leader Alan Cross complained about the deficit for years before the election.",
      "Chancellor Ruth Adler mentioned the new trade strategy in her speech on Monday.",
      "Union boss Dana Kirk touted a discount for members at the annual meeting.",
  };
  for (const char* s : acts) {
    INFO(s);
    auto x = ExtractText(s);
    CHECK(CountAttributed(x) == 0);
  }
}

TEST_CASE("the same verbs with a predicate or a clause are attributions", "[extract][attribution][object]") {
  CheckSpoken({
      {"Interior Minister Omar Haddad condemned the bombing as a cowardly act of terror.", "a cowardly act", "haddad"},
      {"Governor Paul Brandt criticized the agency for ignoring the flood warnings.", "ignoring the flood warnings",
       "brandt"},
      {"Senator Maria Ochoa called the tax plan a giveaway to the rich.", "a giveaway to the rich", "ochoa"},
      {"Mayor Ken Ito vowed that the bridge would reopen by the spring.", "the bridge would reopen", "ito"},
      {"Mayor Ken Ito vowed to reopen the bridge by the spring.", "to reopen the bridge", "ito"},
      {"The party leader Alan Cross complained that the deficit had doubled since 2019.", "the deficit had doubled",
       "cross"},
      {"Chancellor Ruth Adler urged that the banks lower their fees.", "the banks lower their fees", "adler"},
      {"Analyst Mia Chen described the merger as a desperate move.", "a desperate move", "chen"},
  });
}

TEST_CASE("a public promise to act is the promiser's claim", "[extract][attribution][commit]") {
  CheckSpoken({
      {"Governor Paul Brandt promised to cut the state income tax by half.", "to cut the state income tax", "brandt"},
      {"Two senators, Ana Ruiz and Tom Harlan, have pledged to block the nomination in committee.",
       "to block the nomination", "ruiz"},
      {"Mayor Ken Ito, vowing to rebuild every school damaged by the storm, asked for federal aid.",
       "to rebuild every school", "ito"},
      {"Senator Ana Ruiz vowed to \xE2\x80\x9Ctake our fight\xE2\x80\x9D to every county in the state.",
       "take our fight", "ruiz"},
  });
  // A gift is no promise; a plan or a hope is no public commitment.
  const char* none[] = {
      "The Harbor Trust pledged $2 million to the relief fund.",
      "Governor Paul Brandt plans to cut the state income tax by half.",
  };
  for (const char* s : none) {
    INFO(s);
    CHECK(CountAttributed(ExtractText(s)) == 0);
  }
}

TEST_CASE("a public plea is the pleader's claim: 'called for', 'called on X to', 'urged X to'",
          "[extract][attribution][plea]") {
  CheckSpoken({
      {"Chancellor Ruth Adler urged the banks to lower their fees.", "the banks to lower their fees", "adler"},
      {"Senator Maria Ochoa, speaking in Ohio, urged Congress to pass the farm bill before the recess.",
       "Congress to pass the farm bill", "ochoa"},
      {"The opposition leader Dev Rana has called for an independent inquiry into the contract.",
       "an independent inquiry into the contract", "rana"},
      {"Mayor Ken Ito called on the governor to release the flood money this week.",
       "the governor to release the flood money", "ito"},
      {"Two lawmakers called upon the ministry to block the sale of the port.", "the ministry to block the sale",
       "lawmakers"},
      {"Governor Paul Brandt called Monday for the port director to resign.", "the port director to resign",
       "brandt"},
      {"Analyst Mia Chen criticized the bank, urging savers to move their money.", "savers to move their money",
       "chen"},
  });
  // A name owning the noun: "Ochoa's call for" is no verb.
  auto y = ExtractText("Two senators backed Ochoa's call for an independent inquiry into the contract.");
  CHECK(CountAttributed(y) == 0);
}

// A request ("asked X to"), an order or a proposal ("proposed a tax") asks
// for an act and is no attribution; a public plea is (above).
TEST_CASE("a directive asks for an act and states nothing", "[extract][attribution][object]") {
  const char* directives[] = {
      "Governor Paul Brandt asked the network to give its profits to veterans groups.",
      "After the ruling, the union asked to see the full report.",
      "The party leader Alan Cross ordered his deputies to stay in the capital.",
      "Senator Maria Ochoa has proposed taxing imported steel to pay for the new bridges.",
      "Governor Paul Brandt proposed a 5 percent sales tax to go with a lower income tax.",
      "After the storm, Senator Maria Ochoa called her sister to arrange a visit.",
      "Chancellor Ruth Adler urged calm after the vote.",
  };
  for (const char* s : directives) {
    INFO(s);
    auto x = ExtractText(s);
    CHECK(CountAttributed(x) == 0);
  }
  auto z = ExtractText("Senator Maria Ochoa proposed that the steel tax be doubled.");
  CHECK(Attributed(z, "the steel tax be doubled") != nullptr);
  // A question word asks about a state of affairs; "asked whether" puts a
  // question and states nothing (attribution_cue_shapes_test.cpp).
  auto y = ExtractText("Senator Maria Ochoa asked why the budget had been cut.");
  const model::Claim* asked = Attributed(y, "the budget had been cut");
  REQUIRE(asked);
  CHECK(Speakers(y, *asked).find("ochoa") != std::string::npos);
}

TEST_CASE("an object gap before the cue is no content", "[extract][attribution][object]") {
  auto x = ExtractText("The growth figures, which ministers cited as evidence of recovery, were revised down in May.");
  CHECK(Attributed(x, "evidence of recovery") == nullptr);
}

TEST_CASE("a gerund citing an object adds no claim", "[extract][attribution][object]") {
  auto x = ExtractText("Senator James Holt dismissed the warnings in a speech on Tuesday, citing the strong job numbers.");
  CHECK(Attributed(x, "the strong job numbers") == nullptr);
}

TEST_CASE("a plural noun after a verb is no cue", "[extract][attribution][object]") {
  auto x = ExtractText("The death of the commander raised fears that the militia would split into rival factions.");
  CHECK(CountAttributed(x) == 0);
}

TEST_CASE("a generic subject names no speaker", "[extract][attribution]") {
  auto x = ExtractText("Anyone who has run a small farm will tell you that the margins are thin.");
  CHECK(CountAttributed(x) == 0);
}

TEST_CASE("a title-case label named nowhere else is a promo line, not a speaker", "[extract][attribution][label]") {
  auto x = ExtractText(
      "Harbour fees to rise\n\nThe port raised its fees on Monday.\n\n"
      "Market Watch: Our weekly look at the ports of the north, every Friday on this site.");
  CHECK_FALSE(Attributed(x, "Our weekly look"));
}

TEST_CASE("a title line's source-noun label speaks for the line", "[extract][attribution][label]") {
  auto x = ExtractText(
      "Poll: Mayor Reyes holds a narrow lead in the harbor district.\n\n"
      "The survey of 600 voters was taken last week.");
  CHECK(SpokenBy(x, "holds a narrow lead", "poll"));
  // A section label is no source.
  auto y = ExtractText("Analysis: The harbor vote will turn on turnout.\n\nVoters go to the polls on Tuesday.");
  CHECK_FALSE(Attributed(y, "will turn on turnout"));
}

TEST_CASE("a gerund after an act speaks for the act's subject", "[extract][attribution][object]") {
  auto x = ExtractText(
      "Prime Minister Ilse Berger condemned the shooting at the station, saying the attackers would be found.");
  CHECK_FALSE(Attributed(x, "the shooting at the station"));
  const model::Claim* c = Attributed(x, "the attackers would be found");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("berger") != std::string::npos);
}

TEST_CASE("a discourse adverb between subject and cue is skipped", "[extract][attribution]") {
  auto x = ExtractText("Supporters of the new levy, however, say it would fund two more ferries.");
  const model::Claim* c = Attributed(x, "it would fund two more ferries");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("supporters") != std::string::npos);
}

TEST_CASE("a circumstance after the cue is not the content", "[extract][attribution][span]") {
  auto x = ExtractText("The ceasefire would hold, defence minister Karl Ostrom said after the attacks.");
  const model::Claim* c = Attributed(x, "The ceasefire would hold");
  REQUIRE(c);
  CHECK(c->text.find("after the attacks") == std::string::npos);
  CHECK(Speakers(x, *c).find("ostrom") != std::string::npos);
}

TEST_CASE("a quote resumed after an inverted source is one claim", "[extract][attribution][quotes]") {
  auto x = ExtractText(
      "\xE2\x80\x9CWe are behind,\xE2\x80\x9D said the campaign manager, \xE2\x80\x9C"
      "and the gap is growing.\xE2\x80\x9D");
  const model::Claim* c = Attributed(x, "We are behind");
  REQUIRE(c);
  CHECK(c->text.find("the gap is growing") != std::string::npos);
}

TEST_CASE("a listener after the cue is not the content of the clause before", "[extract][attribution][span]") {
  auto x = ExtractText("This is not a retreat, President Anna Kell told her closest aides as the vote neared.");
  const model::Claim* c = Attributed(x, "This is not a retreat");
  REQUIRE(c);
  CHECK(c->text.find("aides") == std::string::npos);
}

TEST_CASE("an act and a coordinated statement: only the statement is a claim", "[extract][attribution][object]") {
  auto x = ExtractText(
      "In Berlin, government spokesman Tomas Reiter condemned the raid and said the embassy would stay open.");
  CHECK_FALSE(Attributed(x, "the raid"));
  const model::Claim* c = Attributed(x, "the embassy would stay open");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("reiter") != std::string::npos);
}

TEST_CASE("a coordinated statement after a long opening circumstance keeps its subject",
          "[extract][attribution][object]") {
  auto x = ExtractText(
      "In a long interview with The Harbor Gazette, Mayor Lena Ortiz toured the docks and said the ferry "
      "would run by spring.");
  CHECK(SpokenBy(x, "the ferry would run by spring", "ortiz"));
}

TEST_CASE("a connective without commas between subject and cue is skipped", "[extract][attribution][object]") {
  auto x = ExtractText("The ferry stopped in May.\n\nMayor Lena Ortiz however said the ferry would run by spring.");
  CHECK(SpokenBy(x, "the ferry would run by spring", "ortiz"));
  // "too" after a copula intensifies; the subject states nothing.
  auto y = ExtractText("The ferry stopped in May.\n\nHer rivals are too concerned about the ferry schedule.");
  CHECK_FALSE(Attributed(y, "the ferry schedule"));
}

TEST_CASE("add with an amount is arithmetic, not a report", "[extract][attribution][object]") {
  auto x = ExtractText("The Treasury estimated the rebate would add $40 billion to the deficit over a decade.");
  for (const auto& c : x.claims) CHECK(c.attribution.cue != "add");
  CHECK(Attributed(x, "the rebate would add $40 billion"));
  auto y = ExtractText("The chairman of the board, Lars Odegaard, added that the rebate was temporary.");
  CHECK(Attributed(y, "the rebate was temporary"));
}

TEST_CASE("a question quoted before its asker", "[extract][attribution][quotes]") {
  auto x = ExtractText(
      "Title\n\n\xE2\x80\x9C" "Did you read the report?\xE2\x80\x9D moderator Jane Okafor asked the senator.\n\n"
      "\xE2\x80\x9C" "Who pays for it? Who gains?\xE2\x80\x9D analyst Tom Reyes asked on Twitter.");
  const model::Claim* a = Attributed(x, "Did you read the report");
  REQUIRE(a);
  CHECK(Speakers(x, *a).find("okafor") != std::string::npos);
  CHECK(a->text.find("senator") == std::string::npos);
  const model::Claim* b = Attributed(x, "Who pays for it");
  REQUIRE(b);
  CHECK(Speakers(x, *b).find("reyes") != std::string::npos);
}

TEST_CASE("a verb inside a relative clause on the object licenses nothing", "[extract][attribution][object]") {
  auto x = ExtractText("Interior Minister Omar Haddad condemned the attack that was planned from abroad.");
  CHECK(CountAttributed(x) == 0);
}

TEST_CASE("a passive cue with its agent: the agent speaks", "[extract][attribution][passive]") {
  auto x = ExtractText("The harvest outlook was described as grim by the Agriculture Ministry on Monday.");
  const model::Claim* c = Attributed(x, "The harvest outlook was described as grim");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("agriculture ministry") != std::string::npos);
  auto y = ExtractText("The depot was attacked by rebels on Monday.");
  CHECK(CountAttributed(y) == 0);
}

TEST_CASE("a news item first reported by an outlet: the outlet reports it", "[extract][attribution][passive]") {
  auto x = ExtractText("The mayor's decision to close the shelter was first reported by the Valley Courier.");
  const model::Claim* c = Attributed(x, "The mayor's decision to close the shelter");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("valley courier") != std::string::npos);
  // Inside a relative clause the subject before it is no content.
  auto y = ExtractText("The memo, which was first reported by the Valley Courier, has not been released.");
  CHECK(CountAttributed(y) == 0);
}

TEST_CASE("researchers link X to Y; a group linked to Y is no cue", "[extract][attribution]") {
  auto x = ExtractText("Researchers link the heat waves to a weaker jet stream.");
  const model::Claim* c = Attributed(x, "the heat waves to a weaker jet stream");
  REQUIRE(c);
  auto y = ExtractText("Police arrested a man linked to the smuggling ring.");
  CHECK(CountAttributed(y) == 0);
}

TEST_CASE("disputing a claim that is a statement; disputed land is not", "[extract][attribution]") {
  auto x = ExtractText("Senator Lena Ortiz disputed the claim that the pension fund was empty.");
  const model::Claim* c = Attributed(x, "the pension fund was empty");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("ortiz") != std::string::npos);
  auto y = ExtractText("Troops from both sides patrol the disputed border region.");
  CHECK(CountAttributed(y) == 0);
}

TEST_CASE("a name given in a passive aside is no claim", "[extract][attribution][passive]") {
  auto x = ExtractText("Sailors fear the strait, or the Gate as it is called by local fishermen, in winter.");
  CHECK(CountAttributed(x) == 0);
}

TEST_CASE("an evidence verb speaks for the document heading a subject with a tail",
          "[extract][attribution][evidence]") {
  CheckSpoken({
      {"A survey of 1,200 farmers released Thursday by the Rural Institute found that most expect lower yields.",
       "most expect lower yields", "survey"},
      {"Footage from the harbour camera showed the ferry listing sharply to one side.", "the ferry listing", "footage"},
      {"A county poll out this week shows the mayor with a nine-point lead over her rival.", "a nine-point lead",
       "poll"},
      {"Polls show as many as 40 percent of members oppose the merger.", "40 percent of members", "poll"},
  });
  // A question left open is no finding; people "find" things without a document speaking.
  CHECK(CountAttributed(ExtractText("The footage released by the family did not show whether the driver was armed.")) ==
        0);
  CHECK(CountAttributed(ExtractText("A jury of nine found the former treasurer guilty of fraud.")) == 0);
}

TEST_CASE("an -s cue that is a counted or relativised plural noun is no verb", "[extract][attribution][object]") {
  const char* nouns[] = {
      "Three states that hold primaries next week have large rural populations.",
      "Investigators recovered 1,200 campaign emails that were deleted before the audit.",
      "The two states that border the lake share its water under a 1950 treaty.",
  };
  for (const char* s : nouns) {
    INFO(s);
    CHECK(CountAttributed(ExtractText(s)) == 0);
  }
  auto x = ExtractText("The charter states that the mayor must stand for election every four years.");
  CHECK(Attributed(x, "the mayor must stand for election"));
  auto q =
      ExtractText("In a post on Tuesday, Councillor Ruth Ames states, \xE2\x80\x9CThe budget is a fantasy.\xE2\x80\x9D");
  const model::Claim* c = Attributed(q, "The budget is a fantasy");
  REQUIRE(c);
  CHECK(Speakers(q, *c).find("ames") != std::string::npos);
}

TEST_CASE("a name ending in an abbreviation speaks", "[extract][attribution][source]") {
  auto x = ExtractText("Northwind Inc. said its profits fell by a third in the spring.");
  const model::Claim* c = Attributed(x, "its profits fell by a third");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("northwind") != std::string::npos);
  auto y = ExtractText("Engineer Harold P. Grant Jr. said the levee would hold through the storm.");
  const model::Claim* d = Attributed(y, "the levee would hold");
  REQUIRE(d);
  CHECK(Speakers(y, *d).find("grant") != std::string::npos);
}

TEST_CASE("a cue and source inside the content leave it whole", "[extract][attribution][source]") {
  auto x = ExtractText("The new rules, said Mayor Ida Park and her deputies, will cut waiting times in half.");
  const model::Claim* c = Attributed(x, "will cut waiting times in half");
  REQUIRE(c);
  CHECK(std::string(c->text).find("The new rules") != std::string::npos);
  CHECK(Speakers(x, *c).find("park") != std::string::npos);
}

TEST_CASE("a second verb after an appositive subject speaks for it", "[extract][attribution][source]") {
  auto x = ExtractText("Tom Reyes, a former county treasurer, joined the board and said he wants lower fees.");
  const model::Claim* c = Attributed(x, "he wants lower fees");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("reyes") != std::string::npos);
}

TEST_CASE("a participle clause before the source sets the scene", "[extract][attribution][source]") {
  auto x =
      ExtractText("Speaking to farmers in Lincoln on Tuesday, Governor Ann Blake responded to the drought report.");
  CHECK(Attributed(x, "Speaking to farmers") == nullptr);
  // A gerund that is the subject of its own verb is content.
  auto y = ExtractText("Raising the fuel tax would hurt farmers, Governor Ann Blake said.");
  const model::Claim* c = Attributed(y, "Raising the fuel tax would hurt farmers");
  REQUIRE(c);
  CHECK(Speakers(y, *c).find("blake") != std::string::npos);
}

TEST_CASE("testifying reports only a clause; a gerund after by has its own content", "[extract][attribution][object]") {
  CHECK(CountAttributed(ExtractText("The former treasurer Lee Moss testified voluntarily in 2019.")) == 0);
  auto x = ExtractText("The former treasurer Lee Moss testified that the funds were moved twice.");
  CHECK(Attributed(x, "the funds were moved twice"));
  auto y = ExtractText("Minister Ola Berg condemned the strike by saying the pay offer was final.");
  const model::Claim* c = Attributed(y, "the pay offer was final");
  REQUIRE(c);
  CHECK(Speakers(y, *c).find("berg") != std::string::npos);
}

TEST_CASE("an outlet that quoted the speaker in an aside relays the claim", "[extract][attribution][via]") {
  auto x = ExtractText(
      "Harbor director Nina Castell, quoted by the regional news site Coastline Daily, said the port would reopen "
      "by June.");
  const model::Claim* c = Attributed(x, "the port would reopen by June");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("castell") != std::string::npos);
  CHECK(testing::Via(x, *c).find("coastline daily") != std::string::npos);
  auto y = ExtractText("Harbor director Nina Castell, a former pilot, said the port would reopen by June.");
  const model::Claim* d = Attributed(y, "the port would reopen by June");
  REQUIRE(d);
  CHECK(d->attribution.via.empty());
}

TEST_CASE("a claim told inside 'according to' content is relayed by the document", "[extract][attribution][via]") {
  auto x = ExtractText(
      "Minister Paulo Brandt told the delegates that the border \"will stay open for trade,\" according to a "
      "ministry statement.");
  const model::Claim* c = WithCue(x, "told");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("brandt") != std::string::npos);
  CHECK(testing::Via(x, *c).find("statement") != std::string::npos);
  CHECK(c->text.find("according to") == std::string::npos);
}

TEST_CASE("a quote closed by its comma still ends the relayed claim", "[extract][attribution][via]") {
  auto x = ExtractText("Mayor Rita Ortiz said the old bridge \"is safe for now,\" the Valley Courier reported.");
  const model::Claim* c = WithCue(x, "said");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("ortiz") != std::string::npos);
  CHECK(testing::Via(x, *c).find("valley courier") != std::string::npos);
  CHECK(c->text.find("reported") == std::string::npos);
}

TEST_CASE("'they said' goes on with a described group that spoke just before", "[extract][attribution][sources]") {
  auto x = ExtractText(
      "Market forecasters said Germany would avoid a recession this year. Growth could resume in the spring, they "
      "said.");
  const model::Claim* c = Attributed(x, "Growth could resume in the spring");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("market forecasters") != std::string::npos);
  CHECK(Speakers(x, *c).find("germany") == std::string::npos);
}

TEST_CASE("a place before an appositive is no speaker; the subject before its modifier is",
          "[extract][attribution][source]") {
  auto x = ExtractText(
      "Volunteers searching the river bank near the old mill in Harlow, Essex, said they had found a second boat.");
  const model::Claim* c = Attributed(x, "they had found a second boat");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("volunteers") != std::string::npos);
  CHECK(Speakers(x, *c).find("harlow") == std::string::npos);
  auto y = ExtractText("Aid workers in Goma, a border city, said the camps were full.");
  const model::Claim* d = Attributed(y, "the camps were full");
  REQUIRE(d);
  CHECK(Speakers(y, *d).find("aid workers") != std::string::npos);
}

TEST_CASE("a gerund's speaker is the subject before a relative clause and its verb", "[extract][attribution][gerund]") {
  auto x = ExtractText(
      "In 2019, during the debate over the water rules, the Northern Farmers Union, which represents grain growers, "
      "fought the proposals, saying that the fees would ruin small farms.");
  const model::Claim* c = Attributed(x, "the fees would ruin small farms");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("northern farmers union") != std::string::npos);
  CHECK(c->attribution.cue == "saying");
}

TEST_CASE("a source reporting inside a quote is relayed by the quote's speaker", "[extract][attribution][via]") {
  auto x = ExtractText(
      "\"It is the first time that the head of a central bank has admitted that the reserves were gone,\" Mr. Lund "
      "said.\n\n\"I said that the plan would fail,\" Ms. Berg said.");
  const model::Claim* c = WithCue(x, "admitted");
  REQUIRE(c);
  CHECK(c->text.find("the reserves were gone") != std::string::npos);
  CHECK(Speakers(x, *c).find("head") != std::string::npos);
  CHECK(testing::Via(x, *c).find("lund") != std::string::npos);
  // A pronoun inside the quote is its own speaker: no second claim.
  CHECK(std::none_of(x.claims.begin(), x.claims.end(), [](const model::Claim& k) {
    return k.attribution.cue == "said" && k.text.find("I said") == std::string::npos &&
           k.text.find("the plan would fail") != std::string::npos;
  }));
}

TEST_CASE("a quote running on over several paragraphs keeps its speaker to the last one", "[extract][attribution][quotes]") {
  auto x = ExtractText(
      "The river rose overnight.\n\nSpeaking to reporters on Friday, Mayor Ruth Kell said of the flood: \"We lost the "
      "bridge in an hour.\n\n\"There was water in every street. Nobody slept.\n\n\"We were lucky that the school "
      "stayed dry, and we hope to reopen it Monday.\"\n\nThe county opened two shelters.\n");
  const model::Claim* c = Attributed(x, "the school stayed dry");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("kell") != std::string::npos);
  CHECK(!Attributed(x, "The county opened two shelters"));
}

TEST_CASE("a contracted pronoun is the subject of its cue", "[extract][attribution][sources]") {
  auto x = ExtractText(
      "Governor Alan Pruett toured the flooded valley on Sunday.\n\nHe's said that the state will pay for the new "
      "levees.\n\nHe’d warned that the old dam could fail in a heavy storm.");
  const model::Claim* a = Attributed(x, "the state will pay for the new levees");
  REQUIRE(a);
  CHECK(Speakers(x, *a).find("pruett") != std::string::npos);
  const model::Claim* b = Attributed(x, "the old dam could fail");
  REQUIRE(b);
  CHECK(Speakers(x, *b).find("pruett") != std::string::npos);
}

TEST_CASE("a second gerund inside a gerund's content goes on with its speaker", "[extract][attribution][gerund]") {
  auto x = ExtractText(
      "Senator Dana Whitlow attacked the budget, telling reporters that the cuts were cruel and warning that rural "
      "hospitals would close.");
  const model::Claim* c = Attributed(x, "rural hospitals would close");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("whitlow") != std::string::npos);
}

TEST_CASE("a gerund after a preposition inside reported content names an act", "[extract][attribution][gerund]") {
  auto x = ExtractText(
      "Mayor Joan Ruiz said the council had criticized the developer for announcing the tower before the vote.");
  REQUIRE(Attributed(x, "criticized the developer"));
  CHECK(!WithCue(x, "announcing"));
}

TEST_CASE("a written message that read something speaks for it", "[extract][attribution][document]") {
  auto x = ExtractText(
      "The county posted a notice on its website.\n\nThe statement read: \"All polling places will open at 7 a.m.\"\n\n"
      "A headline in the local paper reads, \"Turnout Expected to Break Records.\"\n\n"
      "The suit reads: \"The board ignored every complaint from parents for three years.\"");
  const model::Claim* a = Attributed(x, "All polling places will open");
  REQUIRE(a);
  CHECK(a->attribution.cue == "read");
  CHECK(Speakers(x, *a).find("statement") != std::string::npos);
  const model::Claim* b = Attributed(x, "Turnout Expected to Break Records");
  REQUIRE(b);
  CHECK(Speakers(x, *b).find("local paper") != std::string::npos);  // the paper the headline is in
  REQUIRE(Attributed(x, "The board ignored every complaint"));
  // A person who read something out states nothing by it.
  auto y = ExtractText("Judge Tom Hale read the verdict to a silent courtroom on Friday.");
  CHECK(CountAttributed(y) == 0);
}

TEST_CASE("an aside set off by commas or dashes between the cue and 'that' is skipped",
          "[extract][attribution][aside]") {
  CheckSpoken({
      {"Mayor Ann Tully said \xE2\x80\x94 in a radio interview, of all places \xE2\x80\x94 that the bridge would reopen "
       "in May.",
       "the bridge would reopen in May", "tully"},
      {"Mayor Ann Tully said, per a spokesman, that the bridge would reopen in May.", "the bridge would reopen",
       "tully"},
      {"Mayor Ann Tully said on WNYC, where she hosts a weekly call-in show, that the bridge would reopen in May.",
       "the bridge would reopen", "tully"},
      {"Mayor Ann Tully told the council, while testifying at a hearing last week, that the bridge would reopen.",
       "the bridge would reopen", "tully"},
      {"Mayor Ann Tully revealed, somewhat reluctantly, that the bridge would reopen in May.",
       "the bridge would reopen", "tully"},
      {"Mayor Ann Tully wrote the local paper, The Valley Herald, that the bridge would reopen in May.",
       "the bridge would reopen", "tully"},
      {"The mayor wrote for the Valley Herald that the bridge would reopen in May.", "the bridge would reopen",
       "mayor"},
  });
  // "that" opening a relative clause inside the aside is no content.
  auto x = ExtractText("Mayor Ann Tully wrote the budget, a plan that cut fees, with her deputy.");
  CHECK(CountAttributed(x) == 0);
}

TEST_CASE("a coordinated cue finds its subject past a time, an opening circumstance or an appositive",
          "[extract][attribution][coordinated]") {
  CheckSpoken({
      {"Gary Holm, a former state party chairman, became a delegate and said he would back the governor.",
       "he would back the governor", "holm"},
      {"Senator Mary Cole on Wednesday downplayed the attack and said it was a misunderstanding.",
       "it was a misunderstanding", "cole"},
      {"In 2019, the Farm Bureau surveyed 4,000 growers but noted that the sample leaned toward large farms.",
       "the sample leaned toward large farms", "farm bureau"},
  });
}

TEST_CASE("a promise may be negated or coordinated with an earlier verb", "[extract][attribution][commit]") {
  CheckSpoken({
      {"Governor Ann Blake vowed not to raise taxes on farmers.", "not to raise taxes", "blake"},
      {"Governor Ann Blake pledged on Tuesday never to close the clinic.", "never to close the clinic", "blake"},
      {"Mr. Blake has disparaged the unions, and vowed to reverse the job losses.", "to reverse the job losses",
       "blake"},
  });
  // An intention or a refusal states nothing, negated or coordinated.
  const char* none[] = {
      "Governor Ann Blake plans not to run again.",
      "Governor Ann Blake met the farmers and declined to comment.",
      "Governor Ann Blake met the farmers and promised a new road.",
  };
  for (const char* s : none) {
    INFO(s);
    CHECK(CountAttributed(ExtractText(s)) == 0);
  }
}

TEST_CASE("a quote's cue may carry a manner or a long appositive source", "[extract][attribution][quote]") {
  CheckSpoken({
      {"''I sold the car but kept the bike,'' Yasmin Wilkes said with a grin.", "kept the bike", "wilkes"},
      {"\"We need him home,\" his sister, Gabriela Lazar, wrote in a letter to the court.", "We need him home",
       "lazar"},
  });
  // Without a quote before it, "with" names a companion or a topic.
  CHECK(CountAttributed(ExtractText("The minister spoke with reporters about the strike.")) == 0);
}

TEST_CASE("a name ending in an abbreviation speaks through a relative clause", "[extract][attribution][source]") {
  CheckSpoken({
      {"That drew a response from Harold Grant Jr., who said that the mayor was stalling.", "the mayor was stalling",
       "grant"},
  });
}

TEST_CASE("a gerund cue finds the main clause's subject past a modifier, a time or an opening 'and'",
          "[extract][attribution][gerund]") {
  CheckSpoken({
      {"A senior adviser on the flood campaign went further, arguing the levy would hurt farmers.",
       "the levy would hurt farmers", "adviser"},
      {"Mayor Rita Lee on Thursday stepped up her attacks on the council, saying it had wasted the grant.",
       "it had wasted the grant", "lee"},
      {"And then Mayor Rita Lee went on the offensive, saying the council should resign.",
       "the council should resign", "lee"},
      {"Senator Omar Cole issued a new rebuke, stating on the evening news that the budget was a fantasy.",
       "the budget was a fantasy", "cole"},
  });
  CHECK(CountAttributed(ExtractText("The plan on the table fell apart, leaving the workers without pay.")) == 0);
}

TEST_CASE("a one-word quote before its source and cue is a claim", "[extract][attribution][quote]") {
  auto x = ExtractText("\"Absolutely,\" Senator Bernard Sands said when a reporter asked about the merger.");
  const model::Claim* c = Attributed(x, "Absolutely");
  REQUIRE(c);
  CHECK(Speakers(x, *c).find("sands") != std::string::npos);
  // A single word after its cue is still no claim.
  CHECK(CountAttributed(ExtractText("Senator Bernard Sands said yes.")) == 0);
}

TEST_CASE("after a quote and a circumstance, 'that' with a verb opens a relative clause",
          "[extract][attribution][quote]") {
  auto x = ExtractText("''It is like a new car,'' Mr. Bellini said in a documentary that showed off the garage.");
  const model::Claim* c = Attributed(x, "It is like a new car");
  REQUIRE(c);
  CHECK(c->text.find("showed off") == std::string::npos);
  CHECK(Attributed(x, "showed off the garage") == nullptr);
}

TEST_CASE("a cue followed only by its circumstances after a scene gives no claim", "[extract][attribution][source]") {
  auto x = ExtractText("The plant closed in May.\n\nIn the afternoon, Mayor Ann Blake said in a statement.");
  CHECK(CountAttributed(x) == 0);
  auto y = ExtractText("On Friday, Mayor Ann Blake said in a statement the plant would reopen.");
  CHECK(SpokenBy(y, "the plant would reopen", "blake"));
}
