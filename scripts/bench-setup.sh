# Sourced by the benchmark scripts: strict mode, the repository as working directory, the
# number of runs ($1, default 10), the peers' folder ($PEERS), the release binary, a scratch
# folder removed on exit, and hyperfine, matplotlib and pillow installed when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
peers=${PEERS:-../shared/peers}
descent=.build/release/descent
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { echo "bench: installing hyperfine" >&2; apt-get install -y -qq hyperfine >/dev/null; }
python3 -c "import matplotlib, PIL" 2>/dev/null || { echo "bench: installing matplotlib, pillow" >&2; pip install -q matplotlib pillow; }
[ -x "$descent" ] || { echo "bench: build first (make build)" >&2; exit 1; }
