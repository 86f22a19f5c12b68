#include "core/extract/actor_scope.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "core/base/word_table.h"

namespace claimkb::extract {

namespace {

// An actor known only by a description ("a top Venezuelan official", "the
// letter", "officials") is this document's own: the same words in another
// article are most likely someone else. Named actors are shared by id.
bool Described(const model::Actor& a) {
  if (a.type == model::ActorType::kDocument) return true;
  unsigned char lead = a.name.empty() ? 'A' : static_cast<unsigned char>(a.name[0]);
  if (std::islower(lead) || std::isdigit(lead)) return true;  // "officials", "61 percent"
  for (const std::string& alias : a.aliases) {
    if (alias.rfind("a ", 0) == 0 || alias.rfind("A ", 0) == 0 || alias.rfind("an ", 0) == 0 ||
        alias.rfind("An ", 0) == 0)
      return true;
  }
  return false;
}

}  // namespace

void ScopeDescribedActors(model::Extraction& x, const std::vector<Provenance>& provenance) {
  const std::string key = x.document.id.substr(0, 8);
  std::map<std::string, std::string> renamed;
  std::map<std::string, std::string> names;
  for (const auto& a : x.actors) names[a.id] = a.name;
  for (auto& a : x.actors) {
    if (!Described(a) || a.id == x.document.id) continue;
    for (const Provenance& p : provenance) {
      if (p.document == a.id && !p.author.empty() && names.count(p.author)) {
        if (std::find(a.aliases.begin(), a.aliases.end(), a.name) == a.aliases.end()) a.aliases.push_back(a.name);
        a.name = names[p.author] + "\u2019s " + a.name;
      }
    }
    std::string id = model::Slug(a.name) + "-" + key;
    renamed[a.id] = id;
    a.id = std::move(id);
  }
  if (renamed.empty()) return;
  auto fix = [&](std::string& id) {
    if (auto it = renamed.find(id); it != renamed.end()) id = it->second;
  };
  auto fix_all = [&](std::vector<std::string>& ids) { std::for_each(ids.begin(), ids.end(), fix); };
  for (auto& c : x.claims) {
    fix_all(c.attribution.speakers);
    fix_all(c.attribution.via);
    fix_all(c.actors);
  }
  for (auto& e : x.events) {
    fix_all(e.agents);
    fix_all(e.patients);
    fix(e.place);
  }
}

bool ProperName(std::string_view name) {
  static const WordSet kConnectors = {"of", "for", "and", "the", "on", "de", "del",
                                      "da", "du",  "la",  "van", "von", "al", "&"};
  bool any = false;
  for (size_t p = 0; p < name.size();) {
    size_t q = name.find(' ', p);
    if (q == std::string_view::npos) q = name.size();
    std::string_view w = name.substr(p, q - p);
    p = q + 1;
    if (w.empty()) continue;
    unsigned char c = static_cast<unsigned char>(w[0]);
    bool cap = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0xC3;
    if (!cap && !kConnectors.Contains(w)) return false;
    // An owner's: "Trump’s supporters".
    if ((w.ends_with("\u2019s") || w.ends_with("'s")) && p < name.size()) return false;
    any = any || cap;
  }
  return any;
}

void DropSilentDescriptions(const ActorTable& actors, SourceResolver& sources, model::Extraction& x) {
  WordSet speaking;
  for (const auto& c : x.claims) {
    for (const std::string& id : c.attribution.speakers) speaking.Add(id);
    for (const std::string& id : c.attribution.via) speaking.Add(id);
  }
  WordSet silent;
  for (size_t i = 0; i < actors.actors().size(); ++i)
    if (!actors.Named(i) && !ProperName(actors.actors()[i].name) && !speaking.Contains(actors.actors()[i].id))
      silent.Add(actors.actors()[i].id);
  for (const auto& a : sources.own())
    if (!ProperName(a.name) && !speaking.Contains(a.id)) silent.Add(a.id);
  if (silent.size() == 0) return;
  auto keep = [&](std::vector<std::string>& ids) {
    std::erase_if(ids, [&](const std::string& id) { return silent.Contains(id); });
  };
  for (auto& c : x.claims) keep(c.actors);
  for (auto& e : x.events) {
    keep(e.agents);
    keep(e.patients);
    if (silent.Contains(e.place)) e.place.clear();
  }
}

}  // namespace claimkb::extract
