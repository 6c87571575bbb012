#!/usr/bin/env bash
# bench/http: wrk on loopback against /ogc/collections/movements/items?bbox=...&datetime=...&limit=100 over the
# million seeded movements of bench/query, at concurrency 1, 8 and 32; side by side, the same queries through
# GeoMap.Storage alone (page with numberMatched, as the endpoint does). Writes RESULTS.md.
#   DURATION=20 (seconds per run)  PORT=5097  QUERIES=2000
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DURATION="${DURATION:-20}"
PORT="${PORT:-5097}"
QUERIES="${QUERIES:-2000}"
WORK="$HERE/work"
mkdir -p "$WORK"
if ! command -v wrk >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "[http] installing wrk (Debian)"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

dotnet build "$ROOT/src/GeoMap.Cli" -c Release --verbosity quiet -nologo
dotnet build "$ROOT/bench/Query.Bench" -c Release --verbosity quiet -nologo
dotnet build "$HERE/HttpBench" -c Release --verbosity quiet -nologo
GEOMAP="$ROOT/src/GeoMap.Cli/bin/Release/net10.0/geomap.dll"
DRIVER="$HERE/HttpBench/bin/Release/net10.0/HttpBench.dll"

# The same database as bench/query (its embedded cluster), loaded once by its own seeded loader.
export GEOMAP_DATA_DIR="${GEOMAP_DATA_DIR:-$ROOT/bench/query/work/db}"
LOAD_TIME_FILE="$WORK/load-time.txt" dotnet "$ROOT/bench/Query.Bench/bin/Release/net10.0/Query.Bench.dll" load 1000000 42
dotnet "$DRIVER" queries "$QUERIES" 11 "$WORK/queries.txt"

# Per-request logging would dominate the measurement; the server logs warnings only.
env Logging__LogLevel__Default=Warning dotnet "$GEOMAP" serve --urls "http://127.0.0.1:$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill -TERM $SERVER 2>/dev/null; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null || { echo "server did not start"; cat "$WORK/server.log"; exit 1; }

# Warm the server (JIT, pool, buffer cache) over every query once.
wrk -t1 -c4 -d10s -s "$HERE/boxes.lua" "http://127.0.0.1:$PORT" -- "$WORK/queries.txt" >/dev/null

ms() { # wrk latency ("812.00us", "3.21ms", "1.02s") -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

ROWS=""
for C in 1 8 32; do
  T=$(( C < 2 ? C : 2 ))
  LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
  wrk -t"$T" -c"$C" -d"${DURATION}s" --latency -s "$HERE/boxes.lua" "http://127.0.0.1:$PORT" -- "$WORK/queries.txt" > "$WORK/wrk-c$C.txt" 2>&1
  STORAGE=$(dotnet "$DRIVER" storage "$WORK/queries.txt" "$C" "$DURATION")
  echo "$STORAGE" > "$WORK/storage-c$C.txt"
  H_RPS=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk-c$C.txt")
  H_P50=$(ms "$(awk '$1 == "50%" { print $2 }' "$WORK/wrk-c$C.txt")")
  H_P99=$(ms "$(awk '$1 == "99%" { print $2 }' "$WORK/wrk-c$C.txt")")
  BAD=$(awk '/Non-2xx/ { print $5 }' "$WORK/wrk-c$C.txt"); BAD=${BAD:-0}
  S_RPS=$(sed -E 's/.* rps=([0-9.]+).*/\1/' <<< "$STORAGE")
  S_P50=$(sed -E 's/.* p50=([0-9.]+).*/\1/' <<< "$STORAGE")
  S_P99=$(sed -E 's/.* p99=([0-9.]+).*/\1/' <<< "$STORAGE")
  RATIO_P50=$(awk -v h="$H_P50" -v s="$S_P50" 'BEGIN { printf "%.2f", h / s }')
  RATIO_RPS=$(awk -v h="$H_RPS" -v s="$S_RPS" 'BEGIN { printf "%.2f", s / h }')
  ROWS+="| $C | $H_RPS | $H_P50 | $H_P99 | $BAD | $S_RPS | $S_P50 | $S_P99 | $RATIO_P50 | $RATIO_RPS | $LOAD_BEFORE |"$'\n'
done

CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
CORES=$(nproc)
MEM=$(awk '/MemTotal/ { print $2 " " $3 }' /proc/meminfo)
cat > "$HERE/RESULTS.md" <<MD
# bench/http results

Written by \`bench/http/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC').
Machine: $CORES cores ($CPU), $MEM RAM; server, PostgreSQL, wrk and the Storage driver all on this machine, over loopback.
Load average (1 min) when each run started is in the last column: the machine is shared, so compare the two paths of
the same row (measured back to back) rather than rows of different runs.

Data: bench/query's 1,000,000 seeded movements (seed 42). Queries: $QUERIES random boxes of 1-5 degrees with a random
31-day closed datetime interval, limit 100 (seed 11), the same list for both paths, cycled.
HTTP: \`wrk -t min(c,2) -c c -d ${DURATION}s --latency -s bench/http/boxes.lua\` against
\`GET /ogc/collections/movements/items?bbox=…&datetime=…/…&limit=100\` (\`geomap serve\`, Release, warnings-only logging,
after a 10 s warm-up). Storage: \`HttpBench storage\` with c concurrent workers calling
\`MovementRepository.QueryAsync\` with \`countTotal\` (numberMatched comes with a first page's rows), exactly the endpoint's database work.

| concurrency | HTTP req/s | HTTP p50 ms | HTTP p99 ms | HTTP non-2xx | Storage req/s | Storage p50 ms | Storage p99 ms | p50 HTTP/Storage | req/s Storage/HTTP | load avg |
|---|---|---|---|---|---|---|---|---|---|---|
$ROWS
Targets (issue 4): p50 under 10 ms at concurrency 1; at least 1,000 requests/s at concurrency 8.
Raw outputs: bench/http/work/wrk-c*.txt and storage-c*.txt (not committed).
MD
cat "$HERE/RESULTS.md"
