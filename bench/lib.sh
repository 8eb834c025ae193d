# Helpers shared by bench/run.sh and bench/scale.sh (sourced, not run). wait_for_200 watches the
# process in $SITE_PID and shows the end of $WORK/site.log when it stops.

stop_pid() {
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
median() { sort -g | awk '{v[NR]=$1} END {if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v/1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v*1000 } else print v }'; }

# Polls a URL every 10 ms until it answers 200, for at most WAIT_SECONDS (30); prints the milliseconds since $1.
wait_for_200() {
  local since=$1 url=$2 code
  while [ $(( $(now_ms) - since )) -lt $(( ${WAIT_SECONDS:-30} * 1000 )) ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
    if [ "$code" = 200 ]; then echo $(( $(now_ms) - since )); return 0; fi
    kill -0 "$SITE_PID" 2>/dev/null || { echo "The site stopped; its log:" >&2; tail -20 "$WORK/site.log" >&2; return 1; }
    sleep 0.01
  done
  echo "No 200 from $url within ${WAIT_SECONDS:-30} s" >&2; return 1
}


# A private PostgreSQL server, as test.sh starts one: a throwaway folder, loopback only, trust
# authentication, a free port. Sets PGBIN, PGDIR and PGPORT; stop_postgres stops it and removes the folder.
# CLARO_BENCH_PG_SERVER="-c synchronous_commit=off …" adds server settings; CLARO_BENCH_PG_PARENT=/dev/shm puts its
# folder in memory: both to tell the disk's part in a result from the rest.
start_postgres() {
  PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  PGDIR=$(mktemp -d "${CLARO_BENCH_PG_PARENT:-/tmp}/claro-bench-pg.XXXXXX")
  AS_PG=()
  if [ "$(id -u)" = 0 ]; then chown postgres: "$PGDIR"; AS_PG=(runuser -u postgres --); fi
  "${AS_PG[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --no-instructions >"$PGDIR/initdb.log" 2>&1 || { cat "$PGDIR/initdb.log" >&2; return 1; }
  PGPORT=$(free_port)
  pg_start
}
pg_start() {
  "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGDIR -c max_connections=300 ${CLARO_BENCH_PG_SERVER:-}" start >/dev/null
}
# pg_stop [MODE]: fast (sessions are ended, the default) or immediate (as a crash).
pg_stop() { "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$PGDIR/data" -m "${1:-fast}" -w stop >/dev/null; }
stop_postgres() {
  [ -n "${PGDIR:-}" ] && [ -d "$PGDIR" ] || return 0
  pg_stop fast 2>/dev/null || true
  rm -rf "$PGDIR"
}
psql_claro() { "$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U postgres -d "${PGDATABASE:-claro}" -v ON_ERROR_STOP=1 -qtAX "$@"; }

# Installs Debian packages when they are missing and this runs as root; otherwise says what to install.
need_packages() {
  local needed=() command package
  for pair in "$@"; do
    command=${pair%%:*} package=${pair#*:}
    command -v "$command" >/dev/null 2>&1 || [ -x "/usr/sbin/$command" ] || ls /usr/lib/postgresql/*/bin/"$command" >/dev/null 2>&1 || needed+=("$package")
  done
  [ ${#needed[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing ${needed[*]} from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
  else
    echo "Missing: ${needed[*]}. Install them (as root: apt-get update && apt-get install ${needed[*]}) and run again." >&2
    exit 1
  fi
}

# bench_workspace NAME: a temporary folder in $WORK; on exit the processes in $PIDS, the private
# PostgreSQL server and the folder go.
bench_workspace() {
  WORK=$(mktemp -d "/tmp/claro-$1.XXXXXX")
  export CLARO_BENCH_STATE=$WORK/state.json
  PIDS=()
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}
# KEEP_LOGS=DIR: the sites' logs (and PostgreSQL's) are copied there before they are deleted.
keep_logs() {
  [ -n "${KEEP_LOGS:-}" ] || return 0
  mkdir -p "$KEEP_LOGS"
  cp "$WORK"/*.log "$KEEP_LOGS"/ 2>/dev/null || true
  if [ -n "${PGDIR:-}" ]; then cp "$PGDIR/server.log" "$KEEP_LOGS/postgres.log" 2>/dev/null || true; fi
}
bench_cleanup() {
  for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
  keep_logs
  stop_postgres
  rm -rf "$WORK"
}

# publish_site: the published build in $SITE (bench/out/site), unless SKIP_PUBLISH=1 finds one there.
publish_site() {
  if [ "${SKIP_PUBLISH:-0}" = 1 ] && [ -f "$SITE/OrchardSite.dll" ]; then
    echo "Using the build already in $SITE (SKIP_PUBLISH=1)"
  else
    echo "Publishing (dotnet publish OrchardSite -c Release -o $SITE)…"
    rm -rf "$SITE"
    dotnet publish OrchardSite -c Release -o "$SITE" --nologo -v quiet >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
  fi
}
