#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Starts the materialized privflow IDE (build it first with releng/run-example.sh or releng/mvnw verify).
# Usage: releng/privflow-ide.sh [-data WORKSPACE] [-nl fi] [other Eclipse arguments]
# No native launcher is served, so the product starts through the Equinox launcher jar.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
product="${PRIVFLOW_PRODUCT:-$here/privflow.product/target/products/privflow.ide/linux/gtk/x86_64}"
. "$here/find-jdk.sh"
jdk="$(privflow_find_jdk)"
launcher="$(ls "$product"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -1)"
if [ -z "$launcher" ]; then
  echo "privflow: no product at $product; build it with: releng/mvnw -B verify -DskipTests" >&2
  exit 1
fi
args=("$@")
has_data=false
for a in "${args[@]}"; do [ "$a" = "-data" ] && has_data=true; done
$has_data || args=(-data "${PRIVFLOW_WORKSPACE:-$HOME/privflow-workspace}" "${args[@]}")
cd "$product"
exec "$jdk/bin/java" -Xmx2g -jar "$launcher" "${args[@]}"
