#!/usr/bin/env bash
# bench/client: builds the web client and runs the client benchmark (10,000 movements by default, 3 cold loads).
# Usage: bench/client/run.sh [MOVEMENTS] [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
(cd src/GeoMap.Web && npm run --silent build)
dotnet run -c Release --project bench/client/Client.Bench -- "${1:-10000}" "${2:-3}"
