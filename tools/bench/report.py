#!/usr/bin/env python3
"""Turns tools/bench/run's results into tools/bench/BENCHMARKS.md.

Each run leaves raw files in BUILD/bench-SIZE/results/; `--results` collects
them into one summary, tools/bench/results/SIZE.json, so a medium run does not
lose the small run's figures. BENCHMARKS.md is then written from every
summary present: one table per size, the growth table with per-item slopes
between sizes, the cold-start projection and the estimated duration of the
sizes not yet run.
"""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess

SIZES = (("small", 1000), ("medium", 10000), ("large", 100000))


def load(path, default=None):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return default if default is not None else {}


def wrk(path):
    r = {"rps": None, "p50_ms": None, "p99_ms": None, "non2xx": 0, "socket_errors": 0}
    try:
        text = open(path).read()
    except OSError:
        return r
    unit = {"us": 1e-3, "ms": 1.0, "s": 1e3}
    if m := re.search(r"Requests/sec:\s+([\d.]+)", text):
        r["rps"] = float(m.group(1))
    for pct, key in (("50", "p50_ms"), ("99", "p99_ms")):
        if m := re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)", text, re.M):
            r[key] = float(m.group(1)) * unit[m.group(2)]
    if m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text):
        r["non2xx"] = int(m.group(1))
    if m := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text):
        r["socket_errors"] = sum(int(g) for g in m.groups())
    return r


def fmt(v, digits=1):
    if v is None:
        return "n/a"
    if isinstance(v, float):
        if abs(v) >= 100:
            return f"{v:,.0f}"
        return f"{v:.{digits}f}" if abs(v) >= 1 else f"{v:.{max(digits, 3)}f}"
    return f"{v:,}" if isinstance(v, int) else str(v)


def ratio(a, b):
    return f"{a / b:.2f}x" if a and b else "n/a"


def verdict(ok):
    return "n/a" if ok is None else ("met" if ok else "**missed**")


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = next(l for l in open("/proc/meminfo") if l.startswith("MemTotal")).split()[1]
        mem = f"{int(mem) / 1048576:.1f} GiB RAM"
    except (OSError, StopIteration):
        mem = "? RAM"
    return f"{cpu}, {os.cpu_count()} cores, {mem}, {platform.system()} {platform.release()}"


def commit(root):
    try:
        h = subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        # The run's own outputs (results/, BENCHMARKS.md) do not make the tree dirty.
        dirty = subprocess.run(["git", "-C", root, "status", "--porcelain", "--", ".",
                                ":!tools/bench/results", ":!tools/bench/BENCHMARKS.md"],
                               capture_output=True, text=True).stdout.strip()
        return h + (" (with uncommitted changes)" if dirty else "")
    except OSError:
        return "unknown"


def text_of(path):
    try:
        return open(path).read().strip()
    except OSError:
        return "?"


def collect(results, size, articles, root):
    """One summary of a run's raw result files."""
    R = lambda name: os.path.join(results, name)
    phases = {}
    for line in text_of(R("phases.txt")).splitlines():
        parts = line.split()
        if len(parts) == 2:
            phases[parts[0]] = float(parts[1])
    return {
        "size": size, "articles": articles, "date": f"{datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC",
        "commit": commit(root), "machine": machine(),
        "build_dir": os.path.relpath(os.path.dirname(os.path.dirname(os.path.abspath(results))), root),
        "load_before": text_of(R("load_before")), "load_after": text_of(R("load_after")),
        "phases_seconds": phases, "duration_seconds": sum(phases.values()) if phases else None,
        "extract": load(R("extract.json")), "peers": load(R("peers.json")),
        "store": load(R("store.json")), "store_tenth": load(R("store_tenth.json")),
        "graphmem": load(R("graphmem.json")), "graphmem_tenth": load(R("graphmem_tenth.json")),
        "graphmem_snapshot": load(R("graphmem_snapshot.json")),
        "micro": {"benchmarks": load(R("micro.json")).get("benchmarks", [])},
        "http": load(R("http.json")),
        "wrk": {k: wrk(R(f"wrk_{k}.txt")) for k in ("claims", "timeline", "nginx", "claims_nocache", "timeline_nocache")},
    }


