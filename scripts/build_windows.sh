#!/usr/bin/env bash
# Cross-compiles nastavnik.exe on Debian 12 with MinGW-w64 and packs it as a zip with its data
# folder, the example school and «Как начать.txt». Every library is built from Debian's own
# source package (apt-get source through a private apt configuration: no root, the system's
# sources stay untouched) and linked statically, so the zip carries no DLL.
# Usage: scripts/build_windows.sh            (scripts/setup.sh --windows installs the tools)
# Environment: WIN_BUILD_DIR (default build-win); the built libraries stay in $WIN_BUILD_DIR/deps
# and a second run only rebuilds nastavnik itself. JOBS (default: nproc).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${WIN_BUILD_DIR:-$root/build-win}
mkdir -p "$out"
out=$(cd "$out" && pwd)
deps=$out/deps
src=$out/src
jobs=${JOBS:-$(nproc)}
host=x86_64-w64-mingw32
export CC=$host-gcc-posix CXX=$host-g++-posix AR=$host-ar RANLIB=$host-ranlib
export PKG_CONFIG_LIBDIR=$deps/lib/pkgconfig PKG_CONFIG_PATH=
mkdir -p "$deps/stamps" "$deps/lib/pkgconfig" "$deps/include" "$src"
toolchain=$root/cmake/mingw-w64.cmake
say() { echo "build_windows: $*"; }

# --- Sources: Debian bookworm's source packages, fetched once into $src. ---
apt_dir=$out/apt
apt_opts=(-o Dir::Etc::SourceList="$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
  -o Dir::State::Lists="$apt_dir/lists" -o Dir::Cache="$apt_dir/cache" -o Debug::NoLocking=1
  -o APT::Sandbox::User="$(id -un)")
