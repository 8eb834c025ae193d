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

# Polls a URL every 10 ms until it answers 200, for at most 30 s; prints the milliseconds since $1.
wait_for_200() {
  local since=$1 url=$2 code
  while [ $(( $(now_ms) - since )) -lt 30000 ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
    if [ "$code" = 200 ]; then echo $(( $(now_ms) - since )); return 0; fi
    kill -0 "$SITE_PID" 2>/dev/null || { echo "The site stopped; its log:" >&2; tail -20 "$WORK/site.log" >&2; return 1; }
    sleep 0.01
  done
  echo "No 200 from $url within 30 s" >&2; return 1
}

