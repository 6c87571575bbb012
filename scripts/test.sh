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

# The gazetteer cache is compiled once here, not by whichever test process needs it first (in parallel, under a timeout).
echo "[test] gazetteer cache"
dotnet src/GeoMap.Cli/bin/Debug/net10.0/geomap.dll gazetteer build --if-needed

mkdir -p test-output
# The release (tarball and .deb) the install tests unpack and run from outside the source tree.
echo "[test] packaging the release"
if bash scripts/package.sh --skip-setup --skip-client --out test-output/dist >test-output/package.log 2>&1; then
  export GEOMAP_PACKAGE_DIR="$ROOT/test-output/dist"
else
  tail -n 30 test-output/package.log
  echo "[test] packaging failed (test-output/package.log); the install tests will try again and report why"
fi

log=test-output/dotnet-test.log
set +e
dotnet test GeoMap.sln --no-build --verbosity quiet -nologo --blame-hang-timeout 15m --logger "console;verbosity=normal" 2>&1 | tee "$log" | grep -E '^\s*(Failed |Skipped )|Error Message|^Test Run|^Total tests|: error [A-Z]+[0-9]+' 
status=${PIPESTATUS[0]}
set -e

# One closing line over every test assembly, in the form CI reads. Each assembly ends with a block
# "Total tests: N / Passed: N / Failed: N / Skipped: N" (lines with a zero count are left out).
awk '/^Total tests:/ { block = 1; next }
     block && $1 == "Passed:"  { p += $2 }
     block && $1 == "Failed:"  { f += $2 }
     block && $1 == "Skipped:" { s += $2 }
     /Total time:/ { block = 0 }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
