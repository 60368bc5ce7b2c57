#!/usr/bin/env bash
# Installs what nastavnik needs on Debian 12 (idempotent, non-interactive) and builds it.
# Usage: scripts/setup.sh [--tests|--deps|--fixtures|--windows]   (--tests adds the tools the test
# suite reads output with; --deps installs the build packages and builds nothing; --fixtures what
# remakes the workbook fixtures; --windows only what scripts/build_windows.sh and
# scripts/test_windows.sh need, and builds nothing)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake make pkg-config
  libcmark-gfm-dev libcmark-gfm-extensions-dev libpodofo-dev libxlsxwriter-dev
  libtomlplusplus-dev libutf8proc-dev libkainjow-mustache-dev libhyphen-dev hyphen-ru
  zlib1g-dev fonts-liberation2 libcpp-httplib-dev liblemon-dev libvips-dev libzip-dev libexpat1-dev)
if [[ "${1:-}" == "--tests" ]]; then
  packages+=(catch2 poppler-utils qpdf python3-openpyxl unzip)
fi
# --fixtures: what remakes the workbook fixtures (tests/fixtures/xlsx/make_*); the tests read
# the committed files and need neither.
if [[ "${1:-}" == "--fixtures" ]]; then
  packages+=(python3-openpyxl libreoffice-calc-nogui)
fi

source scripts/apt_install.sh
if [[ "${1:-}" == "--windows" ]]; then
  # The MinGW-w64 "posix" variant: std::thread and std::mutex need winpthreads. dpkg-dev for
  # apt-get source; Wine runs the tests; the header-only libraries' -dev packages.
  apt_install setup g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix mingw-w64-tools \
    cmake make pkg-config dpkg-dev xz-utils curl wine wine64 libtomlplusplus-dev libkainjow-mustache-dev
  exit 0
fi
apt_install setup "${packages[@]}"

# --deps: the packages only (scripts/fuzz.sh builds its own way); --fixtures likewise.
[[ "${1:-}" == "--deps" || "${1:-}" == "--fixtures" ]] && exit 0

build_dir=${BUILD_DIR:-build}
testing=OFF
[[ "${1:-}" == "--tests" ]] && testing=ON
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=$testing >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
