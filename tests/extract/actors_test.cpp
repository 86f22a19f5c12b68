#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>
#include <chrono>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/extract/actors.h"
#include "core/extract/document.h"
#include "core/extract/text.h"
#include "tests/support.h"

using namespace claimkb;
using extract::ActorTable;
using extract::Range;

namespace {

// One analysed text: sentences, tokens and its actor table.
struct Analysed {
  explicit Analysed(std::string body) : text(std::move(body)) {
    sentences = extract::SplitSentences(text);
    for (const auto& s : sentences) tokens.push_back(extract::Tokenize(text, s));
    quotes = std::make_unique<extract::QuoteMap>(text);
    table = std::make_unique<ActorTable>(text, "", "", *quotes);
    table->FindMentions(sentences, tokens);
  }
  // The n-th occurrence of `phrase` and its sentence index.
  Range Where(std::string_view phrase, int nth = 0) const {
    size_t pos = text.find(phrase);
    for (int i = 0; i < nth && pos != std::string::npos; ++i) pos = text.find(phrase, pos + 1);
    REQUIRE(pos != std::string::npos);
    return Range{pos, pos + phrase.size()};
  }
  size_t SentenceOf(Range r) const {
    for (size_t i = 0; i < sentences.size(); ++i)
      if (sentences[i].Contains(r.begin)) return i;
    return 0;
  }
  std::optional<size_t> Source(std::string_view phrase, int nth = 0) {
    Range r = Where(phrase, nth);
    return table->ResolveSource(r, SentenceOf(r));
  }
  // The actor with this name or alias, or nullptr.
  const model::Actor* Named(std::string_view name) const {
    for (const auto& a : table->actors()) {
      if (a.name == name) return &a;
      if (std::find(a.aliases.begin(), a.aliases.end(), name) != a.aliases.end()) return &a;
    }
    return nullptr;
  }
  bool Has(std::string_view name) const { return Named(name) != nullptr; }
  // Whether some mention of the text covers exactly `phrase`.
  bool Mentioned(std::string_view phrase) const {
    Range r = Where(phrase);
    for (const auto& m : table->mentions())
      if (m.range.begin == r.begin && m.range.end == r.end) return true;
    return false;
  }
  std::string Names() const {
    std::string out;
    for (const auto& a : table->actors()) out += a.name + "; ";
    return out;
  }

  std::string text;
  std::vector<extract::Sentence> sentences;
  std::vector<std::vector<extract::Token>> tokens;
  std::unique_ptr<extract::QuoteMap> quotes;
  std::unique_ptr<ActorTable> table;
};

}  // namespace

TEST_CASE("a title before a name makes a person with that title", "[extract][actors]") {
  Analysed d(
      "German Chancellor Olaf Scholz met Sen. Elizabeth Warren in Berlin. Secretary of State Antony Blinken "
      "and Gen. Mark Milley spoke later. Finance Minister Ana Lopez de Vega resigned. Vice President Kamala Harris "
      "listened.");
  INFO(d.Names());
  const model::Actor* scholz = d.Named("Olaf Scholz");
  REQUIRE(scholz);
  CHECK(scholz->type == model::ActorType::kPerson);
  CHECK(std::find(scholz->titles.begin(), scholz->titles.end(), "Chancellor") != scholz->titles.end());
  CHECK(d.Has("German Chancellor Olaf Scholz"));
  CHECK(d.Has("Elizabeth Warren"));
  CHECK(d.Has("Antony Blinken"));
  CHECK(d.Has("Secretary of State Antony Blinken"));
  CHECK(d.Has("Mark Milley"));
  CHECK(d.Has("Ana Lopez de Vega"));
  CHECK(d.Has("Kamala Harris"));
  CHECK(d.Named("Kamala Harris")->id == "kamala-harris");
  CHECK_FALSE(d.Has("Germany"));  // a demonym before a title is an adjective
  CHECK_FALSE(d.Has("Berlin"));   // a capital after "in" is a place
}

TEST_CASE("a surname later in the text is the same person as the full name", "[extract][actors]") {
  Analysed d(
      "Striker Harry Kane scored twice on Saturday. Kane said the team deserved it. "
      "Coach Vincent Kompany praised Kane's movement, and Kompany added that Bayern would rest him.");
  INFO(d.Names());
  const model::Actor* kane = d.Named("Harry Kane");
  REQUIRE(kane);
  CHECK(d.Named("Kane") == kane);
  CHECK(d.Named("Vincent Kompany") == d.Named("Kompany"));
  CHECK(kane != d.Named("Kompany"));
  CHECK_FALSE(d.Has("Saturday"));
  size_t kane_mentions = 0;
  for (const auto& m : d.table->mentions()) kane_mentions += &d.table->actors()[m.actor] == kane;
  CHECK(kane_mentions == 3);
}

TEST_CASE("a surname used before the full name still joins it", "[extract][actors]") {
  Analysed d("Okafor Wins Vote\n\nLawmakers backed Chidi Okafor on Tuesday. Okafor thanked them.");
  INFO(d.Names());
  REQUIRE(d.Has("Chidi Okafor"));
  CHECK(d.Named("Okafor") == d.Named("Chidi Okafor"));
}

TEST_CASE("given names and speech verbs confirm untitled names; other capitalised runs are not actors",
          "[extract][actors]") {
  Analysed d(
      "Maria Kowalski, a spokeswoman for the company, declined to comment. Pieter Janssens said the deal was "
      "fair. Killer Tomato Exercise was held near Santa Barbara. Live Nation Tickets Available Soon.");
  INFO(d.Names());
  CHECK(d.Has("Maria Kowalski"));
  CHECK(d.Has("Pieter Janssens"));
  CHECK_FALSE(d.Has("Killer Tomato Exercise"));
  CHECK_FALSE(d.Has("Santa Barbara"));
}

TEST_CASE("capitals after 'the' that modify no noun name a body", "[extract][actors]") {
  Analysed d(
      "Lawyers at the NWRC's office filed a brief on Monday. The proceeds went to the BRAVA. The files use the "
      "QXF format for storage.\n\nTHE TOTAL.");
  INFO(d.Names());
  REQUIRE(d.Has("NWRC"));
  CHECK(d.Named("NWRC")->type == model::ActorType::kOrganization);
  CHECK(d.Has("BRAVA"));
  CHECK_FALSE(d.Has("QXF"));
  CHECK_FALSE(d.Has("TOTAL"));
}

TEST_CASE("a publication named after a known place is a body", "[extract][actors]") {
  Analysed d("The profile of the chef ran last spring in a series published by New York magazine.");
  INFO(d.Names());
  REQUIRE(d.Has("New York magazine"));
  CHECK(d.Named("New York magazine")->type == model::ActorType::kOrganization);
}

TEST_CASE("a state before a party member describes a person, it names no one", "[extract][actors]") {
  Analysed d("Tom Ralston, a Georgia Republican, voted against the bill. Mr. Ralston, the Virginia Democrat, agreed.");
  INFO(d.Names());
  CHECK(d.Has("Tom Ralston"));
  CHECK_FALSE(d.Has("Georgia Republican"));
  CHECK_FALSE(d.Has("Virginia Democrat"));
}

