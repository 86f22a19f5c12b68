#include "core/graph/snapshot.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <filesystem>
#include <utility>
#include <vector>

#include "core/graph/impl.h"
#include "core/graph/load.h"

namespace claimkb::graph {

// Byte layout (little-endian as written on x86-64; a reader of the other byte
// order sees a foreign format version and rebuilds):
//
//   header   magic "CKBGRPH\x01" | u32 format version | u32 section count (8)
//            | u64 store write sequence | u64 file bytes
//            | 8 x { u32 tag | u32 0 | u64 offset | u64 bytes | u64 checksum }
//            | u64 checksum of the header bytes before it
//   sections, each at an 8-byte aligned offset, in tag order:
//     1 counts       u64 vertices, edges, strings, string bytes, index slots,
//                    index entries, components, graph version, kind_count[6]
//     2 vertices     per vertex {u8 kind, u8 actor type, u8 placeholder, u8 0, u32 key, u32 label}
//     3 lengths      u32 per interned string, in arena id order
//     4 strings      the interned strings back to back
//     5 edge ends    per edge {u32 source, u32 target}, in the graph's edge
//                    order (insertion order), so replaying add_edge rebuilds
//                    every vertex's out- and in-edge lists in the same order
//     6 edge types   u8 model::EdgeType per edge
//     7 union-find   u32 parent, rank and size per vertex (three arrays)
//     8 index        the VertexIndex table: {u32 vertex, u32 tag} per slot
//
// DO NOT CHANGE the layout without bumping kFormatVersion: a reader of
// another version falls back to the rebuild.
namespace {

constexpr char kMagic[8] = {'C', 'K', 'B', 'G', 'R', 'P', 'H', '\x01'};
constexpr uint32_t kFormatVersion = 1;

enum Tag : uint32_t {
  kCounts = 1,
  kVertices = 2,
  kLengths = 3,
  kStrings = 4,
  kEdgeEnds = 5,
  kEdgeTypes = 6,
  kUnionFind = 7,
  kIndex = 8,
};
constexpr uint32_t kSections = 8;

struct SectionEntry {
  uint32_t tag = 0;
  uint32_t reserved = 0;
  uint64_t offset = 0;
  uint64_t bytes = 0;
  uint64_t checksum = 0;
};

struct Header {
  char magic[8];
  uint32_t version = kFormatVersion;
  uint32_t sections = kSections;
  uint64_t sequence = 0;
  uint64_t file_bytes = 0;
  SectionEntry table[kSections];
  uint64_t checksum = 0;  // of every byte above
};
static_assert(sizeof(Header) == 8 + 4 + 4 + 8 + 8 + kSections * 32 + 8);

struct Counts {
  uint64_t vertices, edges, strings, string_bytes, slots, indexed, components, version;
  uint64_t kind_count[6];
};

struct VertexRecord {
  uint8_t kind, actor_type, placeholder, zero;
  uint32_t key, label;
};
static_assert(sizeof(VertexRecord) == 12);
static_assert(sizeof(VertexIndex::Slot) == 8);

uint64_t Rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

// A fast 64-bit checksum (four multiply-rotate lanes over 8-byte words) to
// catch torn, truncated and bit-flipped files; not a cryptographic hash.
uint64_t Checksum(const char* p, size_t n) {
  constexpr uint64_t k1 = 0x9E3779B185EBCA87ull, k2 = 0xC2B2AE3D27D4EB4Full;
  uint64_t lane[4] = {k1, k2, k1 ^ k2, ~k1};
  auto load = [](const char* q) {
    uint64_t w;
    std::memcpy(&w, q, 8);
    return w;
  };
  size_t i = 0;
  for (; i + 32 <= n; i += 32)
    for (int j = 0; j < 4; ++j) lane[j] = Rotl(lane[j] + load(p + i + 8 * j) * k2, 31) * k1;
  uint64_t h = Rotl(lane[0], 1) + Rotl(lane[1], 7) + Rotl(lane[2], 12) + Rotl(lane[3], 18) + n;
  for (; i + 8 <= n; i += 8) h = Rotl(h ^ (load(p + i) * k2), 27) * k1 + k2;
  for (; i < n; ++i) h = Rotl(h ^ (static_cast<uint8_t>(p[i]) * k1), 11) * k2;
  h ^= h >> 33;
  h *= k2;
  h ^= h >> 29;
  return h;
}

uint64_t Align8(uint64_t n) { return (n + 7) & ~uint64_t{7}; }

std::string Q(const std::string& s) { return "`" + s + "`"; }

// A file descriptor closed on scope exit.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

bool WriteAll(int fd, const void* data, size_t n, uint64_t offset) {
  const char* p = static_cast<const char*>(data);
  while (n > 0) {
    ssize_t w = ::pwrite(fd, p, n, static_cast<off_t>(offset));
    if (w <= 0) return false;
    p += w;
    n -= static_cast<size_t>(w);
    offset += static_cast<uint64_t>(w);
  }
  return true;
}

bool ReadAll(int fd, void* data, size_t n, uint64_t offset) {
  char* p = static_cast<char*>(data);
  while (n > 0) {
    ssize_t r = ::pread(fd, p, n, static_cast<off_t>(offset));
    if (r <= 0) return false;
    p += r;
    n -= static_cast<size_t>(r);
    offset += static_cast<uint64_t>(r);
  }
  return true;
}

}  // namespace

struct SnapshotAccess {
  static Status Write(const ClaimGraph& graph, uint64_t sequence, const std::string& path);
  // require: when set, a snapshot with another stamp is Conflict, found from its header alone.
  static Status Read(const std::string& path, ClaimGraph* graph, uint64_t* sequence, const uint64_t* require);
};

Status SnapshotAccess::Write(const ClaimGraph& graph, uint64_t sequence, const std::string& path) {
  std::shared_lock lock(graph.impl_->mu);
  const ClaimGraph::Impl& m = *graph.impl_;
  const std::string tmp = path + ".tmp-" + std::to_string(::getpid());
  Fd out;
  out.fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (out.fd < 0) return Status::IOError("cannot create " + Q(tmp) + ": " + std::strerror(errno));

  Header h;
  std::memcpy(h.magic, kMagic, sizeof kMagic);
  h.sequence = sequence;
  uint64_t at = Align8(sizeof(Header));
  bool ok = true;
  // One section at a time, so the writer holds at most one section's bytes beyond the graph.
  auto section = [&](uint32_t tag, const void* data, size_t n) {
    SectionEntry& e = h.table[tag - 1];
    e.tag = tag;
    e.offset = at;
    e.bytes = n;
    e.checksum = Checksum(static_cast<const char*>(data), n);
    ok = ok && WriteAll(out.fd, data, n, at);
    at = Align8(at + n);
  };

  const size_t nv = boost::num_vertices(m.g), ne = boost::num_edges(m.g), ns = m.strings.size();
  Counts c{};
  c.vertices = nv;
  c.edges = ne;
  c.strings = ns;
  c.string_bytes = m.strings.bytes();
  c.slots = m.index.slots().size();
  c.indexed = m.index.size();
  c.components = m.components;
  c.version = m.version;
  for (size_t k = 0; k < 6; ++k) c.kind_count[k] = m.kind_count[k];
  section(kCounts, &c, sizeof c);
  {
    std::vector<VertexRecord> v(nv);
    for (size_t i = 0; i < nv; ++i) {
      const VertexProps& p = m.g[i];
      v[i] = {static_cast<uint8_t>(p.kind), p.actor_type, static_cast<uint8_t>(p.placeholder), 0, p.key, p.label};
    }
    section(kVertices, v.data(), v.size() * sizeof(VertexRecord));
  }
  {
    std::vector<uint32_t> len(ns);
    for (size_t i = 0; i < ns; ++i) len[i] = static_cast<uint32_t>(m.strings.Get(static_cast<uint32_t>(i)).size());
    section(kLengths, len.data(), len.size() * 4);
    std::vector<char> blob;
    blob.reserve(c.string_bytes);
    for (size_t i = 0; i < ns; ++i) {
      std::string_view s = m.strings.Get(static_cast<uint32_t>(i));
      blob.insert(blob.end(), s.begin(), s.end());
    }
    section(kStrings, blob.data(), blob.size());
  }
  {
    std::vector<uint32_t> ends;
    std::vector<uint8_t> types;
    ends.reserve(2 * ne);
    types.reserve(ne);
    for (auto [it, end] = boost::edges(m.g); it != end; ++it) {
      ends.push_back(static_cast<uint32_t>(boost::source(*it, m.g)));
      ends.push_back(static_cast<uint32_t>(boost::target(*it, m.g)));
      types.push_back(static_cast<uint8_t>(m.g[*it].type));
    }
    section(kEdgeEnds, ends.data(), ends.size() * 4);
    section(kEdgeTypes, types.data(), types.size());
  }
  {
    std::vector<uint32_t> uf;
    uf.reserve(3 * nv);
    uf.insert(uf.end(), m.uf_parent.begin(), m.uf_parent.end());
    uf.insert(uf.end(), m.uf_rank.begin(), m.uf_rank.end());
    uf.insert(uf.end(), m.uf_size.begin(), m.uf_size.end());
    section(kUnionFind, uf.data(), uf.size() * 4);
  }
  section(kIndex, m.index.slots().data(), m.index.slots().size() * sizeof(VertexIndex::Slot));
  lock.unlock();

  h.file_bytes = at;
  h.checksum = Checksum(reinterpret_cast<const char*>(&h), offsetof(Header, checksum));
  ok = ok && WriteAll(out.fd, &h, sizeof h, 0) && ::ftruncate(out.fd, static_cast<off_t>(at)) == 0;
  ok = ok && ::fsync(out.fd) == 0;
  if (!ok || ::close(std::exchange(out.fd, -1)) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    return Status::IOError("cannot write the graph snapshot " + Q(tmp) + ": " + why);
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    return Status::IOError("cannot rename " + Q(tmp) + " to " + Q(path) + ": " + why);
  }
  return Status::OK();
}

Status SnapshotAccess::Read(const std::string& path, ClaimGraph* graph, uint64_t* sequence,
                            const uint64_t* require) {
  Fd in;
  in.fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (in.fd < 0) {
    if (errno == ENOENT) return Status::NotFound("no graph snapshot at " + Q(path));
    return Status::IOError("cannot open " + Q(path) + ": " + std::strerror(errno));
  }
  struct stat st {};
  if (::fstat(in.fd, &st) != 0) return Status::IOError("cannot stat " + Q(path));
  const uint64_t size = static_cast<uint64_t>(st.st_size);
  auto bad = [&](const std::string& why) { return Status::Corruption("graph snapshot " + Q(path) + ": " + why); };

  Header h;
  if (size < sizeof h || !ReadAll(in.fd, &h, sizeof h, 0)) return bad("shorter than its header");
  if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0) return bad("not a graph snapshot (bad magic)");
  if (h.version != kFormatVersion)
    return Status::Unsupported("graph snapshot " + Q(path) + " has format version " + std::to_string(h.version) +
                               "; this claimkb reads version " + std::to_string(kFormatVersion));
  if (h.checksum != Checksum(reinterpret_cast<const char*>(&h), offsetof(Header, checksum)))
    return bad("header checksum mismatch");
  if (h.sections != kSections) return bad("unexpected section count");
  *sequence = h.sequence;
  if (require && h.sequence != *require)
    return Status::Conflict("stale graph snapshot (stamp " + std::to_string(h.sequence) + ", store sequence " +
                            std::to_string(*require) + ")");
  if (h.file_bytes != size)
    return bad("file is " + std::to_string(size) + " bytes, header says " + std::to_string(h.file_bytes));
  // Sections follow each other without gaps up to the end of the file.
  uint64_t next = Align8(sizeof h);
  for (uint32_t i = 0; i < kSections; ++i) {
    const SectionEntry& e = h.table[i];
    if (e.tag != i + 1 || e.offset != next || e.bytes > size - e.offset) return bad("section table out of range");
    next = Align8(e.offset + e.bytes);
  }
  if (next != size) return bad("section table does not cover the file");
  // Reads and verifies one section into a buffer of its own; the padding
  // after it must be zeros, so no byte of the file goes unchecked.
  auto load = [&](uint32_t tag, char* into) {
    const SectionEntry& e = h.table[tag - 1];
    char pad[8] = {};
    const uint64_t pad_bytes = std::min<uint64_t>(Align8(e.offset + e.bytes), size) - (e.offset + e.bytes);
    return ReadAll(in.fd, into, e.bytes, e.offset) && Checksum(into, e.bytes) == e.checksum &&
           ReadAll(in.fd, pad, pad_bytes, e.offset + e.bytes) &&
           std::all_of(pad, pad + pad_bytes, [](char ch) { return ch == 0; });
  };
  // A section as an array of T, uninitialised before the read (no memset of
  // hundreds of MB); nullptr when it is damaged.
  auto load_array = [&]<typename T>(uint32_t tag, T*) {
    const uint64_t n = h.table[tag - 1].bytes / sizeof(T);
    auto a = std::make_unique_for_overwrite<T[]>(n ? n : 1);
    if (!load(tag, reinterpret_cast<char*>(a.get()))) a.reset();
    return a;
  };

