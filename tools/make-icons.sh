#!/usr/bin/env bash
# Makes the PNG sizes of the application icon from packaging/icons/jp.example.Clickar.svg (committed beside it, so
# that a build needs no SVG renderer). Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" jp.example.Clickar.svg -o "jp.example.Clickar-$size.png"
done
