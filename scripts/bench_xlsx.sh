#!/usr/bin/env bash
# Benchmark of the school's tables read from Excel workbooks against the same tables as CSV: a
# synthetic 3,000-person school (scripts/gen_school.py), its CSVs saved as workbooks by LibreOffice
# (a workbook per table, as Excel saves them: shared strings, typed cells) and by openpyxl (one
# data.xlsx; openpyxl writes every text inline with each Cyrillic letter as a character reference,
# so its sheets are the largest). Times the reading stage alone (scripts/bench_xlsx_load.cc, best
# of 20) and the whole `nastavnik check` (CPU seconds, best of 5), and, when valgrind is there,
# the instructions the reading takes, which a loaded machine does not blur.
# Usage: scripts/bench_xlsx.sh [BUILD_DIR] [KEEP_DIR]   (a Release build is what to measure: build-rel)
# With KEEP_DIR the schools are made there once and reused by later runs (comparing two builds
# on the same files); without it they go to a temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
people=3000
if [[ -n ${2:-} ]]; then
  work=$2
  mkdir -p "$work"
else
  work=$(mktemp -d /tmp/nastavnik-bench-xlsx.XXXXXX)
  trap 'rm -rf "$work"' EXIT
fi

[[ -d $work/csv ]] || python3 scripts/gen_school.py "$work/csv" "$people" >/dev/null
schools=(csv)
if [[ -d $work/libreoffice ]]; then
  schools+=(libreoffice)
elif command -v soffice >/dev/null; then
  mkdir -p "$work/libreoffice"
  cp -r "$work/csv/." "$work/libreoffice/"
  rm "$work/libreoffice/content/data/"*.csv
  # 44,34,76: comma, double quote, UTF-8; 1049: the Russian locale reads ДД.ММ.ГГГГ as dates.
  (cd "$work/csv/content/data" && soffice --headless "-env:UserInstallation=file://$work/lo-profile" \
    --infilter="CSV:44,34,76,1,,1049" --convert-to xlsx --outdir "$work/libreoffice/content/data" ./*.csv >/dev/null 2>&1)
  schools+=(libreoffice)
fi
if [[ -d $work/openpyxl ]]; then
  schools+=(openpyxl)
elif /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
  mkdir -p "$work/openpyxl"
  cp -r "$work/csv/." "$work/openpyxl/"
  rm "$work/openpyxl/content/data/"*.csv
  /usr/bin/python3 tests/fixtures/xlsx/csv_to_xlsx.py "$work/csv/content/data" "$work/openpyxl/content/data/data.xlsx"
  schools+=(openpyxl)
fi

libs=$(pkg-config --libs libutf8proc lemon libzip expat vips libpodofo xlsxwriter tomlplusplus libcmark-gfm)
g++ -std=c++20 -O2 -Igenerator scripts/bench_xlsx_load.cc "$build/generator/libnastavnik_core.a" $libs \
  -lcmark-gfm-extensions -lhyphen -lz -o "$work/load"

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $people people"
for school in "${schools[@]}"; do
  dir=$work/$school
  bytes=$(du -cb "$dir/content/data/"* | tail -1 | cut -f1)
  unpacked=$bytes
  if [[ $school != csv ]]; then
    unpacked=0
    for f in "$dir/content/data/"*.xlsx; do
      unpacked=$((unpacked + $(unzip -l "$f" | tail -1 | awk '{print $1}')))
    done
  fi
  best=999
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f "%U %S" -o "$work/time" "$build/nastavnik" check "$dir" >/dev/null 2>&1
    best=$(awk -v a="$best" '{ t = $1 + $2; print (t < a) ? t : a }' "$work/time")
  done
  instructions=""
  if command -v valgrind >/dev/null; then
    instructions=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$work/load" "$dir" 1 2>&1 |
      sed -n 's/.*Collected : //p')
    instructions=", reading $((instructions / 1000000)) M instructions"
  fi
  echo "$school: $((bytes / 1024)) KB ($((unpacked / 1024)) KB unpacked); reading $("$work/load" "$dir" 20 | cut -d, -f1)$instructions; check ${best} s CPU"
done
