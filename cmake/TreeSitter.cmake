# TreeSitter.cmake: the tree-sitter runtime and the JavaScript and
# TypeScript grammars, compiled from the C sources of the npm packages pinned
# in package-lock.json (DESIGN.md, "Dependencies"). Nothing is copied into
# the repository; `npm ci` puts the sources in node_modules/.
#
# Targets (static, third-party, warnings off):
#   ts_runtime     tree-sitter's lib.c        (exports tree_sitter/api.h)
#   ts_javascript  tree_sitter_javascript()
#   ts_typescript  tree_sitter_typescript()
set(KILN_NODE_MODULES "${PROJECT_SOURCE_DIR}/node_modules" CACHE PATH
    "Where npm installed the tree-sitter packages")

set(_ts_lib "${KILN_NODE_MODULES}/tree-sitter/vendor/tree-sitter/lib")
set(_ts_js  "${KILN_NODE_MODULES}/tree-sitter-javascript/src")
set(_ts_ts  "${KILN_NODE_MODULES}/tree-sitter-typescript/typescript/src")

foreach(f "${_ts_lib}/src/lib.c" "${_ts_js}/parser.c" "${_ts_js}/scanner.c"
          "${_ts_ts}/parser.c" "${_ts_ts}/scanner.c")
  if(NOT EXISTS "${f}")
    message(FATAL_ERROR
      "node_modules is missing or incomplete (no ${f}).\n"
      "The tree-sitter sources come from npm: run `npm ci` in "
      "${PROJECT_SOURCE_DIR} (or scripts/setup.sh), then configure again.")
  endif()
endforeach()

# Third-party code: no warnings, and always optimized. The grammars'
# parser.c files are megabytes of tables; at -O0 the parser is several times
# slower and the test suites run the compiler thousands of times. No debug
# info either: nobody steps through generated parse tables.
set(_ts_flags -w -O2 -g0)

add_library(ts_runtime STATIC "${_ts_lib}/src/lib.c")
target_include_directories(ts_runtime
  PUBLIC  "${_ts_lib}/include"
  PRIVATE "${_ts_lib}/src")
target_compile_definitions(ts_runtime PRIVATE
  _POSIX_C_SOURCE=200112L _DEFAULT_SOURCE)

add_library(ts_javascript STATIC "${_ts_js}/parser.c" "${_ts_js}/scanner.c")
target_include_directories(ts_javascript PRIVATE "${_ts_js}")

add_library(ts_typescript STATIC "${_ts_ts}/parser.c" "${_ts_ts}/scanner.c")
target_include_directories(ts_typescript PRIVATE "${_ts_ts}")

foreach(t ts_runtime ts_javascript ts_typescript)
  target_compile_options(${t} PRIVATE ${_ts_flags})
  # Keep build/lib/ for what gets installed; these are build intermediates.
  set_target_properties(${t} PROPERTIES
    ARCHIVE_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/third_party")
endforeach()
