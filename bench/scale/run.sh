#!/usr/bin/env bash
# bench/scale (issue 14): what README "Several servers" buys on this machine.
#   1. OGC items (/ogc/collections/movements/items?bbox=...&datetime=...&limit=100, bench/http's queries over the million
#      movements of bench/query) with wrk: one `geomap serve`, the same one behind nginx, two behind nginx (least_conn, as
#      packaging/multi-node/nginx.conf), then one and two with their reads on a streaming replica (`geomap db replica`).
#   2. Overlay tiles: one server reading a pyramid from its tiles folder vs from an S3 bucket (s3rver, tests/tools).
# Beside every wrk run: the CPU seconds each part used (servers, PostgreSQL primary and replica, nginx, s3rver, wrk) and
# how busy the whole machine was, so a ratio can be told from "the machine had no more to give". Writes RESULTS.md.
#   DURATION=15 (seconds per run)  CONNECTIONS=16  QUERIES=2000
#   SOURCE_DB=/path/to/a/loaded/bench-query/db: copied (cp -a, never touched) instead of loading the movements again
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DURATION="${DURATION:-15}"
CONNECTIONS="${CONNECTIONS:-16}"
QUERIES="${QUERIES:-2000}"
WORK="$HERE/work"
PORT1=5181 PORT2=5182 PROXY=5180 S3PORT=5189
mkdir -p "$WORK"
# Debian's wrk and nginx (scripts/setup.sh installs the rest); installed here once, like bench/fuzz's afl++.
missing=(); command -v wrk >/dev/null || missing+=(wrk); command -v nginx >/dev/null || missing+=(nginx-light)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "[scale] installing ${missing[*]} (Debian)"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
for tool in wrk nginx node python3 curl; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed: run scripts/setup.sh first"; exit 1; }
done
S3RVER="$ROOT/tests/tools/node_modules/s3rver/bin/s3rver.js"
[ -f "$S3RVER" ] || { echo "s3rver is not installed: run scripts/setup.sh (npm ci in tests/tools)"; exit 1; }

dotnet build "$ROOT/src/GeoMap.Cli" -c Release --verbosity quiet -nologo
dotnet build "$ROOT/bench/Query.Bench" -c Release --verbosity quiet -nologo
dotnet build "$ROOT/bench/http/HttpBench" -c Release --verbosity quiet -nologo
GEOMAP="$ROOT/src/GeoMap.Cli/bin/Release/net10.0/geomap.dll"
geomap() { dotnet "$GEOMAP" "$@"; }

# The database: bench/query's million movements in a cluster of this bench's own.
export GEOMAP_DATA_DIR="$WORK/db"
if [ -n "${SOURCE_DB:-}" ] && [ ! -e "$WORK/db" ]; then
  [ ! -e "$SOURCE_DB/pgdata/postmaster.pid" ] || { echo "$SOURCE_DB is running; stop it before copying"; exit 1; }
  cp -a "$SOURCE_DB" "$WORK/db"
fi
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  GEOMAP_DATA_DIR="$WORK/replica" geomap db stop >/dev/null 2>&1 || true
  [ "${KEEP_RUNNING:-0}" = "1" ] || geomap db stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
geomap db start >/dev/null
LOAD_TIME_FILE="$WORK/load-time.txt" dotnet "$ROOT/bench/Query.Bench/bin/Release/net10.0/Query.Bench.dll" load 1000000 42
dotnet "$ROOT/bench/http/HttpBench/bin/Release/net10.0/HttpBench.dll" queries "$QUERIES" 11 "$WORK/queries.txt"
PRIMARY_PID=$(head -1 "$WORK/db/pgdata/postmaster.pid")

# A fresh replica each run (a copy of a reloaded primary would not follow it).
GEOMAP_DATA_DIR="$WORK/replica" geomap db stop >/dev/null 2>&1 || true
rm -rf "$WORK/replica"
REPLICA_CS=$(geomap db replica "$WORK/replica" | tail -1)
REPLICA_PID=$(head -1 "$WORK/replica/pgdata/postmaster.pid")

