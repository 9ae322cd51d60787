#!/usr/bin/env bash
# Runs the openbbic benchmark suite and writes docs/performance.md: the JMH table with ratios to
# plain Jackson/JAXB/Hibernate Validator, the targets' ratios measured side by side, lock contention
# of threads sharing one validator, a batch in a 256 MB heap, the CLI's wall time, bbic serve
# under load and bbic validate on a batch with one thread and two.
# About 16 minutes on 2 cores (the batch with one and two threads about 7 of them). Needs
# bbic-export, bbic-print and bbic-testkit installed in the local Maven repository (./mvnw -B
# install -DskipTests). Extra arguments go to JMH (e.g. a benchmark regex).
# BATCH_N=100000 runs the full 100,000-case-file batch (about 10 more minutes on 2 cores).
# THREADS_N (20000) and THREADS_ROUNDS (3) size the one-thread/two-thread batch.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"
./mvnw -B -q -f bbic-benchmarks/pom.xml package -DskipTests
jar=bbic-benchmarks/target/benchmarks.jar
out=bbic-benchmarks/target
settings="-f 1 -wi 4 -w 1s -i 3 -r 1s -prof gc"
# shellcheck disable=SC2086
java -jar "$jar" $settings -rf json -rff "$out/results.json" "$@" | tee "$out/jmh.log"

batch_n="${BATCH_N:-10000}"
{
  echo "## Batch validation in a 256 MB heap"
  echo
  echo '`java -Xmx256m -cp benchmarks.jar org.openbbic.benchmarks.BatchHeap '"$batch_n"'`:'
  echo
  java -Xmx256m -cp "$jar" org.openbbic.benchmarks.BatchHeap "$batch_n" 2>/dev/null | sed 's/^/    /'
  echo
} > "$out/batch.md"

{
  java -cp "$jar" org.openbbic.benchmarks.RatioProbe 2>/dev/null
  echo
} > "$out/ratios.md"

{
  java -cp "$jar" org.openbbic.benchmarks.ContentionProbe 2>/dev/null
  echo
} > "$out/contention.md"

cli=bbic-cli/target/bbic.jar
corpus=bbic-testkit/src/main/resources/org/openbbic/testkit/corpus
{
  echo "## \`bbic validate\` on one file (wall time)"
  echo
  if [ -f "$cli" ]; then
    java -XX:ArchiveClassesAtExit="$out/bbic.jsa" -jar "$cli" validate --as-of=2030-01-01 \
      "$corpus/valid-case-file.json" "$corpus/valid-case-file.xml" >/dev/null 2>&1 || true
    echo "| JVM options | file | run 1 s | run 2 s | run 3 s |"
    echo "|---|---|---:|---:|---:|"
    quick="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData"
    for opts in "" "-XX:SharedArchiveFile=$out/bbic.jsa" "$quick" \
      "-XX:SharedArchiveFile=$out/bbic.jsa $quick"; do
      for sample in valid-case-file.json valid-case-file.xml; do
        row="| \`${opts:-(none)}\` | $sample |"
        for _ in 1 2 3; do
          start=$(date +%s.%N)
          # shellcheck disable=SC2086
          java $opts -jar "$cli" validate --as-of=2030-01-01 "$corpus/$sample" >/dev/null 2>&1 || true
          end=$(date +%s.%N)
          row="$row $(echo "$end - $start" | bc -l | xargs printf '%.2f') |"
        done
        echo "${row//$out\//target/}"
      done
    done
    echo
    echo "The last two rows are what \`bin/bbic\` runs (its archive is recorded by the build). Files: the"
    echo "corpus's valid case file, $(($(wc -c < "$corpus/valid-case-file.json") / 1024)) KiB as JSON and"
    echo "$(($(wc -c < "$corpus/valid-case-file.xml") / 1024)) KiB as XML."
  else
    echo "Not measured: build bbic-cli first (bbic-cli/target/bbic.jar)."
  fi
  echo
} > "$out/cli.md"

{
  if [ -f "$cli" ]; then
    # bbic serve as a process on loopback, 1, 8 and 64 clients for 15 s each (about a minute)
    java -cp "$jar" org.openbbic.benchmarks.ServerLoad "$cli" 15 16 2>/dev/null
  else
    echo "## \`bbic serve\` under load"
    echo
    echo "Not measured: build bbic-cli first (bbic-cli/target/bbic.jar)."
  fi
  echo
} > "$out/server.md"

{
  if [ -f "$cli" ]; then
    # bbic validate --threads 1 and --threads 2 over one 20,000-case-file NDJSON batch at -Xmx256m
    java -cp "$jar" org.openbbic.benchmarks.BatchThreads "$cli" "${THREADS_N:-20000}" \
      "${THREADS_ROUNDS:-3}" 2>/dev/null
  else
    echo "## \`bbic validate\` on a batch: one thread and two"
    echo
    echo "Not measured: build bbic-cli first (bbic-cli/target/bbic.jar)."
  fi
  echo
} > "$out/threads.md"

java -cp "$jar" org.openbbic.benchmarks.PerformanceReport "$out/results.json" docs/performance.md \
  "$settings" "$out/ratios.md" "$out/contention.md" "$out/batch.md" "$out/cli.md" "$out/server.md" \
  "$out/threads.md" bbic-benchmarks/analysis.md
echo "wrote docs/performance.md"
