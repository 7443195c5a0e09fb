#!/usr/bin/env bash
# Set up ktxh on a fresh Debian/Ubuntu machine with Python 3.11+ and pip:
# the system packages it needs (fonts with Vietnamese letters, WeasyPrint's libraries,
# LibreOffice and Chromium for the tests), a virtual environment in .venv, and ktxh in it.
#   bash scripts/bootstrap.sh          the program
#   bash scripts/bootstrap.sh --test   the program and what its tests need
set -euo pipefail
cd "$(dirname "$0")/.."

extras="dev"
[ "${1:-}" = "--test" ] && extras="test,dev"

lists="scripts/apt-packages.txt"
[ "${1:-}" = "--test" ] && lists="$lists scripts/apt-packages-test.txt"
apt_packages() {
  # shellcheck disable=SC2086
  cat $lists 2>/dev/null | grep -v '^\s*#' | grep -v '^\s*$' | sort -u
}

if command -v apt-get >/dev/null 2>&1; then
  missing=$(for p in $(apt_packages); do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
  if [ -n "$missing" ]; then
    sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    echo "Installing system packages: $missing"
    $sudo_cmd apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi

python3 -c 'import sys; assert sys.version_info >= (3, 11), "ktxh needs Python 3.11 or newer"'
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip "setuptools>=77" wheel
# Editable and plain Python (KTXH_COMPILE=0 whatever the caller set: a compiled module would shadow its source).
KTXH_COMPILE=0 .venv/bin/python -m pip install -q -e ".[$extras]"

# The program (not the tests) gets its extractor compiled with mypyc (setup.py): about 1.3x faster, the same
# facts (tests/extract/test_compiled.py). KTXH_COMPILE=0 skips it; with no C compiler it stays plain Python.
if [ "${1:-}" != "--test" ] && [ "${KTXH_COMPILE:-1}" = "1" ]; then
  echo "Compiling the extractor with mypyc (a minute or two)..."
  if KTXH_COMPILE=1 .venv/bin/python -m pip install -q --no-build-isolation --no-deps --force-reinstall .; then
    echo "The extractor is compiled."
  else
    echo "The extractor could not be compiled (mypyc needs a C compiler and Python's headers): it runs as Python."
    KTXH_COMPILE=0 .venv/bin/python -m pip install -q --no-deps -e .
  fi
fi
