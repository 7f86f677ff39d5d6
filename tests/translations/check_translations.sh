#!/usr/bin/env bash
# Fails when a .ts file is stale against the sources (lupdate would change it) or holds unfinished,
# vanished or obsolete messages. Fix with: cmake --build build --target update_translations, then
# translate what is new.
#   check_translations.sh SOURCE_DIR BUILD_DIR
set -euo pipefail

source_dir=$1
build_dir=$2
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
lrelease=${LRELEASE:-/usr/lib/qt6/bin/lrelease}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t sources <"$build_dir/translatable_sources.txt"

status=0
for ts in "$source_dir"/translations/*.ts; do
    name=$(basename "$ts")
    cp "$ts" "$work/$name"
    options=(-no-obsolete -locations none -silent)
    [[ $name == *_en.ts ]] && options+=(-pluralonly)
    "$lupdate" "${options[@]}" "${sources[@]}" -ts "$work/$name" >/dev/null
    if ! diff -u "$ts" "$work/$name" >"$work/$name.diff"; then
        echo "$name is stale against the sources (run the update_translations target):"
        head -40 "$work/$name.diff"
        status=1
    fi
    for marker in unfinished vanished obsolete; do
        count=$(grep -c "type=\"$marker\"" "$ts" || true)
        if [ "$count" -ne 0 ]; then
            echo "$name has $count $marker message(s)"
            status=1
        fi
    done
    report=$("$lrelease" "$ts" -qm "$work/${name%.ts}.qm")
    echo "$name: $(grep -o 'Generated.*' <<<"$report")"
    if grep -q "Ignored\|unfinished)" <<<"$report" && ! grep -q " 0 unfinished" <<<"$report"; then
        echo "$name: lrelease reports unfinished messages"
        status=1
    fi
done
exit $status
