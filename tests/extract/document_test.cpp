#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "core/extract/document.h"
#include "core/extract/html.h"
#include "core/extract/metadata.h"
#include "tests/support.h"

using namespace claimkb;
using extract::Input;
using extract::ReadDocument;

namespace {

model::Document Read(std::string bytes, extract::Format format = extract::Format::kAuto) {
  Input in;
  in.bytes = std::move(bytes);
  in.format = format;
  auto r = ReadDocument(in);
  INFO(r.status().ToString());
  REQUIRE(r.ok());
  return std::move(r).value();
}

bool Has(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("seed: the body is the article, without title, byline, caption, bio or teasers", "[extract][document]") {
  model::Document d = Read(testing::ReadFile(testing::SeedArticle()));
  const std::string& t = d.text;
  CHECK(t.rfind("A top Venezuelan official confirmed", 0) == 0);
  CHECK(t.substr(t.size() - std::string("must be respected.\xE2\x80\x9D").size()) ==
        "must be respected.\xE2\x80\x9D");
  CHECK(d.title == "Maduro Sent Letter to Trump Offering Talks to Prevent Conflict");
  CHECK(d.published == "2025-09-22");
  CHECK(d.author == "Kyle Anzalone");
  for (const char* furniture : {"Maduro Sent Letter to Trump Offering", "by |", "toma de posesi", "news editor of",
                                "View all posts", "Our Books", "Recent Articles", "Live-Fire War Games",
                                "Netanyahu to Meet", "read more", "Pin It", "Share This"}) {
    INFO(furniture);
    CHECK_FALSE(Has(t, furniture));
  }
  bool caption_kept = false;
  for (const auto& f : d.furniture) caption_kept |= Has(f, "toma de posesi");
  CHECK(caption_kept);
}

TEST_CASE("plain text from another site: byline, date, share words, caption, bio and related teasers",
          "[extract][document]") {
  std::string page =
      "Harbor Council Approves Flood Barrier After Long Debate\n\n"
      "By Maria Lopez | March 3, 2024\n\n"
      "Share on Facebook\n\nTweet\n\nEmail\n\n"
      "The harbor council approved a $2 billion flood barrier on Tuesday after a nine-hour meeting, officials "
      "said.\n\n"
      "Photo: Residents wait outside the council chamber. (Jo Park/Getty Images)\n\n"
      "The vote was 7-2. Opponents said the project would raise property taxes for a decade, while supporters "
      "pointed to three floods in the past five years.\n\n"
      "Construction is expected to start next spring, according to the port authority.\n\n"
      "Maria Lopez\n\n"
      "Maria Lopez is a staff reporter covering local government for the Harbor Ledger.\n\n"
      "Related Stories\n\n"
      "School Board Delays Vote on New Calendar\n\n"
      "The board said on Monday it needed more time to review public comments before a final decision.\n";
  model::Document d = Read(page);
  CHECK(d.title == "Harbor Council Approves Flood Barrier After Long Debate");
  CHECK(d.author == "Maria Lopez");
  CHECK(d.published == "2024-03-03");
  CHECK(d.text.rfind("The harbor council approved", 0) == 0);
  CHECK(Has(d.text, "according to the port authority."));
  for (const char* furniture : {"Share on Facebook", "Tweet", "Getty Images", "staff reporter", "Related Stories",
                                "School Board", "needed more time"}) {
    INFO(furniture);
    CHECK_FALSE(Has(d.text, furniture));
  }
}

TEST_CASE("a one-sentence text is kept whole", "[extract][document]") {
  model::Document d = Read("Sales rose 12 percent to $4.5 billion in the quarter, the company said.");
  CHECK(d.text == "Sales rose 12 percent to $4.5 billion in the quarter, the company said.");
  CHECK(d.title.empty());
}

TEST_CASE("soft hyphens are dropped so that they split no word", "[extract][document]") {
  model::Document text = Read("Prime Minister Jana Kova\u00ADlenko met the dele\u00ADgation on Tuesday, officials said.");
  CHECK(text.text == "Prime Minister Jana Kovalenko met the delegation on Tuesday, officials said.");
  model::Document html = Read("<html><body><article><p>Prime Minister Jana Kova\u00ADlenko met the delegation on "
                              "Tuesday, and the talks ran late into the night, officials said.</p></article></body></html>");
  CHECK(Has(html.text, "Jana Kovalenko met"));
  CHECK_FALSE(Has(html.text, "\u00AD"));
}

TEST_CASE("plain text: a closing credit line or a writer's note is furniture", "[extract][document]") {
  const std::string body =
      "The county board approved the new budget on Tuesday by a vote of 4 to 1.\n\n"
      "The plan raises spending on roads by 6 percent, officials said.\n\n";
  model::Document credit = Read(body + "Contributing: Jane Roe.\n");
  CHECK(credit.text.find("Contributing") == std::string::npos);
  CHECK(credit.text.find("raises spending on roads") != std::string::npos);
  model::Document note = Read(body + "Contributing: Jane Roe.\n\nJohn Doe is senior politics editor at the Ledger.\n");
  CHECK(note.text.find("John Doe") == std::string::npos);
  CHECK(note.text.find("Jane Roe") == std::string::npos);
  // The same words inside the story stay: only closing lines are notes.
  model::Document inner = Read("Contributing: Jane Roe.\n\n" + body);
  CHECK(inner.text.find("approved the new budget") != std::string::npos);
  model::Document quote = Read(body + "John Doe is a member of the board, and he voted against it.\n");
  CHECK(quote.text.find("John Doe is a member") != std::string::npos);
}

TEST_CASE("a prose first line is not mistaken for a title", "[extract][document]") {
  model::Document d = Read(
      "The storm knocked out power to 40,000 homes on Sunday, the utility said.\n\n"
      "Crews were working through the night to restore service, a spokesman said.\n");
  CHECK(d.title.empty());
  CHECK(d.text.rfind("The storm knocked out power", 0) == 0);
}

TEST_CASE("HTML metadata from meta tags and JSON-LD @graph", "[extract][document]") {
  std::string html = R"(<!DOCTYPE html><html><head>
<title>Port strike ends after six days | The Coastal Times</title>
<meta property="og:site_name" content="The Coastal Times">
<meta property="article:published_time" content="2024-05-02T08:15:00+02:00">
<script type="application/ld+json"><![CDATA[
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"The Coastal Times"},
 {"@type":["NewsArticle"],"headline":"Port strike ends after six days",
  "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"}],
  "publisher":{"@type":"Organization","name":"Coastal Times Media"},
  "datePublished":"2024-05-01T22:40:00Z"}]}
]]></script></head><body><article>
<p>Dock workers returned to work on Wednesday after union leaders accepted a new wage offer, ending a strike that had idled the port for six days.</p>
<p>The agreement raises pay by 9 percent over three years, the union said in a statement, and adds two paid holidays.</p>
</article></body></html>)";
  model::Document d = Read(html);
  CHECK(d.title == "Port strike ends after six days");
  CHECK(d.author == "Ana Ruiz, Tom Berg");
  CHECK(d.publisher == "Coastal Times Media");
  CHECK(d.published == "2024-05-01");
  CHECK(d.text.rfind("Dock workers returned", 0) == 0);
}

