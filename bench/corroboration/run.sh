#!/usr/bin/env bash
# bench/corroboration (issue 12): grouping quality and ingest cost of claims and tracked movements, on a seeded
# stream of generated reports (bench/Corroboration.Bench/ReportStream.cs), in a dedicated embedded cluster.
#   MOVEMENTS (300)      true movements of the quality stream, each reported by 1-20 outlets
#   BACKGROUND (100000)  claims stored before the rate is measured
#   RATE_MOVEMENTS (150) true movements of each rate stream (no claims, claims with 1 client, claims with 4 clients)
# Writes bench/corroboration/RESULTS.md; the cluster lives in bench/corroboration/work/db (git-ignored).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
bash "$ROOT/scripts/setup.sh" >/dev/null
dotnet build "$ROOT/bench/Corroboration.Bench" -c Release --verbosity quiet -nologo >/dev/null
BIN="$ROOT/bench/Corroboration.Bench/bin/Release/net10.0/Corroboration.Bench.dll"
mkdir -p "$HERE/work"
export GEOMAP_DATA_DIR="${GEOMAP_DATA_DIR:-$HERE/work/db}"
cd "$HERE/work"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
start=$(date -u +%Y-%m-%dT%H:%MZ)
dotnet "$BIN" quality "${MOVEMENTS:-300}" "${SEED:-12}" quality.md
dotnet "$BIN" rate "${BACKGROUND:-100000}" "${RATE_MOVEMENTS:-150}" "${SEED:-12}" rate.md
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
dotnet "$ROOT/src/GeoMap.Cli/bin/Debug/net10.0/geomap.dll" db stop >/dev/null 2>&1 || true

{
  echo "# bench/corroboration"
  echo
  echo "Issue 12: claims of one movement grouped into tracked movements, near-copies recognised, and what it costs on ingest."
  echo "Run \`bench/corroboration/run.sh\` (about 3 minutes on a quiet machine, 20 under heavy load)."
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB;" \
       "shared with other work: load average $load_before before, $load_after after (1, 5, 15 min). Run $start, commit $(git -C "$ROOT" rev-parse --short HEAD)."
  echo
  echo "## What is measured"
  echo
  echo "A seeded generator (bench/Corroboration.Bench/ReportStream.cs) makes true movements on a map of generated towns, each"
  echo "town with a base 3-12 km away, and has each reported by 1-20 outlets: independent reports (own wording, the town or its"
  echo "base, the full period, part of it, one day or no date, the actor named or not, the kind read or not, the same, a"
  echo "nearby or a doubled/halved strength, planned/under way/completed by publication time), syndicated copies of another"
  echo "outlet's report (dateline, a word or two changed, last sentence dropped) and rewrites (sentences reordered, words"
  echo "changed, a sentence added). 40% of the movements are hard cases made beside an earlier one: the same route 20-60 days"
  echo "later, another side at the same place and days, the reverse movement just after, the same side to a town 60-200 km"
  echo "away, a withdrawal to the town a deployment went to. Claims are given as extraction would give them (the bench"
  echo "measures the grouping rule and duplicate detection, not extraction, which bench/movements measures). Reports are"
  echo "stored one at a time in publication order through the server's own path (ReportStore: fingerprint, copy lookup,"
  echo "claims linked by the grouping rule) with the default settings of appsettings.Example.json."
  echo
  echo "## Quality (target: pairwise precision and recall >= 0.95)"
  echo
  cat quality.md
  echo
  echo "## Ingest rate (target: >= 200 reports/s with 100,000 stored claims)"
  echo
  echo "One report at a time per client (each its own transaction), through ReportStore as the server ingests after"
  echo "extraction; extraction itself is not included (bench/movements measures it). With several clients, reports whose"
  echo "places are too far apart to be one movement link at the same time (ClaimLinker's area locks). CPU: this process,"
  echo "and the PostgreSQL cluster's processes from /proc; on a machine shared with other work, CPU ms per report is the"
  echo "better guide: reports/s on a quiet machine is about 1000 / (CPU ms per report) per core the clients can use."
  echo "The bench runs with the server's runtime settings (src/GeoMap.Cli/ServerRuntime.props) and stores a few hundred"
  echo "reports first, not measured, as a running server has its ingest path compiled. Copies P / R: the copies recognised"
  echo "in each stream, counted as in the quality run, against a history of 100,000 reports from the same generator."
  echo
  cat rate.md
} > "$HERE/RESULTS.md"
cat "$HERE/RESULTS.md"
