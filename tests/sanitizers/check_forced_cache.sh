#!/usr/bin/env bash
# The sanitizer tree gets its settings from sanitize.cmake even when its CMakeCache.txt is stale:
# configures a scratch tree as an ordinary build first, then as scripts/test configures
# build-sanitize, and reads the cache.
#   check_forced_cache.sh SOURCE_DIR
set -euo pipefail

source_dir=$1
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT

# A tree someone configured by hand, or an older scripts/test: same compiler, nothing sanitized.
cmake -S "$source_dir" -B "$tree" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++-14 -DAPIGW_SANITIZE=OFF -DAPIGW_FUZZ=OFF \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g" >"$tree.log" 2>&1 || { cat "$tree.log"; exit 1; }
# What scripts/test does for its sanitizer phase.
cmake -S "$source_dir" -B "$tree" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -C "$source_dir/tests/sanitizers/sanitize.cmake" >"$tree.log" 2>&1 || { cat "$tree.log"; exit 1; }
rm -f "$tree.log"

status=0
expect() {
    local entry=$1
    if ! grep -qxF "$entry" "$tree/CMakeCache.txt"; then
        echo "stale value kept; expected: $entry; found: $(grep "^${entry%%=*}=" "$tree/CMakeCache.txt" || echo none)"
        status=1
    fi
}
expect "APIGW_SANITIZE:BOOL=ON"
expect "APIGW_FUZZ:BOOL=ON"
expect "CMAKE_CXX_FLAGS_RELWITHDEBINFO:STRING=-O1 -gline-tables-only -DNDEBUG"
[ $status -eq 0 ] && echo "the sanitizer settings win over a stale cache"
exit $status
