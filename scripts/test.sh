#!/usr/bin/env bash
# The whole test suite: install, build, run the tests; then the same tests under
# AddressSanitizer and UBSan; then two builds of the example school compared byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --tests
(cd build && ctest --output-on-failure -j2)

echo "== sanitizers (address, undefined) =="
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DNASTAVNIK_SANITIZE=ON -DBUILD_TESTING=ON >/dev/null
cmake --build build-asan -j"$(nproc)"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j2)

echo "== reproducible output =="
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
SOURCE_DATE_EPOCH=1764547200 TZ=UTC ./build/nastavnik build . -o "$tmp/a" >/dev/null
SOURCE_DATE_EPOCH=1764547200 TZ=Asia/Vladivostok ./build/nastavnik build . -o "$tmp/b" >/dev/null
diff -r "$tmp/a" "$tmp/b"
echo "reproducible: two builds are byte-identical"

echo "== site in a browser (html-validate, links, axe-core) =="
scripts/check_site.sh
