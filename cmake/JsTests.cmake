# JsTests.cmake: registers the test suites with ctest.
#
# Every suite is a Python runner (stdlib only) that compiles JS with the
# freshly built kiln, runs the executable and compares what users see.
#   ctest --test-dir build --output-on-failure -j2
#   ctest --test-dir build -R lang          # one suite
# Suites that need ../shared (the corpus, test262) are skipped (exit 77)
# when it is absent; KILN_SHARED=<dir> points them elsewhere.
find_package(Python3 REQUIRED COMPONENTS Interpreter)

set(_runner "${PROJECT_SOURCE_DIR}/tests/run_tests.py")
set(_common --kiln "$<TARGET_FILE:kiln>" --work-dir "${PROJECT_BINARY_DIR}/test-out")

# The project's own tests, one ctest entry per folder so failures are easy
# to spot and `ctest -j2` runs two folders at once.
foreach(suite lang builtins errors diag samples eventloop modules node decorators ts intl)
  add_test(NAME ${suite}
    COMMAND Python3::Interpreter "${_runner}" ${_common} --suite "${suite}")
endforeach()

# Golden IR tests: `kiln emit-ir` of each tests/ir program against its .ir.
add_test(NAME ir
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/ir/run.py"
          --kiln "$<TARGET_FILE:kiln>")

# The shared differential corpus: tests listed in tests/corpus_passing.txt
# must pass (the others: run_tests.py --corpus --all).
add_test(NAME corpus
  COMMAND Python3::Interpreter "${_runner}" ${_common} --corpus)

# test262: every test in tests/test262/passing.txt must pass (the full run,
# run.py --all, is not part of ctest). A test costs about 0.3 s of CPU (two
# variants, kiln + cc -O0 each); past KILN_TEST262_LIMIT listed tests, a
# fixed sample of that size runs, so CI stays well inside its time budget.
set(KILN_TEST262_LIMIT 0 CACHE STRING
    "Most test262 tests ctest runs from passing.txt (0 = all)")
add_test(NAME test262
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/test262/run.py"
          --kiln "$<TARGET_FILE:kiln>"
          --work-dir "${PROJECT_BINARY_DIR}/test-out/test262"
          --sample "${KILN_TEST262_LIMIT}"
          --list "${PROJECT_SOURCE_DIR}/tests/test262/passing.txt")
set_tests_properties(test262 PROPERTIES TIMEOUT 3600)

# The differential fuzzer's recorded programs (tests/difffuzz/_ci): random
# programs from fixed seeds, kiln's output against node's recorded one.
add_test(NAME difffuzz
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/difffuzz/run.py" --ci
          --kiln "$<TARGET_FILE:kiln>")

