#!/usr/bin/env python3
"""Synthetic news corpus for benchmarks: deterministic from --seed.

Writes NDJSON, one article a line: {"id", "published", "title", "text"}.
Articles are 2-6 KB of plain text in the shape of web news pages: a repeated
title and byline, body paragraphs mixing attributed statements (direct,
indirect, nested, multi-speaker, "according to"), dates in many forms and
quantities, then page furniture (author bio, share widgets, teasers).
Speakers and mentioned actors come from a Zipf-distributed population, so a
few actors appear everywhere and most appear rarely. Real articles from
seeds/ are mixed in every --real-every articles.
"""
import argparse
import bisect
import datetime
import json
import os
import random
import sys

FIRST = ("Anna Carlos Maria James Elena Omar Lucia Viktor Priya Daniel Sofia Ahmed Laura Kenji "
         "Nadia Pavel Grace Tomas Irene Samuel Fatima Marco Helen Diego Yusuf Clara Ivan Amara "
         "Peter Leila Rafael Ingrid Hassan Julia Andre Mei Oscar Rosa Felix Zainab").split()
LAST = ("Okafor Lindqvist Moreno Castellanos Whitfield Nakamura Petrov Haddad Brennan Duarte "
        "Kowalski Abernathy Varga Mensah Solano Richter Delacroix Osei Marchetti Hargrove Ibarra "
        "Novak Fitzgerald Quintero Aldana Sorensen Baptiste Kimura Lozano Thornton Achterberg "
        "Rahimi Calloway Esposito Vasquez Lindgren Oyelaran Halvorsen Trujillo Pemberton").split()
TITLES = ("President", "Prime Minister", "Foreign Minister", "Senator", "Governor", "Secretary of State",
          "Defense Minister", "Mayor", "General", "Ambassador", "spokesperson", "Finance Minister")
COUNTRIES = ("Venezuela", "Colombia", "Brazil", "Canada", "Mexico", "Germany", "France", "Japan",
             "Nigeria", "Kenya", "India", "Turkey", "Poland", "Chile", "Peru", "Egypt", "Norway")
DEMONYM = {"Venezuela": "Venezuelan", "Colombia": "Colombian", "Brazil": "Brazilian", "Canada": "Canadian",
           "Mexico": "Mexican", "Germany": "German", "France": "French", "Japan": "Japanese",
           "Nigeria": "Nigerian", "Kenya": "Kenyan", "India": "Indian", "Turkey": "Turkish",
           "Poland": "Polish", "Chile": "Chilean", "Peru": "Peruvian", "Egypt": "Egyptian", "Norway": "Norwegian"}
ORG_HEAD = ("Ministry of Energy", "Central Bank", "Health Ministry", "Election Commission", "Coast Guard",
            "Institute for Policy Studies", "Workers Union", "Chamber of Commerce", "Supreme Court",
            "Office of the Ombudsman", "National Statistics Office", "Refugee Council")
CUES_PAST = ("said", "told reporters", "claimed", "confirmed", "denied", "warned", "argued", "insisted",
             "acknowledged", "announced", "alleged", "stressed", "noted", "suggested", "reported")
CUES_PRESENT = ("says", "claims", "argues", "warns", "insists", "maintains", "believes")
DOCS = ("a report", "a study", "an internal memo", "a leaked letter", "a court filing", "a survey",
        "an audit")
TOPICS = [
    ("the pipeline project", "will be finished", "ahead of schedule"),
    ("the ceasefire", "is holding", "despite sporadic shelling near the border"),
    ("the new tariff", "would cost households", "more than they expect"),
    ("the election", "was marred by", "irregularities in several districts"),
    ("the vaccine campaign", "has reached", "most rural clinics"),
    ("the trade talks", "collapsed over", "disagreements about farm subsidies"),
    ("the naval exercise", "was planned", "long before the latest tensions"),
    ("the budget deficit", "has widened", "because of lower oil revenue"),
    ("the strike", "has disrupted", "ports along the coast"),
    ("the drought", "has destroyed", "a large share of the harvest"),
    ("the sanctions", "have failed to change", "the government's behaviour"),
    ("the bridge collapse", "was caused by", "years of neglected maintenance"),
]
NOUNS = ("people", "soldiers", "migrants", "workers", "households", "schools", "vessels", "prisoners",
         "members", "doctors", "voters", "companies", "refugees", "troops", "homes")
NUMWORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "dozens of", "hundreds of", "thousands of")
MONTHS = ("January February March April May June July August September October November December").split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
FURNITURE_TAIL = ("Share this:", "Click to share on X (Opens in new window)", "Like this:", "Related",
                  "View all posts", "Our Books", "Recent Articles", "Read more", "Subscribe to our newsletter",
                  "Comments are closed.", "Tags: politics, world, economy")


