#!/usr/bin/env bash
# A cache in front of two replicas, for real: docs/nginx-cache.conf on two local replicas of the built site, then
# both replicas stopped. Prints what a reader would get at each step (status, X-Cache-Status, ETag, Cache-Control).
# Takes a little over a minute: it waits for a page's copy to expire (max-age=60) to show the stale copy served.
#
#   bench/cdn.sh                                  publishes the site first, as the Dockerfile does
#   CDN_SITE_DLL=/tmp/site-pub/Site.dll bench/cdn.sh   an app published already
# A published app, since only it names its static files by their hash and sends them as immutable for a year.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
NGINX=${NGINX:-/usr/sbin/nginx}
[ -x "$NGINX" ] || { echo "nginx not found at $NGINX: sudo apt-get install nginx" >&2; exit 1; }

WORK=$(mktemp -d /tmp/site-cdn.XXXXXX)
SITE_DLL=${CDN_SITE_DLL:-$WORK/app/Site.dll}
[ -f "$SITE_DLL" ] || dotnet publish "$ROOT/src/Site" -c Release -o "$WORK/app" >/dev/null
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 200); do curl -fs -o /dev/null "$1" && return 0; sleep 0.1; done; echo "no answer from $1" >&2; exit 1; }
show() { # what the cache answers for a path: status, cache status, ETag, Cache-Control
  curl -s -o /dev/null -D - "http://127.0.0.1:$CACHE_PORT$1" | tr -d '\r' |
    awk -v path="$1" 'NR==1{status=$2} tolower($1)=="x-cache-status:"{cache=$2} tolower($1)=="etag:"{etag=$2}
      tolower($1)=="cache-control:"{$1=""; control=substr($0,2)}
      END{printf "  %-22s %s  %-8s %s  %s\n", path, status, cache, etag, control}'
}

A_PORT=$(free_port); B_PORT=$(free_port); CACHE_PORT=$(free_port)
for port in "$A_PORT" "$B_PORT"; do
  (cd "$WORK" && exec dotnet "$SITE_DLL" --urls "http://127.0.0.1:$port" >"$WORK/replica-$port.log" 2>&1) &
  PIDS+=($!)
done
REPLICA_A=${PIDS[0]}; REPLICA_B=${PIDS[1]}
wait_for "http://127.0.0.1:$A_PORT/healthz"; wait_for "http://127.0.0.1:$B_PORT/healthz"

sed -e "s|server 10.0.0.11:8080|server 127.0.0.1:$A_PORT|" -e "s|server 10.0.0.12:8080|server 127.0.0.1:$B_PORT|" \
    -e "s|listen 80;|listen 127.0.0.1:$CACHE_PORT;|" -e "s|/var/cache/nginx/site|$WORK/cache|" \
    "$ROOT/docs/nginx-cache.conf" >"$WORK/site-cache.conf"
cat >"$WORK/nginx.conf" <<CONF
daemon off;
master_process off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 256; }
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy; fastcgi_temp_path $WORK/fastcgi;
    uwsgi_temp_path $WORK/uwsgi; scgi_temp_path $WORK/scgi;
    include $WORK/site-cache.conf;
}
CONF
"$NGINX" -e stderr -p "$WORK" -c "$WORK/nginx.conf" &
PIDS+=($!)
wait_for "http://127.0.0.1:$CACHE_PORT/healthz"

POST=$(curl -s "http://127.0.0.1:$A_PORT/" | grep -o 'href="/posts/[^"]*"' | head -1 | cut -d'"' -f2)
STYLESHEET=$(curl -s "http://127.0.0.1:$A_PORT/" | grep -o 'href="/css/[^"]*"' | head -1 | cut -d'"' -f2)
echo "nginx $("$NGINX" -v 2>&1 | cut -d/ -f2) on :$CACHE_PORT in front of two replicas (:$A_PORT, :$B_PORT)"
echo "1. Each replica gives the same ETag for the same page:"
for port in "$A_PORT" "$B_PORT"; do
  printf '  replica :%s %s %s\n' "$port" "$POST" "$(curl -s -o "$WORK/$port.html" -D - "http://127.0.0.1:$port$POST" | tr -d '\r' | awk 'tolower($1)=="etag:"{print $2}')"
done
cmp -s "$WORK/$A_PORT.html" "$WORK/$B_PORT.html" || { echo "  the replicas sent different bytes:"; diff "$WORK/$A_PORT.html" "$WORK/$B_PORT.html" | head -20; }
echo "2. First request (MISS: asked a replica), then from the cache (HIT):"
for path in / "$POST" /feed.xml "$STYLESHEET" / "$POST" /feed.xml "$STYLESHEET"; do show "$path"; done
FETCHED=$(date +%s)
echo "3. Both replicas stopped:"
kill "$REPLICA_A" "$REPLICA_B"; wait "$REPLICA_A" "$REPLICA_B" 2>/dev/null || true
for path in / "$POST" /archive; do show "$path"; done
echo "4. $((61 - ($(date +%s) - FETCHED))) s later, the pages' copies expired (max-age=60), replicas still down: the cache serves them stale"
sleep $((61 - ($(date +%s) - FETCHED)))
for path in / "$POST" /feed.xml "$STYLESHEET"; do show "$path"; done
