#!/usr/bin/env bash
# Benchmarks `descent animate` against the matplotlib peer (../shared/peers/animate.py --mode
# blit), side by side in one run, as whole processes: 120 frames of 800x600 as PNG plus a GIF,
# then the peak memory of a 1000-frame 1920x1080 animation.
# Usage: scripts/bench-animate.sh [runs]   (needs `make build`; installs hyperfine, matplotlib
# and pillow when missing). Prints a Markdown report for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
peers=${PEERS:-../shared/peers}
. scripts/bench-setup.sh

# The peer's animation: Rosenbrock on [-2, 2] x [-1, 3], log colour, 30 bands and lines, the same
# six optimizers for 500 steps from (-1.5, 2.5); frame k shows step round(k * 500 / 119).
scene() {  # scene NAME FRAMES WIDTH HEIGHT
  sed -e '/^# descent animate/,$d' -e "s/name: rosenbrock-six/name: $1/" scenes/rosenbrock-six.yaml
  printf 'animation:\n  frames: %s\n  fps: 25\n  easing: linear\n  formats: [frames, gif]\n  size: [%s, %s]\n' "$2" "$3" "$4"
}
scene peer-120 120 800 600 > "$work/peer-120.yaml"
scene hd-1000 1000 1920 1080 > "$work/hd-1000.yaml"

hyperfine --warmup 1 --runs "$runs" --export-json "$work/animate.json" \
  -n descent "rm -rf $work/d && $descent animate $work/peer-120.yaml --output $work/d --quiet" \
  -n matplotlib "rm -rf $work/p && python3 $peers/animate.py --mode blit --out $work/p" >&2

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
descent_peak=$(peak $descent animate "$work/peer-120.yaml" --output "$work/d" --quiet)
peer_peak=$(peak python3 "$peers/animate.py" --mode blit --out "$work/p")
start=$(date +%s.%N)
hd_peak=$(peak $descent animate "$work/hd-1000.yaml" --output "$work/hd" --quiet)
hd_seconds=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")

python3 - "$work" "$runs" "$descent_peak" "$peer_peak" "$hd_peak" "$hd_seconds" <<'PY'
import glob, json, os, platform, sys
work, runs, d_peak, p_peak, hd_peak, hd_seconds = sys.argv[1:]
r = {x["command"]: x for x in json.load(open(f"{work}/animate.json"))["results"]}
d, p = r["descent"], r["matplotlib"]
size = os.path.getsize
frames = lambda pattern: sum(size(f) for f in glob.glob(pattern))
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"Machine: {cpu}, {os.cpu_count()} cores; {platform.platform()}\n")
print("| 120 frames of 800×600 + GIF | descent | matplotlib peer (blit) | ratio |")
print("|---|---|---|---|")
print(f"| whole process, median of {runs} | {d['median']:.2f} s | {p['median']:.2f} s | **{p['median']/d['median']:.1f}× faster** |")
print(f"| CPU time (user + system), mean | {d['user']+d['system']:.2f} s | {p['user']+p['system']:.2f} s | {(p['user']+p['system'])/(d['user']+d['system']):.1f}× less |")
print(f"| GIF size | {size(work+'/d/peer-120.gif')//1024} KB | {size(work+'/p/animation.gif')//1024} KB | {size(work+'/p/animation.gif')/size(work+'/d/peer-120.gif'):.1f}× smaller |")
print(f"| 120 PNG frames | {frames(work+'/d/peer-120-*.png')//1024} KB | {frames(work+'/p/frame_*.png')//1024} KB | |")
print(f"| peak memory | {int(d_peak)//1024} MB | {int(p_peak)//1024} MB | |")
print()
n = len(glob.glob(work + "/hd/hd-1000-*.png"))
print(f"1000 frames of 1920×1080, PNG frames + GIF: peak memory **{int(hd_peak)//1024} MB**, "
      f"{float(hd_seconds):.0f} s, {n} frames ({frames(work+'/hd/hd-1000-*.png')//1048576} MB), "
      f"GIF {size(work+'/hd/hd-1000.gif')//1024} KB.")
PY
