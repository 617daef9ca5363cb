#!/usr/bin/env bash
# Load test: the published site (Release) on a generated corpus, 60 s of wrk at 256 connections on a mix of pages.
# Passes when there are no socket errors and no response outside 2xx/3xx, and the working set (VmRSS) at the end is
# within 10% of its value after the warm-up. Prints p50/p99 and writes the figures to docs/load.md. See docs/load.md.
#
#   bench/load.sh
#
# Knobs (environment):
#   LOAD_POSTS        corpus size, default 1000
#   LOAD_DURATION     measured wrk run, default 60s
#   LOAD_WARMUP       warm-up wrk run (not measured), default 20s
#   LOAD_CONNECTIONS  default 256
#   LOAD_TIMEOUT      wrk's per-request timeout, default 10s (see docs/load.md)
#   LOAD_SEED         generator seed, default 42
#   LOAD_OUT          Markdown file to write, default docs/load.md ("-" = print only)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
POSTS=${LOAD_POSTS:-1000}
DURATION=${LOAD_DURATION:-60s}
WARMUP=${LOAD_WARMUP:-20s}
CONNECTIONS=${LOAD_CONNECTIONS:-256}
TIMEOUT=${LOAD_TIMEOUT:-10s}
SEED=${LOAD_SEED:-42}
OUT=${LOAD_OUT:-$ROOT/docs/load.md}
MAX_RSS_GROWTH_PERCENT=10

