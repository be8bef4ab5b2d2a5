#!/usr/bin/env bash
# Cold compile of example/src/main/java with the javac command line (a new JVM each run, like a build without a
# daemon), in four variants, interleaved, and the medians of wall and CPU (user + sys) time:
#   proc     with the mexc-errors processor, from the processor path, with the options Maven passes (mvn -X),
#            and the example's class path, which holds the compiled table (mexc-errors-table): the processor
#            reuses its types and generates the dispatchers only
#   none     -proc:none on the example sources plus every source `proc` generated (the target's baseline)
#   noop     a processor that claims our annotations and does nothing, on the same sources as `none`:
#            what javac spends on having a processor at all
#   replay   a processor that writes the sources `proc` generated through the Filer and does nothing else, on
#            the example sources alone: javac's cost of a processor that generates these files (the floor for ours)
#   replay2  (not run by default) as replay, but the dispatchers are written in the second round
#   before   (not run by default) as proc, with the processor jar named by BEFORE_JAR (e.g. an older build)
#   own      (not run by default) the path without mexc-errors-table: as proc, with the compiled table left off
#            the class path, so the processor generates the table types in the module (as a table of your own)
#   ownbefore (not run by default) as own, with the processor jar named by BEFORE_JAR: is the old path slower?
#   prebuilt (not run by default) a what-if: as proc, with the bundled table's types already compiled in a jar on
#            the class path (the processor reuses them and generates the dispatcher only)
#   prebuiltnone (not run by default) -proc:none against that jar, on the example sources plus the dispatcher:
#            the baseline of `prebuilt`
# Usage: benchmarks/compile-example.sh [runs, default 10] [variants, default "proc none noop replay"]
# Builds the processor jar first (mvn -B -q -Dstyle.color=never package -DskipTests -pl processor -am); SKIP_BUILD=1 uses the jars in
# target/ as they are. Needs a JDK (javac, jar) and GNU time (/usr/bin/time).
set -euo pipefail
runs=${1:-10}
variants=${2:-proc none noop replay}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$root/benchmarks/target/compile-example
cd "$root"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  mvn -B -q -Dstyle.color=never package -DskipTests -pl processor -am >/dev/null
fi
processor=$(ls processor/target/mexc-errors-processor-*-SNAPSHOT.jar processor/target/mexc-errors-processor-*.jar \
  2>/dev/null | grep -v -e sources -e javadoc -e original | head -1)
annotations=$(ls annotations/target/mexc-errors-annotations-*.jar | grep -v -e sources -e javadoc | head -1)
rm -rf "$work" && mkdir -p "$work"
# Copies, so that a rebuild during the runs cannot change or break them.
cp "$processor" "$work/processor.jar" && processor=$work/processor.jar
cp "$annotations" "$work/annotations.jar" && annotations=$work/annotations.jar
if [ -n "${BEFORE_JAR:-}" ]; then cp "$BEFORE_JAR" "$work/before.jar"; fi
# The example's compile class path, with this worktree's annotations jar instead of the one in ~/.m2.
# Resolved in the reactor (with the processor, for the example's processor path), so that it works when no
# mexc-errors SNAPSHOT is installed in ~/.m2; every module writes the file in turn, the example last.
mvn -B -q -Dstyle.color=never package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
  dependency:build-classpath -pl processor,example -am -DincludeScope=compile -Dmdep.outputFile="$work/cp.txt" >/dev/null
deps=$(tr ':' '\n' < "$work/cp.txt" | grep -v mexc-errors-annotations | paste -sd: -)
classpath=$annotations:$deps
# Without the compiled table: the path where the processor generates the table types in the module.
classpath_own=$annotations:$(tr ':' '\n' <<< "$deps" | grep -v mexc-errors-table | paste -sd: -)
mapfile -t sources < <(find example/src/main/java -name '*.java' | sort)
common=(-g --release 17 -encoding UTF-8 -Xlint:all -Werror -XDuseUnsharedTable=true)

# The floor processors, each in a jar found through META-INF/services like ours.
for p in NoOp Replay; do
  mkdir -p "$work/$p/classes/META-INF/services"
  javac -d "$work/$p/classes" --release 17 benchmarks/compile-example/${p}Processor.java
  echo "compilefloor.${p}Processor" > "$work/$p/classes/META-INF/services/javax.annotation.processing.Processor"
  jar cf "$work/$p.jar" -C "$work/$p/classes" .