fetch() { # fetch SOURCE_PACKAGE: unpacks it once, prints its folder
  local pkg=$1 dir
  dir=$(find "$src" -maxdepth 1 -mindepth 1 -type d -name "$pkg-*" | head -1)
  if [[ -z "$dir" ]]; then
    if [[ ! -f "$apt_dir/lists/updated" ]]; then
      mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
      echo "deb-src http://deb.debian.org/debian bookworm main" >"$apt_dir/sources.list"
      apt-get "${apt_opts[@]}" update -qq >&2
      touch "$apt_dir/lists/updated"
    fi
    if ! (cd "$src" && apt-get "${apt_opts[@]}" source -qq "$pkg" >&2); then
      # The mirror may lack a package's debian.tar (libpodofo's, here): the upstream tarball that
      # Debian ships, unpatched, is the fallback, and the log says so.
      local orig
      orig=$(apt-cache "${apt_opts[@]}" showsrc "$pkg" | awk '/^Directory:/ {d = $2}
        /^Files:/ {f = 1; next} f && /^ / && $3 ~ /orig\.tar/ {o = $3} f && !/^ / {f = 0}
        /^$/ {exit} END {print d "/" o}')
      say "$pkg: Debian's patches unavailable, building its upstream source $(basename "$orig")" >&2
      [[ -f "$src/$(basename "$orig")" ]] ||
        curl -fsSL "http://deb.debian.org/debian/$orig" -o "$src/$(basename "$orig")"
      mkdir -p "$src/$pkg-upstream"
      tar -xf "$src/$(basename "$orig")" -C "$src/$pkg-upstream" --strip-components=1
    fi
    dir=$(find "$src" -maxdepth 1 -mindepth 1 -type d -name "$pkg-*" | head -1)
  fi
  echo "$dir"
}

cmake_dep() { # cmake_dep NAME SOURCE_DIR [cmake options...]
  local name=$1 dir=$2
  shift 2
  rm -rf "$out/work/$name"  # never a cache left by an interrupted run
  cmake -S "$dir" -B "$out/work/$name" -G "Unix Makefiles" -DCMAKE_TOOLCHAIN_FILE="$toolchain" \
    -DNASTAVNIK_WIN_DEPS="$deps" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$deps" \
    -DBUILD_SHARED_LIBS=OFF -DCMAKE_POLICY_DEFAULT_CMP0074=NEW "$@" >"$out/work/$name.log" 2>&1 ||
    { tail -30 "$out/work/$name.log"; exit 1; }
  cmake --build "$out/work/$name" -j"$jobs" >>"$out/work/$name.log" 2>&1 ||
    { tail -30 "$out/work/$name.log"; exit 1; }
  cmake --install "$out/work/$name" >>"$out/work/$name.log" 2>&1
}

# WIN_SKIP="a b": treat those libraries as built in this run (a second run in parallel with a
# first one that is still building them); WIN_DEPS_ONLY=1: stop after the libraries.
built() { [[ -f "$deps/stamps/$1" || " ${WIN_SKIP:-} " == *" $1 "* ]]; }
done_dep() { touch "$deps/stamps/$1"; say "$1 built"; }
mkdir -p "$out/work"

if ! built zlib; then
  d=$(fetch zlib)
  # Debian's source drops zlib's win32/ folder: the library's fifteen files are compiled here.
  mkdir -p "$out/work/zlib"
  (cd "$out/work/zlib" && for f in adler32 compress crc32 deflate gzclose gzlib gzread gzwrite infback \
    inffast inflate inftrees trees uncompr zutil; do $CC -O2 -c "$d/$f.c"; done && $AR rcs "$deps/lib/libz.a" ./*.o)
  cp "$d/zlib.h" "$d/zconf.h" "$deps/include/"
  printf 'prefix=%s\nName: zlib\nDescription: zlib\nVersion: 1.2.13\nLibs: -L${prefix}/lib -lz\nCflags: -I${prefix}/include\n' \
    "$deps" >"$deps/lib/pkgconfig/zlib.pc"
  done_dep zlib
fi
zlib_opts=(-DZLIB_INCLUDE_DIR="$deps/include" -DZLIB_LIBRARY="$deps/lib/libz.a")

if ! built libpng; then
  cmake_dep libpng "$(fetch libpng1.6)" "${zlib_opts[@]}" -DPNG_SHARED=OFF -DPNG_TESTS=OFF \
    -DPNG_EXECUTABLES=OFF -DPNG_BUILD_ZLIB=OFF
  done_dep libpng
fi
if ! built libjpeg; then
  cmake_dep libjpeg "$(fetch libjpeg-turbo)" -DENABLE_SHARED=OFF -DWITH_SIMD=OFF -DWITH_TURBOJPEG=OFF
  done_dep libjpeg
fi
if ! built freetype; then
  cmake_dep freetype "$(fetch freetype)" "${zlib_opts[@]}" -DFT_REQUIRE_ZLIB=ON -DFT_DISABLE_BZIP2=ON \
    -DFT_DISABLE_PNG=ON -DFT_DISABLE_HARFBUZZ=ON -DFT_DISABLE_BROTLI=ON
  done_dep freetype
fi
if ! built unistring; then
  (cd "$out/work" && $CC -O2 -c "$root/scripts/windows/unistring/unistr.c" -o unistr.o &&
    $AR rcs "$deps/lib/libunistring.a" unistr.o)
  cp "$root/scripts/windows/unistring/unistr.h" "$deps/include/"
  done_dep unistring
fi
if ! built podofo; then
  d=$(fetch libpodofo)
  # CMake 3.25 no longer honours a cross toolchain under its "VERSION 2.6" policies.
  sed -i 's/CMAKE_MINIMUM_REQUIRED(VERSION 2.6)/CMAKE_MINIMUM_REQUIRED(VERSION 3.5)/' "$d/CMakeLists.txt"
  # No OpenSSL, libidn, TIFF or fontconfig: nastavnik neither encrypts nor signs nor looks up
  # system fonts (its fonts come from the data folder).
  cmake_dep podofo "$d" "${zlib_opts[@]}" -DUNISTRING_INCLUDE_DIR="$deps/include" \
    -DUNISTRING_LIBRARY="$deps/lib/libunistring.a" -DPODOFO_BUILD_STATIC=ON -DPODOFO_BUILD_SHARED=OFF \
    -DPODOFO_BUILD_LIB_ONLY=ON -DPODOFO_NO_FONTMANAGER=ON -DFREETYPE_INCLUDE_DIR="$deps/include/freetype2" \
    -DFREETYPE_LIBRARY="$deps/lib/libfreetype.a" -DWANT_LIB64=OFF \
    -DCMAKE_DISABLE_FIND_PACKAGE_OpenSSL=ON -DCMAKE_DISABLE_FIND_PACKAGE_LIBIDN=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_TIFF=ON -DCMAKE_DISABLE_FIND_PACKAGE_FONTCONFIG=ON \
    -DCMAKE_DISABLE_FIND_PACKAGE_LIBCRYPTO=ON -DCMAKE_DISABLE_FIND_PACKAGE_LIBPNG=OFF \
    -DPNG_PNG_INCLUDE_DIR="$deps/include" -DPNG_LIBRARY="$deps/lib/libpng16.a" \
    -DLIBJPEG_INCLUDE_DIR="$deps/include" -DLIBJPEG_LIBRARY_RELEASE="$deps/lib/libjpeg.a"
  done_dep podofo
fi
if ! built cmark-gfm; then
  cmake_dep cmark-gfm "$(fetch cmark-gfm)" -DCMARK_TESTS=OFF -DCMARK_SHARED=OFF -DCMARK_STATIC=ON
  done_dep cmark-gfm
fi
if ! built xlsxwriter; then
  cmake_dep xlsxwriter "$(fetch libxlsxwriter)" "${zlib_opts[@]}" -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF \
    -DUSE_SYSTEM_MINIZIP=OFF -DUSE_STATIC_MSVC_RUNTIME=OFF
  done_dep xlsxwriter
fi
if ! built hyphen; then
  d=$(fetch hyphen)
  (cd "$out/work" && $CC -O2 -c "$d/hyphen.c" "$d/hnjalloc.c" && $AR rcs "$deps/lib/libhyphen.a" hyphen.o hnjalloc.o)
  cp "$d/hyphen.h" "$deps/include/"
  done_dep hyphen
fi
if ! built libzip; then
  cmake_dep libzip "$(fetch libzip)" "${zlib_opts[@]}" -DENABLE_BZIP2=OFF -DENABLE_LZMA=OFF -DENABLE_ZSTD=OFF \
    -DENABLE_GNUTLS=OFF -DENABLE_OPENSSL=OFF -DENABLE_MBEDTLS=OFF -DENABLE_COMMONCRYPTO=OFF \
    -DENABLE_WINDOWS_CRYPTO=OFF -DBUILD_TOOLS=OFF -DBUILD_REGRESS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOC=OFF
  done_dep libzip
fi
if ! built expat; then
  d=$(fetch expat)
  # Debian's security patches test "#if XML_DTD == 1", as its autotools build defines it; expat's
  # own CMake template defines the macro empty.
  sed -i 's/^#cmakedefine XML_DTD$/#cmakedefine XML_DTD 1/; s/^#cmakedefine XML_NS$/#cmakedefine XML_NS 1/' \
    "$d/expat/expat_config.h.cmake"
  cmake_dep expat "$d/expat" -DEXPAT_SHARED_LIBS=OFF -DEXPAT_BUILD_TOOLS=OFF \
    -DEXPAT_BUILD_EXAMPLES=OFF -DEXPAT_BUILD_TESTS=OFF -DEXPAT_BUILD_DOCS=OFF -DEXPAT_BUILD_PKGCONFIG=ON
  done_dep expat
fi
if ! built utf8proc; then
  d=$(fetch utf8proc)
  (cd "$out/work" && $CC -O2 -DUTF8PROC_STATIC -c "$d/utf8proc.c" -o utf8proc.o && $AR rcs "$deps/lib/libutf8proc.a" utf8proc.o)
  cp "$d/utf8proc.h" "$deps/include/"
  done_dep utf8proc
fi
if ! built lemon; then
  cmake_dep lemon "$(fetch liblemon)" -DLEMON_ENABLE_GLPK=NO -DLEMON_ENABLE_COIN=NO -DLEMON_ENABLE_ILOG=NO \
    -DLEMON_ENABLE_SOPLEX=NO -DBUILD_TESTING=OFF
  done_dep lemon
fi
if ! built headers; then
  # Header-only libraries. The mirror lacks the source tarballs of toml++ and kainjow-mustache;
  # their Debian -dev packages (scripts/setup.sh --windows) carry the very headers, and header-only
  # code needs no compiling for the host. cpp-httplib's -dev header is split from a compiled
  # part, so the whole header comes from its source package.
  cp -r /usr/include/toml++ "$deps/include/"
  mkdir -p "$deps/include/kainjow" && cp /usr/include/kainjow/mustache.hpp "$deps/include/kainjow/"
  cp "$(fetch cpp-httplib)/httplib.h" "$deps/include/"
  done_dep headers
fi

[[ -n "${WIN_DEPS_ONLY:-}" ]] && exit 0

# --- nastavnik itself ---
app=$out/app
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$app" -DCMAKE_TOOLCHAIN_FILE="$toolchain" -DNASTAVNIK_WIN_DEPS="$deps" \
  -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF "${launcher[@]}" >/dev/null
cmake --build "$app" -j"$jobs" --target nastavnik
say "$app/nastavnik.exe"

# --- The zip: nastavnik/ with the exe, share/nastavnik, the example school, docs and the note. ---
version=$(sed -n 's/^project(nastavnik VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")
stage=$out/zip/nastavnik
rm -rf "$out/zip" && mkdir -p "$stage/share" "$stage/docs" "$stage/Пример школы"
$host-strip -o "$stage/nastavnik.exe" "$app/nastavnik.exe"
cp -r "$app/share/nastavnik" "$stage/share/"
cp -r "$root/content" "$stage/Пример школы/"
cp "$root/docs/guide.md" "$root/docs/DATA.md" "$stage/docs/"
cp "$root/scripts/windows/Как начать.txt" "$stage/"
zip_file=$out/nastavnik-$version-windows-x64.zip
# Python's zipfile marks the Cyrillic names as UTF-8 (flag 0x800), which Windows' Explorer reads;
# every entry gets the same date, so the same sources give the same zip.
python3 - "$out/zip" "$zip_file" <<'PY'
import os, sys, time, zipfile
top, target = sys.argv[1], sys.argv[2]
stamp = time.gmtime(int(os.environ.get("SOURCE_DATE_EPOCH", "1704067200")))[:6]
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
    for folder, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(folder, name)
            info = zipfile.ZipInfo(os.path.relpath(path, top), stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            with open(path, "rb") as f:
                z.writestr(info, f.read())
PY
say "$zip_file ($(du -h "$zip_file" | cut -f1))"