class Population:
    """Actors with Zipf(s) popularity: rank r is drawn with weight 1/r^s."""

    def __init__(self, rng, n, s):
        self.actors = []
        seen = set()
        attempts = 0
        while len(self.actors) < n:
            kind = rng.random()
            if kind < 0.7:
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                if name in seen:  # the population outgrows first x last: add a middle initial
                    name = f"{name.split()[0]} {chr(65 + rng.randrange(26))}. {name.split()[1]}"
                title = f"{rng.choice(COUNTRIES)}'s {rng.choice(TITLES)}" if rng.random() < 0.3 else rng.choice(TITLES)
                short = name.split()[-1]
            elif kind < 0.9:
                country = rng.choice(COUNTRIES)
                name = f"{DEMONYM[country]} {rng.choice(ORG_HEAD)}"
                title, short = "", "the " + name.split(" ", 1)[1].split()[-1].lower()
            else:
                name = f"the {rng.choice(ORG_HEAD)} of {rng.choice(COUNTRIES)}"
                title, short = "", "the agency"
            if name in seen:
                attempts += 1
                if attempts > 100 * n:
                    raise SystemExit(f"cannot make {n} distinct actors")
                continue
            seen.add(name)
            self.actors.append((name, title, short))
        cum, total = [], 0.0
        for r in range(1, n + 1):
            total += 1.0 / r ** s
            cum.append(total)
        self.cum, self.total = cum, total

    def pick(self, rng):
        return self.actors[min(bisect.bisect_left(self.cum, rng.random() * self.total), len(self.actors) - 1)]


def date_phrase(rng, pub):
    d = pub - datetime.timedelta(days=rng.randint(1, 400))
    forms = (
        lambda: f"on {MONTHS[d.month - 1]} {d.day}",
        lambda: f"on {MONTHS[d.month - 1]} {d.day}, {d.year}",
        lambda: f"on {d.day} {MONTHS[d.month - 1]} {d.year}",
        lambda: f"in {MONTHS[d.month - 1]}",
        lambda: f"in {MONTHS[d.month - 1]} {d.year}",
        lambda: f"on {WEEKDAYS[rng.randrange(7)]}",
        lambda: "last week",
        lambda: "earlier this month",
        lambda: "yesterday",
        lambda: f"on {d.isoformat()}",
        lambda: f"in {d.year}",
        lambda: f"between {MONTHS[rng.randrange(6)]} and {MONTHS[6 + rng.randrange(6)]}",
        lambda: "two weeks ago",
        lambda: f"in the spring of {d.year}",
        lambda: f"on {MONTHS[d.month - 1][:3]}. {d.day}",
    )
    return rng.choice(forms)()


def quantity_phrase(rng):
    forms = (
        lambda: f"{rng.randint(2, 99)}%",
        lambda: f"{rng.randint(2, 60)} percent",
        lambda: f"${rng.randint(1, 900)} million",
        lambda: f"${rng.randint(1, 90)}.{rng.randint(1, 9)} billion",
        lambda: f"{rng.randint(1, 500)} million euros",
        lambda: f"more than {rng.randint(2, 900) * 10:,} {rng.choice(NOUNS)}",
        lambda: f"at least {rng.randint(2, 300)} {rng.choice(NOUNS)}",
        lambda: f"about {rng.randint(2, 99) * 1000:,} {rng.choice(NOUNS)}",
        lambda: f"{rng.choice(NUMWORDS)} {rng.choice(NOUNS)}",
        lambda: f"{rng.randint(11, 4000):,} {rng.choice(NOUNS)}",
        lambda: f"between {rng.randint(2, 40)} and {rng.randint(41, 90)} {rng.choice(NOUNS)}",
        lambda: f"{rng.randint(2, 40)} tonnes",
    )
    return rng.choice(forms)()


def content(rng, pop):
    topic, verb, tail = rng.choice(TOPICS)
    other = pop.pick(rng)[0]
    forms = (
        lambda: f"{topic} {verb} {tail}",
        lambda: f"{topic} {verb} {quantity_phrase(rng)} {date_phrase(rng, PUB[0])}",
        lambda: f"{other} {rng.choice(('ordered', 'approved', 'blocked', 'delayed'))} {topic} {date_phrase(rng, PUB[0])}",
        lambda: f"{quantity_phrase(rng)} were affected by {topic}",
        lambda: f"{topic} had been discussed with {other} {date_phrase(rng, PUB[0])}",
    )
    return rng.choice(forms)()


def speaker_ref(rng, actor, first):
    name, title, short = actor
    if first and title:
        return f"{title} {name}"
    if first or rng.random() < 0.5:
        return name
    return short


PUB = [datetime.date(2025, 1, 1)]


