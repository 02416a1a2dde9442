# Sourced by ./mvnw, ./atelier and .ci/run (POSIX sh): make JAVA_HOME point at a JDK 21 or newer.
# Keeps the caller's JAVA_HOME when it is already new enough; otherwise picks the newest JDK
# found in the usual places. Prints what is missing when there is none.
atelier_java_feature() {
  # "$1/bin/java" -> its feature version (17, 21, 25, ...), or 0 when it cannot run
  [ -x "$1/bin/java" ] || { echo 0; return; }
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}
atelier_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ "$(atelier_java_feature "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  best=""; best_v=0
  case $- in *f*) atelier_noglob=1; set +f ;; *) atelier_noglob=0 ;; esac
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$d" ] || continue
    v=$(atelier_java_feature "$d")
    [ -n "$v" ] || continue
    if [ "$v" -ge 21 ] && [ "$v" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
  done
  [ "$atelier_noglob" = 1 ] && set -f
  if [ -z "$best" ] && command -v java >/dev/null 2>&1; then
    d=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    [ "$(atelier_java_feature "$d")" -ge 21 ] 2>/dev/null && best="$d"
  fi
  if [ -z "$best" ]; then
    echo "Atelier needs a JDK 21 or newer: none found (JAVA_HOME, /usr/lib/jvm). Install one, e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21+, and set JAVA_HOME." >&2
    return 1
  fi
  JAVA_HOME="$best"; export JAVA_HOME
}
