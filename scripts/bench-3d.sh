#!/usr/bin/env bash
# Benchmarks descent's 3D view against matplotlib's plot_surface, side by side in one run, as
# whole processes: a 200 x 200 Rosenbrock mesh with floor contours, one run, colorbar, legend,
# 1200 x 900 PNG (scripts/peers/surface3d.yaml and scripts/peers/surface3d.py).
# Usage: scripts/bench-3d.sh [runs]   (needs `make build`; installs hyperfine and matplotlib
# when missing). Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
. scripts/bench-setup.sh

hyperfine --warmup 2 --runs "$runs" --export-json "$work/3d.json" \
  -n descent "$descent render scripts/peers/surface3d.yaml --output $work/descent --quiet" \
  -n matplotlib "python3 scripts/peers/surface3d.py --out $work/peer" >&2

python3 - "$work" "$runs" <<'PY'
import json, os, platform, sys
work, runs = sys.argv[1], sys.argv[2]
r = {x["command"]: x for x in json.load(open(f"{work}/3d.json"))["results"]}
d, p = r["descent"], r["matplotlib"]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
size = lambda f: os.path.getsize(f) // 1024
print(f"Machine: {cpu}, {os.cpu_count()} cores; {platform.platform()}\n")
print("| figure | descent | matplotlib plot_surface | ratio |")
print("|---|---|---|---|")
print(f"| 200×200 mesh, floor contours, 1 run, 1200×900 PNG (whole process, median of {runs}) "
      f"| {d['median']*1000:.0f} ms | {p['median']*1000:.0f} ms | **{p['median']/d['median']:.1f}× faster** |")
print(f"| PNG size | {size(work + '/descent/surface3d.png')} KB | {size(work + '/peer/surface3d.png')} KB | |")
PY