TEST_CASE("organisations are recognised by their head word", "[extract][actors]") {
  Analysed d(
      "The Ministry of Health said the Federal Trade Commission and Northwind Holdings had agreed. "
      "The University of Lagos and the Green Party objected, as did the Center for Strategic and International "
      "Studies.");
  INFO(d.Names());
  for (const char* n : {"Ministry of Health", "Federal Trade Commission", "Northwind Holdings", "University of Lagos",
                        "Green Party", "Center for Strategic and International Studies"}) {
    INFO(n);
    REQUIRE(d.Has(n));
    CHECK(d.Named(n)->type == model::ActorType::kOrganization);
  }
}

TEST_CASE("gangs and cartels are groups; Spanish connectors stay inside the name", "[extract][actors]") {
  Analysed d("Police said the Cartel del Golfo and the Barrio Norte gang fought. Later the gang retreated.");
  INFO(d.Names());
  REQUIRE(d.Has("Cartel del Golfo"));
  CHECK(d.Named("Cartel del Golfo")->type == model::ActorType::kGroup);
  CHECK(d.Has("Barrio Norte gang") == false);  // lower-case head: not a name
  CHECK(d.Named("the gang") == d.Named("Cartel del Golfo"));
}

TEST_CASE("demonyms refer to a country only as the head of a government phrase", "[extract][actors]") {
  Analysed d("The French government protested. French wine exports fell. Italian authorities agreed.");
  INFO(d.Names());
  const model::Actor* france = d.Named("France");
  REQUIRE(france);
  CHECK(france->type == model::ActorType::kCountry);
  CHECK(d.Named("The French government") == france);
  CHECK(d.Has("Italy"));
  CHECK(d.Mentioned("Italian authorities"));
  size_t france_mentions = 0;
  for (const auto& m : d.table->mentions()) france_mentions += d.table->actors()[m.actor].id == "france";
  CHECK(france_mentions == 1);
}

TEST_CASE("capitals stand for their country except as places", "[extract][actors]") {
  Analysed d("Beijing rejected the claim. Delegates met in Beijing and Moscow on Friday. The Kremlin declined.");
  INFO(d.Names());
  const model::Actor* china = d.Named("China");
  REQUIRE(china);
  CHECK(d.Named("Beijing") == china);
  CHECK_FALSE(d.Has("Russia"));
  CHECK(d.Has("Kremlin"));
  CHECK(d.Mentioned("Beijing"));
}

TEST_CASE("acronyms and the leader's administration are organisations", "[extract][actors]") {
  Analysed d(
      "The Meloni government and the EU clashed. U.S. officials and the UN said NATO would meet. "
      "The CEO said GDP grew.");
  INFO(d.Names());
  REQUIRE(d.Has("Meloni government"));
  CHECK(d.Named("Meloni government")->type == model::ActorType::kOrganization);
  CHECK(d.Named("EU")->id == "european-union");
  CHECK(d.Named("U.S.")->id == "united-states");
  CHECK(d.Named("UN")->id == "united-nations");
  CHECK(d.Has("NATO"));
  CHECK_FALSE(d.Has("CEO"));
  CHECK_FALSE(d.Has("GDP"));
}

TEST_CASE("page furniture, sentence openers and calendar words are not actors", "[extract][actors]") {
  Analysed d(
      "Following the vote, However the count was slow. In March, the Senate met on Monday.\n\n"
      "Share This\n\nPin It on Pinterest\n\nRecent Articles\n\nRead More\n\nView all posts");
  INFO(d.Names());
  for (const char* n : {"Following", "However", "In", "March", "Monday", "Share This", "Share", "Pin It", "Pinterest",
                        "Recent Articles", "Recent", "Read More", "View"}) {
    INFO(n);
    CHECK_FALSE(d.Has(n));
  }
  CHECK(d.Has("Senate"));
}

TEST_CASE("'the President' and 'the Venezuelan President' resolve by context", "[extract][actors]") {
  Analysed d(
      "President Nicolas Maduro wrote to President Donald Trump. The Venezuelan President asked for talks. "
      "The letter reached Trump on Monday. The President dismissed it.");
  INFO(d.Names());
  const model::Actor* maduro = d.Named("Nicolas Maduro");
  const model::Actor* trump = d.Named("Donald Trump");
  REQUIRE(maduro);
  REQUIRE(trump);
  CHECK(d.Named("The Venezuelan President") == maduro);
  CHECK(d.Named("The President") == trump);
  auto src = d.Source("The President");
  REQUIRE(src);
  CHECK(&d.table->actors()[*src] == trump);
}

TEST_CASE("'the minister' does not pick a vice or deputy holder", "[extract][actors]") {
  Analysed d(
      "Foreign Minister Jean Dupont met Deputy Minister Paul Martin. The minister said talks went well.");
  auto src = d.Source("The minister");
  REQUIRE(src);
  CHECK(d.table->actors()[*src].name == "Jean Dupont");
}

TEST_CASE("pronoun sources resolve to the nearest fitting earlier actor", "[extract][actors]") {
  Analysed d(
      "Chief Executive Sandra Ortiz met regulators from the Federal Trade Commission. She said the merger "
      "would proceed. It said it would review the deal. They did not comment.");
  INFO(d.Names());
  auto she = d.Source("She");
  REQUIRE(she);
  CHECK(d.table->actors()[*she].name == "Sandra Ortiz");
  auto it = d.Source("It");
  REQUIRE(it);
  CHECK(d.table->actors()[*it].name == "Federal Trade Commission");
  auto they = d.Source("They");
  REQUIRE(they);
  CHECK(d.table->actors()[*they].name == "Federal Trade Commission");
  CHECK(std::find(d.table->actors()[*she].aliases.begin(), d.table->actors()[*she].aliases.end(), "She") ==
        d.table->actors()[*she].aliases.end());
}

TEST_CASE("described sources become actors named without their article", "[extract][actors]") {
  Analysed d(
      "A senior Brazilian diplomat said the talks failed. A Geneva-based NGO has said the data is weak. "
      "Officials said nothing. The finance ministry's spokesperson declined. The Nigerian intelligence community "
      "assessed the threat. Yesterday it rained.");
  auto diplomat = d.Source("A senior Brazilian diplomat");
  REQUIRE(diplomat);
  CHECK(d.table->actors()[*diplomat].name == "senior Brazilian diplomat");
  CHECK(d.table->actors()[*diplomat].type == model::ActorType::kPerson);
  CHECK(d.Has("A senior Brazilian diplomat"));
  auto ngo = d.Source("A Geneva-based NGO");
  REQUIRE(ngo);
  CHECK(d.table->actors()[*ngo].name == "Geneva-based NGO");
  CHECK(d.table->actors()[*ngo].type == model::ActorType::kOrganization);
  auto officials = d.Source("Officials");
  REQUIRE(officials);
  CHECK(d.table->actors()[*officials].type == model::ActorType::kPerson);
  auto spokesperson = d.Source("The finance ministry's spokesperson");
  REQUIRE(spokesperson);
  CHECK(d.table->actors()[*spokesperson].type == model::ActorType::kPerson);
  auto community = d.Source("The Nigerian intelligence community");
  REQUIRE(community);
  CHECK(d.table->actors()[*community].name == "Nigerian intelligence community");
  CHECK_FALSE(d.Source("Yesterday"));
}

