#!/usr/bin/env bash
# Benchmark of `nastavnik match`: synthetic programs of growing size (scripts/gen_matching.py),
# the whole command (time, peak memory, stage timings) against the raw solver, LEMON's
# NetworkSimplex alone, run by scripts/flow_bench.cc on the very graph match solved (--dimacs).
# Usage: scripts/bench_matching.sh [BUILD_DIR]   (needs a built nastavnik; g++ and liblemon-dev)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d /tmp/nastavnik-bench-matching.XXXXXX)
trap 'rm -rf "$work"' EXIT
g++ -O2 -std=c++17 scripts/flow_bench.cc -o "$work/flow_bench" -llemon

run() {  # name orgs mentees-per-org mentors-per-org
  local name=$1 dir=$work/$1
  python3 scripts/gen_matching.py "$dir" --orgs "$2" --mentees-per-org "$3" --mentors-per-org "$4" >/dev/null
  for attempt in 1 2 3; do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$build/nastavnik" match "$dir" >"$work/out" 2>/dev/null
    read -r seconds user sys kb <"$work/time"
    # CPU time (user + sys) as well: on a shared, loaded machine it varies less than wall time.
    echo "$name try $attempt: whole ${seconds} s, cpu $(awk "BEGIN { print $user + $sys }") s, peak $((kb / 1024)) MB | $(grep '^время' "$work/out" | sed 's/^время: //')"
  done
  echo "    $(grep '^nastavnik:' "$work/out" | sed 's/^nastavnik: //')"
  # The same graph for the raw solver (writing it is not part of the timings above).
  "$build/nastavnik" match "$dir" --dimacs "$work/$name.dimacs" >/dev/null 2>&1
  for attempt in 1 2 3; do
    echo "    raw solver try $attempt: $("$work/flow_bench" "$work/$name.dimacs")"
  done
  echo "    output: $(du -sh "$dir/output/matching" | cut -f1), candidates.csv $(du -h "$dir/output/matching/candidates.csv" | cut -f1)"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
run school-1k 1 900 100
run people-10k 9 1000 100
run region-20k 20 1000 100
run people-50k 45 1000 100
