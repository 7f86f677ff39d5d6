# The project's build rules, included once from the top-level CMakeLists.txt after Qt is found:
# warnings, warnings as errors, sanitizers and fuzzing, hardening, and apigw_add_test().

# Warnings are errors for every target created after this (CMake 3.24's COMPILE_WARNING_AS_ERROR
# is initialised when a target is made), unless whoever configures says otherwise: packagers
# with newer compilers pass -DCMAKE_COMPILE_WARNING_AS_ERROR=OFF (the release preset does), or
# `cmake --compile-no-warning-as-error`.
if(NOT DEFINED CMAKE_COMPILE_WARNING_AS_ERROR)
    set(CMAKE_COMPILE_WARNING_AS_ERROR ON)
endif()

# Every target of ours links this interface target for its warnings; Qt's headers come in as
# system headers, so only our own code has to be clean.
add_library(apigw_warnings INTERFACE)
target_compile_options(apigw_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)

option(APIGW_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(APIGW_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# libFuzzer harnesses (tests/fuzz). Every library gets the coverage instrumentation without
# libFuzzer's main(), so the same tree also builds and runs the ordinary test suite; only the
# harness executables link libFuzzer itself.
option(APIGW_FUZZ "Build the libFuzzer harnesses in tests/fuzz (clang only)" OFF)
if(APIGW_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "APIGW_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++-14")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# Hardening of everything we compile: the shipped programs link our static libraries, so those
# need it as much as the programs' own files. Position-independent code throughout (-fPIE and
# -pie for executables), stack canaries, and a read-only GOT resolved at start-up (full RELRO).
# tests/install checks the installed binaries for all of it.
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported(LANGUAGES CXX) # with CMP0083, -pie is passed only after this check
add_compile_options(-fstack-protector-strong)
add_link_options(-Wl,-z,relro,-z,now)
# _FORTIFY_SOURCE does nothing without optimisation (glibc warns, and -Werror turns that into an
# error), so only for the optimised configurations. Not in the sanitizer tree: the checked *_chk
# variants bypass AddressSanitizer's interceptors, which then miss the overflows they exist to
# report. -U first: some toolchains predefine another level.
if(NOT APIGW_SANITIZE AND NOT APIGW_FUZZ)
    add_compile_options("$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE>"
                        "$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-D_FORTIFY_SOURCE=2>")
endif()

# Registers one Qt Test executable as a ctest test.
#   apigw_add_test(tst_name SOURCES a.cpp ... LIBRARIES lib ... LABELS core ... ENVIRONMENT K=V ...)
# Tests run on the offscreen platform and never touch the user's real settings: scripts/test
# also gives them a throw-away HOME, XDG directories, session bus and keyring.
function(apigw_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "TIMEOUT" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT")
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test apigw_test_support apigw_warnings
                                          ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    if(APIGW_SANITIZE)
        # The sanitizers slow a test several times over; TLS handshakes most of all.
        math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * 3")
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;APIGW_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;${ARG_ENVIRONMENT}")
endfunction()

# One of our static libraries: whoever links it finds its headers, and it builds with our warnings.
#   apigw_add_library(name a.h a.cpp ...)
function(apigw_add_library name)
    add_library(${name} STATIC ${ARGN})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(${name} PRIVATE apigw_warnings)
endfunction()
