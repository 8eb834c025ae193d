#!/usr/bin/env bash
# Readers while the web team publishes: wrk at 32 connections on a page, its short link and the list,
# first alone, then while a new version of that document (English and Spanish together) is published
# every 100 ms. Meanwhile a checker reads the English page and its language switch's Spanish target on
# every node, and checks that each response is one whole version (title, body and change note tagged with
# the version number) and that the Spanish is never older than the English. Runs on SQLite (one node),
# then on two nodes sharing a private PostgreSQL server. Prints latency with and without publishing,
# as ratios, and every error. bench/RESULTS.md records the numbers. Each publish is seven API calls (two
# drafts, two submissions, two approvals, the publish); with CLARO_BENCH_SAVE_AND_SUBMIT=1 each draft is
# saved and sent to review in one call ("submit": true), five calls, timed as "PUT .../draft +submit".
#
#   bench/publish-load.sh                       # about 4 minutes after the publish
#   DURATION=20 BASELINE=10 SKIP_PUBLISH=1 bench/publish-load.sh
#   PROVIDERS=postgres bench/publish-load.sh
#   CLARO_BENCH_SAVE_AND_SUBMIT=1 bench/publish-load.sh
#   CLARO_BENCH_TIMINGS=/tmp/publishes.txt KEEP_LOGS=/tmp/logs bench/publish-load.sh   # each publish's start, length and calls; the logs
#   CLARO_BENCH_WARMUP=150 bench/publish-load.sh   # 150 more publishes before readers arrive (not counted)
#   CLARO_BENCH_PG_OPTIONS="No Reset On Close=true" PROVIDERS=postgres bench/publish-load.sh   # more connection settings
#   CLARO_BENCH_PG_SERVER="-c log_min_duration_statement=50 -c log_lock_waits=on" KEEP_LOGS=/tmp/logs bench/publish-load.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export WAIT_SECONDS=${WAIT_SECONDS:-120}   # starts are slow on a loaded machine

DURATION=${DURATION:-60}      # seconds of publishing under load
BASELINE=${BASELINE:-20}      # seconds of load without publishing
INTERVAL=${INTERVAL:-0.1}     # seconds between publishes
CONNECTIONS=${CONNECTIONS:-32}
PROVIDERS=${PROVIDERS:-sqlite postgres}
export CLARO_BENCH_SAVE_AND_SUBMIT=${CLARO_BENCH_SAVE_AND_SUBMIT:-0}   # 1: drafts saved and sent to review in one call
SITE=${SITE:-bench/out/site}
PASSWORD='Bench-only-passphrase-2026'
need_packages wrk:wrk curl:curl python3:python3 initdb:postgresql

bench_workspace publish-load
publish_site
echo "Claro publish-under-load bench, $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg); save and submit at once: $CLARO_BENCH_SAVE_AND_SUBMIT"


# start_node NAME PORT ENV...: a node of the published site in Production; waits for its first 200.
start_node() {
  local name=$1 port=$2; shift 2
  (cd "$SITE" && exec env ASPNETCORE_ENVIRONMENT=Production "ASPNETCORE_URLS=http://127.0.0.1:$port" Claro__SchedulerInterval=00:00:05 "$@" dotnet OrchardSite.dll) >>"$WORK/$name.log" 2>&1 &
  SITE_PID=$!; PIDS+=("$SITE_PID")
  WORK_LOG=$WORK/$name.log
  wait_for_200 "$(now_ms)" "http://127.0.0.1:$port/es/" >/dev/null || { tail -20 "$WORK/$name.log"; exit 1; }
}

