#include <catch2/catch.hpp>

#include <string>

#include "core/extract/calendar.h"
#include "core/extract/times.h"

using namespace claimkb;
using claimkb::extract::FindTimes;
using model::Precision;

namespace {

constexpr const char* kAnchor = "2025-09-22";  // a Monday

// The only time expression found in text (fails the test unless exactly one).
model::TimeRef One(const std::string& text, const char* anchor = kAnchor) {
  auto found = FindTimes(text, anchor);
  INFO(text);
  REQUIRE(found.size() == 1);
  return found[0];
}

std::string Value(const std::string& text, const char* anchor = kAnchor) { return One(text, anchor).value; }

}  // namespace

TEST_CASE("calendar arithmetic: weekdays, ISO weeks, month lengths", "[extract][times]") {
  using namespace extract::calendar;
  CHECK(Weekday({2025, 9, 22}) == 1);
  CHECK(Weekday({2013, 3, 22}) == 5);
  CHECK(IsoWeek({2025, 9, 22}) == "2025-W39");
  CHECK(IsoWeek({2021, 1, 3}) == "2020-W53");  // a Sunday belonging to the previous ISO year
  CHECK(DaysInMonth(2024, 2) == 29);
  CHECK(DaysInMonth(2100, 2) == 28);
  CHECK(AddDays({2025, 3, 1}, -1) == Date{2025, 2, 28});
  CHECK(AddMonths({2025, 3, 13}, -3) == Date{2024, 12, 1});
  CHECK(AddMonths({5, 3, 13}, -120) == Date{-5, 3, 1});
  CHECK(!Parse("2025-02-30"));
}

TEST_CASE("absolute dates in common formats", "[extract][times]") {
  CHECK(Value("The letter was dated September 5, 2025 and sent later.") == "2025-09-05");
  CHECK(Value("Officials met on Sept. 5, 2024 in Caracas.") == "2024-09-05");
  CHECK(Value("The treaty was signed on 5 September 2019 in Geneva.") == "2019-09-05");
  CHECK(Value("The filing is dated 2025-09-05, according to the court.") == "2025-09-05");
  CHECK(Value("The report, dated 09/05/2025, was leaked.") == "2025-09-05");
  CHECK(Value("It happened on the 3rd of March 2021.") == "2021-03-03");
  auto t = One("The letter was dated September 5, 2025.");
  CHECK(t.precision == Precision::kDay);
  CHECK(t.anchor == "absolute");
  CHECK(t.text == "September 5, 2025");
}

TEST_CASE("byte spans point at the expression", "[extract][times]") {
  std::string text = "Rodríguez posted it on Monday.";
  auto t = One(text);
  CHECK(text.substr(t.span.start, t.span.end - t.span.start) == "Monday");
}

TEST_CASE("a month and day without a year take the anchor's year", "[extract][times]") {
  CHECK(Value("The letter was dated September 5.") == "2025-09-05");
  // Past tense: a later month/day is last year's.
  CHECK(Value("He was arrested on December 12.") == "2024-12-12");
  // Future tense: an earlier month/day is next year's.
  CHECK(Value("The closures will begin on April 7.", "2013-03-22") == "2013-04-07");
  CHECK(Value("Voting will begin on February 3.") == "2026-02-03");
}

TEST_CASE("months and years alone", "[extract][times]") {
  auto feb = One("In February, Grenell traveled to Venezuela.");
  CHECK(feb.value == "2025-02");
  CHECK(feb.precision == Precision::kMonth);
  CHECK(feb.begin == "2025-02-01");
  CHECK(feb.end == "2025-02-28");
  CHECK(Value("In July, the State Department designated two cartels.") == "2025-07");
  CHECK(Value("Sales fell in November.") == "2024-11");  // past: the most recent November
  CHECK(Value("The book is due to be published in May.", "2013-03-22") == "2013-05");
  CHECK(Value("Prices peaked in July 2024.") == "2024-07");
  auto y = One("The company was founded in 2019.");
  CHECK(y.value == "2019");
  CHECK(y.precision == Precision::kYear);
  CHECK(Value("Growth is expected to pick up by mid-2024.") == "2024");
}