TEST_CASE("HTML metadata falls back to meta tags, <title> and byline markup", "[extract][document]") {
  std::string html = R"(<html><head><title>Rail line reopens - Valley Herald</title>
<meta property="og:site_name" content="Valley Herald"></head><body>
<div class="story"><span class="byline">By <a rel="author" href="/staff/lee">Sam Lee</a></span>
<time datetime="2023-11-14">Nov. 14</time>
<p>The northern rail line reopened on Tuesday, two months after a landslide buried a section of track near the river crossing.</p>
<p>Engineers rebuilt the embankment and installed drainage to keep water from collecting behind it, the operator said.</p>
</div></body></html>)";
  model::Document d = Read(html);
  CHECK(d.title == "Rail line reopens");
  CHECK(d.author == "Sam Lee");
  CHECK(d.publisher == "Valley Herald");
  CHECK(d.published == "2023-11-14");
  CHECK_FALSE(Has(d.text, "By Sam Lee"));
}

TEST_CASE("HTML metadata: a site name written as its address is the domain's label", "[extract][document]") {
  std::string html = R"(<html><head><title>Ferry fares rise</title>
<meta property="og:site_name" content="http://www.harborwire.com"></head><body>
<div class="story"><p>Ferry fares will rise by a dollar next month, the transit board said on Monday after a long meeting.</p>
</div></body></html>)";
  CHECK(Read(html).publisher == "harborwire");
}

