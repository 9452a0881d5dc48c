#!/usr/bin/env bash
# test.sh: build if needed, then run every test suite through ctest.
#
#   scripts/test.sh              all suites (lang builtins errors diag samples eventloop
#                                modules node corpus test262 expectations packages
#                                resolve link cross debug cmake_package)
#   scripts/test.sh -R lang      ctest options pass through
#
# ctest prints each failing suite's output (per-folder counts, failures,
# `N passed, N failed`) and ends with its summary. Run one suite directly
# for more detail: tests/run_tests.py -v lang/, tests/test262/run.py -v.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build
fi
cmake --build build -j "$(nproc)"
exec ctest --test-dir build --output-on-failure -j "$(nproc)" "$@"
