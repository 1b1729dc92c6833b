#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Checks that every source, script, build and properties file carries the SPDX licence line in its
# first lines (data, documents, images and generated EMF models excepted). Lists those that do not.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
missing=0
while IFS= read -r -d '' file; do
  case "$file" in
    *.java|*.sh|*.properties|*.xml|*.target|*.product|*.exsd|*.mvn) ;;
    *.*) continue ;;
    *) head -c 2 "$file" | grep -q '#!' || continue ;;
  esac
  if ! head -n 5 "$file" | grep -q 'SPDX-License-Identifier: EPL-2.0'; then
    echo "privflow: no SPDX-License-Identifier line in $file" >&2
    missing=$((missing + 1))
  fi
done < <(git ls-files -z --cached --others --exclude-standard)
if [ "$missing" -gt 0 ]; then
  echo "privflow: $missing file(s) without the licence line; add '# SPDX-License-Identifier: EPL-2.0' (or the file type's comment)." >&2
  exit 1
fi
echo "privflow: every source, script and properties file has its SPDX licence line"
