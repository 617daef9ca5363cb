#!/usr/bin/env bash
# What typesetting math costs (docs/math.md), printed as two tables of medians, each from runs that alternate so that a
# busy machine weighs on every column alike:
# 1. temml as the site runs it, and KaTeX beside it, both in Jint, each in BENCH_RUNS fresh processes: the first use
#    (engine, script, first expression) and the RSS it adds; per expression of a research post's math, warm; and a
#    whole post of that math finished through MathTypesetting, warm, with the cost of a body without math beside it.
# 2. The published site started BENCH_STARTS times on BENCH_POSTS generated posts as they are, and on the same posts
#    with that research post's math added to every BENCH_MATH_EVERY-th: the first 200 on / and the catalog build (which
#    typeset nothing), the first request for a post with math, and the finishing of every post that the site then does
#    in the background.
#
#   bench/math-cost.sh
#
# Needs the .NET SDK, npm (the csproj files restore temml and KaTeX from their lock files) and curl.
# Knobs (environment): BENCH_RUNS (default 9), BENCH_STARTS (default 5), BENCH_POSTS (default 1000),
# BENCH_MATH_EVERY (default 10), BENCH_SEED (default 42).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${BENCH_RUNS:-9}
STARTS=${BENCH_STARTS:-5}
POSTS=${BENCH_POSTS:-1000}
MATH_EVERY=${BENCH_MATH_EVERY:-10}
SEED=${BENCH_SEED:-42}
PORT=$((20000 + $$ % 10000))

