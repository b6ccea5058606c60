#!/usr/bin/env bash
# The GitHub Action's check step (action.yml): runs `check` on the paths given, with the launcher
# bin/scorecard and the jar fetch-jar.sh found. Inputs come as environment variables:
#   SCORECARD_JAR, INPUT_PATH (space-separated files, folders or quoted glob patterns),
#   INPUT_FORMAT, INPUT_FAIL_ON, INPUT_OUTPUT, INPUT_RULES, INPUT_ALLOW_NO_TABLE, INPUT_MIN_SEVERITY
# Exits as check does: 0 clean, 1 findings at or above fail-on, 2 a workbook or argument problem.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
set -f # the validator expands glob patterns itself, '**' included
read -r -a paths <<<"${INPUT_PATH:-.}"
set +f
args=(check "${paths[@]}" --format "${INPUT_FORMAT:-github}" --fail-on "${INPUT_FAIL_ON:-error}")
if [ -n "${INPUT_OUTPUT:-}" ]; then args+=(--output "$INPUT_OUTPUT"); fi
if [ -n "${INPUT_RULES:-}" ]; then args+=(--rules "$INPUT_RULES"); fi
if [ "${INPUT_ALLOW_NO_TABLE:-false}" = true ]; then args+=(--allow-no-table); fi
args+=(--min-severity "${INPUT_MIN_SEVERITY:-info}")
code=0
SCORECARD_JAR=${SCORECARD_JAR:?} "$here/bin/scorecard" "${args[@]}" || code=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "exit-code=$code" >>"$GITHUB_OUTPUT"; fi
exit $code
