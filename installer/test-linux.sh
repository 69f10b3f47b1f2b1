#!/usr/bin/env bash
# End-to-end test of the Linux installer: builds the .deb, installs it, checks the menu entry, starts
# the installed app under a virtual display until its window has drawn its first frame, runs a few
# commands through the installed launcher (they use the bundled Java runtime: a missing module shows
# here), then removes the package and checks that it is gone. Exits non-zero when any step fails.
#
#     sudo installer/test-linux.sh           (SKIP_BUILD=1 reuses the newest target/installer/*.deb)
#
# Not part of `mvn verify` or .ci/run: it takes minutes, needs root (it installs a package) and an X
# server (Xvfb, installed with apt-get when missing). It refuses to run when care-journal is already
# installed, so it never replaces or removes a real installation.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
launcher="/opt/care-journal/bin/Care Journal"
desktop=/usr/share/applications/care-journal-Care_Journal.desktop

fail() { echo "test-linux.sh: FAIL: $*" >&2; exit 1; }
step() { echo "test-linux.sh: $*" >&2; }

[ "$(id -u)" = 0 ] || fail "run as root (it installs and removes a package)"
if dpkg-query -W -f='${Status}' care-journal 2>/dev/null | grep -q installed; then
  fail "care-journal is already installed; remove it first (apt remove care-journal)"
fi
command -v Xvfb >/dev/null || {
  step "installing Xvfb"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb) >/dev/null
}

if [ -z "${SKIP_BUILD:-}" ]; then
  TYPES=deb installer/build-linux.sh
fi
deb=$(ls -t target/installer/care-journal_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb in target/installer (run installer/build-linux.sh)"
step "package: $deb ($(du -h "$deb" | cut -f1))"

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; fi
  # Removes the package even when a check failed, so the machine is left as it was found
  if dpkg-query -W care-journal >/dev/null 2>&1; then
    dpkg --purge care-journal >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step "installing"
# apt-get brings the package's dependencies (GTK, xdg-utils ...); plain dpkg -i needs them present
if command -v apt-get >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >"$work/install.log" 2>&1 ||
    { cat "$work/install.log" >&2; fail "install"; }
else
  dpkg -i "$deb" >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "install"; }
fi
[ -x "$launcher" ] || fail "no launcher at $launcher"
[ -f "$desktop" ] || fail "no menu entry at $desktop"
grep -qx 'Name=Care Journal' "$desktop" || fail "menu entry has no Name=Care Journal"
grep -q '^Categories=Office;MedicalSoftware;' "$desktop" || fail "menu entry's categories"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
fi

# The app keeps window.properties in the XDG data folder: keep it out of root's home
export XDG_DATA_HOME="$work/data" HOME="$work/home"
mkdir -p "$XDG_DATA_HOME" "$HOME"

step "commands through the installed launcher"
"$launcher" demo --db "$work/demo.db" >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; fail "demo"; }
"$launcher" check --db "$work/demo.db" >"$work/check.log" 2>&1 || { cat "$work/check.log" >&2; fail "check"; }
# The PDF report draws charts with Java2D and embeds fonts: java.desktop and its native code
"$launcher" report --db "$work/demo.db" --from 2025-01-01 --to 2025-12-31 --out "$work/summary.pdf" \
  >"$work/report.log" 2>&1 || { cat "$work/report.log" >&2; fail "report"; }
[ -s "$work/summary.pdf" ] || fail "report wrote no PDF"

step "starting the window under Xvfb"
display=${TEST_DISPLAY:-79}
while [ -e "/tmp/.X${display}-lock" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
sleep 2
kill -0 "$xvfb_pid" 2>/dev/null || fail "Xvfb :$display did not start"
rc=0
DISPLAY=":$display" timeout 120 "$launcher" --timing --exit-after-first-frame --db "$work/demo.db" \
  >"$work/start.log" 2>&1 || rc=$?
[ "$rc" = 0 ] || { cat "$work/start.log" >&2; fail "the window did not start (exit $rc; 124: timed out)"; }
frame=$(grep -o 'startup.firstFrame.ms [0-9]*' "$work/start.log" || true)
[ -n "$frame" ] || { cat "$work/start.log" >&2; fail "no startup.firstFrame.ms from the window"; }
step "window drew its first frame: $frame"

step "removing"
dpkg -r care-journal >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "dpkg -r"; }
[ ! -e /opt/care-journal ] || fail "/opt/care-journal is still there after removal"
[ ! -e "$desktop" ] || fail "the menu entry is still there after removal"
dpkg --purge care-journal >/dev/null 2>&1 || fail "dpkg --purge"

echo "test-linux.sh: installed, started ($frame) and removed $(basename "$deb")"
