#!/usr/bin/env bash
# Builds nastavnik_<version>_amd64.deb (CPack, cmake/package.cmake) into the build folder and
# prints its path. Usage: scripts/package_deb.sh   (BUILD_DIR: the build folder, build-deb by default)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/apt_install.sh
apt_install package_deb dpkg-dev file  # dpkg-shlibdeps computes Depends; file finds what to strip

# A build folder that exists (CI's build/, already built and tested) is packaged as it is
# configured; CPack strips the binary either way.
build_dir=${BUILD_DIR:-build-deb}
if [[ ! -f $build_dir/CMakeCache.txt ]]; then
  cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build_dir" --target nastavnik -j"$(nproc)"
(cd "$build_dir" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build_dir"/nastavnik_*_amd64.deb | head -1)
# The installed binary must not know where it was built: it finds its data beside itself.
if strings -a "$build_dir/_CPack_Packages/Linux/DEB/"nastavnik-*/usr/bin/nastavnik | grep -F -e "$PWD" -e "$(realpath "$build_dir")"; then
  echo "package_deb: the binary holds a path of this machine (above)" >&2
  exit 1
fi
echo "$deb"
