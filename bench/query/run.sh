#!/usr/bin/env bash
# bench/query: loads 1,000,000 seeded movements into a dedicated embedded cluster (once), then measures
# the region + 31-day query through GeoMap.Storage and the same SQL through psql, and writes RESULTS.md.
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
# Leave the cluster running only if asked (bench/http reuses it).
[ "${KEEP_RUNNING:-0}" = "1" ] || dotnet "$ROOT/src/GeoMap.Cli/bin/Debug/net10.0/geomap.dll" db stop 2>/dev/null || true
