#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the JMH benchmarks of the extract stage with short
# settings. Arguments replace the defaults and go to JMH as they are, e.g.
#   bench/run.sh                                   # ExtractBenchmark -wi 3 -i 5 -f 1
#   bench/run.sh ExtractBenchmark.parallel -f 3    # one benchmark, three forks
#   bench/run.sh -h                                # JMH's options
# The figures to read are the "·words" lines: words per second.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"
# offline first (the usual case once dependencies are in the local repository), then online
if ! mvn -B -q -o -DskipTests -pl bench -am package >/dev/null 2>&1; then
  mvn -B -q -DskipTests -pl bench -am package
fi
if [ "$#" -eq 0 ]; then
  set -- ExtractBenchmark -wi 3 -i 5 -f 1
fi
# the forked benchmark JVM starts in this folder and finds the texts to recombine from it
exec java -jar bench/target/benchmarks.jar -jvmArgsAppend "-Dframelens.root=$root" "$@"