# --- processes and their CPU time ---------------------------------------------------------------------------------
TICK=$(getconf CLK_TCK)
tree() { # a process and its descendants
  echo "$1"
  local c
  for c in $(cat /proc/"$1"/task/*/children 2>/dev/null); do tree "$c"; done
}
ticks() { # user + system clock ticks of these processes and their descendants, now
  local total=0 p
  for p in $(for root in "$@"; do if [ -n "$root" ]; then tree "$root"; fi; done); do
    total=$(( total + $(awk '{ print $14 + $15 }' /proc/"$p"/stat 2>/dev/null || echo 0) ))
  done
  echo "$total"
}
machine() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }

start_server() { # var name port [VAR=value ...]: a `geomap serve` on the bench's database, warnings-only logging; its pid in var
  local var=$1 name=$2 port=$3
  shift 3
  env Logging__LogLevel__Default=Warning GeoMap__Server__SeedRegionsOnStart=false "$@" \
    dotnet "$GEOMAP" serve --urls "http://127.0.0.1:$port" > "$WORK/$name.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  printf -v "$var" %s "$pid"
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  echo "server $name did not start:" >&2; cat "$WORK/$name.log" >&2; exit 1
}
stop_server() {
  kill -TERM "$1"; wait "$1" 2>/dev/null || true
}

# nginx as packaging/multi-node/nginx.conf has it (least_conn, keepalive), over loopback and plain HTTP.
mkdir -p "$WORK/nginx"
write_nginx() { # the upstream's ports
  {
    echo "worker_processes auto; pid $WORK/nginx/nginx.pid; error_log $WORK/nginx/error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  access_log off;"
    echo "  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;"
    echo "  fastcgi_temp_path $WORK/nginx/fastcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;"
    echo "  upstream geomap {"
    echo "    least_conn;"
    for port in "$@"; do echo "    server 127.0.0.1:$port max_fails=3 fail_timeout=10s;"; done
    echo "    keepalive 32;"
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$PROXY;"
    echo "    location / {"
    echo "      proxy_pass http://geomap; proxy_http_version 1.1; proxy_set_header Connection \"\";"
    echo "      proxy_set_header Host \$host; proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
    echo "    }"
    echo "  }"
    echo "}"
  } > "$WORK/nginx/nginx.conf"
}
write_nginx "$PORT1"
nginx -t -q -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -g 'daemon off;' &
NGINX=$!
PIDS+=("$NGINX")
reload_nginx() { write_nginx "$@"; nginx -s reload -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx"; sleep 1; }

ms() { # wrk latency ("812.00us", "3.21ms", "1.02s") -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}
ROWS=""
declare -A RPS CPUMS BUSY CEILING PGSHARE
run() { # name url script list servers...: a warm-up, then a measured wrk run with everyone's CPU time beside it
  local name=$1 url=$2 script=$3 list=$4
  shift 4
  local servers=("$@")
  wrk -t2 -c"$CONNECTIONS" -d5s -s "$script" "$url" -- "$list" >/dev/null 2>&1
  local load before_s before_p before_r before_n before_o m0 m1
  load=$(cut -d' ' -f1 /proc/loadavg)
  before_s=$(ticks "${servers[@]}"); before_p=$(ticks "$PRIMARY_PID"); before_r=$(ticks "$REPLICA_PID")
  before_n=$(ticks "$NGINX"); before_o=$(ticks "${S3:-}"); m0=$(machine)
  local t0 t1
  t0=$(date +%s.%N)
  local TIMEFORMAT='%U %S'
  { time wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$script" "$url" -- "$list" > "$WORK/wrk-$name.txt" 2>&1; } 2> "$WORK/wrk-$name.time"
  t1=$(date +%s.%N)
  m1=$(machine)
  local cs cp cr cn co cw wall rps p50 p99 bad busy per
  cs=$(( $(ticks "${servers[@]}") - before_s )); cp=$(( $(ticks "$PRIMARY_PID") - before_p ))
  cr=$(( $(ticks "$REPLICA_PID") - before_r )); cn=$(( $(ticks "$NGINX") - before_n )); co=$(( $(ticks "${S3:-}") - before_o ))
  cw=$(awk '{ printf "%.0f", ($1 + $2) * '"$TICK"' }' "$WORK/wrk-$name.time")
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')
  rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$WORK/wrk-$name.txt")
  p50=$(ms "$(awk '$1 == "50%" { print $2 }' "$WORK/wrk-$name.txt")")
  p99=$(ms "$(awk '$1 == "99%" { print $2 }' "$WORK/wrk-$name.txt")")
  bad=$(awk '/Non-2xx/ { print $5 }' "$WORK/wrk-$name.txt"); bad=${bad:-0}
  local requests
  requests=$(awk '/requests in/ { print $1 }' "$WORK/wrk-$name.txt")
  busy=$(awk -v a="$m0" -v b="$m1" 'BEGIN { split(a, x, " "); split(b, y, " "); printf "%.0f", 100 * (y[1] - x[1]) / (y[2] - x[2]) }')
  # CPU per request of the serving side (servers, PostgreSQL, nginx, s3rver), wrk left out.
  per=$(awk -v t="$(( cs + cp + cr + cn + co ))" -v n="$requests" -v k="$TICK" 'BEGIN { printf "%.2f", (n > 0 ? 1000 * t / k / n : 0) }')
  sec() { awk -v t="$1" -v k="$TICK" 'BEGIN { printf "%.1f", t / k }'; }
  RPS[$name]=$rps CPUMS[$name]=$per BUSY[$name]=$busy
  # What all the cores would give if this bench had the machine alone: requests per CPU-second of everything it ran.
  CEILING[$name]=$(awk -v n="$requests" -v t="$(( cs + cp + cr + cn + co + cw ))" -v k="$TICK" -v c="$(nproc)" 'BEGIN { printf "%.0f", (t > 0 ? c * n * k / t : 0) }')
  PGSHARE[$name]=$(awk -v p="$(( cp + cr ))" -v t="$(( cs + cp + cr + cn + co ))" 'BEGIN { printf "%.0f", (t > 0 ? 100 * p / t : 0) }')
  ROWS+="| $name | $rps | $p50 | $p99 | $bad | $wall | $(sec "$cs") | $(sec "$cp") | $(sec "$cr") | $(sec "$cn") | $(sec "$co") | $(sec "$cw") | $per | $busy % | $load |"$'\n'
  echo "$name: $rps req/s, p50 $p50 ms, serving CPU $per ms/request, machine $busy % busy" >&2
}

# --- 1. OGC items ----------------------------------------------------------------------------------------------------
ITEMS="$ROOT/bench/http/boxes.lua"
start_server S1 one "$PORT1"
run "1 server" "http://127.0.0.1:$PORT1" "$ITEMS" "$WORK/queries.txt" "$S1"
run "1 behind nginx" "http://127.0.0.1:$PROXY" "$ITEMS" "$WORK/queries.txt" "$S1"
start_server S2 two "$PORT2"
reload_nginx "$PORT1" "$PORT2"
run "2 behind nginx" "http://127.0.0.1:$PROXY" "$ITEMS" "$WORK/queries.txt" "$S1" "$S2"
stop_server "$S1"; stop_server "$S2"

start_server S1 one-replica "$PORT1" GeoMap__Database__ReadConnectionString="$REPLICA_CS"
reload_nginx "$PORT1"
run "1 server, replica reads" "http://127.0.0.1:$PORT1" "$ITEMS" "$WORK/queries.txt" "$S1"
start_server S2 two-replica "$PORT2" GeoMap__Database__ReadConnectionString="$REPLICA_CS"
reload_nginx "$PORT1" "$PORT2"
run "2 behind nginx, replica reads" "http://127.0.0.1:$PROXY" "$ITEMS" "$WORK/queries.txt" "$S1" "$S2"
# The replica really answered: its sessions and the rows it returned (pg_stat_database on the replica).
REPLICA_READS=$(psql -Atq "$(GEOMAP_DATA_DIR="$WORK/replica" geomap db psql-url)" -c "SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()" 2>/dev/null || echo "?")
stop_server "$S1"; stop_server "$S2"
ITEM_ROWS=$ROWS
ROWS=""

# --- 2. Overlay tiles: folder vs bucket ------------------------------------------------------------------------------
mkdir -p "$WORK/s3"
rm -rf "$WORK/s3/data"
node "$S3RVER" -d "$WORK/s3/data" -a 127.0.0.1 -p "$S3PORT" --configure-bucket geomap-bench --no-vhost-buckets > "$WORK/s3/s3rver.log" 2>&1 &
S3=$!
PIDS+=("$S3")
BUCKET=(GeoMap__Storage__Kind=s3 GeoMap__Storage__S3__ServiceUrl="http://127.0.0.1:$S3PORT" GeoMap__Storage__S3__Bucket=geomap-bench
        GeoMap__Storage__S3__Prefix=bench GeoMap__Storage__S3__AccessKey=S3RVER GeoMap__Storage__S3__SecretKey=S3RVER)
# A 4096 px square over 1 x 1 degree (zooms to about 12), tiled once into each store.
[ -f "$WORK/scene.png" ] || python3 - "$WORK/scene.png" <<'PY'
import struct, sys, zlib
size = 4096
rows = b"".join(b"\x00" + bytes(((x * 7) ^ (y * 3) ^ ((x * y) >> 9)) & 255 for x in range(size * 3)) for y in range(size))
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
with open(sys.argv[1], "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))
PY
for _ in $(seq 1 30); do curl -s "http://127.0.0.1:$S3PORT/" >/dev/null && break; sleep 1; done
overlay() { # title [VAR=value ...]: tiles the scene into the store the variables name; prints the overlay's id
  env "${@:2}" dotnet "$GEOMAP" overlay add "$WORK/scene.png" --bounds 30,10,31,11 --title "bench/scale $1" --json \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])'
}
LOCAL=$(overlay folder)
REMOTE=$(overlay bucket "${BUCKET[@]}")
TILES_DIR=$(find "$WORK/db" -maxdepth 3 -type d -name "$LOCAL" | head -1)
( cd "$TILES_DIR" && find . -name '*.png' -path './[0-9]*' | sed 's|^\./||' | sort ) > "$WORK/tile-paths.txt"
sed "s|^|/tiles/$LOCAL/|" "$WORK/tile-paths.txt" > "$WORK/tiles-folder.txt"
sed "s|^|/tiles/$REMOTE/|" "$WORK/tile-paths.txt" > "$WORK/tiles-bucket.txt"
TILE_COUNT=$(wc -l < "$WORK/tile-paths.txt")
cat > "$WORK/paths.lua" <<'LUA'
-- each request takes the next path of the list; a non-200 is counted by wrk as non-2xx
local paths, index = {}, 0
function init(args) for line in io.lines(args[1]) do paths[#paths + 1] = line end; index = math.random(#paths) end
function request() index = index % #paths + 1; return wrk.format("GET", paths[index]) end
LUA
start_server S1 tiles-folder "$PORT1"
run "tiles from the folder" "http://127.0.0.1:$PORT1" "$WORK/paths.lua" "$WORK/tiles-folder.txt" "$S1"
stop_server "$S1"
start_server S1 tiles-bucket "$PORT1" "${BUCKET[@]}"
run "tiles from the bucket" "http://127.0.0.1:$PORT1" "$WORK/paths.lua" "$WORK/tiles-bucket.txt" "$S1"
stop_server "$S1"
TILE_ROWS=$ROWS

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
HEADER="| run | req/s | p50 ms | p99 ms | non-2xx | wall s | CPU s servers | CPU s primary | CPU s replica | CPU s nginx | CPU s s3rver | CPU s wrk | serving CPU ms/request | machine busy | load avg |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
cat > "$HERE/RESULTS.md" <<MD
# bench/scale results

Written by \`bench/scale/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC') at $(git -C "$ROOT" rev-parse --short HEAD).
Machine: $(nproc) cores ($CPU), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM. Everything runs on it: servers, PostgreSQL primary and
replica, nginx, s3rver and wrk (\`wrk -t2 -c$CONNECTIONS -d${DURATION}s\` after a 5 s warm-up, loopback).
Load average before the runs: see the last column; the machine is shared, so read the ratios and the CPU per request
more than the requests per second.

CPU s: user + system seconds each part used during the measured run (from /proc, each process with its children).
Serving CPU ms/request: servers + PostgreSQL + nginx + s3rver CPU over the requests wrk completed (wrk's own left out).
Machine busy: share of all $(nproc) cores' time, by every process on the machine, during the run.

## OGC items over a million movements

\`GET /ogc/collections/movements/items?bbox=…&datetime=…/…&limit=100\` with bench/http's $QUERIES queries (boxes of 1-5
degrees, 31-day intervals, seed 11) over bench/query's 1,000,000 movements (seed 42). "behind nginx": least_conn and
keepalive as in packaging/multi-node/nginx.conf. "replica reads": GeoMap:Database:ReadConnectionString on a streaming
replica made by \`geomap db replica\` (the replica, made fresh for this run, had committed $REPLICA_READS transactions by the end: the reads of the servers using it).

$HEADER
$ITEM_ROWS
- Two servers behind nginx vs one behind nginx: $(ratio "${RPS[2 behind nginx]}" "${RPS[1 behind nginx]}")x the requests/s; one behind nginx vs direct: $(ratio "${RPS[1 behind nginx]}" "${RPS[1 server]}")x.
- Replica reads, two servers vs one: $(ratio "${RPS[2 behind nginx, replica reads]}" "${RPS[1 server, replica reads]}")x; one server with replica reads vs on the primary: $(ratio "${RPS[1 server, replica reads]}" "${RPS[1 server]}")x.
- Machine busy during those runs: ${BUSY[1 server]} % (one server), ${BUSY[2 behind nginx]} % (two), ${BUSY[2 behind nginx, replica reads]} % (two, replica).
- The limit is the machine's $(nproc) cores, not GeoMap's instances: one request costs ${CPUMS[1 server]} ms of serving CPU with one server,
  ${CPUMS[2 behind nginx]} ms with two behind nginx and ${CPUMS[2 behind nginx, replica reads]} ms with two on the replica (PostgreSQL ${PGSHARE[1 server]} %, ${PGSHARE[2 behind nginx]} % and ${PGSHARE[2 behind nginx, replica reads]} % of it),
  so these $(nproc) cores, given to this bench alone (wrk included), top out near ${CEILING[1 server]}, ${CEILING[2 behind nginx]} and ${CEILING[2 behind nginx, replica reads]} requests/s.
  A second instance or a replica on the same cores only splits that CPU; on their own machines, each brings its own cores.

## Overlay tiles: folder vs bucket

One server, the $TILE_COUNT tiles of one 4096 px overlay (every zoom) cycled, from its tiles folder (the page cache) and
from an S3 bucket (s3rver, a Node.js S3 on the same machine; a real object store is elsewhere, so this is the cost of
GeoMap's side plus a cheap store).

$HEADER
$TILE_ROWS
- From the bucket vs the folder: $(ratio "${RPS[tiles from the bucket]}" "${RPS[tiles from the folder]}")x the requests/s, $(ratio "${CPUMS[tiles from the bucket]}" "${CPUMS[tiles from the folder]}")x the serving CPU per tile
  (${CPUMS[tiles from the folder]} against ${CPUMS[tiles from the bucket]} ms, s3rver's included); alone on these cores, near ${CEILING[tiles from the folder]} and ${CEILING[tiles from the bucket]} tiles/s.
  Without a CDN, nginx's tile cache (packaging/multi-node/nginx.conf) or TileUrlTemplate keeps the bucket's round trip off the servers.
MD
cat "$HERE/RESULTS.md"
