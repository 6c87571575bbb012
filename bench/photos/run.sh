#!/usr/bin/env bash
# Photo intake benchmark (issue 16): photos per second for the copy to staging with SHA-256, identification and EXIF,
# decode, orientation, screen copy (1600 px) and thumbnail (256 px) of 12-megapixel JPEGs, by GeoMap's PhotoReader with
# its pixels shrunk by NetVips (shrink-on-load, the default) and by ImageSharp (whole decode), in the same run, one
# photo at a time on one thread each (VIPS_CONCURRENCY=1), so photos per CPU-second is the rate per core.
#
#   bash bench/photos/run.sh          # writes bench/photos/RESULTS.md
#
# Environment: N=24 photos per engine (six inputs in turn).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="$HERE/work"
N="${N:-24}"
mkdir -p "$WORK"

echo "== building (Release, bench/Photos.Bench)"
dotnet build -c Release "$ROOT/bench/Photos.Bench" -v quiet -nologo -m:1 | tail -n 3
BENCH="$ROOT/bench/Photos.Bench/bin/Release/net10.0/photos-bench"

echo "== inputs: six 12-megapixel JPEGs with EXIF (made once)"
"$BENCH" make "$WORK/inputs" 6

metric() { grep -E "$1" "$2" | sed 's/.*: //'; }
for engine in netvips imagesharp; do
  echo "== $engine, $N photos"
  VIPS_CONCURRENCY=1 /usr/bin/time -v "$BENCH" run "$WORK/inputs" "$engine" "$N" > "$WORK/$engine.log" 2> "$WORK/$engine.time"
  cat "$WORK/$engine.log"
done

LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
{
  echo "# bench/photos results"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')), load average $LOAD at the end,"
  echo "commit $(git -C "$ROOT" describe --always --dirty). Each engine in its own process with the server's runtime settings (no tiered compilation), one photo at a time; the first photo is"
  echo "processed untimed (JIT, library start). Inputs: $(ls "$WORK/inputs" | wc -l) JPEGs of 4000 x 3000 (EXIF orientation 6, GPS, time),"
  echo "$(du -cb "$WORK"/inputs/*.jpg | tail -1 | awk '{ printf "%.1f", $1 / 6 / 1e6 }') MB each. Target (issue 16): at least 4 photos per second per core, under 300 MB peak per photo in flight."
  echo
  echo "| engine | photos | wall s | CPU s (process) | photos/s (wall) | photos per CPU-second | CPU ms per photo | peak RSS MB |"
  echo "|---|---|---|---|---|---|---|---|"
  for engine in netvips imagesharp; do
    line="$(cat "$WORK/$engine.log")"
    wall="$(echo "$line" | sed -E 's/.* in ([0-9.]+) s wall.*/\1/')"
    cpu="$(echo "$line" | sed -E 's/.* wall, ([0-9.]+) s CPU.*/\1/')"
    rate="$(echo "$line" | sed -E 's/.*: ([0-9.]+) photos\/s wall.*/\1/')"
    percpu="$(echo "$line" | sed -E 's/.*, ([0-9.]+) photos per CPU-second.*/\1/')"
    ms="$(echo "$line" | sed -E 's/.*, ([0-9]+) CPU ms per photo/\1/')"
    rss="$(metric 'Maximum resident' "$WORK/$engine.time" | awk '{ printf "%.0f", $1 / 1024 }')"
    echo "| $engine | $N | $wall | $cpu | $rate | $percpu | $ms | $rss |"
  done
  echo
  echo "Peak RSS is the whole process (the .NET runtime, both libraries loaded, one photo in flight)."
} > "$HERE/RESULTS.md"
cat "$HERE/RESULTS.md"
