#!/usr/bin/env bash
# Fuzzes for real, one target at a time (Jazzer runs a single fuzz test per run):
#   scripts/fuzz.sh [ReaderFuzzTest|CheckAndRateFuzzTest] [rounds]
# Each round fuzzes for 5 minutes (the tests' maxDuration), continuing from the corpus Jazzer keeps
# in validator/.cifuzz-corpus (git-ignored); on the first round that corpus is seeded with the
# small files of ../shared/corpus/robustness when present. A finding fails the run and is saved
# under validator/src/test/resources/uk/scorecard/robust/<Target>Inputs/, where the normal build
# replays it from then on. Prints libFuzzer's run count and the time taken. JUnit's 20 s timeout
# is turned off for the fuzzing run itself; Jazzer still stops any single input after 20 s.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:-ReaderFuzzTest}
rounds=${2:-1}
case "$target" in
  ReaderFuzzTest) method=fuzzReader ;;
  CheckAndRateFuzzTest) method=fuzzCheckAndRate ;;
  *) echo "fuzz.sh: unknown target $target (ReaderFuzzTest or CheckAndRateFuzzTest)" >&2; exit 2 ;;
esac
corpus="validator/.cifuzz-corpus/uk.scorecard.robust.$target/$method"
mkdir -p "$corpus"
if [ -d ../shared/corpus/robustness ]; then
  find ../shared/corpus/robustness -type f -size -64k \( -name '*.xls*' -o -name '*.ods' \) \
    -exec cp -n {} "$corpus/" \;
fi
log=$(mktemp)
for round in $(seq "$rounds"); do
  start=$(date +%s)
  status=0
  JAZZER_FUZZ=1 mvn -B -ntp -o -pl validator test -Dtest="$target" \
    -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g \
    -Djunit.jupiter.execution.timeout.mode=disabled >"$log" 2>&1 || status=$?
  grep -ahE 'Done [0-9]+ runs|== Java Exception|Tests run:.*Fail' "$log" \
    validator/target/surefire-reports/*"$target"-output.txt 2>/dev/null | sort -u || true
  echo "round $round of $target: $(( $(date +%s) - start )) s, exit $status (log $log)"
  [ "$status" -eq 0 ] || exit "$status"
done
