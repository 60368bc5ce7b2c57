#!/usr/bin/env bash
# Benchmark, not a test: a generated school with PAIRS pairs (1,000 by default); times our
# rendering of every individual plan plus the booklet, and WeasyPrint on the same plans as HTML
# (the booklet in one run, SAMPLE single plans timed and scaled to all of them). Prints the
# times, the ratio and the sizes. Installs WeasyPrint (Debian package) when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PAIRS=${PAIRS:-1000}
SAMPLE=${SAMPLE:-20}
BUILD_DIR=${BUILD_DIR:-build}

source scripts/apt_install.sh
apt_install bench_plans weasyprint python3

cmake -S . -B "$BUILD_DIR" -DBUILD_TESTING=ON >/dev/null
cmake --build "$BUILD_DIR" -j2 --target nastavnik nastavnik_bench_plans >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 scripts/gen_program.py "$PAIRS" "$work/school"
"$BUILD_DIR/nastavnik" check "$work/school" >/dev/null

now() { date +%s.%N; }
echo "== nastavnik: $PAIRS individual plans + booklet"
"$BUILD_DIR/tests/nastavnik_bench_plans" "$work/school" "$work/out" | tee "$work/ours.txt"
ours=$(awk '/^render_plans_and_booklet_s/ {print $2}' "$work/ours.txt")

echo "== WeasyPrint $(weasyprint --version | awk '{print $3}') on the same plans as HTML"
t0=$(now)
weasyprint "$work/out/html/plans.html" "$work/weasy-booklet.pdf" || echo "weasyprint failed on the booklet (exit $?)"
t1=$(now)
ls "$work/out/html/plans" | awk -v n="$SAMPLE" 'NR <= n' > "$work/sample.txt"
while read -r f; do
  weasyprint "$work/out/html/plans/$f" "$work/weasy-${f%.html}.pdf" || echo "weasyprint failed on $f (exit $?)"
done < "$work/sample.txt"
t2=$(now)
awk -v t0="$t0" -v t1="$t1" -v t2="$t2" -v n="$PAIRS" -v k="$SAMPLE" -v ours="$ours" 'BEGIN {
  booklet = t1 - t0; each = (t2 - t1) / k;
  total = booklet + each * n;
  printf "weasyprint_booklet_s %.2f\nweasyprint_per_plan_s %.3f\nweasyprint_plans_and_booklet_s %.1f (per-plan time x %d)\n", booklet, each, total, n;
  printf "ours_s %.3f\nratio %.0fx\n", ours, total / ours;
}'
echo "== sizes"
du -k "$work/out/pdf/plans.pdf" "$work/weasy-booklet.pdf" | awk '{printf "%s KB\t%s\n", $1, $2}' | sed "s|$work/||"
printf "our largest plan: %s bytes; WeasyPrint's sample plans: " "$(ls -l "$work/out/pdf/plans" | awk 'NR>1 {print $5}' | sort -n | tail -1)"
ls -l "$work"/weasy-PR*.pdf | awk '{print $5}' | sort -n | tail -1
