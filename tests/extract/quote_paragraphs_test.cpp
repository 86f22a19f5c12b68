#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::SpeakerOf;
using testing::Speakers;
using testing::SpokenBy;
using testing::Via;
using testing::WithCue;

TEST_CASE("an uncued quote paragraph goes on with the speaker of the paragraph before", "[extract][paragraphs]") {
  auto x = ExtractText(
      "The harbor has lost a third of its fleet since 2010.\n\n"
      "\xE2\x80\x9CWe keep losing boats,\xE2\x80\x9D said Dana Lee, who runs the fishing co-op.\n\n"
      "\xE2\x80\x9CNobody in the capital listens. They send a report and then nothing happens.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CNext year there may be no co-op left at all.\xE2\x80\x9D\n");
  CHECK(SpeakerOf(x, "Nobody in the capital listens").find("lee") != std::string::npos);
  // The next quote paragraph too: the same speaker until someone else speaks.
  CHECK(SpeakerOf(x, "there may be no co-op left").find("lee") != std::string::npos);
}

TEST_CASE("a quote paragraph after a crosshead keeps the speaker", "[extract][paragraphs]") {
  auto x = ExtractText(
      "\xE2\x80\x9CThe river is rising every spring,\xE2\x80\x9D says Amos Tane, a farmer near the delta.\n\n"
      "Rising waters\n\n"
      "\xE2\x80\x9CWe moved the barn twice. We will not move it a third time.\xE2\x80\x9D\n");
  CHECK(SpeakerOf(x, "We moved the barn twice").find("tane") != std::string::npos);
}

TEST_CASE("a quote paragraph is nobody's when another person is named after the last claim",
          "[extract][paragraphs]") {
  auto x = ExtractText(
      "\xE2\x80\x9CThe budget is a mess,\xE2\x80\x9D said Mayor Ruth Kline. Her rivals, Tom Berger and Ann Wu, sat "
      "in the front row.\n\n"
      "\xE2\x80\x9CWe will see who is right in November.\xE2\x80\x9D\n");
  CHECK(Attributed(x, "We will see who is right") == nullptr);
}

TEST_CASE("a quote paragraph after a paragraph with no claim is nobody's", "[extract][paragraphs]") {
  auto x = ExtractText(
      "The storm closed three roads and the ferry on Monday.\n\n"
      "\xE2\x80\x9CStay home and stay safe.\xE2\x80\x9D\n");
  CHECK(Attributed(x, "Stay home and stay safe") == nullptr);
}

TEST_CASE("short items after SOURCE also said: are the source's claims", "[extract][paragraphs]") {
  auto x = ExtractText(
      "In a long interview, Governor Lena Marsh also said:\n\n"
      "The state must keep its rail link to the coast\n\n"
      "She is confident the water bill will pass this year\n\n"
      "Read the full transcript of the interview\n\n"
      "Ms. Marsh leaves for the coast on Friday.\n");
  CHECK(SpeakerOf(x, "must keep its rail link").find("marsh") != std::string::npos);
  CHECK(SpeakerOf(x, "the water bill will pass").find("marsh") != std::string::npos);
  CHECK(Attributed(x, "Read the full transcript") == nullptr);
  CHECK(Attributed(x, "leaves for the coast") == nullptr);
}

TEST_CASE("a quote after a sentence naming its speaker and a body is the speaker's", "[extract][paragraphs]") {
  auto x = ExtractText(
      "Walter Penn, chairman of the Harbor Council in the 1990s, once summed up the problem with a line. "
      "\xE2\x80\x9CIt is a slow leak, not a flood.\xE2\x80\x9D\n");
  CHECK(SpeakerOf(x, "a slow leak, not a flood").find("penn") != std::string::npos);
}

TEST_CASE("a description apposed to a name resolves to the named person", "[extract][speakers]") {
  auto x = ExtractText(
      "Senator Jo Smith, an Ohio Republican who backed the bill, dismissed the warning on Tuesday.\n\n"
      "\xE2\x80\x9CI think it is a risk worth taking,\xE2\x80\x9D he said.\n");
  std::string s = SpeakerOf(x, "a risk worth taking");
  CHECK(s.find("smith") != std::string::npos);
}

