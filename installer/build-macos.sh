#!/usr/bin/env bash
# Builds the macOS installer of Care Journal: a .dmg holding "Care Journal.app", which carries its
# own Java runtime (made with jlink), so users need no Java.
#
# NOT RUN YET: written with care on Linux, where jpackage cannot make a .dmg (it builds only for the
# system it runs on). The steps are the ones installer/build-linux.sh runs and tests, through the
# same installer/common.sh; only the jpackage options below are macOS's. Please report what fails.
#
# The one command, on a Mac (Intel or Apple silicon; the .dmg is for the kind it is built on):
#
#     installer/build-macos.sh
#
# Output: target/installer/Care Journal-<version>.dmg. Users open it and drag Care Journal to
# Applications. The journal stays in ~/Library/Application Support/Care Journal/.
#
# Prerequisites: a JDK 17 or newer with jlink and jpackage (e.g. Temurin 17; JAVA_HOME picks one),
# Maven, and Xcode's command line tools (xcode-select --install), which jpackage uses for the .dmg.
#
# Signing: without MAC_SIGN_IDENTITY the app is unsigned, and Gatekeeper asks the user to open it
# with right-click > Open the first time. With a "Developer ID Application: NAME (TEAM)" identity in
# the keychain, MAC_SIGN_IDENTITY="NAME (TEAM)" signs it; notarise the .dmg afterwards with
# `xcrun notarytool submit ... --wait` and `xcrun stapler staple`.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=installer/common.sh
. installer/common.sh

[ "$(uname -s)" = Darwin ] || { echo "build-macos.sh: run this on macOS" >&2; exit 1; }
jbin=$(java_bin_dir)
need_tool "$jbin/jpackage" "a JDK 17+ with jpackage"
need_tool "$jbin/jlink" "a JDK 17+ with jlink"
need_tool hdiutil "macOS's hdiutil"

# JavaFX's native code comes in per-system jars; Maven picks them for the machine it runs on
case "$(uname -m)" in
  x86_64) FX_CLASSIFIER=mac;;
  arm64) FX_CLASSIFIER=mac-aarch64;;
  *) echo "build-macos.sh: JavaFX has no build for $(uname -m)" >&2; exit 1;;
esac

version=$(app_version)
# macOS refuses a bundle version whose first number is 0 (CFBundleVersion), so while the project is
# 0.x.y the bundle says 1.x.y; the .dmg's file name keeps the real version (renamed below)
bundle_version=$version
case "$version" in 0.*) bundle_version="1.${version#0.}";; esac

build_jar_if_needed
stage_input
make_runtime

sign_args=()
if [ -n "${MAC_SIGN_IDENTITY:-}" ]; then
  sign_args=(--mac-sign --mac-signing-key-user-name "$MAC_SIGN_IDENTITY")
fi

rm -f "$out"/*.dmg
echo "build-macos.sh: jpackage --type dmg" >&2
"$jbin/jpackage" --type dmg \
  "${common_jpackage_args[@]}" \
  --app-version "$bundle_version" \
  --icon assets/icon/care-journal.icns \
  --mac-package-name "Care Journal" \
  --mac-package-identifier org.carejournal.app \
  ${sign_args[@]+"${sign_args[@]}"}

if [ "$bundle_version" != "$version" ]; then
  mv "$out/$app_name-$bundle_version.dmg" "$out/$app_name-$version.dmg"
fi
ls -l "$out"/*.dmg
