#!/usr/bin/env bash
# End-to-end tests of `descent serve` in a real headless browser: installs Debian's chromium and
# chromedriver when missing (as root or through sudo), Selenium and pytest into a virtualenv
# (.build-browser), then runs Tests/Browser against the debug binary `swift build` (or `make
# test`) made, or $DESCENT. Usage: scripts/browser-test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
missing=()
for p in chromium chromium-driver; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "browser-test: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
venv=.build-browser
if [ ! -x "$venv/bin/pytest" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "selenium>=4.20,<5" "pytest>=8"
fi
export DESCENT=${DESCENT:-$(swift build --show-bin-path)/descent}
[ -x "$DESCENT" ] || { echo "browser-test: no $DESCENT; run swift build first" >&2; exit 1; }
exec "$venv/bin/pytest" -q -p no:cacheprovider Tests/Browser "$@"
