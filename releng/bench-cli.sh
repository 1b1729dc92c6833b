#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Wall time of the command-line distribution, including JVM start, against a floor measured in the
# same run: a bare start of the same JVM with the same flags (java -version).
# Usage: releng/bench-cli.sh [runs] [large-model-services large-model-flows large-model-activities]
# Reports the median of RUNS runs (default 10; the large model gets 3).
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
java="$(privflow_find_jdk)/bin/java"

median_ms() { # median_ms RUNS COMMAND...: the median wall time in ms
  local n="$1"; shift
  local times=() s
  for _ in $(seq "$n"); do
    s=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    times+=($(( ($(date +%s%N) - s) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (n + 1) / 2 ))p"
}

floor=$(median_ms "$runs" "$java" -XX:+UseSerialGC -version)
printf '%-58s %8s %8s\n' "command" "ms" "x floor"
printf '%-58s %8d %8s\n' "floor: bare JVM start (java -version, same flags)" "$floor" "1.0"
report() { # report LABEL RUNS COMMAND...
  local label="$1" n="$2"; shift 2
  local ms; ms=$(median_ms "$n" "$@")
  printf '%-58s %8d %8.1f\n' "$label" "$ms" "$(echo "$ms / $floor" | bc -l)"
}
p="$dist/bin/privflow"
for example in cleaning-company midsize-company; do
  model="$root/examples/$example.privflow"
  report "check $example (text)" "$runs" "$p" check "$model"
  report "check $example --format sarif" "$runs" "$p" check --format sarif "$model"
  report "register $example --format xlsx" "$runs" "$p" register "$model" --date 2026-11-24 -o "$work/r.xlsx"
  report "register $example --format pdf" "$runs" "$p" register "$model" --date 2026-11-24 -o "$work/r.pdf"
done
report "--version" "$runs" "$p" --version
large="$work/large.privflow"
"$here/bench.sh" generate "$large" "$services" "$flows" "$activities" 1 >/dev/null
label="large ($services services, $flows flows, $activities activities)"
report "check $label" 3 "$p" check "$large"
report "check --format json, large" 3 "$p" check --format json "$large"
report "check --format sarif, large" 3 "$p" check --format sarif "$large"