done

compile() { # variant output-dir
  local v=$1 out=$2 cp=$classpath
  rm -rf "$out" && mkdir -p "$out/classes" "$out/gen"
  case $v in prebuilt*) cp=$work/prebuilt.jar:$classpath ;; own*) cp=$classpath_own ;; esac
  local args=(-d "$out/classes" -classpath "$out/classes:$cp" -sourcepath example/src/main/java
    -s "$out/gen" "${common[@]}")
  case $v in
    proc | prebuilt | own) args+=(-processorpath "$processor:$annotations" "${sources[@]}") ;;
    before | ownbefore) args+=(-processorpath "$work/before.jar:$annotations" "${sources[@]}") ;;
    none) args+=(-proc:none "${sources[@]}" "${generated[@]}") ;;
    noop) args+=(-processorpath "$work/NoOp.jar" "${sources[@]}" "${generated[@]}") ;;
    replay) args+=(-processorpath "$work/Replay.jar" "-Areplay.list=$work/replay.txt" "${sources[@]}") ;;
    replay2) args+=(-processorpath "$work/Replay.jar" "-Areplay.list=$work/replay2.txt" "${sources[@]}") ;;
    prebuiltnone) args+=(-proc:none "${sources[@]}" "${dispatchers[@]}") ;;
  esac
  /usr/bin/time -f '%e %U %S' -o "$out/time" javac "${args[@]}"
}

# Reference run: what the processor generates, for `none`, `noop` and `replay`.
generated=()
compile proc "$work/reference"
mapfile -t generated < <(find "$work/reference/gen" -name '*.java' | sort)
for f in "${generated[@]}"; do
  rel=${f#"$work/reference/gen/"}
  name=${rel%.java}
  echo "${name//\//.} $f"
done > "$work/replay.txt"
sed 's/^\(.*Dispatcher \)/2 \1/' "$work/replay.txt" > "$work/replay2.txt"
# For the what-if variants: the table types compiled into a jar of their own, and the dispatchers' sources.
# (With mexc-errors-table on the class path, `proc` generates no table types: `prebuilt` is then `proc` itself.)
if [ -d "$work/reference/classes/io/github/mexcerrors/mexc" ]; then
  jar cf "$work/prebuilt.jar" -C "$work/reference/classes" io/github/mexcerrors/mexc
fi
mapfile -t dispatchers < <(printf '%s\n' "${generated[@]}" | grep 'Dispatcher\.java$')
echo "example: ${#sources[@]} sources, ${#generated[@]} generated; $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$(javac -version 2>&1)"

# One warm-up compile of each variant (file cache), then interleaved runs, rotating which variant goes first.
read -ra vs <<< "$variants"
for v in "${vs[@]}"; do compile "$v" "$work/warmup-$v"; done
: > "$work/times.txt"
for ((i = 0; i < runs; i++)); do
  for ((j = 0; j < ${#vs[@]}; j++)); do
    v=${vs[$(((i + j) % ${#vs[@]}))]}
    compile "$v" "$work/run-$v"
    echo "$v $(cat "$work/run-$v/time")" >> "$work/times.txt"
  done
done

median() { sort -g | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# Ratios to `none`, else to the first variant measured.
base=none
grep -q '^none ' "$work/times.txt" || base=${vs[0]}
base_wall=$(awk -v v="$base" '$1 == v {print $2}' "$work/times.txt" | median)
base_cpu=$(awk -v v="$base" '$1 == v {print $3 + $4}' "$work/times.txt" | median)
printf '%-8s %5s %10s %10s %10s %10s\n' variant runs 'wall (s)' 'cpu (s)' "wall/$base" "cpu/$base"
for v in "${vs[@]}"; do
  wall=$(awk -v v="$v" '$1 == v {print $2}' "$work/times.txt" | median)
  cpu=$(awk -v v="$v" '$1 == v {print $3 + $4}' "$work/times.txt" | median)
  printf '%-8s %5d %10.3f %10.3f %10.3f %10.3f\n' "$v" "$runs" "$wall" "$cpu" \
    "$(echo "$wall / $base_wall" | bc -l)" "$(echo "$cpu / $base_cpu" | bc -l)"
done
echo "raw times (variant wall user sys): $work/times.txt"
