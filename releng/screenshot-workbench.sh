#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Starts the materialized privflow IDE on a virtual display and saves a screenshot of its
# workbench to docs/images/workbench.png (or $1). Needs xvfb, x11-utils and imagemagick.
# Usage: releng/screenshot-workbench.sh [OUTPUT.png] [extra IDE arguments, e.g. -nl fi]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$(realpath -m "${1:-$here/../docs/images/workbench.png}")"
shift || true
for tool in Xvfb xwininfo import; do
  command -v "$tool" >/dev/null || { echo "privflow: $tool is missing (apt-get install xvfb x11-utils imagemagick)" >&2; exit 1; }
done
work="$(mktemp -d)"
display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() { [ -n "${ide:-}" ] && kill "$ide" 2>/dev/null; kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
sleep 1
DISPLAY="$display" "$here/privflow-ide.sh" -data "$work/workspace" "$@" >"$work/ide.log" 2>&1 &
ide=$!
for _ in $(seq 1 120); do
  if DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q -- '- privflow IDE *":'; then break; fi
  kill -0 "$ide" 2>/dev/null || { echo "privflow: the IDE exited early:" >&2; cat "$work/ide.log" >&2; exit 1; }
  sleep 1
done
DISPLAY="$display" xwininfo -root -tree | grep -q -- '- privflow IDE *":' || { echo "privflow: no privflow IDE window after 120 s" >&2; cat "$work/ide.log" >&2; exit 1; }
sleep 8
mkdir -p "$(dirname "$out")"
window="$(DISPLAY="$display" xwininfo -root -tree | grep -- '- privflow IDE *":' | head -1 | awk '{print $1}')"
DISPLAY="$display" import -window "${window:-root}" "$out"
if grep -q '!MESSAGE' "$work/workspace/.metadata/.log" 2>/dev/null; then
  echo "privflow: the IDE logged errors:" >&2
  cat "$work/workspace/.metadata/.log" >&2
fi
echo "privflow: saved $out"