# The expected outputs are node's: check they still match node 20 (skipped
# when node is missing or is not version 20).
add_test(NAME expectations
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/record.py" --check)

set_tests_properties(lang builtins errors diag samples eventloop modules node decorators ts intl
                     corpus test262
                     expectations PROPERTIES SKIP_RETURN_CODE 77)

# Real npm packages (tests/packages, installed there by scripts/setup.sh):
# the drivers in tests/packages/passing.txt must pass (run.py --all runs
# every one); skipped when tests/packages/node_modules is missing.
add_test(NAME packages
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/packages/run.py"
          --kiln "$<TARGET_FILE:kiln>"
          --work-dir "${PROJECT_BINARY_DIR}/test-out/packages"
          --timeout 60   # CI runs it beside test262 on 2 cores
          # -O0: these drivers test behaviour, not speed, and gcc's time is
          # most of the suite's (10 drivers: 114 CPU s at -O0, 269 at -O1);
          # lang/builtins/node keep the default (-O1), as do cross and link.
          --kflags=-O0)
set_tests_properties(packages PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 3600)

# compiler/module/resolve.c against node's module resolution: the answers
# node 20 gave for the fixtures in tests/resolve (run.py --record) must match.
add_test(NAME resolve
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/resolve/run.py"
          --kiln-resolve "$<TARGET_FILE:kiln_resolve_test>")
# How kiln links: default, --static, --shared-runtime, tcc (tests/link).
add_test(NAME link
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/link/run.py"
          --kiln "$<TARGET_FILE:kiln>"
          --work-dir "${PROJECT_BINARY_DIR}/test-out/link")

# Cross-compiled executables (tests/cross): built with --target for the
# runtimes scripts/setup.sh --target built, run under qemu-user.
add_test(NAME cross
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/cross/run.py"
          --kiln "$<TARGET_FILE:kiln>"
          --work-dir "${PROJECT_BINARY_DIR}/test-out/cross")
set_tests_properties(cross PROPERTIES TIMEOUT 1200)

# Source-level debugging: gdb breaks at a JS line of a -g build and the
# backtrace shows the JS functions at their JS lines (tests/debug).
add_test(NAME debug
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/debug/run.py"
          --kiln "$<TARGET_FILE:kiln>"
          --work-dir "${PROJECT_BINARY_DIR}/test-out/debug")

# kiln as a CMake package: install, find_package(Kiln), kiln_add_executable
# on samples/cmake with Make and Ninja (tests/cmake/run.py).
add_test(NAME cmake_package
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/cmake/run.py"
          --build-dir "${PROJECT_BINARY_DIR}")
set_tests_properties(cmake_package PROPERTIES TIMEOUT 900)

# Hostile input (tests/limits/run.py): the compiler on random bytes, NUL
# bytes, invalid UTF-8, huge files, 50,000-deep nesting, long programs (all
# generated at test time, with CPU-time bounds), and programs that exhaust a
# capped heap. About 30 s of CPU.
add_test(NAME limits
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/tests/limits/run.py"
          --kiln "$<TARGET_FILE:kiln>"
          --work-dir "${PROJECT_BINARY_DIR}/test-out/limits")
set_tests_properties(limits PROPERTIES TIMEOUT 900)
# ... and the programs in tests/limits/*.js (recursion through built-ins,
# length limits), compared with node's output; not under GC stress, where
# building 100,000-deep structures takes minutes.
add_test(NAME limits_programs
  COMMAND Python3::Interpreter "${_runner}" ${_common} --suite limits)
set_tests_properties(limits_programs PROPERTIES SKIP_RETURN_CODE 77)

# GC stress: lang and builtins with a collection on every 50th allocation
# (runtime/gc.c, KILN_GC_STRESS), so a value held where Boehm does not look
# fails here rather than rarely in the field. Separate work folders: these
# run beside the plain lang and builtins suites.
foreach(suite lang builtins)
  add_test(NAME gc_stress_${suite}
    COMMAND Python3::Interpreter "${_runner}" --kiln "$<TARGET_FILE:kiln>"
            --work-dir "${PROJECT_BINARY_DIR}/test-out/gc_stress" --suite "${suite}"
            --timeout 60)
  set_tests_properties(gc_stress_${suite} PROPERTIES
    ENVIRONMENT "KILN_GC_STRESS=50" SKIP_RETURN_CODE 77 TIMEOUT 1800)
endforeach()

# libFuzzer smoke run (fuzz/smoke.py): every fuzz target built with clang
# against this build and run for a few seconds on fuzz/regress and a slice
# of the seeds, so the targets keep building and old crashes stay fixed.
# Skipped (exit 77, with a message) without clang's libFuzzer. The real
# runs are scripts/fuzz.sh TARGET SECONDS.
add_test(NAME fuzz_smoke
  COMMAND Python3::Interpreter "${PROJECT_SOURCE_DIR}/fuzz/smoke.py"
          --kiln "$<TARGET_FILE:kiln>"
          --kiln-rt "$<TARGET_FILE:kiln_rt>" --kiln-node "$<TARGET_FILE:kiln_node>"
          --include-dir "${KILN_BUILD_INCLUDE_DIR}"
          --stdlib-js "${PROJECT_BINARY_DIR}/stdlib_js"
          "--ts-include=$<JOIN:$<TARGET_PROPERTY:ts_runtime,INTERFACE_INCLUDE_DIRECTORIES>,:>"
          --ts-lib "$<TARGET_FILE:ts_runtime>" --ts-lib "$<TARGET_FILE:ts_javascript>"
          --ts-lib "$<TARGET_FILE:ts_typescript>"
          --work-dir "${PROJECT_BINARY_DIR}/test-out/fuzz_smoke")
set_tests_properties(fuzz_smoke PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600)
