// Fuzz target: cursor decoding, from the key codec up through every paged
// listing of a store holding one article. A forged cursor must be
// InvalidArgument (or a valid page), never a crash or another error.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <unistd.h>

#include "core/extract/pipeline.h"
#include "core/store/keys.h"
#include "core/store/store.h"

namespace {

using namespace claimkb;

struct World {
  std::string dir;
  std::unique_ptr<store::Store> store;
  std::string actor;

  World() {
    dir = (std::filesystem::temp_directory_path() / ("claimkb-fuzz-cursor-" + std::to_string(::getpid()))).string();
    std::filesystem::remove_all(dir);
    auto s = store::Store::Open(dir);
    if (!s.ok()) std::abort();
    store = std::move(s).value();
    std::ifstream in(std::string(CLAIMKB_SOURCE_DIR) + "/seeds/000_6dd0d9ca4f747149.txt", std::ios::binary);
    extract::Input input;
    input.bytes.assign(std::istreambuf_iterator<char>(in), {});
    input.published = "2025-09-22";
    auto x = extract::Extract(input);
    if (!x.ok() || !store->Ingest(*x).ok()) std::abort();
    if (!x->actors.empty()) actor = x->actors.front().id;
  }
  ~World() {
    store.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
};

template <typename T>
void Expect(const Result<T>& r) {
  if (!r.ok() && r.status().code() != Status::Code::kInvalidArgument) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static World w;
  std::string cursor(reinterpret_cast<const char*>(data), size);
  store::keys::Cf cf;
  std::string key;
  (void)store::keys::DecodeCursor(cursor, &cf, &key);
  const store::Store& s = *w.store;
  Expect(s.ListDocuments(cursor, 5));
  Expect(s.ListClaims({}, cursor, 5));
  store::ClaimQuery by_speaker, by_time;
  by_speaker.speaker = w.actor;
  by_time.from = "2025";
  Expect(s.ListClaims(by_speaker, cursor, 5));
  Expect(s.ListClaims(by_time, cursor, 5));
  Expect(s.ListActors(cursor, 5));
  Expect(s.ActorClaims(w.actor, store::Role::kMentioned, cursor, 5));
  Expect(s.Timeline(w.actor, "", "", cursor, 5));
  Expect(s.Timeline(w.actor, "2020", "2030", cursor, 5, store::TimeAxis::kStatement));
  Expect(s.ListEvents("", "", "", cursor, 5));
  Expect(s.ListEvents(w.actor, "2025", "", cursor, 5));
  return 0;
}
