#!/usr/bin/env bash
# Builds the Linux installers of Care Journal: a .deb, and an .rpm too where rpmbuild is present.
# The package carries its own Java runtime (made with jlink), so users need no Java.
#
# The one command (from anywhere in the checkout):
#
#     installer/build-linux.sh
#
# Output: target/installer/care-journal_<version>-1_amd64.deb (and care-journal-<version>-1.x86_64.rpm).
# Install it with `sudo apt install ./target/installer/care-journal_*.deb` (or `sudo dpkg -i`); it goes
# to /opt/care-journal, with "Care Journal" in the desktop menu (Office), and is removed with
# `sudo apt remove care-journal`. installer/test-linux.sh builds, installs, starts and removes it.
#
# Prerequisites (Debian/Ubuntu package names):
#   - a JDK 17 or newer with jlink and jpackage (openjdk-17-jdk); JAVA_HOME picks one, else the one
#     on PATH. Build with the same major version the app targets, so the runtime matches.
#   - Maven (maven), only when target/care-journal.jar has to be built
#   - fakeroot and dpkg-deb (fakeroot, dpkg-dev) for the .deb; rpm (rpmbuild) for the optional .rpm
#
# Environment: TYPES="deb rpm" chooses the package types (default: deb, plus rpm when rpmbuild is
# on PATH). Packages can only be built for the system they are built on (jpackage does no cross
# builds): see build-windows.ps1 and build-macos.sh for the others.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=installer/common.sh
. installer/common.sh

jbin=$(java_bin_dir)
need_tool "$jbin/jpackage" "a JDK 17+ with jpackage (openjdk-17-jdk)"
need_tool "$jbin/jlink" "a JDK 17+ with jlink (openjdk-17-jdk)"

if [ -z "${TYPES:-}" ]; then
  TYPES=deb
  command -v rpmbuild >/dev/null && TYPES="deb rpm"
fi
for type in $TYPES; do
  case "$type" in
    deb) need_tool fakeroot "fakeroot"; need_tool dpkg-deb "dpkg-dev";;
    rpm) need_tool rpmbuild "rpm";;
    *) echo "build-linux.sh: unknown package type '$type' (deb or rpm)" >&2; exit 2;;
  esac
done

# JavaFX's native code comes in per-system jars; Maven picks them for the machine it runs on
case "$(uname -m)" in
  x86_64|amd64) FX_CLASSIFIER=linux;;
  aarch64|arm64) FX_CLASSIFIER=linux-aarch64;;
  *) echo "build-linux.sh: JavaFX has no build for $(uname -m)" >&2; exit 1;;
esac
version=$(app_version)

build_jar_if_needed
stage_input
make_runtime

for type in $TYPES; do
  echo "build-linux.sh: jpackage --type $type" >&2
  # Old packages of the same version would make jpackage fail ("already exists")
  rm -f "$out"/*."$type"
  # jpackage adds the libraries the runtime's own native code links to (X11, ...), but JavaFX
  # unpacks its native code from its jars at run time, so its needs are named here: GTK 3 for
  # windows and fonts, libGL for hardware drawing (it falls back to software)
  if [ "$type" = deb ]; then deps="libgtk-3-0, libgl1"; else deps="gtk3, mesa-libGL"; fi
  "$jbin/jpackage" --type "$type" \
    "${common_jpackage_args[@]}" \
    --app-version "$version" \
    --icon assets/icon/care-journal.png \
    --resource-dir installer/linux \
    --linux-package-name care-journal \
    --linux-menu-group "Office;MedicalSoftware;" \
    --linux-app-category misc \
    --linux-shortcut \
    --linux-deb-maintainer "$MAINTAINER_EMAIL" \
    --linux-package-deps "$deps"
done

ls -l "$out"/*.deb "$out"/*.rpm 2>/dev/null || true