TEST_CASE("HTML body: the article, without nav, aside, footer, related links and share bars", "[extract][document]") {
  std::string links;
  for (int i = 0; i < 12; ++i) links += "<li><a href=\"/story/" + std::to_string(i) + "\">Another headline number " +
                                        std::to_string(i) + " about something else</a></li>";
  std::string html = "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>"
                     "<header class='site-header'><a href='/'>The Daily Example</a></header><main><article>"
                     "<h1>Bridge repairs to close lanes for a month</h1>"
                     "<div class='share-tools'><a href='#'>Share</a> <a href='#'>Tweet</a></div>"
                     "<p>Two lanes of the river bridge will close for a month starting Monday while crews replace "
                     "expansion joints, the transport department said.</p>"
                     "<p>Officials said buses would be rerouted, and they urged drivers to allow an extra 20 minutes "
                     "for trips into the city during the morning peak.</p>"
                     "<div class='related-links'><h3>More stories</h3><ul>" + links + "</ul></div>"
                     "<p>The work is part of a $40 million program, which began in 2022, to repair bridges across the "
                     "region.</p></article></main>"
                     "<aside class='sidebar'><p>Most read: a long list of other things that people clicked on "
                     "today, yesterday, and the day before.</p></aside>"
                     "<footer><p>Copyright 2024 The Daily Example. All rights reserved, including the right to "
                     "reproduce this page.</p></footer></body></html>";
  model::Document d = Read(html);
  CHECK(d.text.rfind("Two lanes of the river bridge", 0) == 0);
  CHECK(Has(d.text, "extra 20 minutes"));
  CHECK(Has(d.text, "repair bridges across the region."));
  for (const char* furniture : {"Home", "World", "Daily Example", "Tweet", "Another headline", "More stories",
                                "Most read", "Copyright"}) {
    INFO(furniture);
    CHECK_FALSE(Has(d.text, furniture));
  }
  CHECK_FALSE(d.furniture.empty());
}

TEST_CASE("HTML body: captions ending in a credit and notes on the writers are furniture", "[extract][document]") {
  std::string html =
      "<html><body><article>"
      "<p>Rescue crews reached the flooded valley on Tuesday after the river rose four metres overnight, the "
      "regional emergency office said in a statement.</p>"
      "<p>Volunteers carry sandbags along the embankment near the old mill. Credit: Lena Ruiz/AFP</p>"
      "<p>The office said about 300 homes had been evacuated and that the main road would stay closed until the "
      "water receded.</p>"
      "<p>A tractor waits on a flooded farm track outside the village. (Reuters)</p>"
      "<p>Farmers said the harvest in the lower fields was lost, and the regional council promised emergency "
      "grants for the worst-hit families.</p>"
      "<p>Priya Nand contributed to this report.</p>"
      "<p>Tomas Vik is a correspondent covering climate and agriculture for the paper.</p>"
      "</article></body></html>";
  model::Document d = Read(html);
  CHECK(Has(d.text, "the river rose four metres overnight"));
  CHECK(Has(d.text, "emergency grants for the worst-hit families."));
  for (const char* furniture : {"Credit: Lena Ruiz", "tractor waits", "contributed to this report", "Tomas Vik is"}) {
    INFO(furniture);
    CHECK_FALSE(Has(d.text, furniture));
  }
}

