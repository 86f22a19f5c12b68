#include "core/store/keys.h"

namespace claimkb::store::keys {

std::optional<Cf> CfFromName(std::string_view name) {
  for (size_t i = 0; i < kNumCfs; ++i)
    if (name == kCfNames[i]) return static_cast<Cf>(i);
  return std::nullopt;
}

void PutStr(std::string* out, std::string_view s) {
  // Run-wise: ids and terms almost never hold a 00 byte.
  while (!s.empty()) {
    const size_t zero = s.find('\0');
    if (zero == std::string_view::npos) {
      out->append(s);
      break;
    }
    out->append(s.data(), zero + 1);
    out->push_back('\xff');
    s.remove_prefix(zero + 1);
  }
  out->append("\0\x01", 2);
}

void PutU8(std::string* out, uint8_t v) { out->push_back(static_cast<char>(v)); }

void PutU32(std::string* out, uint32_t v) {
  char b[4];
  for (int i = 0; i < 4; ++i) b[i] = static_cast<char>((v >> (24 - 8 * i)) & 0xff);
  out->append(b, 4);
}

void PutU64(std::string* out, uint64_t v) {
  char b[8];
  for (int i = 0; i < 8; ++i) b[i] = static_cast<char>((v >> (56 - 8 * i)) & 0xff);
  out->append(b, 8);
}

bool Reader::Str(std::string* out) {
  out->clear();
  for (size_t i = 0; i < in_.size(); ++i) {
    if (in_[i] != '\0') {
      out->push_back(in_[i]);
      continue;
    }
    if (i + 1 >= in_.size()) return false;
    const auto next = static_cast<uint8_t>(in_[i + 1]);
    if (next == 0xff) {
      out->push_back('\0');
      ++i;
    } else if (next == 0x01) {
      in_.remove_prefix(i + 2);
      return true;
    } else {
      return false;
    }
  }
  return false;
}

bool Reader::U8(uint8_t* out) {
  if (in_.empty()) return false;
  *out = static_cast<uint8_t>(in_[0]);
  in_.remove_prefix(1);
  return true;
}

bool Reader::U32(uint32_t* out) {
  if (in_.size() < 4) return false;
  uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v = (v << 8) | static_cast<uint8_t>(in_[i]);
  *out = v;
  in_.remove_prefix(4);
  return true;
}

bool Reader::U64(uint64_t* out) {
  if (in_.size() < 8) return false;
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v = (v << 8) | static_cast<uint8_t>(in_[i]);
  *out = v;
  in_.remove_prefix(8);
  return true;
}

bool Reader::Bytes(size_t n, std::string* out) {
  if (in_.size() < n) return false;
  out->assign(in_.substr(0, n));
  in_.remove_prefix(n);
  return true;
}

uint8_t PrecisionRank(model::Precision p) {
  switch (p) {
    case model::Precision::kDecade: return 1;
    case model::Precision::kYear: return 2;
    case model::Precision::kQuarter: return 3;
    case model::Precision::kMonth: return 4;
    case model::Precision::kInterval: return 5;
    case model::Precision::kWeek: return 6;
    case model::Precision::kDay: return 7;
    case model::Precision::kTime: return 8;
    case model::Precision::kUnknown: return TimeKey::kUnknownRank;
  }
  return TimeKey::kUnknownRank;
}

namespace {

bool IsIsoDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

constexpr std::string_view kUnknownDate = "\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff";

}  // namespace

TimeKey TimeKeyOf(const model::TimeRef& t) {
  if (!IsIsoDay(t.begin)) return {};
  return {t.begin, PrecisionRank(t.precision)};
}

void PutTime(std::string* out, const TimeKey& t) {
  if (IsIsoDay(t.date)) {
    out->append(t.date);
  } else {
    out->append(kUnknownDate);
  }
  PutU8(out, t.rank);
}

bool GetTime(Reader* r, TimeKey* t) {
  std::string date;
  if (!r->Bytes(10, &date) || !r->U8(&t->rank)) return false;
  if (date == kUnknownDate) {
    t->date.clear();
  } else if (IsIsoDay(date)) {
    t->date = std::move(date);
  } else {
    return false;
  }
  return true;
}

std::string IdKey(std::string_view id) {
  std::string k;
  k.reserve(id.size() + 2);
  PutStr(&k, id);
  return k;
}

bool ParseIdKey(std::string_view key, std::string* id) {
  Reader r(key);
  return r.Str(id) && r.done();
}

namespace {

bool GetEdgeType(Reader* r, model::EdgeType* t) {
  uint8_t v;
  if (!r->U8(&v) || v < 1 || v > static_cast<uint8_t>(model::EdgeType::kReports)) return false;
  *t = static_cast<model::EdgeType>(v);
  return true;
}

bool GetItemKind(Reader* r, ItemKind* k) {
  uint8_t v;
  if (!r->U8(&v) || (v != 1 && v != 2)) return false;
  *k = static_cast<ItemKind>(v);
  return true;
}

}  // namespace

std::string EncodeEdge(std::string_view from, model::EdgeType type, std::string_view to, std::string_view owner) {
  std::string out;
  out.reserve(owner.size() + from.size() + to.size() + 7);
  PutStr(&out, from);
  PutU8(&out, static_cast<uint8_t>(type));
  PutStr(&out, to);
  PutStr(&out, owner);
  return out;
}

std::string EncodeEdge(const EdgeKey& k) { return EncodeEdge(k.from, k.type, k.to, k.owner); }

bool DecodeEdge(std::string_view key, EdgeKey* k) {
  Reader r(key);
  return r.Str(&k->from) && GetEdgeType(&r, &k->type) && r.Str(&k->to) && r.Str(&k->owner) && r.done();
}

std::string EncodeDocClaim(std::string_view doc, uint32_t start, uint32_t end, std::string_view claim) {
  std::string out;
  out.reserve(doc.size() + claim.size() + 12);
  PutStr(&out, doc);
  PutU32(&out, start);
  PutU32(&out, end);
  PutStr(&out, claim);
  return out;
}

std::string Encode(const DocClaimKey& k) { return EncodeDocClaim(k.doc, k.start, k.end, k.claim); }

bool Decode(std::string_view key, DocClaimKey* k) {
  Reader r(key);
  return r.Str(&k->doc) && r.U32(&k->start) && r.U32(&k->end) && r.Str(&k->claim) && r.done();
}

std::string EncodeDocEvent(std::string_view doc, uint32_t start, std::string_view event) {
  std::string out;
  out.reserve(doc.size() + event.size() + 8);
  PutStr(&out, doc);
  PutU32(&out, start);
  PutStr(&out, event);
  return out;
}

std::string Encode(const DocEventKey& k) { return EncodeDocEvent(k.doc, k.start, k.event); }

bool Decode(std::string_view key, DocEventKey* k) {
  Reader r(key);
  return r.Str(&k->doc) && r.U32(&k->start) && r.Str(&k->event) && r.done();
}

std::string EncodeActorClaim(std::string_view actor, Role role, const TimeKey& time, std::string_view claim) {
  std::string out;
  out.reserve(actor.size() + claim.size() + 5 + kTimeKeySize);
  PutStr(&out, actor);
  PutU8(&out, static_cast<uint8_t>(role));
  PutTime(&out, time);
  PutStr(&out, claim);
  return out;
}

std::string Encode(const ActorClaimKey& k) { return EncodeActorClaim(k.actor, k.role, k.time, k.claim); }

bool Decode(std::string_view key, ActorClaimKey* k) {
  Reader r(key);
  uint8_t role;
  if (!r.Str(&k->actor) || !r.U8(&role) || role < 1 || role > 3) return false;
  k->role = static_cast<Role>(role);
  return GetTime(&r, &k->time) && r.Str(&k->claim) && r.done();
}

std::string EncodeTimeline(std::string_view actor, const TimeKey& time, ItemKind kind, std::string_view id) {
  std::string out;
  out.reserve(actor.size() + id.size() + 5 + kTimeKeySize);
  PutStr(&out, actor);
  PutTime(&out, time);
  PutU8(&out, static_cast<uint8_t>(kind));
  PutStr(&out, id);
  return out;
}

std::string Encode(const TimelineKey& k) { return EncodeTimeline(k.actor, k.time, k.kind, k.id); }

bool Decode(std::string_view key, TimelineKey* k) {
  Reader r(key);
  return r.Str(&k->actor) && GetTime(&r, &k->time) && GetItemKind(&r, &k->kind) && r.Str(&k->id) && r.done();
}

std::string EncodeTimeIndex(const TimeKey& time, ItemKind kind, std::string_view id) {
  std::string out;
  out.reserve(id.size() + 3 + kTimeKeySize);
  PutTime(&out, time);
  PutU8(&out, static_cast<uint8_t>(kind));
  PutStr(&out, id);
  return out;
}

std::string Encode(const TimeIndexKey& k) { return EncodeTimeIndex(k.time, k.kind, k.id); }

bool Decode(std::string_view key, TimeIndexKey* k) {
  Reader r(key);
  return GetTime(&r, &k->time) && GetItemKind(&r, &k->kind) && r.Str(&k->id) && r.done();
}

std::string Encode(const AliasKey& k) {
  std::string out;
  PutStr(&out, k.term);
  PutStr(&out, k.actor);
  return out;
}

bool Decode(std::string_view key, AliasKey* k) {
  Reader r(key);
  return r.Str(&k->term) && r.Str(&k->actor) && r.done();
}

std::string Encode(const UrlKey& k) {
  std::string out;
  PutStr(&out, k.url);
  PutU32(&out, k.version);
  PutStr(&out, k.doc);
  return out;
}

bool Decode(std::string_view key, UrlKey* k) {
  Reader r(key);
  return r.Str(&k->url) && r.U32(&k->version) && r.Str(&k->doc) && r.done();
}

std::string EncodeUnit(std::string_view unit, const TimeKey& time, std::string_view claim) {
  std::string out;
  out.reserve(unit.size() + claim.size() + 4 + kTimeKeySize);
  PutStr(&out, unit);
  PutTime(&out, time);
  PutStr(&out, claim);
  return out;
}

std::string Encode(const UnitKey& k) { return EncodeUnit(k.unit, k.time, k.claim); }

bool Decode(std::string_view key, UnitKey* k) {
  Reader r(key);
  return r.Str(&k->unit) && GetTime(&r, &k->time) && r.Str(&k->claim) && r.done();
}

std::string EncodeKind(model::AttributionKind kind, const TimeKey& time, std::string_view claim) {
  std::string out;
  out.reserve(claim.size() + 3 + kTimeKeySize);
  PutU8(&out, static_cast<uint8_t>(kind));
  PutTime(&out, time);
  PutStr(&out, claim);
  return out;
}

std::string Encode(const KindKey& k) { return EncodeKind(k.kind, k.time, k.claim); }

bool Decode(std::string_view key, KindKey* k) {
  Reader r(key);
  uint8_t kind;
  if (!r.U8(&kind) || kind > static_cast<uint8_t>(model::AttributionKind::kMixed)) return false;
  k->kind = static_cast<model::AttributionKind>(kind);
  return GetTime(&r, &k->time) && r.Str(&k->claim) && r.done();
}

std::string EncodeEdgeIndex(std::string_view a, model::EdgeType type, std::string_view b, std::string_view owner) {
  return EncodeEdge(a, type, b, owner);  // the same layout
}

std::string Encode(const EdgeIndexKey& k) { return EncodeEdgeIndex(k.a, k.type, k.b, k.owner); }

bool Decode(std::string_view key, EdgeIndexKey* k) {
  Reader r(key);
  return r.Str(&k->a) && GetEdgeType(&r, &k->type) && r.Str(&k->b) && r.Str(&k->owner) && r.done();
}

std::string Encode(const ClaimStatusKey& k) {
  std::string out;
  PutStr(&out, k.status);
  PutStr(&out, k.doc);
  PutStr(&out, k.claim);
  return out;
}

bool Decode(std::string_view key, ClaimStatusKey* k) {
  Reader r(key);
  return r.Str(&k->status) && r.Str(&k->doc) && r.Str(&k->claim) && r.done();
}

std::string Encode(const ClaimVersionKey& k) {
  std::string out;
  PutStr(&out, k.claim);
  PutU32(&out, k.version);
  return out;
}

bool Decode(std::string_view key, ClaimVersionKey* k) {
  Reader r(key);
  return r.Str(&k->claim) && r.U32(&k->version) && r.done();
}

bool IsWellFormed(Cf cf, std::string_view key) {
  switch (cf) {
    case Cf::kMeta: return false;
    case Cf::kDocuments:
    case Cf::kTexts:
    case Cf::kClaims:
    case Cf::kEvents:
    case Cf::kActors: {
      std::string id;
      return ParseIdKey(key, &id);
    }
    case Cf::kEdges: {
      EdgeKey k;
      return DecodeEdge(key, &k);
    }
    case Cf::kIdxDocClaims: { DocClaimKey k; return Decode(key, &k); }
    case Cf::kIdxDocEvents: { DocEventKey k; return Decode(key, &k); }
    case Cf::kIdxActorClaims: { ActorClaimKey k; return Decode(key, &k); }
    case Cf::kIdxTimeline: { TimelineKey k; return Decode(key, &k); }
    case Cf::kIdxTime: { TimeIndexKey k; return Decode(key, &k); }
    case Cf::kIdxAlias: { AliasKey k; return Decode(key, &k); }
    case Cf::kIdxUrl: { UrlKey k; return Decode(key, &k); }
    case Cf::kIdxUnit: { UnitKey k; return Decode(key, &k); }
    case Cf::kIdxKind: { KindKey k; return Decode(key, &k); }
    case Cf::kIdxEdgesOut:
    case Cf::kIdxEdgesIn: { EdgeIndexKey k; return Decode(key, &k); }
    case Cf::kClaimState: {
      std::string id;
      return ParseIdKey(key, &id);
    }
    case Cf::kClaimVersions: { ClaimVersionKey k; return Decode(key, &k); }
    case Cf::kIdxClaimStatus: { ClaimStatusKey k; return Decode(key, &k); }
    case Cf::kIdxSaid: { TimelineKey k; return Decode(key, &k); }
    case Cf::kPropositions: {
      PropMemberKey k;
      std::string id;
      return Decode(key, &k) || ParseIdKey(key, &id);
    }
    case Cf::kIdxClaimProp: {
      std::string id;
      return ParseIdKey(key, &id);
    }
    case Cf::kIdxLsh: { LshKey k; return Decode(key, &k); }
    case Cf::kIdxDisputes: { EdgeIndexKey k; return Decode(key, &k); }
  }
  return false;
}

std::string CounterKey(std::string_view entity) { return "count/" + std::string(entity); }

std::string EncodeFormat(uint32_t version) {
  std::string out(kMagic);
  PutU32(&out, version);
  return out;
}

std::optional<uint32_t> DecodeFormat(std::string_view value) {
  if (value.size() != kMagic.size() + 4 || value.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  Reader r(value.substr(kMagic.size()));
  uint32_t v;
  if (!r.U32(&v)) return std::nullopt;
  return v;
}

namespace {

constexpr char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int B64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

std::string Base64Url(std::string_view in) {
  std::string out;
  out.reserve((in.size() * 4 + 2) / 3);
  uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    acc = (acc << 8) | static_cast<uint8_t>(c);
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kB64[(acc >> bits) & 63]);
    }
  }
  if (bits > 0) out.push_back(kB64[(acc << (6 - bits)) & 63]);
  return out;
}

