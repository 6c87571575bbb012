#!/usr/bin/env bash
# bench/client: builds the web client and measures it in Chromium at 10,000 and 100,000 movements (first complete
# render with its CPU time, the movement requests, frame times while panning and zooming); writes
# bench/client/RESULTS.md. Method and history: README.md.
# Usage: bench/client/run.sh [COUNTS] [RUNS]   (COUNTS comma-separated, default 10000,100000; RUNS default 5)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
(cd src/GeoMap.Web && npm run --silent build)
dotnet build -c Release bench/client/Client.Bench -v q -nologo -m:1 >&2
# The builds leave compiler servers running and the machine busy for a while: stopped, and the 1-minute load average
# let fall under 1 before the first count (at most 3 minutes), so that the first count does not measure the builds.
dotnet build-server shutdown >/dev/null 2>&1 || true
for _ in $(seq 36); do awk '{ exit !($1 < 1.0) }' /proc/loadavg && break; sleep 5; done
counts="${1:-10000,100000}"
runs="${2:-5}"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
{
  echo "# bench/client results"
  echo
  echo "Written by \`bench/client/run.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC at $(git rev-parse --short HEAD)."
  echo "Machine: $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(chromium --version 2>/dev/null | head -1) headless with --disable-gpu (software rendering)."
  echo "Wall times move with the machine's load (noted per table); CPU times much less. Method in README.md."
  for count in ${counts//,/ }; do
    load_before=$(cut -d' ' -f1-3 /proc/loadavg)
    table=$(dotnet run -c Release --no-build --project bench/client/Client.Bench -- "$count" "$runs" | grep '^|')
    load_after=$(cut -d' ' -f1-3 /proc/loadavg)
    echo
    echo "## $count movements (north-east Asia, 1280x800), $runs cold loads"
    echo
    echo "Load average (1, 5, 15 min): $load_before before, $load_after after."
    echo
    echo "| measure | value |"
    echo "|---|---|"
    echo "$table"
  done
  echo
  echo "Targets (issue 19): first complete render under 1 s at 10,000 movements and under 2 s at 100,000; frame p95 under"
  echo "17 ms and p99 under 50 ms while panning and zooming."
} > "$HERE/RESULTS.md.new"
mv "$HERE/RESULTS.md.new" "$HERE/RESULTS.md"
cat "$HERE/RESULTS.md"
