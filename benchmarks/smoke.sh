#!/bin/sh
# Smoke run of every benchmark: one fork, one short warm-up and measurement iteration each, so CI proves the
# benchmarks still build and run (setup checks that every dispatch variant routes like the generated dispatcher).
# The numbers mean nothing. Needs benchmarks/target/benchmarks.jar (mvn -B package, or verify) and a JDK.
set -eu
cd "$(dirname "$0")"
jar=target/benchmarks.jar
if [ ! -f "$jar" ]; then
  echo "smoke.sh: $jar is missing; build it first with: mvn -B -q package -pl benchmarks -am -DskipTests" >&2
  exit 1
fi
exec java -jar "$jar" -f 1 -wi 1 -w 100ms -i 1 -r 100ms -foe true "$@"
