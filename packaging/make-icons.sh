#!/usr/bin/env bash
# Renders the Windows .ico and the macOS .icns from resources/icons/mycloud.svg. They are checked in
# because neither platform's build has rsvg-convert; run this again after changing the SVG.
# Needs librsvg2-bin, icoutils and icnsutils (Debian). Linux renders its PNGs at build time instead.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../resources/icons/mycloud.svg"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for size in 16 24 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" -o "$tmp/$size.png" "$svg"
done
# Windows: the classic sizes, 256 stored as PNG (Vista and later).
icotool -c -o "$here/windows/mycloud.ico" "$tmp"/{16,24,32,48,64,128}.png -r "$tmp/256.png"
# macOS: png2icns picks each image's icon type from its size.
png2icns "$here/macos/mycloud.icns" "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null
echo "make-icons.sh: wrote windows/mycloud.ico and macos/mycloud.icns"
