#!/usr/bin/env bash
# The analyst page in a real browser: builds hoigraph, loads the sample data
# into the Neo4j that NEO4J_URI names (make test's), serves it on a free port
# and drives the page in Debian's Chromium with puppeteer-core
# (web/test/page.test.mjs). Screenshots, the downloaded CSV and the timings go
# to web/test-output/. Exits non-zero when a check fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
: "${NEO4J_URI:?page-test.sh needs NEO4J_URI (make test sets it)}"
command -v chromium >/dev/null || [ -n "${CHROMIUM:-}" ] || { echo "page-test.sh: no chromium (apt-get install chromium; .ci/run does)"; exit 1; }

go build -o bin/hoigraph ./cmd/hoigraph
if [ ! -d web/node_modules/puppeteer-core ]; then
	(cd web && npm ci --no-audit --no-fund --silent)
fi

bin/hoigraph load examples/articles examples/curated >/dev/null # official units from .cache/gazetteer

log=$(mktemp)
bin/hoigraph serve -listen 127.0.0.1:0 2>"$log" &
serve_pid=$!
trap 'kill -TERM $serve_pid 2>/dev/null || true; wait $serve_pid 2>/dev/null || true; rm -f "$log"' EXIT

url=
for _ in $(seq 1 300); do
	url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/graphql' "$log" | head -n1 || true)
	[ -n "$url" ] && break
	kill -0 "$serve_pid" 2>/dev/null || { echo "page-test.sh: hoigraph serve exited:"; cat "$log"; exit 1; }
	sleep 0.1
done
[ -n "$url" ] || { echo "page-test.sh: hoigraph serve did not start"; cat "$log"; exit 1; }

out=web/test-output
rm -rf "$out"
echo "== analyst page in Chromium against ${url%/graphql}/"
t0=$(date +%s)
node web/test/page.test.mjs "${url%/graphql}" "$out"
echo "== page test ran in $(( $(date +%s) - t0 )) s; screenshots in $out/"
