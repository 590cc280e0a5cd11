# Strict warnings for our own targets. The deterministic core (primitives, state, runtime) also
# gets -fno-exceptions via subemu_deterministic_core().
function(subemu_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow -Wdouble-promotion
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wnull-dereference
    -Werror=switch -Werror=return-type -Werror=unused-result)
  if(SUBEMU_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
    # GCC 12 at -O3 reports -Wrestrict false positives inside libstdc++'s char_traits.h
    # (GCC bug 105329); keep them visible but not fatal.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      target_compile_options(${target} PRIVATE -Wno-error=restrict)
    endif()
  endif()
endfunction()

# Deterministic core: no exceptions, no RTTI-dependent behaviour is needed.
function(subemu_deterministic_core target)
  subemu_warnings(${target})
  target_compile_options(${target} PRIVATE -fno-exceptions)
endfunction()

# Tests and benchmarks: warnings on, but GoogleTest macros do not survive -Wconversion cleanly.
function(subemu_test_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror=return-type)
endfunction()
