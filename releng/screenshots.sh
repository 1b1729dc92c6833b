#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Takes the user guide's screenshots of the privflow workbench (the WhatsApp example in the editor
# with its markers, the Transfer Review view, the diagram, and the diagram being edited beside the
# tree and the Properties view, the Privacy Changes view of two versions) in English and Finnish,
# into docs/images/.
# Runs the workbench test DocumentationScreenshotsTest on a virtual display; builds first if needed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
command -v xvfb-run >/dev/null || { echo "privflow: xvfb-run is missing (apt-get install xvfb)" >&2; exit 1; }
"$here/mvnw" -B -q install -DskipTests
for nl in en fi; do
  xvfb-run -a -s "-screen 0 1440x900x24" "$here/mvnw" -B -q -o verify -pl bundles/privflow.ui.tests \
    -Dtest=DocumentationScreenshotsTest -Dprivflow.ui.nl="$nl"
  for shot in editor review diagram diagram-editing privacy-changes; do
    cp "$root/bundles/privflow.ui.tests/target/screenshots/$nl/$shot.png" "$root/docs/images/workbench-$shot-$nl.png"
  done
done
echo "privflow: saved docs/images/workbench-{editor,review,diagram,diagram-editing,privacy-changes}-{en,fi}.png"
