#!/usr/bin/env bash
# Benchmarks learning-rate sweeps, as whole processes in one hyperfine run:
#  - the 2x3 small multiples of ../shared/peers/lr_sweep.py (matplotlib) against
#    scenes/lr-sweep-grid.yaml, the same figure, as PNG only and as PNG+SVG+PDF;
#  - a dense lr curve: 200 learning rates x 1000 steps on Rosenbrock (scenes/lr-curve-rosenbrock.yaml).
# Usage: scripts/bench-lr.sh [runs]   (needs a release build: `make build`). Prints Markdown.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
peers=${PEERS:-../shared/peers}
. scripts/bench-setup.sh

# The same scene writing the peer's single PNG.
sed 's/formats: \[png, svg, pdf\]/formats: [png]/' scenes/lr-sweep-grid.yaml > "$work/lr-sweep-grid-png.yaml"

hyperfine --warmup 2 --runs "$runs" --export-json "$work/lr.json" \
  -n descent-png "$descent render $work/lr-sweep-grid-png.yaml --output $work/d1 --quiet" \
  -n descent-all "$descent render scenes/lr-sweep-grid.yaml --output $work/d2 --quiet" \
  -n matplotlib "python3 $peers/lr_sweep.py --out $work/peer" \
  -n curve "$descent render scenes/lr-curve-rosenbrock.yaml --output $work/d3 --quiet" >&2

python3 - "$work" "$runs" <<'PY'
import json, os, platform, sys
work, runs = sys.argv[1], sys.argv[2]
r = {x["command"]: x for x in json.load(open(f"{work}/lr.json"))["results"]}
ms = lambda k: r[k]["median"] * 1000
peer = ms("matplotlib")
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"Machine: {cpu}, {os.cpu_count()} cores; {platform.platform()}\n")
print("| figure (whole process, median of %s) | descent | matplotlib peer | ratio |" % runs)
print("|---|---|---|---|")
print(f"| lr sweep 2x3 grid, 1500x1000, PNG | {ms('descent-png'):.0f} ms | {peer:.0f} ms | **{peer / ms('descent-png'):.1f}x faster** |")
print(f"| lr sweep 2x3 grid, PNG+SVG+PDF vs the peer's PNG | {ms('descent-all'):.0f} ms | {peer:.0f} ms | **{peer / ms('descent-all'):.1f}x faster** |")
print(f"| lr curve: 200 learning rates x 1000 steps on Rosenbrock, PNG+SVG+PDF | {ms('curve'):.0f} ms | | |")
size = lambda f: os.path.getsize(f) // 1024
print(f"\nPNG size: descent {size(work + '/d1/lr-sweep-grid.png')} KB, peer {size(work + '/peer/lr_sweep.png')} KB.")
PY