TEST_CASE("early, late, the beginning and the end of a month are its first and last days", "[extract][times]") {
  auto late = One("The talks collapsed in late March.", "2016-04-10");
  CHECK(late.value == "2016-03-21/2016-03-31");
  CHECK(late.text == "late March");
  CHECK(Value("The board will meet again in early June.", "2016-04-10") == "2016-06-01/2016-06-10");
  CHECK(One("Spending rose through the end of February.", "2016-04-10").value == "2016-02-21/2016-02-29");
  CHECK(One("Spending rose through the end of February.", "2016-04-10").text == "the end of February");
  CHECK(Value("Hearings resume at the beginning of May.", "2016-04-10") == "2016-05-01/2016-05-10");
  CHECK(Value("The plant closed in late November 2014.") == "2014-11-21/2014-11-30");
  CHECK(Value("Prices peaked in mid-March.") == "2025-03-11/2025-03-20");
  // A part of a year stays the year.
  CHECK(Value("Growth slowed in early 2024.") == "2024");
}

TEST_CASE("a month with no tense around it is the nearer one", "[extract][times]") {
  // Two months on is nearer than ten months back.
  CHECK(Value("Turnout figures for June, by county.", "2016-04-10") == "2016-06");
  CHECK(Value("Turnout figures for January, by county.", "2015-11-23") == "2016-01");
  // Seven months on is farther than five back.
  CHECK(Value("Turnout figures for November, by county.", "2016-04-10") == "2015-11");
  // A tense still decides.
  CHECK(Value("Sales fell in November.") == "2024-11");
  CHECK(Value("Turnout rose in June.", "2016-04-10") == "2015-06");
}

TEST_CASE("ambiguous month words need a date context", "[extract][times]") {
  CHECK(FindTimes("Protesters may march through the capital.", kAnchor).empty());
  CHECK(FindTimes("Thousands joined the March for Science.", kAnchor).empty());
  CHECK(Value("The vote was held in May.") == "2025-05");
}

TEST_CASE("weekdays resolve against the publication date", "[extract][times]") {
  // TIMEX3: a weekday in a story published that weekday is that day.
  CHECK(Value("The letter was published on Monday.") == "2025-09-22");
  CHECK(Value("The minister resigned on Friday.") == "2025-09-19");
  CHECK(Value("Talks will resume on Thursday.") == "2025-09-25");
  CHECK(Value("He said the vote would take place next Monday.") == "2025-09-29");
  CHECK(Value("The talks collapsed last Monday.") == "2025-09-15");
  CHECK(Value("Lowe died in Ripley on Wednesday.", "2013-03-22") == "2013-03-20");
  auto afternoon = One("Police arrived Friday afternoon.", "2013-03-22");
  CHECK(afternoon.value == "2013-03-22");  // the day, as readers date it; not TIMEX "TAF"
  CHECK(afternoon.precision == Precision::kDay);
  CHECK(afternoon.text == "Friday afternoon");
  CHECK(Value("The gunmen stormed the museum Wednesday evening.", "2015-03-18") == "2015-03-18");
  CHECK(Value("Protesters gathered late Tuesday night.", "2017-11-16") == "2017-11-14");
  CHECK(Value("Troops left the city last night.") == "2025-09-21");
}

