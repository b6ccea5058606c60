#!/usr/bin/env bash
# Gets the validator jar for the GitHub Action (action.yml) and the pre-commit hook: the jar and
# SHA256SUMS attached to a release of this repository, checked against each other, cached.
#   SCORECARD_JAR         a jar already here: used as it is, nothing downloaded
#   SCORECARD_REPOSITORY  owner/name of this repository on GitHub
#   SCORECARD_VERSION     a release tag (v1.2.0), a major version (v1: its newest release), or
#                         empty or a branch name (the newest release)
#   SCORECARD_DOWNLOAD    where releases are (default https://github.com/OWNER/NAME/releases/download)
#   SCORECARD_CACHE       where jars are kept between runs (default ~/.cache/scorecard)
#   GH_TOKEN              optional, for the GitHub API's rate limit when a version is looked up
# Prints the jar's path; writes jar=PATH to $GITHUB_OUTPUT when there is one.
set -euo pipefail
say() { echo "$@" >&2; }
out() {
  if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "jar=$1" >>"$GITHUB_OUTPUT"; fi
  echo "$1"
}
if [ -n "${SCORECARD_JAR:-}" ]; then
  [ -f "$SCORECARD_JAR" ] || { say "no jar at $SCORECARD_JAR"; exit 2; }
  out "$SCORECARD_JAR"
  exit 0
fi
repo=${SCORECARD_REPOSITORY:?set SCORECARD_REPOSITORY to owner/name}
version=${SCORECARD_VERSION:-}
if ! [[ $version =~ ^v[0-9]+\.[0-9]+\.[0-9]+ ]]; then
  # A major version (v1), a branch or nothing: the newest release that fits, from the API.
  auth=()
  if [ -n "${GH_TOKEN:-}" ]; then auth=(-H "Authorization: Bearer $GH_TOKEN"); fi
  releases=$(curl -fsSL --retry 3 "${auth[@]}" "https://api.github.com/repos/$repo/releases?per_page=100")
  version=$(RELEASES="$releases" python3 - "$version" <<'PY'
import json, os, re, sys
wanted = sys.argv[1]
major = wanted + "." if re.fullmatch(r"v\d+", wanted or "") else ""
for r in json.loads(os.environ["RELEASES"]):
    if not r["draft"] and not r["prerelease"] and r["tag_name"].startswith(major):
        print(r["tag_name"])
        break
PY
)
  [ -n "$version" ] || { say "no release of $repo matches '${SCORECARD_VERSION:-}'"; exit 2; }
fi
cache=${SCORECARD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/scorecard}/$version
jar=$cache/scorecard-validator.jar
if [ ! -f "$jar" ]; then
  base=${SCORECARD_DOWNLOAD:-https://github.com/$repo/releases/download}/$version
  mkdir -p "$cache"
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  curl -fsSL --retry 3 -o "$tmp/scorecard-validator.jar" "$base/scorecard-validator.jar"
  curl -fsSL --retry 3 -o "$tmp/SHA256SUMS" "$base/SHA256SUMS"
  (cd "$tmp" && grep ' scorecard-validator.jar$' SHA256SUMS | sha256sum --check --quiet -) \
    || { say "scorecard-validator.jar $version does not match its SHA256SUMS: not used"; exit 2; }
  mv "$tmp/scorecard-validator.jar" "$jar"
  say "scorecard $version: downloaded and checked against SHA256SUMS"
fi
out "$jar"
