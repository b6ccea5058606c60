#!/usr/bin/env bash
# The pre-commit hook (.pre-commit-hooks.yaml): checks the workbooks being committed with the
# validator jar of the release the hook is pinned to (its `rev:`), downloaded once and checked
# against the release's SHA256SUMS. Needs Java 17 or later. SCORECARD_JAR uses a jar of your own.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${SCORECARD_JAR:-}" ]; then
  origin=$(git -C "$here" remote get-url origin 2>/dev/null || true)
  export SCORECARD_REPOSITORY=${SCORECARD_REPOSITORY:-$(sed -E 's#^.*github\.com[:/]##; s#\.git$##' <<<"$origin")}
  export SCORECARD_VERSION=${SCORECARD_VERSION:-$(git -C "$here" describe --tags --exact-match 2>/dev/null || true)}
fi
jar=$("$here/.github/action/fetch-jar.sh")
SCORECARD_JAR=$jar exec "$here/bin/scorecard" check "$@"
