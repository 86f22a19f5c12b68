#include "core/store/values.h"

#include <bit>
#include <cstring>

namespace claimkb::store::values {

namespace {

// ---- writing ------------------------------------------------------------------
// Varint: LEB128, 7 bits a byte, low group first. Str: Varint(size) bytes.
// F64: the IEEE 754 bits as 8 bytes little-endian, so a value survives bit for bit.

class Writer {
 public:
  explicit Writer(keys::Tag tag, size_t reserve = 128) {
    out_.reserve(reserve);
    out_.push_back(static_cast<char>(tag));
  }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void F64(double d) {
    uint64_t bits = std::bit_cast<uint64_t>(d);
    for (int i = 0; i < 8; ++i) out_.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
  }
  void Str(std::string_view s) {
    Varint(s.size());
    out_.append(s);
  }
  void Strs(const std::vector<std::string>& v) {
    Varint(v.size());
    for (const auto& s : v) Str(s);
  }
  void Span(const model::Span& s) {
    Varint(s.start);
    Varint(s.end);
  }
  void Time(const model::TimeRef& t) {
    Str(t.text);
    Str(t.value);
    U8(static_cast<uint8_t>(t.precision));
    Str(t.begin);
    Str(t.end);
    Str(t.anchor);
    Span(t.span);
  }
  void Times(const std::vector<model::TimeRef>& v) {
    Varint(v.size());
    for (const auto& t : v) Time(t);
  }
  void Quantities(const std::vector<model::Quantity>& v) {
    Varint(v.size());
    for (const auto& q : v) {
      Str(q.text);
      F64(q.value);
      U8(q.high ? 1 : 0);
      if (q.high) F64(*q.high);
      Str(q.unit);
      Str(q.counts);
      Str(q.qualifier);
      Span(q.span);
    }
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

// ---- reading ------------------------------------------------------------------
// Every getter checks the bytes left before it reads and returns false on
// malformed input; a count can never ask for more elements than bytes remain.

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool done() const { return in_.empty(); }

  bool Varint(uint64_t* v) {
    uint64_t out = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (in_.empty()) return false;
      auto b = static_cast<uint8_t>(in_.front());
      in_.remove_prefix(1);
      if (shift == 63 && b > 1) return false;
      out |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) {
        *v = out;
        return true;
      }
    }
    return false;
  }
  bool U32(uint32_t* v) {
    uint64_t n = 0;
    if (!Varint(&n) || n > UINT32_MAX) return false;
    *v = static_cast<uint32_t>(n);
    return true;
  }
  bool U8(uint8_t* v) {
    if (in_.empty()) return false;
    *v = static_cast<uint8_t>(in_.front());
    in_.remove_prefix(1);
    return true;
  }
  bool Bool(bool* v) {
    uint8_t b = 0;
    if (!U8(&b) || b > 1) return false;
    *v = b == 1;
    return true;
  }
  bool F64(double* d) {
    if (in_.size() < 8) return false;
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<uint64_t>(static_cast<uint8_t>(in_[i])) << (8 * i);
    in_.remove_prefix(8);
    *d = std::bit_cast<double>(bits);
    return true;
  }
  bool Str(std::string* s) {
    uint64_t n = 0;
    if (!Varint(&n) || n > in_.size()) return false;
    s->assign(in_.data(), n);
    in_.remove_prefix(n);
    return true;
  }
  // A count of elements each at least min_bytes long.
  bool Count(size_t* n, size_t min_bytes) {
    uint64_t c = 0;
    if (!Varint(&c) || c > in_.size() / min_bytes) return false;
    *n = static_cast<size_t>(c);
    return true;
  }
  bool Strs(std::vector<std::string>* v) {
    size_t n = 0;
    if (!Count(&n, 1)) return false;
    v->resize(n);
    for (auto& s : *v)
      if (!Str(&s)) return false;
    return true;
  }
  bool Span(model::Span* s) { return U32(&s->start) && U32(&s->end); }
  template <typename E>
  bool Enum(E* e, E last) {
    uint8_t b = 0;
    if (!U8(&b) || b > static_cast<uint8_t>(last)) return false;
    *e = static_cast<E>(b);
    return true;
  }
  bool Time(model::TimeRef* t) {
    return Str(&t->text) && Str(&t->value) && Enum(&t->precision, model::Precision::kTime) && Str(&t->begin) &&
           Str(&t->end) && Str(&t->anchor) && Span(&t->span);
  }
  bool Times(std::vector<model::TimeRef>* v) {
    size_t n = 0;
    if (!Count(&n, 8)) return false;
    v->resize(n);
    for (auto& t : *v)
      if (!Time(&t)) return false;
    return true;
  }
  bool Quantities(std::vector<model::Quantity>* v) {
    size_t n = 0;
    if (!Count(&n, 15)) return false;
    v->resize(n);
    for (auto& q : *v) {
      bool has_high = false;
      if (!Str(&q.text) || !F64(&q.value) || !Bool(&has_high)) return false;
      q.high.reset();
      if (has_high) {
        double h = 0;
        if (!F64(&h)) return false;
        q.high = h;
      }
      if (!Str(&q.unit) || !Str(&q.counts) || !Str(&q.qualifier) || !Span(&q.span)) return false;
    }
    return true;
  }

