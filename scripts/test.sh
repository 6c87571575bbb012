#!/usr/bin/env bash
# Sets everything up and runs every test: unit tests, PostGIS-backed storage and HTTP tests,
# GDAL interoperability and headless-Chromium end-to-end tests. Prints one summary line at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh

if [ -f src/GeoMap.Web/package.json ]; then
  echo "[test] building the map client"
  (cd src/GeoMap.Web && npm run --silent build)
fi

echo "[test] building"
dotnet build GeoMap.sln --no-restore --verbosity quiet -nologo

mkdir -p test-output
log=test-output/dotnet-test.log
set +e
dotnet test GeoMap.sln --no-build --verbosity quiet -nologo --logger "console;verbosity=normal" 2>&1 | tee "$log" | grep -E '^\s*(Failed |Passed!|Failed!|Skipped )|Error Message|error' 
status=${PIPESTATUS[0]}
set -e

# One closing line over every test assembly, in the form CI reads.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     } END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
