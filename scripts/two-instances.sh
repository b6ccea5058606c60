#!/usr/bin/env bash
# Checks that the service scales out: two instances behind nginx (deploy/nginx.conf, the file
# compose.yaml uses), all on loopback, in about a minute:
#   scripts/two-instances.sh              two local server processes and a local nginx
#   scripts/two-instances.sh --compose    docker compose up (needs the image loaded and nginx:1.27-alpine)
# Checks: API uploads through the proxy are rated by both instances; a page upload's redirect to
# its results, and the rated copy's download, reach the instance that keeps them (the pages go by
# client address); a burst of 16 at once is served; with one instance stopped, the other serves
# everything.
set -euo pipefail
cd "$(dirname "$0")/.."
sample=workbook-templates/samples/sample-scorecard.xlsx
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  if [ "${mode:-}" = compose ]; then $compose down >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ready() { # URL: wait up to 30 s for 200
  for _ in $(seq 60); do
    [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$1")" = 200 ] && return 0
    sleep 0.5
  done
  return 1
}
post() { # PATH OUT: upload the sample through the proxy, print the status
  curl -s -m 60 -o "$2" -w '%{http_code}\n' -F "workbook=@$sample" "$proxy$1"
}
requests_on() { # METRICS_URL: rated uploads this instance answered
  curl -s -m 5 "$1" | awk '/^scorecard_requests_total/ && /outcome="rated"/ {n += $2} END {print n + 0}'
}

mode=local
[ "${1:-}" = --compose ] && mode=compose
if [ $mode = compose ]; then
  compose="docker compose"
  command -v docker >/dev/null || compose="podman compose"
  $compose up -d
  proxy=http://127.0.0.1:8080
  ready "$proxy/health/ready" || fail "the proxy did not come up"
else
  command -v nginx >/dev/null || { echo "needs nginx (Debian: apt-get install nginx-light)" >&2; exit 2; }
  jar=server/target/scorecard-server.jar
  [ -f "$jar" ] || mvn -B -ntp -q package -DskipTests -pl server -am
  pa=$(free_port); pb=$(free_port); pp=$(free_port)
  java -Xmx512m -jar "$jar" --port "$pa" >"$work/a.log" 2>&1 & pids+=($!); pid_a=$!
  java -Xmx512m -jar "$jar" --port "$pb" >"$work/b.log" 2>&1 & pids+=($!)
  mkdir -p "$work/nginx"
  sed -e "s/scorecard-a:7070/127.0.0.1:$pa/" -e "s/scorecard-b:7070/127.0.0.1:$pb/" \
    -e "s/listen 8080;/listen 127.0.0.1:$pp;/" deploy/nginx.conf >"$work/nginx/nginx.conf"
  ready "http://127.0.0.1:$pa/health/ready" || fail "instance A did not start"
  ready "http://127.0.0.1:$pb/health/ready" || fail "instance B did not start"
  nginx -p "$work/nginx/" -c "$work/nginx/nginx.conf" -g 'daemon off;' 2>"$work/nginx.log" &
  pids+=($!)
  proxy=http://127.0.0.1:$pp
  ready "$proxy/health/ready" || fail "nginx did not come up: $(cat "$work/nginx.log")"
fi
echo "two instances behind nginx at $proxy"

# 1. Twenty uploads, page and API in turn: every one rated, and the page carries its workbook.
for i in $(seq 20); do
  if [ $((i % 2)) = 0 ]; then
    [ "$(post /api/rate "$work/rated.xlsx")" = 200 ] || fail "upload $i through the proxy"
    head -c 2 "$work/rated.xlsx" | grep -q PK || fail "upload $i did not come back as a workbook"
  else
    at=$(curl -s -m 60 -o /dev/null -w '%{redirect_url}' -F "workbook=@$sample" "$proxy/rate")
    [ -n "$at" ] || fail "page upload $i through the proxy was not redirected to its results"
    [ "$(curl -s -m 10 -o "$work/page.html" -w '%{http_code}' "$at")" = 200 ] ||
      fail "page upload $i: its results did not come from the instance that keeps them"
    [ "$(curl -s -m 10 -o "$work/page-rated.xlsx" -w '%{http_code}' "$at/download")" = 200 ] ||
      fail "page upload $i: its rated copy did not download"
    head -c 2 "$work/page-rated.xlsx" | grep -q PK || fail "page upload $i: not a workbook"
  fi
done
echo "page uploads: each redirected to its results, which came with the rated copy"

if [ $mode = local ]; then
  a=$(requests_on "http://127.0.0.1:$pa/metrics"); b=$(requests_on "http://127.0.0.1:$pb/metrics")
  echo "rated by instance A: $a, by instance B: $b"
  [ "$a" -gt 0 ] && [ "$b" -gt 0 ] || fail "one instance did all the work"
fi

# 2. A burst of sixteen at once.
burst=()
for i in $(seq 16); do
  post /api/rate /dev/null >"$work/burst-$i" &
  burst+=($!)
done
wait "${burst[@]}"
codes=$(cat "$work"/burst-* | sort | uniq -c | tr -s ' ' | tr '\n' ',')
echo "burst of 16: $codes"
[ "$(cat "$work"/burst-* | sort -u)" = 200 ] || fail "the burst: $codes"

# 3. One instance gone: the other answers everything.
if [ $mode = local ]; then
  kill "$pid_a"; wait "$pid_a" 2>/dev/null || true
  for i in $(seq 10); do
    [ "$(post /api/rate /dev/null)" = 200 ] || fail "upload $i with instance A stopped"
  done
  echo "instance A stopped: 10 of 10 uploads rated by instance B"
fi
echo "two-instance test passed"
