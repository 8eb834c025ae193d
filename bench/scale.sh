#!/usr/bin/env bash
# The scale benchmark: the published site on the sample database (10 pages) next to the same site on
# 10,000 documents × 2 cultures loaded through the library (bench/Claro.Bench.Loader). For each:
# start-up to the first 200 on /es/, page latency under wrk over many pages, search latency, and
# the sitemap, uncached and cached. Prints every number; bench/RESULTS.md records them.
#
# Sends traffic only to 127.0.0.1, bounds every loop in time, and stops everything it started.
#
#   bench/scale.sh
#   DOCUMENTS=2000 ROUNDS=1 bench/scale.sh     # a quicker look
#   SKIP_PUBLISH=1 bench/scale.sh              # measure the build already in bench/out/site
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

DOCUMENTS=${DOCUMENTS:-10000}
ROUNDS=${ROUNDS:-3}           # wrk rounds per database, alternating
DURATION=${DURATION:-10}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
STARTS=${STARTS:-5}
PAGES=${PAGES:-1000}          # page paths wrk picks from on the large database
QUERIES=${QUERIES:-200}       # sequential searches per database, half English, half Spanish

for tool in wrk curl python3; do
  command -v "$tool" >/dev/null 2>&1 || { echo "Missing: $tool (bench/run.sh installs it when run as root)." >&2; exit 1; }
done