  Counts c{};
  if (h.table[kCounts - 1].bytes != sizeof c || !load(kCounts, reinterpret_cast<char*>(&c)))
    return bad("counts section damaged");
  const uint64_t nv = c.vertices, ne = c.edges, ns = c.strings;
  if (nv >= kNoVertex || ns >= kNoVertex || ne > size || c.slots > size ||
      (c.slots & (c.slots - 1)) != 0 || c.indexed != nv || c.indexed * 10 > c.slots * 7 + 9)
    return bad("counts out of range");
  auto sized = [&](uint32_t tag, uint64_t want) { return h.table[tag - 1].bytes == want; };
  if (!sized(kVertices, nv * sizeof(VertexRecord)) || !sized(kLengths, ns * 4) ||
      !sized(kStrings, c.string_bytes) || !sized(kEdgeEnds, ne * 8) || !sized(kEdgeTypes, ne) ||
      !sized(kUnionFind, nv * 12) || !sized(kIndex, c.slots * sizeof(VertexIndex::Slot)))
    return bad("section sizes disagree with the counts");

  auto m = std::make_unique<ClaimGraph::Impl>();

  auto lengths = load_array(kLengths, static_cast<uint32_t*>(nullptr));
  if (!lengths) return bad("string lengths damaged");
  uint64_t total = 0;
  for (uint64_t i = 0; i < ns; ++i) total += lengths[i];
  if (total != c.string_bytes) return bad("string lengths disagree with the string bytes");
  auto blob = load_array(kStrings, static_cast<char*>(nullptr));
  if (!blob) return bad("strings damaged");
  m->strings.Assign(std::move(blob), lengths.get(), ns);
  lengths.reset();

