#!/usr/bin/env bash
# GraphQL over HTTP conformance: builds hoigraph, loads the sample data into
# the Neo4j that NEO4J_URI names (make test's), serves the API on a free
# port, runs graphql-http's server audits against it (scripts/audit) and
# stops the server. Exits non-zero when an audit fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
. scripts/lib/serve.sh

# The sample data, so that the audits' queries run against a real graph.
serve_build_and_load audit.sh
if [ ! -d scripts/audit/node_modules/graphql-http ]; then
	(cd scripts/audit && npm ci --no-audit --no-fund --silent)
fi
serve_start audit.sh

echo "== graphql-http audits against $serve_url/graphql"
node scripts/audit/audit.mjs "$serve_url/graphql"