TEST_CASE("relative expressions", "[extract][times]") {
  auto earlier = One("Maduro sent a letter earlier this month offering talks.");
  CHECK(earlier.value == "2025-09-01/2025-09-21");
  CHECK(earlier.precision == Precision::kInterval);
  CHECK(earlier.anchor == "published");
  CHECK(Value("The bill passed last week.") == "2025-W38");
  CHECK(Value("The bill passed this week.") == "2025-W39");
  CHECK(Value("Officials spoke yesterday.") == "2025-09-21");
  CHECK(Value("The committee will vote today.") == "2025-09-22");
  CHECK(Value("The ministry said today that talks had failed.") == "2025-09-22");
  CHECK(Value("Today, the senate passed the bill.") == "2025-09-22");
  CHECK(Value("Exports fell last year.") == "2024");
  CHECK(Value("Exports will grow next year.") == "2026");
  CHECK(Value("The plant opens next month.") == "2025-10");
  CHECK(Value("The law changed two weeks ago.") == "2025-09-08");
  CHECK(Value("She resigned a week ago.", "2017-11-16") == "2017-11-09");
  CHECK(Value("The company was sold four years ago.") == "2021");
  CHECK(Value("Output rose this month.") == "2025-09");
  CHECK(Value("Prices will rise later this year.") == "2025");
  CHECK(Value("The fire started last summer.", "2013-03-22") == "2012-06-01/2012-08-31");
  CHECK(Value("The agency plans to finish the review this fall.", "2016-04-10") == "2016-09-01/2016-11-30");
  CHECK(Value("He retired last June.", "2013-03-22") == "2012-06");
  CHECK(Value("Profits rose in the third quarter of 2024.") == "2024-07-01/2024-09-30");
  CHECK(Value("Profits rose last quarter.") == "2025-04-01/2025-06-30");
}

TEST_CASE("earlier this year runs from January 1 to the day before, never a day", "[extract][times]") {
  auto t = One("Earlier this year, the company cut 300 jobs.");
  CHECK(t.value == "2025-01-01/2025-09-21");
  CHECK(t.precision == Precision::kInterval);
  // In the first days of January the span would be a day or two: the year is safer.
  CHECK(Value("Earlier this year, the company cut 300 jobs.", "2019-01-03") == "2019");
  CHECK(One("Earlier this year, the company cut 300 jobs.", "").value.empty());
}

TEST_CASE("today is a date only when something happens on it", "[extract][times]") {
  CHECK(FindTimes("Virtual reality is one of the hottest trends today.", kAnchor).empty());
  CHECK(FindTimes("We are having to put up with a lot of stuff today.", kAnchor).empty());
  CHECK(FindTimes("Their other business, which today is mostly cloud computing, pays for it.", kAnchor).empty());
  CHECK(FindTimes("Get New York Today in your inbox.", kAnchor).empty());
  CHECK(FindTimes("It was sold as \u201cThe World of Tomorrow.\u201d Yet today neon is having a revival.", kAnchor).empty());
  CHECK(FindTimes("The story stems from tensions that remain today.", kAnchor).empty());
  CHECK(FindTimes("Today, many coders leave science for better-paid work.", kAnchor).empty());
}

TEST_CASE("a decade is the interval of its days; a part of a century or an era is no date", "[extract][times]") {
  CHECK(Value("Inflation surged in the 1990s.") == "1990-01-01/1999-12-31");
  CHECK(Value("By the 1960s, neon signs lined every main street.") == "1960-01-01/1969-12-31");
  CHECK(Value("Bonds sold well in the 2000s.") == "2000-01-01/2009-12-31");
  CHECK(Value("The city grew fast in the 1800s.") == "1800-01-01/1899-12-31");
  CHECK(Value("The cuts had not been seen since the ’80s.", "2017-02-23") == "1980-01-01/1989-12-31");
  CHECK(One("The cuts had not been seen since the ’80s.", "2017-02-23").text == "’80s");
  CHECK(FindTimes("In the late 1800s, cables were buried.", kAnchor).empty());
  CHECK(FindTimes("Rates plunged last decade.", kAnchor).empty());
  CHECK(FindTimes("The fishery has been managed well for the last quarter-century.", kAnchor).empty());
  // Still recognised, so that no other reader takes "1800" for a number.
  const std::string era = "In the late 1800s, cables were buried.";
  CHECK(FindTimes(era, extract::scan::Lex(era), kAnchor, extract::TimeSpans::kAll).size() == 1);
}

