#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The main job on the bundled example: builds privflow (if needed), checks the cleaning-company
# example (the Finnish WhatsApp case) with the privflow command and writes its record of processing
# activities, then says how to start the privflow IDE.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
dist="$here/privflow.cli.dist/target/privflow-cli"
product="$here/privflow.product/target/products/privflow.ide/linux/gtk/x86_64"
if [ ! -x "$dist/bin/privflow" ] || [ ! -d "$product/plugins" ] \
    || [ -n "$(find "$root/bundles" "$root/features" -newer "$dist/bin/privflow" -type f -not -path '*/target/*' -print -quit)" ]; then
  echo "privflow: building (a few minutes the first time, about 30 s after that)"
  "$here/mvnw" -B -q verify -DskipTests
fi
privflow="$dist/bin/privflow"
example="examples/cleaning-company.privflow"
out="$root/out"
mkdir -p "$out"
cd "$root"

echo "\$ privflow check $example"
code=0
"$privflow" check "$example" || code=$?
echo "(exit code $code: 0 nothing at or above --fail-on, 1 findings, 2 input error)"
echo
for format in xlsx pdf; do
  echo "\$ privflow register $example --out out/cleaning-company-register.$format"
  "$privflow" register "$example" --date 2026-11-24 --out "$out/cleaning-company-register.$format"
done
echo
echo "privflow: the command line is $privflow (or unpack $here/privflow.cli.dist/target/privflow-cli-0.1.0-SNAPSHOT.tar.gz anywhere)"
echo "privflow: the privflow IDE is in $product; start it with: releng/privflow-ide.sh    (add -nl fi for Finnish)"
