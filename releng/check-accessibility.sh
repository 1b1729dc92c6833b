#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Accessibility of what privflow writes for people to read: the HTML register of every example in
# English and Finnish, and the standalone SVG diagrams, checked with axe-core (WCAG 2.1 A/AA, in
# jsdom) and the W3C Nu HTML checker (errors only). A standalone SVG is checked as a page shows
# it, inline: the Nu checker's SVG schema is SVG 1.1, which predates ARIA on svg elements. The diagram palette's contrast is checked by
# privflow.diagram.tests (PaletteTest). Needs the built CLI distribution, Node.js with npm, and a
# JDK; the checkers come from npm (releng/a11y, test tooling, not shipped).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
cli="$here/privflow.cli.dist/target/privflow-cli/bin/privflow"
out="$root/target/accessibility"
[ -x "$cli" ] || { echo "check-accessibility: build first ($cli is missing)" >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null \
  || { echo "check-accessibility: Node.js and npm are needed (apt-get install nodejs npm)" >&2; exit 2; }
source "$here/find-jdk.sh"
jdk="$(privflow_find_jdk)"
export JAVA_HOME="$jdk"
if [ ! -d "$here/a11y/node_modules/axe-core" ] || [ "$here/a11y/package-lock.json" -nt "$here/a11y/node_modules/.package-lock.json" ]; then
  (cd "$here/a11y" && npm ci --no-audit --no-fund --loglevel=error)
fi
rm -rf "$out"; mkdir -p "$out"
pages=()
svgs=()
for model in "$root"/examples/*.privflow; do
  name="$(basename "$model" .privflow)"
  for lang in en fi; do
    "$cli" register "$model" --lang "$lang" --date 2026-12-07 --format html -o "$out/$name.$lang.html" >/dev/null
    pages+=("$out/$name.$lang.html")
    "$cli" diagram "$model" --lang "$lang" -o "$out/$name.$lang.svg" >/dev/null
    svgs+=("$out/$name.$lang.svg")
    # axe checks an SVG as a page shows it: inline, as the register embeds it.
    { printf '<!DOCTYPE html>\n<html lang="%s"><head><meta charset="UTF-8"/><title>%s</title></head><body><main>\n' "$lang" "$name"
      cat "$out/$name.$lang.svg"; printf '</main></body></html>\n'; } > "$out/$name.$lang.svg.html"
    pages+=("$out/$name.$lang.svg.html")
  done
done
node "$here/a11y/check.js" "${pages[@]}"
vnu="$here/a11y/node_modules/vnu-jar/build/dist/vnu.jar"
if "$jdk/bin/java" -jar "$vnu" --errors-only "${pages[@]}"; then
  echo "check-accessibility: Nu checker: no errors in ${#pages[@]} pages"
else
  echo "check-accessibility: the Nu checker found errors (above)" >&2
  exit 1
fi
echo "check-accessibility: axe and Nu checker found nothing in ${#pages[@]} pages and ${#svgs[@]} SVG files"