TEST_CASE("a page's date stamp and dateline are not dates in the story", "[extract][times]") {
  CHECK(FindTimes("Feb. 21, 2019\n\nThe city repaired 75 mains.", kAnchor).empty());
  CHECK(FindTimes("Feb. 23, 2015 -- Peanut allergies have been rising.", kAnchor).empty());
  CHECK(Value("The city repaired 75 mains.\n\nOn Feb. 21, 2019 the council met.") == "2019-02-21");
}

TEST_CASE("a planned event that fell through is still in the future of its story", "[extract][times]") {
  CHECK(Value("The capsule was set to dock with the station on Saturday.", "2016-12-01") == "2016-12-03");
}

TEST_CASE("the tense of the verb decides a weekday's direction", "[extract][times]") {
  CHECK(Value("Obama travels on to Ethiopia on Sunday.") == "2025-09-28");
  CHECK(Value("The two leaders are meeting Saturday in Geneva.") == "2025-09-27");
  CHECK(Value("The vote is set for Thursday.") == "2025-09-25");
  CHECK(Value("The council will meet Saturday to decide.") == "2025-09-27");
  CHECK(Value("The hearing is scheduled for Monday.", "2025-09-19") == "2025-09-22");
  CHECK(Value("The council met Saturday to decide.") == "2025-09-20");
  CHECK(Value("Peace talks resume Thursday in Doha.") == "2025-09-25");
  CHECK(Value("Peace talks did not resume Thursday in Doha.") == "2025-09-18");
}

TEST_CASE("holidays and movable feasts", "[extract][times]") {
  using namespace extract::calendar;
  CHECK(Easter(2019) == Date{2019, 4, 21});
  CHECK(Easter(2000) == Date{2000, 4, 23});
  CHECK(Easter(2038) == Date{2038, 4, 25});
  CHECK(Easter(1818) == Date{1818, 3, 22});
  CHECK(NthWeekday(2025, 11, 4, 4) == Date{2025, 11, 27});
  CHECK(NthWeekday(2025, 5, 1, -1) == Date{2025, 5, 26});
  CHECK(Value("The shop reopened the day after Easter.") == "2025-04-21");
  CHECK(One("The shop reopened the day after Easter.").text == "the day after Easter");
  CHECK(Value("The family will gather on Christmas Day.") == "2025-12-25");
  CHECK(Value("Stores will open on Thanksgiving.") == "2025-11-27");
  CHECK(Value("The march took place on Good Friday 2024.") == "2024-03-29");
  CHECK(Value("Airport security changed after 9/11.") == "2001-09-11");
  CHECK(Value("He proposed on New Year’s Eve.") == "2024-12-31");
  CHECK(FindTimes("They sailed to Easter Island.", kAnchor).empty());
}

TEST_CASE("year ranges and business quarters", "[extract][times]") {
  for (const char* text : {"Losses peaked in the 2008-9 season.", "Losses peaked in 2008-09, the bank said."}) {
    auto t = FindTimes(text, kAnchor);
    REQUIRE(t.size() == 2);
    CHECK(t[0].value == "2008");
    CHECK(t[1].value == "2009");
  }
  auto span = FindTimes("Prices doubled from 2019 to 2024.", kAnchor);
  REQUIRE(span.size() == 3);
  CHECK(span[0].value == "2019");
  CHECK(span[1].value == "2024");
  CHECK(span[2].value == "2019/2024");
  CHECK(span[2].text == "from 2019 to 2024");
  CHECK(Value("Revenue rose 5% in the second quarter.") == "2025-04-01/2025-06-30");
  CHECK(Value("Profit fell in the fourth quarter, the company said.", "2025-02-10") == "2024-10-01/2024-12-31");
  CHECK(Value("Sales are expected to recover in the first quarter.") == "2026-01-01/2026-03-31");
  CHECK(Value("Exports slowed in the third quarter of last year.") == "2024-07-01/2024-09-30");
  CHECK(Value("Second-quarter earnings beat forecasts.") == "2025-04-01/2025-06-30");
  CHECK(FindTimes("The Lakers scored 30 points in the fourth quarter.", kAnchor).empty());
}

