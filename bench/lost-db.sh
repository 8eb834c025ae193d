#!/usr/bin/env bash
# A lost database: two nodes on a private PostgreSQL server under wrk (a page, its short link and the list),
# the server stopped for OUTAGE seconds and started again, the nodes left running. A prober asks each node,
# every 100 ms, for the cached page, the short link and /health, and tries a write every 500 ms; it prints
# what each got, the slowest answer and when the answers changed. After the outage a publish on one node
# must reach the other's readers (its listening connection is back) and writes must succeed again.
#
#   bench/lost-db.sh                    # about 2 minutes after the publish
#   OUTAGE=10 SKIP_PUBLISH=1 bench/lost-db.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export WAIT_SECONDS=${WAIT_SECONDS:-120}   # starts are slow on a loaded machine

OUTAGE=${OUTAGE:-10}          # seconds the database is down
BEFORE=${BEFORE:-10}          # seconds of load before it goes
AFTER=${AFTER:-20}            # seconds of load after it is back
CONNECTIONS=${CONNECTIONS:-32}
SITE=${SITE:-bench/out/site}
PASSWORD='Bench-only-passphrase-2026'
need_packages wrk:wrk curl:curl python3:python3 initdb:postgresql

bench_workspace lost-db
publish_site
echo "Claro lost-database bench, $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

start_postgres
"$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres claro
db=(Claro__Database=Postgres "ConnectionStrings__Claro=Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=claro")
for email in bench@example.org bench2@example.org; do
  echo "$PASSWORD" | (cd "$SITE" && env ASPNETCORE_ENVIRONMENT=Production "${db[@]}" dotnet OrchardSite.dll create-admin --email "$email") >>"$WORK/commands.log" 2>&1 \
    || { cat "$WORK/commands.log"; exit 1; }
done
ports=()
for i in 1 2; do
  port=$(free_port); ports+=("$port")
  (cd "$SITE" && exec env ASPNETCORE_ENVIRONMENT=Production "ASPNETCORE_URLS=http://127.0.0.1:$port" "${db[@]}" dotnet OrchardSite.dll) >>"$WORK/node$i.log" 2>&1 &
  SITE_PID=$!; PIDS+=("$SITE_PID")
  wait_for_200 "$(now_ms)" "http://127.0.0.1:$port/es/" >/dev/null
done
python3 bench/claro_bench.py setup "${ports[0]}" >/dev/null
for port in "${ports[@]}"; do curl -s -o /dev/null "http://127.0.0.1:$port/es/radio-es"; curl -s -o /dev/null "http://127.0.0.1:$port/s/radio"; curl -s -o /dev/null "http://127.0.0.1:$port/es/"; done

total=$((BEFORE + OUTAGE + AFTER))
for port in "${ports[@]}"; do
  timeout $((total + 30)) wrk -t1 -c$((CONNECTIONS / 2)) -d"${total}s" --timeout 10s --latency -s bench/reader-paths.lua "http://127.0.0.1:$port" >"$WORK/wrk.$port" &
  PIDS+=($!)
done
python3 bench/claro_bench.py probe "$total" "$WORK/marks" "${ports[@]}" >"$WORK/probe.txt" &
prober=$!
for _ in $(seq 1 600); do [ -e "$WORK/marks" ] && break; sleep 0.1; done   # it has signed in
sleep "$BEFORE"
pg_stop fast; echo "stopped at ${BEFORE}s" >>"$WORK/marks"
sleep "$OUTAGE"
pg_start; echo "started at $((BEFORE + OUTAGE))s" >>"$WORK/marks"
wait "$prober"
for port in "${ports[@]}"; do
  echo "wrk on node :$port over the whole run: $(awk '/^Requests\/sec:/ {print $2 " req/s"}' "$WORK/wrk.$port"), p50 $(to_ms "$(awk '$1 == "50%" {print $2}' "$WORK/wrk.$port")") ms, p99 $(to_ms "$(awk '$1 == "99%" {print $2}' "$WORK/wrk.$port")") ms, errors: $(grep -E 'Non-2xx|Socket errors' "$WORK/wrk.$port" | tr -s ' ' | tr '\n' ' ' || true)"
done 2>/dev/null || true
sleep 1
cat "$WORK/probe.txt"

# After: a publish on the first node reaches the second node's readers.
python3 - "${ports[@]}" <<'PY'
import json, os, sys, time
sys.path.insert(0, "bench")
import claro_bench as bench
first = bench.Site(int(sys.argv[1]))
author, reviewer = first.login(bench.AUTHOR), first.login(bench.REVIEWER)
state = json.load(open(bench.STATE))
cultures = {c["culture"]: c["latestVersion"] for c in first.ok("GET", f"/api/v1/admin/documents/{state['id']}", token=author)["cultures"]}
state.update(en=cultures["en"], es=cultures["es"])
bench.cycle(first, author, reviewer, state)
published = time.monotonic()
second = bench.Site(int(sys.argv[2]))
while time.monotonic() - published < 10:
    version, _ = bench.version_of("es", *second.call("GET", "/es/radio-es"))
    if version == state["n"]:
        print(f"after the outage: a publish on node :{sys.argv[1]} reached node :{sys.argv[2]}'s readers in {(time.monotonic() - published) * 1000:.0f} ms")
        break
    time.sleep(0.01)
else:
    print(f"after the outage: node :{sys.argv[2]} still shows v{version}, not v{state['n']}, 10 s after the publish")
PY
grep -hE '^(fail|crit)' "$WORK"/node*.log | sort | uniq -c | sed 's/^/site log: /' || true