TEST_CASE("documents: every phrase of one document is one actor", "[extract][actors]") {
  Analysed d(
      "The agency sent a letter to the court. The letter says the deadline passed. It cites a WHO study that "
      "shows rates fell. The letter from the agency was dated May 3.");
  auto letter = d.Source("The letter");
  REQUIRE(letter);
  const model::Actor& l = d.table->actors()[*letter];
  CHECK(l.type == model::ActorType::kDocument);
  CHECK(d.Named("a letter") == &l);
  auto again = d.Source("The letter from the agency");
  REQUIRE(again);
  CHECK(*again == *letter);
  auto study = d.Source("a WHO study");
  REQUIRE(study);
  CHECK(d.table->actors()[*study].name == "WHO study");
  CHECK(*study != *letter);
}

TEST_CASE("the same real-world actor gets the same id in every article", "[extract][actors]") {
  Analysed a("Venezuelan President Nicolás Maduro spoke in Caracas.");
  Analysed b("Maduro, the Venezuelan leader, spoke. President Nicolas Maduro later left.");
  REQUIRE(a.Named("Nicolás Maduro"));
  REQUIRE(b.Named("Nicolas Maduro"));
  CHECK(a.Named("Nicolás Maduro")->id == "nicolas-maduro");
  CHECK(b.Named("Nicolas Maduro")->id == "nicolas-maduro");
  CHECK(b.Named("Maduro")->id == "nicolas-maduro");
}