TEST_CASE("HTML body: credits with initials or a publisher, newsletter asides and link teasers are furniture",
          "[extract][document]") {
  std::string html =
      "<html><body><article>"
      "<p>Crews repaired 75 water main breaks in January, the city's environmental agency said on Thursday.</p>"
      "<p>Workers clear a flooded tunnel in the Bronx.CreditJohn Q. Public/The Daily Ledger</p>"
      "<p>The agency said the cold snap had split older cast-iron pipes in several neighbourhoods.</p>"
      "<p>A crew lowers a pump into a manhole.CreditCreditMara Lind for The Daily Ledger</p>"
      "<p>Fishermen are paid less than last year for the same catch. (Ellen R. Vale / The Harbor Times)</p>"
      "<p>[Start your day with the city desk: get our morning briefing in your inbox.]</p>"
      "<p>Accessible Tech: our series on devices for everyone. Check it out here.</p>"
      "<p>Officials expect the repairs to finish before spring, the agency said, and the pipes are here to stay.</p>"
      "</article></body></html>";
  model::Document d = Read(html);
  CHECK(Has(d.text, "split older cast-iron pipes"));
  CHECK(Has(d.text, "the pipes are here to stay."));
  for (const char* furniture : {"flooded tunnel", "lowers a pump", "same catch", "morning briefing", "Check it out"}) {
    INFO(furniture);
    CHECK_FALSE(Has(d.text, furniture));
  }
}

TEST_CASE("HTML body: a paragraph quoted in a blockquote carries quote marks in the text", "[extract][document]") {
  std::string html =
      "<html><body><article>"
      "<p>The mayor defended the budget before the council on Monday, arguing that the city had no choice but to "
      "raise fees for parking and permits.</p>"
      "<blockquote><p>We looked at every other option and none of them kept the buses running.</p></blockquote>"
      "<p>Council members are expected to vote on the plan next week after a second public hearing is held in the "
      "chamber.</p>"
      "</article></body></html>";
  model::Document d = Read(html);
  CHECK(Has(d.text, "\u201CWe looked at every other option and none of them kept the buses running.\u201D"));
  CHECK_FALSE(Has(d.text, "\u201CThe mayor"));
}

TEST_CASE("HTML body: a link's text run into the next word is two words; a plural or possessive stays on",
          "[extract][document]") {
  std::string html =
      "<html><body><article>"
      "<p>The council never published its figures. As <a href='/x'>Jane Roe</a>reports, the road budget was cut "
      "twice in one year without a public vote, and the <a href='/y'>audit tool</a>will not be funded again.</p>"
      "<p>Two <a href='/z'>URL</a>s were shared, and <a href='/w'>Acme</a>'s lawyers asked the council for an "
      "explanation of the cuts before the next hearing.</p>"
      "</article></body></html>";
  model::Document d = Read(html);
  CHECK(Has(d.text, "Jane Roe reports,"));
  CHECK(Has(d.text, "audit tool will"));
  CHECK(Has(d.text, "Two URLs were"));
  CHECK(Has(d.text, "Acme's lawyers"));
}

TEST_CASE("HTML body: a blockquote with a term in marks takes the marks, the term's nested", "[extract][document]") {
  std::string html =
      "<html><body><article>"
      "<p>The mayor defended the budget before the council on Monday, and one resident wrote to the paper about "
      "the plan:</p>"
      "<blockquote><p>I doubt the \u201Cnew fees\u201D will ever come down once the buses are paid for.</p></blockquote>"
      "<blockquote><p>The mayor said \u201Cwe looked at every other option and none of them worked\u201D on "
      "Monday.</p></blockquote>"
      "</article></body></html>";
  model::Document d = Read(html);
  CHECK(Has(d.text, "\u201CI doubt the \u2018new fees\u2019 will ever come down once the buses are paid for.\u201D"));
  // A quote of its own inside the block keeps the block as it is.
  CHECK(Has(d.text, "\n\nThe mayor said \u201Cwe looked"));
}

TEST_CASE("plain text: a long caption that ends in its credit is furniture; a sentence naming a bank is not",
          "[extract][document]") {
  std::string text =
      "Port workers end strike after pay deal\n\n"
      "Dock workers returned to the container terminal on Thursday after union leaders accepted a pay offer that "
      "ends a nine-day strike, the port authority said.\n\n"
      "Dock workers gather outside the terminal gates at dawn on Wednesday. In return for a higher hourly rate, the "
      "union has said it will drop its demand for a shorter week, accept new shift rotas and end the overtime ban "
      "at the southern quays. Credit Mara Lind/Nordic Photo Agency \u2014 Getty Images\n\n"
      "The deal still has to be approved by the members, and the vote is expected next week, according to Credit "
      "Agricole.\n";
  model::Document d = Read(text, extract::Format::kText);
  CHECK(Has(d.text, "ends a nine-day strike"));
  CHECK_FALSE(Has(d.text, "gather outside the terminal gates"));
  CHECK(Has(d.text, "according to Credit Agricole."));
}

