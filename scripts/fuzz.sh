#!/usr/bin/env bash
# Fuzzes descent's parsers and data readers with libFuzzer, SECONDS each (default 10):
#   formula      the formula parser, then value, gradient and Hessian of what parses
#   scene        the scene loader (YAML), then a few steps of each run
#   grid-csv     `surface: {grid: x.csv}`     ┐ the bytes are the file a fixed scene names,
#   grid-npy     `surface: {grid: x.npy}`     │ read through the scene loader; what loads is
#   grid-hdf5    `surface: {grid: x.h5}`      │ built, simulated on and analysed as `render`
#   network-csv  `data: {csv: x.csv}`         ┘ would before drawing
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (CI: scripts/fuzz.sh 10, all six: a minute)
# A crash leaves its input in Fuzz/artifacts/ and fails the script: turn it into a corpus case
# (Tests/DescentCLITests/BadScenes/) and a fix. New inputs that reach new code collect in
# Fuzz/work/TARGET (not committed); Fuzz/corpus/TARGET holds the committed seeds.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
seconds=${1:-10}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(formula scene grid-csv grid-npy grid-hdf5 network-csv)
declare -A binary=([formula]=FuzzFormula [scene]=FuzzScene [grid-csv]=FuzzGridCSV [grid-npy]=FuzzGridNPY
                   [grid-hdf5]=FuzzGridHDF5 [network-csv]=FuzzNetworkCSV)
# HDF5 files are bigger than the text formats: even an empty one is 800 bytes.
declare -A max_len=([grid-hdf5]=16384)
swift build -c release --sanitize=fuzzer >/dev/null
mkdir -p artifacts
export SWIFT_BACKTRACE=enable=no   # else Swift's crash reporter swallows libFuzzer's report
for target in "${targets[@]}"; do
  [ -n "${binary[$target]:-}" ] || { echo "fuzz: unknown target $target" >&2; exit 2; }
  mkdir -p "work/$target"
  echo "fuzz: $target for ${seconds}s" >&2
  ".build/release/${binary[$target]}" -max_total_time="$seconds" -max_len="${max_len[$target]:-4096}" \
    -timeout=10 -rss_limit_mb=2048 -artifact_prefix="artifacts/$target-" -print_final_stats=1 \
    "work/$target" "corpus/$target" 2>&1 \
    | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==|ERROR|SUMMARY|Done)" >&2
done
