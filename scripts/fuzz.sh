#!/usr/bin/env bash
# Fuzzes the formula parser and the scene loader with libFuzzer, SECONDS each (default 30).
# A crash leaves its input in Fuzz/artifacts/ and fails the script: turn it into a corpus case
# (Tests/DescentCLITests/BadScenes/) and a fix.
set -euo pipefail
cd "$(dirname "$0")/../Fuzz"
seconds=${1:-30}
swift build -c release --sanitize=fuzzer >/dev/null
mkdir -p artifacts work/formula work/scene
export SWIFT_BACKTRACE=enable=no   # else Swift's crash reporter swallows libFuzzer's report
for target in formula scene; do
  binary=.build/release/Fuzz$(tr '[:lower:]' '[:upper:]' <<< "${target:0:1}")${target:1}
  echo "fuzz: $target for ${seconds}s" >&2
  "$binary" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix=artifacts/ -print_final_stats=1 work/$target corpus/$target 2>&1 \
    | grep -E "^(stat::number_of_executed_units|stat::peak_rss_mb|==|ERROR|SUMMARY|Done)" >&2
done
