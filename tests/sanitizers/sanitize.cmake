# Initial cache of the sanitizer tree that scripts/test builds (cmake -C this-file):
# clang, AddressSanitizer + UndefinedBehaviorSanitizer, and the libFuzzer harnesses.
# FORCE throughout: an existing build-sanitize/CMakeCache.txt (an older run, a hand-made tree)
# must not keep other values, or the "sanitizer" phase would quietly test an ordinary build.
set(CMAKE_CXX_COMPILER clang++-14 CACHE STRING "" FORCE)
set(APIGW_SANITIZE ON CACHE BOOL "" FORCE)
set(APIGW_FUZZ ON CACHE BOOL "" FORCE)
# -O1 as the sanitizers' authors advise, and line tables only: a report needs files and lines, not
# variables. Both cut the compile time of this tree, which CI pays on every run.
set(CMAKE_CXX_FLAGS_RELWITHDEBINFO "-O1 -gline-tables-only -DNDEBUG" CACHE STRING "" FORCE)
