#!/usr/bin/env bash
# Benchmarks of big schools: a 1,000-person school's whole build (monitoring, report PDF, all
# workbooks, site), a 50,000-person network as 50 schools of 1,000 rolled up, and one roster of
# 20,000 and of 50,000 (the time should grow linearly: 50,000 within 2.6× the 20,000 time; the
# peak within 500 MB). Prints wall time, CPU time (user + system: the fairer figure on a shared
# machine) and peak RSS from /usr/bin/time; use a Release build.
# Usage: scripts/bench_monitoring.sh [BUILD_DIR]; BENCH_NETWORK=0 skips the network,
# BENCH_BIG=0 the two big rosters.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-build}/nastavnik"
[ -x "$bin" ] || { echo "build first: $bin not found" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
measure() {  # label, command...; leaves the figures in $secs, $cpu and $kb
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  local user sys
  read -r secs user sys kb < "$work/t"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')
  printf '%-48s %8.2f s %8.2f s CPU %8d MB\n' "$label" "$secs" "$cpu" $((kb / 1024))
}

python3 scripts/gen_school.py "$work/school1000" 1000 1
measure "school of 1,000: build (all outputs)" "$bin" build "$work/school1000" --today 25.02.2026

if [ "${BENCH_NETWORK:-1}" = 1 ]; then
  for i in $(seq 1 50); do python3 scripts/gen_school.py "$work/net/s$i" 1000 "$i"; done
  start=$(date +%s.%N)
  for i in $(seq 1 50); do "$bin" build "$work/net/s$i" --today 25.02.2026 >/dev/null; done
  printf '%-48s %8.2f s\n' "network: 50 school builds, one after another" "$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')"
  measure "network: rollup of 50 summaries (50,000 people)" "$bin" rollup "$work"/net/s* -o "$work/city"
fi

if [ "${BENCH_BIG:-1}" = 1 ]; then
  for n in 20000 50000; do
    python3 scripts/gen_school.py "$work/roster$n" "$n" 7
    rm -rf "$work/out"  # each build starts from an empty output, as the first build of a school does
    measure "one roster of $n: build (all outputs)" "$bin" build "$work/roster$n" -o "$work/out" --today 25.02.2026
    eval "secs$n=$secs cpu$n=$cpu kb$n=$kb"
  done
  # The targets: time linear in people (50,000 within 2.6× the 20,000 time), peak within 500 MB.
  awk -v a="$secs20000" -v b="$secs50000" -v ca="$cpu20000" -v cb="$cpu50000" -v kb="$kb50000" 'BEGIN {
    printf "%-48s %8.2f×   %s\n", "50,000 / 20,000 time", b / a, (b <= 2.6 * a ? "within 2.6×" : "OVER 2.6×")
    printf "%-48s %8.2f×   %s\n", "50,000 / 20,000 CPU time", cb / ca, (cb <= 2.6 * ca ? "within 2.6×" : "OVER 2.6×")
    printf "%-48s %8d MB   %s\n", "50,000 peak", kb / 1024, (kb <= 500 * 1024 ? "within 500 MB" : "OVER 500 MB") }'
fi