log() { printf '[load %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "error: $*"; exit 1; }

WORK=$(mktemp -d /tmp/site-load.XXXXXX)
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
for tool in dotnet curl wrk awk; do command -v "$tool" >/dev/null || die "$tool not found"; done

log "publishing the site (Release) and generating $POSTS posts (seed $SEED)"
dotnet publish "$ROOT/src/Site/Site.csproj" -c Release -o "$WORK/publish" -nologo -v quiet >"$WORK/publish.log" 2>&1 \
  || { cat "$WORK/publish.log" >&2; die "publish failed"; }
dotnet run --project "$ROOT/bench/PostGenerator" -c Release -- --count "$POSTS" --seed "$SEED" --out "$WORK/posts" >"$WORK/generator.log" 2>&1 \
  || { cat "$WORK/generator.log" >&2; die "generator failed"; }

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK/elsewhere"
(cd "$WORK/elsewhere" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" Site__PostsPath="$WORK/posts" \
  dotnet "$WORK/publish/Site.dll" >"$WORK/site.log" 2>&1) &
SITE_PID=$!
for _ in $(seq 300); do
  curl -fs "$BASE/healthz" >/dev/null 2>&1 && break
  kill -0 "$SITE_PID" 2>/dev/null || { cat "$WORK/site.log" >&2; die "the site exited"; }
  sleep 0.1
done
curl -fs "$BASE/healthz" >/dev/null || die "the site did not become healthy"
# The dotnet host execs nothing: the PID started is the site itself.
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$SITE_PID/status"; }

# The mix: every listing and fixed page, and the first 100 posts of the sitemap; plus the stylesheet and the feed.
curl -fs "$BASE/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -E 's#</?loc>##g; s#^https?://[^/]+##' >"$WORK/sitemap-paths"
{
  grep -v '^/posts/' "$WORK/sitemap-paths"
  awk '/^\/posts\// && ++n <= 100' "$WORK/sitemap-paths"
  printf '%s\n' /page/2 /feed.xml /css/site.css /archive/2023 /healthz
} | sort -u >"$WORK/paths"
PATH_COUNT=$(wc -l <"$WORK/paths")
while read -r path; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  [[ $code == 2* ]] || die "$path answered $code before the load"
done <"$WORK/paths"

cat >"$WORK/mix.lua" <<'LUA'
local paths = {}
for line in io.lines(os.getenv("LOAD_PATHS")) do paths[#paths + 1] = line end
local counter = 0
function setup(thread) counter = counter + 1; thread:set("offset", counter * 7919) end
local i = 0
function request()
  i = i + 1
  return wrk.format("GET", paths[(i + offset) % #paths + 1])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p90_us=%d p99_us=%d max_us=%d connect=%d read=%d write=%d timeout=%d status=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.timeout, e.status))
end
LUA

log "warm-up: $WARMUP at $CONNECTIONS connections on $PATH_COUNT paths"
LOAD_PATHS="$WORK/paths" wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" -s "$WORK/mix.lua" "$BASE" >"$WORK/warmup.txt"
RSS_WARM=$(rss_kb)
log "VmRSS after warm-up: $RSS_WARM kB; measuring: $DURATION"
LOAD_PATHS="$WORK/paths" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$WORK/mix.lua" "$BASE" >"$WORK/run.txt"
RSS_END=$(rss_kb)
cat "$WORK/run.txt" >&2

read -r REQUESTS DURATION_US P50 P90 P99 MAX CONNECT READ WRITE TIMEOUTS STATUS < <(
  grep '^RESULT' "$WORK/run.txt" | sed -E 's/RESULT //; s/[a-z0-9_]+=//g')
SOCKET_ERRORS=$((CONNECT + READ + WRITE + TIMEOUTS))
RPS=$(awk -v r="$REQUESTS" -v d="$DURATION_US" 'BEGIN { printf "%.0f", r / (d / 1e6) }')
GROWTH=$(awk -v a="$RSS_WARM" -v b="$RSS_END" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
LOG_LINES=$(wc -l <"$WORK/site.log")

verdict=pass; reasons=()
((SOCKET_ERRORS == 0)) || { verdict=fail; reasons+=("$SOCKET_ERRORS socket errors"); }
((STATUS == 0)) || { verdict=fail; reasons+=("$STATUS responses outside 2xx/3xx"); }
awk -v g="$GROWTH" -v m="$MAX_RSS_GROWTH_PERCENT" 'BEGIN { exit !(g <= m && g >= -m) }' \
  || { verdict=fail; reasons+=("working set changed by $GROWTH% (limit ±$MAX_RSS_GROWTH_PERCENT%)"); }

REPORT=$(cat <<MD
| | |
| --- | --- |
| date | $(date -u +%Y-%m-%d) |
| machine | $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo), $(uname -sr) |
| .NET | $(dotnet --list-runtimes | awk '/AspNetCore/ { print $2 }' | tail -1) |
| corpus | $POSTS generated posts (seed $SEED), $PATH_COUNT paths in the mix |
| load | \`wrk -t2 -c$CONNECTIONS -d$DURATION --timeout $TIMEOUT --latency\` after a $WARMUP warm-up |
| requests | $REQUESTS ($RPS/s) |
| latency p50 / p90 / p99 / max | $(ms "$P50") / $(ms "$P90") / $(ms "$P99") / $(ms "$MAX") ms |
| socket errors (connect, read, write, timeout) | $SOCKET_ERRORS ($CONNECT, $READ, $WRITE, $TIMEOUTS) |
| responses outside 2xx/3xx | $STATUS |
| VmRSS after warm-up → at the end | $((RSS_WARM / 1024)) MB → $((RSS_END / 1024)) MB ($GROWTH%) |
| site log lines over the whole run | $LOG_LINES |
| verdict | **$verdict**${reasons[*]:+: ${reasons[*]}} |
MD
)
echo "$REPORT"
if [[ $OUT != - ]]; then
  awk -v report="$REPORT" '
    /<!-- load:begin/ { print; print report; skip = 1; next }
    /<!-- load:end/ { skip = 0 }
    !skip { print }' "$OUT" >"$WORK/out.md"
  cp "$WORK/out.md" "$OUT"
  log "wrote $OUT"
fi
[[ $verdict == pass ]] || die "${reasons[*]}"
