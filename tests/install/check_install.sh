#!/usr/bin/env bash
# Installs the build into a staging folder and checks the layout a desktop expects, validates the
# desktop entry and the AppStream metainfo, then builds the .deb and checks that it declares its
# dependencies and that apt could install it on this Debian machine.
#   check_install.sh BUILD_DIR
set -euo pipefail

build=$1
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null

app_id=io.github.apigwkeys.ApigwKeys
expected=(
    usr/bin/apigw-keys
    usr/bin/apigw-keys-cli
    usr/bin/apigw-keys-emulator
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    usr/share/icons/hicolor/scalable/apps/apigw-keys.svg
)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/apigw-keys.png")
done
status=0
for file in "${expected[@]}"; do
    if [ ! -e "$stage/$file" ]; then
        echo "missing from the install: /$file"
        status=1
    fi
done
for binary in usr/bin/apigw-keys usr/bin/apigw-keys-cli usr/bin/apigw-keys-emulator; do
    [ -x "$stage/$binary" ] || { echo "not executable: /$binary"; status=1; }
    # Every library comes from the system: a run path would only make the loader look elsewhere
    # first (for an empty entry, in the current directory).
    if grep -qE '\((RPATH|RUNPATH)\)' <<<"$(readelf -d "$stage/$binary")"; then
        echo "/$binary has a run path: $(readelf -d "$stage/$binary" | grep -E 'R(UN)?PATH')"
        status=1
    fi
done
# Hardened as cmake/ApigwHelpers.cmake asks: full RELRO (a read-only GOT, every symbol bound at
# start-up), position-independent (a PIE: type DYN with the PIE flag), and fortified libc calls
# (the *_chk variants that _FORTIFY_SOURCE substitutes where a buffer's size is known).
for binary in usr/bin/apigw-keys usr/bin/apigw-keys-cli usr/bin/apigw-keys-emulator; do
    # Read once into variables: grep -q stops reading early, and pipefail would count readelf's
    # broken pipe as a failure.
    file="$stage/$binary"
    dynamic=$(readelf -dW "$file")
    segments=$(readelf -lW "$file")
    header=$(readelf -hW "$file")
    symbols=$(readelf --dyn-syms -W "$file")
    grep -qE '\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*\bNOW\b' <<<"$dynamic" ||
        { echo "/$binary is not linked with -z now (no BIND_NOW)"; status=1; }
    grep -q GNU_RELRO <<<"$segments" || { echo "/$binary has no GNU_RELRO segment"; status=1; }
    grep -qE 'Type:[[:space:]]+DYN' <<<"$header" ||
        { echo "/$binary is not position-independent (ELF type is not DYN)"; status=1; }
    grep -qE '\(FLAGS_1\).*\bPIE\b' <<<"$dynamic" ||
        { echo "/$binary is not a PIE (no PIE flag)"; status=1; }
    grep -qE ' __[a-z0-9_]+_chk(@|$)' <<<"$symbols" ||
        { echo "/$binary calls no fortified (*_chk) function: built without _FORTIFY_SOURCE?"; status=1; }
    grep -q ' __stack_chk_fail' <<<"$symbols" ||
        { echo "/$binary has no stack protector (__stack_chk_fail)"; status=1; }
done
# The installed window comes up: the demo's built-in gateway listens and a screenshot is written.
run_home=$(mktemp -d)
trap 'rm -rf "$stage" "$run_home"' EXIT
if ! HOME="$run_home" XDG_CONFIG_HOME="$run_home/config" QT_QPA_PLATFORM=offscreen \
    timeout 60 "$stage/usr/bin/apigw-keys" --demo --screenshot "$run_home/window.png" \
    --quit-after-screenshot >"$run_home/run.log" 2>&1 || [ ! -s "$run_home/window.png" ]; then
    echo "the installed apigw-keys --demo did not come up:"
    cat "$run_home/run.log"
    status=1
fi
# Nothing else: no headers, static libraries, test programs or tools (apigw-keys-screenshots).
unexpected=$(cd "$stage" && find . -type f | grep -vE '^\./usr/(bin/apigw-keys(-cli|-emulator)?|share/(applications|metainfo|icons)/.*)$' || true)
if [ -n "$unexpected" ]; then
    echo "unexpected files in the install:"
    echo "$unexpected"
    status=1
fi

desktop-file-validate "$stage/usr/share/applications/$app_id.desktop" || status=1
appstreamcli validate --no-net --explain "$stage/usr/share/metainfo/$app_id.metainfo.xml" || status=1

# The package.
package_dir=$(mktemp -d)
trap 'rm -rf "$stage" "$run_home" "$package_dir"' EXIT
(cd "$build" && cpack -G DEB -B "$package_dir" >/dev/null) || { echo "cpack failed"; exit 1; }
deb=$(ls "$package_dir"/*.deb)
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
for needed in libqt6core6 libqt6widgets6 libqt6network6 libqt6keychain1 qt6-qpa-plugins; do
    grep -q "$needed" <<<"$depends" || { echo "the package does not depend on $needed"; status=1; }
done
contents=$(dpkg-deb --contents "$deb")
for file in "${expected[@]}"; do
    grep -q "\./$file\$" <<<"$contents" || { echo "missing from the package: /$file"; status=1; }
done
# apt resolves the dependencies without installing anything.
if ! apt-get install --simulate --no-install-recommends "$deb" >"$package_dir/apt.log" 2>&1; then
    echo "apt cannot install the package:"
    cat "$package_dir/apt.log"
    status=1
fi

[ $status -eq 0 ] && echo "install layout, desktop entry, metainfo and package: all good"
exit $status