TEST_CASE("HTML body: a link-dense block between paragraphs is dropped", "[extract][document]") {
  std::string html = "<html><body><div id='content'>";
  for (int i = 0; i < 4; ++i)
    html += "<p>Paragraph " + std::to_string(i) +
            " of the report says that water levels in the reservoir fell again, and farmers are worried about "
            "the next planting season.</p>";
  html += "<div class='box'><a href='/a'>Read this other story about the weather</a> "
          "<a href='/b'>And this one about rain in the hills</a> <a href='/c'>Or this</a></div>";
  html += "</div></body></html>";
  model::Document d = Read(html);
  CHECK(Has(d.text, "Paragraph 3 of the report"));
  CHECK_FALSE(Has(d.text, "Read this other story"));
}

TEST_CASE("paragraphs are separated by exactly one blank line; CRLF and NFC are normalised", "[extract][document]") {
  model::Document t = Read("First line of the story is here and it is long enough.\r\n\r\n\r\n\r\n"
                           "Second paragraph says the caf\x65\xCC\x81 reopened on Friday.\r\n");
  CHECK_FALSE(Has(t.text, "\r"));
  CHECK_FALSE(Has(t.text, "\n\n\n"));
  CHECK(Has(t.text, "here and it is long enough.\n\nSecond"));
  CHECK(Has(t.text, "caf\xC3\xA9"));
  model::Document h = Read("<html><body><div><p>One   paragraph\n with  spaces, long enough to count as a "
                           "paragraph of text.</p><p>Two&nbsp;paragraphs &amp; entities, long enough to count as "
                           "prose.</p></div></body></html>");
  CHECK(Has(h.text, "One paragraph with spaces"));
  CHECK(Has(h.text, "text.\n\nTwo paragraphs & entities"));
}

TEST_CASE("published dates in common forms normalise to YYYY-MM-DD", "[extract][document]") {
  std::map<std::string, std::string> cases = {
      {"Sep 22, 2025", "2025-09-22"},          {"2025-09-22T10:00:00Z", "2025-09-22"},
      {"22 September 2025", "2025-09-22"},     {"Monday, September 22nd, 2025", "2025-09-22"},
      {"22.09.2025", "2025-09-22"},            {"21/12/2018 - 12h55", "2018-12-21"},
      {"Sept. 5, 2025 10:00 am", "2025-09-05"}, {"5 de septiembre de 2025", "2025-09-05"},
      {"2025\xE5\xB9\xB4" "9\xE6\x9C\x88" "22\xE6\x97\xA5", "2025-09-22"}, {"2024/02/29", "2024-02-29"},
      {"2025-02-30", ""},                      {"Feb 30, 2025", ""},
      {"no date here", ""},                    {"September 2025", ""}};
  for (const auto& [text, want] : cases) {
    INFO(text);
    CHECK(extract::NormalizeDate(text) == want);
  }
}

TEST_CASE("the caller's published date overrides the page's; a malformed one is rejected", "[extract][document]") {
  Input in;
  in.bytes = testing::ReadFile(testing::SeedArticle());
  in.published = "2025-09-23";
  auto r = ReadDocument(in);
  REQUIRE(r.ok());
  CHECK(r->published == "2025-09-23");
  in.published = "2025-02-30";
  CHECK(ReadDocument(in).status().IsInvalidArgument());
  in.published = "22/09/2025";
  CHECK(ReadDocument(in).status().IsInvalidArgument());
}

