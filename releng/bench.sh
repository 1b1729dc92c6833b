#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Runs a benchmark harness of bundles/privflow.bench on a plain JVM.
# Usage: releng/bench.sh model|analysis|register|team [services flows activities runs]
#        releng/bench.sh generate FILE [services flows activities seed]
# Builds first if the product repository (which holds every library jar) is missing.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
. "$here/find-jdk.sh"
jdk="$(privflow_find_jdk)"
repo="$root/releng/privflow.product/target/repository/plugins"
bench="$(ls "$root"/bundles/privflow.bench/target/privflow.bench-*.jar 2>/dev/null | grep -v sources | head -1 || true)"
if [ ! -d "$repo" ] || [ -z "$bench" ]; then
  "$here/mvnw" -B -q verify -DskipTests
  bench="$(ls "$root"/bundles/privflow.bench/target/privflow.bench-*.jar | grep -v sources | head -1)"
fi
cp="$bench"
for jar in "$repo"/*.jar; do
  case "$(basename "$jar")" in org.eclipse.swt*|org.eclipse.ui*|org.eclipse.jface*|privflow.bench*) ;; *) cp="$cp:$jar" ;; esac
done
what="${1:-model}"
shift || true
case "$what" in
  model) main=privflow.bench.ModelBenchmark ;;
  analysis) main=privflow.bench.AnalysisBenchmark ;;
  register) main=privflow.bench.RegisterBenchmark ;;
  team) main=privflow.bench.TeamBenchmark ;;
  generate) main=privflow.bench.LargeModelGenerator ;;
  *) main="$what" ;;
esac
# The command line's collector (bin/privflow) and, for the timing harnesses, a fixed heap: a heap
# that the full GC before each run shrinks and the run then grows again would decide the figures
# more than the code does. BENCH_JAVA_OPTS adds flags; one that names a collector replaces ours.
gc=-XX:+UseSerialGC
case "${BENCH_JAVA_OPTS:-}" in *-XX:+Use*GC*) gc="" ;; esac
heap=-Xmx4g
case "$main" in *Benchmark) heap="-Xms4g -Xmx4g" ;; esac
exec "$jdk/bin/java" $heap $gc ${BENCH_JAVA_OPTS:-} -cp "$cp" "$main" "$@"
