#!/usr/bin/env bash
# apigw-keys maps QtNetwork, QtKeychain and their libraries only when it loads its services module,
# after the window has appeared (app/servicesmodule.h): checks that the executable does not depend
# on them, that the module shares nothing of ours with it but its entry point, and that a missing
# module is reported in words rather than as a crash.
#   check_services_module.sh APIGW_KEYS MODULE
set -euo pipefail

app=$1
module=$2
status=0

needed=$(readelf -d "$app" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
for late in libQt6Network.so.6 libqt6keychain.so.1 libsecret-1.so.0 libgssapi_krb5.so.2; do
    if grep -qx "$late" <<<"$needed"; then
        echo "$app depends on $late, which should come with the services module"
        status=1
    fi
done
grep -qx libQt6Network.so.6 < <(readelf -d "$module" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p') ||
    { echo "$module does not depend on QtNetwork: is it the services module?"; status=1; }

exported=$(nm -D --defined-only "$module" | awk '{print $3}')
grep -qx apigw_keys_services <<<"$exported" ||
    { echo "$module does not export apigw_keys_services"; status=1; }
# Its copies of our classes stay inside: exported, they would stand in for the executable's own.
ours=$(c++filt <<<"$exported" |
    grep -E 'GatewayClient|GatewayEmulator|KeychainSecretStore|SecretStore|CreateApiKey|LinkedServices' || true)
if [ -n "$ours" ]; then
    echo "$module exports our own classes:"
    echo "$ours"
    status=1
fi

# Without its module, the demo (which needs it before the window shows) says what is wrong.
alone=$(mktemp -d)
trap 'rm -rf "$alone"' EXIT
cp "$app" "$alone/"
set +e
HOME="$alone" XDG_CONFIG_HOME="$alone/config" QT_QPA_PLATFORM=offscreen \
    timeout 60 "$alone/$(basename "$app")" --demo >"$alone/out.log" 2>&1 </dev/null
code=$?
set -e
if [ $code -ne 1 ] || ! grep -q "cannot be loaded" "$alone/out.log"; then
    echo "apigw-keys --demo without its module: exit code $code, expected 1 and a reason:"
    cat "$alone/out.log"
    status=1
fi

[ $status -eq 0 ] && echo "apigw-keys starts without QtNetwork and QtKeychain; its module is sealed"
exit $status
