#!/usr/bin/env bash
# Builds the example school and a fresh one made by `nastavnik new`, and checks both sites in a
# real browser: html-validate, every internal link and asset, axe-core (also in the version for
# the visually impaired), no sideways scrolling at 320 and 390 px in every mode, chart labels
# inside their charts (tests/site/check_site.mjs). Installs Chromium,
# Node.js and npm from Debian when missing, and the checkers from tests/site/package-lock.json.
# Usage: scripts/check_site.sh [SCREENSHOT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/apt_install.sh
needed=()
for p in chromium nodejs npm; do
  command -v "$p" >/dev/null 2>&1 || needed+=("$p")  # a browser or Node from elsewhere will do
done
((${#needed[@]} == 0)) || apt_install check_site "${needed[@]}"

# npm ci only when the lock file changed since the last install.
stamp=tests/site/node_modules/.lock-stamp
if ! cmp -s tests/site/package-lock.json "$stamp" 2>/dev/null; then
  (cd tests/site && npm ci --no-audit --no-fund --loglevel=error)
  cp tests/site/package-lock.json "$stamp"
fi

[[ -x build/nastavnik ]] || scripts/setup.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
SOURCE_DATE_EPOCH=1764547200 ./build/nastavnik build . -o "$tmp/out" >/dev/null
# Root-absolute links (the 404 page's) start at the path of [site] base_url.
base_of() {
  local b
  b=$(sed -n 's|^base_url *= *"\([^"]*\)".*|\1|p' "$1" | sed -E 's|^https?://[^/]*||')
  [[ -z "$b" ]] && b=/
  [[ "$b" == */ ]] || b="$b/"
  echo "$b"
}
status=0
echo "== the example school"
node tests/site/check_site.mjs "$tmp/out/site" --base "$(base_of content/program.toml)" ${1:+--screenshots "$1"} || status=1
# A school that has just begun: every optional field empty, no pairs, no news.
echo "== a new school (nastavnik new)"
./build/nastavnik new "$tmp/new" >/dev/null
SOURCE_DATE_EPOCH=1764547200 ./build/nastavnik build "$tmp/new" -o "$tmp/new-out" >/dev/null
node tests/site/check_site.mjs "$tmp/new-out/site" --base "$(base_of "$tmp/new/content/program.toml")" \
  ${1:+--screenshots "$1/new"} || status=1
exit $status
