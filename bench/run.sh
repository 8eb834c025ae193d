#!/usr/bin/env bash
# Measures how fast the published site serves a policy page, next to nginx serving the same bytes:
# throughput and latency under wrk, peak memory under that load, cold start, and how long a
# publish takes to reach readers. Prints every number; bench/RESULTS.md records them.
#
# Installs nginx and wrk (Debian) when they are missing and this runs as root, and dotnet-counters
# (NuGet) into bench/out/tools for the allocation count. Sends traffic only to 127.0.0.1, bounds
# every loop in time, and stops everything it started when it exits.
#
#   bench/run.sh                  # everything, about 4 minutes after the publish
#   ROUNDS=5 DURATION=20 bench/run.sh
#   SKIP_PUBLISH=1 bench/run.sh   # measure the build already in bench/out/site
set -euo pipefail
cd "$(dirname "$0")/.."

ROUNDS=${ROUNDS:-3}           # wrk rounds per server, alternating site and nginx
DURATION=${DURATION:-10}      # seconds per wrk round
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32}
STARTS=${STARTS:-5}           # cold starts to time
PUBLISHES=${PUBLISHES:-5}     # publish-to-visible rounds
PAGE=/es/inmigracion
BROWSER_ENCODINGS='gzip, deflate, br, zstd'   # what Chromium sends
PASSWORD='Bench-only-passphrase-2026'

# --- What this needs ----------------------------------------------------------------------------
. bench/lib.sh
need_packages nginx:nginx wrk:wrk curl:curl python3:python3
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
COUNTERS=bench/out/tools/dotnet-counters
if [ ! -x "$COUNTERS" ]; then
  dotnet tool install dotnet-counters --tool-path bench/out/tools >/dev/null 2>&1 || echo "dotnet-counters could not be installed: no allocation count this time."
fi

# --- Clean-up of everything started below --------------------------------------------------------
WORK=$(mktemp -d /tmp/claro-bench.XXXXXX)
chmod 755 "$WORK"   # nginx's workers run as nobody and read the page from here
SITE_PID='' NGINX_PID='' SAMPLER_PID=''
cleanup() {
  rm -f "$WORK/sampling"
  stop_pid "$SAMPLER_PID"; stop_pid "$SITE_PID"; stop_pid "$NGINX_PID"
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

SITE_PORT=$(free_port)
NGINX_PORT=$(free_port)
SITE=bench/out/site

echo "Claro bench, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "Machine: $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(dotnet --version) SDK"

# --- Publish, and a fresh database with two staff accounts ---------------------------------------
if [ "${SKIP_PUBLISH:-0}" = 1 ] && [ -f "$SITE/OrchardSite.dll" ]; then
  echo "Using the build already in $SITE (SKIP_PUBLISH=1)"
else
  echo "Publishing (dotnet publish OrchardSite -c Release -o $SITE)…"
  rm -rf "$SITE"
  nice -n 10 dotnet publish OrchardSite -c Release -o "$SITE" --nologo -v quiet >"$WORK/publish.log" 2>&1 || { cat "$WORK/publish.log"; exit 1; }
fi

site_env=(ASPNETCORE_ENVIRONMENT=Production "ConnectionStrings__Claro=Data Source=$WORK/claro.db" "ASPNETCORE_URLS=http://127.0.0.1:$SITE_PORT")
for email in bench@example.org bench2@example.org; do
  # The second account approves: nobody approves their own version.
  echo "$PASSWORD" | (cd "$SITE" && env "${site_env[@]}" dotnet OrchardSite.dll create-admin --email "$email") >>"$WORK/site.log" 2>&1 \
    || { cat "$WORK/site.log"; exit 1; }
done

start_site() { (cd "$SITE" && exec env "${site_env[@]}" dotnet OrchardSite.dll) >>"$WORK/site.log" 2>&1 & SITE_PID=$!; }
# --- Cold start -----------------------------------------------------------------------------------
t0=$(now_ms); start_site
first=$(wait_for_200 "$t0" "http://127.0.0.1:$SITE_PORT/es/")
stop_pid "$SITE_PID"
echo "First start (migrations, sample content): ${first} ms"
starts=()
for _ in $(seq 1 "$STARTS"); do
  t0=$(now_ms); start_site
  starts+=("$(wait_for_200 "$t0" "http://127.0.0.1:$SITE_PORT/es/")")
  stop_pid "$SITE_PID"
done
cold=$(printf '%s\n' "${starts[@]}" | median)
echo "Cold start to the first 200 on /es/: ${starts[*]} ms; median ${cold} ms (target ≤ 1500)"

# --- The page's bytes, and nginx serving them ----------------------------------------------------
t0=$(now_ms); start_site
wait_for_200 "$t0" "http://127.0.0.1:$SITE_PORT/es/" >/dev/null
mkdir -p "$WORK/www" "$WORK/nginx"
# No Accept-Encoding: the identity bytes, which nginx then serves as they are.
content_type=$(curl -s --max-time 5 -o "$WORK/www/page.html" -w '%{content_type}' "http://127.0.0.1:$SITE_PORT$PAGE")
chmod 644 "$WORK/www/page.html"
echo "Page $PAGE: $(wc -c <"$WORK/www/page.html") bytes, $content_type"
charset=$(sed -n 's/.*charset=\([^;]*\).*/\1/p' <<<"$content_type")
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  types { }
  default_type ${content_type%%;*};
  charset ${charset:-off};
  gzip on;
  gzip_types text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = $PAGE { alias $WORK/www/page.html; }
  }
}
EOF
"$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" >"$WORK/nginx/stdout.log" 2>&1 & NGINX_PID=$!
for _ in $(seq 1 300); do curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$NGINX_PORT$PAGE" && break; sleep 0.01; done
cmp -s "$WORK/www/page.html" <(curl -s --max-time 5 "http://127.0.0.1:$NGINX_PORT$PAGE") || { echo "nginx does not serve the same bytes" >&2; cat "$WORK/nginx/error.log" >&2; exit 1; }
for server in site:$SITE_PORT nginx:$NGINX_PORT; do
  size=$(curl -s --max-time 5 -H "Accept-Encoding: $BROWSER_ENCODINGS" -o /dev/null -w '%{size_download}' "http://127.0.0.1:${server#*:}$PAGE")
  encoding=$(curl -s --max-time 5 -H "Accept-Encoding: $BROWSER_ENCODINGS" -o /dev/null -D - "http://127.0.0.1:${server#*:}$PAGE" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" {print $2}')
  echo "With Accept-Encoding: $BROWSER_ENCODINGS, ${server%%:*} sends ${size} bytes (${encoding:-identity})"
done

# --- Throughput and latency, alternating, with the site's peak memory ---------------------------
touch "$WORK/sampling"
(
  peak=0 deadline=$((SECONDS + 900))
  while [ -e "$WORK/sampling" ] && [ $SECONDS -lt $deadline ]; do
    kb=$(awk '/^VmRSS/ {print $2}' "/proc/$SITE_PID/status" 2>/dev/null || echo 0)
    if [ "${kb:-0}" -gt "$peak" ]; then
      peak=$kb
      echo "$peak" >"$WORK/rss-peak"
      awk '/^Rss(Anon|File|Shmem)/ {printf "%s %d MB  ", $1, $2/1024}' "/proc/$SITE_PID/status" >"$WORK/rss-parts" 2>/dev/null || true
    fi
    sleep 0.1
  done
) & SAMPLER_PID=$!

# run_wrk NAME PORT [ENCODINGS]: one wrk round; appends "rps p50 p99" to $WORK/NAME.
run_wrk() {
  local name=$1 port=$2 out="$WORK/wrk-$1.txt"
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 5s --latency)
  [ -n "${3:-}" ] && args+=(-H "Accept-Encoding: $3")
  timeout $((DURATION + 30)) wrk "${args[@]}" "http://127.0.0.1:$port$PAGE" >"$out"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
  errors=$(grep -E 'Non-2xx|Socket errors' "$out" | tr -s ' ' || true)
  echo "$rps $p50 $p99" >>"$WORK/results-$name"
  printf '  %-14s %10s req/s  p50 %7s ms  p99 %7s ms %s\n' "$name" "$rps" "$p50" "$p99" "$errors"
}

