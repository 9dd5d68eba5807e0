#!/usr/bin/env bash
# Fetches the official administrative units of Viet Nam, before and from the
# July 2025 reorganisation, and the mapping between them, from the PyPI
# package vietnamadminunits (MIT, github.com/tranngocminhhieu/vietnamadminunits),
# and converts its data files into the folder hoigraph reads by default:
#
#   gazetteer.sh          fetch and convert once into $HOIGRAPH_CACHE/gazetteer
#                         (.cache/gazetteer at the repo root); a no-op when done
#
# The wheel is downloaded with pip (no install, no dependencies), its sha256
# checked, and its data/dataset.db (SQLite) and data/converter_2025.json read
# with Python's standard library (convert.py). To move to a newer version,
# change VERSION and SHA256 below (the sha256 of the .whl PyPI lists) and run
# make test: the gazetteer tests check the counts of both eras.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
cache=${HOIGRAPH_CACHE:-$root/.cache}
out=$cache/gazetteer

VERSION=1.0.4
SHA256=737ee3662e877290386c1c45ed4d71f2e5fae34ab6fb9c64bfb4cb74b216ea35
# The stamp changes with the version and with the converter itself.
stamp="vietnamadminunits==$VERSION sha256:$SHA256 convert.py:$(sha256sum "$here/convert.py" | cut -c1-12)"

log() { echo "gazetteer.sh: $*" >&2; }
die() { log "$*"; exit 1; }

if [ -f "$out/SOURCE" ] && [ "$(head -1 "$out/SOURCE")" = "$stamp" ]; then
	exit 0
fi

command -v python3 >/dev/null || die "python3 not found (apt-get install python3 python3-pip)"
python3 -m pip --version >/dev/null 2>&1 || die "pip not found (apt-get install python3-pip)"

t0=$(date +%s)
wheels=$cache/wheels
mkdir -p "$wheels"
whl=$wheels/vietnamadminunits-$VERSION-py3-none-any.whl
if [ ! -f "$whl" ] || [ "$(sha256sum "$whl" | cut -d' ' -f1)" != "$SHA256" ]; then
	rm -f "$whl"
	log "downloading vietnamadminunits $VERSION from PyPI"
	python3 -m pip download --quiet --no-deps --only-binary=:all: \
		--dest "$wheels" "vietnamadminunits==$VERSION" >&2 \
		|| die "pip could not download vietnamadminunits==$VERSION"
fi
got=$(sha256sum "$whl" | cut -d' ' -f1)
[ "$got" = "$SHA256" ] || { rm -f "$whl"; die "$whl: sha256 $got, want $SHA256"; }

# Convert into a fresh folder, then swap it in: a half-written folder is
# never what hoigraph reads.
tmp=$(mktemp -d "$cache/gazetteer.tmp.XXXXXX")
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
python3 "$here/convert.py" "$whl" "$tmp"
echo "$stamp" >"$tmp/SOURCE"
echo "https://pypi.org/project/vietnamadminunits/$VERSION/ (MIT licence, see LICENSE)" >>"$tmp/SOURCE"
rm -rf "$out.old"
[ -d "$out" ] && mv "$out" "$out.old"
mv "$tmp" "$out"
rm -rf "$out.old"
trap - EXIT
log "converted into $out in $(( $(date +%s) - t0 )) s (wheel $(du -h "$whl" | cut -f1), data $(du -sh "$out" | cut -f1))"
