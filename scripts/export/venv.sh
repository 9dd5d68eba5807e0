#!/usr/bin/env bash
# Makes .cache/venv-export, a Python virtual environment with the pinned
# consumers of scripts/export/requirements.txt (NetworkX), for the export
# tests; prints its python. Idempotent: an environment that already has the
# pinned versions is left alone.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
venv=$root/.cache/venv-export
req=$root/scripts/export/requirements.txt
stamp=$venv/.requirements
if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && cmp -s "$req" "$stamp"; then
	echo "$venv/bin/python"
	exit 0
fi
python3 -m venv "$venv" >&2 || { echo "venv.sh: python3 -m venv failed (Debian: apt-get install python3-venv)" >&2; exit 1; }
"$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$req" >&2
cp "$req" "$stamp"
echo "$venv/bin/python"