TEST_CASE("invalid UTF-8, binary and empty input are InvalidArgument", "[extract][document]") {
  Input in;
  in.bytes = std::string("Valid start\xC3\x28 then broken");
  auto r = ReadDocument(in);
  CHECK(r.status().IsInvalidArgument());
  CHECK(Has(r.status().message(), "byte 11"));
  in.bytes = std::string("PK\x03\x04\x14\x00\x06\x00", 8);
  CHECK(ReadDocument(in).status().IsInvalidArgument());
  in.bytes = std::string(200, 'a');
  for (int i = 0; i < 10; ++i) in.bytes[i * 20] = '\x01';
  CHECK(ReadDocument(in).status().IsInvalidArgument());
  in.bytes = "";
  CHECK(ReadDocument(in).status().IsInvalidArgument());
  in.bytes = " \n\t \r\n";
  CHECK(ReadDocument(in).status().IsInvalidArgument());
  in.bytes = "<html><head><title>Nothing</title></head><body><script>var x = 1;</script></body></html>";
  CHECK(ReadDocument(in).status().IsInvalidArgument());
}

TEST_CASE("format detection: markup is HTML, prose with angle brackets is text", "[extract][document]") {
  CHECK(extract::LooksLikeHtml("<!DOCTYPE html><html><body><p>x</p></body></html>"));
  CHECK(extract::LooksLikeHtml("  <div><p>Some text</p><br><span>more</span></div>"));
  CHECK_FALSE(extract::LooksLikeHtml("If a < b and b > c, then the rule says nothing about a and c."));
  model::Document d = Read("The index rose 3% <br> as traders bet on lower rates, analysts said on Friday.",
                           extract::Format::kText);
  CHECK(Has(d.text, "<br>"));
}

TEST_CASE("100k nested tags neither crash nor take long", "[extract][document]") {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "<p>The deepest paragraph still holds the article text, with enough words to count as prose.</p>";
  for (int i = 0; i < 100000; ++i) html += "</div>";
  html += "</body></html>";
  auto start = std::chrono::steady_clock::now();
  model::Document d = Read(html);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(Has(d.text, "The deepest paragraph still holds the article text"));
  CHECK(secs < 3.0);
  CHECK(extract::CapNesting(html, extract::kMaxNesting).size() < html.size());
  std::string shallow = "<div><p>a</p></div>";
  CHECK(extract::CapNesting(shallow, extract::kMaxNesting) == shallow);
}

// Bag-of-words F1 over alphanumeric runs (multi-byte characters count as letters).
static double TokenF1(const std::string& gold, const std::string& got) {
  auto bag = [](const std::string& s) {
    std::map<std::string, int> m;
    std::string cur;
    int cjk = 0;
    for (char c : s) {
      unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0xE3 && u <= 0xE9) {  // CJK: every character is a word
        if (!cur.empty()) ++m[cur];
        cur.clear();
        cjk = 3;
      }
      if (cjk > 0) {
        cur += c;
        if (--cjk == 0) {
          ++m[cur];
          cur.clear();
        }
      } else if (std::isalnum(u) || u >= 0x80) {
        cur += static_cast<char>(std::tolower(u));
      } else if (!cur.empty()) {
        ++m[cur];
        cur.clear();
      }
    }
    if (!cur.empty()) ++m[cur];
    return m;
  };
  auto g = bag(gold), s = bag(got);
  double common = 0, ng = 0, ns = 0;
  for (auto& [k, v] : g) {
    ng += v;
    auto it = s.find(k);
    if (it != s.end()) common += std::min(v, it->second);
  }
  for (auto& [k, v] : s) ns += v;
  if (common == 0) return 0;
  double p = common / ns, r = common / ng;
  return 2 * p * r / (p + r);
}

TEST_CASE("readability benchmark pages: bodies agree with the reference", "[extract][document][benchmark]") {
  auto pages = testing::SharedDir() / "benchmarks" / "readability" / "pages";
  if (!std::filesystem::exists(pages)) {
    WARN("readability benchmark absent; skipped");
    return;
  }
  double sum = 0;
  int n = 0;
  for (const auto& dir : std::filesystem::directory_iterator(pages)) {
    auto expected = testing::ReadFile(dir.path() / "expected.json");
    auto gold = nlohmann::json::parse(expected, nullptr, false);
    if (gold.is_discarded()) continue;
    Input in;
    in.bytes = testing::ReadFile(dir.path() / "source.html");
    in.format = extract::Format::kHtml;
    auto r = ReadDocument(in);
    double f1 = r.ok() ? TokenF1(gold.value("body_text", ""), r->text) : 0.0;
    INFO(dir.path().filename().string() << " F1 " << f1);
    CHECK(f1 > 0.5);
    sum += f1;
    ++n;
  }
  REQUIRE(n > 0);
  CHECK(sum / n >= 0.9);
}

