#!/usr/bin/env bash
# bench/ingest (issue 18): bulk import through `geomap ingest --jsonl` (analysis and storage, the API's own ingest path)
# into a fresh embedded PostGIS, on real news-length texts: the movement set (ten languages), LGL and GeoVirus articles.
# Reports per second, and CPU time per report of the importer and of PostgreSQL; then the same file again (every line a
# duplicate: the cost of a re-sent batch or a resumed import).
#   COPIES=2  the input repeated with a suffix so each copy is a new text (more reports than the corpora hold)
#   PARALLEL  lines analysed at once (default: one per core)
# Writes bench/ingest/RESULTS.md; the cluster lives in bench/ingest/work/db (git-ignored, made afresh each run).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
EVAL="${GEOMAP_EVAL:-$ROOT/../shared/eval}"
COPIES="${COPIES:-2}"
W="$HERE/work"
bash "$ROOT/scripts/setup.sh" >/dev/null
# The program as a release ships it (scripts/package.sh publishes for linux-x64, compiled ahead of time: ReadyToRun),
# here without the bundled runtime; it finds its data in this source tree.
dotnet publish "$ROOT/src/GeoMap.Cli" -c Release -r linux-x64 --self-contained false -o "$W/app" --verbosity quiet -nologo -m:1 >/dev/null
DLL="$W/app/geomap.dll"
export GEOMAP_DATA_DIR="$W/db"
if [[ -d "$W/db" ]]; then dotnet "$DLL" db stop >/dev/null 2>&1 || true; rm -rf "$W/db"; fi
mkdir -p "$W"

python3 "$EVAL/movements/input.py" > "$W/movements.jsonl"
python3 - "$W/in.jsonl" "$COPIES" "$W/movements.jsonl" "$EVAL/lgl.jsonl" "$EVAL/geovirus.jsonl" <<'PY'
import json, sys
out, copies, sources = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
rows = []
for path in sources:
    for line in open(path, encoding="utf-8"):
        if line.strip():
            d = json.loads(line)
            rows.append({"id": d["id"], "text": d["text"], "publishedAt": d.get("published", "2010-06-01")})
with open(out, "w", encoding="utf-8") as f:
    for k in range(copies):
        for r in rows:
            # A copy differs by a closing line, so it is a new text (a copy is recognised as a near-copy of the first,
            # which is real work on ingest, as syndicated news is).
            text = r["text"] if k == 0 else r["text"] + f"\n\n(Republished, edition {k}.)"
            f.write(json.dumps({"id": f"{r['id']}#{k}", "text": text, "publishedAt": r["publishedAt"]}, ensure_ascii=False) + "\n")
PY
n=$(wc -l < "$W/in.jsonl")
words=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].split()) for l in open(sys.argv[1], encoding='utf-8')))" "$W/in.jsonl")

dotnet "$DLL" db start >/dev/null
dotnet "$DLL" gazetteer lookup Ussuriysk >/dev/null   # the gazetteer cache is built before anything is timed
PGDATA_PID_FILE="$W/db/pgdata/postmaster.pid"

pg_cpu() { # CPU seconds of the cluster: the postmaster, its live backends, and the backends it has reaped
  local pm; pm=$(head -1 "$PGDATA_PID_FILE")
  python3 - "$pm" <<'PY'
import os, sys
tick = os.sysconf("SC_CLK_TCK"); pm = sys.argv[1]
def fields(pid):
    with open(f"/proc/{pid}/stat") as f:
        return f.read().rsplit(")", 1)[1].split()
f = fields(pm); total = sum(int(x) for x in f[11:15])  # utime stime cutime cstime
for task in os.listdir("/proc"):
    if task.isdigit():
        try:
            g = fields(task)
            if g[1] == pm: total += int(g[11]) + int(g[12])
        except (FileNotFoundError, ProcessLookupError, IndexError):
            pass
print(total / tick)
PY
}

run() { # label -> "wall cpu_importer cpu_postgres stored duplicates failed"
  local label=$1 pg0 pg1 start end t
  pg0=$(pg_cpu); start=$(date +%s.%N)
  t=$( { /usr/bin/env time -f '%U %S' dotnet "$DLL" ingest --jsonl "$W/in.jsonl" --json --restart ${PARALLEL:+--parallel $PARALLEL} > "$W/$label.json"; } 2>&1 | tail -1)
  end=$(date +%s.%N); sleep 1; pg1=$(pg_cpu)
  python3 - "$W/$label.json" "$t" "$start" "$end" "$pg0" "$pg1" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))["summary"]; u, st = map(float, sys.argv[2].split())
