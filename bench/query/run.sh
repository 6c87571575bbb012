#!/usr/bin/env bash
# bench/query: loads 1,000,000 seeded movements into a dedicated embedded cluster (once), then measures
# the region + 31-day query and the movement vector tiles through GeoMap.Storage and the same SQL through psql,
# and writes RESULTS.md.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
bash "$ROOT/scripts/setup.sh"
dotnet build "$ROOT/bench/Query.Bench" -c Release --verbosity quiet -nologo
BIN="$ROOT/bench/Query.Bench/bin/Release/net10.0/Query.Bench.dll"
mkdir -p "$HERE/work"
export GEOMAP_DATA_DIR="${GEOMAP_DATA_DIR:-$HERE/work/db}"
cd "$HERE/work"
dotnet "$BIN" load "${COUNT:-1000000}" 42
dotnet "$BIN" run "${BOXES:-200}" 7 "$HERE/RESULTS.md"
# The movement vector tiles over the same movements, Storage and psql side by side (issue 19), with the load they ran under.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
tiles=$(dotnet "$BIN" tiles "${TILES_PER_ZOOM:-25}" 7)
{ echo; echo "## Movement vector tiles (/tiles/movements), $(date -u '+%Y-%m-%d %H:%M') UTC at $(git -C "$ROOT" rev-parse --short HEAD)"; echo; echo "Load average (1, 5, 15 min): $load_before before, $(cut -d' ' -f1-3 /proc/loadavg) after."; echo; echo "$tiles" | sed -n '/^Tiles:/,$p'; } >> "$HERE/RESULTS.md"
# The same tiles' pages touched (EXPLAIN ANALYZE, BUFFERS): counts that, unlike the times above, do not move with the load.
pages=$(dotnet "$BIN" explain "${TILES_PER_ZOOM:-25}" 7)
{ echo; echo "Pages (8 kB) each tile's query touched, from EXPLAIN (ANALYZE, BUFFERS) of the same tiles (the second of two runs; execution times under the same load):"; echo; echo "$pages"; } >> "$HERE/RESULTS.md"
# Leave the cluster running only if asked (bench/http reuses it).
# (Query.Bench stops a cluster it started itself; this stops one left by an interrupted run, if the CLI is built.)
CLI="$ROOT/src/GeoMap.Cli/bin/Debug/net10.0/geomap.dll"
[ "${KEEP_RUNNING:-0}" = "1" ] || [ ! -f "$CLI" ] || dotnet "$CLI" db stop >/dev/null 2>&1 || true
