#!/usr/bin/env bash
# Benchmarks descent against the matplotlib peers, side by side in one run, as whole processes.
# Usage: scripts/bench.sh [runs]   (needs a release build: `make build`; installs hyperfine,
# matplotlib and pillow when missing). Prints a Markdown report for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
peers=${PEERS:-../shared/peers}
. scripts/bench-setup.sh

hyperfine --warmup 2 --runs "$runs" --export-json "$work/compare.json" \
  -n descent "$descent render scenes/rosenbrock-six.yaml --output $work/descent --quiet" \
  -n matplotlib "python3 $peers/compare.py --out $work/peer" >&2

python3 - "$work" "$runs" <<'PY'
import json, os, platform, subprocess, sys
work, runs = sys.argv[1], sys.argv[2]
r = {x["command"]: x for x in json.load(open(f"{work}/compare.json"))["results"]}
d, p = r["descent"], r["matplotlib"]
size = lambda f: os.path.getsize(f)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"Machine: {cpu}, {os.cpu_count()} cores; {platform.platform()}\n")
print("| figure | descent | matplotlib peer | ratio |")
print("|---|---|---|---|")
print(f"| rosenbrock-six: 6 runs × 500 steps, PNG+SVG+PDF vs PNG+SVG (whole process, median of {runs}) "
      f"| {d['median']*1000:.0f} ms | {p['median']*1000:.0f} ms | **{p['median']/d['median']:.1f}× faster** |")
print(f"| PNG size (1200×900) | {size(work+'/descent/rosenbrock-six.png')//1024} KB "
      f"| {size(work+'/peer/compare.png')//1024} KB | {size(work+'/peer/compare.png')/size(work+'/descent/rosenbrock-six.png'):.1f}× smaller |")
print(f"| SVG size | {size(work+'/descent/rosenbrock-six.svg')//1024} KB | {size(work+'/peer/compare.svg')//1024} KB | |")
PY
