#include "core/track/compare.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string_view>

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

template <typename T>
size_t CountShared(const std::vector<T>& a, const std::vector<T>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) {
      ++n, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

// Two token sets by size and overlap.
struct Overlap {
  size_t a = 0, b = 0, shared = 0;
  size_t smaller() const { return std::min(a, b); }
  double Jaccard() const { return a + b == 0 ? 0 : static_cast<double>(shared) / static_cast<double>(a + b - shared); }
  double Containment() const {
    return smaller() == 0 ? 0 : static_cast<double>(shared) / static_cast<double>(smaller());
  }
};

std::vector<std::string_view> FigureValues(const Normalized& n) {
  std::vector<std::string_view> out;
  out.reserve(n.figures.size());
  for (const auto& f : n.figures) out.push_back(f.value);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The words plus the claim's figures ("#11") and day dates ("@2025-09-05") as
// one token set: a shared number and a shared date are strong evidence that
// two wordings report one thing. Words never start with '#' or '@', so the
// three kinds never collide and the set is counted without being built.
Overlap Anchored(const Normalized& a, const Normalized& b, size_t shared_words) {
  const auto fa = FigureValues(a), fb = FigureValues(b);
  return {a.words.size() + fa.size() + a.dates.size(), b.words.size() + fb.size() + b.dates.size(),
          shared_words + CountShared(fa, fb) + CountShared(a.dates, b.dates)};
}

bool Similar(const Overlap& o) {
  return o.smaller() >= 2 && (o.Jaccard() >= kSameJaccard || (o.smaller() >= kContainMinWords &&
                                                             o.Jaccard() >= kContainJaccard &&
                                                             o.Containment() >= kContainment));
}

}  // namespace

Verdict Compare(const Normalized& a, const Normalized& b, bool explain_unrelated) {
  Verdict v;
  const Overlap words{a.words.size(), b.words.size(), CountShared(a.words, b.words)};
  const Overlap anchored = Anchored(a, b, words.shared);
  v.similarity = words.Jaccard();
  // Words alone decide disputes (the figures differ there); words with agreeing anchors decide sameness.
  if (!Similar(words) && !Similar(anchored)) return v;
  v.similarity = std::max(v.similarity, anchored.Jaccard());
  const auto shared = [&] {
    return "(shared: " + Join(Shared(a.words, b.words)) + "; jaccard " + Fixed2(v.similarity) + ")";
  };
  // An unrelated verdict, explained when the caller wants it.
  const auto unrelated = [&](auto&& explain) {
    if (explain_unrelated) v.why = explain();
    return v;
  };
  if (!a.subjects.empty() && !b.subjects.empty() && CountShared(a.subjects, b.subjects) == 0)
    return unrelated([&] { return "different subjects: " + Join(a.subjects) + " vs " + Join(b.subjects); });

  // Conflicts make a dispute whoever the sources are: one source contradicting another is the point.
  const auto fa = ByUnit(a.figures), fb = ByUnit(b.figures);
  for (const auto& [unit, values] : fa) {
    auto it = fb.find(unit);
    if (it == fb.end() || it->second == values) continue;
    v.relation = Relation::kDisputes;
    v.rule = "conflicting_numbers";
    v.why = v.rule + ": " + JoinSet(values) + " vs " + JoinSet(it->second) + " " + shared();
    return v;
  }
  if (!a.dates.empty() && !b.dates.empty() && CountShared(a.dates, b.dates) == 0) {
    v.relation = Relation::kDisputes;
    v.rule = "conflicting_dates";
    v.why = v.rule + ": " + Join(a.dates) + " vs " + Join(b.dates) + " " + shared();
    return v;
  }
  if (a.negated != b.negated) {
    const auto& neg = a.negated ? a : b;
    v.relation = Relation::kDisputes;
    v.rule = "negation";
    v.why = v.rule + ": " + (neg.negators.empty() ? std::string("negated stance") : Join(neg.negators)) + " " + shared();
    return v;
  }
  if (fa != fb) return unrelated([&] { return "numbers differ in kind " + shared(); });
  if (a.attributed && b.attributed && CountShared(a.sources, b.sources) == 0)
    return unrelated([&] { return "different sources: " + Join(a.sources) + " vs " + Join(b.sources) + " " + shared(); });
  const bool same_source = a.attributed && b.attributed;  // sources shared, checked above
  // One names who it is about and the other does not ("Trump has not..." vs
  // "She has not..."): only a shared source ties them together.
  if (a.subjects.empty() != b.subjects.empty() && !same_source)
    return unrelated([&] { return "only one names its subject " + shared(); });
  // Two or three words are too few to stand alone: the same named source must back both.
  if (anchored.smaller() < 3 && (!a.attributed || !b.attributed))
    return unrelated([&] { return "too few words without a shared source " + shared(); });
  auto unproven = [](const Normalized& n) { return n.evidence == "none_offered" || n.evidence == "disputed"; };
  if (unproven(a) != unproven(b)) {
    v.relation = Relation::kDisputes;
    v.rule = "lacks_evidence";
    v.why = v.rule + ": evidence " + (unproven(a) ? a.evidence : b.evidence) + " " + shared();
    return v;
  }
  v.relation = Relation::kSame;
  v.rule = "same_proposition";
  v.why = v.rule + " " + shared();
  return v;
}

}  // namespace claimkb::track
