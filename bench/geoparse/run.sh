#!/usr/bin/env bash
# Geoparser benchmark: accuracy on ../shared/eval (GeoVirus, WikToR, TUD-Loc, LGL), speed, cache load time
# and peak memory. Run from the repository root:  bench/geoparse/run.sh [--eval DIR] [--speed-seconds N]
# Writes bench/geoparse/RESULTS.md; error lines go to bench/geoparse/work/errors.tsv (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
EVAL="${GEOMAP_EVAL:-../shared/eval}"
SPEED=10
ONLY=()
OUT=bench/geoparse/RESULTS.md
while [[ $# -gt 0 ]]; do
  case "$1" in
    --eval) EVAL="$2"; shift 2 ;;
    --speed-seconds) SPEED="$2"; shift 2 ;;
    --only) ONLY=(--only "${2//tudloc/TUD-Loc}"); OUT=bench/geoparse/work/RESULTS-partial.md; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
mkdir -p bench/geoparse/work
dotnet build -c Release bench/GeoParse.Bench -v quiet -nologo
# Make sure the cache exists, so the benchmark measures a load and not a build.
DLL=bench/GeoParse.Bench/bin/Release/net10.0/GeoParse.Bench.dll
dotnet "$DLL" --warm-cache-only >/dev/null
# One core: speed is measured on one thread; pinning keeps the runtime's helper threads off the other core.
exec taskset -c 0 dotnet "$DLL" --eval "$EVAL" --out "$OUT" "${ONLY[@]}" \
  --errors bench/geoparse/work/errors.tsv --speed-seconds "$SPEED"
