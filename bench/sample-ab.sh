#!/usr/bin/env bash
# The sample run, two builds side by side: bench/sample-ab.sh BEFORE.jar AFTER.jar [PAIRS]
#
# Makes two launcher folders under ${TMPDIR:-/tmp} (the repo's ./framelens, the jar, the sample),
# lets each launcher prepare its own start-up archive, then runs the sample through them
# alternately, PAIRS times (default 10), and prints per build the median wall time and CPU
# (user + system, GNU time) with the 1-minute load seen. Then 3 more runs of each with the
# launcher's JVM options, sampling /proc every 20 ms, for the CPU seconds of each thread (main,
# the start-up thread, the C1 compiler, the VM thread: garbage collection): on a shared machine
# these move far less than wall times. Needs GNU time and python3.
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: bench/sample-ab.sh BEFORE.jar AFTER.jar [PAIRS]" >&2
  exit 2
fi
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
pairs="${3:-10}"
work="$(mktemp -d "${TMPDIR:-/tmp}/sample-ab.XXXXXX")"
names=(before after)
jars=("$(readlink -f "$1")" "$(readlink -f "$2")")
for k in 0 1; do
  d="$work/${names[$k]}"
  mkdir -p "$d/cli/target" "$d/samples"
  cp "$repo/framelens" "$d/"
  cp -r "$repo/samples/putin-guarantee" "$d/samples/"
  cp "${jars[$k]}" "$d/cli/target/framelens.jar"
  "$d/framelens" run "$d/samples/putin-guarantee" -o "$work/out" -q   # prepares the archive
done
log="$work/times.txt"
for i in $(seq "$pairs"); do
  for k in 0 1; do
    d="$work/${names[$k]}"
    rm -rf "$work/out"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    /usr/bin/time -f "${names[$k]} %e %U %S $load" -a -o "$log" "$d/framelens" run "$d/samples/putin-guarantee" -o "$work/out" -q
  done
done
python3 - "$log" "$work" <<'PY'
import collections, os, statistics, subprocess, sys, time
log, work = sys.argv[1], sys.argv[2]
runs = collections.defaultdict(list)
for line in open(log):
    p = line.split()
    if len(p) == 5:
        runs[p[0]].append((float(p[1]), float(p[2]) + float(p[3]), float(p[4])))
for name in ("before", "after"):
    v = runs[name]
    wall = [r[0] for r in v]
    cpu = [r[1] for r in v]
    print(f"{name}: {len(v)} runs, wall median {statistics.median(wall):.2f} s ({min(wall):.2f} - {max(wall):.2f}),"
          f" CPU median {statistics.median(cpu):.2f} s, load {min(r[2] for r in v):.1f} - {max(r[2] for r in v):.1f}")
tick = os.sysconf("SC_CLK_TCK")
groups = {"java": "main", "framelens-start": "start-up thread", "C1 CompilerThre": "C1 compiler", "VM Thread": "VM thread (GC)"}
threads = collections.defaultdict(lambda: collections.defaultdict(list))
for i in range(3):
    for name in ("before", "after"):
        d = f"{work}/{name}"
        # the options the launcher gives a run of this size
        cmd = ["java", f"-XX:SharedArchiveFile={d}/cli/target/framelens.jsa", "-Xlog:cds=off,cds+dynamic=off",
               "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
               f"{d}/cli/target/framelens.jar", "run", f"{d}/samples/putin-guarantee", "-o", f"{work}/out", "-q"]
        p = subprocess.Popen(cmd)
        last = {}
        while p.poll() is None:
            try:
                for t in os.listdir(f"/proc/{p.pid}/task"):
                    try:
                        s = open(f"/proc/{p.pid}/task/{t}/stat").read()
                    except OSError:
                        continue
                    f = s[s.rindex(")") + 2:].split()
                    last[t] = (s[s.index("(") + 1:s.rindex(")")], (int(f[11]) + int(f[12])) / tick)
            except OSError:
                pass
            time.sleep(0.02)
        total = collections.Counter()
        for thread, cpu in last.values():
            total[groups.get(thread, "other")] += cpu
        for g in list(groups.values()) + ["other"]:
            threads[name][g].append(total[g])
for name in ("before", "after"):
    print(f"{name}, CPU s by thread (median of 3): " + ", ".join(
        f"{g} {statistics.median(v):.2f}" for g, v in threads[name].items()))
PY
rm -rf "$work"
