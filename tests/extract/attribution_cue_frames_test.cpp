// Frames around a cue the sentence scan used to miss: a circumstance after a
// verb that takes only a clause ("..., Ruiz wrote in a memo."), a title line
// closed by a period, "continued to insist", a topic after a verb of saying
// ("Hale said of the plan") and an email as a source.
#include <catch2/catch.hpp>

#include "tests/extract/attribution_support.h"

using namespace claimkb;
using testing::Attributed;
using testing::ExtractText;
using testing::SpokenBy;

TEST_CASE("a clause before its source keeps a cue followed by circumstances", "[extract][attribution][frame]") {
  auto x = ExtractText(
      "The museum reopened in March.\n\nTwo crates of maps were lost in the move, Ana Ruiz, the museum's "
      "registrar, wrote in a memo to the board.");
  CHECK(SpokenBy(x, "Two crates of maps were lost in the move", "ruiz"));
  auto y = ExtractText("The museum reopened in March.\n\nThe loans were never returned, Ana Ruiz wrote on Facebook.");
  CHECK(SpokenBy(y, "The loans were never returned", "ruiz"));
  // A scene-setting opener before the comma is no content.
  auto z = ExtractText("The museum reopened in March.\n\nLate on Tuesday night, Ana Ruiz wrote in her notebook.");
  CHECK_FALSE(Attributed(z, "Late on Tuesday night"));
}

TEST_CASE("a title line closed by a period is read as a headline", "[extract][attribution][frame]") {
  auto x = ExtractText(
      "Mayor Hale Says The Ferry Will Run Again By Spring Despite The Storm.\n\nThe storm hit the island on "
      "Monday, and Mayor Tom Hale spoke at the dock as the water fell.");
  CHECK(SpokenBy(x, "The Ferry Will Run Again By Spring", "hale"));
}

TEST_CASE("a speaker who continues to insist speaks", "[extract][attribution][frame]") {
  auto x = ExtractText("The levy passed in May.\n\nThe mayor continued to insist that the ferry would run by spring.");
  CHECK(SpokenBy(x, "the ferry would run by spring", "mayor"));
  auto y = ExtractText("The levy passed in May.\n\nAnn Roe is continuing to argue the levy is unfair to farmers.");
  CHECK(SpokenBy(y, "the levy is unfair to farmers", "roe"));
}

TEST_CASE("a topic after a verb of saying leaves the content before the cue", "[extract][attribution][frame]") {
  auto x = ExtractText(
      "The council met on Tuesday.\n\n\xE2\x80\x9CWho is going to pay for that?\xE2\x80\x9D Tom Hale said of the "
      "harbor plan on Tuesday.");
  CHECK(SpokenBy(x, "Who is going to pay for that?", "hale"));
  auto y = ExtractText("The council met on Tuesday.\n\nThe ferry was late again, Tom Hale said about the delays.");
  CHECK(SpokenBy(y, "The ferry was late again", "hale"));
  CHECK_FALSE(Attributed(y, "about the delays"));
}

TEST_CASE("a quote closing its own sentence keeps a source followed by circumstances",
          "[extract][attribution][frame]") {
  // A topic up to a comma and a clause of its own.
  auto x = ExtractText(
      "The council met on Tuesday.\n\n\xE2\x80\x9CWho is going to pay for that?\xE2\x80\x9D Tom Hale said of the "
      "harbor plan on Tuesday, when the board voted to delay it.");
  CHECK(SpokenBy(x, "Who is going to pay for that?", "hale"));
  CHECK_FALSE(Attributed(x, "when the board voted"));
  // A clause of time right after the cue.
  auto y = ExtractText(
      "The council met on Tuesday.\n\n\xE2\x80\x9CWe are ready to vote!\xE2\x80\x9D Mayor Ann Roe said as she "
      "opened the session.");
  CHECK(SpokenBy(y, "We are ready to vote!", "roe"));
  // A clause of the source's own after the cue is still its content.
  auto z = ExtractText(
      "The council met on Tuesday.\n\n\xE2\x80\x9CWho will pay?\xE2\x80\x9D Tom Hale said the board had asked.");
  CHECK(SpokenBy(z, "the board had asked", "hale"));
}

