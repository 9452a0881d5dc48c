# Sanitizers.cmake: -DKILN_SANITIZE=address,undefined for the compiler.
#
# Only the compiler gets them: the runtime runs under Boehm GC, which scans
# the stack and heap conservatively and does not mix with AddressSanitizer.
function(kiln_sanitize target)
  if(KILN_SANITIZE)
    target_compile_options(${target} PRIVATE
      -fsanitize=${KILN_SANITIZE} -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=${KILN_SANITIZE})
  endif()
endfunction()
