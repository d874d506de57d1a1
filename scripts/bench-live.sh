#!/usr/bin/env bash
# Live preview latency: slider change → new figure on screen, for every gallery scene with a
# learning-rate slider (scripts/bench_live.py), and in the same run the matplotlib peer
# redrawing compare.py's figure in process for a new learning rate (scripts/peers/live_redraw.py).
# Needs a release build (`make build`), or DESCENT naming another descent binary (descent-live
# beside it); installs chromium, chromedriver and Selenium as scripts/browser-test.sh does, and
# matplotlib for the peer. Usage: scripts/bench-live.sh [moves per scene] [scenes...]
# Prints a Markdown report for BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
moves=${1:-15}
shift || true
scenes=("$@")
[ ${#scenes[@]} -gt 0 ] || scenes=(scenes/*.yaml)
peers=${PEERS:-../shared/peers}
python3 -c "import matplotlib" 2>/dev/null || pip install -q matplotlib
export DESCENT=${DESCENT:-.build/release/descent}
scripts/browser-test.sh --collect-only -q >/dev/null   # installs what the browser needs
cpu=$(grep -m1 "model name" /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
echo "Machine: $cpu, $(nproc) cores; load average $(cut -d' ' -f1 /proc/loadavg)"
echo
.build-browser/bin/python scripts/bench_live.py "$moves" "${scenes[@]}"
echo
python3 scripts/peers/live_redraw.py "$peers" "$moves" | tr '\n' ' ' |
  sed 's/^/matplotlib peer, compare.py'"'"'s figure redrawn in process for a new SGD lr: /'
echo