  {
    auto v = load_array(kVertices, static_cast<VertexRecord*>(nullptr));
    if (!v) return bad("vertices damaged");
    std::array<size_t, 6> kinds{};
    Graph sized(nv);
    m->g.swap(sized);  // adjacency_list's assignment copies
    for (uint64_t i = 0; i < nv; ++i) {
      const VertexRecord& r = v[i];
      if (r.kind == 0 || r.kind > 5 || r.placeholder > 1 || r.key >= ns || r.label >= ns)
        return bad("vertex " + std::to_string(i) + " out of range");
      ++kinds[r.kind];
      VertexProps& p = m->g[i];
      p.kind = static_cast<NodeKind>(r.kind);
      p.actor_type = r.actor_type;
      p.placeholder = r.placeholder != 0;
      p.key = r.key;
      p.label = r.label;
    }
    for (size_t k = 0; k < 6; ++k)
      if (kinds[k] != c.kind_count[k]) return bad("vertex kinds disagree with the counts");
    m->kind_count = kinds;
  }

  {
    auto ends = load_array(kEdgeEnds, static_cast<uint32_t*>(nullptr));
    auto types = load_array(kEdgeTypes, static_cast<uint8_t*>(nullptr));
    if (!ends || !types) return bad("edges damaged");
    std::vector<uint32_t> out_degree(nv), in_degree(nv);
    for (uint64_t i = 0; i < ne; ++i) {
      const uint32_t u = ends[2 * i], v = ends[2 * i + 1], t = types[i];
      if (u >= nv || v >= nv || t == 0 || t >= 32) return bad("edge " + std::to_string(i) + " out of range");
      ++out_degree[u];
      ++in_degree[v];
    }
    // Exact capacities (boost's edge vector and each vertex's edge lists): no
    // growth copies, no slack.
    m->g.m_edges.reserve(ne);
    for (uint64_t v = 0; v < nv; ++v) {
      m->g.out_edge_list(v).reserve(out_degree[v]);
      in_edge_list(m->g, v).reserve(in_degree[v]);
    }
    for (uint64_t i = 0; i < ne; ++i)
      boost::add_edge(ends[2 * i], ends[2 * i + 1], EdgeProps{static_cast<model::EdgeType>(types[i])}, m->g);
  }

