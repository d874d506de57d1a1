#!/usr/bin/env bash
# Soak test: renders every scene in scenes/ (and animates those with an `animation:` block)
# PASSES times in one process through the library API (SceneLoader, SceneRenderer,
# SceneAnimator), printing per pass the time, the resident memory (VmRSS), its peak (VmHWM) and
# the bytes malloc holds for live allocations. Memory is flat when VmRSS and the heap stop
# growing after the first passes; a leak grows every pass.
# Usage: scripts/bench-soak.sh [passes]   (default 20; builds descent-soak in release).
# Prints a report for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
passes=${1:-20}
swift build -c release --product descent-soak >&2
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
echo "Machine: $cpu, $(nproc) cores; $(uname -sr); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
.build/release/descent-soak --passes "$passes" --animate scenes/*.yaml
