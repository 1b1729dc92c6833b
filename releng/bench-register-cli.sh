#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The register of a large model as PDF against the same register as XLSX, each written by the
# command-line distribution in its own JVM under a heap limit: wall time and peak RSS, interleaved
# runs, medians, and the PDF/XLSX ratio of the same run.
# Usage: releng/bench-register-cli.sh [runs] [heap]   (defaults: 3 runs, -Xmx512m)
# The model is generated once: 5,000 services, 50,000 flows, 2,000 activities (seed 1).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs="${1:-3}"
heap="${2:-512m}"
privflow="$here/privflow.cli.dist/target/privflow-cli/bin/privflow"
[ -x "$privflow" ] || { echo "privflow: build first (releng/mvnw -B verify -DskipTests)" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "privflow: /usr/bin/time is needed (apt-get install time)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
model="$work/large.privflow"
"$here/bench.sh" generate "$model" 5000 50000 2000 1 >/dev/null
export PRIVFLOW_JAVA_OPTS="-Xmx$heap"
for format in xlsx pdf; do : >"$work/$format.times"; done
for ((i = 1; i <= runs; i++)); do
  for format in xlsx pdf; do
    /usr/bin/time -f "%e %M" -o "$work/one" "$privflow" register "$model" --format "$format" --date 2026-12-07 \
      --out "$work/register.$format" >/dev/null
    cat "$work/one" >>"$work/$format.times"
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for format in xlsx pdf; do
  t="$(cut -d' ' -f1 "$work/$format.times" | median)"
  rss="$(cut -d' ' -f2 "$work/$format.times" | sort -n | tail -1)"
  size="$(stat -c %s "$work/register.$format")"
  printf '%-4s %7.1f s median of %d   peak RSS %5d MiB   heap limit %s   file %d MiB\n' \
    "$format" "$t" "$runs" "$((rss / 1024))" "$heap" "$((size / 1048576))"
  eval "${format}_time=$t"
done
awk -v p="$pdf_time" -v x="$xlsx_time" 'BEGIN { printf "pdf/xlsx time ratio %.2f (target at most 5)\n", p / x }'