 private:
  std::string_view in_;
};

Status CheckTag(std::string_view bytes, keys::Tag tag, const char* what) {
  if (bytes.empty() || bytes[0] != static_cast<char>(tag))
    return Status::Corruption(std::string("stored ") + what + " has an unknown value tag");
  return Status::OK();
}

// Runs read over the bytes after the tag; it must consume them exactly.
template <typename F>
Status Unpack(std::string_view bytes, keys::Tag tag, const char* what, F&& read) {
  Status s = CheckTag(bytes, tag, what);
  if (!s.ok()) return s;
  Reader r(bytes.substr(1));
  if (!read(r)) return Status::Corruption(std::string("stored ") + what + " is truncated or malformed");
  if (!r.done()) return Status::Corruption(std::string("stored ") + what + " has trailing bytes");
  return Status::OK();
}

std::string Raw(keys::Tag tag, std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + 1);
  out.push_back(static_cast<char>(tag));
  out.append(bytes);
  return out;
}

}  // namespace

std::string Encode(const DocumentRecord& v) {
  const model::Document& d = v.document;
  Writer w(keys::Tag::kDocument, 256);
  w.Str(d.id);
  w.Str(d.url);
  w.Str(d.title);
  w.Str(d.author);
  w.Str(d.publisher);
  w.Str(d.published);
  w.Str(d.ingested);
  w.Str(d.language);
  w.Strs(d.furniture);
  w.Str(d.previous_version);
  w.Varint(v.version);
  w.Times(v.times);
  w.Quantities(v.quantities);
  w.Strs(v.warnings);
  return w.Take();
}

std::string Encode(const model::Claim& c) {
  Writer w(keys::Tag::kClaim, 64 + 2 * (c.text.size() + c.sentence.size()));
  w.Str(c.id);
  w.Str(c.document_id);
  w.Str(c.text);
  w.Str(c.sentence);
  w.Span(c.span);
  w.Span(c.sentence_span);
  w.Str(c.quote.exact);
  w.Str(c.quote.prefix);
  w.Str(c.quote.suffix);
  w.U8(static_cast<uint8_t>(c.attribution.kind));
  w.Strs(c.attribution.speakers);
  w.Str(c.attribution.cue);
  w.Span(c.attribution.cue_span);
  w.Strs(c.attribution.via);
  w.U8(static_cast<uint8_t>((c.stance.negated ? 1 : 0) | (c.stance.hedged ? 2 : 0)));
  w.Str(c.stance.evidence);
  w.Strs(c.stance.notes);
  w.Strs(c.actors);
  w.Times(c.times);
  w.Quantities(c.quantities);
  w.Strs(c.events);
  w.Str(c.said_on);
  w.Str(c.rule);
  w.F64(c.confidence);
  return w.Take();
}

std::string Encode(const model::Event& e) {
  Writer w(keys::Tag::kEvent);
  w.Str(e.id);
  w.Str(e.document_id);
  w.Str(e.label);
  w.Str(e.trigger);
  w.Span(e.span);
  w.Strs(e.agents);
  w.Strs(e.patients);
  w.Str(e.place);
  w.U8(e.time ? 1 : 0);
  if (e.time) w.Time(*e.time);
  w.Strs(e.claims);
  return w.Take();
}

std::string Encode(const model::Actor& a) {
  Writer w(keys::Tag::kActor);
  w.Str(a.id);
  w.Str(a.name);
  w.U8(static_cast<uint8_t>(a.type));
  w.Strs(a.aliases);
  w.Strs(a.titles);
  w.Str(a.wikidata);
  return w.Take();
}

std::string EncodeTimeline(std::span<const Role> roles, const model::TimeRef& time, std::string_view label,
                           std::string_view document_id) {
  Writer w(keys::Tag::kTimeline, 32 + roles.size() + time.text.size() + time.value.size() + time.begin.size() +
                                     time.end.size() + time.anchor.size() + label.size() + document_id.size());
  w.Varint(roles.size());
  for (Role r : roles) w.U8(static_cast<uint8_t>(r));
  w.Time(time);
  w.Str(label);
  w.Str(document_id);
  return w.Take();
}

std::string Encode(const TimelineValue& v) { return EncodeTimeline(v.roles, v.time, v.label, v.document_id); }

std::string EncodeText(std::string_view text) { return Raw(keys::Tag::kText, text); }
std::string EncodeEdgeWhy(std::string_view why) { return Raw(keys::Tag::kEdge, why); }

std::string EncodeAlias(bool whole) {
  std::string out(1, static_cast<char>(keys::Tag::kAlias));
  out.push_back(whole ? 1 : 0);
  return out;
}

std::string EncodeCounter(uint64_t n) {
  std::string out(1, static_cast<char>(keys::Tag::kCounter));
  keys::PutU64(&out, n);
  return out;
}

std::string EncodeEmpty() { return std::string(1, static_cast<char>(keys::Tag::kEmpty)); }