TEST_CASE("unresolvable or vague expressions are skipped", "[extract][times]") {
  CHECK(FindTimes("The letter was sent in the days following a strike.", kAnchor).empty());
  CHECK(FindTimes("Officials have recently warned of a conflict.", kAnchor).empty());
  CHECK(FindTimes("The talks collapsed in the past few days.", kAnchor).empty());
  CHECK(FindTimes("The next few weeks will matter.", kAnchor).empty());
  CHECK(FindTimes("Prices have doubled in recent years.", kAnchor).empty());
  CHECK(FindTimes("The team led in the fourth quarter.", kAnchor).empty());
}

TEST_CASE("without an anchor relative expressions stay unresolved", "[extract][times]") {
  auto monday = One("The letter was published on Monday.", "");
  CHECK(monday.value.empty());
  CHECK(monday.anchor.empty());
  CHECK(monday.precision == Precision::kDay);
  CHECK(One("Maduro sent a letter earlier this month.", "").value.empty());
  CHECK(One("The letter was dated September 5.", "").value.empty());
  // Absolute dates still resolve.
  auto abs = One("The letter was dated September 5, 2025.", "");
  CHECK(abs.value == "2025-09-05");
  CHECK(abs.anchor == "absolute");
  CHECK(Value("The company was founded in 2019.", "") == "2019");
}

TEST_CASE("numbers that are not years are not dates", "[extract][times]") {
  CHECK(FindTimes("The company hired 2000 workers.", kAnchor).empty());
  CHECK(FindTimes("The bounty was $2000.", kAnchor).empty());
  CHECK(FindTimes("About 1,500 people attended.", kAnchor).empty());
  CHECK(FindTimes("He needs 2000 - 2500 calories a day.", kAnchor).empty());
}

TEST_CASE("years inside web addresses are not dates", "[extract][times]") {
  CHECK(FindTimes("Visit www.example.com/2024/05/page2 for details.", kAnchor).empty());
  CHECK(FindTimes("See https://example.org/archive/2019/ for the file.", kAnchor).empty());
}

TEST_CASE("a year range yields both years", "[extract][times]") {
  auto t = FindTimes("He joined the expedition of 1957-58.", kAnchor);
  REQUIRE(t.size() == 2);
  CHECK(t[0].value == "1957");
  CHECK(t[1].value == "1958");
  auto spelled = FindTimes("The party held power between 2011 and 2013.", kAnchor);
  REQUIRE(spelled.size() == 3);
  CHECK(spelled[2].value == "2011/2013");
}

TEST_CASE("centuries and times of day", "[extract][times]") {
  CHECK(Value("It was the worst flood of the 20th century.") == "19");
  CHECK(Value("The match was postponed until 15:00 GMT Saturday.", "2013-03-22") == "2013-03-23T15:00");
}

TEST_CASE("seed article dates", "[extract][times]") {
  std::string text =
      "A top Venezuelan official confirmed that President Nicolas Maduro sent a letter to President Donald Trump "
      "earlier this month offering talks to prevent a war.\n\nThe letter was published on Vice President Delcy "
      "Rodríguez’s Telegram account on Monday, and dated September 5. In February, Grenell traveled to Venezuela. "
      "In July, the State Department designated two Venezuelan cartels.";
  auto found = FindTimes(text, kAnchor);
  std::vector<std::string> values;
  for (auto& t : found) values.push_back(t.value);
  CHECK(values == std::vector<std::string>{"2025-09-01/2025-09-21", "2025-09-22", "2025-09-05", "2025-02", "2025-07"});
}

TEST_CASE("a date stamp printed twice on its own line is no date in the story", "[extract][times]") {
  CHECK(FindTimes("14 Mar, 2019 14 Mar, 2019\n\nThe council repaired 75 mains.", kAnchor).empty());
  CHECK(Value("The council repaired 75 mains.\n\n14 Mar, 2019 was the day it met.") == "2019-03-14");
  CHECK(Value("The council met on 14 Mar, 2019.") == "2019-03-14");
}

