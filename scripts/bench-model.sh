#!/usr/bin/env bash
# Own-model grid benchmark: `descent grid` of the digits CNN's 31 × 31 filter-normalized plane
# (scripts/peers/digits-cnn-benchmark.yaml) against the PyTorch peer that loops over the grid
# (scripts/peers/digits_cnn_surface.py), side by side in one run. The peer runs with PyTorch's
# default threads (every core) and with one thread; the faster is the peer's time.
# Usage: scripts/bench-model.sh [peer runs] (needs `make build` and /work/venv/ref or PYTHON).
# Prints a Markdown report for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
python=${PYTHON:-/work/venv/ref/bin/python}
descent=${DESCENT:-.build/release/descent}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v hyperfine >/dev/null || { echo "bench: installing hyperfine" >&2; apt-get install -y -qq hyperfine >/dev/null; }
[ -x "$descent" ] || { echo "bench: build first (make build)" >&2; exit 1; }

for i in $(seq "$runs"); do
  "$python" scripts/peers/digits_cnn_surface.py > "$work/peer-all-$i.txt"
  OMP_NUM_THREADS=1 "$python" scripts/peers/digits_cnn_surface.py --threads 1 > "$work/peer-one-$i.txt"
  hyperfine --warmup 1 --runs 5 --export-json "$work/descent-$i.json" -n descent \
    "$descent grid scripts/peers/digits-cnn-benchmark.yaml --format npy --output $work/out --quiet" >&2
done

"$python" - "$work" "$runs" <<'PY'
import json, os, platform, statistics, sys
work, runs = sys.argv[1], int(sys.argv[2])
def read(name):
    return [dict(l.split(": ", 1) for l in open(f"{work}/{name}-{i}.txt").read().splitlines() if ": " in l) for i in range(1, runs + 1)]
all_, one = read("peer-all"), read("peer-one")
t_all = statistics.median(float(p["grid_seconds"]) for p in all_)
t_one = statistics.median(float(p["grid_seconds"]) for p in one)
peer = min(t_all, t_one)
d = statistics.median(x for i in range(1, runs + 1) for x in json.load(open(f"{work}/descent-{i}.json"))["results"][0]["times"])
flops = int(all_[0]["flops_per_point"]) * 31 * 31
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
mhz = statistics.mean(float(l.split(":")[1]) for l in open("/proc/cpuinfo") if l.startswith("cpu MHz"))
cores = os.cpu_count()
load = open("/proc/loadavg").read().split()[0]
print(f"Machine: {cpu}, {cores} cores at {mhz:.0f} MHz, load average {load}; float32 AVX2+FMA peak {cores * mhz / 1000 * 32:.0f} GFLOP/s; {platform.platform()}\n")
print("| 31 × 31 grid, digits CNN (1 370 parameters), 1 437 images, float32 | seconds | GFLOP/s | ratio |")
print("|---|---|---|---|")
print(f"| PyTorch peer, `grid_seconds`, {all_[0]['threads']} threads (grid only, median of {runs}) | {t_all:.3f} | {flops / t_all / 1e9:.2f} | |")
print(f"| PyTorch peer, `grid_seconds`, 1 thread (grid only, median of {runs}) | {t_one:.3f} | {flops / t_one / 1e9:.2f} | |")
print(f"| descent grid, whole process (weights, data, grid, .npy; median of {5 * runs}) | {d:.3f} | {flops / d / 1e9:.1f} | **{peer / d:.1f}× faster** than the faster peer |")
PY