echo "Warming up both servers (5 s each)…"
timeout 40 wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$SITE_PORT$PAGE" >/dev/null
timeout 40 wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Accept-Encoding: $BROWSER_ENCODINGS" "http://127.0.0.1:$SITE_PORT$PAGE" >/dev/null
timeout 40 wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$NGINX_PORT$PAGE" >/dev/null
echo "wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION} s a round, $ROUNDS rounds, alternating:"
for round in $(seq 1 "$ROUNDS"); do
  echo " round $round"
  run_wrk site "$SITE_PORT"
  run_wrk nginx "$NGINX_PORT"
  run_wrk site-encoded "$SITE_PORT" "$BROWSER_ENCODINGS"
  run_wrk nginx-encoded "$NGINX_PORT" "$BROWSER_ENCODINGS"
done

# Allocations per request: the runtime's own count of allocated bytes over one more site round.
if [ -x "$COUNTERS" ]; then
  timeout $((DURATION + 60)) "$COUNTERS" collect -p "$SITE_PID" --counters System.Runtime --format csv -o "$WORK/counters.csv" --refresh-interval 1 --duration "00:00:$(printf '%02d' $((DURATION + 4)))" >/dev/null 2>&1 &
  counters_pid=$!
  sleep 2
  timeout $((DURATION + 30)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$SITE_PORT$PAGE" >"$WORK/wrk-alloc.txt"
  wait "$counters_pid" || true
  requests=$(awk '/requests in/ {print $1}' "$WORK/wrk-alloc.txt")
  allocated=$(awk -F, 'tolower($3) ~ /total_allocated|allocation rate/ {s += $5} END {printf "%.0f", s}' "$WORK/counters.csv" 2>/dev/null || echo 0)
fi
rm -f "$WORK/sampling"
wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=''

summary() {  # summary NAME: the median of each column
  local name=$1
  local file="$WORK/results-$name"
  echo "$(awk '{print $1}' "$file" | median) $(awk '{print $2}' "$file" | median) $(awk '{print $3}' "$file" | median)"
}
read -r site_rps site_p50 site_p99 <<<"$(summary site)"
read -r nginx_rps nginx_p50 nginx_p99 <<<"$(summary nginx)"
read -r site_enc_rps site_enc_p50 site_enc_p99 <<<"$(summary site-encoded)"
read -r nginx_enc_rps nginx_enc_p50 nginx_enc_p99 <<<"$(summary nginx-encoded)"
echo
echo "Medians of $ROUNDS rounds:"
printf '  %-30s %10s req/s  p50 %6s ms  p99 %6s ms\n' "site, identity" "$site_rps" "$site_p50" "$site_p99"
printf '  %-30s %10s req/s  p50 %6s ms  p99 %6s ms\n' "nginx, identity" "$nginx_rps" "$nginx_p50" "$nginx_p99"
printf '  %-30s %10s req/s  p50 %6s ms  p99 %6s ms\n' "site, Accept-Encoding" "$site_enc_rps" "$site_enc_p50" "$site_enc_p99"
printf '  %-30s %10s req/s  p50 %6s ms  p99 %6s ms\n' "nginx, Accept-Encoding (gzip)" "$nginx_enc_rps" "$nginx_enc_p50" "$nginx_enc_p99"
echo "  ratio site/nginx, identity: $(awk -v a="$site_rps" -v b="$nginx_rps" 'BEGIN {printf "%.2f", a/b}') (target ≥ 0.5); site p99 ${site_p99} ms (target ≤ 10)"
echo "  ratio site/nginx, Accept-Encoding: $(awk -v a="$site_enc_rps" -v b="$nginx_enc_rps" 'BEGIN {printf "%.2f", a/b}')"
echo "Peak RSS of the site under load: $(( $(cat "$WORK/rss-peak" 2>/dev/null || echo 0) / 1024 )) MB (target ≤ 200); at the peak: $(cat "$WORK/rss-parts" 2>/dev/null)"
if [ -n "${requests:-}" ] && [ "${allocated:-0}" -gt 0 ]; then
  echo "Allocated per request (identity, from dotnet-counters): $(( allocated / requests )) bytes over $requests requests"
fi

# --- Publish to visible ---------------------------------------------------------------------------
echo
echo "Publish to visible ($PUBLISHES rounds: a new draft, submitted, approved by the second account, the page read once, then published):"
python3 - "$SITE_PORT" "$PASSWORD" "$PUBLISHES" <<'PY'
import http.client, json, statistics, sys, time, uuid

port, password, rounds = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])