TEST_CASE("X said, according to a transcript: X speaks via the transcript", "[extract][relay]") {
  auto x = ExtractText(
      "Deals like these take years to build, Carla Mendez said, according to a transcript of the hearing.\n");
  const model::Claim* c = WithCue(x, "said");
  REQUIRE(c != nullptr);
  CHECK(c->text.find("Deals like these take years") != std::string::npos);
  CHECK(Speakers(x, *c).find("mendez") != std::string::npos);
  CHECK(Via(x, *c).find("transcript") != std::string::npos);
  CHECK(Attributed(x, "according to a transcript of the hearing") == nullptr);
}

TEST_CASE("X writes in a book, according to the outlet: X's claim via the outlet, its quote run on",
          "[extract][relay]") {
  auto x = ExtractText(
      "\xE2\x80\x9C" "At the end of the dinner, Lee asked each of the guests for one piece of advice to the new "
      "minister,\xE2\x80\x9D Ana Roe writes in her book, according to the Ledger. \xE2\x80\x9CPark told her to keep "
      "her own notes, as he had done, except for secret matters.\xE2\x80\x9D\n\n"
      "The book is due out next month.\n");
  const model::Claim* c = WithCue(x, "writes");
  REQUIRE(c != nullptr);
  CHECK(c->text.find("Lee asked each of the guests") != std::string::npos);
  CHECK(Speakers(x, *c).find("roe") != std::string::npos);
  CHECK(Via(x, *c).find("ledger") != std::string::npos);
  // The quote that goes on after the cue is still the book's words.
  CHECK(c->text.find("Park told her to keep her own notes") != std::string::npos);
  // The outlet's own claim reports the writer's words with her cue.
  CHECK(SpokenBy(x, "Ana Roe writes in her book", "ledger"));
}

TEST_CASE("a question quoted, then X said at an event, according to the outlet: the quote is X's via the outlet",
          "[extract][relay]") {
  auto x = ExtractText(
      "\xE2\x80\x9CWhy would anyone wait another year for the new bridge?\xE2\x80\x9D Governor Paul Brandt said at "
      "a town meeting, according to the Valley Herald.\n");
  const model::Claim* c = WithCue(x, "said");
  REQUIRE(c != nullptr);
  CHECK(c->text.find("wait another year for the new bridge") != std::string::npos);
  CHECK(Speakers(x, *c).find("brandt") != std::string::npos);
  CHECK(Via(x, *c).find("herald") != std::string::npos);
}

TEST_CASE("X said that CONTENT, the outlet reported: X speaks via the outlet", "[extract][relay]") {
  auto x = ExtractText(
      "Harbor Foods chief executive Nina Cole said in an internal memo that the discount brand had lost its "
      "purpose, the Daily Ledger reported last week.\n");
  const model::Claim* c = nullptr;
  for (const auto& k : x.claims)
    if (k.text.find("the discount brand had lost its purpose") != std::string::npos &&
        Speakers(x, k).find("cole") != std::string::npos)
      c = &k;
  REQUIRE(c != nullptr);
  CHECK(Via(x, *c).find("ledger") != std::string::npos);
  CHECK(c->text.find("reported") == std::string::npos);
}

TEST_CASE("X was quoted as saying by the agency: X speaks via the agency", "[extract][relay]") {
  auto x = ExtractText(
      "Residents heard a loud bang near the dam, the regional government was quoted as saying on Friday by the "
      "Tass news agency.\n");
  const model::Claim* c = Attributed(x, "Residents heard a loud bang");
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("government") != std::string::npos);
  CHECK(Via(x, *c).find("tass") != std::string::npos);
}

TEST_CASE("a source named with an initial speaks", "[extract][speakers]") {
  auto x = ExtractText(
      "\xE2\x80\x9CThe cost will keep rising,\xE2\x80\x9D said R. Alan Whitby, a fellow at the Lakeside Institute.\n");
  CHECK(SpeakerOf(x, "The cost will keep rising").find("whitby") != std::string::npos);
}

