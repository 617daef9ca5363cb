#!/usr/bin/env bash
# Two attacks on the published site (Release) and what they cost it, written to docs/load.md (see "Attacks" there):
#   1. cache-busting: wrk at 256 connections, every request a new query string, a new unknown path or a new
#      X-Forwarded-Proto and Host, so that nothing a request asks for was asked for before;
#   2. an idle-connection flood: the site under a 1,024 open-file limit (a common default), FLOOD_CONNECTIONS idle
#      connections held for FLOOD_SECONDS, probed meanwhile, then dropped all at once.
# Passes when the site never dies, answers nothing outside 2xx-4xx, keeps its working set under ATTACK_MAX_RSS_MB, and
# serves again within 5 s of the flood's end.
#
#   bench/attack.sh
#
# Knobs (environment): ATTACK_POSTS (1000), ATTACK_DURATION (60s), FLOOD_CONNECTIONS (3000), FLOOD_SECONDS (30),
# ATTACK_MAX_RSS_MB (256: the README's advice, --memory 256m for a site of up to a few thousand posts), ATTACK_SEED (42),
# ATTACK_OUT (docs/load.md; "-" prints only).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
POSTS=${ATTACK_POSTS:-1000}
DURATION=${ATTACK_DURATION:-60s}
FLOOD=${FLOOD_CONNECTIONS:-3000}
FLOOD_SECONDS=${FLOOD_SECONDS:-30}
MAX_RSS_MB=${ATTACK_MAX_RSS_MB:-256}
SEED=${ATTACK_SEED:-42}
OUT=${ATTACK_OUT:-$ROOT/docs/load.md}