def table(s):
    st, ex, peers, w = s["store"], s["extract"], s["peers"], s["wrk"]
    q = st.get("queries", {})
    qq = lambda k, p: q.get(k, {}).get(p)
    comp, wink = peers.get("compromise", {}), peers.get("wink", {})
    mbs = ex.get("mb_per_s")
    ing = st.get("ingest", {}).get("per_s")
    ing_r, ing_s = st.get("ingest_rocks_raw", {}).get("per_s"), st.get("ingest_sqlite", {}).get("per_s")
    disk = st.get("disk", {})
    w_claims, w_tl, w_ng = w["claims"], w["timeline"], w["nginx"]
    rows = [
        ("Extraction, MB/s on one core", fmt(mbs), f"compromise {fmt(comp.get('mb_per_s'), 3)}; wink-nlp {fmt(wink.get('mb_per_s'), 2)}",
         f"{ratio(mbs, comp.get('mb_per_s'))} / {ratio(mbs, wink.get('mb_per_s'))}", ">= 5 MB/s", verdict(mbs and mbs >= 5)),
        ("Ingest, articles/s (one writer, all indexes + graph)", fmt(ing), f"RocksDB raw WriteBatch {fmt(ing_r)}; SQLite {fmt(ing_s)}",
         f"{ratio(ing, ing_r)} / {ratio(ing, ing_s)}", ">= 1,000/s and >= 3x SQLite",
         verdict(ing and ing_s and ing >= 1000 and ing >= 3 * ing_s)),
    ]

    def qrow(label, key, peers_keys, target=None, ok=None):
        ours = f"{fmt(qq(key, 'p50_us'))} / {fmt(qq(key, 'p99_us'))}"
        ps = "; ".join(f"{n} {fmt(qq(k, 'p50_us'))} / {fmt(qq(k, 'p99_us'))}" for n, k in peers_keys)
        rat = ratio(qq(peers_keys[0][1], "p50_us"), qq(key, "p50_us"))
        return (label + ", p50 / p99 µs", ours, ps, f"{rat} (p50, {peers_keys[0][0]} ÷ claimkb)", target or "-", verdict(ok))

    by_id99, tl99 = qq("claim_by_id", "p99_us"), qq("timeline50", "p99_us")
    rows.append(qrow("Claim by id", "claim_by_id", [("SQLite", "claim_by_id_sqlite"), ("RocksDB raw Get", "claim_by_id_rocks_raw")],
                     "p99 <= 20 µs", None if by_id99 is None else by_id99 <= 20))
    rows.append(qrow("Claim with provenance (the GET /v1/claims/{id} body, in-process)", "claim_detail_view",
                     [("SQLite by id", "claim_by_id_sqlite")]))
    rows.append(qrow("Actor timeline (50 items)", "timeline50", [("SQLite", "timeline50_sqlite")], "p99 <= 1 ms",
                     None if tl99 is None else tl99 <= 1000))
    rows.append(qrow("Claims by speaker + date range (50)", "speaker_dates", [("SQLite", "speaker_dates_sqlite")]))
    rows.append(qrow("3-hop neighbourhood (cap 500 nodes)", "hood3", [("SQLite recursive CTE", "hood3_sqlite")]))
    rows.append(qrow("Shortest path (<= 4 hops)", "path4", [("SQLite recursive CTE", "path4_sqlite")]))
    errors = lambda r: r["non2xx"] + r["socket_errors"]
    rows.append(("HTTP GET /v1/claims/{id}, req/s (wrk -t2 -c64)", fmt(w_claims["rps"]), f"nginx static 2 KB JSON {fmt(w_ng['rps'])}",
                 ratio(w_claims["rps"], w_ng["rps"]), ">= 0.7x nginx, 0 errors",
                 verdict(None if not w_claims["rps"] or not w_ng["rps"] else
                         w_claims["rps"] >= 0.7 * w_ng["rps"] and errors(w_claims) == 0)))
    rows.append(("HTTP GET /v1/actors/{id}/timeline, req/s", fmt(w_tl["rps"]), f"nginx {fmt(w_ng['rps'])}", ratio(w_tl["rps"], w_ng["rps"]),
                 "0 errors", verdict(None if w_tl["rps"] is None else errors(w_tl) == 0)))
    for key, label in (("claims_nocache", "claims/{id}"), ("timeline_nocache", "actors/{id}/timeline")):
        r = w.get(key)
        if r and r["rps"]:
            rows.append((f"HTTP GET /v1/{label} without the reply cache, req/s (p99)", f"{fmt(r['rps'])} ({fmt(r['p99_ms'], 2)} ms)",
                         f"nginx {fmt(w_ng['rps'])}", ratio(r["rps"], w_ng["rps"]), "0 errors", verdict(errors(r) == 0)))
    rows.append(("Disk bytes per claim (after ingest / compacted)",
                 f"{fmt(disk.get('claimkb_per_claim'))} / {fmt(disk.get('claimkb_compacted_per_claim'))}",
                 f"SQLite {fmt(disk.get('sqlite_per_claim'))}",
                 ratio(disk.get("sqlite_per_claim"), disk.get("claimkb_compacted_per_claim")) + " (compacted)", "<= SQLite",
                 verdict(None if not disk.get("claimkb_compacted_per_claim") else
                         disk["claimkb_compacted_per_claim"] <= disk["sqlite_per_claim"])))
    L = ["| figure | claimkb | peers (same run, same machine) | ratio (>1: claimkb ahead) | target | status |", "|---|---|---|---|---|---|"]
    L += ["| " + " | ".join(r) + " |" for r in rows]
    return L


