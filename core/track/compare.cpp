#include "core/track/compare.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "core/track/minhash.h"

namespace claimkb::track {

namespace {

// Content words must overlap this much (Jaccard), or one wording must nearly
// contain the other, for two claims to be about the same thing.
constexpr double kSameJaccard = 0.5;
constexpr double kContainJaccard = 0.4;
constexpr double kContainment = 0.8;
constexpr size_t kContainMinWords = 4;

std::string Join(const std::vector<std::string>& v, size_t max = 8) {
  std::string out;
  for (size_t i = 0; i < v.size() && i < max; ++i) {
    if (i) out += ", ";
    out += v[i];
  }
  if (v.size() > max) out += ", ...";
  return out;
}

std::string Fixed2(double d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", d);
  return buf;
}

// Counts of people and bare numbers measure the same kind of thing.
std::string UnitClass(const Figure& f) {
  if (f.unit == "people" || f.unit == "count" || f.unit == "persons") return "count";
  return f.unit;
}

std::map<std::string, std::set<std::string>> ByUnit(const std::vector<Figure>& fs) {
  std::map<std::string, std::set<std::string>> out;
  for (const auto& f : fs) out[UnitClass(f)].insert(f.value);
  return out;
}

std::string JoinSet(const std::set<std::string>& s) {
  return Join(std::vector<std::string>(s.begin(), s.end()));
}

// The words plus the claim's figures and day dates as tokens: a shared number
// and a shared date are strong evidence that two wordings report one thing.
std::vector<std::string> Anchored(const Normalized& n) {
  std::vector<std::string> out = n.words;
  for (const auto& f : n.figures) out.push_back("#" + f.value);
  for (const auto& d : n.dates) out.push_back("@" + d);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool Similar(const std::vector<std::string>& a, const std::vector<std::string>& b, double jaccard) {
  const size_t smaller = std::min(a.size(), b.size());
  return smaller >= 2 && (jaccard >= kSameJaccard || (smaller >= kContainMinWords && jaccard >= kContainJaccard &&
                                                      Containment(a, b) >= kContainment));
}

}  // namespace

Verdict Compare(const Normalized& a, const Normalized& b) {
  Verdict v;
  v.similarity = Jaccard(a.words, b.words);
  const auto aa = Anchored(a), ab = Anchored(b);
  const double anchored = Jaccard(aa, ab);
  // Words alone decide disputes (the figures differ there); words with agreeing anchors decide sameness.
  if (!Similar(a.words, b.words, v.similarity) && !Similar(aa, ab, anchored)) return v;
  v.similarity = std::max(v.similarity, anchored);
  const std::string shared = "(shared: " + Join(Shared(a.words, b.words)) + "; jaccard " + Fixed2(v.similarity) + ")";
  if (!a.subjects.empty() && !b.subjects.empty() && Shared(a.subjects, b.subjects).empty()) {
    v.why = "different subjects: " + Join(a.subjects) + " vs " + Join(b.subjects);
    return v;
  }

  // Conflicts make a dispute whoever the sources are: one source contradicting another is the point.
  const auto fa = ByUnit(a.figures), fb = ByUnit(b.figures);
  for (const auto& [unit, values] : fa) {
    auto it = fb.find(unit);
    if (it == fb.end() || it->second == values) continue;
    v.relation = Relation::kDisputes;
    v.rule = "conflicting_numbers";
    v.why = v.rule + ": " + JoinSet(values) + " vs " + JoinSet(it->second) + " " + shared;
    return v;
  }
  if (!a.dates.empty() && !b.dates.empty() && Shared(a.dates, b.dates).empty()) {
    v.relation = Relation::kDisputes;
    v.rule = "conflicting_dates";
    v.why = v.rule + ": " + Join(a.dates) + " vs " + Join(b.dates) + " " + shared;
    return v;
  }
  if (a.negated != b.negated) {
    const auto& neg = a.negated ? a : b;
    v.relation = Relation::kDisputes;
    v.rule = "negation";
    v.why = v.rule + ": " + (neg.negators.empty() ? std::string("negated stance") : Join(neg.negators)) + " " + shared;
    return v;
  }
  if (fa != fb) {
    v.why = "numbers differ in kind " + shared;
    return v;
  }
  if (a.attributed && b.attributed && Shared(a.sources, b.sources).empty()) {
    v.why = "different sources: " + Join(a.sources) + " vs " + Join(b.sources) + " " + shared;
    return v;
  }
  const bool same_source = a.attributed && b.attributed;  // sources shared, checked above
  // One names who it is about and the other does not ("Trump has not..." vs
  // "She has not..."): only a shared source ties them together.
  if (a.subjects.empty() != b.subjects.empty() && !same_source) {
    v.why = "only one names its subject " + shared;
    return v;
  }
  // Two or three words are too few to stand alone: the same named source must back both.
  if (std::min(aa.size(), ab.size()) < 3 && (!a.attributed || !b.attributed)) {
    v.why = "too few words without a shared source " + shared;
    return v;
  }
  auto unproven = [](const Normalized& n) { return n.evidence == "none_offered" || n.evidence == "disputed"; };
  if (unproven(a) != unproven(b)) {
    v.relation = Relation::kDisputes;
    v.rule = "lacks_evidence";
    v.why = v.rule + ": evidence " + (unproven(a) ? a.evidence : b.evidence) + " " + shared;
    return v;
  }
  v.relation = Relation::kSame;
  v.rule = "same_proposition";
  v.why = v.rule + " " + shared;
  return v;
}

}  // namespace claimkb::track
