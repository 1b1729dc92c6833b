#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Validates the register PDFs of the built command-line distribution with veraPDF (PDF/A-2u and
# PDF/UA-1; releng/pdf-conformance, a plain Maven test project outside the reactor) and checks
# their structure with qpdf where it is installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ -x "$here/privflow.cli.dist/target/privflow-cli/bin/privflow" ] \
  || { echo "privflow: build first (releng/mvnw -B verify -DskipTests)" >&2; exit 1; }
"$here/mvnw" -B -q -f "$here/pdf-conformance/pom.xml" verify "$@"
