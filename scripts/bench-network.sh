#!/usr/bin/env bash
# Network grid benchmark: descent's float32 grid vs the numpy peer's float32 grid, side by side in
# one run, then how descent's grid time grows with resolution, data size and width.
# Usage: scripts/bench-network.sh [peer runs] (needs `make build`; installs hyperfine if missing).
# Prints a Markdown report for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
peer_runs=${1:-3}
peers=${PEERS:-$( [ -d ../shared/peers ] && echo ../shared/peers || echo ../../shared/peers )}
descent=${DESCENT:-.build/release/descent}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v hyperfine >/dev/null || { echo "bench: installing hyperfine" >&2; apt-get install -y -qq hyperfine >/dev/null; }
[ -x "$descent" ] || { echo "bench: build first (make build)" >&2; exit 1; }

# The peer's workload (2-32-32-2 tanh, 1000 two-moons points, 101 × 101, filter-normalized),
# without training: the grid costs the same whatever the weights, and training is not timed in
# the peer's grid_seconds either. $1 resolution, $2 samples, $3 width.
scene() {
  sed -e "s/steps: 300/steps: 0/" -e "s/resolution: 101/resolution: $1/" -e "s/samples: 1000/samples: $2/" \
      -e "s/layers: \[32, 32\]/layers: [$3, $3]/" scripts/peers/two-moons-benchmark.yaml > "$work/g-$1-$2-$3.yaml"
  echo "$work/g-$1-$2-$3.yaml"
}
base=$(scene 101 1000 32)
# The whole peer-equivalent scene: 300 Adam steps of training, then the grid.
trained=$work/trained.yaml
cp scripts/peers/two-moons-benchmark.yaml "$trained"

for i in $(seq "$peer_runs"); do
  unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE
  python3 "$peers/network_surface.py" --out "$work/peer" --dtype float32 > "$work/peer-$i.txt"
  hyperfine --warmup 1 --runs 5 --export-json "$work/descent-$i.json" -n descent \
    "$descent grid $base --output $work/out --quiet" >&2
  hyperfine --warmup 1 --runs 5 --export-json "$work/trained-$i.json" -n trained \
    "$descent grid $trained --output $work/out --quiet" >&2
done

python3 - "$work" "$peer_runs" <<'PY'
import json, os, platform, re, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
peer = [dict(l.split(": ", 1) for l in open(f"{work}/peer-{i}.txt").read().splitlines() if ": " in l) for i in range(1, runs + 1)]
grid = statistics.median(float(p["grid_seconds"]) for p in peer)
d = statistics.median(x for i in range(1, runs + 1) for x in json.load(open(f"{work}/descent-{i}.json"))["results"][0]["times"])
t = statistics.median(x for i in range(1, runs + 1) for x in json.load(open(f"{work}/trained-{i}.json"))["results"][0]["times"])
train = statistics.median(float(p["train_seconds"]) for p in peer)
flops = int(peer[0]["flops_per_point_total"]) * 101 * 101
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mhz = statistics.mean(float(l.split(":")[1]) for l in open("/proc/cpuinfo") if l.startswith("cpu MHz"))
cores = os.cpu_count()
peak = cores * mhz / 1000 * 32   # AVX2: 2 FMA units × 8 floats × 2 flops per cycle and core
print(f"Machine: {cpu}, {cores} cores at {mhz:.0f} MHz; float32 AVX2+FMA peak {peak:.0f} GFLOP/s; {platform.platform()}\n")
print("| 101 × 101 grid, 2-32-32-2 tanh, 1000 points, float32 | seconds | GFLOP/s | ratio |")
print("|---|---|---|---|")
print(f"| numpy peer, `grid_seconds` (grid only, median of {runs}) | {grid:.3f} | {flops / grid / 1e9:.1f} | |")
print(f"| descent grid, whole process (data, grid, CSV; median of {5 * runs}) | {d:.3f} | {flops / d / 1e9:.1f} | **{grid / d:.1f}× faster** |")
print(f"| numpy peer, `train_seconds` (300 Adam steps, float64) | {train:.3f} | | |")
print(f"| descent grid with the 300 training steps, whole process (median of {5 * runs}) | {t:.3f} | | **{grid / t:.1f}× faster** than the peer's grid alone |")
PY

echo
echo "| descent grid (whole process, median of 3) | seconds |"
echo "|---|---|"
for args in "51 1000 32" "101 1000 32" "201 1000 32" "101 250 32" "101 4000 32" "101 1000 16" "101 1000 64"; do
  set -- $args
  f=$(scene "$1" "$2" "$3")
  hyperfine --runs 3 --export-json "$work/s.json" "$descent grid $f --output $work/out --quiet" >/dev/null 2>&1
  t=$(python3 -c "import json,statistics; print(f'{statistics.median(json.load(open(\"$work/s.json\"))[\"results\"][0][\"times\"]):.3f}')")
  echo "| resolution $1², $2 points, width $3 | $t |"
done
