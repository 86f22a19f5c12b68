#!/usr/bin/env python3
"""Turns the result files of tools/bench/run into tools/bench/BENCHMARKS.md."""
import argparse
import datetime
import json
import os
import platform
import re
import subprocess


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
        dirty = subprocess.run(["git", "-C", root, "status", "--porcelain"], capture_output=True, text=True).stdout.strip()
        return h + (" (with uncommitted changes)" if dirty else "")
    except OSError:
        return "unknown"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", required=True)
    ap.add_argument("--size", required=True)
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    R = lambda name: os.path.join(a.results, name)
    ex, peers, st, st10 = load(R("extract.json")), load(R("peers.json")), load(R("store.json")), load(R("store_tenth.json"))
    micro, http = load(R("micro.json")), load(R("http.json"))
    w_claims, w_tl, w_ng = wrk(R("wrk_claims.txt")), wrk(R("wrk_timeline.txt")), wrk(R("wrk_nginx.txt"))
    loads = [open(R(f)).read().strip() if os.path.exists(R(f)) else "?" for f in ("load_before", "load_after")]
    q = st.get("queries", {})
    qq = lambda k, p: q.get(k, {}).get(p)
    comp, wink = peers.get("compromise", {}), peers.get("wink", {})
    mbs = ex.get("mb_per_s")
    ing, ing_r, ing_s = st.get("ingest", {}).get("per_s"), st.get("ingest_rocks_raw", {}).get("per_s"), st.get("ingest_sqlite", {}).get("per_s")
    data, disk = st.get("data", {}), st.get("disk", {})
    mem, mem10 = load(R("graphmem.json")), load(R("graphmem_tenth.json"))
    claims = data.get("claims") or 0

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
    rows.append(qrow("Claim by id", "claim_by_id", [("SQLite", "claim_by_id_sqlite"), ("RocksDB raw Get", "claim_by_id_rocks_raw")],
                     "p99 <= 20 µs", qq("claim_by_id", "p99_us") is not None and qq("claim_by_id", "p99_us") <= 20))
    rows.append(qrow("Claim with provenance (the GET /v1/claims/{id} body, in-process)", "claim_detail_view",
                     [("SQLite by id", "claim_by_id_sqlite")]))
    rows.append(qrow("Actor timeline (50 items)", "timeline50", [("SQLite", "timeline50_sqlite")], "p99 <= 1 ms",
                     qq("timeline50", "p99_us") is not None and qq("timeline50", "p99_us") <= 1000))
    rows.append(qrow("Claims by speaker + date range (50)", "speaker_dates", [("SQLite", "speaker_dates_sqlite")]))
    rows.append(qrow("3-hop neighbourhood (cap 500 nodes)", "hood3", [("SQLite recursive CTE", "hood3_sqlite")]))
    rows.append(qrow("Shortest path (<= 4 hops)", "path4", [("SQLite recursive CTE", "path4_sqlite")]))
    rows.append(("HTTP GET /v1/claims/{id}, req/s (wrk -t2 -c64)", fmt(w_claims["rps"]), f"nginx static 2 KB JSON {fmt(w_ng['rps'])}",
                 ratio(w_claims["rps"], w_ng["rps"]), ">= 0.7x nginx, 0 errors",
                 verdict(None if not w_claims["rps"] or not w_ng["rps"] else
                         w_claims["rps"] >= 0.7 * w_ng["rps"] and w_claims["non2xx"] + w_claims["socket_errors"] == 0)))
    rows.append(("HTTP GET /v1/actors/{id}/timeline, req/s", fmt(w_tl["rps"]), f"nginx {fmt(w_ng['rps'])}", ratio(w_tl["rps"], w_ng["rps"]), "0 errors",
                 verdict(None if w_tl["rps"] is None else w_tl["non2xx"] + w_tl["socket_errors"] == 0)))
    rows.append(("Disk bytes per claim (after ingest / compacted)",
                 f"{fmt(disk.get('claimkb_per_claim'))} / {fmt(disk.get('claimkb_compacted_per_claim'))}",
                 f"SQLite {fmt(disk.get('sqlite_per_claim'))}",
                 ratio(disk.get("sqlite_per_claim"), disk.get("claimkb_compacted_per_claim")) + " (compacted)",
                 "<= SQLite",
                 verdict(None if not disk.get("claimkb_compacted_per_claim") else
                         disk["claimkb_compacted_per_claim"] <= disk["sqlite_per_claim"])))

    L = []
    L.append("# claimkb benchmarks\n")
    L.append(f"Generated by `tools/bench/run --size {a.size}` on {datetime.datetime.utcnow():%Y-%m-%d %H:%M} UTC.\n")
    L.append(f"- Machine: {machine()}")
    L.append(f"- Load average (1/5/15 min) before: {loads[0]}; after: {loads[1]} (the machine may be shared; "
             "figures move with load)")
    build_dir = os.path.relpath(os.path.dirname(os.path.dirname(os.path.abspath(a.results))), a.root)
    L.append(f"- Commit: {commit(a.root)}; build: Release (`{build_dir}/`)")
    L.append(f"- Corpus: {a.articles} synthetic articles from `tools/bench/gen_corpus.py --seed 1` "
             f"({fmt(ex.get('bytes', 0) / 1e6, 1)} MB, the seed article mixed in every 50th), "
             f"{fmt(claims)} claims, {fmt(data.get('actors'))} actors, {fmt(data.get('edges'))} edges stored\n")
    L.append("| figure | claimkb | peers (same run, same machine) | ratio (>1: claimkb ahead) | target | status |")
    L.append("|---|---|---|---|---|---|")
    for r in rows:
        L.append("| " + " | ".join(r) + " |")
    L.append("")
    L.append("## Detail\n")
    L.append(f"- Extraction: {fmt(ex.get('articles'))} articles, {fmt(ex.get('claims'))} claims, {fmt(ex.get('failed'))} failed, "
             f"{fmt(ex.get('seconds'), 2)} s on one thread. Peers on a prefix of the same corpus: compromise "
             f"(people, places, dates via compromise-dates, numbers, quotations) on {fmt(comp.get('bytes'))} bytes, "
             f"wink-nlp + wink-eng-lite-web-model (entities, sentences) on {fmt(wink.get('bytes'))} bytes.")
    L.append(f"- HTTP: cold start (process launch to first 200 on a claim) {fmt(http.get('cold_start_ms'))} ms; "
             f"server RSS {fmt((http.get('rss_start') or 0) / 1e6)} MB after start, {fmt((http.get('rss_end') or 0) / 1e6)} MB after load; "
             f"claims p50/p99 {fmt(w_claims['p50_ms'], 2)}/{fmt(w_claims['p99_ms'], 2)} ms, errors {w_claims['non2xx'] + w_claims['socket_errors']}; "
             f"timeline p50/p99 {fmt(w_tl['p50_ms'], 2)}/{fmt(w_tl['p99_ms'], 2)} ms, errors {w_tl['non2xx'] + w_tl['socket_errors']}; "
             f"nginx p50/p99 {fmt(w_ng['p50_ms'], 2)}/{fmt(w_ng['p99_ms'], 2)} ms.")
    L.append(f"- Memory: graph of {fmt(data.get('graph_nodes'))} nodes / {fmt(data.get('graph_edges'))} edges loaded from the store in "
             f"{fmt(mem.get('graph_load_seconds'), 2)} s adds {fmt((mem.get('graph_rss_bytes') or 0) / 1e6)} MB RSS = "
             f"{fmt(mem.get('graph_bytes_per_claim'))} bytes per claim. "
             f"Server RSS per claim: {fmt((http.get('rss_end') or 0) / max(claims, 1))} bytes.")
    L.append(f"- Disk: claimkb {fmt(disk.get('claimkb_bytes'))} bytes, SQLite {fmt(disk.get('sqlite_bytes'))}, "
             f"RocksDB raw {fmt(disk.get('rocks_raw_bytes'))} (uncompacted, as left after ingest); "
             f"claimkb after `claimkb compact` {fmt(disk.get('claimkb_compacted_bytes'))} bytes.")
    L.append(f"- Graph queries: 3-hop neighbourhood averages {fmt(q.get('hood3_avg_nodes'))} nodes; paths found "
             f"{fmt(q.get('path4_found'))} of 500 (claimkb), {fmt(q.get('path4_found_sqlite'))} of {fmt(q.get('path4_sqlite_samples'))} "
             f"(SQLite; {fmt(q.get('path4_sqlite_timeouts'))} gave up after a 2 s budget, so its p99 is the budget). "
             "SQLite's recursive CTEs have no visited set, so they revisit nodes; that is what plain SQL offers.")
    if st10:
        d10 = st10.get("data", {})
        c10 = d10.get("claims") or 1
        L.append("\n## Growth\n")
        L.append("| articles | claims | ingest/s | by-id p99 µs | timeline p99 µs | disk B/claim | SQLite B/claim | graph B/claim |")
        L.append("|---|---|---|---|---|---|---|---|")
        for n, s, m in ((a.articles // 10, st10, mem10), (a.articles, st, mem)):
            qs, dd = s.get("queries", {}), s.get("data", {})
            L.append(f"| {fmt(n)} | {fmt(dd.get('claims'))} | {fmt(s.get('ingest', {}).get('per_s'))} | "
                     f"{fmt(qs.get('claim_by_id', {}).get('p99_us'))} | {fmt(qs.get('timeline50', {}).get('p99_us'))} | "
                     f"{fmt(s.get('disk', {}).get('claimkb_per_claim'))} | {fmt(s.get('disk', {}).get('sqlite_per_claim'))} | "
                     f"{fmt(m.get('graph_bytes_per_claim'))} |")
    if micro.get("benchmarks"):
        L.append("\n## Micro-benchmarks (Google Benchmark)\n")
        L.append("| benchmark | time per iteration | throughput |")
        L.append("|---|---|---|")
        for b in micro["benchmarks"]:
            tp = f"{b['bytes_per_second'] / 1e6:.1f} MB/s" if b.get("bytes_per_second") else "-"
            L.append(f"| {b['name']} | {b['real_time']:.3g} {b['time_unit']} | {tp} |")
    notes = os.path.join(os.path.dirname(a.out), "NOTES.md")
    if os.path.exists(notes):
        L.append("\n" + open(notes).read().strip())
    L.append("\n## Reproduce\n")
    L.append(f"`tools/bench/run --size {a.size}` (small: 1k articles, medium: 10k, large: 100k). It builds Release in "
             "`build-bench/`, installs its peers when missing (npm packages into `tools/bench/peers/`, wrk and nginx-light "
             "from Debian), and leaves raw results in `build-bench/bench-SIZE/results/`.")
    with open(a.out, "w") as f:
        f.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