log() { printf '[attack %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "error: $*"; exit 1; }

WORK=$(mktemp -d /tmp/site-attack.XXXXXX)
SITE_PID=
cleanup() {
  local status=$?
  if [[ -n $SITE_PID ]] && kill -0 "$SITE_PID" 2>/dev/null; then kill "$SITE_PID"; wait "$SITE_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v wrk >/dev/null; then
  log "installing wrk"
  SUDO=(); [[ $(id -u) == 0 ]] || SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq wrk >/dev/null
fi
for tool in dotnet curl wrk awk python3 prlimit; do command -v "$tool" >/dev/null || die "$tool not found"; done

log "publishing the site (Release) and generating $POSTS posts (seed $SEED)"
dotnet publish "$ROOT/src/Site/Site.csproj" -c Release -o "$WORK/publish" -nologo -v quiet >"$WORK/publish.log" 2>&1 \
  || { cat "$WORK/publish.log" >&2; die "publish failed"; }
dotnet run --project "$ROOT/bench/PostGenerator" -c Release -- --count "$POSTS" --seed "$SEED" --out "$WORK/posts" >"$WORK/generator.log" 2>&1 \
  || { cat "$WORK/generator.log" >&2; die "generator failed"; }

# start_site LOG [WRAPPER...]: the published site in Production on a free loopback port; sets SITE_PID and BASE.
start_site() {
  local logfile=$1; shift
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  BASE="http://127.0.0.1:$port"
  mkdir -p "$WORK/elsewhere"
  (cd "$WORK/elsewhere" && exec "$@" env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" Site__PostsPath="$WORK/posts" \
    dotnet "$WORK/publish/Site.dll" >"$logfile" 2>&1) &
  SITE_PID=$!
  for _ in $(seq 300); do
    curl -fs "$BASE/healthz" >/dev/null 2>&1 && return
    kill -0 "$SITE_PID" 2>/dev/null || { cat "$logfile" >&2; die "the site exited"; }
    sleep 0.1
  done
  die "the site did not become healthy"
}
stop_site() { kill "$SITE_PID" 2>/dev/null || true; wait "$SITE_PID" 2>/dev/null || true; SITE_PID=; }
# The process that runs Site.dll: the started one, or (under a wrapper that does not exec) its child.
site_pid() { pgrep -f "$WORK/publish/Site.dll" | tail -1; }
rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$(site_pid)/status"; }
hwm_mb() { awk '/^VmHWM:/ { printf "%d", $2 / 1024 }' "/proc/$(site_pid)/status"; }

# --- 1. cache-busting ------------------------------------------------------------------------------------------
start_site "$WORK/busting.log"
RSS_BUSTING_START=$(rss_mb)
cat >"$WORK/busting.lua" <<'LUA'
local paths = { "/", "/archive", "/categories", "/tags", "/feed.xml", "/sitemap.xml" }
local protos = { "http", "https", "ftp", "gopher" }
local threads = {}
function setup(thread) table.insert(threads, thread) end
local i = 0
fivexx = 0
function response(status, headers, body) if status >= 500 then fivexx = fivexx + 1 end end
function request()
  i = i + 1
  local kind = i % 3
  local headers = { ["X-Forwarded-Proto"] = protos[i % #protos + 1] .. i, ["Host"] = "h" .. i .. ".example" }
  if kind == 0 then return wrk.format("GET", paths[i % #paths + 1] .. "?utm=" .. i .. "&page=" .. (i % 4 + 1), headers) end
  if kind == 1 then return wrk.format("GET", "/posts/no-such-post-" .. i, headers) end
  return wrk.format("GET", "/archive/" .. (1900 + i % 200) .. "?x=" .. i, headers)
end
function done(summary, latency, requests)
  local e = summary.errors
  local server_errors = 0
  for _, thread in ipairs(threads) do server_errors = server_errors + thread:get("fivexx") end
  io.write(string.format("RESULT requests=%d duration_us=%d p99_us=%d connect=%d read=%d write=%d timeout=%d fivexx=%d\n",
    summary.requests, summary.duration, latency:percentile(99), e.connect, e.read, e.write, e.timeout, server_errors))
end
LUA
log "cache-busting: $DURATION at 256 connections"
wrk -t2 -c256 -d"$DURATION" --timeout 10s --latency -s "$WORK/busting.lua" "$BASE" >"$WORK/busting.txt"
read -r B_REQUESTS B_DURATION B_P99 B_CONNECT B_READ B_WRITE B_TIMEOUT B_5XX < <(
  grep '^RESULT' "$WORK/busting.txt" | sed -E 's/RESULT //; s/[a-z0-9_]+=//g')
RSS_BUSTING_END=$(rss_mb)
HWM_BUSTING=$(hwm_mb)
B_ALIVE=$(kill -0 "$SITE_PID" 2>/dev/null && echo yes || echo no)
B_RPS=$(awk -v r="$B_REQUESTS" -v d="$B_DURATION" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
stop_site

# --- 2. idle-connection flood ------------------------------------------------------------------------------------
start_site "$WORK/flood.log" prlimit --nofile=1024:1024
LIMIT_LINE=$(grep -o 'Serving at most .*' "$WORK/flood.log" | head -1)
RSS_FLOOD_START=$(rss_mb)
log "flood: $FLOOD idle connections for $FLOOD_SECONDS s ($LIMIT_LINE)"
FLOOD_RESULT=$(python3 - "$BASE" "$FLOOD" "$FLOOD_SECONDS" "$(site_pid)" <<'PY'
import socket, sys, time, urllib.request
base, count, seconds, pid = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
host, port = base.split("//")[1].split(":")
def rss():
    with open(f"/proc/{pid}/status") as f:
        return int(next(l for l in f if l.startswith("VmRSS:")).split()[1]) // 1024
sockets, refused = [], 0
for _ in range(count):
    s = socket.socket()
    try:
        s.connect((host, int(port)))
    except OSError:
        refused += 1
    sockets.append(s)
start, peak, probes_ok, probes = rss(), 0, 0, 0
deadline = time.time() + seconds
while time.time() < deadline:
    time.sleep(1)
    peak = max(peak, rss())
    probes += 1
    try:
        probes_ok += urllib.request.urlopen(base + "/healthz", timeout=2).status == 200
    except Exception:
        pass
end = rss()
for s in sockets:
    s.close()
t = time.time()
while True:
    try:
        if urllib.request.urlopen(base + "/healthz", timeout=2).status == 200:
            break
    except Exception:
        time.sleep(0.05)
    if time.time() - t > 30:
        break
print(f"{refused} {start} {peak} {end} {probes_ok} {probes} {time.time() - t:.2f}")
PY
)
read -r F_REFUSED F_RSS_START F_RSS_PEAK F_RSS_END F_PROBES_OK F_PROBES F_RECOVERY <<<"$FLOOD_RESULT"
F_ALIVE=$(kill -0 "$SITE_PID" 2>/dev/null && echo yes || echo no)
stop_site

verdict=pass; reasons=()
[[ $B_ALIVE == yes ]] || { verdict=fail; reasons+=("died under cache-busting"); }
[[ $F_ALIVE == yes ]] || { verdict=fail; reasons+=("died under the flood"); }
((B_5XX == 0)) || { verdict=fail; reasons+=("$B_5XX server errors"); }
((HWM_BUSTING <= MAX_RSS_MB)) || { verdict=fail; reasons+=("VmHWM $HWM_BUSTING MB over $MAX_RSS_MB MB"); }
((F_RSS_PEAK <= MAX_RSS_MB)) || { verdict=fail; reasons+=("flood VmRSS $F_RSS_PEAK MB over $MAX_RSS_MB MB"); }
awk -v r="$F_RECOVERY" 'BEGIN { exit !(r < 5) }' || { verdict=fail; reasons+=("served again only after $F_RECOVERY s"); }

REPORT=$(cat <<MD
| | |
| --- | --- |
| date | $(date -u +%Y-%m-%d), load at the end $(cut -d' ' -f1-3 /proc/loadavg) |
| corpus | $POSTS generated posts (seed $SEED) |
| cache-busting | \`wrk -t2 -c256 -d$DURATION\`: $B_REQUESTS requests ($B_RPS/s), p99 $(awk -v us="$B_P99" 'BEGIN { printf "%.1f", us / 1000 }') ms; socket errors $((B_CONNECT + B_READ + B_WRITE + B_TIMEOUT)), responses 5xx $B_5XX (unknown paths answer 404, as they should); every request a new query, unknown path, X-Forwarded-Proto and Host |
| cache-busting memory | VmRSS $RSS_BUSTING_START MB at the start → $RSS_BUSTING_END MB at the end, VmHWM $HWM_BUSTING MB; alive: $B_ALIVE |
| flood | $FLOOD idle connections for $FLOOD_SECONDS s under \`prlimit --nofile=1024\` ($LIMIT_LINE); $F_REFUSED refused at connect; /healthz answered $F_PROBES_OK of $F_PROBES probes during it |
| flood memory | VmRSS $F_RSS_START MB before → $F_RSS_PEAK MB at most during → $F_RSS_END MB at the end; alive: $F_ALIVE |
| served again after the flood | $F_RECOVERY s |
| verdict | **$verdict**${reasons[*]:+: ${reasons[*]}} (limits: alive, no 5xx, memory ≤ $MAX_RSS_MB MB, served again within 5 s) |
MD
)
echo "$REPORT"
if [[ $OUT != - ]]; then
  awk -v report="$REPORT" '
    /<!-- attack:begin/ { print; print report; skip = 1; next }
    /<!-- attack:end/ { skip = 0 }
    !skip { print }' "$OUT" >"$WORK/out.md"
  cp "$WORK/out.md" "$OUT"
  log "wrote $OUT"
fi
[[ $verdict == pass ]] || die "${reasons[*]}"
