# Sourced by the bench scripts: the repository root as working directory, the peers' folder,
# the release binary, a scratch directory removed on exit, and the tools the comparison needs.
set -euo pipefail
cd "$(dirname "$0")/.."
peers=${PEERS:-../shared/peers}
descent=.build/release/descent
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

command -v hyperfine >/dev/null || { echo "bench: installing hyperfine" >&2; apt-get install -y -qq hyperfine >/dev/null; }
python3 -c "import matplotlib, PIL" 2>/dev/null || { echo "bench: installing matplotlib, pillow" >&2; pip install -q matplotlib pillow; }
[ -x "$descent" ] || { echo "bench: build first (make build)" >&2; exit 1; }
