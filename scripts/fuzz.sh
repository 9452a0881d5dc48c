#!/bin/sh
# scripts/fuzz.sh TARGET SECONDS [libFuzzer options...]
#
# Builds the libFuzzer target TARGET (compile json regexp url number http,
# see fuzz/CMakeLists.txt) in build-fuzz/ with clang, writes its seed corpus
# from the tests (fuzz/seeds.py) and runs it for SECONDS. Inputs that add
# coverage go to build-fuzz/corpus/TARGET; a crash is written to
# build-fuzz/crash-* and stops the run (exit status non-zero). The inputs of
# fuzz/regress/TARGET (crashes found before) are replayed first.
set -eu
if [ $# -lt 2 ]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer options]" >&2
  echo "targets: compile json regexp url number http" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2
root=$(cd "$(dirname "$0")/.." && pwd)
build=${KILN_FUZZ_BUILD:-$root/build-fuzz}
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DKILN_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF >/dev/null
fi
cmake --build "$build" -j"${JOBS:-2}" --target "fuzz_$target"
corpus=$build/corpus/$target
seeds=$build/seeds/$target
if [ ! -d "$seeds" ]; then
  python3 "$root/fuzz/seeds.py" "$target" "$seeds"
fi
mkdir -p "$corpus"
case $target in
  compile) max_len=8192 ;;
  regexp) max_len=128 ;;   # catastrophic backtracking is node's too
  *) max_len=4096 ;;
esac
dict=$root/fuzz/dict/$target.dict
dictopt=
[ -f "$dict" ] && dictopt=-dict=$dict
cd "$build"
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$root/fuzz/ubsan.supp}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0}
exec "$build/bin/fuzz_$target" -max_total_time="$seconds" -max_len="$max_len" \
  -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 $dictopt "$@" "$corpus" "$seeds" \
  $(ls -d "$root/fuzz/regress/$target" 2>/dev/null)
