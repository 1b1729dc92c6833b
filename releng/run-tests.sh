#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The test command: checks that the generated EMF code matches the metamodel, then builds
# everything and runs every test (plain and workbench tests, the latter on a virtual display), then
# walks the built IDE (releng/journey.sh), drives the command-line distribution, checks its PDFs with
# veraPDF and its Word documents with POI and LibreOffice, and a model round trip on a plain JVM.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

"$here/check-licence.sh"

echo "privflow: regenerating the EMF code to check it matches the metamodel"
"$here/regenerate-model.sh"
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
  if ! git -C "$root" diff --exit-code --stat -- bundles/privflow.model bundles/privflow.edit \
      || [ -n "$(git -C "$root" status --porcelain -- bundles/privflow.model bundles/privflow.edit)" ]; then
    echo "privflow: the committed generated code differs from a regeneration; run releng/regenerate-model.sh and commit." >&2
    exit 1
  fi
fi

if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "privflow: no display and no xvfb-run (apt-get install xvfb)" >&2; exit 1; }
  xvfb-run -a -s "-screen 0 1440x900x24" "$here/mvnw" -B verify "$@"
else
  "$here/mvnw" -B verify "$@"
fi

echo "privflow: walking the user guide in the built IDE with keyboard and mouse (releng/journey.sh)"
"$here/journey.sh"

echo "privflow: driving the command-line distribution (bin/privflow on a plain JVM, outside OSGi)"
"$here/test-cli-dist.sh"

echo "privflow: checking register PDFs with veraPDF and Word documents with POI and LibreOffice (releng/check-documents.sh)"
"$here/check-documents.sh"

echo "privflow: checking registers and diagrams with axe-core and the Nu HTML checker (releng/check-accessibility.sh)"
"$here/check-accessibility.sh"

echo "privflow: loading and saving a generated model on a plain JVM (outside OSGi)"
"$here/bench.sh" model 300 3000 100 1
