#!/usr/bin/env bash
# Crash safety: kills the site with SIGKILL at random moments while it publishes, saves drafts, imports a
# recipe and publishes what was scheduled, ROUNDS times, on SQLite and on PostgreSQL. After every kill it
# restarts the site and checks the database: SQLite's PRAGMA integrity_check; on both, every published
# pointer names a Published version of its page, at most one Published version per page, every state a
# version is in has the audit event of that transition, no import is half there, and the scheduler still
# publishes what came due while the site was down. Stops at the first broken rule, saying which.
#
#   bench/crash.sh                          # 50 rounds on each database, about 15 minutes
#   ROUNDS=10 PROVIDERS=sqlite SKIP_PUBLISH=1 bench/crash.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export WAIT_SECONDS=${WAIT_SECONDS:-120}   # starts are slow on a loaded machine

ROUNDS=${ROUNDS:-50}
PROVIDERS=${PROVIDERS:-sqlite postgres}
COPIES=${COPIES:-20}          # copies of the sample content in each round's import (one transaction)
SITE=${SITE:-bench/out/site}
PASSWORD='Bench-only-passphrase-2026'
need_packages curl:curl python3:python3 initdb:postgresql

WORK=$(mktemp -d /tmp/claro-crash.XXXXXX)
export CLARO_BENCH_STATE=$WORK/state.json
SITE_PID='' WORK_PID='' IMPORT_PID=''
cleanup() {
  local status=$?
  kill -KILL "$SITE_PID" "$IMPORT_PID" 2>/dev/null || true
  stop_pid "$WORK_PID"
  stop_postgres
  if [ "$status" = 0 ]; then rm -rf "$WORK"; else echo "Logs and database kept in $WORK" >&2; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM
publish_site
echo "Claro crash bench, $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# site ARGS: the site's program, replacing the shell it runs in, so that "site … &" gives the program's own
# process id to kill (call it in a subshell, "(site …)", in the foreground).
site() { cd "$SITE" && exec env ASPNETCORE_ENVIRONMENT=Production Claro__SchedulerInterval=00:00:00.5 "${db[@]}" dotnet OrchardSite.dll "$@"; }

for provider in $PROVIDERS; do
  rm -f "$WORK"/claro.db* "$WORK/imports"
  touch "$WORK/imports"
  if [ "$provider" = sqlite ]; then
    db=(Claro__Database=Sqlite "ConnectionStrings__Claro=Data Source=$WORK/claro.db")
    verify=(sqlite "$WORK/claro.db" "$WORK/imports")
  else
    start_postgres
    "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres claro
    db=(Claro__Database=Postgres "ConnectionStrings__Claro=Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=claro")
    export PSQL="$PGBIN/psql" PGHOST=127.0.0.1 PGPORT PGUSER=postgres PGDATABASE=claro
    verify=(postgres "" "$WORK/imports")
  fi
  for email in bench@example.org bench2@example.org; do
    echo "$PASSWORD" | (site create-admin --email "$email") >>"$WORK/commands.log" 2>&1 || { cat "$WORK/commands.log"; exit 1; }
  done
  PORT=$(free_port)
  db+=("ASPNETCORE_URLS=http://127.0.0.1:$PORT")
  site >>"$WORK/site.log" 2>&1 & SITE_PID=$!
  wait_for_200 "$(now_ms)" "http://127.0.0.1:$PORT/es/" >/dev/null
  python3 bench/claro_bench.py setup "$PORT" >/dev/null
  echo "== $provider: $ROUNDS rounds"
  killed_during_import=0
  for round in $(seq 1 "$ROUNDS"); do
    python3 bench/claro_bench.py work "$PORT" 2>>"$WORK/work.log" & WORK_PID=$!
    # Every other round, an import of $COPIES copies of the sample content runs in the site's own command
    # beside the site, and is killed with it.
    IMPORT_PID=''
    if [ $((round % 2)) = 0 ]; then
      python3 bench/claro_bench.py recipe "$round" "$COPIES" "$WORK/round.recipe.json" >>"$WORK/imports"
      DOTNET_EnableDiagnostics=0 site import "$WORK/round.recipe.json" --as bench@example.org >>"$WORK/import.log" 2>&1 & IMPORT_PID=$!
      # Its start takes a while: the random moment counts from when it has the database open.
      for _ in $(seq 1 300); do
        ls -l "/proc/$IMPORT_PID/fd" 2>/dev/null | grep -qE 'claro\.db|socket:' && break
        sleep 0.05
      done
    fi
    sleep "$(python3 -c 'import random; print(round(random.uniform(0.3, 2.5), 2))')"
    kill -KILL "$SITE_PID" ${IMPORT_PID:+"$IMPORT_PID"} 2>/dev/null || true
    wait "$SITE_PID" 2>/dev/null || true
    [ "$(cat "/proc/$SITE_PID/comm" 2>/dev/null)" = dotnet ] && { echo "Round $round: the site survived its SIGKILL" >&2; exit 1; }
    if [ -n "$IMPORT_PID" ]; then
      wait "$IMPORT_PID" 2>/dev/null && status=0 || status=$?
      [ "$status" -ge 128 ] && killed_during_import=$((killed_during_import + 1))
    fi
    stop_pid "$WORK_PID"; WORK_PID=''
    if ! python3 bench/claro_bench.py verify "${verify[@]}" >"$WORK/problems"; then
      echo "Round $round, after the kill: $(cat "$WORK/problems")" >&2; exit 1
    fi
    site >>"$WORK/site.log" 2>&1 & SITE_PID=$!
    wait_for_200 "$(now_ms)" "http://127.0.0.1:$PORT/es/" >/dev/null || { echo "Round $round: the site did not start again; its log:" >&2; tail -30 "$WORK/site.log" >&2; exit 1; }
    # What came due while the site was down must go live within a few of the scheduler's 0.5 s ticks.
    due_sql=$([ "$provider" = sqlite ] && echo "strftime('%Y-%m-%d %H:%M:%f', 'now', '-1 seconds')" || echo "now() - interval '1 second'")
    for _ in $(seq 1 40); do
      late=$([ "$provider" = sqlite ] \
        && python3 -c "import sqlite3,sys; print(sqlite3.connect('file:$WORK/claro.db?mode=ro', uri=True).execute(sys.argv[1]).fetchone()[0])" \
             "SELECT COUNT(*) FROM Versions WHERE State = 'Approved' AND ScheduledPublishUtc IS NOT NULL AND ScheduledPublishUtc < $due_sql" \
        || "$PSQL" -qtAX -c "SELECT COUNT(*) FROM \"Versions\" WHERE \"State\" = 'Approved' AND \"ScheduledPublishUtc\" < $due_sql")
      [ "$late" = 0 ] && break
      sleep 0.1
    done
    [ "$late" = 0 ] || { echo "Round $round: $late scheduled versions still not published 4 s after the restart" >&2; exit 1; }
    if ! python3 bench/claro_bench.py verify "${verify[@]}" >"$WORK/problems"; then
      echo "Round $round, after the restart: $(cat "$WORK/problems")" >&2; exit 1
    fi
    printf '.'
  done
  echo
  versions=$([ "$provider" = sqlite ] && python3 -c "import sqlite3; print(sqlite3.connect('file:$WORK/claro.db?mode=ro', uri=True).execute('SELECT COUNT(*) FROM Versions').fetchone()[0])" || "$PSQL" -qtAX -c 'SELECT COUNT(*) FROM "Versions"')
  complete=$(grep -c '^Imported' "$WORK/import.log" || true)
  echo "  $ROUNDS kills, every check passed after each; $versions versions in the database; imports: $((ROUNDS / 2)) started, $complete finished before their kill, $killed_during_import killed during it"
  kill -KILL "$SITE_PID" 2>/dev/null || true; wait "$SITE_PID" 2>/dev/null || true; SITE_PID=''
  rm -f "$WORK/import.log"
  if [ "$provider" = postgres ]; then stop_postgres; fi
done
