#!/usr/bin/env bash
# Renders the action icons' SVG sources to the PNG fallbacks that are embedded (32 px: Qt scales
# them down for 16 and 22 px tool bars and buttons).
set -euo pipefail
cd "$(dirname "$0")"
for svg in *.svg; do
    rsvg-convert -w 32 -h 32 "$svg" -o "${svg%.svg}.png"
done
