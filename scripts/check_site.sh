#!/usr/bin/env bash
# Builds the example school and checks its site in a real browser: html-validate, every internal
# link and asset, axe-core (also in the version for the visually impaired). Installs Chromium,
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
base=$(sed -n 's|^base_url *= *"\([^"]*\)".*|\1|p' content/program.toml | sed -E 's|^https?://[^/]*||')
[[ -z "$base" ]] && base=/
[[ "$base" == */ ]] || base="$base/"
node tests/site/check_site.mjs "$tmp/out/site" --base "$base" ${1:+--screenshots "$1"}
