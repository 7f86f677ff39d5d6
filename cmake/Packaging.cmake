# CPack, included last from the top-level CMakeLists.txt.
# `cpack -G DEB` in the build folder makes a .deb for Debian 12; dpkg-shlibdeps works out the
# library dependencies from the binaries, and the runtime pieces that are not libraries (the Qt
# translations, a Secret Service) are declared by hand.
set(CPACK_PACKAGE_NAME apigw-keys)
set(CPACK_PACKAGE_VENDOR "The apigw-keys developers")
set(CPACK_PACKAGE_CONTACT "apigw-keys developers <apigw-keys@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Create Tencent Cloud API Gateway key pairs and keep them in the keychain")
set(CPACK_PACKAGE_DESCRIPTION
    "API Gateway Key Manager creates API key pairs on Tencent Cloud API Gateway (API 3.0 and the legacy API 2.0), shows a new secret once, copies it to the clipboard marked as sensitive and clears it again, and keeps every credential in the operating system's keychain. It comes with a command-line companion (apigw-keys-cli) and a gateway emulator for trying it without a cloud account (apigw-keys-emulator).")
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}_${PROJECT_VERSION}_amd64")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
include(CPack)