WORK=$(mktemp -d /tmp/claro-scale.XXXXXX)
SITE_PID='' SAMPLE_PID='' LARGE_PID=''
cleanup() {
  stop_pid "$SITE_PID"; stop_pid "$SAMPLE_PID"; stop_pid "$LARGE_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

SITE=bench/out/site
echo "Claro scale bench, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Machine: $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version) SDK"

# --- The site (published again when a source file is newer than the build) and the loader ---------
if [ -f "$SITE/OrchardSite.dll" ] && { [ "${SKIP_PUBLISH:-0}" = 1 ] || [ -z "$(find src OrchardSite translations -newer "$SITE/OrchardSite.dll" -type f -not -path '*/bin/*' -not -path '*/obj/*' -print -quit)" ]; }; then
  echo "Using the build in $SITE"
else
  echo "Publishing (dotnet publish OrchardSite -c Release -o $SITE)…"
  rm -rf "$SITE"
  nice -n 10 dotnet publish OrchardSite -c Release -o "$SITE" --nologo -v quiet >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
fi
nice -n 10 dotnet build bench/Claro.Bench.Loader -c Release -o bench/out/loader --nologo -v quiet >"$WORK/loader-build.log" 2>&1 || { cat "$WORK/loader-build.log"; exit 1; }

# --- The two databases ------------------------------------------------------------------------------
mkdir -p "$WORK/sample" "$WORK/large"
echo "Loading $DOCUMENTS documents × 2 cultures through the library…"
timeout 1200 dotnet bench/out/loader/Claro.Bench.Loader.dll --database sqlite --connection "Data Source=$WORK/large/claro.db" \
  --documents "$DOCUMENTS" --out "$WORK/large" | sed 's/^/  /'
echo "  database file: $(( $(stat -c %s "$WORK/large/claro.db") / 1024 / 1024 )) MB"

site_env() {  # site_env NAME PORT: the environment of the site on that database
  echo "ASPNETCORE_ENVIRONMENT=Production"
  echo "ConnectionStrings__Claro=Data Source=$WORK/$1/claro.db"
  echo "ASPNETCORE_URLS=http://127.0.0.1:$2"
}
start_site() {  # start_site NAME PORT: starts it in the background, its pid in SITE_PID
  local vars; mapfile -t vars < <(site_env "$1" "$2")
  (cd "$SITE" && exec env "${vars[@]}" dotnet OrchardSite.dll) >>"$WORK/site.log" 2>&1 & SITE_PID=$!
}

# --- Start-up ---------------------------------------------------------------------------------------
declare -A startup
for name in sample large; do
  port=$(free_port)
  t0=$(now_ms); start_site "$name" "$port"
  first=$(wait_for_200 "$t0" "http://127.0.0.1:$port/es/")
  stop_pid "$SITE_PID"
  starts=()
  for _ in $(seq 1 "$STARTS"); do
    t0=$(now_ms); start_site "$name" "$port"
    starts+=("$(wait_for_200 "$t0" "http://127.0.0.1:$port/es/")")
    stop_pid "$SITE_PID"
  done
  SITE_PID=''
  startup[$name]=$(printf '%s\n' "${starts[@]}" | median)
  echo "Start-up on $name (to the first 200 on /es/): first ${first} ms; then ${starts[*]} ms; median ${startup[$name]} ms"
done

# --- Both sites up; the sitemap is each one's first request after the first page ----------------------
SAMPLE_PORT=$(free_port); start_site sample "$SAMPLE_PORT"; SAMPLE_PID=$SITE_PID
wait_for_200 "$(now_ms)" "http://127.0.0.1:$SAMPLE_PORT/es/" >/dev/null
LARGE_PORT=$(free_port); start_site large "$LARGE_PORT"; LARGE_PID=$SITE_PID
wait_for_200 "$(now_ms)" "http://127.0.0.1:$LARGE_PORT/es/" >/dev/null
SITE_PID=''
declare -A port=([sample]=$SAMPLE_PORT [large]=$LARGE_PORT) sitemap_first sitemap_again
for name in sample large; do
  url="http://127.0.0.1:${port[$name]}/sitemap.xml"
  sitemap_first[$name]=$(curl -s --max-time 30 -o "$WORK/$name/sitemap.xml" -w '%{time_total}' "$url" | awk '{printf "%.0f", $1 * 1000}')
  sitemap_again[$name]=$(curl -s --max-time 30 -o /dev/null -w '%{time_total}' "$url" | awk '{printf "%.0f", $1 * 1000}')
  urls=$(grep -o '<loc>' "$WORK/$name/sitemap.xml" | wc -l)
  echo "Sitemap on $name: $(stat -c %s "$WORK/$name/sitemap.xml") bytes, $urls URLs; first request ${sitemap_first[$name]} ms, again ${sitemap_again[$name]} ms"
  # wrk's pages: the sample's 10, or $PAGES of the large database's 20,000 picked at random (seeded).
  if [ "$name" = sample ]; then
    grep -o '<loc>[^<]*' "$WORK/sample/sitemap.xml" | sed 's|<loc>http://[^/]*||' >"$WORK/sample/wrk-paths.txt"
  else
    shuf -n "$PAGES" --random-source=<(yes) "$WORK/large/paths.txt" >"$WORK/large/wrk-paths.txt"
  fi
done

# --- Page latency: wrk over many pages, so that one cached page does not stand for all -----------------
cat >"$WORK/pages.lua" <<'EOF'
local paths = {}
for line in io.lines(os.getenv("CLARO_PATHS")) do paths[#paths + 1] = line end
request = function() return wrk.format("GET", paths[math.random(#paths)]) end
EOF
run_wrk() {  # run_wrk NAME SECONDS: one round; appends "p50 p99 rps" to $WORK/NAME/wrk
  local name=$1 out="$WORK/$1/wrk-round.txt"
  CLARO_PATHS="$WORK/$name/wrk-paths.txt" timeout $(($2 + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2s" --timeout 5s --latency \
    -s "$WORK/pages.lua" "http://127.0.0.1:${port[$name]}" >"$out"
  local p50 p99 rps errors
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  errors=$(grep -E 'Non-2xx|Socket errors' "$out" | tr -s ' ' || true)
  echo "$p50 $p99 $rps" >>"$WORK/$name/wrk"
  printf '  %-7s %10s req/s  p50 %7s ms  p99 %7s ms %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
}
echo "Warming up (every page once into the output cache, then 5 s of wrk each)…"
for name in sample large; do
  while read -r path; do curl -s -o /dev/null --max-time 5 "http://127.0.0.1:${port[$name]}$path"; done <"$WORK/$name/wrk-paths.txt"
  CLARO_PATHS="$WORK/$name/wrk-paths.txt" timeout 40 wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s "$WORK/pages.lua" "http://127.0.0.1:${port[$name]}" >/dev/null
done
echo "wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION} s a round, $ROUNDS rounds, alternating; pages: sample $(wc -l <"$WORK/sample/wrk-paths.txt"), large $(wc -l <"$WORK/large/wrk-paths.txt")"
for round in $(seq 1 "$ROUNDS"); do
  echo " round $round"
  run_wrk sample "$DURATION"
  run_wrk large "$DURATION"
done

# --- Search: sequential queries through the readers' search page, one connection ---------------------
search() {  # search NAME: prints "p50 p95 max" in ms over $QUERIES queries of the loader's words
  python3 - "${port[$1]}" "$QUERIES" "$WORK/large/queries-en.txt" "$WORK/large/queries-es.txt" <<'PY'
import http.client, statistics, sys, time, urllib.parse
port, count = int(sys.argv[1]), int(sys.argv[2])
words = {c: [w for w in open(f, encoding="utf-8").read().splitlines() if w] for c, f in (("en", sys.argv[3]), ("es", sys.argv[4]))}
queries = [(c, words[c][i // 2 % len(words[c])]) for i in range(count) for c in (("en", "es")[i % 2],)]
conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
def get(culture, q):
    conn.request("GET", f"/{culture}/search?q=" + urllib.parse.quote(q))
    r = conn.getresponse(); r.read()
    if r.status != 200: sys.exit(f"search for {q!r} answered {r.status}")
for culture, q in queries[:10]: get(culture, q)       # warm-up, not counted
deadline, times = time.monotonic() + 120, []
for culture, q in queries:
    if time.monotonic() > deadline: break
    t = time.perf_counter(); get(culture, q); times.append((time.perf_counter() - t) * 1000)
times.sort()
print(f"{statistics.median(times):.1f} {times[int(len(times) * 0.95) - 1]:.1f} {times[-1]:.1f}")
PY
}
declare -A search_result
for name in sample large; do
  search_result[$name]=$(search "$name")
  read -r s50 s95 smax <<<"${search_result[$name]}"
  echo "Search on $name ($QUERIES sequential queries): p50 ${s50} ms, p95 ${s95} ms, max ${smax} ms"
done

# --- Summary ------------------------------------------------------------------------------------------
col() { awk -v c="$2" '{print $c}' "$WORK/$1/wrk" | median; }
sample_p99=$(col sample 2); large_p99=$(col large 2)
echo
echo "Summary (medians over the rounds), load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '  page p50: sample %s ms, large %s ms\n' "$(col sample 1)" "$(col large 1)"
printf '  page p99: sample %s ms, large %s ms, ratio %s (target ≤ 1.2)\n' "$sample_p99" "$large_p99" "$(awk -v a="$large_p99" -v b="$sample_p99" 'BEGIN {printf "%.2f", a / b}')"
printf '  requests/s: sample %s, large %s\n' "$(col sample 3)" "$(col large 3)"
printf '  search p95 on the large database: %s ms (target ≤ 50)\n' "$(awk '{print $2}' <<<"${search_result[large]}")"
printf '  sitemap on the large database: first %s ms, again %s ms (target ≤ 1000)\n' "${sitemap_first[large]}" "${sitemap_again[large]}"
printf '  start-up on the large database: median %s ms, sample %s ms (target ≤ 3000)\n' "${startup[large]}" "${startup[sample]}"