def details(s):
    st, ex, http, w = s["store"], s["extract"], s["http"], s["wrk"]
    q, data, disk, mem = st.get("queries", {}), st.get("data", {}), st.get("disk", {}), s["graphmem"]
    comp, wink = s["peers"].get("compromise", {}), s["peers"].get("wink", {})
    claims = data.get("claims") or 0
    errors = lambda r: r["non2xx"] + r["socket_errors"]
    L = [f"- Extraction: {fmt(ex.get('articles'))} articles ({fmt(ex.get('bytes', 0) / 1e6, 1)} MB), {fmt(ex.get('claims'))} claims, "
         f"{fmt(ex.get('failed'))} failed, {fmt(ex.get('seconds'), 2)} s on one thread"
         + (f" (median of {len(ex['runs_mb_per_s'])} runs: " + " / ".join(fmt(x, 2) for x in ex["runs_mb_per_s"]) + " MB/s)"
            if ex.get("runs_mb_per_s") else "")
         + f". Peers on a prefix of the same corpus: compromise "
         f"(people, places, dates via compromise-dates, numbers, quotations) on {fmt(comp.get('bytes'))} bytes, "
         f"wink-nlp + wink-eng-lite-web-model (entities, sentences) on {fmt(wink.get('bytes'))} bytes."]
    L.append(f"- HTTP (the same {fmt(data.get('documents'))}-document store; wrk repeats 1,000 claim and 200 timeline paths, so after "
             f"the first pass replies come from the reply cache): cold start (process launch to first 200 on a claim) "
             f"{fmt(http.get('cold_start_ms'))} ms on the first start after the ingest (graph rebuilt), "
             f"{fmt(http.get('cold_start_snapshot_ms'))} ms on the second (graph read from its snapshot, RSS "
             f"{fmt((http.get('rss_start_snapshot') or 0) / 1e6)} MB); server RSS {fmt((http.get('rss_start') or 0) / 1e6)} MB after start, "
             f"{fmt((http.get('rss_end') or 0) / 1e6)} MB after load; claims p50/p99 {fmt(w['claims']['p50_ms'], 2)}/"
             f"{fmt(w['claims']['p99_ms'], 2)} ms, errors {errors(w['claims'])}; timeline p50/p99 {fmt(w['timeline']['p50_ms'], 2)}/"
             f"{fmt(w['timeline']['p99_ms'], 2)} ms, errors {errors(w['timeline'])}; nginx p50/p99 {fmt(w['nginx']['p50_ms'], 2)}/"
             f"{fmt(w['nginx']['p99_ms'], 2)} ms.")
    L.append(f"- Memory: graph of {fmt(data.get('graph_nodes'))} nodes / {fmt(data.get('graph_edges'))} edges loaded from the store in "
             f"{fmt(mem.get('graph_load_seconds'), 2)} s adds {fmt((mem.get('graph_rss_bytes') or 0) / 1e6)} MB RSS = "
             f"{fmt(mem.get('graph_bytes_per_claim'))} bytes per claim. "
             f"Server RSS per claim: {fmt((http.get('rss_end') or 0) / max(claims, 1))} bytes.")
    L.append(f"- Disk: claimkb {fmt(disk.get('claimkb_bytes'))} bytes, SQLite {fmt(disk.get('sqlite_bytes'))}, "
             f"RocksDB raw {fmt(disk.get('rocks_raw_bytes'))} (uncompacted, as left after ingest); "
             f"claimkb after `claimkb compact` {fmt(disk.get('claimkb_compacted_bytes'))} bytes.")
    graph_n = q.get("path4_samples", 500)
    L.append(f"- Queries timed: {fmt(q.get('claim_by_id', {}).get('n'))} by id, {fmt(q.get('claim_detail_view', {}).get('n'))} claims with "
             f"provenance, {fmt(q.get('timeline50', {}).get('n'))} of each listing, "
             f"{fmt(graph_n)} of each graph query; SQLite {fmt(q.get('hood3_sqlite', {}).get('n'))} neighbourhoods "
             f"({fmt(q.get('hood3_sqlite_timeouts', 0))} gave up after a 2 s budget) and {fmt(q.get('path4_sqlite_samples'))} paths "
             f"({fmt(q.get('path4_sqlite_timeouts'))} gave up; a timed-out query counts as the budget, so SQLite's p99 is a floor). "
             f"3-hop neighbourhood averages {fmt(q.get('hood3_avg_nodes'))} nodes; paths found {fmt(q.get('path4_found'))} of "
             f"{fmt(graph_n)} (claimkb), {fmt(q.get('path4_found_sqlite'))} of {fmt(q.get('path4_sqlite_samples'))} (SQLite). "
             "SQLite's recursive CTEs have no visited set, so they revisit nodes; that is what plain SQL offers.")
    ph = s.get("phases_seconds", {})
    if ph:
        L.append(f"- Run time {fmt((s.get('duration_seconds') or 0) / 60, 1)} min (build excluded): " +
                 ", ".join(f"{k} {fmt(v)} s" for k, v in ph.items()) + ". In-process store phases: " +
                 ", ".join(f"{k} {fmt(v)} s" for k, v in st.get("phase_seconds", {}).items()) + ".")
    return L