def statement(rng, pop, seen):
    a = pop.pick(rng)
    first = a[0] not in seen
    seen.add(a[0])
    who = speaker_ref(rng, a, first)
    Who = who[0].upper() + who[1:]
    c = content(rng, pop)
    C = c[0].upper() + c[1:]
    cue = rng.choice(CUES_PAST)
    k = rng.random()
    if k < 0.22:  # direct, speaker after
        return f"\u201c{C},\u201d {who} {cue} {date_phrase(rng, PUB[0])}."
    if k < 0.36:  # direct, speaker before with colon
        return f"{Who} {cue}: \u201c{C}. We will not accept anything less.\u201d"
    if k < 0.56:  # indirect
        return f"{Who} {cue} that {c}."
    if k < 0.64:  # present-tense indirect
        return f"{Who} {rng.choice(CUES_PRESENT)} {c}."
    if k < 0.72:  # according to
        return f"According to {who}, {c}."
    if k < 0.82:  # nested source
        doc = rng.choice(DOCS)
        b = pop.pick(rng)
        return (f"{Who} {cue} {doc} by {b[0]} showed that {c}, "
                f"a claim {speaker_ref(rng, b, False)} has not confirmed.")
    if k < 0.9:  # two speakers
        b = pop.pick(rng)
        return f"{Who} and {b[0]} have {rng.choice(('claimed', 'argued', 'said'))} that {c}."
    if k < 0.95:  # accusation
        b = pop.pick(rng)
        return f"{Who} accused {b[0]} of {rng.choice(('lying about', 'mismanaging', 'exaggerating'))} {rng.choice(TOPICS)[0]}."
    return f"{Who} {cue} there was little evidence that {c}, according to a statement published {date_phrase(rng, PUB[0])}."


def narrative(rng, pop):
    a = pop.pick(rng)[0]
    topic = rng.choice(TOPICS)[0]
    forms = (
        lambda: f"{a} travelled to {rng.choice(COUNTRIES)} {date_phrase(rng, PUB[0])} to discuss {topic}.",
        lambda: f"The government spent {quantity_phrase(rng)} on {topic} {date_phrase(rng, PUB[0])}.",
        lambda: f"{topic[0].upper() + topic[1:]} affected {quantity_phrase(rng)}, officials estimate.",
        lambda: f"{a} met officials from {rng.choice(COUNTRIES)} {date_phrase(rng, PUB[0])}.",
    )
    return rng.choice(forms)()


def article(rng, pop, n):
    pub = datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randint(0, 700))
    PUB[0] = pub
    lead = pop.pick(rng)
    topic = rng.choice(TOPICS)[0]
    title = f"{lead[0]} Says {topic[4:].title()} Will Shape Talks With {rng.choice(COUNTRIES)}"
    byline = f"by {rng.choice(FIRST)} {rng.choice(LAST)} | {MONTHS[pub.month - 1][:3]} {pub.day}, {pub.year}"
    target = rng.randint(2000, 5600)
    parts = [title, byline, title, byline]
    seen = set()
    body = 0
    while body < target:
        para = " ".join(statement(rng, pop, seen) if rng.random() < 0.7 else narrative(rng, pop)
                        for _ in range(rng.randint(1, 3)))
        parts.append(para)
        body += len(para) + 2
    author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    parts += [author, f"{author} is a correspondent covering {rng.choice(COUNTRIES)} and the region."]
    parts += rng.sample(FURNITURE_TAIL, 4)
    parts += [f"{rng.choice(COUNTRIES)} Holds Talks on {rng.choice(TOPICS)[0][4:].title()}"]
    text = "\n\n".join(parts) + "\n"
    return {"id": f"synthetic-{n:07d}", "published": pub.isoformat(), "title": title, "text": text}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--actors", type=int, default=5000)
    ap.add_argument("--zipf", type=float, default=1.1)
    ap.add_argument("--real-every", type=int, default=50, help="mix in a seed article every N (0: never)")
    ap.add_argument("--seeds-dir", default=os.path.join(os.path.dirname(__file__), "..", "..", "seeds"))
    ap.add_argument("--out", default="-")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    pop = Population(rng, args.actors, args.zipf)
    real = []
    if args.real_every > 0 and os.path.isdir(args.seeds_dir):
        for name in sorted(os.listdir(args.seeds_dir)):
            if name[:3].isdigit() and name.endswith(".txt"):
                with open(os.path.join(args.seeds_dir, name), encoding="utf-8") as f:
                    real.append(f.read())
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    for n in range(args.articles):
        if real and args.real_every > 0 and n % args.real_every == args.real_every - 1:
            # Same text, distinct URL: the store treats identical content as one document.
            rec = {"id": f"real-{n:07d}", "published": "2025-09-22", "title": "", "text": real[n % len(real)]}
        else:
            rec = article(rng, pop, n)
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