TEST_CASE("a capitalised relative day inside a sentence is part of a name", "[extract][times]") {
  CHECK(FindTimes("The fair promised visitors \xE2\x80\x9CThe City of Tomorrow\xE2\x80\x9D in glass.", kAnchor).empty());
  CHECK(Value("\xE2\x80\x9CTomorrow we vote,\xE2\x80\x9D the mayor said.") == "2025-09-23");
}

TEST_CASE("a feast's name before a thing it labels is no date", "[extract][times]") {
  CHECK(FindTimes("The artist made glowing Valentine\xE2\x80\x99s Day candies from glass tubes.", kAnchor).empty());
  CHECK(FindTimes("Stores stocked Christmas decorations early.", kAnchor).empty());
}

TEST_CASE("a year that names a law or a number in a size is no date", "[extract][times]") {
  CHECK(FindTimes("Funds are regulated under the Investment Company Act of 1940.", kAnchor).empty());
  CHECK(FindTimes("The panel shows 1800 x 1920 pixels per eye.", kAnchor).empty());
  CHECK(Value("The company was founded in 1940.") == "1940");
}

TEST_CASE("a season with its year is the interval of its days", "[extract][times]") {
  CHECK(Value("In the summer of 1898, a chemist isolated a new gas.") == "1898-06-01/1898-08-31");
  CHECK(Value("The plant will reopen in spring 2026, the company said.") == "2026-03-01/2026-05-31");
  CHECK(Value("The fall of 2008 brought the crisis home.") == "2008-09-01/2008-11-30");
  // "fall" as a verb before a year is no season.
  CHECK(Value("Analysts expect prices to fall 2026 and beyond.") == "2026");
}

TEST_CASE("centuries ago count back from the anchor", "[extract][times]") {
  CHECK(Value("The lamps first glowed a century ago.") == "1925");
  CHECK(Value("The bridge was built two centuries ago.") == "1825");
}

TEST_CASE("a year and a half ago is a month; half a century ago is no date", "[extract][times]") {
  CHECK(Value("A year and a half ago, the lab moved.", "2019-05-20") == "2017-11");
  CHECK(Value("Two years and a half ago, the lab moved.", "2019-05-20") == "2016-11");
  CHECK(FindTimes("A little over half a century ago, chaos spilled out of an experiment.", kAnchor).empty());
  CHECK(Value("A century ago, the lab opened.", "2019-05-20") == "1919");
}

TEST_CASE("a month with a day or part of day 'in' a year is that year's month", "[extract][times]") {
  auto found = FindTimes("Her swearing-in that January day in 2011 drew a crowd.", "2013-03-21");
  REQUIRE(found.size() == 2);
  CHECK(found[0].value == "2011-01");
  CHECK(found[1].value == "2011");
  CHECK(Value("The council met in January.", "2013-03-21") == "2013-01");
}

TEST_CASE("one time scan gives the reported times and the anchorless spans quantities skip", "[extract][times]") {
  auto spans_of = [](const std::vector<model::TimeRef>& found) {
    std::vector<model::Span> out;
    for (const auto& t : found) out.push_back(t.span);
    return out;
  };
  const std::string texts[] = {
      "The vote is at 10:30 a.m. Monday, two weeks after the talks of March 3, 2024.",
      "Officials met at 9:15 today and again on Feb. 30 to review the last quarter century of records.",
      "Sales rose 4% in the third quarter, the company said on Tuesday; in the 1990s they fell.",
      "Feb. 21, 2019\n\nThe city repaired 75 mains last week and will finish next month.",
      "Nothing here is a date, though 2,000 people came.",
      "The pandemic of 2009-2010 killed 348 children; prices doubled from 2019 to 2024.",
  };
  for (const std::string& text : texts) {
    INFO(text);
    auto toks = extract::scan::Lex(text);
    extract::TimeScan scan = extract::ScanTimes(text, toks, kAnchor);
    auto reported = FindTimes(text, toks, kAnchor);
    REQUIRE(scan.reported.size() == reported.size());
    for (size_t i = 0; i < reported.size(); ++i) {
      CHECK(scan.reported[i].span == reported[i].span);
      CHECK(scan.reported[i].value == reported[i].value);
    }
    CHECK(scan.all == spans_of(FindTimes(text, toks, "", extract::TimeSpans::kAll)));
  }
  // The clock time on a weekday matches only with an anchor: the anchorless spans differ.
  const std::string clock = texts[0];
  auto toks = extract::scan::Lex(clock);
  CHECK(spans_of(FindTimes(clock, toks, kAnchor, extract::TimeSpans::kAll)) !=
        spans_of(FindTimes(clock, toks, "", extract::TimeSpans::kAll)));
}

