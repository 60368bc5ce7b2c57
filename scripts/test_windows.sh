#!/usr/bin/env bash
# Tests the Windows zip (scripts/build_windows.sh) under Wine as a curator would use it: unpacked
# into a folder whose path has Cyrillic letters and spaces, `--version`, `new` and `build` of the
# example school; the result must be byte for byte the Linux build's. Then the same with the
# school's text files in CRLF line ends (as Windows' Notepad and Excel save them).
# Usage: scripts/test_windows.sh    (LINUX_BIN: the Linux binary to compare with, default
# build/nastavnik; WIN_BUILD_DIR as for build_windows.sh)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${WIN_BUILD_DIR:-$root/build-win}
linux_bin=${LINUX_BIN:-$root/build/nastavnik}
zip_file=$(ls "$out"/nastavnik-*-windows-x64.zip)
export WINEPREFIX=${WINEPREFIX:-$HOME/.cache/nastavnik/wine} WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}
mkdir -p "$WINEPREFIX"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "test_windows: FAIL: $*" >&2; exit 1; }
ok() { echo "test_windows: ok: $*"; }

place="$tmp/Папка куратора"
mkdir -p "$place"
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$zip_file" "$place"
exe="$place/nastavnik/nastavnik.exe"
example="$place/nastavnik/Пример школы"
win() { wine "$exe" "$@"; }

# 1. --version
version=$(win --version | tr -d '\r')
[[ "$version" == nastavnik* ]] || fail "--version printed «$version»"
ok "--version: $version"

# 2. new: a school folder named in Russian, with a space, then built.
win new "$place/Новая школа" >/dev/null || fail "new"
[[ -f "$place/Новая школа/content/program.toml" ]] || fail "new made no content/program.toml"
win build "$place/Новая школа" >/dev/null || fail "build of the new school"
[[ -f "$place/Новая школа/output/site/index.html" ]] || fail "the new school has no site/index.html"
ok "new + build under a Cyrillic path with spaces"

# 3. build of the example, compared with the Linux build of the same files.
compare() { # compare LABEL SCHOOL_DIR: Windows and Linux builds of one school, byte for byte
  local label=$1 school=$2
  win build "$school" -o "$tmp/win $label" >"$tmp/win-$label.log" 2>&1 ||
    { cat "$tmp/win-$label.log"; fail "Windows build ($label)"; }
  "$linux_bin" build "$school" -o "$tmp/linux $label" >"$tmp/linux-$label.log" 2>&1 ||
    { cat "$tmp/linux-$label.log"; fail "Linux build ($label)"; }
  local files
  files=$(cd "$tmp/linux $label" && find . -type f | wc -l)
  if ! diff -r "$tmp/linux $label" "$tmp/win $label" >"$tmp/diff-$label.txt"; then
    head -20 "$tmp/diff-$label.txt"
    fail "$label: the Windows output differs from Linux ($(grep -c '^\(Files\|Only\)' "$tmp/diff-$label.txt") files)"
  fi
  ok "$label: $files files, identical to the Linux build"
}
compare example "$example"

# 4. The same school with CRLF line ends in every text file of content/.
crlf="$place/школа CRLF"
cp -r "$example" "$crlf"
find "$crlf/content" -type f \( -name '*.csv' -o -name '*.toml' -o -name '*.md' \) -exec sed -i 's/$/\r/' {} +
compare crlf "$crlf"
cmp -s <(cd "$tmp/win crlf" && find . -type f -name '*.pdf' -exec md5sum {} + | sort) \
  <(cd "$tmp/win example" && find . -type f -name '*.pdf' -exec md5sum {} + | sort) ||
  fail "CRLF input gave other PDFs than LF input"
ok "CRLF input gives the same PDFs as LF input"
echo "test_windows: all passed"
