#!/usr/bin/env bash
# Sets everything up and runs GeoMap on the embedded PostGIS with the sample reports loaded.
# Prints the URL to open; Ctrl+C stops the server and the database it started.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/setup.sh
if [ -f src/GeoMap.Web/package.json ]; then
  (cd src/GeoMap.Web && npm run --silent build)
fi
dotnet build src/GeoMap.Cli --no-restore --verbosity quiet -nologo
dotnet src/GeoMap.Cli/bin/Debug/net10.0/geomap.dll gazetteer build --if-needed
exec dotnet src/GeoMap.Cli/bin/Debug/net10.0/geomap.dll serve --sample-data "$@"
