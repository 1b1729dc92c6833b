#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Writes the register of the cleaning-company example in every format and language, and renders
# sample images of it into docs/images: the PDF's first pages with pdftoppm (poppler-utils), and
# through LibreOffice when it is installed the XLSX, a page of the Word register and of transfer
# impact assessment worksheets written by the command-line distribution.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$here/bench.sh" privflow.bench.RegisterSamples "$root/examples/cleaning-company.privflow" "$out" 2>/dev/null
command -v pdftoppm >/dev/null || { echo "privflow: pdftoppm is missing (apt-get install poppler-utils)" >&2; exit 1; }
for lang in en fi; do
  pdftoppm -png -r 60 -f 1 -l 2 "$out/cleaning-company.$lang.pdf" "$root/docs/images/register-pdf-$lang"
done
if command -v soffice >/dev/null; then
  mkdir -p "$out/xlsx"
  soffice --headless --convert-to pdf --outdir "$out/xlsx" "$out/cleaning-company.en.xlsx" >/dev/null
  # The workbook prints fitted to the page width: render it sharp and keep the first columns of its top rows.
  pdftoppm -png -r 300 -f 1 -l 1 -x 100 -y 200 -W 1500 -H 110 "$out/xlsx/cleaning-company.en.pdf" "$root/docs/images/register-xlsx-en"
  privflow="$here/privflow.cli.dist/target/privflow-cli/bin/privflow"
  "$privflow" tia "$root/examples/midsize-company.privflow" tia-missing-or-old --date 2026-12-07 --out "$out/tia-en.docx" >/dev/null
  "$privflow" tia "$root/examples/cleaning-company.privflow" transfer-without-tool --lang fi --date 2026-12-07 \
    --out "$out/tia-fi.docx" >/dev/null
  mkdir -p "$out/docx"
  soffice --headless --convert-to pdf --outdir "$out/docx" "$out/cleaning-company.en.docx" "$out/tia-en.docx" "$out/tia-fi.docx" >/dev/null
  pdftoppm -png -r 60 -f 3 -l 3 "$out/docx/cleaning-company.en.pdf" "$root/docs/images/register-docx-en"
  pdftoppm -png -r 60 -f 1 -l 2 "$out/docx/tia-en.pdf" "$root/docs/images/tia-en"
  pdftoppm -png -r 60 -f 2 -l 2 "$out/docx/tia-fi.pdf" "$root/docs/images/tia-fi"
else
  echo "privflow: LibreOffice is not installed; no XLSX sample image"
fi
ls "$root"/docs/images/register-*.png