log() { printf '[math-cost %(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "error: $*"; exit 1; }

WORK=$(mktemp -d /tmp/site-math-cost.XXXXXX)
SITE_PID=
cleanup() {
  local status=$?
  if [[ -n $SITE_PID ]]; then kill "$SITE_PID" 2>/dev/null || true; wait "$SITE_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
build() { # build PROJECT OUT: a Release build or publish, its log shown only when it fails
  local verb=$1 project=$2 out=$3
  dotnet "$verb" "$project" -c Release -o "$out" -nologo -v quiet >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "$verb of $project failed"; }
}

log "building the benchmark, the site and the post generator"
build build "$ROOT/bench/MathCost/MathCost.csproj" "$WORK/bench"
build publish "$ROOT/src/Site/Site.csproj" "$WORK/site"
build build "$ROOT/bench/PostGenerator/PostGenerator.csproj" "$WORK/generator"
bench() { dotnet "$WORK/bench/MathCost.dll" "$@"; }

# 1. The converters.
for run in $(seq 1 "$RUNS"); do
  log "converters, run $run of $RUNS"
  for which in temml katex site; do
    bench first-use "$which" >>"$WORK/first-$which"
    bench per-expression "$which" >>"$WORK/each-$which"
  done
  bench body >>"$WORK/body"
done

# 2. The site's startup on posts without and with math.
dotnet "$WORK/generator/PostGenerator.dll" --count "$POSTS" --seed "$SEED" --out "$WORK/posts-plain" >&2
cp -r "$WORK/posts-plain" "$WORK/posts-math"
bench markdown >"$WORK/math.md"
# The posts that get math, and among them the one asked for: one the background finishing reaches last (it goes by
# file name), so that its page finishes it, beside the finisher.
mapfile -t with_math < <(grep -l -E '^published: (true|yes|True)$' "$WORK"/posts-math/*.md | sort | awk -v n="$MATH_EVERY" 'NR % n == 0')
for post in "${with_math[@]}"; do { echo; cat "$WORK/math.md"; } >>"$post"; done
asked=${with_math[-1]}
asked=/posts/$(basename "$asked" .md | sed -E 's/^[0-9]{4}-[0-9]{2}-[0-9]{2}-//')

now_ns() { date +%s%N; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d\n", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }
rss_mb() { awk '$1 == "VmRSS:" { printf "%d\n", $2 / 1024 }' "/proc/$1/status"; }

# start_once CORPUS: starts the site on it, waits for a 200 on /, asks for one post, waits for the background finishing.
start_once() {
  local corpus=$1 logfile="$WORK/site.log" t0 t1 code
  mkdir -p "$WORK/cwd"
  t0=$(now_ns)
  (cd "$WORK/cwd" && exec env Site__PostsPath="$WORK/posts-$corpus" ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    ASPNETCORE_ENVIRONMENT=Production dotnet "$WORK/site/Site.dll" >"$logfile" 2>&1) &
  SITE_PID=$!
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$PORT/" 2>/dev/null || true)
    [[ $code == 200 ]] && break
    kill -0 "$SITE_PID" 2>/dev/null || { cat "$logfile" >&2; die "the site exited before answering 200"; }
    (($(now_ns) - t0 < 120000000000)) || die "no 200 on / after 120 s"
    sleep 0.01
  done
  t1=$(now_ns)
  echo $(((t1 - t0) / 1000000)) >>"$WORK/$corpus.start"
  cpu_ms "$SITE_PID" >>"$WORK/$corpus.cpu"
  rss_mb "$SITE_PID" >>"$WORK/$corpus.rss"
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "http://127.0.0.1:$PORT$asked" >"$WORK/asked"
  read -r code seconds <"$WORK/asked"
  [[ $code == 200 ]] || die "$asked answered $code"
  awk -v s="$seconds" 'BEGIN { printf "%d\n", s * 1000 }' >>"$WORK/$corpus.page"
  for _ in $(seq 1 6000); do grep -q 'Finished the HTML of' "$logfile" && break; sleep 0.1; done
  grep -q 'Finished the HTML of' "$logfile" || die "the background finishing did not end within 600 s"
  sed -n 's/.*Catalog built from .* in \([0-9]*\) ms$/\1/p' "$logfile" | head -1 >>"$WORK/$corpus.build"
  sed -n 's/.*Finished the HTML of .* in \([0-9]*\) ms$/\1/p' "$logfile" | head -1 >>"$WORK/$corpus.finish"
  cpu_ms "$SITE_PID" >>"$WORK/$corpus.cpu-finished"
  rss_mb "$SITE_PID" >>"$WORK/$corpus.rss-finished"
  kill "$SITE_PID" 2>/dev/null || true
  wait "$SITE_PID" 2>/dev/null || true
  SITE_PID=
}

start_once plain; start_once math; rm -f "$WORK"/{plain,math}.*   # warm the file cache
for run in $(seq 1 "$STARTS"); do
  for corpus in plain math; do start_once "$corpus"; done
  log "start $run of $STARTS: first 200 on / $(tail -1 "$WORK/plain.start") ms without math, $(tail -1 "$WORK/math.start") ms with"
done

# The report.
expressions=$(cut -d' ' -f1 "$WORK/body" | head -1)
echo "Medians; load average at the end $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo
echo "| converter | first use (fresh process, to the first expression) | RSS added | per expression, warm | 90th percentile |"
echo "| --- | ---: | ---: | ---: | ---: |"
for which in temml katex site; do
  case $which in
    temml) label="temml 0.13.5, bare Jint engine";;
    katex) label="KaTeX 0.19.1 (output: mathml), bare Jint engine";;
    site) label="the site's \`Temml\` (a thread per conversion)";;
  esac
  echo "| $label | $(cut -d' ' -f1 "$WORK/first-$which" | median) ms | $(cut -d' ' -f2 "$WORK/first-$which" | median) MB" \
    "| $(cut -d' ' -f1 "$WORK/each-$which" | median) ms | $(cut -d' ' -f2 "$WORK/each-$which" | median) ms |"
done
echo
echo "A post of $expressions pieces of math through \`MathTypesetting\`, warm: $(cut -d' ' -f2 "$WORK/body" | median) ms;" \
  "a body without math: $(cut -d' ' -f3 "$WORK/body" | median) µs. $RUNS fresh processes each."
echo
echo "| $POSTS generated posts | first 200 on / | CPU to it | catalog build | VmRSS | first request for $asked | background finishing | CPU to its end | VmRSS then |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for corpus in plain math; do
  case $corpus in
    plain) label="as generated";;
    math) label="${#with_math[@]} of them with those $expressions pieces of math";;
  esac
  echo "| $label | $(median <"$WORK/$corpus.start") ms | $(median <"$WORK/$corpus.cpu") ms | $(median <"$WORK/$corpus.build") ms" \
    "| $(median <"$WORK/$corpus.rss") MB | $(median <"$WORK/$corpus.page") ms | $(median <"$WORK/$corpus.finish") ms" \
    "| $(median <"$WORK/$corpus.cpu-finished") ms | $(median <"$WORK/$corpus.rss-finished") MB |"
done
echo
echo "$STARTS alternating starts of the published site each."
