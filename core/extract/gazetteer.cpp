#include "core/extract/gazetteer.h"

#include "core/extract/names.h"
#include "core/extract/text.h"

namespace claimkb::extract {
namespace data {
extern const char kGazetteerTsv[];
}  // namespace data

namespace {

std::vector<std::string> List(std::string_view field) {
  std::vector<std::string> out;
  if (field.empty()) return out;
  for (std::string_view v : Split(field, '|'))
    if (!v.empty()) out.emplace_back(v);
  return out;
}

std::string_view DropArticle(std::string_view s) {
  if (s.starts_with("the ") || s.starts_with("The ")) return s.substr(4);
  return s;
}

}  // namespace

uint64_t HashTokenStep(uint64_t h, std::string_view token) {
  for (unsigned char c : token) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= 0x1f;
  h *= 1099511628211ull;
  return h;
}

Gazetteer::Gazetteer() {
  std::string_view all(data::kGazetteerTsv);
  for (std::string_view line : Split(all, '\n')) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> f = Split(line, '\t');
    f.resize(9);
    GazEntry e;
    e.name = std::string(f[1]);
    if (e.name.empty()) continue;
    e.skip = f[2] == "skip";
    e.platform = f[2] == "platform";
    e.type = e.skip       ? model::ActorType::kOther
             : e.platform ? model::ActorType::kOrganization
                          : model::ActorTypeFrom(f[2]).value_or(model::ActorType::kOther);
    e.id = f[0].empty() ? model::Slug(e.name) : std::string(f[0]);
    e.aliases = List(f[3]);
    e.titles = List(f[4]);
    e.country = std::string(f[5]);
    e.wikidata = std::string(f[8]);
    uint32_t idx = static_cast<uint32_t>(entries_.size());
    by_id_.emplace(e.id, idx);
    AddSurface(e.name, idx, AliasKind::kName);
    for (const auto& a : e.aliases) AddSurface(DropArticle(a), idx, AliasKind::kName);
    for (const auto& d : List(f[6])) AddSurface(d, idx, AliasKind::kDemonym);
    for (const auto& c : List(f[7])) AddSurface(c, idx, AliasKind::kCapital);
    entries_.push_back(std::move(e));
  }
}

void Gazetteer::AddSurface(std::string_view surface, uint32_t entry, AliasKind kind) {
  std::vector<Token> toks = Tokenize(surface, Range{0, surface.size()});
  if (toks.empty()) return;
  uint64_t h = kTokenHashSeed;
  std::string joined;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (i > 0) {
      prefixes_[h] = true;
      MarkKnown(h);
      joined += '\x1f';
    }
    h = HashTokenStep(h, toks[i].text);
    joined.append(toks[i].text);
  }
  // The first entry to claim a surface keeps it, except that a name beats a
  // demonym or capital of another entry ("Brussels" is the EU's before Belgium's).
  auto it = surfaces_.find(h);
  if (it != surfaces_.end() && !(kind == AliasKind::kName && it->second.kind != AliasKind::kName)) return;
  surfaces_[h] = Surface{entry, kind, static_cast<uint32_t>(toks.size()), std::move(joined)};
  MarkKnown(h);
  if (toks.size() > max_tokens_) max_tokens_ = toks.size();
}

const Gazetteer& Gazetteer::Get() {
  static const Gazetteer gazetteer;
  return gazetteer;
}

std::optional<GazMatch> Gazetteer::Match(const std::string_view* keys, size_t n) const {
  std::optional<GazMatch> best;
  uint64_t h = kTokenHashSeed;
  for (size_t k = 0; k < n && k < max_tokens_; ++k) {
    h = HashTokenStep(h, keys[k]);
    if (!MayBeKnown(h)) break;
    auto it = surfaces_.find(h);
    if (it != surfaces_.end() && it->second.tokens == k + 1) {
      // Confirm: hash collisions must not invent actors.
      std::string_view joined = it->second.joined;
      bool same = true;
      size_t pos = 0;
      for (size_t j = 0; j <= k && same; ++j) {
        if (j > 0) same = pos < joined.size() && joined[pos++] == '\x1f';
        same = same && joined.substr(pos, keys[j].size()) == keys[j];
        pos += keys[j].size();
      }
      if (same && pos == joined.size()) best = GazMatch{it->second.entry, it->second.kind, static_cast<uint32_t>(k + 1)};
    }
    if (!prefixes_.count(h)) break;
  }
  return best;
}

std::optional<uint32_t> Gazetteer::Find(std::string_view id) const {
  auto it = by_id_.find(id);
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

std::optional<uint32_t> Gazetteer::PersonWithTitle(std::string_view title_lower, std::string_view country_id) const {
  for (uint32_t i = 0; i < entries_.size(); ++i) {
    const GazEntry& e = entries_[i];
    if (e.type != model::ActorType::kPerson || e.country != country_id) continue;
    for (const auto& t : e.titles)
      if (AsciiLower(t) == title_lower) return i;
  }
  return std::nullopt;
}

}  // namespace claimkb::extract
