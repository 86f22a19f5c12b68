// Micro-benchmarks of the hot paths: tokeniser, sentence splitter, time and
// quantity scanners, actor mentions, document reading, the whole extraction,
// store key encoding and JSON serialisation. Input is the synthetic corpus
// when CLAIMKB_BENCH_CORPUS names one, else generated text.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/word_table.h"
#include "core/extract/actors.h"
#include "core/extract/calendar.h"
#include "core/extract/cues.h"
#include "core/extract/document.h"
#include "core/extract/pipeline.h"
#include "core/extract/quotes.h"
#include "core/extract/quantities.h"
#include "core/extract/scan.h"
#include "core/extract/sources.h"
#include "core/extract/text.h"
#include "core/extract/times.h"
#include "core/model/json.h"
#include "core/model/types.h"
#include "core/store/keys.h"
#include "core/store/values.h"
#include "tools/bench/corpus.h"

namespace claimkb::bench {
namespace {

const std::string& Text() {
  static const std::string text = [] {
    std::string t;
    if (const char* p = std::getenv("CLAIMKB_BENCH_CORPUS")) {
      auto c = ReadCorpus(p);
      if (c.ok())
        for (size_t i = 0; i < c->size() && t.size() < (1u << 20); ++i) t += (*c)[i].text + "\n\n";
    }
    for (int i = 0; t.size() < (1u << 20); ++i)
      t += "Officials said on March " + std::to_string(i % 28 + 1) + ", 2024 that " + std::to_string(i * 7 % 900) +
           " people were evacuated. \u201cWe spent $" + std::to_string(i % 90 + 1) +
           " million last week,\u201d the minister told reporters.\n\n";
    return t;
  }();
  return text;
}

void BM_Tokenize(benchmark::State& state) {
  const auto& t = Text();
  for (auto _ : state) benchmark::DoNotOptimize(extract::Tokenize(t, {0, t.size()}));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  const auto& t = Text();
  for (auto _ : state) benchmark::DoNotOptimize(extract::SplitSentences(t));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

void BM_FindTimes(benchmark::State& state) {
  const auto& t = Text();
  for (auto _ : state) benchmark::DoNotOptimize(extract::FindTimes(t, "2025-09-22"));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_FindTimes)->Unit(benchmark::kMillisecond);

void BM_FindQuantities(benchmark::State& state) {
  const auto& t = Text();
  for (auto _ : state) benchmark::DoNotOptimize(extract::FindQuantities(t));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_FindQuantities)->Unit(benchmark::kMillisecond);

void BM_Lex(benchmark::State& state) {
  const auto& t = Text();
  for (auto _ : state) benchmark::DoNotOptimize(extract::scan::Lex(t));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_Lex)->Unit(benchmark::kMillisecond);

// Times and quantities over one shared lexing pass, each recogniser on its own
// (FindQuantities runs a second, anchorless time pass).
void BM_TimesAndQuantitiesShared(benchmark::State& state) {
  const auto& t = Text();
  for (auto _ : state) {
    auto toks = extract::scan::Lex(t);
    benchmark::DoNotOptimize(extract::FindTimes(t, toks, "2025-09-22"));
    benchmark::DoNotOptimize(extract::FindQuantities(t, toks));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_TimesAndQuantitiesShared)->Unit(benchmark::kMillisecond);

// Times and quantities as Extract runs them: one lexing pass and one time scan
// whose anchorless spans keep dates out of the quantities.
void BM_TimeScanAndQuantities(benchmark::State& state) {
  const auto& t = Text();
  for (auto _ : state) {
    auto toks = extract::scan::Lex(t);
    extract::TimeScan times = extract::ScanTimes(t, toks, "2025-09-22");
    benchmark::DoNotOptimize(extract::FindQuantities(t, toks, times.all));
    benchmark::DoNotOptimize(times);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_TimeScanAndQuantities)->Unit(benchmark::kMillisecond);

// Sentences and their tokens, as Extract computes them.
struct Sentences {
  std::vector<extract::Sentence> sentences;
  std::vector<std::vector<extract::Token>> tokens;
};
const Sentences& Split() {
  static const Sentences s = [] {
    Sentences out;
    out.sentences = extract::SplitSentences(Text());
    for (const auto& x : out.sentences) out.tokens.push_back(extract::Tokenize(Text(), x));
    return out;
  }();
  return s;
}

// The lower-cased words of every sentence (extract::Words, built by several stages per sentence).
void BM_SentenceWords(benchmark::State& state) {
  const Sentences& s = Split();
  for (auto _ : state)
    for (const auto& toks : s.tokens) {
      extract::Words w(toks);
      benchmark::DoNotOptimize(w.size());
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Text().size()));
}
BENCHMARK(BM_SentenceWords)->Unit(benchmark::kMillisecond);

void BM_FindMentions(benchmark::State& state) {
  const Sentences& s = Split();
  const extract::QuoteMap quotes(Text());
  for (auto _ : state) {
    extract::ActorTable table(Text(), "", "", quotes);
    table.FindMentions(s.sentences, s.tokens);
    benchmark::DoNotOptimize(table.mentions().size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Text().size()));
}
BENCHMARK(BM_FindMentions)->Unit(benchmark::kMillisecond);

void BM_WordTableLookup(benchmark::State& state) {
  static const WordSet kSet = {"january", "february", "march", "monday", "yesterday", "dozen", "thousands"};
  const Sentences& s = Split();
  size_t hits = 0;
  for (auto _ : state)
    for (const auto& toks : s.tokens)
      for (const auto& t : toks) hits += kSet.ContainsFolded(t.text);
  benchmark::DoNotOptimize(hits);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Text().size()));
}
BENCHMARK(BM_WordTableLookup)->Unit(benchmark::kMillisecond);

// Per-word lookups the attribution layer makes for every token: the cue
// lexicon and the closed word classes of sources.h.
void BM_WordClasses(benchmark::State& state) {
  const Sentences& s = Split();
  size_t hits = 0;
  for (auto _ : state)
    for (const auto& toks : s.tokens) {
      extract::Words w(toks);
      for (size_t i = 0; i < w.size(); ++i) {
        std::string_view l = w.low(i);
        hits += extract::LookupCue(l).has_value() + extract::IsFunctionWord(l) + extract::IsDeterminer(l) +
                extract::IsSubjectPronoun(l) + extract::IsTimeWord(l);
      }
    }
  benchmark::DoNotOptimize(hits);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Text().size()));
}
BENCHMARK(BM_WordClasses)->Unit(benchmark::kMillisecond);

