#!/usr/bin/env bash
# Fuzzes every input parser with libFuzzer (clang, ASan, UBSan), one target after another.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   SECONDS per target (default 60);
# targets: csv toml json markdown program dates tables xlsx (default: all).
# New inputs collect in build-fuzz/work/TARGET; a crash is written to build-fuzz/artifacts/TARGET/
# and the script exits 1 at the end. Copy a crash into fuzz/regressions/TARGET/ once it is fixed:
# the test suite replays that folder and fuzz/corpus/ on every run (tests/load/fuzz_replay_test.cc).
# NASTAVNIK_FUZZ_MERGE=1 minimises the seeds and what was found into build-fuzz/merged/TARGET
# (libFuzzer -merge=1); the checked-in fuzz/corpus/TARGET keeps at most 50 files of it, 200 KB.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
[[ $# -gt 0 ]] && shift
targets=("$@")
((${#targets[@]})) || targets=(csv toml json markdown program dates tables xlsx)

source scripts/apt_install.sh
apt_install fuzz clang-14 libclang-rt-14-dev
bash scripts/setup.sh --deps  # the libraries CMake looks for

CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNASTAVNIK_FUZZ=ON -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz --target fuzzers -j2

failed=()
for t in "${targets[@]}"; do
  work=build-fuzz/work/$t
  artifacts=build-fuzz/artifacts/$t
  mkdir -p "$work" "$artifacts"
  dirs=("$work" "fuzz/corpus/$t")
  [[ -d fuzz/regressions/$t ]] && dirs+=("fuzz/regressions/$t")
  dict=()
  [[ -f fuzz/dict/$t.dict ]] && dict=(-dict="fuzz/dict/$t.dict")
  echo "== fuzz_$t: $seconds s"
  if ! ./build-fuzz/fuzz/fuzz_"$t" -max_total_time="$seconds" -max_len=4096 -timeout=5 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" "${dirs[@]}" >build-fuzz/fuzz_"$t".log 2>&1; then
    failed+=("$t")
    grep -E "ERROR|нарушен|SUMMARY|Test unit written" build-fuzz/fuzz_"$t".log | head -5 || true
  fi
  grep -E "^#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb" build-fuzz/fuzz_"$t".log || true
  if [[ "${NASTAVNIK_FUZZ_MERGE:-0}" == 1 ]]; then
    merged=build-fuzz/merged/$t
    rm -rf "$merged" && mkdir -p "$merged"
    ./build-fuzz/fuzz/fuzz_"$t" -merge=1 -max_len=4096 -timeout=5 "$merged" "fuzz/corpus/$t" "$work" \
      >build-fuzz/merge_"$t".log 2>&1
    echo "merged $t: $(ls "$merged" | wc -l) files in $merged"
  fi
done
if ((${#failed[@]})); then
  echo "fuzz: crashes or broken invariants in: ${failed[*]} (see build-fuzz/artifacts/)"
  exit 1
fi
echo "fuzz: no crash in ${targets[*]}"
