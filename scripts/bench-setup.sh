# Sourced by the benchmark scripts: installs hyperfine and matplotlib when missing, checks for
# the release build, and makes a scratch directory $work removed on exit.
command -v hyperfine >/dev/null || { echo "bench: installing hyperfine" >&2; apt-get install -y -qq hyperfine >/dev/null; }
python3 -c "import matplotlib, PIL" 2>/dev/null || { echo "bench: installing matplotlib, pillow" >&2; pip install -q matplotlib pillow; }
descent=.build/release/descent
[ -x "$descent" ] || { echo "bench: build first (make build)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