// Actor ids from names (every candidate actor gets one).
void BM_Slug(benchmark::State& state) {
  static const std::vector<std::string> kNames = {"President Donald Trump", "Nicol\u00e1s Maduro", "the letter",
                                                  "U.S. Southern Command", "Marco Rubio's office", "61 percent"};
  size_t bytes = 0;
  for (auto _ : state)
    for (const std::string& n : kNames) {
      std::string slug = model::Slug(n);
      bytes += n.size();
      benchmark::DoNotOptimize(slug);
    }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Slug);

// Values of number tokens and ISO dates, made for every number and time found.
void BM_NumberValueAndIso(benchmark::State& state) {
  static const std::vector<std::string_view> kNumbers = {"2024", "1,000,000", "3.5", "87", ".500", "12,500.75"};
  double sum = 0;
  size_t n = 0;
  for (auto _ : state) {
    for (std::string_view d : kNumbers) sum += extract::scan::NumberValue(d);
    std::string iso = extract::calendar::Iso({2025, static_cast<int>(n % 12) + 1, static_cast<int>(n % 28) + 1});
    benchmark::DoNotOptimize(iso);
    ++n;
  }
  benchmark::DoNotOptimize(sum);
}
BENCHMARK(BM_NumberValueAndIso);

void BM_ReadDocument(benchmark::State& state) {
  extract::Input in;
  in.bytes = Text();
  in.format = extract::Format::kText;
  for (auto _ : state) benchmark::DoNotOptimize(extract::ReadDocument(in));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Text().size()));
}
BENCHMARK(BM_ReadDocument)->Unit(benchmark::kMillisecond);

// The whole pipeline, article by article (the extraction MB/s figure).
void BM_Extract(benchmark::State& state) {
  const std::string& t = Text();
  std::vector<std::string_view> articles;
  for (size_t b = 0; b < t.size();) {
    size_t e = std::min(t.size(), b + 4000);
    if (size_t cut = t.find("\n\n", e); cut != std::string::npos) e = cut;
    else e = t.size();
    articles.push_back(std::string_view(t).substr(b, e - b));
    b = e;
  }
  for (auto _ : state)
    for (std::string_view a : articles) {
      extract::Input in;
      in.bytes = std::string(a);
      in.format = extract::Format::kText;
      in.published = "2025-09-22";
      benchmark::DoNotOptimize(extract::Extract(in));
    }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * t.size()));
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

void BM_TimelineKeyRoundTrip(benchmark::State& state) {
  store::keys::TimelineKey k{"nicolas-maduro", {"2025-09-05", 7}, store::ItemKind::kClaim, "c-6dd0d9ca4f747149-001234"};
  store::keys::TimelineKey back;
  for (auto _ : state) {
    std::string enc = store::keys::Encode(k);
    benchmark::DoNotOptimize(store::keys::Decode(enc, &back));
  }
}
BENCHMARK(BM_TimelineKeyRoundTrip);

// The first claim extracted from the benchmark text.
std::optional<model::Claim> SampleClaim() {
  extract::Input in;
  in.bytes = Text().substr(0, 6000);
  in.format = extract::Format::kText;
  in.published = "2025-09-22";
  auto x = extract::Extract(in);
  if (!x.ok() || x->claims.empty()) return std::nullopt;
  return x->claims.front();
}

void BM_ClaimJson(benchmark::State& state) {
  const std::optional<model::Claim> sample = SampleClaim();
  if (!sample) {
    state.SkipWithError("no claim extracted");
    return;
  }
  const model::Claim& c = *sample;
  size_t bytes = 0;
  for (auto _ : state) {
    std::string s = model::json(c).dump();
    bytes += s.size();
    benchmark::DoNotOptimize(s);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ClaimJson);

// The stored value of a claim: encode then decode (store/values.h).
void BM_ClaimValueRoundTrip(benchmark::State& state) {
  const std::optional<model::Claim> sample = SampleClaim();
  if (!sample) {
    state.SkipWithError("no claim extracted");
    return;
  }
  const model::Claim& c = *sample;
  size_t bytes = 0;
  for (auto _ : state) {
    std::string v = store::values::Encode(c);
    model::Claim back;
    if (!store::values::Decode(v, &back).ok()) state.SkipWithError("decode failed");
    bytes += v.size();
    benchmark::DoNotOptimize(back);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_ClaimValueRoundTrip);

}  // namespace
}  // namespace claimkb::bench

BENCHMARK_MAIN();