# load SECONDS OUT PORT...: wrk on each node, the connections shared among them; waits for all.
load() {
  local seconds=$1 out=$2; shift 2
  local per=$((CONNECTIONS / $#)) port pids=()
  for port in "$@"; do
    timeout $((seconds + 30)) wrk -t1 -c"$per" -d"${seconds}s" --timeout 5s --latency -s bench/reader-paths.lua "http://127.0.0.1:$port" >"$out.$port" &
    pids+=($!)
  done
  wait "${pids[@]}"
}

# summary OUT PORT...: "requests/s p50 p99 errors" over the nodes (latency percentiles: the worst node's).
summary() {
  local out=$1; shift
  local port rps=0 p50=0 p99=0 errors=''
  for port in "$@"; do
    rps=$(awk -v a="$rps" '/^Requests\/sec:/ {printf "%.0f", a + $2}' "$out.$port")
    p50=$(awk -v a="$p50" -v b="$(to_ms "$(awk '$1 == "50%" {print $2}' "$out.$port")")" 'BEGIN {print (b > a) ? b : a}')
    p99=$(awk -v a="$p99" -v b="$(to_ms "$(awk '$1 == "99%" {print $2}' "$out.$port")")" 'BEGIN {print (b > a) ? b : a}')
    errors+=$(grep -E 'Non-2xx|Socket errors' "$out.$port" | tr -s ' ' | sed "s/^/ :$port/" || true)
  done
  echo "$rps $p50 $p99 ${errors:-none}"
}

# scenario NAME PORT...: the run itself, on nodes already started.
scenario() {
  local name=$1; shift
  local first=$1
  python3 bench/claro_bench.py setup "$first" >/dev/null
  for port in "$@"; do curl -s -o /dev/null "http://127.0.0.1:$port/es/radio-es"; done
  echo "== $name: $# node(s), wrk -c$CONNECTIONS on /es/radio-es, /s/radio and /es/ in turn"
  load 5 "$WORK/warm" "$@"
  load "$BASELINE" "$WORK/base-$name" "$@"
  python3 bench/claro_bench.py check "$DURATION" "$@" >"$WORK/check-$name.json" &
  local checker=$!
  python3 bench/claro_bench.py publish "$first" "$DURATION" "$INTERVAL" >"$WORK/publish-$name.json" &
  local publisher=$!
  load "$DURATION" "$WORK/busy-$name" "$@"
  wait "$publisher" "$checker"
  python3 bench/claro_bench.py settled "$@" >"$WORK/settled-$name.json"
  read -r rps0 p500 p990 err0 <<<"$(summary "$WORK/base-$name" "$@")"
  read -r rps1 p501 p991 err1 <<<"$(summary "$WORK/busy-$name" "$@")"
  printf '  %-22s %8s req/s  p50 %6s ms  p99 %6s ms  errors: %s\n' "without publishing" "$rps0" "$p500" "$p990" "$err0"
  printf '  %-22s %8s req/s  p50 %6s ms  p99 %6s ms  errors: %s\n' "publishing every ${INTERVAL}s" "$rps1" "$p501" "$p991" "$err1"
  echo "  ratios publishing/without: requests/s $(awk -v a="$rps1" -v b="$rps0" 'BEGIN {printf "%.2f", a/b}'), p50 $(awk -v a="$p501" -v b="$p500" 'BEGIN {printf "%.2f", a/b}'), p99 $(awk -v a="$p991" -v b="$p990" 'BEGIN {printf "%.2f", a/b}')"
  echo "  publisher: $(cat "$WORK/publish-$name.json")"
  echo "  checker:   $(cat "$WORK/check-$name.json")"
  echo "  settled:   $(cat "$WORK/settled-$name.json")"
  grep -hE ' (fail|crit)|Exception' "$WORK"/*.log | sort | uniq -c | head -5 | sed 's/^/  site log: /' || true
}

for provider in $PROVIDERS; do
  PIDS=()
  if [ "$provider" = sqlite ]; then
    db=(Claro__Database=Sqlite "ConnectionStrings__Claro=Data Source=$WORK/claro.db")
  else
    start_postgres
    "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres claro
    db=(Claro__Database=Postgres "ConnectionStrings__Claro=Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=claro${CLARO_BENCH_PG_OPTIONS:+;$CLARO_BENCH_PG_OPTIONS}")
  fi
  for email in bench@example.org bench2@example.org; do
    echo "$PASSWORD" | (cd "$SITE" && env ASPNETCORE_ENVIRONMENT=Production "${db[@]}" dotnet OrchardSite.dll create-admin --email "$email") >>"$WORK/commands.log" 2>&1 \
      || { cat "$WORK/commands.log"; exit 1; }
  done
  ports=()
  nodes=1; [ "$provider" = postgres ] && nodes=2
  for i in $(seq 1 "$nodes"); do
    port=$(free_port); ports+=("$port")
    start_node "$provider-node$i" "$port" "${db[@]}"
  done
  scenario "$provider" "${ports[@]}"
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  PIDS=()
  keep_logs
  if [ "$provider" = postgres ]; then stop_postgres; fi
  rm -f "$WORK"/*.log
done