def call(method, path, body=None, token=None, connection=None):
    c = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if token:
        headers["Authorization"] = "Bearer " + token
    c.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
    r = c.getresponse()
    data = r.read()
    if connection is None:
        c.close()
    return r.status, data

def ok(result, what):
    status, data = result
    if status >= 300:
        sys.exit(f"{what} answered {status}: {data[:300]!r}")
    return json.loads(data) if data else None

def login(email):
    return ok(call("POST", "/api/v1/account/login", {"email": email, "password": password}), "login")["accessToken"]

author, reviewer = login("bench@example.org"), login("bench2@example.org")
slug = "bench-" + uuid.uuid4().hex[:8]
base = "/api/v1/admin/documents"
doc = ok(call("POST", base, {"culture": "en", "slug": slug, "title": "Bench page", "summary": "Publish to visible", "body": "First text."}, author), "create")["id"]
version = 1

def release(publish):
    ok(call("POST", f"{base}/{doc}/en/submit", {}, author), "submit")
    ok(call("POST", f"{base}/{doc}/en/approve", {"version": version}, reviewer), "approve")
    if publish:
        ok(call("POST", f"{base}/{doc}/publish", {"cultures": ["en"]}, author), "publish")

release(publish=True)
page = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
times = []
for _ in range(rounds):
    marker = uuid.uuid4().hex
    version = ok(call("PUT", f"{base}/{doc}/en/draft", {"slug": slug, "title": "Bench page", "summary": "Publish to visible",
                                                        "body": f"Text {marker}.", "changeNote": "bench", "baseVersion": version}, author), "draft")["version"]
    release(publish=False)
    status, before = call("GET", f"/en/{slug}", connection=page)   # the old text, now in the output cache
    assert status == 200 and marker.encode() not in before
    ok(call("POST", f"{base}/{doc}/publish", {"cultures": ["en"]}, author), "publish")
    returned = time.perf_counter()
    while time.perf_counter() - returned < 5:
        status, body = call("GET", f"/en/{slug}", connection=page)
        if status == 200 and marker.encode() in body:
            break
    else:
        sys.exit("The new text did not appear within 5 s")
    times.append((time.perf_counter() - returned) * 1000)
print("  " + ", ".join(f"{t:.1f}" for t in times) + " ms")
print(f"  median {statistics.median(times):.1f} ms, max {max(times):.1f} ms (target ≤ 100)")
PY
