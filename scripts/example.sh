#!/usr/bin/env bash
# Quick start: install, build, and build the bundled example school into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
./build/nastavnik build . -o output
echo "Откройте output/site/index.html; документы — в output/pdf, таблицы — в output/xlsx."
