#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Renders the diagram's tool icons from their SVG sources (icons/src/*.svg) to 16 px PNGs and
# 32 px @2x PNGs beside them. Needs rsvg-convert (Debian: librsvg2-bin); reads no network.
set -euo pipefail
cd "$(dirname "$0")/../bundles/privflow.diagram.ui/icons"
command -v rsvg-convert >/dev/null || { echo "icons.sh: rsvg-convert not found (apt-get install librsvg2-bin)" >&2; exit 1; }
for svg in src/*.svg; do
    name=$(basename "$svg" .svg)
    rsvg-convert -w 16 -h 16 "$svg" -o "$name.png"
    rsvg-convert -w 32 -h 32 "$svg" -o "$name@2x.png"
done
echo "icons.sh: rendered $(ls src/*.svg | wc -l) icons"
