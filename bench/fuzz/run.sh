#!/usr/bin/env bash
# Fuzzes the report analyzer, the imagery header readers (issue 17, item 9) and the photo upload path (issue 16) with
# afl-fuzz through SharpFuzz, for a bounded time per target, then replays every crash and hang AFL saved and writes
# bench/fuzz/RESULTS.md.
# Run from the repository root:  bench/fuzz/run.sh [--seconds N] [--targets analyzer,tiff,worldfile,photo]
# Installs afl++ (Debian) and the SharpFuzz.CommandLine tool (NuGet, into bench/fuzz/work/tools) when missing.
# A finding becomes a test in the project that owns the code; its input stays in bench/fuzz/work/out (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET=300
TARGETS=analyzer,tiff,worldfile,photo
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_PER_TARGET="$2"; shift 2 ;;
    --targets) TARGETS="$2"; shift 2 ;;
    *) echo "usage: bench/fuzz/run.sh [--seconds N] [--targets analyzer,tiff,worldfile,photo]" >&2; exit 2 ;;
  esac
done
W=bench/fuzz/work
OUT=bench/fuzz/RESULTS.md
mkdir -p "$W"

if ! command -v afl-fuzz >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "[fuzz] installing afl++ (Debian)"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends afl++ >/dev/null
fi
if [ ! -x "$W/tools/sharpfuzz" ]; then
  echo "[fuzz] installing SharpFuzz.CommandLine 2.3.0"
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$W/tools" >/dev/null
fi

echo "[fuzz] building and instrumenting"
rm -rf "$W/bin" "$W/plain"
dotnet publish bench/Fuzz.Bench -c Release -o "$W/bin" -v quiet -nologo >/dev/null
# Findings are replayed on a copy that is not instrumented: instrumented code writes AFL's coverage map, which only
# exists under afl-fuzz.
cp -r "$W/bin" "$W/plain"
# Instrument GeoMap's own assemblies (not the runtime): coverage of what we wrote guides AFL. ImageSharp too, since the
# photo target's attack surface is its decoders (libvips, native, is not instrumented: a crash there still kills the process).
for dll in GeoMap.Core GeoMap.Geoparsing GeoMap.Imagery SixLabors.ImageSharp; do
  "$W/tools/sharpfuzz" "$W/bin/$dll.dll" >/dev/null
done
# The analyzer needs the gazetteer cache beside the program or in the source tree (DataPaths finds it there).
dotnet src/GeoMap.Cli/bin/Debug/net10.0/geomap.dll gazetteer build --if-needed >/dev/null 2>&1 || true

echo "[fuzz] seeds"
S="$W/seeds"
rm -rf "$S"; mkdir -p "$S/analyzer" "$S/tiff" "$S/worldfile" "$S/photo"
dotnet "$W/plain/Fuzz.Bench.dll" --seeds "$S/photo"
# Our own sentences, one per language family and script, each with places, a number and a date.
printf '%s' "The army moved 2,000 soldiers from Lviv to Kyiv by rail on 3 March." > "$S/analyzer/en.txt"
printf '%s' "Environ 800 militaires ont quitté Niamey pour le Tchad le 12 janvier, selon l'état-major." > "$S/analyzer/fr.txt"
printf '%s' "Rosja przerzuciła 1200 żołnierzy z Mińska do Grodna w zeszłym tygodniu." > "$S/analyzer/pl.txt"
printf '%s' "В понедельник около 500 военных перебросили из Белгорода в Курск." > "$S/analyzer/ru.txt"
printf '%s' "북한은 지난달 병력 3천 명을 블라디보스토크로 보냈다." > "$S/analyzer/ko.txt"
printf '%s' "نقلت القوات 700 جندي من حلب إلى دمشق يوم الأحد." > "$S/analyzer/ar.txt"
printf '0.0001\n0\n0\n-0.0001\n30.00005\n49.99995\n' > "$S/worldfile/plain.wld"
printf '  1e-4 \r\n0\r\n\r\n0\r\n-1E-4\r\n500000.5\r\n5500000.5\r\n' > "$S/worldfile/crlf.wld"
gdal_create -q -of GTiff -outsize 4 4 -bands 1 -ot Byte -a_srs EPSG:4326 -a_ullr 30 50 31 49 "$S/tiff/wgs84.tif"
gdal_create -q -of GTiff -outsize 8 8 -bands 3 -ot Byte -a_srs EPSG:32636 -a_ullr 500000 5500000 500800 5499200 -co TILED=YES -co BLOCKXSIZE=16 -co BLOCKYSIZE=16 "$S/tiff/utm-tiled.tif"
gdal_create -q -of GTiff -outsize 4 4 -bands 1 -ot UInt16 -a_srs EPSG:2154 -a_ullr 700000 6600000 700040 6599960 -co BIGTIFF=YES "$S/tiff/lambert93-bigtiff.tif"

export AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_QUIET=1
rows=()
IFS=, read -ra list <<< "$TARGETS"
for target in "${list[@]}"; do
  echo "[fuzz] $target for ${SECONDS_PER_TARGET} s"
  o="$W/out/$target"; rm -rf "$o"; mkdir -p "$W/out"
  # The analyzer loads the gazetteer on its first input: a long first timeout; later inputs take milliseconds.
  timeout_ms=2000; [ "$target" = analyzer ] && timeout_ms=20000
  /usr/bin/time -f '%e %U %S' -o "$W/$target.time" \
    afl-fuzz -i "$S/$target" -o "$o" -V "$SECONDS_PER_TARGET" -t "$timeout_ms" -m none -- dotnet "$W/bin/Fuzz.Bench.dll" "$target" \
    > "$W/$target.log" 2>&1 || true
  read -r wall user sys < "$W/$target.time" || { wall=0; user=0; sys=0; }
  stats="$o/default/fuzzer_stats"
  field() { awk -F' *: *' -v k="$1" '$1==k {print $2}' "$stats" 2>/dev/null || echo "?"; }
  execs=$(field execs_done); crashes=$(field saved_crashes); hangs=$(field saved_hangs); paths=$(field corpus_count); cov=$(field bitmap_cvg)
  replay="$W/$target.replay.tsv"; : > "$replay"
  shopt -s nullglob
  found=( "$o"/default/crashes/id* "$o"/default/hangs/id* )
  shopt -u nullglob
  if [ "${#found[@]}" -gt 0 ]; then
    dotnet "$W/plain/Fuzz.Bench.dll" "$target" --replay "${found[@]}" > "$replay" 2>&1 || true
  fi
  rows+=("| $target | ${execs:-?} | ${paths:-?} | ${cov:-?} | ${crashes:-?} | ${hangs:-?} | $wall | $(awk -v u="$user" -v s="$sys" 'BEGIN{printf "%.1f", u+s}') |")
done

load=$(cut -d' ' -f1-3 /proc/loadavg)
{
  echo "# Fuzzing (issue 17, item 9; the photo upload path, issue 16)"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, load average after: $load (the machine is shared)."
  echo "afl-fuzz $(afl-fuzz -h 2>&1 | grep -o '++[0-9.a-z]*' | head -1) with SharpFuzz 2.3.0; GeoMap.Core, GeoMap.Geoparsing, GeoMap.Imagery and"
  echo "SixLabors.ImageSharp instrumented; ${SECONDS_PER_TARGET} s per target; seeds written by run.sh (our own sentences, GeoTIFFs"
  echo "from gdal_create, small photos written by ImageSharp: a JPEG with EXIF GPS, direction, time and orientation, plain JPEG, PNG, WebP)."
  echo
  echo "A target passes an input when it returns or throws the error its contract documents: ImageryException for"
  echo "the readers and the photo path (PhotoReader.ProcessAsync, as the upload calls it: the 4xx the server answers); for the"
  echo "analyzer a result or UnusableInputException (its refusal of binary or wordless input)."
  echo "Anything else is a crash; an input over the timeout (2 s; 20 s for the analyzer, whose first input loads the"
  echo "gazetteer) is a hang."
  echo
  echo "| target | executions | corpus | coverage | crashes | hangs | wall s | CPU s |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "## Findings (replayed without AFL)"
  echo
  any=0
  for target in "${list[@]}"; do
    f="$W/$target.replay.tsv"
    if [ -s "$f" ]; then
      any=1; echo "### $target"; echo; echo '```'; cut -c1-400 "$f" | sed "s|$W/out/||"; echo '```'; echo
    fi
  done
  [ $any -eq 1 ] || echo "None: no crash or hang in this run."
} > "$OUT"
cat "$OUT"
