#!/usr/bin/env bash
# Whole-run benchmark: generates corpora of N articles (deterministic, seed 42; 5 outlets a story,
# about 640 words an article, recombined from the sample and the test fixtures) and times
# `framelens run` on each: wall-clock seconds, peak resident memory, and the largest heap still in
# use after a garbage collection (the live set: what must fit under -Xmx). Median of R runs.
#
#   bench/whole-run.sh                       # 1000 and 10000 articles, 3 runs each
#   bench/whole-run.sh 1000 10000 100000     # the sizes to run
#   RUNS=1 HEAP=512m bench/whole-run.sh 100000
#
# Environment: RUNS (default 3), HEAP (-Xmx, default 512m), WORK (default a temporary folder;
# the corpora and outputs take about 1 GB per 10,000 articles), THREADS (--threads, default all).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
runs="${RUNS:-3}"
heap="${HEAP:-512m}"
work="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/framelens-bench.XXXXXX")}"
threads="${THREADS:-}"
if [ "$#" -eq 0 ]; then
  set -- 1000 10000
fi

cd "$root"
if ! mvn -B -q -o -DskipTests -pl bench,cli -am package >/dev/null 2>&1; then
  mvn -B -q -DskipTests -pl bench,cli -am package
fi
jar="$root/cli/target/framelens.jar"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

printf '%-9s %-10s %-12s %-12s %-14s %s\n' articles words "wall s" "peak RSS MB" "live heap MB" "runs (wall s)"
for n in "$@"; do
  stories=$(( (n + 4) / 5 ))
  corpus="$work/corpus-$n"
  if [ ! -d "$corpus" ]; then
    java -cp bench/target/benchmarks.jar org.framelens.bench.CorpusGenerator "$corpus" \
        --stories "$stories" --outlets 5 --root "$root" > "$work/corpus-$n.txt"
  fi
  words=$(grep -o '[0-9]* words' "$work/corpus-$n.txt" | cut -d' ' -f1)
  walls=(); rss=(); live=()
  for r in $(seq 1 "$runs"); do
    out="$work/out-$n"
    rm -rf "$out"
    gc="$work/gc-$n-$r.log"
    /usr/bin/time -f '%e %M' -o "$work/time-$n-$r" \
        java "-Xmx$heap" "-Xlog:gc:file=$gc" -Djava.awt.headless=true -jar "$jar" \
        run "$corpus" -o "$out" -q ${threads:+--threads "$threads"}
    read -r wall kb < "$work/time-$n-$r"
    walls+=("$wall"); rss+=("$((kb / 1024))")
    # "GC(12) Pause Young (Normal) (G1 Evacuation Pause) 300M->120M(512M) 5.1ms": the heap after
    live+=("$(grep -o '[0-9]*M->[0-9]*M' "$gc" | sed 's/.*->//; s/M//' | sort -n | tail -1)")
  done
  printf '%-9s %-10s %-12s %-12s %-14s %s\n' "$n" "$words" \
      "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)" \
      "$(printf '%s\n' "${live[@]}" | median)" "${walls[*]}"
done
echo "(work folder: $work)"