TEST_CASE("a byline box with the author's own element gives the name alone", "[extract][document]") {
  std::string html = R"(<html><head><title>Pier rebuilt after storm</title></head><body><article>
<p class="byline"><span class="by-author"><span>by</span> <a class="name" href="/author/jroe/">Jane Roe</a></span><span class="date">22 Dec 2016</span><a class="count" href="#comments">651</a></p>
<p>The old pier reopened on Tuesday, a year after a storm tore away its northern end and most of the railings.</p>
<p>Volunteers raised half of the money for the repairs, the harbour board said in a statement on its website.</p>
</article></body></html>)";
  model::Document d = Read(html);
  CHECK(d.author == "Jane Roe");
  CHECK_FALSE(Has(d.text, "651"));
  CHECK_FALSE(Has(d.text, "22 Dec 2016"));
}

TEST_CASE("a date box labelled 'Last Updated:' names no author and leaves the body", "[extract][document]") {
  std::string html = R"(<html><head><title>Port reopens</title></head><body><article>
<div class="author-details"><div datetime="2025-01-07"><em>Last Updated:</em> January 7, 2025</div></div>
<p>The port reopened on Tuesday after a week of repairs to the northern quay and its cranes.</p>
<p>Shipping lines said the backlog of containers would take about a fortnight to clear.</p>
</article></body></html>)";
  model::Document d = Read(html);
  CHECK(d.author.empty());
  CHECK_FALSE(Has(d.text, "Last Updated"));
  CHECK(Has(d.text, "The port reopened on Tuesday"));
}

TEST_CASE("HTML body: a 'Learn More:' line before another story's title is furniture", "[extract][document]") {
  std::string html =
      "<html><body><article>"
      "<p>The harbour board approved a new ferry timetable on Monday after months of complaints from commuters.</p>"
      "<p>Learn More: <a href=\"/other\">Five Ways Cities Are Rethinking Their Ferries</a></p>"
      "<p>The board said the earlier sailings would start in March and cost nothing extra for season ticket holders.</p>"
      "</article></body></html>";
  model::Document d = Read(html);
  CHECK(Has(d.text, "earlier sailings would start in March"));
  CHECK_FALSE(Has(d.text, "Rethinking Their Ferries"));
}

TEST_CASE("HTML body: a short photo credit and a line of the publisher's accounts are furniture", "[extract][document]") {
  std::string html =
      "<html><body><article>"
      "<p>The harbour board approved a new ferry timetable on Monday after months of complaints from commuters.</p>"
      "<p><em>Top photo by Jane Roe</em></p>"
      "<p>The board said the earlier sailings would start in March and cost nothing extra for season ticket holders.</p>"
      "<p>Follow The Harbour Ledger: <a href=\"/t\">Twitter</a> | <a href=\"/f\">Facebook</a></p>"
      "</article></body></html>";
  model::Document d = Read(html);
  CHECK(Has(d.text, "earlier sailings would start in March"));
  CHECK_FALSE(Has(d.text, "Jane Roe"));
  CHECK_FALSE(Has(d.text, "Follow The Harbour Ledger"));
}

TEST_CASE("a byline names the author without credentials and in name case", "[extract][document]") {
  CHECK(extract::CleanByline("By Martha Lindqvist, MA") == "Martha Lindqvist");
  CHECK(extract::CleanByline("Omar Haddad, M.D., Ph.D.") == "Omar Haddad");
  CHECK(extract::CleanByline("By TOMASZ WIERZBICKI") == "Tomasz Wierzbicki");
  CHECK(extract::CleanByline("SEAN O'CONNELL-BRAY") == "Sean O'Connell-Bray");
  CHECK(extract::CleanByline("ÉLODIE MARCHAND") == "Élodie Marchand");
  CHECK(extract::CleanByline("Jane McAllister, Reuters") == "Jane McAllister, Reuters");
  CHECK(extract::CleanByline("Dana diMaggio") == "Dana diMaggio");
}
