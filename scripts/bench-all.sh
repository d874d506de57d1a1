#!/usr/bin/env bash
# Every speed goal in one run and one table: start-up, the still figure, the 2x3 lr sweep, the 3D
# mesh and the 120-frame animation, each descent process side by side with its peer in one
# hyperfine run (whole processes, medians), then the instructions each descent workload executes
# (callgrind, all threads), which a busy machine does not change.
# Usage: scripts/bench-all.sh [runs]   (default 10; needs `make build`; installs hyperfine,
# valgrind and matplotlib when missing; the peers are ../shared/peers, or $PEERS).
# Set COUNT=0 to skip the instruction counts (they take a few minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
peers=${PEERS:-../shared/peers}
. scripts/bench-setup.sh
command -v valgrind >/dev/null || { echo "bench: installing valgrind" >&2; apt-get install -y -qq valgrind >/dev/null; }

# The peer's animation (as scripts/bench-animate.sh): rosenbrock-six, 120 linear frames of
# 800x600, PNG frames and a GIF.
sed -e '/^# descent animate/,$d' -e "s/name: rosenbrock-six/name: peer-120/" scenes/rosenbrock-six.yaml > "$work/peer-120.yaml"
printf 'animation:\n  frames: 120\n  fps: 25\n  easing: linear\n  formats: [frames, gif]\n  size: [800, 600]\n' >> "$work/peer-120.yaml"

# name | descent command | peer command ("" for none) | goal (× the peer, or ms)
workloads=(
  "start-up|$descent --version||8 ms"
  "rosenbrock-six, PNG+SVG+PDF|$descent render scenes/rosenbrock-six.yaml --output $work/six --quiet|python3 $peers/compare.py --out $work/six-peer|20×"
  "2×3 lr sweep, PNG+SVG+PDF|$descent render scenes/lr-sweep-grid.yaml --output $work/lr --quiet|python3 $peers/lr_sweep.py --out $work/lr-peer|20×"
  "3D 200×200 mesh, PNG|$descent render scripts/peers/surface3d.yaml --output $work/3d --quiet|python3 scripts/peers/surface3d.py --out $work/3d-peer|15×"
  "120 frames + GIF|rm -rf $work/anim && $descent animate $work/peer-120.yaml --output $work/anim --quiet|rm -rf $work/anim-peer && python3 $peers/animate.py --mode blit --out $work/anim-peer|30×"
)
arguments=()
for w in "${workloads[@]}"; do
  IFS='|' read -r name ours theirs goal <<<"$w"
  arguments+=(-n "descent: $name" "$ours")
  [ -z "$theirs" ] || arguments+=(-n "peer: $name" "$theirs")
done
load_before=$(cut -d' ' -f1 /proc/loadavg)
hyperfine --warmup 2 --runs "$runs" --export-json "$work/all.json" "${arguments[@]}" >&2
load_after=$(cut -d' ' -f1 /proc/loadavg)

# Instructions of each descent workload, every thread counted (valgrind cannot read the Swift
# compiler's debug information, so a copy without it is counted).
: > "$work/counts"
if [ "${COUNT:-1}" != 0 ]; then
  objcopy --strip-debug "$descent" "$work/descent-counted"
  for w in "${workloads[@]}"; do
    IFS='|' read -r name ours theirs goal <<<"$w"
    ir=$(bash -c "${ours/$descent/valgrind --tool=callgrind --callgrind-out-file=/dev/null $work/descent-counted}" 2>&1 \
         | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' | tail -1)
    printf '%s|%s\n' "$name" "$ir" >> "$work/counts"
  done
fi

printf '%s\n' "${workloads[@]}" > "$work/workloads"
python3 - "$work" "$runs" "$load_before" "$load_after" <<'PY'
import json, os, platform, sys
work, runs, load_before, load_after = sys.argv[1:]
results = {r["command"]: r for r in json.load(open(f"{work}/all.json"))["results"]}
counts = dict(l.rstrip("\n").split("|") for l in open(f"{work}/counts") if "|" in l)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"Machine: {cpu}, {os.cpu_count()} cores; {platform.platform()}; "
      f"load average {load_before} before, {load_after} after\n")
print(f"| work (whole processes, median of {runs}) | descent | peer | ratio | goal | descent instructions |")
print("|---|---|---|---|---|---|")
for line in open(f"{work}/workloads"):
    name, _, theirs, goal = line.rstrip("\n").split("|")
    ours = results[f"descent: {name}"]["median"]
    peer = results[f"peer: {name}"]["median"] if theirs else None
    ms = lambda s: f"{s * 1000:.1f} ms" if s < 0.1 else f"{s * 1000:.0f} ms"
    ratio = f"**{peer / ours:.1f}×**" if peer else ""
    ir = counts.get(name, "")
    print(f"| {name} | {ms(ours)} | {ms(peer) if peer else ''} | {ratio} | {goal} | "
          f"{int(ir) / 1e6:,.0f} M |" if ir else f"| {name} | {ms(ours)} | {ms(peer) if peer else ''} | {ratio} | {goal} | |")
PY
