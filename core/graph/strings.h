// Compact storage behind the graph: an append-only string arena addressed by
// dense uint32 ids, and an open-addressing index from (kind, key) to vertex.
// Not thread-safe on their own; ClaimGraph's lock guards them.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace claimkb::graph {

// Strings live in fixed chunks so a string_view into the arena stays valid.
class StringArena {
 public:
  uint32_t Add(std::string_view s);
  std::string_view Get(uint32_t id) const { return views_[id]; }
  size_t size() const { return views_.size(); }
  size_t bytes() const { return bytes_; }

  // Replaces the content with `count` strings of the given lengths stored back
  // to back in `blob` (which holds their total length), taking ownership of
  // it: a graph snapshot's strings in one allocation, no copy per string.
  void Assign(std::unique_ptr<char[]> blob, const uint32_t* lengths, size_t count);

 private:
  std::string_view Store(std::string_view s);

  static constexpr size_t kChunk = 1 << 20;
  std::vector<std::unique_ptr<char[]>> chunks_;
  size_t used_ = kChunk;  // bytes used in the last chunk; full until one exists
  size_t bytes_ = 0;
  std::vector<std::string_view> views_;
};

// Maps a 64-bit key hash to a vertex; callers confirm a hit with their own
// equality test (hashes may collide). 8 bytes a slot, kept under 70% full.
class VertexIndex {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  struct Slot {
    uint32_t vertex = kNone;
    uint32_t tag = 0;
  };

  template <typename Eq>
  uint32_t Find(uint64_t hash, Eq&& eq) const {
    if (slots_.empty()) return kNone;
    const uint32_t tag = Tag(hash);
    for (size_t i = tag & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.vertex == kNone) return kNone;
      if (s.tag == tag && eq(s.vertex)) return s.vertex;
    }
  }
  // REQUIRES: no vertex with an equal key is present.
  void Insert(uint64_t hash, uint32_t vertex);
  size_t size() const { return size_; }

  // The table as is, for a graph snapshot; Assign takes one back.
  // REQUIRES for Assign: slots.size() is 0 or a power of two, `size` of them used.
  const std::vector<Slot>& slots() const { return slots_; }
  void Assign(std::vector<Slot> slots, size_t size);

 private:
  static uint32_t Tag(uint64_t h) { return static_cast<uint32_t>(h ^ (h >> 32)); }
  void Place(uint32_t tag, uint32_t vertex);

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace claimkb::graph