TEST_CASE("a lower-case state before a title is part of the speaker", "[extract][attribution][frame]") {
  auto x = ExtractText(
      "The budget passed on Friday.\n\n\"We cannot afford another cut,\" state Sen. Jane Roe said after the vote.");
  CHECK(SpokenBy(x, "We cannot afford another cut", "roe"));
  auto y = ExtractText("The budget passed on Friday.\n\n\"It is a disgrace,\" said state Rep. Carl Hale.");
  CHECK(SpokenBy(y, "It is a disgrace", "hale"));
  // "state" before its content still reports.
  auto z = ExtractText("The budget passed on Friday.\n\nThe governor's aides state that the cuts will stand.");
  CHECK(Attributed(z, "the cuts will stand"));
}

TEST_CASE("a programme's title after a listener who owns it is no content", "[extract][attribution][frame]") {
  auto x = ExtractText(
      "The harbor plan was debated on Sunday.\n\n\xE2\x80\x9CThe harbor is closed,\xE2\x80\x9D Al Poe told "
      "ABC\xE2\x80\x99s \xE2\x80\x9CThis Week.\xE2\x80\x9D");
  CHECK(SpokenBy(x, "The harbor is closed", "poe"));
  CHECK_FALSE(Attributed(x, "This Week"));
}

TEST_CASE("a surname spelt like a modal speaks before a past cue", "[extract][attribution][frame]") {
  auto x = ExtractText(
      "The harbor plan was debated on Sunday.\n\nPrime Minister Theresa May spoke on Monday.\n\nMay said the "
      "harbor would reopen in June.\n\nColumnist George Will was skeptical.\n\n\"It will not reopen,\" Will wrote.");
  CHECK(SpokenBy(x, "the harbor would reopen in June", "theresa may"));
  CHECK(SpokenBy(x, "It will not reopen", "george will"));
  // The full name ending in such a word speaks too.
  auto z = ExtractText(
      "The harbor plan was debated on Sunday.\n\nPrime Minister Theresa May said the port would stay shut.");
  CHECK(SpokenBy(z, "the port would stay shut", "theresa may"));
  // A modal before its verb is no name.
  auto y = ExtractText("The harbor plan was debated on Sunday.\n\nThe mayor may say the harbor will reopen.");
  CHECK_FALSE(SpokenBy(y, "the harbor will reopen", "may"));
}

TEST_CASE("an email speaks for its sender", "[extract][attribution][frame]") {
  auto x = ExtractText(
      "The campaign wrote to its donors on Friday.\n\n\xE2\x80\x9CWe need your help before the vote,\xE2\x80\x9D "
      "the email said.");
  CHECK(SpokenBy(x, "We need your help before the vote", "email"));
}

TEST_CASE("what the reporter is told comes from unnamed sources", "[extract][attribution][frame]") {
  auto x = ExtractText(
      "The ring vanished from the hotel on Friday.\n\nWe're told there is camera footage that detectives are "
      "studying.\n\nDetectives searched the lobby, and I'm told the ring was found in a drawer.");
  const model::Claim* c = Attributed(x, "there is camera footage");
  REQUIRE(c);
  CHECK(c->attribution.speakers.empty());
  CHECK(Attributed(x, "the ring was found in a drawer"));
  // An order or a bare object is no report.
  auto y = ExtractText("The ring vanished on Friday.\n\nI was told to wait in the lobby.\n\nWe were told the news.");
  CHECK_FALSE(Attributed(y, "wait in the lobby"));
  CHECK_FALSE(Attributed(y, "the news"));
}
