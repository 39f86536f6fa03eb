#!/usr/bin/env bash
# Whole-run benchmark: generates corpora of N articles (deterministic, seed 42; 5 outlets a story,
# about 640 words an article, recombined from the sample and the test fixtures) and times
# `framelens run` on each — read, extract, align, aggregate, sentences.csv, CSV exports, report.xlsx,
# charts — printing, per size, the median of R runs of:
#
#   wall s       wall-clock seconds of the whole JVM (start-up included)
#   cpu s        user + system CPU seconds (on 2 cores, wall can be no less than cpu / 2)
#   words/s      words of the corpus / wall seconds
#   RSS MB       peak resident memory of the JVM process (GNU time)
#   heap MB      peak heap in use after a garbage collection (at most what the run kept live:
#                what must fit under -Xmx), from the JVM's own GC log (-Xlog:gc)
#   load         the 1-minute load average when the run started (others' work on the machine:
#                above the core count, the run was contended and its wall time reads high)
#
#   bench/whole-run.sh                          # 1000 and 10000 articles, 3 runs each
#   bench/whole-run.sh 1000 10000 100000        # the sizes to run
#   RUNS=1 HEAP=512m bench/whole-run.sh 100000
#   JAVA_OPTS="-XX:TieredStopAtLevel=1" bench/whole-run.sh 10000
#
# Environment: RUNS (default 3), HEAP (-Xmx, default 512m), JAVA_OPTS (more JVM options), WORK
# (default a temporary folder; corpora and outputs take about 1 GB per 10,000 articles, and the
# corpora are kept there for the next call), THREADS (--threads, default all cores).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs="${RUNS:-3}"
heap="${HEAP:-512m}"
work="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/framelens-bench.XXXXXX")}"
threads="${THREADS:-}"
opts="${JAVA_OPTS:-}"
if [ "$#" -eq 0 ]; then
  set -- 1000 10000
fi
mkdir -p "$work"

cd "$root"
if ! mvn -B -q -o -DskipTests -pl bench,cli -am package >/dev/null 2>&1; then
  mvn -B -q -DskipTests -pl bench,cli -am package
fi
# a copy: a build started while the benchmark runs must not change the jar under it
jar="$work/framelens.jar"
cp "$root/cli/target/framelens.jar" "$jar"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo)"
echo "java: $(java -version 2>&1 | head -2 | tail -1)"
echo "options: -Xmx$heap $opts ${threads:+--threads $threads}"
printf '%-9s %-10s %-7s %-7s %-10s %-7s %-8s %-s\n' articles words "wall s" "cpu s" "words/s" "RSS MB" "heap MB" "runs: wall s / cpu s / heap MB / load"
for n in "$@"; do
  stories=$(( (n + 4) / 5 ))
  corpus="$work/corpus-$n"
  if [ ! -s "$work/corpus-$n.txt" ]; then
    rm -rf "$corpus"
    java -cp bench/target/benchmarks.jar org.framelens.bench.CorpusGenerator "$corpus" \
        --stories "$stories" --outlets 5 --root "$root" > "$work/corpus-$n.txt"
  fi
  words=$(grep -o '[0-9]* words' "$work/corpus-$n.txt" | cut -d' ' -f1)
  walls=(); cpus=(); rss=(); live=(); detail=()
  for r in $(seq 1 "$runs"); do
    out="$work/out-$n"
    rm -rf "$out"
    gc="$work/gc-$n-$r.log"
    load=$(cut -d' ' -f1 /proc/loadavg)
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$work/time-$n-$r" \
        java "-Xmx$heap" $opts "-Xlog:gc:file=$gc" -Djava.awt.headless=true -jar "$jar" \
        run "$corpus" -o "$out" -q ${threads:+--threads "$threads"}
    read -r wall user sys kb < "$work/time-$n-$r"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}')
    # "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 300M->120M(512M) 5.1ms": the heap after a
    # collection (young, mixed or full; remark and cleanup pauses collect nothing). It still counts
    # dead objects in old regions not yet collected: an upper bound of what the run kept live
    after=$(grep -E 'Pause (Young|Full)' "$gc" | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//; s/M//' | sort -n | tail -1)
    walls+=("$wall"); cpus+=("$cpu"); rss+=("$((kb / 1024))"); live+=("${after:-0}")
    detail+=("$wall/$cpu/${after:-0}/$load")
  done
  mwall=$(printf '%s\n' "${walls[@]}" | median)
  printf '%-9s %-10s %-7s %-7s %-10s %-7s %-8s %s\n' "$n" "$words" "$mwall" \
      "$(printf '%s\n' "${cpus[@]}" | median)" "$(awk -v w="$words" -v t="$mwall" 'BEGIN {printf "%.0f", w / t}')" \
      "$(printf '%s\n' "${rss[@]}" | median)" "$(printf '%s\n' "${live[@]}" | median)" "${detail[*]}"
done
echo "(work folder: $work)"