Status Decode(std::string_view bytes, DocumentRecord* v) {
  return Unpack(bytes, keys::Tag::kDocument, "document", [&](Reader& r) {
    model::Document& d = v->document;
    d.text.clear();
    return r.Str(&d.id) && r.Str(&d.url) && r.Str(&d.title) && r.Str(&d.author) && r.Str(&d.publisher) &&
           r.Str(&d.published) && r.Str(&d.ingested) && r.Str(&d.language) && r.Strs(&d.furniture) &&
           r.Str(&d.previous_version) && r.U32(&v->version) && r.Times(&v->times) &&
           r.Quantities(&v->quantities) && r.Strs(&v->warnings);
  });
}

Status Decode(std::string_view bytes, model::Claim* c) {
  return Unpack(bytes, keys::Tag::kClaim, "claim", [&](Reader& r) {
    uint8_t flags = 0;
    bool ok = r.Str(&c->id) && r.Str(&c->document_id) && r.Str(&c->text) && r.Str(&c->sentence) &&
              r.Span(&c->span) && r.Span(&c->sentence_span) && r.Str(&c->quote.exact) &&
              r.Str(&c->quote.prefix) && r.Str(&c->quote.suffix) &&
              r.Enum(&c->attribution.kind, model::AttributionKind::kMixed) && r.Strs(&c->attribution.speakers) &&
              r.Str(&c->attribution.cue) && r.Span(&c->attribution.cue_span) && r.Strs(&c->attribution.via) &&
              r.U8(&flags) && flags <= 3 && r.Str(&c->stance.evidence) && r.Strs(&c->stance.notes) &&
              r.Strs(&c->actors) && r.Times(&c->times) && r.Quantities(&c->quantities) && r.Strs(&c->events) &&
              r.Str(&c->said_on) && r.Str(&c->rule) && r.F64(&c->confidence);
    c->stance.negated = flags & 1;
    c->stance.hedged = flags & 2;
    return ok;
  });
}

Status DecodeClaimText(std::string_view bytes, std::string* document_id, std::string* text) {
  Status s = CheckTag(bytes, keys::Tag::kClaim, "claim");
  if (!s.ok()) return s;
  Reader r(bytes.substr(1));
  std::string id;
  if (!r.Str(&id) || !r.Str(document_id) || !r.Str(text)) return Status::Corruption("stored claim is truncated");
  return Status::OK();
}

Status Decode(std::string_view bytes, model::Event* e) {
  return Unpack(bytes, keys::Tag::kEvent, "event", [&](Reader& r) {
    bool has_time = false;
    if (!(r.Str(&e->id) && r.Str(&e->document_id) && r.Str(&e->label) && r.Str(&e->trigger) && r.Span(&e->span) &&
          r.Strs(&e->agents) && r.Strs(&e->patients) && r.Str(&e->place) && r.Bool(&has_time)))
      return false;
    e->time.reset();
    if (has_time && !r.Time(&e->time.emplace())) return false;
    return r.Strs(&e->claims);
  });
}

Status Decode(std::string_view bytes, model::Actor* a) {
  return Unpack(bytes, keys::Tag::kActor, "actor", [&](Reader& r) {
    return r.Str(&a->id) && r.Str(&a->name) && r.Enum(&a->type, model::ActorType::kDocument) &&
           r.Strs(&a->aliases) && r.Strs(&a->titles) && r.Str(&a->wikidata);
  });
}

Status Decode(std::string_view bytes, TimelineValue* v) {
  return Unpack(bytes, keys::Tag::kTimeline, "timeline entry", [&](Reader& r) {
    size_t n = 0;
    if (!r.Count(&n, 1)) return false;
    v->roles.resize(n);
    for (Role& role : v->roles) {
      uint8_t b = 0;
      if (!r.U8(&b) || b < 1 || b > static_cast<uint8_t>(Role::kPlace)) return false;
      role = static_cast<Role>(b);
    }
    return r.Time(&v->time) && r.Str(&v->label) && r.Str(&v->document_id);
  });
}

Status DecodeText(std::string_view bytes, std::string* text) {
  Status s = CheckTag(bytes, keys::Tag::kText, "text");
  if (s.ok()) text->assign(bytes.substr(1));
  return s;
}

Status DecodeEdgeWhy(std::string_view bytes, std::string* why) {
  Status s = CheckTag(bytes, keys::Tag::kEdge, "edge");
  if (s.ok()) why->assign(bytes.substr(1));
  return s;
}

Status DecodeAlias(std::string_view bytes, bool* whole) {
  Status s = CheckTag(bytes, keys::Tag::kAlias, "alias entry");
  if (!s.ok()) return s;
  if (bytes.size() != 2) return Status::Corruption("stored alias entry has the wrong size");
  *whole = bytes[1] != 0;
  return s;
}

Status DecodeCounter(std::string_view bytes, uint64_t* n) {
  Status s = CheckTag(bytes, keys::Tag::kCounter, "counter");
  if (!s.ok()) return s;
  keys::Reader r(bytes.substr(1));
  if (!r.U64(n) || !r.done()) return Status::Corruption("stored counter has the wrong size");
  return s;
}

}  // namespace claimkb::store::values
