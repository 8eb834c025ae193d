#!/usr/bin/env bash
# CPU time the published site spends from process start to its first page: utime + stime of the
# process (every thread) from /proc/PID/stat at the moment /es/ first answers 200, on a database that
# is already up to date (one start before the measured ones creates and fills it). Prints each start
# and the median; the target is 0.8 s. CPU time, unlike wall time, barely moves with the machine's load.
#
#   bench/startup.sh                        # publishes to bench/out/site first
#   SKIP_PUBLISH=1 STARTS=9 bench/startup.sh
#   SITE=/some/publish/folder SKIP_PUBLISH=1 bench/startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
export WAIT_SECONDS=${WAIT_SECONDS:-120}

STARTS=${STARTS:-5}
SITE=${SITE:-bench/out/site}
WORK=$(mktemp -d /tmp/claro-startup.XXXXXX)
SITE_PID=''
trap 'stop_pid "$SITE_PID"; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM

if [ "${SKIP_PUBLISH:-0}" = 1 ] && [ -f "$SITE/OrchardSite.dll" ]; then
  echo "Using the build already in $SITE"
else
  echo "Publishing (dotnet publish OrchardSite -c Release -o $SITE)…"
  rm -rf "$SITE"
  dotnet publish OrchardSite -c Release -o "$SITE" --nologo -v quiet >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
fi

PORT=$(free_port)
site_env=(ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Claro=Data Source=$WORK/claro.db" "ASPNETCORE_URLS=http://127.0.0.1:$PORT")
# SITE_ENV="DOTNET_TieredPGO=0 …": extra variables, to try a runtime setting without rebuilding.
read -r -a extra <<<"${SITE_ENV:-}"
site_env+=("${extra[@]}")
ticks=$(getconf CLK_TCK)

# cpu_ms PID: user + system CPU time of the process so far, in milliseconds.
cpu_ms() { awk -v hz="$ticks" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / hz }' "/proc/$1/stat"; }

# One start: prints "wall_ms cpu_ms".
measure() {
  local t0 wall cpu
  t0=$(now_ms)
  (cd "$SITE" && exec env "${site_env[@]}" dotnet OrchardSite.dll) >>"$WORK/site.log" 2>&1 & SITE_PID=$!
  wall=$(wait_for_200 "$t0" "http://127.0.0.1:$PORT/es/") || exit 1
  cpu=$(cpu_ms "$SITE_PID")
  stop_pid "$SITE_PID"; SITE_PID=''
  echo "$wall $cpu"
}

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
result=$(measure) || exit 1
read -r wall cpu <<<"$result"
echo "First start (creates the database, imports the sample content): ${cpu} ms CPU, ${wall} ms wall"
: >"$WORK/starts"
for i in $(seq 1 "$STARTS"); do
  result=$(measure) || exit 1
  read -r wall cpu <<<"$result"
  echo "$wall $cpu" >>"$WORK/starts"
  echo "  start $i: ${cpu} ms CPU, ${wall} ms wall"
done
echo "Median of $STARTS starts on the up-to-date database: $(awk '{print $2}' "$WORK/starts" | median) ms CPU (target ≤ 800), $(awk '{print $1}' "$WORK/starts" | median) ms wall"
