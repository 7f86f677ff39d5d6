#!/usr/bin/env bash
# The fault matrix in README.md cannot rot: every test it names (`executable::function`) is a
# registered test executable of tests/ whose source defines that test function.
# Usage: check_fault_matrix.sh SOURCE_DIR
set -euo pipefail

root=${1:?usage: check_fault_matrix.sh SOURCE_DIR}
readme="$root/README.md"

# The table of the "Fault matrix" section: its rows up to the next heading.
rows=$(awk '/^#+ Fault matrix/ { inside = 1; next } inside && /^#/ { exit } inside && /^\|/' \
    "$readme")
if [[ -z "$rows" ]]; then
    echo "README.md has no Fault matrix table" >&2
    exit 1
fi

failures=0
checked=0
while IFS= read -r row; do
    [[ "$row" =~ ^\|[[:space:]]*(Fault|---) ]] && continue
    test_cell=${row%|}
    test_cell=${test_cell##*|}
    names=$(grep -o '`[A-Za-z0-9_]*::[A-Za-z0-9_]*`' <<<"$test_cell" | tr -d '`' || true)
    if [[ -z "$names" ]]; then
        echo "no test named in row: $row" >&2
        failures=$((failures + 1))
        continue
    fi
    for name in $names; do
        executable=${name%%::*}
        function=${name##*::}
        checked=$((checked + 1))
        source=$(find "$root/tests/" -name "$executable.cpp" -print -quit)
        if [[ -z "$source" ]]; then
            echo "$name: no tests/**/$executable.cpp" >&2
            failures=$((failures + 1))
            continue
        fi
        if ! grep -qw "$executable" "$(dirname "$source")/CMakeLists.txt"; then
            echo "$name: $executable is not registered in $(dirname "$source")/CMakeLists.txt" >&2
            failures=$((failures + 1))
        fi
        if ! grep -Eq "^void [A-Za-z_]+::$function\(\)" "$source"; then
            echo "$name: $source defines no test function $function" >&2
            failures=$((failures + 1))
        fi
    done
done <<<"$rows"

echo "$checked test names checked, $failures problems"
[[ $failures -eq 0 && $checked -gt 0 ]]
