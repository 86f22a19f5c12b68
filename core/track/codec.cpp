#include "core/track/codec.h"

#include <cstdint>

namespace claimkb::track {

namespace {

constexpr uint8_t kVersion = 1;

void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

void PutList(std::string* out, const std::vector<std::string>& list) {
  PutVarint(out, list.size());
  for (const auto& s : list) PutString(out, s);
}

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool Varint(uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64 && !in_.empty(); shift += 7) {
      const auto b = static_cast<uint8_t>(in_.front());
      in_.remove_prefix(1);
      *v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return true;
    }
    return false;
  }
  bool String(std::string* s) {
    uint64_t n;
    if (!Varint(&n) || n > in_.size()) return false;
    s->assign(in_.substr(0, n));
    in_.remove_prefix(n);
    return true;
  }
  bool Count(uint64_t* n) { return Varint(n) && *n <= in_.size(); }  // every element takes a byte or more
  bool List(std::vector<std::string>* list) {
    uint64_t n;
    if (!Count(&n)) return false;
    list->resize(n);
    for (auto& s : *list)
      if (!String(&s)) return false;
    return true;
  }
  bool Byte(uint8_t* b) {
    if (in_.empty()) return false;
    *b = static_cast<uint8_t>(in_.front());
    in_.remove_prefix(1);
    return true;
  }
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

}  // namespace

void EncodeNormalized(const Normalized& n, std::string* out) {
  out->push_back(static_cast<char>(kVersion));
  out->push_back(static_cast<char>((n.negated ? 1 : 0) | (n.attributed ? 2 : 0)));
  PutList(out, n.words);
  PutVarint(out, n.figures.size());
  for (const auto& f : n.figures) {
    PutString(out, f.value);
    PutString(out, f.unit);
    PutString(out, f.counts);
  }
  PutList(out, n.dates);
  PutList(out, n.sources);
  PutList(out, n.subjects);
  PutList(out, n.negators);
  PutString(out, n.evidence);
}

bool DecodeNormalized(std::string_view in, Normalized* n) {
  Reader r(in);
  uint8_t version = 0, flags = 0;
  if (!r.Byte(&version) || version != kVersion || !r.Byte(&flags) || flags > 3) return false;
  n->negated = flags & 1;
  n->attributed = flags & 2;
  uint64_t figures;
  if (!r.List(&n->words) || !r.Count(&figures)) return false;
  n->figures.resize(figures);
  for (auto& f : n->figures)
    if (!r.String(&f.value) || !r.String(&f.unit) || !r.String(&f.counts)) return false;
  return r.List(&n->dates) && r.List(&n->sources) && r.List(&n->subjects) && r.List(&n->negators) &&
         r.String(&n->evidence) && r.done();
}

}  // namespace claimkb::track