TEST_CASE("the seed article's actors are all found", "[extract][actors][seed]") {
  auto gold_path = testing::SharedDir() / "eval" / "gold" / "seed_maduro_letter.json";
  if (!std::filesystem::exists(gold_path)) {
    WARN("no shared gold; skipping");
    return;
  }
  extract::Input in;
  in.bytes = testing::ReadFile(testing::SeedArticle());
  auto doc = extract::ReadDocument(in);
  REQUIRE(doc.ok());
  Analysed d(doc->text);
  // The sources an attribution finder hands over in this article.
  for (const char* p : {"A top Venezuelan official", "The letter", "a UN study", "The US intelligence community",
                        "a US-funded NGO", "The President", "Washington"})
    CHECK(d.Source(p));
  auto norm = [](std::string s) {
    std::string out;
    for (char c : s) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  auto gold = nlohmann::json::parse(testing::ReadFile(gold_path));
  for (const auto& g : gold.at("actors")) {
    std::set<std::string> names{norm(g.at("name"))};
    for (const auto& a : g.at("aliases")) names.insert(norm(a));
    bool found = false;
    for (const auto& a : d.table->actors()) {
      found = found || names.count(norm(a.name));
      for (const auto& x : a.aliases) found = found || names.count(norm(x));
    }
    INFO(g.at("name").get<std::string>() << " among " << d.Names());
    CHECK(found);
  }
}

TEST_CASE("mention finding is fast enough for megabytes of text", "[extract][actors][speed]") {
  std::string para =
      "President Nicolas Maduro sent a letter to President Donald Trump, a top official said. Secretary of State "
      "Marco Rubio and the State Department in Washington accused the Venezuelan government of ties to Tren de "
      "Aragua. Analysts at the Center for Strategic and International Studies said Maduro's letter was a bid "
      "for time.\n\n";
  std::string text;
  while (text.size() < 1'000'000) text += para;
  auto t0 = std::chrono::steady_clock::now();
  Analysed d(text);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  WARN("sentences+tokens+actors: " << text.size() / secs / 1e6 << " MB/s");
  CHECK(d.table->mentions().size() > 1000);
}

TEST_CASE("European politics: bodies before titles, apposed names, capitals as governments", "[extract][actors]") {
  Analysed d(
      "European Commission President Ursula von der Leyen defended the plan on Tuesday. Orbán's spokesman, "
      "Zoltán Kovács, said the EU had ignored Budapest's concerns. In Paris, Finance Minister Éric Lombard warned "
      "of retaliation.");
  INFO(d.Names());
  CHECK(d.Has("European Commission"));
  CHECK(d.Has("Ursula von der Leyen"));
  CHECK(d.Named("Budapest") == d.Named("Hungary"));
  CHECK_FALSE(d.Has("France"));  // "In Paris" is a place
  auto kovacs = d.Source("Orbán's spokesman, Zoltán Kovács");
  REQUIRE(kovacs);
  CHECK(d.table->actors()[*kovacs].name == "Zoltán Kovács");
}

TEST_CASE("business and courts: coordinated organisation names, role complements", "[extract][actors]") {
  Analysed d(
      "A spokeswoman for the Securities and Exchange Commission declined to comment. The Federal Trade Commission "
      "and Northwind Holdings settled. U.S. District Judge Reed O'Connor wrote that the agency had overreached. "
      "Real Madrid beat Bayern Munich on Wednesday.");
  INFO(d.Names());
  CHECK(d.Has("Securities and Exchange Commission"));
  CHECK(d.Has("Federal Trade Commission"));
  CHECK(d.Has("Northwind Holdings"));
  CHECK(d.Has("Reed O'Connor"));
  CHECK_FALSE(d.Has("Spain"));  // "Madrid" inside a club's name
  auto spokeswoman = d.Source("A spokeswoman for the Securities and Exchange Commission");
  REQUIRE(spokeswoman);
  CHECK(d.table->actors()[*spokeswoman].name == "spokeswoman for the Securities and Exchange Commission");
}

TEST_CASE("a phrase cut off from its modifier takes the adjacent name back", "[extract][actors]") {
  Analysed d("Officials met. The Kenyan intelligence community assessed that the threat was low.");
  auto r = d.Source("intelligence community");
  REQUIRE(r);
  CHECK(d.table->actors()[*r].name == "Kenyan intelligence community");
}

TEST_CASE("a phrase running into its verb is trimmed; shouting and places are no sources", "[extract][actors]") {
  Analysed d("PBS debate moderators didn't ask. FIX IS IN: Texas voted.");
  auto r = d.Source("PBS debate moderators didn't");
  REQUIRE(r);
  CHECK(d.table->actors()[*r].name == "PBS debate moderators");
  CHECK_FALSE(d.Source("FIX IS IN"));
  CHECK_FALSE(d.Source("Texas"));
}

TEST_CASE("a pronoun that speaks continues the previous sentence's speaker", "[extract][actors]") {
  Analysed d(
      "Harbour authority officials said the ferry would be repaired in Norway. They said the crossing would "
      "reopen in spring. The Coastal Safety Board warned owners about older hulls. It said inspections would "
      "double.");
  REQUIRE(d.Source("Harbour authority officials"));
  auto they = d.Source("They");
  REQUIRE(they);
  CHECK(d.table->actors()[*they].name == "Harbour authority officials");
  REQUIRE(d.Source("The Coastal Safety Board"));
  auto it = d.Source("It");
  REQUIRE(it);
  CHECK(d.table->actors()[*it].name == "Coastal Safety Board");
}

TEST_CASE("'his spokesman' is the spokesman of the person the possessive refers to", "[extract][actors]") {
  Analysed d(
      "Opposition leader Tomas Ferreira, who spent a month abroad, flew home on Sunday, his spokesman said.");
  auto s = d.Source("his spokesman");
  REQUIRE(s);
  CHECK(d.table->actors()[*s].name == "Tomas Ferreira\u2019s spokesman");
  CHECK(d.table->actors()[*s].type == model::ActorType::kPerson);
  CHECK(d.Has("his spokesman"));
}

TEST_CASE("untitled names confirmed by an age, an apposed role, a paired name or a name particle",
          "[extract][actors]") {
  Analysed d(
      "Marit Okonkwo-Lind, 19, was treated at a clinic. The lawyer, Ugo Brankovic, refused the offer. "
      "The plan was opposed by ministers Joanna Pike and Evander Moss. Karim bin Sadiq wrote the report. "
      "Tall Pines Lodge stayed closed.");
  INFO(d.Names());
  for (const char* person : {"Marit Okonkwo-Lind", "Ugo Brankovic", "Evander Moss", "Karim bin Sadiq"}) {
    INFO(person);
    REQUIRE(d.Named(person));
    CHECK(d.Named(person)->type == model::ActorType::kPerson);
  }
  CHECK_FALSE(d.Has("Tall Pines Lodge"));
}

TEST_CASE("organisations named by an apposition or a 'for ... and ...' name", "[extract][actors]") {
  Analysed d(
      "Jamaat al-Nour, an Islamist-leaning movement, denied it. Researchers at the Hallberg Center for Ocean and "
      "Coastal Studies agreed.");
  INFO(d.Names());
  REQUIRE(d.Named("Jamaat al-Nour"));
  CHECK(d.Named("Jamaat al-Nour")->type == model::ActorType::kOrganization);
  CHECK(d.Has("Hallberg Center for Ocean and Coastal Studies"));
}

TEST_CASE("a plural noun's possessive stays inside an organisation's name", "[extract][actors]") {
  Analysed a(
      "Researchers at the Murdoch Children's Research Institute said the patch worked. The study appeared in the "
      "New England Journal of Medicine on Monday, and Trump's Justice Department declined to comment.");
  CHECK(a.Has("Murdoch Children's Research Institute"));
  CHECK_FALSE(a.Has("Research Institute"));
  CHECK(a.Has("New England Journal of Medicine"));
  Analysed b("\"Interest will soon cost more than children do,\" said Marc Goldwein of the Committee for a "
             "Responsible Federal Budget.");
  CHECK(b.Has("Committee for a Responsible Federal Budget"));
  CHECK_FALSE(b.Has("Responsible Federal Budget"));
  CHECK_FALSE(a.Has("Trump's Justice Department"));
}

TEST_CASE("a spell of time at a sentence start is no name", "[extract][actors]") {
  Analysed a("Hours after the interview, a gunman opened fire. Days later, Senator Mary Vance said the law must change.");
  CHECK_FALSE(a.Has("Hours"));
  CHECK_FALSE(a.Has("Days"));
  CHECK(a.Has("Mary Vance"));
}

TEST_CASE("well-known companies are actors even when named once in a list", "[extract][actors]") {
  Analysed a("Shoppers compared prices at Walmart, Kroger and Costco before the holiday.");
  CHECK(a.Has("Walmart"));
  CHECK(a.Has("Kroger"));
  CHECK(a.Has("Costco"));
  Analysed b("Economist Jane Roe said the outlook had improved.");
  CHECK_FALSE(b.Has("The Economist"));
}

TEST_CASE("a platform is an actor except as the medium something was posted on", "[extract][actors]") {
  Analysed a("Facebook said it would review the posts. The minister later shared the clip on his Telegram account.");
  INFO(a.Names());
  CHECK(a.Has("Facebook"));
  CHECK_FALSE(a.Has("Telegram"));
}

TEST_CASE("a platform written as where something was said is no actor", "[extract][actors]") {
  Analysed a("The senator said on Twitter that the vote would wait. Her rival took to Facebook to answer, and an aide "
             "posted the letter via Instagram.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("Twitter"));
  CHECK_FALSE(a.Has("Facebook"));
  CHECK_FALSE(a.Has("Instagram"));
  Analysed b("Twitter suspended the account on Friday, and regulators wrote to Facebook about the leak.");
  INFO(b.Names());
  CHECK(b.Has("Twitter"));
  CHECK(b.Has("Facebook"));
}

TEST_CASE("'someone named X' introduces a person", "[extract][actors]") {
  Analysed a("The storm knocked down a rock wall on the farm. Deputies later questioned someone named Rock Danvers "
             "about the damage.");
  INFO(a.Names());
  const model::Actor* p = a.Named("Rock Danvers");
  REQUIRE(p != nullptr);
  CHECK(p->type == model::ActorType::kPerson);
  Analysed b("The old ferry was named Sea Breeze by its first owner, and the sea breeze still carries its horn.");
  INFO(b.Names());
  CHECK_FALSE(b.Has("Sea Breeze"));
}

TEST_CASE("a two-word name that owns something is an actor", "[extract][actors]") {
  Analysed a("The new rules echo Tamsin Verloe\u2019s theory of markets, and they passed on a close vote.");
  INFO(a.Names());
  CHECK(a.Has("Tamsin Verloe"));
}

TEST_CASE("a country name that only modifies a noun is no mention of the country", "[extract][actors]") {
  Analysed a("The study drew on official U.S. labor statistics and a survey of 400 workers.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("United States"));
  Analysed b("The U.S. imposed new tariffs on Monday, and U.S. officials said more could follow.");
  INFO(b.Names());
  CHECK(b.Has("United States"));
}

TEST_CASE("'Center on X and Y' and 'Museum of X' are one organisation each", "[extract][actors]") {
  Analysed a("Harvard University's Center on Housing and Mobility released a report. The Museum of Glass Art and "
             "the Lakeside Sign Museum both opened on Friday.");
  INFO(a.Names());
  CHECK(a.Has("Center on Housing and Mobility"));
  CHECK(a.Has("Museum of Glass Art"));
  CHECK(a.Has("Lakeside Sign Museum"));
  CHECK_FALSE(a.Has("Housing"));
  CHECK_FALSE(a.Has("Mobility"));
}

TEST_CASE("an adverb opening a quote is no name", "[extract][actors]") {
  Analysed a("\xE2\x80\x9CRemarkably, some voters still trust him,\xE2\x80\x9D Jane Roe said. "
             "Reportedly, the aide had resigned.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("Remarkably"));
  CHECK_FALSE(a.Has("Reportedly"));
  CHECK(a.Has("Jane Roe"));
}

TEST_CASE("a capital is its government only when it acts or owns", "[extract][actors]") {
  Analysed a("The festival took over Rome\xE2\x80\x99s Via Appia. A gallery in the capital [of Madrid] glowed.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("Italy"));
  CHECK_FALSE(a.Has("Spain"));
  Analysed b("Moscow has denied the report. Washington also accuses the envoy of lying. Tehran\xE2\x80\x99s response came late.");
  INFO(b.Names());
  CHECK(b.Has("Russia"));
  CHECK(b.Has("United States"));
  CHECK(b.Has("Iran"));
}

TEST_CASE("a name before '-based' is a place", "[extract][actors]") {
  Analysed a("Studios hire the N.Y.-based sculptor Lisa Marlow to build custom pieces.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("N.Y."));
  CHECK(a.Has("Lisa Marlow"));
}

TEST_CASE("companies named with their kind of business, and a company's national arm", "[extract][actors]") {
  Analysed a("The deal with the search engine Quantix was struck in May. Shares of Yahoo Japan rose. "
             "The piece first ran in Harbor Lights magazine.");
  INFO(a.Names());
  CHECK(a.Has("Quantix"));
  CHECK(a.Has("Yahoo Japan"));
  CHECK_FALSE(a.Has("Japan"));
  CHECK(a.Has("Harbor Lights magazine"));
  Analysed b("She bought a Chicago newspaper and sold it to software developer Jane Roe.");
  INFO(b.Names());
  CHECK_FALSE(b.Has("Chicago"));
  const model::Actor* jane = b.Named("Jane Roe");
  REQUIRE(jane);
  CHECK(jane->type == model::ActorType::kPerson);
}

TEST_CASE("an organisation 'of' a list of topics keeps the whole list", "[extract][actors]") {
  Analysed a("Dr. Jane Roe of the American Academy of Allergy, Asthma and Immunology said the data were clear. "
             "The Bank of England, Barclays and HSBC agreed.");
  INFO(a.Names());
  CHECK(a.Has("American Academy of Allergy, Asthma and Immunology"));
  CHECK(a.Has("Bank of England"));
  CHECK(a.Has("HSBC"));
  CHECK_FALSE(a.Has("Bank of England, Barclays and HSBC"));
}

TEST_CASE("a capital before 'government' is its country; state codes and tech acronyms are no bodies",
          "[extract][actors]") {
  Analysed a("Militants vowed to fight the Tunis government. A team in New York City, NY, found the CPU was slow.");
  INFO(a.Names());
  const model::Actor* tunisia = a.Named("Tunisia");
  REQUIRE(tunisia);
  CHECK(tunisia->type == model::ActorType::kCountry);
  const model::Actor* government = a.Named("Tunis government");
  CHECK((government == nullptr || government == tunisia));
  CHECK_FALSE(a.Has("NY"));
  CHECK_FALSE(a.Has("CPU"));
}

TEST_CASE("a capitalised run after an article or wholly in quotes is a thing, not a person", "[extract][actors]") {
  Analysed a("Reviewers tried the Orbit Lens this week. The Orbit Lens costs more than a laptop. "
             "\xE2\x80\x9CSky Harbor Run\xE2\x80\x9D is the studio\xE2\x80\x99s first phone game, and "
             "\xE2\x80\x9CSky Harbor Run\xE2\x80\x9D sold well.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("Orbit Lens"));
  CHECK_FALSE(a.Has("Sky Harbor Run"));
  Analysed b("Critics praised the late Maria Okafor and the reporter Tom Vance.");
  INFO(b.Names());
  CHECK(b.Has("Maria Okafor"));
  CHECK(b.Has("Tom Vance"));
}

TEST_CASE("words closed by an acronym, and a named hospital, are organisations", "[extract][actors]") {
  Analysed a("Orbital ATK, the other shipper, sent a capsule last month. She was taken to Royal Shrewsbury hospital.");
  INFO(a.Names());
  const model::Actor* orbital = a.Named("Orbital ATK");
  REQUIRE(orbital);
  CHECK(orbital->type == model::ActorType::kOrganization);
  CHECK(a.Has("Royal Shrewsbury hospital"));
}

TEST_CASE("a shop named for its owner keeps the possessive inside its name", "[extract][actors]") {
  Analysed a("Shoppers at Sam\xE2\x80\x99s Club paid less than at Joe\xE2\x80\x99s Kitchen.");
  INFO(a.Names());
  CHECK(a.Has("Sam\xE2\x80\x99s Club"));
  CHECK(a.Has("Joe\xE2\x80\x99s Kitchen"));
  CHECK_FALSE(a.Has("Club"));
}

TEST_CASE("plural organisation heads keep their 'for' and 'and' inside the name", "[extract][actors]") {
  Analysed d(
      "The outbreak was mild, according to the Regional Centers for Water Safety and Prevention. "
      "Researchers at the Westbrook Institutes of Marine Science agreed.");
  INFO(d.Names());
  REQUIRE(d.Has("Regional Centers for Water Safety and Prevention"));
  CHECK(d.Named("Regional Centers for Water Safety and Prevention")->type == model::ActorType::kOrganization);
  CHECK_FALSE(d.Has("Prevention"));
  CHECK(d.Has("Westbrook Institutes of Marine Science"));
}

TEST_CASE("a dotted acronym on the stop list is no organisation", "[extract][actors]") {
  Analysed d("Cyprus has a G.D.P. of about $24 billion, and the F.B.I. was not involved.");
  INFO(d.Names());
  CHECK_FALSE(d.Has("G.D.P."));
  CHECK_FALSE(d.Has("GDP"));
  CHECK((d.Has("FBI") || d.Has("F.B.I.")));
}

TEST_CASE("a university campus after a comma is part of the university's name", "[extract][actors]") {
  Analysed a("Researchers at the University of California, San Diego, found the sensor reliable. "
             "Students from the University of Michigan, Harvard and Yale joined the trial.");
  CHECK(a.Has("University of California, San Diego"));
  CHECK_FALSE(a.Has("University of California"));
  CHECK(a.Has("University of Michigan"));
  CHECK_FALSE(a.Has("University of Michigan, Harvard"));
}

TEST_CASE("the body a business role belongs to is an organisation", "[extract][actors]") {
  Analysed a("Dana Ortiz is the CEO of Harbourlight, a start-up that rents boats. "
             "Lee Park, the founder of Brightwater, said the season was short.");
  const model::Actor* h = a.Named("Harbourlight");
  REQUIRE(h);
  CHECK(h->type == model::ActorType::kOrganization);
  CHECK_FALSE(a.Has("CEO of Harbourlight"));
  const model::Actor* b = a.Named("Brightwater");
  REQUIRE(b);
  CHECK(b->type == model::ActorType::kOrganization);
}

TEST_CASE("a role held in a body names the body", "[extract][actors]") {
  Analysed a("The bill was drafted by Nora Vance, president of the NWRA, and Omar Lutz, a lobbyist for "
             "Harbor Freight Partners. Ellen Sato, a historian at the Delmont County Archive, disagreed. "
             "Ruth Kane, publisher of Tidewatch, said little.");
  INFO(a.Names());
  for (const char* name : {"NWRA", "Harbor Freight Partners", "Delmont County Archive", "Tidewatch"}) {
    const model::Actor* o = a.Named(name);
    REQUIRE(o);
    CHECK(o->type == model::ActorType::kOrganization);
  }
}

TEST_CASE("a body after a role is not cut short of the rest of its name", "[extract][actors]") {
  Analysed a("Mark Hale, the chairman of the Joint Board of Pilots, spoke first. "
             "Lena Ortiz, a lobbyist for Growers for Clean Water, followed. "
             "Ben Cho, president of Lakemont Valley-based Ridgeway Tools, left early.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("Joint Board"));
  CHECK_FALSE(a.Has("Growers"));
  CHECK_FALSE(a.Has("Lakemont"));
}

TEST_CASE("a unit named with its owner's possessive keeps that form as an alias", "[extract][actors]") {
  Analysed a("She joined MIT’s Instrumentation Laboratory in 1961 to write guidance software.");
  const model::Actor* lab = a.Named("MIT’s Instrumentation Laboratory");
  REQUIRE(lab);
  CHECK(lab->name == "Instrumentation Laboratory");
  CHECK(lab->type == model::ActorType::kOrganization);
}

TEST_CASE("a known name that starts with a capitalised 'The' is found whole", "[extract][actors]") {
  Analysed a("The coroner told The Independent that the pills were stronger than expected.");
  CHECK(a.Has("The Independent"));
}

TEST_CASE("the nations of the United Kingdom and former states are countries", "[extract][actors]") {
  Analysed a("Snow closed roads in Northern Ireland and England. The sign once hung in Czechoslovakia.");
  for (const char* name : {"Northern Ireland", "England", "Czechoslovakia"}) {
    INFO(name);
    const model::Actor* c = a.Named(name);
    REQUIRE(c);
    CHECK(c->type == model::ActorType::kCountry);
  }
  CHECK_FALSE(a.Has("Ireland"));
}

TEST_CASE("a repeated capitalised run opening with a common word of the text is no person", "[extract][actors]") {
  Analysed a("The special cut came out in 1997. Fans still argue about Special Editions today. "
             "Critics called Special Editions a mistake. Maria Lopez said the cuts were fine.");
  CHECK_FALSE(a.Has("Special Editions"));
  CHECK(a.Has("Maria Lopez"));
}

TEST_CASE("a legislator's party and state tag is no actor", "[extract][actors]") {
  Analysed d(
      "The bill was backed by Sen. Kelly Ayotte (R-N.H.) and Rep. Tim Ryan (D-Ohio), while Sen. Ron Wyden "
      "(D-Ore.) opposed it. \"We will not support it,\" said Sen. Lindsey Graham, R-S.C. The vote is Friday.");
  INFO(d.Names());
  CHECK(d.Has("Kelly Ayotte"));
  CHECK(d.Has("Tim Ryan"));
  CHECK(d.Has("Ron Wyden"));
  CHECK(d.Has("Lindsey Graham"));
  for (const auto& a : d.table->actors()) {
    INFO(a.name);
    CHECK(a.name.find("R-") != 0);
    CHECK(a.name.find("D-") != 0);
  }
}

TEST_CASE("a middle initial stays inside a person's name", "[extract][actors]") {
  Analysed d(
      "Justice Department spokeswoman Nicole A. Navas declined to comment on Monday. Later, Mark A. Smith, "
      "the lawyer for the family, said Smith would appeal. A spokesman did not respond.");
  INFO(d.Names());
  CHECK(d.Has("Nicole A. Navas"));
  CHECK(d.Has("Mark A. Smith"));
  CHECK(d.Named("Smith") == d.Named("Mark A. Smith"));
  CHECK_FALSE(d.Has("A"));
}

TEST_CASE("a title-case headline with a full stop names only people known elsewhere", "[extract][actors]") {
  Analysed d(
      "Mayor Rejects Harbor Plan Over Rising Costs.\n\n"
      "The mayor of Portland, Jane Roe, rejected the harbor plan on Monday, saying costs had doubled.");
  INFO(d.Names());
  CHECK(d.Has("Jane Roe"));
  for (const auto& a : d.table->actors()) {
    INFO(a.name);
    CHECK(a.name.find("Rejects") == std::string::npos);
    CHECK(a.name.find("Harbor Plan") == std::string::npos);
  }
}

TEST_CASE("a group named for its cause is one organisation", "[extract][actors]") {
  Analysed d(
      "The Club for Growth and Concerned Women for America ran ads, while Students For Life of America "
      "backed the bill. Doctors for years have warned about the risk.");
  INFO(d.Names());
  REQUIRE(d.Named("Club for Growth"));
  CHECK(d.Named("Club for Growth")->type == model::ActorType::kOrganization);
  CHECK(d.Has("Concerned Women for America"));
  CHECK(d.Has("Students For Life of America"));
  CHECK_FALSE(d.Has("Growth"));
  CHECK_FALSE(d.Has("Club for Growth and Concerned Women for America"));
}

TEST_CASE("capitals name a body only when they speak or stand among names", "[extract][actors]") {
  Analysed d(
      "VAT systems are common in Europe, and the TPP was signed. Samples of MDMA were tested. "
      "Firms like Microsoft, QXR and Hewlett-Packard build them. Prices fell at Kroger-owned QFC stores. "
      "ZBN said it would appeal.");
  INFO(d.Names());
  for (const char* n : {"VAT", "TPP", "MDMA"}) {
    INFO(n);
    CHECK_FALSE(d.Has(n));
  }
  CHECK(d.Has("QXR"));
  CHECK(d.Has("QFC"));
  CHECK(d.Has("ZBN"));
}

TEST_CASE("a name alone in its paragraph is a signature, not a mention", "[extract][actors]") {
  Analysed d(
      "Trump is such a con artist, and his school was a scam.\n\nErnie Helton.\n\n"
      "Everyone can see this guy is a fraud.\n\nMartin Litwak\n");
  INFO(d.Names());
  CHECK_FALSE(d.Has("Ernie Helton"));
  CHECK_FALSE(d.Has("Martin Litwak"));
}

TEST_CASE("irregular plurals are plural", "[extract][actors]") {
  CHECK(extract::Singular("people") == "person");
  CHECK(extract::Singular("women") == "woman");
  CHECK(extract::Singular("spokesmen") == "spokesman");
  CHECK(extract::Singular("specimen") == "specimen");
  CHECK(extract::Singular("officials") == "official");
}

TEST_CASE("a known name before 'and' is one of two bodies, not the start of one", "[extract][actors]") {
  Analysed d("After the FBI and Justice Department probe closed, the Food and Drug Administration said nothing.");
  INFO(d.Names());
  CHECK_FALSE(d.Has("FBI and Justice Department"));
  CHECK(d.Has("FBI"));
  CHECK(d.Has("Food and Drug Administration"));
}

TEST_CASE("a full name that is the subject of a verb is a person", "[extract][actors]") {
  Analysed a("Ines Valkonen won her district and Oskari Merilahti finished second in his. "
             "Tuomas Rask has conceded. The Harbour Lights festival drew crowds.");
  CHECK(a.Has("Oskari Merilahti"));
  CHECK(a.Has("Tuomas Rask"));
  CHECK_FALSE(a.Has("Harbour Lights"));
}

TEST_CASE("a body is named by the kind of body written before or after it", "[extract][actors]") {
  Analysed d(
      "Jane Roe, an activist for the environmental group Greenwave, asked about donations. The conservative "
      "super PAC Liberty Rising released an ad. The deal angered the Mexican entertainment giant Telenova. "
      "Donors gave $2 million to Patriot Forward, a super PAC that backed Smith. Ramos hosts a show on "
      "Vantage, an English-language channel. Loggers circled the giant Kauri Moana at dawn. Tom Hale dated "
      "Shelley Roe, a lobbyist for Pilots for Peace, the leading trade group.");
  INFO(d.Names());
  for (const char* name : {"Greenwave", "Liberty Rising", "Telenova", "Patriot Forward", "Vantage"}) {
    INFO(name);
    REQUIRE(d.Has(name));
    CHECK(d.Named(name)->type == model::ActorType::kOrganization);
  }
  CHECK_FALSE(d.Has("Kauri Moana"));
  CHECK_FALSE(d.Has("Peace"));
}

TEST_CASE("a name that owns a role or a person is a body", "[extract][actors]") {
  Analysed d(
      "Steelworkers president Gary Casteel said the union would wait. \"People are tired,\" Polldex's "
      "Jeffrey M. Jones wrote. Tenney fought Seneca Indian Nation leader Ray Holt. Sanders spokesman "
      "Michael Briggs said Bernie Sanders would stay in the race.");
  INFO(d.Names());
  REQUIRE(d.Has("Steelworkers"));
  CHECK(d.Named("Steelworkers")->type == model::ActorType::kOrganization);
  REQUIRE(d.Has("Polldex"));
  CHECK(d.Named("Polldex")->type == model::ActorType::kOrganization);
  CHECK(d.Has("Gary Casteel"));
  CHECK_FALSE(d.Has("Nation"));
  REQUIRE(d.Has("Sanders"));
  CHECK(d.Named("Sanders")->type == model::ActorType::kPerson);
}

TEST_CASE("the body named before a poll or a study made it", "[extract][actors]") {
  Analysed d(
      "A ZBC poll showed a closer race. Her lead held in a 2015 Kestrel Research survey. A Monday poll "
      "disagreed, an Iowa poll found the same and a Zentrix study questioned both. A UN study agreed.");
  INFO(d.Names());
  CHECK(d.Has("ZBC"));
  CHECK(d.Has("Kestrel Research"));
  CHECK(d.Has("Zentrix"));
  CHECK_FALSE(d.Has("Monday"));
  CHECK_FALSE(d.Has("Iowa"));
  CHECK_FALSE(d.Has("United Nations"));
}

TEST_CASE("'the House' is the chamber, 'the House floor' only a place in it", "[extract][actors]") {
  Analysed d("The bill introduced in the House would hurt families. Republican leaders in the House and Senate "
             "disagree.");
  INFO(d.Names());
  CHECK(d.Has("House"));
  CHECK(d.Has("Senate"));
  CHECK_FALSE(d.Has("House and Senate"));
  Analysed floor("She spoke for an hour on the House floor.");
  INFO(floor.Names());
  CHECK_FALSE(floor.Has("House"));
}

TEST_CASE("a demonym before a state noun after 'a' or 'no' names no country", "[extract][actors]") {
  Analysed a("The minister said there would be no independent Palestinian state. Envoys still back a Palestinian "
             "state in talks.");
  CHECK_FALSE(a.Has("Palestine"));
  Analysed b("The Venezuelan state will appeal the ruling, lawyers said.");
  CHECK(b.Has("Venezuela"));
}

TEST_CASE("a description's alias is also kept without its article", "[extract][actors]") {
  Analysed a("The county election results suggest that turnout fell.");
  auto idx = a.Source("The county election results");
  REQUIRE(idx);
  const auto& actor = a.table->actors()[*idx];
  CHECK((actor.name == "county election results" ||
         std::find(actor.aliases.begin(), actor.aliases.end(), "county election results") != actor.aliases.end()));
}

TEST_CASE("one unknown name after 'in' before a speech verb is a place, not a speaker", "[extract][actors]") {
  Analysed a("Or maybe, as a blogger in Perth suggested, the forecasts were simply wrong.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("Perth"));
  Analysed b("The forecasts were wrong, Perth said.");
  CHECK(b.Has("Perth"));
}

TEST_CASE("a dotted state abbreviation after a place and its comma is no actor", "[extract][actors]") {
  Analysed a("At a rally in Dover, N.H., 300 supporters cheered, and the shooting in Aiken, S.C., in June was "
             "raised by Microsoft, I.B.M. and H.P. executives.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("N.H."));
  CHECK_FALSE(a.Has("S.C."));
  CHECK(a.Has("H.P."));
}

TEST_CASE("a company name not capitalised like a word stands after the kind of business it is", "[extract][actors]") {
  Analysed a("Orders doubled in March, according to retail analytics firm 4040metrics. Drone maker eVolo said "
             "sales fell in the 1990s, and the firm 1980s did not.");
  INFO(a.Names());
  REQUIRE(a.Has("4040metrics"));
  CHECK(a.Named("4040metrics")->type == model::ActorType::kOrganization);
  CHECK(a.Has("eVolo"));
  CHECK_FALSE(a.Has("1980s"));
  auto idx = a.Source("retail analytics firm");
  REQUIRE(idx);
  CHECK(a.table->actors()[*idx].name == "4040metrics");
  CHECK(a.Named("retail analytics firm 4040metrics") == a.Named("4040metrics"));
}

TEST_CASE("capitalised words before an acronym of their initials name one body known by both", "[extract][actors]") {
  Analysed a("Harbor Light & Sound (HLS) began restoring the films in May. HLS finished the first reel. The "
             "Federal Aviation Administration (FAA) said the Named Binary Tag format (NBT) was safe.");
  INFO(a.Names());
  const model::Actor* hls = a.Named("Harbor Light & Sound");
  REQUIRE(hls);
  CHECK(hls->type == model::ActorType::kOrganization);
  CHECK(a.Named("HLS") == hls);
  CHECK(a.Named("FAA") == a.Named("Federal Aviation Administration"));
  CHECK_FALSE(a.Has("Named Binary Tag format"));
}

TEST_CASE("a work's title quoted after the kind of work it is names a document", "[extract][actors]") {
  Analysed a("In her book “A Garden Built on Sand: How Towns Remember,” Ruth Okafor wrote of floods. Lorne "
             "revisited a treatise on storms titled “Deterministic Rain.” The report “was a mess,” one aide "
             "said, and the letter “Dear Friends” came later. Her memoir “Nuestra Casa (Our House)” sold "
             "well.");
  INFO(a.Names());
  const model::Actor* book = a.Named("A Garden Built on Sand: How Towns Remember");
  REQUIRE(book);
  CHECK(book->type == model::ActorType::kDocument);
  CHECK(a.Has("Deterministic Rain"));
  CHECK_FALSE(a.Has("was a mess"));
  CHECK_FALSE(a.Has("Dear Friends"));
  CHECK(a.Has("Ruth Okafor"));
  CHECK(a.Has("Nuestra Casa (Our House)"));
}

TEST_CASE("'the officials' goes on with the officials a name introduced just before", "[extract][actors]") {
  Analysed a("Harlow Gas officials said the pipes were old. The officials said crews were replacing them.");
  auto first = a.Source("Harlow Gas officials");
  REQUIRE(first);
  auto later = a.Source("The officials");
  REQUIRE(later);
  CHECK(*later == *first);
  Analysed b("The officials said crews were replacing the pipes.");
  auto alone = b.Source("The officials");
  REQUIRE(alone);
  CHECK(b.table->actors()[*alone].name == "officials");
}

TEST_CASE("a known company's name run on by capitalised words that speaks is a unit of it", "[extract][actors]") {
  Analysed a("Shoppers still want the brand, Yahoo Travel reported. Google Chairman Eric Schmidt disagreed.");
  INFO(a.Names());
  REQUIRE(a.Has("Yahoo Travel"));
  CHECK(a.Named("Yahoo Travel")->type == model::ActorType::kOrganization);
  CHECK_FALSE(a.Has("Yahoo"));
  CHECK(a.Has("Google"));
  CHECK(a.Has("Eric Schmidt"));
  Analysed b("The sale was approved, Google Justices said.");
  INFO(b.Names());
  CHECK(b.Has("Google"));
  CHECK_FALSE(b.Has("Google Justices"));
}

TEST_CASE("one unknown word listed next to a known company is a company", "[extract][actors]") {
  Analysed a("The firm owns Instagram, Zorbly, WhatsApp, and dozens of other services. Rivals such as Quillo and "
             "Google grew too, while Paris, Lyon and Nice hosted the fair.");
  INFO(a.Names());
  REQUIRE(a.Has("Zorbly"));
  CHECK(a.Named("Zorbly")->type == model::ActorType::kOrganization);
  CHECK(a.Has("Quillo"));
  CHECK_FALSE(a.Has("Lyon"));
  Analysed b("As the parade rolled through Dunmore, CNN reported that the skies were clear.");
  INFO(b.Names());
  CHECK_FALSE(b.Has("Dunmore"));
}

TEST_CASE("an embassy's or consulate's seat is part of its name", "[extract][actors]") {
  Analysed a("Protesters marched on the Ruritanian Embassy in Oslo on Friday, and the French Consulate in "
             "downtown Lyon closed.");
  INFO(a.Names());
  CHECK(a.Has("Ruritanian Embassy in Oslo"));
  CHECK(a.Has("the Ruritanian Embassy in Oslo"));
  CHECK(a.Has("French Consulate"));
}


TEST_CASE("a sentence-start given name before a capitalised word is a name even when also written in lower case",
          "[extract][actors]") {
  Analysed a("The sign spells out the word “grace” in pink script on the wall. Grace Holloway’s 1974 mural hangs "
             "across the hall from it.");
  INFO(a.Names());
  CHECK(a.Has("Grace Holloway"));
  Analysed b("The river rose fast overnight. Rose slowly from the floor, the crowd cheered.");
  INFO(b.Names());
  CHECK_FALSE(b.Has("Rose"));
}

TEST_CASE("full names listed with a person's are people; a list of places or names alone is not",
          "[extract][actors]") {
  Analysed a("The boats belong to Pim Arnoldi, Sasha Delacroix and Jane Roe, the harbor office said. The prize went "
             "to Jane Roe or Tovo Ferrant.");
  INFO(a.Names());
  CHECK(a.Has("Pim Arnoldi"));
  CHECK(a.Has("Tovo Ferrant"));
  Analysed b("The tour stops in Varno Bay, Keldon Falls and Ostrow Marsh before it ends.");
  INFO(b.Names());
  CHECK_FALSE(b.Has("Keldon Falls"));
  CHECK_FALSE(b.Has("Ostrow Marsh"));
}

TEST_CASE("a name written as a film's or a show's is no person", "[extract][actors]") {
  Analysed a("Velvet Fortune fans lined up for hours. The sequel to Velvet Fortune opens next week, and critics "
             "praised the film Copper Lantern. Copper Lantern was a hit.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("Velvet Fortune"));
  CHECK_FALSE(a.Has("Copper Lantern"));
  Analysed b("Laura Quell fans lined up for hours. Hanno Rusk fans did too, Hanno Rusk said.");
  INFO(b.Names());
  CHECK(b.Has("Laura Quell"));
  CHECK(b.Has("Hanno Rusk"));
}

TEST_CASE("an unknown word before a lower-case party or government names that body", "[extract][actors]") {
  Analysed a("The vote split Halvorsen's Varda party, and the Kestrel government fell a week later. Speakers "
             "from a Jewish movement and a Kickstarter campaign drew crowds.");
  INFO(a.Names());
  CHECK(a.Has("Varda party"));
  CHECK(a.Has("Kestrel government"));
  CHECK_FALSE(a.Has("Jewish movement"));
  CHECK_FALSE(a.Has("Kickstarter campaign"));
}

TEST_CASE("capitalised words between 'the' and a lower-case 'group' name a group", "[extract][actors]") {
  Analysed a("She is a member of the Manu Tarrow group that runs the recovery. The Islamic State group claimed the "
             "attack, and the Jane Roe group met later.");
  INFO(a.Names());
  CHECK(a.Has("Manu Tarrow group"));
  CHECK(a.Has("the Manu Tarrow group"));
  CHECK_FALSE(a.Has("Islamic State group"));
  CHECK_FALSE(a.Has("Jane Roe group"));
}

TEST_CASE("a full name closed by a Mc or O' surname is a person's", "[extract][actors]") {
  Analysed a("Bassa co-owns the trawler with Rolfe McCandry. The boat was sold to Tove O’Darragh last year.");
  INFO(a.Names());
  CHECK(a.Has("Rolfe McCandry"));
  CHECK(a.Has("Tove O’Darragh"));
  Analysed b("The lab bought a Mcintyre Lathe and a Molten Oak press.");
  INFO(b.Names());
  CHECK_FALSE(b.Has("Mcintyre Lathe"));
}

TEST_CASE("a debt security named for its issuer mentions no actor", "[extract][actors]") {
  Analysed a("The yield on the 10-year Treasury note fell, and Treasury bonds rallied.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("Treasury"));
  Analysed b("The Treasury said the bonds would be sold in May.");
  INFO(b.Names());
  CHECK(b.Has("Treasury"));
}

TEST_CASE("a capitalised plural before a given name is no part of the name", "[extract][actors]") {
  Analysed a("Moderates Elena Varga and Paul Redd voted no. Rivals Jane Roe and John Doe agreed.");
  INFO(a.Names());
  CHECK(a.Has("Elena Varga"));
  CHECK_FALSE(a.Has("Moderates Elena Varga"));
  CHECK(a.Has("Jane Roe"));
  Analysed b("Douglas Ellery wrote the report.");
  INFO(b.Names());
  CHECK(b.Has("Douglas Ellery"));
}

TEST_CASE("a listed name after a preposition of place or a plural title is no person", "[extract][actors]") {
  Analysed a("Jane Roe reported from Varno Atoll, and Pim Arnoldi and John Doe from Kestrel Bay.");
  INFO(a.Names());
  CHECK_FALSE(a.Has("Varno Atoll"));
  Analysed b("He served under Presidents Halloran and John Doe.");
  INFO(b.Names());
  CHECK_FALSE(b.Has("Presidents Halloran"));
}