TEST_CASE("a pronoun after a run of quotes is the last speaker's", "[extract][speakers]") {
  auto x = ExtractText(
      "The council voted on Monday to close the pool.\n\n"
      "\xE2\x80\x9CIt was a hard call,\xE2\x80\x9D said councillor Omar Haddad.\n\n"
      "\xE2\x80\x9CThe roof leaks. The pumps are forty years old.\xE2\x80\x9D\n\n"
      "\xE2\x80\x9CWe looked at every option. None of them was cheap,\xE2\x80\x9D he said.\n");
  CHECK(SpeakerOf(x, "None of them was cheap").find("haddad") != std::string::npos);
}

TEST_CASE("an uncued quote later in the paragraph is the clear last speaker's", "[extract][paragraphs]") {
  auto x = ExtractText(
      "The council delayed the vote on the new pier until spring.\n\n"
      "The delay will cost the town its summer season, harbor master Ines Vidal said on Tuesday. She did not "
      "say how much. \xE2\x80\x9CWe have boats booked from May. Now we have to call every owner.\xE2\x80\x9D\n");
  const model::Claim* c = Attributed(x, "We have boats booked from May");
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("vidal") != std::string::npos);
  // The quoted sentences after it go with it.
  CHECK(c->text.find("call every owner") != std::string::npos);
  CHECK(c->rule == "quote-run");
}

TEST_CASE("an uncued quote after someone else is named is nobody's", "[extract][paragraphs]") {
  auto x = ExtractText(
      "The delay will cost the town its summer season, harbor master Ines Vidal said. Mayor Tom Reyes and his deputy "
      "Ana Cruz walked out. \xE2\x80\x9CWe have boats booked from May.\xE2\x80\x9D\n");
  CHECK(Attributed(x, "We have boats booked from May") == nullptr);
}

TEST_CASE("a quote opening the next paragraph goes on with the clear last speaker", "[extract][paragraphs]") {
  auto x = ExtractText(
      "\xE2\x80\x9CThe samples were clean,\xE2\x80\x9D explains Dr. Hana Ito, who led the survey.\n\n"
      "\xE2\x80\x9CWe tested every well twice.\xE2\x80\x9D The second round took a month.\n");
  const model::Claim* c = Attributed(x, "We tested every well twice");
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("ito") != std::string::npos);
  // The narration after the quote stays in the article's voice.
  CHECK(c->text.find("second round") == std::string::npos);
}

TEST_CASE("a quote cut off by its question mark waits for its own cue", "[extract][paragraphs]") {
  auto x = ExtractText(
      "The pier will be finished in May, harbor master Ines Vidal said. \xE2\x80\x9C" "But who will pay for the "
      "boats?\xE2\x80\x9D Mayor Tom Reyes asked at the meeting.\n");
  const model::Claim* c = Attributed(x, "who will pay for the boats");
  CHECK((c == nullptr || Speakers(x, *c).find("vidal") == std::string::npos));
}

TEST_CASE("a quote after a colon closing a sentence is its subject's", "[extract][paragraphs]") {
  auto x = ExtractText(
      "In her new book, the historian Clara Voss traces the canal from its first lock to its last barge.\n\n"
      "Voss sums up the decline in her preface: \xE2\x80\x9CThe canal did not die of age. It died of "
      "neglect.\xE2\x80\x9D\n\n"
      "The museum's display ends with a single line: \xE2\x80\x9CThe water remembers.\xE2\x80\x9D\n");
  const model::Claim* c = Attributed(x, "The canal did not die of age");
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("voss") != std::string::npos);
  CHECK(c->text.find("It died of neglect") != std::string::npos);
  // A thing that "ends with" a line is no speaker.
  CHECK(Attributed(x, "The water remembers") == nullptr);
}

TEST_CASE("a claim with no cue stands in its own sentence", "[extract][paragraphs]") {
  // Regression: claims emitted with an empty cue took their sentence span
  // from the document start.
  auto x = ExtractText(
      "The harbor has lost a third of its fleet since 2010.\n\n"
      "\xE2\x80\x9CWe keep losing boats,\xE2\x80\x9D said Dana Lee, who runs the fishing co-op.\n\n"
      "\xE2\x80\x9CNobody in the capital listens.\xE2\x80\x9D\n");
  const model::Claim* c = Attributed(x, "Nobody in the capital listens");
  REQUIRE(c != nullptr);
  CHECK(c->attribution.cue_span.empty());
  CHECK(c->sentence.rfind("\xE2\x80\x9CNobody", 0) == 0);
  CHECK(c->sentence_span.start > 0);
  CHECK(c->sentence_span.start <= c->span.start);
  CHECK(c->span.start - c->sentence_span.start < 3);
}

