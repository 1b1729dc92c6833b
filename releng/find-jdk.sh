# SPDX-License-Identifier: EPL-2.0
# Sourced by build scripts: privflow_find_jdk prints the home of a JDK >= 21 or fails with a message.
# Order: $PRIVFLOW_JDK, $JAVA_HOME, the java on PATH, then JDKs installed under /usr/lib/jvm.
privflow_jdk_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -1
}
privflow_find_jdk() {
  local candidates=() c major
  [ -n "${PRIVFLOW_JDK:-}" ] && candidates+=("$PRIVFLOW_JDK")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for c in /usr/lib/jvm/*; do candidates+=("$c"); done
  for c in "${candidates[@]}"; do
    [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    major="$(privflow_jdk_major "$c")"
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      echo "$c"
      return 0
    fi
  done
  echo "privflow: no JDK 21 or newer found (looked at \$PRIVFLOW_JDK, \$JAVA_HOME, java on PATH, /usr/lib/jvm/*)." >&2
  echo "privflow: install one (e.g. Temurin 25) or set PRIVFLOW_JDK to its home." >&2
  return 1
}