TEST_CASE("a bare verb after a modal and a participle after an article set no past tense", "[extract][times]") {
  // Published in March: July is ahead when the sentence looks ahead.
  CHECK(Value("That would set the stage for a contested convention in July.", "2016-03-20") == "2016-07");
  CHECK(Value("The delegates were counted at the convention in July.", "2016-03-20") == "2015-07");
}

TEST_CASE("weekdays and units in the possessive are dates", "[extract][times]") {
  CHECK(Value("Thousands marched after last Friday's vote.") == "2025-09-19");
  CHECK(Value("Critics panned Wednesday’s speech by the mayor.") == "2025-09-17");
  CHECK(Value("Friday's ruling will shape the race.") == "2025-09-19");
  CHECK(Value("This year's budget is smaller.") == "2025");
  CHECK(Value("Turnout fell from last year’s record.") == "2024");
  CHECK(Value("She skipped yesterday's hearing.") == "2025-09-21");
  CHECK(FindTimes("Today's voters want change.", kAnchor).empty());
}

TEST_CASE("a part of a decade: early is its first four years, mid the next three, late the last three",
          "[extract][times]") {
  CHECK(Value("In the early 1990s the firm was small.") == "1990-01-01/1993-12-31");
  CHECK(Value("In the mid-1990s, he lived in Khartoum.") == "1994-01-01/1996-12-31");
  CHECK(Value("The company was founded in the late 1980s.") == "1987-01-01/1989-12-31");
  CHECK(Value("Sales peaked in the mid 2000s.") == "2004-01-01/2006-12-31");
  CHECK(Value("The club has not won since the late \u201980s.", "2017-02-23") == "1987-01-01/1989-12-31");
  CHECK(One("In the early 1990s the firm was small.").text == "early 1990s");
}

TEST_CASE("the past N units run from that far back to the day before publication", "[extract][times]") {
  const char* fri = "2015-03-13";
  auto two = One("Over the last two years, sales fell.", fri);
  CHECK(two.value == "2013-03-13/2015-03-12");
  CHECK(two.precision == Precision::kInterval);
  CHECK(two.anchor == "published");
  CHECK(Value("Sales rose over the past 12 months.", fri) == "2014-03-13/2015-03-12");
  CHECK(Value("In the past decade prices doubled.", fri) == "2005-03-13/2015-03-12");
  CHECK(Value("The last decade saw growth.", fri) == "2005-03-13/2015-03-12");
  CHECK(Value("In the past year prices fell.", fri) == "2014-03-13/2015-03-12");
  CHECK(Value("Rents climbed 8% in the past three months.", "2024-05-31") == "2024-02-29/2024-05-30");
  // "the last week" and "the last year" stay the calendar's (TimeML: "the last week" is the ISO week).
  CHECK(Value("Flu cases rose in the last week.", fri) == "2015-W10");
  CHECK(FindTimes("He spent the last two years of his term abroad.", fri).empty());
  CHECK(FindTimes("She has said so many times over the past months.", fri).empty());
  CHECK(One("Over the last two years, sales fell.", "").value.empty());
}

TEST_CASE("the count in a span from publication is still an amount for quantities", "[extract][times]") {
  const std::string text = "Sales rose over the past 12 months and will double in two years.";
  auto toks = extract::scan::Lex(text);
  extract::TimeScan scan = extract::ScanTimes(text, toks, "2015-03-13");
  CHECK(scan.reported.size() == 2);
  CHECK(scan.all.empty());
  CHECK(FindTimes(text, toks, "", extract::TimeSpans::kAll).empty());
}

