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
dotnet build "$ROOT/src/GeoMap.Cli" -c Release --verbosity quiet -nologo -m:1 >/dev/null
DLL="$ROOT/src/GeoMap.Cli/bin/Release/net10.0/geomap.dll"
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
dotnet "$DLL" db stop >/dev/null 2>&1 || true

python3 - "$HERE/RESULTS.md" <<PY
import sys
n, words = $n, $words
wall1, cli1, pg1, wall2, cli2, pg2, wall0, cli0 = $wall1, $cli1, $pg1, $wall2, $cli2, $pg2, $wall0, $cli0
def r(x): return f"{x:,.0f}"
lines = f"""# bench/ingest

Issue 18: bulk import of reports through \`geomap ingest --jsonl\` (the API's ingest path: language, places, movements,
near-copy lookup, claims and their grouping), into a fresh embedded PostGIS. Run \`bench/ingest/run.sh\`.

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
Feed polling of 1,000 items is not measured: feeds (item 1) are not built yet.
"""
open(sys.argv[1], "w").write(lines)
PY
cat "$HERE/RESULTS.md"