  {
    auto uf = load_array(kUnionFind, static_cast<uint32_t*>(nullptr));
    if (!uf) return bad("components damaged");
    m->uf_parent.assign(uf.get(), uf.get() + nv);
    m->uf_rank.assign(uf.get() + nv, uf.get() + 2 * nv);
    m->uf_size.assign(uf.get() + 2 * nv, uf.get() + 3 * nv);
    for (uint64_t v = 0; v < nv; ++v)
      if (m->uf_parent[v] >= nv) return bad("component forest out of range");
    m->components = c.components;
  }

  {
    std::vector<VertexIndex::Slot> slots(c.slots);
    if (!load(kIndex, reinterpret_cast<char*>(slots.data()))) return bad("vertex index damaged");
    uint64_t used = 0;
    for (const auto& s : slots) {
      if (s.vertex == VertexIndex::kNone) continue;
      if (s.vertex >= nv) return bad("vertex index out of range");
      ++used;
    }
    if (used != c.indexed || (c.slots > 0 && used == c.slots)) return bad("vertex index disagrees with the counts");
    m->index.Assign(std::move(slots), used);
  }
  m->version = c.version;

  std::unique_lock lock(graph->impl_->mu);
  std::swap(graph->impl_, m);
  return Status::OK();
}

std::string SnapshotPath(const std::string& store_dir) {
  return (std::filesystem::path(store_dir) / "graph.snapshot").string();
}

Status WriteSnapshot(const ClaimGraph& g, uint64_t sequence, const std::string& path) {
  return SnapshotAccess::Write(g, sequence, path);
}

Status ReadSnapshot(const std::string& path, ClaimGraph* g, uint64_t* sequence) {
  return SnapshotAccess::Read(path, g, sequence, nullptr);
}

Result<LoadReport> LoadGraph(const store::Store& store, const std::string& snapshot_path, ClaimGraph* g) {
  const auto t0 = std::chrono::steady_clock::now();
  LoadReport r;
  r.sequence = store.WriteSequence();
  uint64_t stamp = 0;
  Status s = SnapshotAccess::Read(snapshot_path, g, &stamp, &r.sequence);
  r.from_snapshot = s.ok();
  if (!s.ok()) {
    r.fallback = s.message();
    if (Status ls = LoadFromStore(store, g); !ls.ok()) return ls;
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return r;
}

}  // namespace claimkb::graph
