#!/usr/bin/env bash
# Every reason `nastavnik match` gives a mentee left without a pair, checked at scale: generated
# schools (scripts/gen_school.py) of the sizes given (60, 1,000 and 3,000 people by default), each
# in three modes (coverage first; quality; quality with load_balance = 2), run through the hidden
# test «[reasons-scale]» of tests/compute/matching_reasons_test.cc. That test restates the rules
# and re-solves the whole school with each such mentee forced in by its own assignment solver, and
# prints, per mode, how many mentees are without a pair, how many were re-solved and how many
# reasons agree. Exit status 0 when every reason agrees.
# Usage: scripts/check_reasons.sh [BUILD_DIR] [SIZE...]   (needs a built nastavnik_tests)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(60 1000 3000)
work=$(mktemp -d /tmp/nastavnik-check-reasons.XXXXXX)
trap 'rm -rf "$work"' EXIT
status=0
for n in "${sizes[@]}"; do
  python3 scripts/gen_school.py "$work/school$n" "$n" 1 >/dev/null
  start=$(date +%s)
  if ! NASTAVNIK_REASONS_SCHOOL="$work/school$n" "$build/tests/nastavnik_tests" "[reasons-scale]" >"$work/out$n" 2>&1; then
    status=1
    grep -v "^$" "$work/out$n" | tail -40
  fi
  grep "без пары" "$work/out$n" | sed "s|$work/||"
  echo "  $n человек: $(( $(date +%s) - start )) с"
done
exit $status
