#!/usr/bin/env bash
# Benchmarks 3D animations: `descent animate scenes/rosenbrock-3d-rotating.yaml` (a camera
# turning once while three runs advance over a 120 x 120 mesh, 96 frames of 640x480) against
# matplotlib turning a plot_surface of the same mesh (scripts/peers/rotate3d.py), side by side in
# one run, as whole processes writing PNG frames and a GIF; then descent's frame rate with the
# camera still and turning, and the peak memory of a turning camera at 1920x1080.
# Usage: scripts/bench-rotate.sh [runs]   (needs `make build`; installs hyperfine, matplotlib and
# pillow when missing). Prints a Markdown report for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
. scripts/bench-setup.sh

# The scene with other formats, frame size, frame count or camera: scene NAME FORMATS SIZE FRAMES [still]
scene() {
  sed -e "s/name: rosenbrock-3d-rotating/name: $1/" -e "s/formats: \[gif\]/formats: $2/" \
      -e "s/size: \[640, 480\]/size: $3/" -e "s/frames: 96/frames: $4/" scenes/rosenbrock-3d-rotating.yaml |
    if [ "${5:-}" = still ]; then sed -e '/^  camera:/,$d'; else cat; fi
}
scene peer "[frames, gif]" "[640, 480]" 96 > "$work/peer.yaml"
scene turning "[gif]" "[640, 480]" 96 > "$work/turning.yaml"
scene still "[gif]" "[640, 480]" 96 still > "$work/still.yaml"
scene hd "[frames, gif]" "[1920, 1080]" 200 > "$work/hd.yaml"

hyperfine --warmup 1 --runs "$runs" --export-json "$work/rotate.json" \
  -n descent "rm -rf $work/d && $descent animate $work/peer.yaml --output $work/d --quiet" \
  -n matplotlib "rm -rf $work/p && python3 scripts/peers/rotate3d.py --out $work/p" >&2
hyperfine --warmup 1 --runs $((3 * runs)) --export-json "$work/rates.json" \
  -n turning "$descent animate $work/turning.yaml --output $work/t --quiet" \
  -n still "$descent animate $work/still.yaml --output $work/s --quiet" >&2

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
start=$(date +%s.%N)
hd_peak=$(peak $descent animate "$work/hd.yaml" --output "$work/hd" --quiet)
hd_seconds=$(python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$(date +%s.%N)")

python3 - "$work" "$runs" "$hd_peak" "$hd_seconds" <<'PY'
import glob, json, os, platform, sys
work, runs, hd_peak, hd_seconds = sys.argv[1:]
r = {x["command"]: x for x in json.load(open(f"{work}/rotate.json"))["results"]}
rates = {x["command"]: x for x in json.load(open(f"{work}/rates.json"))["results"]}
d, p = r["descent"], r["matplotlib"]
size = os.path.getsize
frames = lambda pattern: sum(size(f) for f in glob.glob(pattern))
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"Machine: {cpu}, {os.cpu_count()} cores; {platform.platform()}\n")
print("| 96 frames of 640×480 + GIF, camera turning | descent | matplotlib plot_surface | ratio |")
print("|---|---|---|---|")
print(f"| whole process, median of {runs} | {d['median']:.2f} s | {p['median']:.2f} s | **{p['median']/d['median']:.1f}× faster** |")
print(f"| frames per second (whole process) | {96/d['median']:.0f} | {96/p['median']:.1f} | |")
print(f"| CPU time (user + system), mean | {d['user']+d['system']:.2f} s | {p['user']+p['system']:.2f} s | {(p['user']+p['system'])/(d['user']+d['system']):.1f}× less |")
print(f"| GIF size | {size(work+'/d/peer.gif')//1024} KB | {size(work+'/p/animation.gif')//1024} KB | |")
print(f"| 96 PNG frames | {frames(work+'/d/peer-*.png')//1024} KB | {frames(work+'/p/frame_*.png')//1024} KB | |")
print()
print(f"| descent, 96 frames of 640×480, GIF only (median of {3*int(runs)}) | seconds | frames per second |")
print("|---|---|---|")
for name, what in (("turning", "camera turning: mesh rasterized every frame"), ("still", "camera still: mesh in the background")):
    print(f"| {what} | {rates[name]['median']:.2f} s | {96/rates[name]['median']:.0f} |")
print()
n = len(glob.glob(work + "/hd/hd-*.png"))
print(f"200 frames of 1920×1080, camera turning, PNG frames + GIF: peak memory **{int(hd_peak)//1024} MB**, "
      f"{float(hd_seconds):.1f} s ({200/float(hd_seconds):.0f} frames per second), {n} frames, "
      f"GIF {size(work+'/hd/hd.gif')//1024} KB.")
PY
