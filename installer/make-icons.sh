#!/usr/bin/env bash
# Renders the app icon (assets/icon/care-journal.svg) into the files the installers use:
#   care-journal.png   512 px, Linux (.deb/.rpm menu icon) and the README
#   care-journal.ico   16-256 px, Windows (.msi, start-menu shortcut, launcher .exe)
#   care-journal.icns  16-512 px, macOS (.dmg, the .app bundle)
# The results are committed, so the build scripts do not need these tools; run this only after
# changing the SVG. Needs Debian's librsvg2-bin (rsvg-convert), imagemagick and icnsutils (png2icns):
#   apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"

for tool in rsvg-convert png2icns; do
  command -v "$tool" >/dev/null || { echo "make-icons.sh: $tool is missing (see the header)" >&2; exit 1; }
done
# /usr/local/bin/convert may be a stand-in that only reads PNGs; ImageMagick's own is in /usr/bin
convert=/usr/bin/convert
[ -x "$convert" ] || { echo "make-icons.sh: ImageMagick is missing (see the header)" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Each size is drawn from the vector, not scaled down from a large bitmap, so small sizes stay sharp
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" care-journal.svg -o "$tmp/$s.png"
done

cp "$tmp/512.png" care-journal.png
"$convert" "$tmp"/{16,24,32,48,64,128,256}.png care-journal.ico
png2icns care-journal.icns "$tmp"/{16,32,48,128,256,512}.png >/dev/null
ls -l care-journal.png care-journal.ico care-journal.icns
