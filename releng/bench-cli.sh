#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Wall time of the command-line distribution, including JVM start, against two floors measured in
# the same run and interleaved with it: a bare start of the same JVM (java -version) and the same
# with the launcher's collector (java -XX:+UseSerialGC -version). Each command runs RUNS times, each
# time right after one run of each floor; the medians are reported.
# Usage: releng/bench-cli.sh [runs] [large-model-services large-model-flows large-model-activities]
#        (runs defaults to 10; the large model, 3 runs, is left out when its services are 0)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
dist="$here/privflow.cli.dist/target/privflow-cli"
[ -x "$dist/bin/privflow" ] || "$here/mvnw" -B -q verify -DskipTests
runs="${1:-10}"
services="${2:-5000}" flows="${3:-50000}" activities="${4:-2000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
. "$here/find-jdk.sh"
jdk="$(privflow_find_jdk)"
java="$jdk/bin/java"
# The distribution runs on the same JDK as the floors, and keeps its start-up archive in $work.
export PRIVFLOW_JAVA_HOME="$jdk" XDG_CACHE_HOME="$work/cache"

ms_of() { # ms_of COMMAND...: the wall time of one run, in ms
  local s; s=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  echo $(( ($(date +%s%N) - s) / 1000000 ))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

printf 'JDK: %s\n' "$("$java" -version 2>&1 | head -1)"
printf '%-52s %8s %8s %12s %8s %12s\n' "command" "ms" "floor ms" "x java -ver" "serial" "x serial -ver"
report() { # report LABEL RUNS COMMAND...
  local label="$1" n="$2"; shift 2
  local a=() b=() c=()
  "$@" >/dev/null 2>&1 || true # a first run, as a user's first, creates the start-up archive
  for _ in $(seq "$n"); do
    a+=("$(ms_of "$java" -version)")
    b+=("$(ms_of "$java" -XX:+UseSerialGC -version)")
    c+=("$(ms_of "$@")")
  done
  local fa fb ms
  fa=$(printf '%s\n' "${a[@]}" | median)
  fb=$(printf '%s\n' "${b[@]}" | median)
  ms=$(printf '%s\n' "${c[@]}" | median)
  printf '%-52s %8d %8d %12.1f %8d %12.1f\n' "$label" "$ms" "$fa" "$(awk "BEGIN { print $ms / $fa }")" "$fb" \
    "$(awk "BEGIN { print $ms / $fb }")"
}
p="$dist/bin/privflow"
report "--version" "$runs" "$p" --version
report "--help" "$runs" "$p" --help
report "catalog us" "$runs" "$p" catalog us
for example in cleaning-company midsize-company; do
  model="$root/examples/$example.privflow"
  report "check $example (text)" "$runs" "$p" check "$model"
  report "check $example --format sarif" "$runs" "$p" check --format sarif "$model"
  report "register $example --format xlsx" "$runs" "$p" register "$model" --date 2026-11-24 -o "$work/r.xlsx"
  report "register $example --format pdf" "$runs" "$p" register "$model" --date 2026-11-24 -o "$work/r.pdf"
done
[ "$services" -gt 0 ] || exit 0
large="$work/large.privflow"
"$here/bench.sh" generate "$large" "$services" "$flows" "$activities" 1 >/dev/null
label="large ($services/$flows/$activities)"
report "check $label" 3 "$p" check "$large"
report "check --format json, $label" 3 "$p" check --format json "$large"
report "check --format sarif, $label" 3 "$p" check --format sarif "$large"
