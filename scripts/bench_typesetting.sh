#!/usr/bin/env bash
# Benchmark, not a test: how evenly our justified paragraphs are spaced. Builds the example
# school and measures the Положение, the Программа and the consents (spacing_stats.py: the share
# of justified body lines whose mean space is over 1.5, 2 and 2.5 normal spaces, the 90th
# percentile, the worst line, lines past the margin), then sets the same paragraphs in
# LibreOffice Writer (same font, size, margins, indent, Russian hyphenation; lo_same_text.py)
# and prints its figures beside ours. Installs libreoffice-writer-nogui when it is missing
# (CI does not need it). BASELINE=path/to/old/nastavnik adds a row for another binary;
# SCHOOL=DIR measures another school (e.g. one from scripts/gen_school.py) instead of the example;
# SHOW=2 lists each measured line looser than 2 normal spaces with the line after it.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
SCHOOL=${SCHOOL:-.}

source scripts/apt_install.sh
apt_install bench_typesetting libreoffice-writer-nogui hyphen-ru poppler-utils python3

cmake -S . -B "$BUILD_DIR" >/dev/null
cmake --build "$BUILD_DIR" -j2 --target nastavnik >/dev/null

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}

sets=("polozhenie" "programma" "soglasiya-obrabotka-pd,soglasiya-rasprostranenie-pd,soglasiya-nastavnikov")
names=("Положение" "Программа" "согласия")

measure() {  # label dir
  local label=$1 dir=$2 i
  for i in "${!sets[@]}"; do
    local files
    files=$(echo "${sets[$i]}" | tr ',' '\n' | sed "s|^|$dir/|; s|$|.pdf|" | paste -sd,)
    python3 scripts/spacing_stats.py "$label ${names[$i]}" "$files"
  done
}

"$BUILD_DIR/nastavnik" build "$SCHOOL" -o "$work/ours" >/dev/null
if [[ -n ${BASELINE:-} ]]; then
  "$BASELINE" build "$SCHOOL" -o "$work/base" >/dev/null
  measure "baseline" "$work/base/pdf"
fi
measure "nastavnik" "$work/ours/pdf"

mkdir -p "$work/lo"
for i in "${!sets[@]}"; do
  for f in $(echo "${sets[$i]}" | tr ',' ' '); do
    python3 scripts/lo_same_text.py "$work/ours/pdf/$f.pdf" "$work/lo/$f.fodt"
  done
done
(cd "$work/lo" && soffice --headless --norestore -env:UserInstallation="file://$work/lo-profile" \
  --convert-to pdf ./*.fodt >/dev/null 2>&1)
measure "LibreOffice $(soffice --version | awk '{print $2}')" "$work/lo"
# Russian hyphenation is on in LibreOffice only when hyphen-ru's patterns were found: count its cuts.
hyphenated=$(for f in "$work"/lo/*.pdf; do pdftotext -bbox "$f" -; done | grep -c -- '-</word>' || true)
echo "LibreOffice set $hyphenated lines ending in a hyphen (0 would mean no Russian hyphenation)"
