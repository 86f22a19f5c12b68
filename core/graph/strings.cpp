#include "core/graph/strings.h"

#include <cstring>

namespace claimkb::graph {

std::string_view StringArena::Store(std::string_view s) {
  if (s.empty()) return {};
  if (s.size() > kChunk / 4) {
    // A big string gets a chunk of its own, inserted before the current one so
    // the current chunk keeps filling.
    auto big = std::make_unique<char[]>(s.size());
    std::memcpy(big.get(), s.data(), s.size());
    std::string_view v(big.get(), s.size());
    chunks_.insert(chunks_.empty() ? chunks_.end() : chunks_.end() - 1, std::move(big));
    bytes_ += s.size();
    return v;
  }
  if (used_ + s.size() > kChunk) {
    chunks_.push_back(std::make_unique<char[]>(kChunk));
    used_ = 0;
  }
  char* p = chunks_.back().get() + used_;
  std::memcpy(p, s.data(), s.size());
  used_ += s.size();
  bytes_ += s.size();
  return {p, s.size()};
}

uint32_t StringArena::Add(std::string_view s) {
  views_.push_back(Store(s));
  return static_cast<uint32_t>(views_.size() - 1);
}

void StringArena::Assign(std::unique_ptr<char[]> blob, const uint32_t* lengths, size_t count) {
  views_.clear();
  views_.reserve(count);
  chunks_.clear();
  size_t at = 0;
  for (size_t i = 0; i < count; ++i) {
    const uint32_t n = lengths[i];
    views_.push_back(n == 0 ? std::string_view() : std::string_view(blob.get() + at, n));
    at += n;
  }
  chunks_.push_back(std::move(blob));
  used_ = kChunk;  // the blob is full: the next Add starts a chunk of its own
  bytes_ = at;
}

void VertexIndex::Assign(std::vector<Slot> slots, size_t size) {
  slots_ = std::move(slots);
  mask_ = slots_.empty() ? 0 : slots_.size() - 1;
  size_ = size;
}

void VertexIndex::Place(uint32_t tag, uint32_t vertex) {
  size_t i = tag & mask_;
  while (slots_[i].vertex != kNone) i = (i + 1) & mask_;
  slots_[i] = {vertex, tag};
}

void VertexIndex::Insert(uint64_t hash, uint32_t vertex) {
  if ((size_ + 1) * 10 > slots_.size() * 7) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old)
      if (s.vertex != kNone) Place(s.tag, s.vertex);
  }
  Place(Tag(hash), vertex);
  ++size_;
}

}  // namespace claimkb::graph
