#!/usr/bin/env bash
# Renders the Hearth icon from hearth.svg into the sizes each platform needs:
#   png/hearth-N.png (16 … 1024), hearth.ico (Windows), hearth.icns (macOS), hearth.png (Linux, 256 px)
# and copies the window-icon sizes into the application's resources.
# Needs: rsvg-convert (librsvg2-bin), ImageMagick's convert, png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p png
for size in 16 32 48 64 128 256 512 1024; do
    rsvg-convert -w "$size" -h "$size" hearth.svg -o "png/hearth-$size.png"
done
convert png/hearth-16.png png/hearth-32.png png/hearth-48.png png/hearth-64.png png/hearth-128.png \
        png/hearth-256.png hearth.ico
png2icns hearth.icns png/hearth-16.png png/hearth-32.png png/hearth-128.png png/hearth-256.png \
        png/hearth-512.png png/hearth-1024.png >/dev/null
cp png/hearth-256.png hearth.png

resources=../../src/main/resources/org/hearth/ui/icon
mkdir -p "$resources"
for size in 16 32 64 256; do
    cp "png/hearth-$size.png" "$resources/hearth-$size.png"
done
