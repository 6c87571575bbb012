#!/usr/bin/env bash
# bench/client: builds the web client and measures 10,000 movements in Chromium (first complete render, frame
# times while panning and zooming); writes bench/client/RESULTS.md. Method and history: README.md.
# Usage: bench/client/run.sh [MOVEMENTS] [RUNS]
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
cd "$ROOT"
(cd src/GeoMap.Web && npm run --silent build)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
table=$(dotnet run -c Release --project bench/client/Client.Bench -- "${1:-10000}" "${2:-5}" | grep '^|')
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
{
  echo "# bench/client results"
  echo
  echo "Written by \`bench/client/run.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC."
  echo "Machine: $(nproc) cores ($cpu), $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(chromium --version 2>/dev/null | head -1) headless with --disable-gpu (software rendering)."
  echo "Load average (1, 5, 15 min): $load_before before, $load_after after."
  echo
  echo "${1:-10000} movements in view (north-east Asia, 1280x800), ${2:-5} cold loads; method in README.md."
  echo
  echo "| measure | value |"
  echo "|---|---|"
  echo "$table"
  echo
  echo "Targets (issue 6): first complete render under 2 s; 95th percentile frame under 33 ms."
} > "$HERE/RESULTS.md"
cat "$HERE/RESULTS.md"
