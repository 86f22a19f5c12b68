#include "core/extract/provenance.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace claimkb::extract {

namespace {

using model::ActorType;

constexpr std::array<std::string_view, 6> kAuthorLinks = {"from", "by", "written by", "signed by", "sent by",
                                                          "authored by"};
constexpr std::array<std::string_view, 7> kAuthoringVerbs = {"sent", "wrote", "signed", "penned",
                                                             "issued", "drafted", "authored"};
constexpr std::array<std::string_view, 14> kSayingVerbs = {"says", "said", "writes", "wrote", "states", "stated",
                                                           "argues", "argued", "claims", "claimed", "insists",
                                                           "insisted", "adds", "added"};
// "a memo seen by the Herald", "a transcript reviewed by Business Insider":
// an outlet that obtained a document relays it like its publisher.
constexpr std::array<std::string_view, 10> kPublishingVerbs = {
    "published", "posted", "released", "shared", "leaked", "made public", "seen by", "obtained by",
    "reviewed by", "viewed by"};
// How an event on a document involves the document's author.
constexpr std::array<std::string_view, 7> kAuthoringLemmas = {"send", "write", "sign", "draft", "issue", "date",
                                                              "deliver"};
constexpr std::array<std::string_view, 5> kPublishingLemmas = {"publish", "post", "release", "leak", "share"};

template <size_t N>
bool OneOf(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Collapses runs of white space and trims: " from  " -> "from".
std::string Folded(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return out;
}

bool CanAuthor(ActorType t) {
  return t == ActorType::kPerson || t == ActorType::kOrganization || t == ActorType::kCountry ||
         t == ActorType::kGroup;
}

bool StartsWithPossessive(std::string_view s) {
  return s.rfind("'s", 0) == 0 || s.rfind("\xE2\x80\x99s", 0) == 0;  // 's or ’s
}

struct SentenceMentions {
  std::vector<ActorMention> items;  // in text order
};

// The time expression that starts right after `pos` (allowing one space).
const model::TimeRef* TimeRightAfter(const std::vector<model::TimeRef>& times, size_t pos) {
  auto it = std::lower_bound(times.begin(), times.end(), pos,
                             [](const model::TimeRef& t, size_t p) { return t.span.start < p; });
  for (; it != times.end() && it->span.start <= pos + 2; ++it)
    if (!it->value.empty()) return &*it;
  return nullptr;
}

}  // namespace

std::vector<Provenance> FindProvenance(std::string_view text, const std::vector<Sentence>& sentences,
                                       const ActorTable& actors, const std::vector<model::TimeRef>& times) {
  std::vector<Provenance> out;
  auto entry = [&](const std::string& doc) -> Provenance& {
    for (auto& p : out)
      if (p.document == doc) return p;
    out.push_back({doc, "", "", std::nullopt});
    return out.back();
  };
  const auto& all = actors.actors();
  // Author named in the document's own phrase: "the letter from Maduro".
  for (const model::Actor& doc : all) {
    if (doc.type != ActorType::kDocument) continue;
    for (const std::string& phrase : doc.aliases) {
      for (std::string_view link : {std::string_view(" from "), std::string_view(" by ")}) {
        size_t at = phrase.find(link);
        if (at == std::string::npos) continue;
        std::string_view rest = std::string_view(phrase).substr(at + link.size());
        for (const model::Actor& a : all) {
          if (!CanAuthor(a.type)) continue;
          if (a.name == rest || std::find(a.aliases.begin(), a.aliases.end(), rest) != a.aliases.end()) {
            Provenance& p = entry(doc.id);
            if (p.author.empty()) p.author = a.id;
          }
        }
      }
    }
  }
  for (size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    std::vector<ActorMention> ms = actors.MentionsIn(s);
    std::sort(ms.begin(), ms.end(), [](const ActorMention& a, const ActorMention& b) {
      return a.range.begin != b.range.begin ? a.range.begin < b.range.begin : a.range.end > b.range.end;
    });
    for (size_t i = 0; i < ms.size(); ++i) {
      const model::Actor& doc = all[ms[i].actor];
      if (doc.type != ActorType::kDocument) continue;
      Range d = ms[i].range;
      // Author after the document: "the letter, from Maduro".
      if (i + 1 < ms.size() && CanAuthor(all[ms[i + 1].actor].type)) {
        Range a = ms[i + 1].range;
        bool linked;
        if (a.begin >= d.end) {
          linked = OneOf(kAuthorLinks, Folded(text.substr(d.end, a.begin - d.end)));
        } else {  // the author inside the document's phrase: "the letter from Maduro"
          std::string head = Folded(text.substr(d.begin, a.begin - d.begin));
          linked = head.size() > 5 && (head.compare(head.size() - 5, 5, " from") == 0 ||
                                       head.compare(head.size() - 3, 3, " by") == 0);
        }
        if (linked) {
          Provenance& p = entry(doc.id);
          if (p.author.empty()) p.author = all[ms[i + 1].actor].id;
        }
      }
      if (i > 0 && CanAuthor(all[ms[i - 1].actor].type) && ms[i - 1].range.end <= d.begin) {
        Range a = ms[i - 1].range;
        std::string_view gap = text.substr(a.end, d.begin - a.end);
        std::string between = Folded(gap);
        bool author = false;
        // "Maduro's letter": the possessive directly before the document's head.
        if (StartsWithPossessive(gap) && between.size() <= 4) author = true;
        // "Maduro sent a letter", "Maduro says in the letter".
        if (OneOf(kAuthoringVerbs, between)) author = true;
        auto sp = between.find(' ');
        if (sp != std::string::npos && OneOf(kSayingVerbs, between.substr(0, sp)) &&
            between.substr(sp + 1) == "in")
          author = true;
        if (author) {
          Provenance& p = entry(doc.id);
          if (p.author.empty()) p.author = all[ms[i - 1].actor].id;
        }
      }
      // Publisher: "<document> was published on X's account" / "posted by X".
      // A bounded window: the verb must follow within 24 bytes and the
      // publisher soon after, and a long sentence must stay linear.
      constexpr size_t kWindow = 160;
      std::string rest = Lower(text.substr(d.end, std::min(s.end - d.end, kWindow)));
      size_t verb = std::string::npos;
      for (std::string_view v : kPublishingVerbs) verb = std::min(verb, rest.find(v));
      if (verb != std::string::npos && verb < 24) {
        for (size_t j = i + 1; j < ms.size(); ++j) {
          const model::Actor& q = all[ms[j].actor];
          if (ms[j].range.begin < d.end + verb) continue;
          size_t at = ms[j].range.begin - d.end;
          if (at > verb + 60) continue;
          if (!CanAuthor(q.type) || q.type == ActorType::kCountry) continue;
          std::string_view after = text.substr(ms[j].range.end, 4);
          std::string before = Folded(text.substr(d.end + verb, ms[j].range.begin - d.end - verb));
          bool by = before.size() >= 2 && before.compare(before.size() - 2, 2, "by") == 0;
          if (StartsWithPossessive(after) || by) {
            Provenance& p = entry(doc.id);
            if (p.publisher.empty()) p.publisher = q.id;
            break;
          }
        }
      }
      // "<document> ... dated September 5".
      size_t dated = rest.find("dated ");
      if (dated != std::string::npos) {
        size_t at = d.end + dated;
        if (const model::TimeRef* t = TimeRightAfter(times, at + 6)) {
          Provenance& p = entry(doc.id);
          if (!p.dated) {
            EventDraft e;
            e.trigger = {at, at + 5};
            e.sentence = si;
            e.lemma = "date";
            e.label = {d.begin, t->span.end};
            e.patients = {doc.id};
            e.time = *t;
            p.dated = std::move(e);
          }
        }
      }
    }
  }
  return out;
}

namespace {

void AddUnique(std::vector<std::string>& v, const std::string& id) {
  if (!id.empty() && std::find(v.begin(), v.end(), id) == v.end()) v.push_back(id);
}

bool Has(const std::vector<std::string>& v, const std::string& id) {
  return std::find(v.begin(), v.end(), id) != v.end();
}

}  // namespace

void ApplyProvenance(const std::vector<Provenance>& provenance, std::vector<ClaimDraft>& claims,
                     std::vector<EventDraft>& events) {
  for (const Provenance& p : provenance) {
    for (ClaimDraft& c : claims) {
      auto& a = c.attribution;
      bool relayed = Has(a.via, p.document) || Has(a.speakers, p.document);
      if (!relayed) continue;
      for (const std::string& next : {p.author, p.publisher}) {
        if (!next.empty() && !Has(a.speakers, next)) AddUnique(a.via, next);
      }
    }
    for (EventDraft& e : events) {
      if (!Has(e.patients, p.document) && !Has(e.agents, p.document)) continue;
      bool authoring = OneOf(kAuthoringLemmas, e.lemma);
      bool publishing = OneOf(kPublishingLemmas, e.lemma);
      if (authoring && !p.author.empty()) {
        e.patients.erase(std::remove(e.patients.begin(), e.patients.end(), p.author), e.patients.end());
        AddUnique(e.agents, p.author);
      }
      if (publishing && !p.publisher.empty()) {
        e.patients.erase(std::remove(e.patients.begin(), e.patients.end(), p.publisher), e.patients.end());
        AddUnique(e.agents, p.publisher);
      }
      // The author takes part in what happens to their document.
      if (!p.author.empty() && !Has(e.agents, p.author)) AddUnique(e.patients, p.author);
    }
    if (p.dated) {
      EventDraft e = *p.dated;
      AddUnique(e.agents, p.author);
      events.push_back(std::move(e));
    }
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const EventDraft& a, const EventDraft& b) { return a.trigger.begin < b.trigger.begin; });
}

}  // namespace claimkb::extract
