#!/usr/bin/env bash
# Startup of two commits side by side: each is published, then started on the same generated corpora, the two
# alternating (A B A B ...) so that the machine's noise hits both alike. Prints, per corpus size, the medians of the
# time to the first 200 on /, the CPU time spent until then, the catalog build time from the site's log and VmRSS,
# and the ratio B/A. A feature that may cost startup is measured so, before and after (docs/benchmarks.md).
#
#   bench/compare-startup.sh REF_A REF_B        e.g. bench/compare-startup.sh main HEAD
#
# Knobs (environment): BENCH_SIZES (default "1000 10000"), BENCH_RUNS (starts per commit and size, default 7),
# BENCH_SEED (default 42), BENCH_KEEP=1 keeps the temporary folder.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
[[ $# == 2 ]] || { echo "usage: $0 REF_A REF_B" >&2; exit 2; }
SIZES=${BENCH_SIZES:-"1000 10000"}
RUNS=${BENCH_RUNS:-7}
SEED=${BENCH_SEED:-42}

log() { printf '[compare %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "error: $*"; exit 1; }

WORK=$(mktemp -d /tmp/site-compare.XXXXXX)
PIDS=()
cleanup() {
  local status=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  for side in a b; do git -C "$ROOT" worktree remove --force "$WORK/src-$side" 2>/dev/null || true; done
  if [[ ${BENCH_KEEP:-0} == 1 ]]; then log "kept $WORK"; else rm -rf "$WORK"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

declare -A REF=([a]=$1 [b]=$2)
for side in a b; do
  commit=$(git -C "$ROOT" rev-parse --verify "${REF[$side]}^{commit}") || die "no commit ${REF[$side]}"
  log "publishing ${REF[$side]} ($commit)"
  git -C "$ROOT" worktree add --detach "$WORK/src-$side" "$commit" >/dev/null 2>&1
  dotnet publish "$WORK/src-$side/src/Site/Site.csproj" -c Release -o "$WORK/publish-$side" -nologo -v quiet \
    >"$WORK/publish-$side.log" 2>&1 || { cat "$WORK/publish-$side.log" >&2; die "publish of ${REF[$side]} failed"; }
done

log "building the generator"
dotnet build "$ROOT/bench/PostGenerator/PostGenerator.csproj" -c Release -o "$WORK/generator" -nologo -v quiet \
  >"$WORK/generator.log" 2>&1 || { cat "$WORK/generator.log" >&2; die "generator build failed"; }
for n in $SIZES; do
  dotnet "$WORK/generator/PostGenerator.dll" --count "$n" --seed "$SEED" --out "$WORK/corpus-$n" >&2
done

now_ns() { date +%s%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run_once SIDE N: starts SIDE's site on corpus N, waits for a 200 on /, records its numbers, stops it.
run_once() {
  local side=$1 n=$2 port=18590 logfile="$WORK/run.log" t0 t1 code pid
  mkdir -p "$WORK/cwd"
  t0=$(now_ns)
  (cd "$WORK/cwd" && exec env Site__PostsPath="$WORK/corpus-$n" ASPNETCORE_URLS="http://127.0.0.1:$port" \
    ASPNETCORE_ENVIRONMENT=Production dotnet "$WORK/publish-$side/Site.dll" >"$logfile" 2>&1) &
  pid=$!
  PIDS+=("$pid")
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/" 2>/dev/null || true)
    [[ $code == 200 ]] && break
    kill -0 "$pid" 2>/dev/null || { cat "$logfile" >&2; die "${REF[$side]} exited before answering 200"; }
    (($(now_ns) - t0 < 120000000000)) || die "${REF[$side]}: no 200 on / after 120 s"
    sleep 0.01
  done
  t1=$(now_ns)
  echo $(((t1 - t0) / 1000000)) >>"$WORK/$side-$n.start"
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%d\n", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat" >>"$WORK/$side-$n.cpu"
  awk '$1 == "VmRSS:" { printf "%d\n", $2 / 1024 }' "/proc/$pid/status" >>"$WORK/$side-$n.rss"
  for _ in $(seq 1 200); do grep -q 'Catalog built from' "$logfile" && break; sleep 0.01; done
  sed -n 's/.*Catalog built from .* in \([0-9]*\) ms$/\1/p' "$logfile" | head -1 >>"$WORK/$side-$n.build"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

for n in $SIZES; do run_once a "$n"; run_once b "$n"; rm -f "$WORK"/[ab]-"$n".*; done   # warm the file cache
for run in $(seq 1 "$RUNS"); do
  for n in $SIZES; do
    run_once a "$n"
    run_once b "$n"
    log "run $run, $n posts: A $(tail -1 "$WORK/a-$n.start") ms, B $(tail -1 "$WORK/b-$n.start") ms"
  done
done

echo "Startup, ${REF[a]} (A) against ${REF[b]} (B): medians of $RUNS alternating starts each, load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| posts | first 200 on / A | B | B/A | CPU to first 200 A | B | catalog build A | B | VmRSS A | B |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in $SIZES; do
  declare -A M=()
  for side in a b; do
    for what in start cpu build rss; do M[$side-$what]=$(median <"$WORK/$side-$n.$what"); done
  done
  ratio=$(awk -v a="${M[a-start]}" -v b="${M[b-start]}" 'BEGIN { printf "%.2f", b / a }')
  echo "| $n | ${M[a-start]} ms | ${M[b-start]} ms | $ratio | ${M[a-cpu]} ms | ${M[b-cpu]} ms | ${M[a-build]} ms | ${M[b-build]} ms | ${M[a-rss]} MB | ${M[b-rss]} MB |"
done
