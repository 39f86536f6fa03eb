#!/usr/bin/env bash
# One whole run profiled: JFR samples attributed to the run's stages (StageProfile), and the CPU
# seconds of each group of threads (story threads, the writing main thread, the measures writer,
# the JIT compilers, GC), read from /proc every half second (a thread's last reading counts).
#
#   bench/profile-run.sh CORPUS [OUT-FOLDER]        # e.g. a corpus of CorpusGenerator
#   JAVA_OPTS="-XX:TieredStopAtLevel=1" bench/profile-run.sh CORPUS
#
# Prints the load average at the start, wall and CPU seconds, CPU per thread group and the stage
# shares; keeps run.jfr, gc.log and the outputs in the folder (default: a temporary one).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
corpus="${1:?usage: bench/profile-run.sh CORPUS [OUT-FOLDER]}"
work="${2:-$(mktemp -d "${TMPDIR:-/tmp}/framelens-profile.XXXXXX")}"
opts="${JAVA_OPTS:-}"
mkdir -p "$work"
cd "$root"
if ! mvn -B -q -o -DskipTests -pl bench,cli -am package >/dev/null 2>&1; then
  mvn -B -q -DskipTests -pl bench,cli -am package
fi
cp cli/target/framelens.jar "$work/framelens.jar"
cp bench/target/benchmarks.jar "$work/benchmarks.jar"
rm -rf "$work/out"
load=$(cut -d' ' -f1 /proc/loadavg)
# shellcheck disable=SC2086
/usr/bin/time -f '%e %U %S' -o "$work/time" java -Xmx512m $opts "-Xlog:gc:file=$work/gc.log" \
    "-XX:StartFlightRecording=filename=$work/run.jfr,settings=profile" -Djava.awt.headless=true \
    -jar "$work/framelens.jar" run "$corpus" -o "$work/out" -q > "$work/log" 2>&1 &
timer=$!
pid=""
for _ in $(seq 1 50); do
  pid=$(pgrep -P "$timer" java || true)
  [ -n "$pid" ] && break
  sleep 0.1
done
: > "$work/threads"
while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do
  for t in /proc/"$pid"/task/*; do
    printf '%s\t%s\t%s\n' "${t##*/}" "$(cat "$t/comm" 2>/dev/null)" "$(awk '{print $14 + $15}' "$t/stat" 2>/dev/null)"
  done >> "$work/threads" 2>/dev/null || true
  sleep 0.5
done
wait "$timer"
read -r wall user sys < "$work/time"
echo "load at start $load; wall $wall s; CPU $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}') s (user + system)"
echo "CPU seconds by thread group ('java' is the main thread: it writes the outputs):"
awk -F'\t' '$3 > m[$1] {m[$1] = $3; c[$1] = $2}
  END {for (t in m) {n = c[t]; gsub(/[0-9]+/, "N", n); s[n] += m[t]} for (k in s) if (s[k] >= 10) printf "%8.1f  %s\n", s[k] / 100, k}' \
  "$work/threads" | sort -rn
echo "stage shares of the JFR samples:"
java -cp "$work/benchmarks.jar" org.framelens.bench.StageProfile "$work/run.jfr"
echo "(folder: $work)"
