#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Starts the built privflow IDE (the product, not a test runtime) on a virtual display with a
# window manager, walks the user guide's first steps with the keyboard and mouse through xdotool,
# and saves a screenshot per step into target/journey/. Fails when a step's window or file does not
# appear, or when the workspace log has an entry. Then starts it in Finnish and checks the same.
# Needs xvfb, openbox, xdotool and imagemagick. Usage: releng/journey.sh [--docs]
# (--docs also copies the export notification's screenshot to docs/images/workbench-export-en.png)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$root/target/journey"
for tool in Xvfb openbox xdotool import; do
  command -v "$tool" >/dev/null || { echo "journey: $tool is missing (apt-get install xvfb openbox xdotool imagemagick)" >&2; exit 1; }
done
rm -rf "$out" && mkdir -p "$out"
work="$(mktemp -d)"
display=":$((200 + RANDOM % 100))"
export DISPLAY="$display"
Xvfb "$display" -screen 0 1440x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
ide=""
cleanup() {
  [ -n "$ide" ] && kill "$ide" 2>/dev/null || true
  pkill -P $$ openbox 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
sleep 1
openbox >"$work/openbox.log" 2>&1 &

step=0
fail() { echo "journey: step $step: $*" >&2; shot "failed"; cat "$work"/ide-*.log >&2 2>/dev/null || true; exit 1; }
shots=0
shot() { shots=$((shots + 1)); import -window root "$out/$(printf '%02d' "$shots")-$1.png"; echo "journey: step $step, $(printf '%02d' "$shots")-$1.png"; }
next() { step=$((step + 1)); }
# waits up to $2 seconds for a visible window whose title matches $1
window() {
  for _ in $(seq 1 "${2:-60}"); do
    xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 && return 0
    [ -n "$ide" ] && ! kill -0 "$ide" 2>/dev/null && fail "the IDE exited"
    sleep 1
  done
  fail "no window '$1'"
}
file() {
  for _ in $(seq 1 "${2:-60}"); do
    [ -s "$1" ] && return 0
    sleep 1
  done
  fail "no file $1"
}
keys() { xdotool key --clearmodifiers "$@"; sleep 1; }
type_text() { xdotool type --delay 40 "$1"; sleep 1.5; }
start() {
  workspace="$work/$1"
  shift
  "$here/privflow-ide.sh" -data "$workspace" "$@" >"$work/ide-$(basename "$workspace").log" 2>&1 &
  ide=$!
  window "privflow IDE" 180
  sleep 8
}
stop() {
  kill "$ide" 2>/dev/null || true
  wait "$ide" 2>/dev/null || true
  ide=""
}
log_clean() {
  if [ -s "$workspace/.metadata/.log" ]; then
    cp "$workspace/.metadata/.log" "$out/workspace-$(basename "$workspace").log"
    fail "the workspace log has $(grep -c '^!ENTRY' "$workspace/.metadata/.log") entries: $(head -c 2000 "$workspace/.metadata/.log")"
  fi
}

next; start ws-en
shot "workbench"

next; keys ctrl+n
window "^New *$"
type_text "privflow Project"
shot "new-wizard"
keys Return
window "New privflow Project"
shot "new-project"
keys Return
file "$workspace/privacy-map/data-flows.privflow"
window "data-flows.privflow - privflow IDE"
sleep 3
shot "model-editor"

next; xdotool mousemove 400 600 click 1; sleep 4
shot "diagram"

next; keys ctrl+3
type_text "Export (Record"
keys Down Return
window "Export Record of Processing Activities"
shot "export"
keys Return
file "$workspace/privacy-map/data-flows-register.xlsx"
sleep 3
shot "register-written"
log_clean
stop

next; start ws-fi -nl fi
shot "workbench-fi"
log_clean
stop

if [ "${1:-}" = "--docs" ]; then
  cp "$out"/*-register-written.png "$root/docs/images/workbench-export-en.png"
  echo "journey: saved docs/images/workbench-export-en.png"
fi
echo "journey: $step steps, screenshots in $out, workspace logs empty (0 entries)"
