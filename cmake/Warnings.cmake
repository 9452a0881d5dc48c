# Warnings.cmake: warning flags for Kiln's own C code (never third-party).
#
# kiln_warnings(<target>) adds them to a target. Each flag says why it is on.
set(KILN_WARNING_FLAGS
  -Wall                      # the common, high-signal set
  -Wextra                    # more of the same: sign compares, missing inits
  -Wno-unused-parameter      # native functions share one signature
                             #   (rt, this, argc, argv); most ignore some
  -Wno-missing-field-initializers  # { 0 } and designated initializers
                             #   for tables are idiomatic here
  # a shadowed local in a 40-line function is a bug (gcc only: clang has no
  # =local and would warn of an unknown option on every file)
  $<$<C_COMPILER_ID:GNU>:-Wshadow=local>
  -Wpointer-arith            # void* arithmetic is a GNU extension
  -Wstrict-prototypes        # f() means "any arguments" in C11; write f(void)
  -Wmissing-prototypes       # non-static function without a header decl:
                             #   make it static or declare it
  -Wimplicit-fallthrough     # mark intended fallthrough with a comment
  -Wformat-security          # printf(user_string) is a bug; -Wformat=2 is
                             #   too noisy for vfprintf wrappers
  -Wvla                      # no variable-length arrays: stack use must be
                             #   bounded (deep JS recursion runs on the C stack)
  -Werror=implicit-function-declaration  # C89 leftovers hide real bugs
  -Werror=return-type        # falling off a non-void function is UB
)

function(kiln_warnings target)
  target_compile_options(${target} PRIVATE
    $<$<C_COMPILER_ID:GNU,Clang>:${KILN_WARNING_FLAGS}>)
  if(KILN_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
