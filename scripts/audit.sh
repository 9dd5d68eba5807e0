#!/usr/bin/env bash
# GraphQL over HTTP conformance: builds hoigraph, loads the sample data into
# the Neo4j that NEO4J_URI names (make test's), serves the API on a free
# port, runs graphql-http's server audits against it (scripts/audit) and
# stops the server. Exits non-zero when an audit fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
: "${NEO4J_URI:?audit.sh needs NEO4J_URI (make test sets it)}"

go build -o bin/hoigraph ./cmd/hoigraph
if [ ! -d scripts/audit/node_modules/graphql-http ]; then
	(cd scripts/audit && npm ci --no-audit --no-fund --silent)
fi

# The sample data, so that the audits' queries run against a real graph.
if bin/hoigraph 2>&1 | grep -q '^  load '; then
	bin/hoigraph load examples/articles examples/curated >/dev/null # official units from .cache/gazetteer
fi

log=$(mktemp)
bin/hoigraph serve -listen 127.0.0.1:0 2>"$log" &
serve_pid=$!
trap 'kill -TERM $serve_pid 2>/dev/null || true; wait $serve_pid 2>/dev/null || true; rm -f "$log"' EXIT

# serve logs its URL (with the port the kernel chose) once it listens.
url=
for _ in $(seq 1 300); do
	url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/graphql' "$log" | head -n1 || true)
	[ -n "$url" ] && break
	kill -0 "$serve_pid" 2>/dev/null || { echo "audit.sh: hoigraph serve exited:"; cat "$log"; exit 1; }
	sleep 0.1
done
[ -n "$url" ] || { echo "audit.sh: hoigraph serve did not start"; cat "$log"; exit 1; }

echo "== graphql-http audits against $url"
node scripts/audit/audit.mjs "$url"
