#include "core/extract/quantities.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/extract/quantities_recogniser.h"
#include "core/extract/times.h"
#include "core/extract/units.h"

namespace claimkb::extract {

namespace quantity {

Recogniser::Recogniser(std::string_view text, const std::vector<Tok>& toks, const std::vector<model::Span>& time_spans)
    : text_(text), toks_(toks) {
  blocked_.assign(toks_.size(), false);
  for (const Tok& t : toks_) {
    if (t.kind != scan::Kind::kSymbol) continue;
    dollars_ |= t.IsSym('$');
    sterling_ |= t.IsSym("\xC2\xA3");
  }
  // Dates, years and times of day are not quantities.
  size_t k = 0;
  for (const model::Span& t : time_spans) {
    while (k < toks_.size() && toks_[k].end <= t.start) ++k;
    for (size_t j = k; j < toks_.size() && toks_[j].begin < t.end; ++j) blocked_[j] = true;
  }
}

std::vector<model::Quantity> Recogniser::Run() {
  for (size_t i = 0; i < toks_.size();) {
    size_t next = i + 1;
    if (!blocked_[i]) Try(i, &next);
    i = next;
  }
  ShareListUnits();
  return std::move(out_);
}

void Recogniser::Try(size_t i, size_t* next) {
  const Tok& t = toks_[i];
  if (t.IsWord() ? !units::MayStartQuantity(t.text) : (t.kind == scan::Kind::kSymbol && !t.IsDash() &&
                                                         !units::CurrencySign(t.text) &&
                                                         !numbers::VulgarFraction(t.text)))
    return;
  double fraction = 0;
  size_t frac_last = 0;
  if (Fraction(i, &fraction, &frac_last)) {
    Item it;
    it.first = it.num_first = i;
    it.q.value = fraction;
    it.q.unit = "count";
    std::string unit;
    bool per = false;
    numbers::Number dummy;
    size_t unit_last = frac_last;
    unit = UnitAfter(frac_last + 1, nullptr, dummy, &unit_last, &per);
    if (!unit.empty()) it.q.unit = unit, frac_last = unit_last;
    it.last = frac_last;
    size_t b = toks_[i].begin, e = toks_[frac_last].end;
    it.q.text = std::string(text_.substr(b, e - b));
    it.q.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    items_.push_back(std::move(it));
    *next = frac_last + 1;
    return;
  }
  // "minus 5", "minus-5 yards", "-3.5%", "$-50.8bn"
  bool negative = false;
  size_t sign_at = i;
  if (Is(i, "minus") && i + 1 < toks_.size()) {
    size_t k = i + 1;
    if (toks_[k].IsDash() && Glued(k)) ++k;
    if (k < toks_.size() && toks_[k].IsNumber()) negative = true, i = k;
  } else if (toks_[i].IsDash() && toks_[i].space_before && i + 1 < toks_.size() && toks_[i + 1].IsNumber() &&
             Glued(i + 1)) {
    negative = true;
    ++i;
  }
  TryAt(i, negative ? sign_at : i, negative, next);
}

bool Recogniser::StandsAlone(size_t num_at, size_t last) const {
  size_t after = last + 1;
  bool compound = after < toks_.size() && toks_[after].IsDash() && Glued(after);
  if (num_at > 0 && (Is(num_at - 1, "a") || Is(num_at - 1, "an")) && !compound) return true;
  return after < toks_.size() && (toks_[after].IsSym(',') || toks_[after].IsSym('.') || toks_[after].IsSym(';') ||
                                  toks_[after].IsSym(':'));
}

void Recogniser::TryAt(size_t i, size_t start, bool negative, size_t* next) {
  size_t num_at = i;
  const char* currency = CurrencyBefore(i, &num_at);
  if (!currency && !toks_[i].IsNumber() && !toks_[i].IsWord() && !numbers::VulgarFraction(toks_[i].text)) return;
  if (currency && num_at + 1 < toks_.size() && toks_[num_at].IsDash() && Glued(num_at) && Glued(num_at + 1) &&
      toks_[num_at + 1].IsNumber()) {
    negative = true;  // "$-50.8bn"
    ++num_at;
  }
  if (currency && (num_at >= toks_.size() || blocked_[num_at])) return;
  auto n = numbers::ParseAt(toks_, num_at, currency != nullptr);
  if (!n) return;
  const Tok& nt = toks_[num_at];
  char buf[24];

  if (nt.IsNumber()) {
    // Ordinals (21st), names (G7, COVID-19, S23), clock times (9:35), versions.
    if (Word(num_at + 1) && Glued(num_at + 1)) {
      std::string_view s = Lower(num_at + 1, buf, sizeof(buf));
      if (s == "st" || s == "nd" || s == "rd" || s == "th" || (s == "d" && !currency)) {  // "3D", "3d Division"
        *next = num_at + 2;
        return;
      }
    }
    if (!currency && (ListMarker(num_at, n->last) || Resolution(num_at, *n) ||
                      (nt.text.size() > 1 && nt.text.find_first_not_of('0') == std::string_view::npos))) {
      *next = n->last + 1;
      return;
    }
    if (!currency && IsCode(num_at, n->last)) {
      size_t e = n->last + 1;
      while (e < toks_.size() && Glued(e)) ++e;  // the rest of the code
      *next = e;
      return;
    }
    if (!currency && num_at > 0 && !nt.space_before) {
      const Tok& p = toks_[num_at - 1];
      if (p.IsWord() || p.IsNumber() || p.IsSym('#') || p.IsSym('/') || p.IsSym(':') || p.IsSym('.') ||
          (p.IsDash() && num_at > 1 && !p.space_before && toks_[num_at - 2].IsWord() &&
           !Is(num_at - 2, "sub") && !Is(num_at - 2, "over") && !Is(num_at - 2, "under") &&
           !Is(num_at - 2, "minus"))) {
        *next = n->last + 1;
        return;
      }
    }
    if (num_at + 1 < toks_.size() && (toks_[num_at + 1].IsSym(':') || toks_[num_at + 1].IsSym('/')) &&
        Glued(num_at + 1) && num_at + 2 < toks_.size() && toks_[num_at + 2].IsNumber() && Glued(num_at + 2)) {
      *next = num_at + 3;
      return;
    }
    if (ClockAfter(n->last + 1)) {
      *next = n->last + 2;
      return;
    }
    bool no_dot = num_at > 1 && toks_[num_at - 1].IsSym('.') && Is(num_at - 2, "no");  // "No. 2"
    if (num_at > 0 && (Is(num_at - 1, "no") || no_dot || toks_[num_at - 1].IsSym('#')) && !currency) {
      *next = n->last + 1;
      return;
    }
  } else if (n->value == 1 && !n->scaled) {
    // "one" as a pronoun or an article-like use.
    if (num_at > 0 && Word(num_at - 1) && BlocksOne(Lower(num_at - 1, buf, sizeof(buf)))) return;
    // "a substantial one", "the now-infamous one which": an adjective between article and "one".
    if (num_at > 1 && Word(num_at - 1) && !toks_[num_at - 1].cap && !IsLabelNoun(Lower(num_at - 1, buf, sizeof(buf))) &&
        (Is(num_at - 2, "a") || Is(num_at - 2, "an") || Is(num_at - 2, "the") || toks_[num_at - 2].IsDash()))
      return;
    if (Is(n->last + 1, "which") || Is(n->last + 1, "whose")) return;
    // "one needs to", "one can see": the generic pronoun.
    if (Word(n->last + 1) && GenericOneVerb(Lower(n->last + 1, buf, sizeof(buf)))) return;
    if (StandsAlone(num_at, n->last)) return;
    if (Is(num_at + 1, "another") || Is(num_at + 1, "way") || Is(num_at + 1, "thing")) return;
    // "one of the poorest countries", "one of which": membership, not a count.
    if (Is(n->last + 1, "of")) return;
  }
  if (nt.IsWord() && n->value == 0 && !currency && StandsAlone(num_at, n->last)) return;  // "near zero."
  // "thousands of tourists", "hundreds of millions of dollars": a size, not a
  // number anyone reported (news gold lists none; CQE's NewsQuant does).
  if (n->high && n->words) return;

  // "a thing or two", "every year or two": an idiom for a few, no count.
  if (!currency && nt.IsWord() && n->value == 2 && num_at > 2 && Is(num_at - 1, "or") && Word(num_at - 2) &&
      (Is(num_at - 3, "a") || Is(num_at - 3, "an") || Is(num_at - 3, "every") || Is(num_at - 3, "each")))
    return;
  if (!currency && nt.IsWord()) {
    // Number words in names ("BBC One") and idioms ("one-off", "two-way"); compounds
    // such as "six-month" and "four-cylinder" count.
    if (nt.cap && !SentenceStart(num_at)) return;
    if (num_at > 0 && toks_[num_at - 1].IsDash() && !nt.space_before) return;
    size_t after = n->last + 1;
    if (after + 1 < toks_.size() && toks_[after].IsDash() && Glued(after) && Word(after + 1) && Glued(after + 1) &&
        !(after + 3 < toks_.size() && toks_[after + 2].IsDash() && Is(after + 3, "old")) &&
        !CompoundUnit(after + 1) && (n->value == 1 || Is(after + 1, "way") || Is(after + 1, "fold")))
      return;
  }
  // A currency sign after the number: "1,200€".
  if (!currency && n->last + 1 < toks_.size() && toks_[n->last + 1].kind == scan::Kind::kSymbol) {
    if (const char* code = units::CurrencySign(toks_[n->last + 1].text); code && Glued(n->last + 1)) {
      currency = code;
      n->last += 1;
    }
  }

  Item it;
  it.first = start;
  it.num_first = num_at;
  it.q.value = negative ? -n->value : n->value;
  it.q.high = n->high;
  size_t last = n->last;

  // Unit right after the first number ("5% to 10%", "4.8 percent to 4.7 percent").
  bool per = false;
  size_t unit_last = last;
  std::string unit = UnitAfter(last + 1, currency, *n, &unit_last, &per);
  if (!unit.empty()) last = unit_last;

  // Range: "5-6 kg", "10 to 20", "between 10 and 20", "$10 to $15 billion".
  size_t age_lead = AgeLead(num_at);
  bool between = (i > 0 && Is(i - 1, "between")) ||
                 (age_lead > 1 && (Is(age_lead - 1, "between") || (Is(age_lead - 1, "the") && Is(age_lead - 2, "between"))));
  bool by_before = i > 0 && Is(i - 1, "by");
  size_t c = last + 1;
  bool connector = c < toks_.size() && !n->high &&
                   ((toks_[c].IsDash() && (nt.IsNumber() || !toks_[c].space_before) &&
                     !(toks_[c].space_before && Glued(c + 1))) ||  // "Stoxx 50 -1.3%": a sign
                    (Is(c, "to") && !by_before) || (Is(c, "and") && between) || Is(c, "or"));
  if (connector) {
    size_t r = c + 1;
    size_t r_num = r;
    const char* cur2 = CurrencyBefore(r, &r_num);
    if (r < toks_.size() && !(cur2 && currency && std::string_view(cur2) != currency) &&
        !(cur2 && !currency) && r_num < toks_.size() && !blocked_[r_num] &&
        (toks_[r_num].IsNumber() == nt.IsNumber() || Is(c, "to") || Is(c, "and"))) {
      auto m = numbers::ParseAt(toks_, r_num, currency != nullptr);
      if (m && !m->high && !(toks_[c].IsDash() && toks_[r_num].IsNumber() && Word(m->last + 1) &&
                             Glued(m->last + 1) && toks_[m->last + 1].text.size() <= 2 &&
                             (Is(m->last + 1, "th") || Is(m->last + 1, "st") || Is(m->last + 1, "nd") ||
                              Is(m->last + 1, "rd")))) {
        bool phone = toks_[r_num].IsNumber() && m->last + 1 < toks_.size() && toks_[m->last + 1].IsDash() &&
                     Glued(m->last + 1) && m->last + 2 < toks_.size() && toks_[m->last + 2].IsNumber();
        if (phone) {
          *next = m->last + 3;
          return;
        }
        size_t u2_last = m->last;
        bool per2 = false;
        std::string unit2 = UnitAfter(m->last + 1, currency, *m, &u2_last, &per2);
        bool equal_ends = toks_[c].IsDash() && m->value == it.q.value;  // a score "2-2", not a range
        // "four or five buyers" is a rough range; "1 or 100" are alternatives.
        bool rough = !Is(c, "or") || (m->value > it.q.value && m->value <= 2 * it.q.value + 1 && !m->scaled &&
                                      !n->scaled);
        if ((unit.empty() || unit == unit2) && !equal_ends && rough) {
          double low = it.q.value;
          // "$10 to $15 billion" shares the scale; "$800,000 to $1.3 million" does not.
          if (!n->scaled && m->scaled && low < 10 * (m->value / m->scale)) low *= m->scale;
          it.q.value = low;
          it.q.high = m->value;
          last = unit2.empty() ? m->last : u2_last;
          if (unit.empty()) unit = unit2, per = per2;
        }
      }
    }
  }

  // Money keeps its currency; a price per something ("$58 a barrel") says
  // what it is per in `counts` ("per barrel").
  if (currency) {
    unit = currency;
    size_t j = last + 1;
    if ((Is(j, "a") || Is(j, "an") || Is(j, "per") || (j < toks_.size() && toks_[j].IsSym('/'))) && Word(j + 1)) {
      std::string_view w = Lower(j + 1, buf, sizeof(buf));
      bool timeline = Is(j + 2, "earlier") || Is(j + 2, "ago") || Is(j + 2, "later") || Is(j + 2, "before");
      if (IsPerNoun(w) && !timeline) {
        last = j + 1;
        per = true;
        char b2[24];
        if ((w == "square" || w == "sq") && Word(j + 2) && units::MeasureUnit(Lower(j + 2, b2, sizeof(b2))))
          last = j + 2;
        size_t b = toks_[j + 1].begin, e = toks_[last].end;
        it.q.counts = "per " + std::string(text_.substr(b, e - b));
      }
    }
    it.explicit_unit = true;
  } else if (!unit.empty()) {
    it.explicit_unit = true;
  } else {
    // "three or four a.m.": a time of day.
    if (ClockAfter(last + 1)) {
      *next = last + 2;
      return;
    }
    // A count: "11 members" (people), "two Venezuelan cartels" (count of cartels).
    size_t phrase_last = 0;
    size_t dash = last + 1;
    char db[24];
    if (dash + 1 < toks_.size() && toks_[dash].IsDash() && Glued(dash) && Word(dash + 1) && Glued(dash + 1) &&
        !units::IsStopWord(Lower(dash + 1, db, sizeof(db)))) {
      it.q.counts = std::string(toks_[dash + 1].text);  // "four-cylinder"
      unit = "count";
      last = dash + 1;
    } else if (age_lead > 0) {
      unit = "year of age";
    } else if (size_t words = CountedPhrase(last + 1, &phrase_last); words > 0) {
      size_t b = toks_[last + 1].begin, e = toks_[phrase_last].end;
      it.q.counts = std::string(text_.substr(b, e - b));
      std::string_view head = Lower(phrase_last, buf, sizeof(buf));
      bool people = units::IsPeopleNoun(head) || (toks_[phrase_last].cap && units::IsPeopleGroup(head));
      unit = people ? "people" : "count";
      last = phrase_last;
    } else if (!currency && AppositiveAge(num_at, *n)) {
      unit = "year of age";
    } else {
      unit = "count";
    }
    if (nt.IsNumber() && !it.q.high && unit != "year of age" && IsName(num_at, it.q.counts.empty() ? 0 : last)) {
      *next = n->last + 1;
      return;
    }
    // "the combination of the two", "the three of them": a number word standing
    // for things already named, not a new count.
    if (nt.IsWord() && it.q.counts.empty() && unit == "count" && num_at > 0 && Is(num_at - 1, "the") &&
        !(Is(n->last + 1, "or") && Is(n->last + 2, "so"))) {  // "the ten or so" is a rough count
      *next = n->last + 1;
      return;
    }
    // "in the 50s", "the mid-80s": a band of temperatures or ages, or a decade.
    if (nt.IsNumber() && Is(n->last + 1, "s") && Glued(n->last + 1) && num_at > 0 &&
        (Is(num_at - 1, "the") || Is(num_at - 1, "mid") || Is(num_at - 1, "low") || Is(num_at - 1, "high") ||
         Is(num_at - 1, "upper") || Is(num_at - 1, "lower"))) {
      *next = n->last + 2;
      return;
    }
    // "tens of thousands of dollars"
    if (n->high && Is(n->last + 1, "of") && Word(n->last + 2))
      if (const char* code = units::CurrencyWord(Lower(n->last + 2, buf, sizeof(buf)), false)) {
        unit = code;
        last = n->last + 2;
        it.q.counts.clear();
        it.explicit_unit = true;
      }
    // A glued word after the digits names a thing ("5G"), not a count of it.
    if (nt.IsNumber() && Word(n->last + 1) && Glued(n->last + 1) && it.q.counts.empty()) {
      unit = std::string(toks_[n->last + 1].text);
      last = n->last + 1;
    }
  }
  it.q.unit = unit;

  // Qualifier before the number or currency: "about", "more than", "at least".
  if (i > 0 && Word(i - 1)) {
    char b1[24], b2[24];
    std::string_view p1 = Lower(i - 1, b1, sizeof(b1));
    std::string_view p2 = i > 1 && Word(i - 2) ? Lower(i - 2, b2, sizeof(b2)) : std::string_view();
    int words = 0;
    if (const char* q = units::Qualifier(p2, p1, &words)) it.q.qualifier = q;
  } else if (i > 0 && toks_[i - 1].IsSym('~')) {
    it.q.qualifier = "about";
  }

  it.last = last;
  size_t b = toks_[it.first].begin, e = toks_[last].end;
  it.q.text = std::string(text_.substr(b, e - b));
  it.q.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  items_.push_back(std::move(it));
  *next = last + 1;
}

void Recogniser::ShareListUnits() {
  for (size_t k = items_.size(); k-- > 1;) {
    Item& a = items_[k - 1];
    const Item& b = items_[k];
    if (a.explicit_unit || !a.q.counts.empty() || !b.explicit_unit) continue;
    size_t gap = b.first - a.last;
    bool joined = gap == 2 && (Is(a.last + 1, "and") || Is(a.last + 1, "or"));
    if (!joined) continue;
    a.q.unit = b.q.unit;
    a.explicit_unit = true;
  }
  out_.reserve(items_.size());
  for (auto& it : items_) out_.push_back(std::move(it.q));
}

}  // namespace quantity

std::vector<model::Quantity> FindQuantities(std::string_view text) { return FindQuantities(text, scan::Lex(text)); }

std::vector<model::Quantity> FindQuantities(std::string_view text, const std::vector<scan::Tok>& toks) {
  std::vector<model::Span> time_spans;
  for (const model::TimeRef& t : FindTimes(text, toks, "", TimeSpans::kAll)) time_spans.push_back(t.span);
  return FindQuantities(text, toks, time_spans);
}

std::vector<model::Quantity> FindQuantities(std::string_view text, const std::vector<scan::Tok>& toks,
                                            const std::vector<model::Span>& time_spans) {
  return quantity::Recogniser(text, toks, time_spans).Run();
}

}  // namespace claimkb::extract
