#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Measures the Data-Flow Diagram view in the workbench (on a virtual display): layout, full repaint
# of about 1,000 elements, heap of the open diagram. Prints the figures DiagramRepaintMeasurementTest
# reports. Builds first if needed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/mvnw" -B -q install -DskipTests
xvfb-run -a -s "-screen 0 1440x900x24" "$here/mvnw" -B -o verify -pl bundles/privflow.ui.tests \
  -Dtest=DiagramRepaintMeasurementTest | grep 'privflow diagram:'
