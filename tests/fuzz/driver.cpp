// A stand-in for libFuzzer where it is not available (GCC builds, the ASan
// preset): replays a corpus, then mutates it at random for a bounded time,
// calling the same LLVMFuzzerTestOneInput. Deterministic for a given --seed.
// CLAIMKB_LONG=1 mutates for at least 60 s.
//   fuzz_X [--seconds N] [--seed S] [--max-len BYTES] CORPUS_DIR_OR_FILE...
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

namespace fs = std::filesystem;

std::string Read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// Tokens that steer mutations towards the structures the targets parse.
const char* const kTokens[] = {
    "<",     ">",      "</",     "<p>",     "</p>",    "<div class=\"byline\">", "<script>", "<!--", "-->",
    "&amp;", "&#x",    "<meta property=\"og:title\" content=\"", "{",  "}",     "[",      "]",     "\"",
    ":",     ",",      "\\u",    "null",    "true",    "1e999",   "-1",      "\"text\":", "\"html\":",
    "\"speaker\":", "\"limit\":", "\"published\":\"2025-02-30\"", " said ", " according to ", " told ",
    "\xe2\x80\x9c", "\xe2\x80\x9d", "\xc3\xa9", "\xf0\x9f\x98\x80", "\n\n", " percent", "$4.5 billion",
    "on Monday", "in July", "2025-09-22", "AAAA", "_-", "=",
};

// The input being run, written to ./crash-input when a signal ends the process.
const std::string* g_current = nullptr;

void SaveCurrentInput(int sig) {
  if (g_current) {
    int fd = ::open("crash-input", O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd >= 0) {
      ssize_t ignored = ::write(fd, g_current->data(), g_current->size());
      (void)ignored;
      ::close(fd);
    }
    const char msg[] = "fuzz driver: the failing input is in ./crash-input\n";
    ssize_t ignored = ::write(STDERR_FILENO, msg, sizeof msg - 1);
    (void)ignored;
  }
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

void Run(const std::string& input) {
  g_current = &input;
  LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.data()), input.size());
  g_current = nullptr;
}

void Mutate(std::string& s, const std::vector<std::string>& corpus, std::mt19937_64& rng, size_t max_len) {
  auto pick = [&](size_t n) { return n ? static_cast<size_t>(rng() % n) : 0; };
  const int rounds = 1 + static_cast<int>(rng() % 4);
  for (int r = 0; r < rounds; ++r) {
    switch (rng() % 8) {
      case 0:
        if (!s.empty()) s[pick(s.size())] ^= static_cast<char>(1u << (rng() % 8));
        break;
      case 1:
        if (!s.empty()) s[pick(s.size())] = static_cast<char>(rng());
        break;
      case 2: {
        std::string bytes(1 + pick(8), '\0');
        for (char& c : bytes) c = static_cast<char>(rng());
        s.insert(pick(s.size() + 1), bytes);
        break;
      }
      case 3:
        if (!s.empty()) {
          size_t at = pick(s.size());
          s.erase(at, 1 + pick(std::min<size_t>(64, s.size() - at)));
        }
        break;
      case 4:
        if (!s.empty()) {
          size_t at = pick(s.size());
          std::string chunk = s.substr(at, 1 + pick(64));
          s.insert(pick(s.size() + 1), chunk);
        }
        break;
      case 5:
      case 6:
        s.insert(pick(s.size() + 1), kTokens[pick(std::size(kTokens))]);
        break;
      case 7: {
        const std::string& other = corpus[pick(corpus.size())];
        if (other.empty()) break;
        size_t from = pick(other.size());
        s = s.substr(0, pick(s.size() + 1)) + other.substr(from, 1 + pick(256));
        break;
      }
    }
  }
  if (s.size() > max_len) s.resize(max_len);
}

}  // namespace

int main(int argc, char** argv) {
  double seconds = 0;
  uint64_t seed = 1;
  size_t max_len = 64 * 1024;
  std::vector<std::string> corpus;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--seconds" && i + 1 < argc) {
      seconds = std::atof(argv[++i]);
    } else if (a == "--seed" && i + 1 < argc) {
      seed = std::strtoull(argv[++i], nullptr, 10);
    } else if (a == "--max-len" && i + 1 < argc) {
      max_len = std::strtoull(argv[++i], nullptr, 10);
    } else if (fs::is_directory(a)) {
      std::vector<fs::path> files;
      for (const auto& e : fs::recursive_directory_iterator(a))
        if (e.is_regular_file()) files.push_back(e.path());
      std::sort(files.begin(), files.end());
      for (const auto& f : files) corpus.push_back(Read(f));
    } else if (fs::is_regular_file(a)) {
      corpus.push_back(Read(a));
    } else {
      std::fprintf(stderr, "usage: %s [--seconds N] [--seed S] [--max-len BYTES] CORPUS...\n", argv[0]);
      return 2;
    }
  }
  if (corpus.empty()) corpus.emplace_back();
  if (const char* l = std::getenv("CLAIMKB_LONG"); l && *l && std::string(l) != "0") seconds = std::max(seconds, 60.0);
  for (int sig : {SIGABRT, SIGILL, SIGFPE, SIGTRAP}) ::signal(sig, SaveCurrentInput);
#ifndef __SANITIZE_ADDRESS__  // AddressSanitizer reports these itself, with a stack
  for (int sig : {SIGSEGV, SIGBUS}) ::signal(sig, SaveCurrentInput);
#endif
  uint64_t execs = 0;
  for (const auto& c : corpus) {
    Run(c);
    ++execs;
  }
  std::mt19937_64 rng(seed);
  const auto start = std::chrono::steady_clock::now();
  const auto end = start + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < end) {
    std::string s = corpus[rng() % corpus.size()];
    Mutate(s, corpus, rng, max_len);
    Run(s);
    ++execs;
  }
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("%s: %llu execs (%zu corpus inputs replayed, %.1f s, seed %llu)\n", fs::path(argv[0]).filename().c_str(),
              static_cast<unsigned long long>(execs), corpus.size(), took, static_cast<unsigned long long>(seed));
  return 0;
}