bool FromBase64Url(std::string_view in, std::string* out) {
  out->clear();
  if (in.size() % 4 == 1) return false;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : in) {
    int v = B64Value(c);
    if (v < 0) return false;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out->push_back(static_cast<char>((acc >> bits) & 0xff));
    }
  }
  // Leftover bits must be zero, so each cursor has exactly one spelling.
  return (acc & ((1u << bits) - 1)) == 0;
}

}  // namespace

std::string EncodeCursor(Cf cf, std::string_view last_key) {
  std::string raw;
  PutU8(&raw, kCursorVersion);
  PutU8(&raw, static_cast<uint8_t>(cf));
  raw.append(last_key);
  return Base64Url(raw);
}

bool DecodeCursor(std::string_view cursor, Cf* cf, std::string* last_key) {
  std::string raw;
  if (!FromBase64Url(cursor, &raw) || raw.size() < 2) return false;
  if (static_cast<uint8_t>(raw[0]) != kCursorVersion) return false;
  auto c = static_cast<uint8_t>(raw[1]);
  if (c >= kNumCfs) return false;
  *cf = static_cast<Cf>(c);
  *last_key = raw.substr(2);
  return true;
}

std::string PrefixEnd(std::string_view prefix) {
  std::string end(prefix);
  while (!end.empty()) {
    auto c = static_cast<uint8_t>(end.back());
    if (c != 0xff) {
      end.back() = static_cast<char>(c + 1);
      return end;
    }
    end.pop_back();
  }
  return end;
}

}  // namespace claimkb::store::keys
