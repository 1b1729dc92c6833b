#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Checks the documents of the built command-line distribution as their readers do
# (releng/conformance, a plain Maven test project outside the reactor): register PDFs with veraPDF
# for PDF/A-2u and PDF/UA-1, Word documents with Apache POI and by converting them with LibreOffice
# (soffice) and reading the result with pdftotext.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
[ -x "$here/privflow.cli.dist/target/privflow-cli/bin/privflow" ] \
  || { echo "privflow: build first (releng/mvnw -B verify -DskipTests)" >&2; exit 1; }
for tool in soffice pdftotext; do
  command -v "$tool" >/dev/null || { echo "privflow: $tool is missing (apt-get install libreoffice-writer-nogui poppler-utils)" >&2; exit 1; }
done
"$here/mvnw" -B -q -f "$here/conformance/pom.xml" verify "$@"