TEST_CASE("a signed quote does not run on into the next reader's quote", "[extract][paragraphs]") {
  auto x = ExtractText(
      "We asked readers what they thought of the plan.\n\n"
      "\xE2\x80\x9CWe need the bridge before winter.\xE2\x80\x9D \xE2\x80\x95 Ana Ruiz\n"
      "\xE2\x80\x9CThe tolls will ruin us. Nobody in the capital listens.\xE2\x80\x9D \xE2\x80\x95 anonymous\n");
  const model::Claim* c = Attributed(x, "We need the bridge before winter");
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("ruiz") != std::string::npos);
  CHECK(c->text.find("tolls") == std::string::npos);
  const model::Claim* tolls = Attributed(x, "The tolls will ruin us");
  CHECK((tolls == nullptr || Speakers(x, *tolls).find("ruiz") == std::string::npos));
}

TEST_CASE("a quote whose own source follows it never goes on with the speaker before", "[extract][paragraphs]") {
  // The handle after the quote is no name the scan knows, but it is the source.
  auto x = ExtractText(
      "Ann Ortiz has answered questions on the growers forum for years. \xE2\x80\x9CShe is patient. A gift to the "
      "whole forum,\xE2\x80\x9D wrote kb2041.\n\n"
      "Ann Ortiz said the forum had grown. \xE2\x80\x9CMy first packet of seeds from the exchange came two months "
      "late and half of them were wet and useless,\xE2\x80\x9D wrote kb2041.\n");
  CHECK(SpeakerOf(x, "She is patient").find("ortiz") == std::string::npos);
  CHECK(SpeakerOf(x, "My first packet of seeds").find("ortiz") == std::string::npos);
  CHECK(SpeakerOf(x, "the forum had grown").find("ortiz") != std::string::npos);
  // "..., she said" after the quote is the quote's source and goes on with the speaker.
  auto y = ExtractText(
      "Vera Lindqvist runs the seed exchange. \xE2\x80\x9CWe ship to every county. Some packets are late. "
      "Most arrive within a week,\xE2\x80\x9D she said.\n");
  CHECK(SpeakerOf(y, "Most arrive within a week").find("lindqvist") != std::string::npos);
}

TEST_CASE("the paragraphs between two transcript labels go on with the first speaker's turn", "[extract][paragraphs]") {
  auto x = ExtractText(
      "Governor Ellen Marsh and Senator Tom Reyes debated the budget on the radio on Sunday.\n\n"
      "MARSH: The plan leaves the schools short by forty million dollars.\n\n"
      "That gap has been in the plan since March and nobody has fixed it.\n\n"
      "REYES: The schools will get every dollar the law promises them.\n\n"
      "The budget office will publish its own figures next week.\n");
  CHECK(SpeakerOf(x, "nobody has fixed it").find("marsh") != std::string::npos);
  // After the last label the article's own voice may resume: no turn is assumed.
  CHECK(SpeakerOf(x, "publish its own figures").empty());
  // A claim reported inside a turn is relayed by the turn's speaker.
  auto y = ExtractText(
      "Governor Ellen Marsh and Senator Tom Reyes debated the budget on the radio on Sunday.\n\n"
      "MARSH: The plan leaves the schools short by forty million dollars.\n\n"
      "The treasurer, Ana Ortiz, has said the reserve fund is empty. Ask her.\n\n"
      "REYES: The schools will get every dollar the law promises them.\n");
  const model::Claim* c = nullptr;
  for (const auto& claim : y.claims)
    if (claim.text == "the reserve fund is empty") c = &claim;
  REQUIRE(c);
  CHECK(Speakers(y, *c).find("ortiz") != std::string::npos);
  CHECK(Via(y, *c).find("marsh") != std::string::npos);
}

