#!/usr/bin/env bash
# The main job on the bundled example: builds privflow (if needed) and tells how to start it.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
product="$here/privflow.product/target/products/privflow.ide/linux/gtk/x86_64"
if [ ! -d "$product/plugins" ] || [ -n "$(find "$here/../bundles" -newer "$product/artifacts.xml" -type f -not -path '*/target/*' -print -quit)" ]; then
  "$here/mvnw" -B -q verify -DskipTests
fi
echo "privflow: built the update site ($here/privflow.repository/target/repository)"
echo "privflow: and the privflow IDE ($product)"
echo "privflow: start it with: releng/privflow-ide.sh    (add -nl fi for Finnish)"