def growth_points(summaries):
    pts = []
    for s in summaries:
        if s["store_tenth"] and s["size"] == "small":
            pts.append((s["articles"] // 10, s["store_tenth"], s["graphmem_tenth"], s))
        pts.append((s["articles"], s["store"], s["graphmem"], s))
    return pts


def per_claim_load_us(st, mem):
    claims = st.get("data", {}).get("claims")
    return mem.get("graph_load_seconds") * 1e6 / claims if claims and mem.get("graph_load_seconds") else None


def growth(summaries):
    pts = growth_points(summaries)
    if len(pts) < 2:
        return []
    L = ["\n## Growth\n",
         "Each row is one corpus size (the 100-article row is the small run's growth point). Figures from different "
         "sizes come from different runs (see each size's date and load): compare them as trends.\n",
         "| articles | claims | ingest/s | ingest ms/article | by-id p99 µs | timeline p99 µs | hood3 p50 µs | path4 p50 µs "
         "| disk B/claim | compacted B/claim | SQLite B/claim | graph B/claim | graph load µs/claim |",
         "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for n, st, mem, _ in pts:
        qs, dd, dk = st.get("queries", {}), st.get("data", {}), st.get("disk", {})
        ing = st.get("ingest", {})
        L.append(f"| {fmt(n)} | {fmt(dd.get('claims'))} | {fmt(ing.get('per_s'))} | "
                 f"{fmt(1e3 * ing['seconds'] / ing['articles'] if ing.get('articles') else None)} | "
                 f"{fmt(qs.get('claim_by_id', {}).get('p99_us'))} | {fmt(qs.get('timeline50', {}).get('p99_us'))} | "
                 f"{fmt(qs.get('hood3', {}).get('p50_us'))} | {fmt(qs.get('path4', {}).get('p50_us'))} | "
                 f"{fmt(dk.get('claimkb_per_claim'))} | {fmt(dk.get('claimkb_compacted_per_claim'))} | {fmt(dk.get('sqlite_per_claim'))} | "
                 f"{fmt(mem.get('graph_bytes_per_claim'))} | {fmt(per_claim_load_us(st, mem))} |")
    L.append("\nSlopes between consecutive sizes: the marginal cost of the added items (flat per-item cost means the marginal "
             "cost equals the average at the smaller size) and the growth of query latency for the added data.\n")
    L.append("| from → to articles | ingest ms per added article | disk B per added claim (compacted) | graph load µs per added claim "
             "| by-id p50 × | timeline p50 × | hood3 p50 × | path4 p50 × |")
    L.append("|---|---|---|---|---|---|---|---|")
    for (n1, s1, m1, _), (n2, s2, m2, _) in zip(pts, pts[1:]):
        c1, c2 = s1.get("data", {}).get("claims") or 0, s2.get("data", {}).get("claims") or 0
        i1, i2 = s1.get("ingest", {}), s2.get("ingest", {})
        ing = 1e3 * (i2["seconds"] - i1["seconds"]) / (n2 - n1) if i1.get("seconds") and i2.get("seconds") else None
        d1, d2 = s1.get("disk", {}).get("claimkb_compacted_bytes"), s2.get("disk", {}).get("claimkb_compacted_bytes")
        disk = (d2 - d1) / (c2 - c1) if d1 and d2 and c2 > c1 else None
        g1, g2 = m1.get("graph_load_seconds"), m2.get("graph_load_seconds")
        gl = 1e6 * (g2 - g1) / (c2 - c1) if g1 and g2 and c2 > c1 else None
        grow = lambda k: ratio(s2.get("queries", {}).get(k, {}).get("p50_us"), s1.get("queries", {}).get(k, {}).get("p50_us"))
        L.append(f"| {fmt(n1)} → {fmt(n2)} | {fmt(ing)} | {fmt(disk)} | {fmt(gl)} | {grow('claim_by_id')} | "
                 f"{grow('timeline50')} | {grow('hood3')} | {grow('path4')} |")
    return L


def cold_start(summaries):
    """Projects the graph load (the part of a server start that grows with the store) to 1M claims."""
    pts = [(st.get("data", {}).get("claims"), mem.get("graph_load_seconds")) for _, st, mem, _ in growth_points(summaries)]
    pts = [(c, g) for c, g in pts if c and g]
    if not pts:
        return []
    c2, g2 = pts[-1]
    L = ["\n## Cold start at 1M claims (projection)\n"]
    per = g2 / c2
    line = (f"`graph::LoadFromStore` rebuilds the graph from the store on every start: {fmt(g2, 2)} s for {fmt(c2)} claims = "
            f"{fmt(per * 1e6, 2)} µs per claim")
    proj = per * 1e6
    if len(pts) >= 2:
        c1, g1 = pts[-2]
        if c2 > c1:
            slope = (g2 - g1) / (c2 - c1)
            proj = g2 + slope * (1e6 - c2)
            line += f", {fmt(slope * 1e6, 2)} µs per added claim between {fmt(c1)} and {fmt(c2)} claims"
    line += (f". Projected at 1M claims: **{fmt(proj, 1)} s** for a start that rebuilds the graph (the first after an "
             f"ingest; target: ready in <= 3 s, {verdict(proj <= 3)}). Server process start to first answer at this size: "
             f"{fmt(summaries[-1]['http'].get('cold_start_ms'))} ms.")
    L.append(line)
    with_snap = [s for s in summaries if s.get("graphmem_snapshot", {}).get("from_snapshot")]
    snap = with_snap[-1]["graphmem_snapshot"] if with_snap else {}
    c_snap = with_snap[-1]["store"].get("data", {}).get("claims") if with_snap else None
    if snap.get("graph_load_seconds") and c_snap:
        c2 = c_snap
        sp = snap["graph_load_seconds"] / c2 * 1e6
        L.append(f"\nEvery later start reads the graph snapshot (`graph.snapshot` in the store directory, stamped with the "
                 f"store's write sequence): {fmt(snap['graph_load_seconds'], 3)} s for {fmt(c2)} claims = {fmt(sp, 2)} µs "
                 f"per claim ({fmt(snap.get('graph_bytes_per_claim'))} bytes of RSS per claim); linear projection at 1M "
                 f"claims **{fmt(sp, 1)} s** ({verdict(sp <= 3)}). Process start to first answer on that start: "
                 f"{fmt(with_snap[-1]['http'].get('cold_start_snapshot_ms'))} ms. Measured at 1M claims: tools/bench/NOTES.md, "
                 f"\"Cold start\".")
    return L


def duration_estimates(summaries):
    """Estimated run time of the sizes not run yet, per phase, from the two largest runs' per-article slope."""
    done = {s["size"]: s for s in summaries if s.get("phases_seconds")}
    L = []
    for size, n in SIZES:
        if size in done:
            continue
        smaller = [s for s in summaries if s.get("phases_seconds") and s["articles"] < n]
        if not smaller:
            continue
        b = smaller[-1]
        a = smaller[-2] if len(smaller) >= 2 else None
        total = 0.0
        for phase, tb in b["phases_seconds"].items():
            ta = a["phases_seconds"].get(phase) if a else None
            if ta is not None and b["articles"] > a["articles"]:
                total += tb + max(tb - ta, 0) * (n - b["articles"]) / (b["articles"] - a["articles"])
            else:
                total += tb * n / b["articles"]
        basis = (f"the {a['size']} → {b['size']} slope of each phase" if a else f"the {b['size']} run scaled linearly")
        L.append(f"- `--size {size}` ({fmt(n)} articles) is estimated at about {fmt(total / 60, 0)} min on this machine "
                 f"(from {basis}; load average then {b['load_before']}).")
    if L:
        L.insert(0, "\n## Sizes not run yet\n")
    return L


def render(summaries, root, out):
    latest = summaries[-1]
    L = ["# claimkb benchmarks\n",
         f"Generated by `tools/bench/run` from {', '.join(s['size'] for s in summaries)} run(s); raw summaries in "
         "`tools/bench/results/SIZE.json`.\n",
         f"- Machine: {latest['machine']}"]
    for s in summaries:
        L.append(f"- `--size {s['size']}` ({fmt(s['articles'])} articles): {s['date']}, commit {s['commit']}, build Release "
                 f"(`{s['build_dir']}/`), load average (1/5/15 min) before {s['load_before']}, after {s['load_after']}, "
                 f"run time {fmt(s['duration_seconds'] / 60 if s.get('duration_seconds') else None, 1)} min")
    L.append("\nThe machine may be shared: absolute figures move with its load; the ratios to peers measured in the same "
             "run are the comparable figures.")
    for s in summaries:
        st = s["store"]
        data = st.get("data", {})
        L.append(f"\n## {s['size']}: {fmt(s['articles'])} articles\n")
        L.append(f"Corpus: `tools/bench/gen_corpus.py --articles {s['articles']} --seed 1` (the seed article mixed in every 50th), "
                 f"{fmt(data.get('claims'))} claims, {fmt(data.get('actors'))} actors, {fmt(data.get('edges'))} edges stored.\n")
        L += table(s)
        L.append("")
        L += details(s)
    L += growth(summaries)
    L += cold_start(summaries)
    L += duration_estimates(summaries)
    with_micro = [s for s in summaries if s["micro"].get("benchmarks")]
    micro = with_micro[-1]["micro"] if with_micro else {}
    if micro.get("benchmarks"):
        L.append(f"\n## Micro-benchmarks (Google Benchmark, from the {with_micro[-1]['size']} run)\n")
        L.append("| benchmark | time per iteration | throughput |")
        L.append("|---|---|---|")
        for b in micro["benchmarks"]:
            tp = f"{b['bytes_per_second'] / 1e6:.1f} MB/s" if b.get("bytes_per_second") else "-"
            L.append(f"| {b['name']} | {b['real_time']:.3g} {b['time_unit']} | {tp} |")
    notes = os.path.join(os.path.dirname(out), "NOTES.md")
    if os.path.exists(notes):
        L.append("\n" + open(notes).read().strip())
    L.append("\n## Reproduce\n")
    L.append("`tools/bench/run --size small|medium|large` (1k, 10k, 100k articles). It builds Release in `build-bench/` "
             "(or `$CLAIMKB_BENCH_BUILD`), installs its peers when missing (npm packages into `tools/bench/peers/`, wrk and "
             "nginx-light from Debian), leaves raw results in `build-bench/bench-SIZE/results/`, keeps a summary per size in "
             "`tools/bench/results/SIZE.json` and rewrites this file from every summary present. "
             "`tools/bench/report.py --out tools/bench/BENCHMARKS.md` alone re-renders it from the summaries.")
    with open(out, "w") as f:
        f.write("\n".join(L) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", help="a run's raw results directory, summarised into --summaries/SIZE.json")
    ap.add_argument("--size")
    ap.add_argument("--articles", type=int)
    ap.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    ap.add_argument("--summaries", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "results"))
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.summaries, exist_ok=True)
    if a.results:
        if not a.size or not a.articles:
            ap.error("--results needs --size and --articles")
        with open(os.path.join(a.summaries, f"{a.size}.json"), "w") as f:
            json.dump(collect(a.results, a.size, a.articles, a.root), f, indent=1, sort_keys=True)
            f.write("\n")
    summaries = [load(os.path.join(a.summaries, f"{size}.json")) for size, _ in SIZES]
    summaries = [s for s in summaries if s.get("store")]
    if not summaries:
        ap.error(f"no summaries in {a.summaries}")
    render(summaries, a.root, a.out)


if __name__ == "__main__":
    main()