TEST_CASE("a roundup entry's quote is the named person's, not the body in the description", "[extract][paragraphs]") {
  auto x = ExtractText(
      "Three analysts weighed in on the port deal this week.\n\n"
      "Priya Natarajan, a senior fellow at the Harbor Policy Institute: \xE2\x80\x9CThe deal locks in fees for a decade. "
      "Shippers will pay for it.\xE2\x80\x9D\n\n"
      "Rep. Dale Hinton (R-Ohio): \xE2\x80\x9CI have not seen a single study that supports these numbers.\xE2\x80\x9D\n");
  std::string s = SpeakerOf(x, "The deal locks in fees");
  CHECK(s.find("natarajan") != std::string::npos);
  CHECK(s.find("institute") == std::string::npos);
  // A party tag between the name and the colon.
  CHECK(SpeakerOf(x, "a single study that supports").find("hinton") != std::string::npos);
  // An adverb opening a sentence is no one's name.
  auto y = ExtractText(
      "The app was announced in May. Thankfully, now we know when it comes out: \xE2\x80\x9CRiver Run\xE2\x80\x9D "
      "will launch in December.\n");
  CHECK(SpeakerOf(y, "River Run").empty());
}

TEST_CASE("a quote's last sentence stays with the claim holding its opening mark, not a nearer later claim",
          "[extract][paragraphs]") {
  auto x = ExtractText(
      "\xE2\x80\x9CRiders have asked about the cost of the new line,\xE2\x80\x9D Mayor Ann Cole said. "
      "\xE2\x80\x9CIt is not our job to cut corners. It is our job to be careful. It is not our job to take "
      "sides.\xE2\x80\x9D On Monday, Governor Tom Reyes told a crowd that the city \xE2\x80\x9Cnever "
      "listens\xE2\x80\x9D before leaving.\n");
  CHECK(SpeakerOf(x, "It is not our job to take sides").find("cole") != std::string::npos);
  CHECK(SpeakerOf(x, "never listens").find("reyes") != std::string::npos);
}

TEST_CASE("an uncued quote stays the clear last speaker's when a later cue in the next sentence is someone else's",
          "[extract][paragraphs]") {
  auto x = ExtractText(
      "The lab tests samples mailed in by strangers.\n\n"
      "\xE2\x80\x9CThe process is quite boring, because it is a routine,\xE2\x80\x9D chemist Rosa Lind says. But one "
      "part always surprises her: the moment the results appear. \xE2\x80\x9C" "Every time it is something "
      "different.\xE2\x80\x9D For instance, one sample held chalk, and the seller said it was pure.\n");
  const model::Claim* c = Attributed(x, "Every time it is something different");
  REQUIRE(c != nullptr);
  CHECK(Speakers(x, *c).find("lind") != std::string::npos);
  CHECK(c->text.find("chalk") == std::string::npos);
  CHECK(SpeakerOf(x, "it was pure").find("seller") != std::string::npos);
}

TEST_CASE("an uncued quote waits for the cue that opens the next sentence", "[extract][paragraphs]") {
  auto x = ExtractText(
      "The pier will be finished in May, harbor master Ines Vidal said. \xE2\x80\x9CWe will pay for the "
      "boats.\xE2\x80\x9D Mayor Tom Reyes said of the plan at the meeting that it would fail.\n");
  const model::Claim* c = Attributed(x, "We will pay for the boats");
  CHECK((c == nullptr || Speakers(x, *c).find("vidal") == std::string::npos));
}

TEST_CASE("a quote after a sentence naming its speaker is theirs, whoever that sentence quotes",
          "[extract][paragraphs]") {
  auto x = ExtractText(
      "The pier reopened on Monday after two years of repairs.\n\n"
      "Ana Ruiz still laughs about the summer she worked for \xE2\x80\x9Cthe famous Tom Reyes\xE2\x80\x9D at the "
      "pier. \xE2\x80\x9CHe never once asked about the boats.\xE2\x80\x9D\n");
  CHECK(SpeakerOf(x, "He never once asked about the boats").find("ruiz") != std::string::npos);
}

TEST_CASE("a name addressed inside the quote before is not the next quote's speaker", "[extract][paragraphs]") {
  auto x = ExtractText(
      "The debate ran late on Tuesday.\n\n"
      "\xE2\x80\x9CGovernor Hale, let me help you out,\xE2\x80\x9D the running mate riffed on the stage. "
      "\xE2\x80\x9C" "And that is why we need a new senator!\xE2\x80\x9D\n");
  CHECK(SpeakerOf(x, "we need a new senator").find("hale") == std::string::npos);
}
