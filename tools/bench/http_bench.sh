#!/usr/bin/env bash
# HTTP figures: cold start (first start after the ingest: graph rebuilt; second
# start: graph read from its snapshot), RSS, and wrk -t2 -c64 -d10s on GET /v1/claims/{id}
# and /v1/actors/{id}/timeline vs nginx serving a static 2 KB JSON file. Each
# measured run follows a 2 s warm-up on the same paths (claimkb and nginx
# alike): the paths repeat, so claimkb answers from its reply cache; a second
# server with --reply-cache-mb 0 gives the uncached figures.
# usage: http_bench.sh CLAIMKB_BIN STORE_DIR RESULTS_DIR   (uses RESULTS_DIR/ids.txt)
set -uo pipefail
BIN="$1"; DB="$2"; OUT="$3"
HERE="$(cd "$(dirname "$0")" && pwd)"
DURATION="${CLAIMKB_BENCH_WRK_SECONDS:-10}"
log() { printf '[bench %s] %s\n' "$(date +%T)" "$*" >&2; }
exec 3>> "$OUT/http.log"

if ! command -v wrk > /dev/null || { ! command -v nginx > /dev/null && [[ ! -x /usr/sbin/nginx ]]; }; then
  log "installing wrk and nginx-light (Debian)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk nginx-light >&3 2>&1 || { log "cannot install wrk/nginx"; exit 1; }
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

grep '^claim ' "$OUT/ids.txt" | cut -d' ' -f2 | sed 's|^|/v1/claims/|' > "$OUT/paths_claims.txt"
grep '^actor ' "$OUT/ids.txt" | cut -d' ' -f2 | sed 's|^|/v1/actors/|; s|$|/timeline?limit=50|' > "$OUT/paths_timeline.txt"
FIRST_CLAIM="$(head -1 "$OUT/paths_claims.txt")"

wrk_run() {  # name url paths-file
  WRK_PATHS="$3" wrk -t2 -c64 -d2s -s "$HERE/http.lua" "$2" > /dev/null 2>&1
  WRK_PATHS="$3" wrk -t2 -c64 -d"${DURATION}s" --latency -s "$HERE/http.lua" "$2" > "$OUT/wrk_$1.txt" 2>&1
}
# start_server [ARGS...]: starts claimkb serve on a free port, waits for the first 200 (sets SERVER, PORT, COLD ms).
start_server() {
  PORT="$(free_port)"
  local t0
  t0=$(date +%s%N)
  "$BIN" serve --db "$DB" --listen "127.0.0.1:$PORT" "$@" >&3 2>&1 &
  SERVER=$!
  COLD=""
  for _ in $(seq 1 6000); do  # up to ~5 min: the graph is rebuilt at start
    kill -0 "$SERVER" 2>/dev/null || break
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$FIRST_CLAIM")" == 200 ]]; then
      COLD=$(( ($(date +%s%N) - t0) / 1000000 )); break
    fi
    sleep 0.05
  done
  [[ -n "$COLD" ]] || { log "server did not answer $FIRST_CLAIM"; kill "$SERVER" 2>/dev/null; SERVER=""; return 1; }
}

SERVER=""
trap '[[ -n "$SERVER" ]] && kill $SERVER 2>/dev/null; [[ -f "$OUT/nginx/nginx.pid" ]] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null' EXIT
# The first start after the ingest rebuilds the graph from the store (and
# writes its snapshot once serving); the second start below reads the snapshot.
rm -f "$DB/graph.snapshot"
start_server || exit 1
COLD_MS="$COLD"
RSS_START=$(awk '/VmRSS/ {print $2 * 1024}' "/proc/$SERVER/status")
curl -s "http://127.0.0.1:$PORT$FIRST_CLAIM" > "$OUT/sample_claim.json"
log "claimkb serve answered after ${COLD_MS} ms; wrk ${DURATION}s on claims and timelines"
wrk_run claims "http://127.0.0.1:$PORT" "$OUT/paths_claims.txt"
wrk_run timeline "http://127.0.0.1:$PORT" "$OUT/paths_timeline.txt"
RSS_END=$(awk '/VmRSS/ {print $2 * 1024}' "/proc/$SERVER/status")
kill "$SERVER"; wait "$SERVER" 2>/dev/null
SERVER=""

log "the same without the reply cache (a second start: the graph comes from its snapshot)"
COLD_SNAPSHOT_MS=null
RSS_SNAPSHOT=null
if start_server --reply-cache-mb 0; then
  COLD_SNAPSHOT_MS="$COLD"
  RSS_SNAPSHOT=$(awk '/VmRSS/ {print $2 * 1024}' "/proc/$SERVER/status")
  log "second start answered after ${COLD_SNAPSHOT_MS} ms"
  wrk_run claims_nocache "http://127.0.0.1:$PORT" "$OUT/paths_claims.txt"
  wrk_run timeline_nocache "http://127.0.0.1:$PORT" "$OUT/paths_timeline.txt"
  kill "$SERVER"; wait "$SERVER" 2>/dev/null
fi
SERVER=""

log "nginx static 2 KB JSON"
mkdir -p "$OUT/nginx/html"
python3 - "$OUT/nginx/html/claim.json" <<'PY'
import json, sys
rec = {"id": "c-0000000000000000-000001", "text": "", "attribution": {"kind": "indirect", "speakers": ["anna-lozano"]}}
rec["text"] = "x" * (2048 - len(json.dumps(rec)))
open(sys.argv[1], "w").write(json.dumps(rec))
PY
chmod -R a+rX "$OUT/nginx"
NPORT="$(free_port)"
cat > "$OUT/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $OUT/nginx/nginx.pid;
error_log $OUT/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  server { listen 127.0.0.1:$NPORT; root $OUT/nginx/html; location / { try_files /claim.json =404; } }
}
CONF
"$NGINX" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" >&3 2>&1 || { log "nginx failed to start"; exit 1; }
sleep 0.3
echo "/claim.json" > "$OUT/paths_nginx.txt"
wrk_run nginx "http://127.0.0.1:$NPORT" "$OUT/paths_nginx.txt"
"$NGINX" -p "$OUT/nginx" -c "$OUT/nginx/nginx.conf" -s stop >&3 2>&1
printf '{"cold_start_ms": %s, "cold_start_snapshot_ms": %s, "rss_start": %s, "rss_start_snapshot": %s, "rss_end": %s, "seconds": %s}\n' \
  "$COLD_MS" "$COLD_SNAPSHOT_MS" "$RSS_START" "$RSS_SNAPSHOT" "$RSS_END" "$DURATION" > "$OUT/http.json"
trap - EXIT