print(round(float(sys.argv[4]) - float(sys.argv[3]), 2), round(u + st, 2), round(float(sys.argv[6]) - float(sys.argv[5]), 2), s["stored"], s["duplicates"], s["failed"], s["movements"])
PY
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r wall1 cli1 pg1 stored1 dup1 failed1 mov1 < <(run first)
read -r wall2 cli2 pg2 stored2 dup2 failed2 mov2 < <(run again)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
# Start-up alone (the gazetteer cache, the database, an empty file), subtracted for the steady rate.
: > "$W/empty.jsonl"
start=$(date +%s.%N)
t0=$( { /usr/bin/env time -f '%U %S' dotnet "$DLL" ingest --jsonl "$W/empty.jsonl" --json > /dev/null; } 2>&1 | tail -1)
end=$(date +%s.%N)
read -r wall0 cli0 < <(python3 -c "import sys; u,s=map(float,'$t0'.split()); print(round($end-$start,2), round(u+s,2))")
# Feed polling: a local news site (python's http.server on the loopback interface) with a JSON Feed of FEED_ITEMS (1,000)
# entries, each linking to its own article page (the corpora's texts as HTML, a closing line making each a new text), polled
# by a running 'geomap serve' (its job worker; links fetched from loopback with no per-host spacing, as for a site of one's
# own): from 'geomap source add' until every entry is taken, in polls of FeedPoller.MaxItemsPerPoll.
FEED_ITEMS="${FEED_ITEMS:-1000}"
SITE="$W/site"; rm -rf "$SITE"; mkdir -p "$SITE/a"
python3 - "$W/in.jsonl" "$SITE" "$FEED_ITEMS" <<'PY'
import html, json, sys
src, site, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()][:count]
items = []
for i, r in enumerate(rows):
    paragraphs = "".join(f"<p>{html.escape(p.strip())}</p>" for p in r["text"].split("\n") if p.strip())
    day = r["publishedAt"][:10]
    page = f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Item {i}</title><meta property="article:published_time" content="{day}T08:00:00Z"></head><body><nav><a href="/">Home</a></nav><article>{paragraphs}<p>Feed edition {i}.</p></article><footer>Local site</footer></body></html>'
    open(f"{site}/a/{i}.html", "w", encoding="utf-8").write(page)
    items.append({"id": f"item-{i}", "url": f"__SITE__/a/{i}.html", "title": f"Item {i}", "date_published": f"{day}T08:00:00Z"})
json.dump({"version": "https://jsonfeed.org/version/1.1", "title": "Bench site", "items": items}, open(f"{site}/feed.template.json", "w", encoding="utf-8"))
PY
SITE_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
sed "s#__SITE__#http://127.0.0.1:$SITE_PORT#g" "$SITE/feed.template.json" > "$SITE/feed.json"
(cd "$SITE" && exec python3 -m http.server "$SITE_PORT" --bind 127.0.0.1 > "$W/site.log" 2>&1) & SITE_PID=$!
SERVE_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
GeoMap__Links__AllowPrivateAddresses=true GeoMap__Links__MinSecondsPerHost=0 GeoMap__Jobs__IdleSeconds=0.2 Logging__LogLevel__Default=Warning \
  dotnet "$DLL" serve --urls "http://127.0.0.1:$SERVE_PORT" > "$W/serve.log" 2>&1 & SERVE_PID=$!
trap 'kill $SITE_PID $SERVE_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fsS "http://127.0.0.1:$SERVE_PORT/health" >/dev/null 2>&1 && break; sleep 0.5; done
proc_cpu() { python3 -c "import os,sys; f=open(f'/proc/{sys.argv[1]}/stat').read().rsplit(')',1)[1].split(); print((int(f[11])+int(f[12]))/os.sysconf('SC_CLK_TCK'))" "$1"; }
# The server's start-up work (analyzer warm-up, region seeding on a new database) ends before the clock starts: wait
# until the server and the cluster together use under 5 % of a core for 2 s (at most 5 minutes).
for _ in $(seq 1 150); do
  q0=$(python3 -c "print($(proc_cpu $SERVE_PID) + $(pg_cpu))"); sleep 2; q1=$(python3 -c "print($(proc_cpu $SERVE_PID) + $(pg_cpu))")
  python3 -c "import sys; sys.exit(0 if $q1 - $q0 < 0.1 else 1)" && break
