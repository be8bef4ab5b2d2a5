#!/usr/bin/env bash
# Runs the whole build and test suite (mvn -B verify, integration tests included) on JDK 25.
# The JDK is $JDK25_HOME if set, else the newest /usr/lib/jvm/temurin-25* directory.
# Extra arguments go to Maven, e.g.: .ci/jdk25-verify.sh -o
set -euo pipefail
cd "$(dirname "$0")/.."

jdk="${JDK25_HOME:-}"
if [ -z "$jdk" ]; then
  jdk="$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | sort | tail -n 1 || true)"
fi
if [ -z "$jdk" ] || [ ! -x "$jdk/bin/java" ] || [ ! -x "$jdk/bin/javac" ]; then
  echo "jdk25-verify: no JDK 25 found: set JDK25_HOME to a JDK 25 home (with bin/javac), or install Temurin 25" \
       "under /usr/lib/jvm/temurin-25*; looked at '${jdk:-/usr/lib/jvm/temurin-25*}'" >&2
  exit 2
fi
version="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
if [ "$version" != "25" ]; then
  echo "jdk25-verify: $jdk is Java $version, not 25; set JDK25_HOME to a JDK 25 home" >&2
  exit 2
fi

echo "jdk25-verify: mvn -B verify with JAVA_HOME=$jdk"
JAVA_HOME="$jdk" PATH="$jdk/bin:$PATH" mvn -B verify "$@"
