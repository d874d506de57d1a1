#!/usr/bin/env bash
# Loss-line benchmark: descent's interpolation plot (scripts/peers/interpolation-benchmark.yaml)
# vs the numpy + matplotlib peer scripts/peers/loss_line.py, same workload, side by side in one
# run, as whole processes; then the gallery scenes of the lines branch.
# Usage: scripts/bench-lines.sh [runs]   (needs `make build`; installs hyperfine and matplotlib
# when missing; the peer imports ../shared/peers/network_surface.py, or $PEERS). Prints a
# Markdown table for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
. scripts/bench-setup.sh
peers=${PEERS:-$( [ -d ../shared/peers ] && echo ../shared/peers || echo ../../shared/peers )}

hyperfine --warmup 1 --runs "$runs" --export-json "$work/line.json" \
  -n descent "$descent render scripts/peers/interpolation-benchmark.yaml --output $work/descent --quiet" \
  -n peer "python3 scripts/peers/loss_line.py --out $work/peer --peers $peers" >&2
hyperfine --warmup 1 --runs "$runs" --export-json "$work/scenes.json" \
  -n interpolation-init-final "$descent render scenes/interpolation-init-final.yaml --output $work/s --quiet" \
  -n line-train-vs-validation "$descent render scenes/line-train-vs-validation.yaml --output $work/s --quiet" \
  -n network-slice-3d "$descent render scenes/network-slice-3d.yaml --output $work/s --quiet" >&2

python3 - "$work" "$runs" <<'PY'
import json, os, platform, sys
work, runs = sys.argv[1], sys.argv[2]
r = {x["command"]: x for x in json.load(open(f"{work}/line.json"))["results"]}
d, p = r["descent"], r["peer"]
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
print(f"Machine: {cpu}, {os.cpu_count()} cores; {platform.platform()}\n")
print("| figure | descent | numpy + matplotlib peer | ratio |")
print("|---|---|---|---|")
print(f"| train 2-32-32-2 (300 Adam steps, 1000 points), 201-point interpolation with accuracy, PNG+SVG+PDF "
      f"(whole process, median of {runs}) | {d['median']*1000:.0f} ms | {p['median']*1000:.0f} ms "
      f"| **{p['median']/d['median']:.1f}× faster** |")
print()
print("| scene (PNG+SVG+PDF, whole process) | median |")
print("|---|---|")
for x in json.load(open(f"{work}/scenes.json"))["results"]:
    print(f"| {x['command']} | {x['median']*1000:.0f} ms |")
PY
