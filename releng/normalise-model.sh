#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Rewrites model (.privflow) and catalogue (.privflowcat) files as privflow saves them, migrating
# older formats: run it after editing an example or the shipped catalogue by hand.
# Usage: releng/normalise-model.sh FILE...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
args=()
for f in "$@"; do args+=("$(realpath "$f")"); done
exec "$here/bench.sh" privflow.bench.ModelNormaliser "${args[@]}"
