// Writers POST articles while readers page through claims, fetch each claim,
// its document and its document's claim index, and walk actor timelines, for
// a bounded time against a real server: no 5xx, no torn read, cursors stay
// valid. Prints request counts and RSS. CLAIMKB_LONG=1 runs 30 s instead of 10.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>

#include "tests/api/fixture.h"
#include "tests/reliability/support.h"

namespace claimkb::testing {
namespace {

using Clock = std::chrono::steady_clock;

struct Tally {
  std::atomic<long> writes{0}, reads{0}, server_errors{0}, torn{0}, bad_cursor{0}, transport{0};
  std::mutex mu;
  std::vector<std::string> first_failures;  // a few messages to show when the test fails

  void Fail(std::atomic<long>& counter, const std::string& what) {
    ++counter;
    std::lock_guard<std::mutex> lock(mu);
    if (first_failures.size() < 8) first_failures.push_back(what);
  }
};

std::string Seg(const std::string& s) { return httplib::detail::encode_query_param(s); }

// GET that counts: nullopt (and a tallied failure) unless it answers 200 with JSON.
std::optional<json> Fetch(httplib::Client& c, const std::string& path, Tally& t, std::atomic<long>& on_4xx) {
  auto r = c.Get(path);
  ++t.reads;
  if (!r) {
    t.Fail(t.transport, path + " -> " + httplib::to_string(r.error()));
    return std::nullopt;
  }
  if (r->status >= 500) {
    t.Fail(t.server_errors, path + " -> " + std::to_string(r->status) + " " + r->body.substr(0, 200));
    return std::nullopt;
  }
  if (r->status != 200) {
    t.Fail(on_4xx, path + " -> " + std::to_string(r->status) + " " + r->body.substr(0, 200));
    return std::nullopt;
  }
  auto j = json::parse(r->body, nullptr, false);
  if (j.is_discarded()) t.Fail(t.server_errors, path + " -> unparsable JSON");
  return j.is_discarded() ? std::nullopt : std::optional<json>(std::move(j));
}

// A claim seen in a listing must be whole: gettable by id, its document
// gettable, and listed by its document's index.
void CheckClaimWhole(httplib::Client& c, const json& claim, Tally& t) {
  const std::string id = claim.at("id"), doc = claim.at("document_id");
  Fetch(c, "/v1/claims/" + Seg(id), t, t.torn);
  Fetch(c, "/v1/documents/" + Seg(doc), t, t.torn);
  auto of_doc = Fetch(c, "/v1/claims?limit=1000&document=" + Seg(doc), t, t.torn);
  if (!of_doc) return;
  for (const auto& item : of_doc->at("items"))
    if (item.at("id") == id) return;
  t.Fail(t.torn, "claim " + id + " missing from the claims of document " + doc);
}

void Reader(int port, unsigned seed, Clock::time_point end, Tally& t) {
  httplib::Client c("127.0.0.1", port);
  c.set_keep_alive(true);
  c.set_read_timeout(30);
  std::mt19937 rng(seed);
  std::vector<std::string> old_cursors;
  std::string cursor;
  while (Clock::now() < end) {
    switch (rng() % 4) {
      case 0:
      case 1: {  // the next page of all claims, each claim checked whole now and then
        auto page = Fetch(c, "/v1/claims?limit=25" + (cursor.empty() ? "" : "&cursor=" + Seg(cursor)), t, t.bad_cursor);
        if (!page) {
          cursor.clear();
          break;
        }
        for (const auto& item : page->at("items"))
          if (rng() % 8 == 0) CheckClaimWhole(c, item, t);
        const auto& next = page->at("cursor");
        cursor = next.is_string() ? next.get<std::string>() : "";
        if (!cursor.empty() && old_cursors.size() < 64) old_cursors.push_back(cursor);
        break;
      }
      case 2: {  // a cursor handed out earlier, before later writes, still works
        if (old_cursors.empty()) break;
        const std::string& old = old_cursors[rng() % old_cursors.size()];
        Fetch(c, "/v1/claims?limit=25&cursor=" + Seg(old), t, t.bad_cursor);
        break;
      }
      case 3: {  // an actor's timeline, two pages
        auto actors = Fetch(c, "/v1/actors?limit=100", t, t.torn);
        if (!actors || actors->at("items").empty()) break;
        const auto& items = actors->at("items");
        const std::string id = items[rng() % items.size()].at("id");
        auto tl = Fetch(c, "/v1/actors/" + Seg(id) + "/timeline?limit=20", t, t.torn);
        if (tl && tl->at("cursor").is_string())
          Fetch(c, "/v1/actors/" + Seg(id) + "/timeline?limit=20&cursor=" + Seg(tl->at("cursor").get<std::string>()),
                t, t.bad_cursor);
        break;
      }
    }
  }
}

void Writer(int port, const std::vector<std::string>& articles, size_t first, size_t step, Clock::time_point end,
            Tally& t) {
  httplib::Client c("127.0.0.1", port);
  c.set_keep_alive(true);
  c.set_read_timeout(60);
  for (size_t i = first; i < articles.size() && Clock::now() < end; i += step) {
    auto r = c.Post("/v1/documents?published=2025-10-0" + std::to_string(1 + i % 9), articles[i], "text/plain");
    ++t.writes;
    if (!r) t.Fail(t.transport, "POST -> " + httplib::to_string(r.error()));
    else if (r->status >= 500) t.Fail(t.server_errors, "POST -> " + std::to_string(r->status) + " " + r->body.substr(0, 200));
    else if (r->status != 201 && r->status != 200) t.Fail(t.torn, "POST -> " + std::to_string(r->status));
  }
}

}  // namespace

TEST_CASE("writers and readers at full speed: no 5xx, no torn reads, cursors stay valid", "[load]") {
  const int seconds = LongForm() ? 30 : 10;
  const int writers = 2, readers = 4;
  TempDir corpus_dir;
  const auto files = WriteCorpus(corpus_dir.path() / "articles", LongForm() ? 1500 : 600, 23);
  REQUIRE(!files.empty());
  std::vector<std::string> articles;
  for (const auto& f : files) articles.push_back(ReadFile(f));

  ApiServer server;
  server.IngestSeed();
  const long rss_before = RssKb();
  Tally t;
  const auto end = Clock::now() + std::chrono::seconds(seconds);
  std::vector<std::thread> threads;
  for (int w = 0; w < writers; ++w)
    threads.emplace_back(Writer, server.port(), std::cref(articles), w, writers, end, std::ref(t));
  for (int r = 0; r < readers; ++r) threads.emplace_back(Reader, server.port(), 1000 + r, end, std::ref(t));
  for (auto& th : threads) th.join();
  const long rss_after = RssKb();

  auto health = server.Get("/healthz");
  REQUIRE(health);
  CHECK(health->status == 200);
  auto problems = server.store().Check();
  REQUIRE(problems.ok());
  CHECK(problems->empty());
  auto stats = server.store().GetStats();
  REQUIRE(stats.ok());
  std::printf("load test: %d s, %d writers, %d readers: %ld POSTs, %ld GETs (%.0f req/s); 5xx %ld, torn %ld, "
              "bad cursor %ld, transport %ld; store %llu documents %llu claims; RSS %ld -> %ld KiB\n",
              seconds, writers, readers, t.writes.load(), t.reads.load(),
              (t.writes + t.reads) / static_cast<double>(seconds), t.server_errors.load(), t.torn.load(),
              t.bad_cursor.load(), t.transport.load(), static_cast<unsigned long long>(stats->documents),
              static_cast<unsigned long long>(stats->claims), rss_before, rss_after);
  for (const auto& f : t.first_failures) UNSCOPED_INFO(f);
  CHECK(t.server_errors == 0);
  CHECK(t.torn == 0);
  CHECK(t.bad_cursor == 0);
  CHECK(t.transport == 0);
  CHECK(t.writes > 0);
  CHECK(t.reads > t.writes);
}

}  // namespace claimkb::testing
