#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Regenerates the EMF code (privflow.model/src-gen, privflow.edit/src-gen) from
# bundles/privflow.model/model/privflow.ecore and .genmodel. CI runs it and fails on any diff.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/mvnw" -B -q -f "$here/privflow.codegen/pom.xml" package
