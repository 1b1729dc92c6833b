#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Drives the built command-line distribution (bin/privflow on a plain JVM, outside OSGi) through
# its exit codes and outputs. The thorough tests are in privflow.cli.tests; this checks the
# script, the class path and the libraries as a user gets them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
privflow="$here/privflow.cli.dist/target/privflow-cli/bin/privflow"
example="$root/examples/cleaning-company.privflow"
[ -x "$privflow" ] || { echo "privflow: build first (releng/mvnw -B verify): $privflow is missing" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
export XDG_CACHE_HOME="$work/cache" # the start-up archives of these runs, not the user's

expect() { # expect CODE DESCRIPTION -- COMMAND...
  local want="$1" what="$2"; shift 3
  local got=0
  "$@" >"$work/out" 2>"$work/err" || got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $what: exit $got, expected $want"; sed 's/^/  | /' "$work/out" "$work/err" | head -20
    failures=$((failures + 1))
  else
    echo "ok:   $what (exit $got)"
  fi
}
contains() { # contains FILE TEXT
  if ! grep -qF -- "$2" "$1"; then echo "FAIL: $(basename "$1") lacks: $2"; failures=$((failures + 1)); fi
}

expect 1 "check finds the WhatsApp transfer" -- "$privflow" check "$example"
contains "$work/out" "transfer-without-tool"
contains "$work/out" "United States (US)"
expect 0 "check --fail-on never" -- "$privflow" check --fail-on never "$example"
expect 1 "check --fail-on critical (door codes to the US in 2021)" -- "$privflow" check --fail-on critical "$example"
contains "$work/out" "CRITICAL"
expect 0 "check --fail-on critical (the same practice in 2026)" -- "$privflow" check --fail-on critical "${example%.privflow}-2026.privflow"
expect 1 "check --format sarif" -- "$privflow" check --format sarif -o "$work/out.sarif" "$example"
contains "$work/out.sarif" '"version": "2.1.0"'
expect 2 "missing model" -- "$privflow" check "$work/none.privflow"
contains "$work/err" "none.privflow: no such file"
printf '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>\n' >"$work/hostile.privflow"
expect 2 "hostile XML" -- "$privflow" check "$work/hostile.privflow"
contains "$work/err" "hostile.privflow:2"
expect 2 "unknown scenario" -- "$privflow" scenario "$example" --scenario nope
expect 2 "unknown option" -- "$privflow" check --frobnicate "$example"
if command -v git >/dev/null; then
  repo="$work/repo"
  mkdir -p "$repo" && cp "$root/examples/midsize-company.privflow" "$repo/model.privflow"
  git -C "$repo" init -q && git -C "$repo" add model.privflow
  git -C "$repo" -c user.name=ci -c user.email=ci@example.invalid commit -qm base
  sed -i 's/name="Customer service and billing"/name="Customer service"/' "$repo/model.privflow"
  expect 1 "diff --since HEAD reads the revision with JGit" -- "$privflow" diff "$repo/model.privflow" --since HEAD
  contains "$work/out" 'renamed from "Customer service and billing"'
  if grep -q SLF4J "$work/err"; then echo "FAIL: JGit's logging printed: $(head -2 "$work/err")"; failures=$((failures + 1)); fi
  expect 0 "check --baseline HEAD --new-only (a rename adds no finding)" -- "$privflow" check "$repo/model.privflow" --baseline HEAD --new-only
  # The merge driver through a real git: two edits of one XML start tag, which a text merge cannot join.
  g() { git -C "$repo" -c user.name=ci -c user.email=ci@example.invalid "$@"; }
  g commit -qam rename
  expect 0 "git-setup" -- "$privflow" git-setup "$repo"
  g add .gitattributes && g commit -qm "merge driver"
  g checkout -qb theirs
  sed -i 's/name="Slack" kind=/name="Slack" description="Company chat" kind=/' "$repo/model.privflow" && g commit -qam theirs
  g checkout -q -
  sed -i 's/contractReference="Slack DPA (part of the customer terms)"/contractReference="Slack DPA 2026"/' "$repo/model.privflow"
  g commit -qam ours
  expect 0 "git merge through privflow merge-driver" -- git -C "$repo" -c user.name=ci -c user.email=ci@example.invalid merge --no-edit theirs
  contains "$repo/model.privflow" 'description="Company chat"'
  contains "$repo/model.privflow" 'contractReference="Slack DPA 2026"'
  g checkout -qb theirs2 && sed -i 's/name="Slack" /name="Slack (theirs)" /' "$repo/model.privflow" && g commit -qam theirs2
  g checkout -q - && sed -i 's/name="Slack" /name="Slack (ours)" /' "$repo/model.privflow" && g commit -qam ours2
  expect 1 "git merge with a conflict" -- git -C "$repo" -c user.name=ci -c user.email=ci@example.invalid merge --no-edit theirs2
  contains "$work/err" 'Name: base "Slack", ours "Slack (ours)", theirs "Slack (theirs)"'
  expect 0 "the conflicted file is still a model (ours)" -- "$privflow" check --fail-on never "$repo/model.privflow"
  expect 0 "merge-resolve --take theirs" -- "$privflow" merge-resolve "$repo/model.privflow" --take theirs
  contains "$repo/model.privflow" 'name="Slack (theirs)"'
  expect 0 "commit the resolved merge" -- git -C "$repo" -c user.name=ci -c user.email=ci@example.invalid commit -qm merged
fi
for format in xlsx csv html pdf docx json; do
  expect 0 "register --format $format" -- "$privflow" register "$example" --format "$format" --date 2026-11-24 --out "$work/register.$format"
  [ -e "$work/register.$format" ] || { echo "FAIL: no register.$format"; failures=$((failures + 1)); }
done
expect 0 "register in Finnish" -- "$privflow" register "$example" --lang fi --date 2026-11-24 --out "$work/seloste.pdf"
contains "$work/out" "1 käsittelytoimi"
if command -v qpdf >/dev/null; then # exit 3 when it only warns
  expect 0 "qpdf --check of the English PDF, no warning" -- qpdf --check "$work/register.pdf"
  expect 0 "qpdf --check of the Finnish PDF, no warning" -- qpdf --check "$work/seloste.pdf"
fi
expect 0 "diagram" -- "$privflow" diagram "$example" --out "$work/flows.svg"
contains "$work/flows.svg" "Third countries without an adequacy decision"
expect 0 "explain" -- "$privflow" explain "$example" transfer-without-tool
contains "$work/out" "Catalogue entries:"
expect 0 "catalog us" -- "$privflow" catalog us
expect 0 "--version" -- "$privflow" --version
contains "$work/out" "privflow 0.1.0"

# The start-up archive: made by a command's first run, used by the next, never in the output.
PRIVFLOW_STARTUP_ARCHIVE=off "$privflow" check --format json "$example" >"$work/plain.json" 2>"$work/plain.err" || true
for run in first second; do
  "$privflow" diagram "$example" --out "$work/$run.svg" >"$work/$run.out" 2>&1 || true
  "$privflow" check --format json "$example" >"$work/$run.json" 2>"$work/$run.err" || true
  cmp -s "$work/plain.json" "$work/$run.json" && cmp -s "$work/plain.err" "$work/$run.err" \
    || { echo "FAIL: check's output with the start-up archive ($run run) differs"; failures=$((failures + 1)); }
done
compgen -G "$XDG_CACHE_HOME/privflow/startup-*-check.jsa" >/dev/null && compgen -G "$XDG_CACHE_HOME/privflow/startup-*-diagram.jsa" >/dev/null \
  && echo "ok:   start-up archives made for check and diagram, output unchanged" \
  || { echo "FAIL: no start-up archive in $XDG_CACHE_HOME/privflow: $(ls "$XDG_CACHE_HOME/privflow" 2>&1)"; failures=$((failures + 1)); }

# The libraries' signatures, kept apart so that the archive can hold their classes, still verify;
# a changed class does not.
expect 0 "verify-libraries" -- "$privflow" verify-libraries
contains "$work/out" "signed by CN=Eclipse Foundation"
contains "$work/out" ", 0 failed"
dist="$(dirname "$(dirname "$privflow")")"
cp -r "$dist" "$work/dist"
emf=("$work"/dist/lib/org.eclipse.emf.common_*.jar)
(cd "$work" && rm -rf x && mkdir x && cd x && unzip -q "${emf[0]}" org/eclipse/emf/common/util/URI.class \
  && printf 'X' >>org/eclipse/emf/common/util/URI.class && zip -q "${emf[0]}" org/eclipse/emf/common/util/URI.class)
expect 1 "verify-libraries finds a changed class" -- "$work/dist/bin/privflow" verify-libraries
contains "$work/err" "digest error for org/eclipse/emf/common/util/URI.class"

# kill -9 during a CSV export: the folder holds all of the old files or all of the new ones, and
# the user's own file in it survives (back in the folder after the next export)
"$here/bench.sh" generate "$work/big.privflow" 1000 10000 500 1 >/dev/null
"$privflow" register "$work/big.privflow" --format csv --date 2026-11-24 --out "$work/csv-en" >/dev/null
"$privflow" register "$work/big.privflow" --format csv --date 2026-11-24 --lang fi --out "$work/csv-fi" >/dev/null
cp -r "$work/csv-en" "$work/csv"
echo "the DPO's notes" >"$work/csv/notes.txt"
mixed=0 interrupted=0
for attempt in 1 2 3 4 5 6; do
  lang=fi; [ $((attempt % 2)) -eq 0 ] && lang=en
  "$privflow" register "$work/big.privflow" --format csv --date 2026-11-24 --lang "$lang" --out "$work/csv" >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 200); do # until the export starts writing files (at most 10 s)
    { compgen -G "$work/.csv.*" || compgen -G "$work/csv/.*.tmp"; } >/dev/null && break
    sleep 0.05
  done
  sleep "0.$((RANDOM % 3))$((RANDOM % 10))"
  kill -9 "$pid" 2>/dev/null && interrupted=$((interrupted + 1))
  wait "$pid" 2>/dev/null || true
  if ! diff -rq -x notes.txt "$work/csv" "$work/csv-en" >/dev/null && ! diff -rq -x notes.txt "$work/csv" "$work/csv-fi" >/dev/null; then
    echo "FAIL: after kill $attempt the CSV folder mixes old and new files"; mixed=$((mixed + 1))
  fi
  compgen -G "$work/csv/notes.txt" >/dev/null || compgen -G "$work/.csv.*.old/notes.txt" >/dev/null \
    || { echo "FAIL: after kill $attempt the user's notes.txt is gone"; mixed=$((mixed + 1)); }
  find "$work" -maxdepth 1 -name '.csv.*' -exec touch -d '-2 minutes' {} +
done
"$privflow" register "$work/big.privflow" --format csv --date 2026-11-24 --out "$work/csv" >/dev/null
diff -rq -x notes.txt "$work/csv" "$work/csv-en" >/dev/null || { echo "FAIL: the export after the kills is not the full set"; mixed=$((mixed + 1)); }
contains "$work/csv/notes.txt" "the DPO's notes"
if compgen -G "$work/.csv.*" >/dev/null; then echo "FAIL: leftovers of killed exports remain: $(ls -a "$work" | grep '^\.csv')"; mixed=$((mixed + 1)); fi
if [ "$mixed" -eq 0 ]; then echo "ok:   CSV folder all old or all new after 6 kills ($interrupted mid-export), notes.txt kept"; fi
failures=$((failures + mixed))

if [ "$failures" -gt 0 ]; then
  echo "privflow: $failures command-line distribution checks failed" >&2
  exit 1
fi
echo "privflow: the command-line distribution passed its checks"