TEST_CASE("in N units ahead is the day, month or year then; within N units the days until then",
          "[extract][times]") {
  const char* fri = "2015-03-13";
  CHECK(Value("The bill will be debated in a fortnight, officials said.", fri) == "2015-03-27");
  CHECK(Value("In three weeks the vote comes.", fri) == "2015-04-03");
  CHECK(Value("The firm will open a plant in six months.", fri) == "2015-09");
  CHECK(Value("In two years the plant will close.", fri) == "2017");
  auto within = One("The new rules will apply within a month.", fri);
  CHECK(within.value == "2015-03-13/2015-04-13");
  CHECK(within.precision == Precision::kInterval);
  // Durations and spans of another time.
  CHECK(FindTimes("Unemployment is at its lowest in 33 years.", fri).empty());
  CHECK(FindTimes("The rate fell for the first time in two years.", fri).empty());
  CHECK(FindTimes("In one day, the campaign raised $18,000.", fri).empty());
  CHECK(FindTimes("He will campaign in a year when voters are angry.", fri).empty());
  CHECK(FindTimes("Only a third of students graduate within six years.", fri).empty());
  CHECK(FindTimes("The army is growing for the first time in 25 years.", fri).empty());
  CHECK(FindTimes("He said he would know in six months whether a deal was possible.", fri).empty());
}

TEST_CASE("weeks ago count days, as a week ago does", "[extract][times]") {
  const char* fri = "2015-03-13";
  CHECK(Value("The council met a week ago.", fri) == "2015-03-06");
  CHECK(Value("Two weeks ago he quit.", fri) == "2015-02-27");
  CHECK(Value("The deal was signed a fortnight ago.", fri) == "2015-02-27");
  CHECK(Value("Nine months ago the plan was dropped.", fri) == "2014-06");
  CHECK(One("The census changed a dozen years ago.", fri).text == "a dozen years ago");
}

TEST_CASE("the end or the beginning of the year is the year", "[extract][times]") {
  CHECK(Value("By the end of the year the mine will shut.", "2015-03-13") == "2015");
  // Past tense: an end that has come is last year's.
  CHECK(Value("The flu season peaked by the end of year.", "2013-03-22") == "2012");
  CHECK(Value("The rule takes effect at the beginning of next year.", "2015-03-13") == "2016");
  CHECK(Value("The office will reopen at the start of the year.", "2015-11-02") == "2016");
  CHECK(Value("Sales slowed at the end of last year.", "2015-03-13") == "2014");
  CHECK(FindTimes("Here is the start of the story.", "2015-03-13").empty());
}

TEST_CASE("since the beginning of the year runs to the day of writing", "[extract][times]") {
  CHECK(Value("Gold has gained 9 percent since the beginning of the year.", "2015-03-13") == "2015-01-01/2015-03-13");
  CHECK(Value("Since the start of this year the firm has hired 40 people.", "2015-03-13") == "2015-01-01/2015-03-13");
  CHECK(Value("Rates have not moved since the start of last year.", "2015-03-13") == "2014");
}

TEST_CASE("a reporting verb after a comma does not set the content's tense", "[extract][times]") {
  const char* tue = "2018-04-10";
  CHECK(Value("Florists stock up on roses for Mother's Day, the owner said.", tue) == "2018-05-13");
  CHECK(Value("Sales of roses fell on Mother's Day, the owner said.", tue) == "2017-05-14");
  CHECK(Value("The owner said on Friday that sales were slow.", tue) == "2018-04-06");
  // The verb introduces what follows: the date is when it was told.
  CHECK(Value("In a letter in June, the owner wrote, \"Sales are slow.\"", tue) == "2017-06");
  CHECK(Value("After the scandal broke in May, the owner said that sales were slow.", tue) == "2017-05");
}
