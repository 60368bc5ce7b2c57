#!/usr/bin/env bash
# The Debian package as a curator meets it: a fresh Debian 12 (bookworm) made by debootstrap,
# the .deb installed there with apt (which must find every dependency in Debian itself), and
# `nastavnik new school && nastavnik build school` run by an ordinary user.
# Usage: scripts/test_deb.sh [PACKAGE.deb]   (root, through sudo when needed; without an argument
# scripts/package_deb.sh makes the package, from BUILD_DIR when given). DEBIAN_MIRROR overrides the mirror; the downloaded base system is kept in
# ~/.cache/nastavnik so that a second run does not download it again.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $(id -u) -ne 0 ]]; then exec sudo --preserve-env=BUILD_DIR,DEBIAN_MIRROR "$0" "$@"; fi
source scripts/apt_install.sh
apt_install test_deb debootstrap

deb=${1:-$(scripts/package_deb.sh | tail -1)}
deb=$(realpath "$deb")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/nastavnik
mkdir -p "$cache"
base=$cache/bookworm-minbase.tgz

root=$(mktemp -d /var/tmp/nastavnik-chroot.XXXXXX)
chmod 755 "$root"  # mktemp makes it 0700: the user and apt's _apt must enter it
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT

started=$SECONDS
if [[ ! -s $base ]]; then
  debootstrap --variant=minbase --make-tarball="$base" bookworm "$root.download" "$mirror" >/dev/null
  rm -rf "$root.download"
fi
debootstrap --variant=minbase --unpack-tarball="$base" bookworm "$root" "$mirror" >/dev/null
echo "test_deb: fresh Debian 12 in $((SECONDS - started)) s"

mount -t proc proc "$root/proc"  # the binary finds its data through /proc/self/exe
cp "$deb" "$root/tmp/"
echo "deb $mirror bookworm main" >"$root/etc/apt/sources.list"
chroot "$root" apt-get update -qq
DEBIAN_FRONTEND=noninteractive chroot "$root" apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >/dev/null
echo "test_deb: installed $(basename "$deb") with $(chroot "$root" dpkg-query -W -f='${Depends}' nastavnik | tr ',' '\n' | wc -l) dependencies"
chroot "$root" useradd -m teacher
chroot "$root" su - teacher -c 'set -e; nastavnik --version; nastavnik new school; nastavnik build school'

# What a curator would look at: the site, the documents, the workbooks, each in its place.
out=$root/home/teacher/school/output
for f in site/index.html pdf/polozhenie.pdf pdf/programma.pdf xlsx/bazy.xlsx; do
  [[ -s $out/$f ]] || { echo "test_deb: no $f in the new school's output" >&2; exit 1; }
done
# The data folder is where the package put it, and nothing outside it is read.
chroot "$root" su - teacher -c 'NASTAVNIK_DATA_DIR=/nonexistent nastavnik check school' >/dev/null 2>&1 && {
  echo "test_deb: a missing data folder went unnoticed" >&2; exit 1; }
echo "test_deb: ok: $(find "$out" -type f | wc -l) files built in the chroot ($((SECONDS - started)) s in all)"
