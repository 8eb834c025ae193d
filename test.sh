#!/usr/bin/env bash
# Runs every test. Installs what NuGet cannot bring (Debian's chromium, poppler-utils, zbar-tools,
# postgresql, gettext) when it is missing and this runs as root; otherwise says what to install. Then runs the
# tests on SQLite, starts a private PostgreSQL server and runs the database tests again on it.
set -euo pipefail
cd "$(dirname "$0")"

needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
command -v pdftotext >/dev/null 2>&1 || needed+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || needed+=(zbar-tools)
command -v msgfmt >/dev/null 2>&1 || needed+=(gettext)
fc-list 2>/dev/null | grep -qi dejavu || needed+=(fonts-dejavu-core)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || needed+=(postgresql)
if [ ${#needed[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${needed[*]} from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
  else
    echo "Missing: ${needed[*]}. Install them (as root: apt-get update && apt-get install ${needed[*]}) and run again." >&2
    exit 1
  fi
fi

# A PostgreSQL server of our own: a throwaway folder, loopback only, trust authentication (it is
# for tests and nobody else can reach it), stopped and removed however the script ends.
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pgdir=$(mktemp -d /tmp/claro-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$pgdir"
  as_pg=(runuser -u postgres --)
fi
stop_postgres() {
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_postgres EXIT
"${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --no-instructions >"$pgdir/initdb.log" 2>&1 \
  || { cat "$pgdir/initdb.log" >&2; exit 1; }
pgport=
for _ in $(seq 20); do
  port=$((20000 + RANDOM % 20000))
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
  if "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off -c max_connections=200" start >/dev/null; then
    pgport=$port
    break
  fi
done
[ -n "$pgport" ] || { echo "Could not start PostgreSQL:" >&2; cat "$pgdir/server.log" >&2; exit 1; }

dotnet tool restore >/dev/null
dotnet build Claro.sln -c Release --nologo -v quiet

# Logs go to a folder of this run's own, so that two checkouts can run their tests side by side.
logs=$(mktemp -d /tmp/claro-test-logs.XXXXXX)
# run_tests NAME FILTER [PROJECT]: runs the tests the filter selects (in the whole solution unless a project is
# named); the log is kept in $logs/NAME.log.
run_tests() {
  local status=0
  echo "== $1 (log: $logs/$1.log)"
  dotnet test "${3:-Claro.sln}" -c Release --no-build --nologo -v quiet --filter "$2" --logger "console;verbosity=normal" \
    >"$logs/$1.log" 2>&1 || status=$?
  # A solution's run ends each project with "Passed!"/"Failed!"; a project's own run with "Passed: N" and "Failed: N".
  grep -E '^\s*Failed [A-Z]|Failed!|Passed!|^\s+(Passed|Failed|Skipped): |: error ' "$logs/$1.log" || true
  return "$status"
}
# count WHAT LOG...: the number of tests passed, failed or skipped in those logs.
count() { local what=$1; shift; cat "$@" 2>/dev/null | grep -oE "$what:\s+[0-9]+" | awk '{s+=$2} END {print s+0}'; }
summary() { echo "$(count Passed "$@") passed, $(count Failed "$@") failed, $(count Skipped "$@") skipped"; }

status=0
# The browser tests run on their own: beside a thousand others on two cores, Chromium's sign-in could take
# longer than Playwright waits (30 s).
run_tests sqlite "Category!=Postgres" tests/Claro.Tests || status=$?
run_tests browser "Category!=Postgres" tests/Claro.BrowserTests || status=$?
CLARO_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres" run_tests postgres "Category=Database|Category=Postgres" || status=$?
echo "SQLite: $(summary "$logs/sqlite.log" "$logs/browser.log"); PostgreSQL: $(summary "$logs/postgres.log")"
summary "$logs/sqlite.log" "$logs/browser.log" "$logs/postgres.log"
exit "$status"
