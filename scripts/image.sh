#!/usr/bin/env bash
# Builds the service's container image as a tarball with Jib (no Docker daemon) and, where a
# container runtime is installed, starts it the way it is meant to run (read-only file system,
# non-root user) on a loopback port, checks it is ready, rates the sample through it and removes it.
#   scripts/image.sh                the base image from the registry (eclipse-temurin:17-jre)
#   scripts/image.sh --local-base   a base made from this machine's JDK (scripts/base-image.sh),
#                                   for machines that cannot reach a registry
# ENGINE=podman|docker picks the runtime (default: whichever is installed); RUN_ARGS adds
# arguments to `run`. Bounded: the container gets 60 s to be ready and is always removed.
set -euo pipefail
cd "$(dirname "$0")/.."
image=scorecard-server:local
from=()
if [ "${1:-}" = --local-base ]; then
  scripts/base-image.sh
  from=("-Djib.from.image=tar://$PWD/target/base-image/base.tar")
fi
mvn -B -ntp -q -pl server -am package -Pimage -DskipTests "-Djib.to.image=$image" "${from[@]}"
echo "built server/target/jib-image.tar ($(du -h server/target/jib-image.tar | cut -f1))"

engine=${ENGINE:-}
if [ -z "$engine" ]; then
  for e in podman docker; do
    if command -v "$e" >/dev/null; then engine=$e; break; fi
  done
fi
if [ -z "$engine" ]; then
  echo "no container runtime (podman or docker) here: the image was built, not started"
  exit 0
fi
$engine load -i server/target/jib-image.tar >/dev/null
ref=$image
[ "$engine" = podman ] && ref=localhost/$image
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
name=scorecard-image-check-$$
trap '$engine rm -f "$name" >/dev/null 2>&1 || true' EXIT
start() {
  # shellcheck disable=SC2086
  $engine run -d --name "$name" --read-only -m 768m -p "127.0.0.1:$port:7070" ${RUN_ARGS:-} "$@" \
    "$ref" >/dev/null
}
err=$(mktemp)
if ! start 2>"$err"; then
  # Sandboxes that refuse crun's rlimits or hybrid cgroups (as on the machine this was written
  # on) can still run it with runc and limits no higher than the caller's own.
  if [ "$engine" = podman ] && command -v runc >/dev/null; then
    echo "podman's default runtime could not start it ($(tail -1 "$err")); trying runc"
    $engine rm -f "$name" >/dev/null 2>&1 || true
    start --runtime runc --ulimit nofile=10000:10000 --ulimit nproc=4096:4096
  else
    cat "$err" >&2
    exit 1
  fi
fi
rm -f "$err"
for _ in $(seq 120); do
  [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ] && break
  sleep 0.5
done
curl -sf -m 5 "http://127.0.0.1:$port/health/ready" >/dev/null || {
  $engine logs "$name" >&2
  echo "FAILED: the container did not become ready" >&2
  exit 1
}
user=$($engine inspect --format '{{.Config.User}}' "$name")
readonly_fs=$($engine inspect --format '{{.HostConfig.ReadonlyRootfs}}' "$name")
status=$(curl -s -m 60 -o "$PWD/server/target/image-rated.xlsx" -w '%{http_code}' \
  -F workbook=@workbook-templates/samples/sample-scorecard.xlsx "http://127.0.0.1:$port/api/rate")
[ "$status" = 200 ] && head -c 2 server/target/image-rated.xlsx | grep -q PK \
  || { echo "FAILED: rating the sample through the container gave $status" >&2; exit 1; }
[ "$user" = 65532:65532 ] && [ "$readonly_fs" = true ] \
  || { echo "FAILED: user $user, read-only $readonly_fs" >&2; exit 1; }
echo "the image ran under $engine: user $user, read-only file system, ready, and rated the sample"
$engine logs "$name" 2>&1 | grep -E "^Workers:" || true
