#!/usr/bin/env bash
# The analyst page in a real browser: builds hoigraph, loads the sample data
# into the Neo4j that NEO4J_URI names (make test's), creates an editor's API
# token for the review checks, serves it on a free port and drives the page
# in Debian's Chromium with puppeteer-core (web/test/page.test.mjs).
# Screenshots, the downloaded CSV and the timings go to web/test-output/.
# Exits non-zero when a check fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. scripts/lib/serve.sh
command -v chromium >/dev/null || [ -n "${CHROMIUM:-}" ] || { echo "page-test.sh: no chromium (apt-get install chromium; .ci/run does)"; exit 1; }

serve_build_and_load page-test.sh
if [ ! -d web/node_modules/puppeteer-core ]; then
	(cd web && npm ci --no-audit --no-fund --silent)
fi

# An editor signs in on the page with this token (printed alone on the last
# line); it lives in the test's Neo4j only.
HOIGRAPH_EDITOR_NAME="page-test editor $$"
HOIGRAPH_EDITOR_TOKEN=$(bin/hoigraph token create -role editor -name "$HOIGRAPH_EDITOR_NAME" | tail -n1)
export HOIGRAPH_EDITOR_NAME HOIGRAPH_EDITOR_TOKEN

# The test checks what the page shows, not how fast (BENCHMARKS.md does): a
# long request limit keeps a loaded machine from failing it.
serve_start page-test.sh -timeout 60s

out=web/test-output
rm -rf "$out"
echo "== analyst page in Chromium against $serve_url/"
t0=$(date +%s)
node web/test/page.test.mjs "$serve_url" "$out"
echo "== page test ran in $(( $(date +%s) - t0 )) s; screenshots in $out/"
