#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Writes the data-flow diagrams of the examples as SVG into docs/images (and as PNG through
# LibreOffice when it is installed), in English and Finnish.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
for example in cleaning-company midsize-company; do
  for lang in en fi; do
    "$here/bench.sh" privflow.bench.DiagramSample "$root/examples/$example.privflow" "$root/docs/images/diagram-$example-$lang.svg" "$lang"
  done
done
if command -v soffice >/dev/null; then
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
  soffice --headless --convert-to png --outdir "$out" "$root"/docs/images/diagram-*-en.svg >/dev/null 2>&1
  for png in "$out"/*.png; do cp "$png" "$root/docs/images/"; done
fi
ls "$root"/docs/images/diagram-*