done
fs0=$(proc_cpu $SERVE_PID); fp0=$(pg_cpu); fw0=$(proc_cpu $SITE_PID); fstart=$(date +%s.%N)
FEED_ID=$(dotnet "$DLL" source add "http://127.0.0.1:$SITE_PORT/feed.json" --interval 1d --source "Bench site" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for _ in $(seq 1 36000); do
  seen=$(curl -fsS "http://127.0.0.1:$SERVE_PORT/api/sources/$FEED_ID" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["itemsSeen"], d["reportsStored"], 1 if "more on the next poll" in (d["lastStatus"] or "") else 0)')
  read -r fseen fstored fmore <<< "$seen"
  [[ "$fseen" -ge "$FEED_ITEMS" && "$fmore" == 0 ]] && break
  sleep 0.25
done
fend=$(date +%s.%N); fs1=$(proc_cpu $SERVE_PID); fp1=$(pg_cpu); fw1=$(proc_cpu $SITE_PID)
feed_status=$(curl -fsS "http://127.0.0.1:$SERVE_PORT/api/sources/$FEED_ID" | python3 -c 'import json,sys; print(json.load(sys.stdin)["lastStatus"])')
kill $SERVE_PID $SITE_PID 2>/dev/null || true; wait $SERVE_PID 2>/dev/null || true
read -r fwall fserve fpg fsite < <(python3 -c "print(round($fend-$fstart,2), round($fs1-$fs0,2), round($fp1-$fp0,2), round($fw1-$fw0,2))")

dotnet "$DLL" db stop >/dev/null 2>&1 || true

python3 - "$HERE/RESULTS.md" <<PY
import sys
n, words = $n, $words
wall1, cli1, pg1, wall2, cli2, pg2, wall0, cli0 = $wall1, $cli1, $pg1, $wall2, $cli2, $pg2, $wall0, $cli0
def r(x): return f"{x:,.0f}"
lines = f"""# bench/ingest

Issue 18: bulk import of reports through \`geomap ingest --jsonl\` (the API's ingest path: language, places, movements,
near-copy lookup, claims and their grouping), into a fresh embedded PostGIS, by the program as a release ships it
(published for linux-x64, ReadyToRun). Run \`bench/ingest/run.sh\`.

Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $(free -g | awk '/Mem:/ {print $2}') GB; load average $load_before before, $load_after after (1, 5, 15 min).
Run $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD). Wall time moves with the machine's load; CPU time much less.

Input: {n:,} reports, {words:,} words ({words / n:,.0f} a report): the movement set (ten languages), LGL and GeoVirus
articles, {$COPIES} copies (each later copy a near-copy of the first: a republished edition).

| run | wall s | reports/s | importer CPU s | PostgreSQL CPU s | CPU ms per report | stored / duplicates / failed | movements |
|---|---:|---:|---:|---:|---:|---|---:|
| first import | {wall1} | {r(n / wall1)} | {cli1} | {pg1} | {1000 * (cli1 + pg1) / n:.1f} | $stored1 / $dup1 / $failed1 | $mov1 |
| first import, start-up subtracted | {wall1 - wall0:.2f} | {r(n / (wall1 - wall0))} | {cli1 - cli0:.2f} | {pg1} | {1000 * (cli1 - cli0 + pg1) / n:.1f} | | |
| the same file again (all duplicates) | {wall2} | {r(n / wall2)} | {cli2} | {pg2} | {1000 * (cli2 + pg2) / n:.1f} | $stored2 / $dup2 / $failed2 | |
| start-up alone (gazetteer cache, database, empty file) | {wall0} | | {cli0} | | | | |

Target (issue 18): at least 200 reports per second for bulk import on this machine, CPU time per report reported.

## Feed polling

A JSON Feed of {$FEED_ITEMS:,} entries on a local site (python http.server, loopback), each linking to its own article
page (the same corpora's texts as HTML, with navigation and a footer, each a new text), polled by \`geomap serve\` from
\`geomap source add\` until every entry was taken ({$FEED_ITEMS:,} entries in polls of 50, each article fetched, read by
SmartReader and ingested; links from loopback without per-host spacing). Last poll: "$feed_status".

| entries | stored | wall s | entries/s | server CPU s | PostgreSQL CPU s | CPU ms per entry | site CPU s (python, not counted) |
|---:|---:|---:|---:|---:|---:|---:|---:|
| {$FEED_ITEMS:,} | $fstored | $fwall | {r($FEED_ITEMS / $fwall)} | $fserve | $fpg | {1000 * ($fserve + $fpg) / $FEED_ITEMS:.1f} | $fsite |
"""
open(sys.argv[1], "w").write(lines)
PY
cat "$HERE/RESULTS.md"
