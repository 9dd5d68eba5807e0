#!/usr/bin/env bash
# The README's run command (make run): a Neo4j (the one NEO4J_URI names if it
# answers, else a local one started here), the articles of $CORPUS loaded, and
# the GraphQL API on $LISTEN until Ctrl-C, which also stops the Neo4j started
# here.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
corpus=${CORPUS:-examples/articles}
listen=${LISTEN:-127.0.0.1:8080}

go build -o bin/hoigraph ./cmd/hoigraph
scripts/gazetteer/gazetteer.sh # the official units, read by default from .cache/gazetteer

neo4j_pid=
cleanup() {
	if [ -n "$neo4j_pid" ] && kill -0 "$neo4j_pid" 2>/dev/null; then
		kill -TERM "$neo4j_pid" 2>/dev/null || true
		wait "$neo4j_pid" 2>/dev/null || true
	fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ -n "${NEO4J_URI:-}" ] && bin/hoigraph ping >/dev/null 2>&1; then
	echo "run.sh: using the Neo4j at $NEO4J_URI"
else
	[ -n "${NEO4J_URI:-}" ] && echo "run.sh: $NEO4J_URI does not answer; starting a local Neo4j"
	port=${NEO4J_PORT:-7687}
	# The store's own password: random, made when the store is first
	# created and kept in .cache/neo4j-run/password (mode 0600).
	NEO4J_PASSWORD=$(scripts/neo4j/neo4j.sh password "$root/.cache/neo4j-run")
	export NEO4J_PASSWORD
	scripts/neo4j/neo4j.sh fetch
	scripts/neo4j/neo4j.sh run "$root/.cache/neo4j-run" "$port" &
	neo4j_pid=$!
	export NEO4J_URI="bolt://127.0.0.1:$port" NEO4J_USER=neo4j
	for _ in $(seq 1 600); do
		bin/hoigraph ping >/dev/null 2>&1 && break
		kill -0 "$neo4j_pid" 2>/dev/null || { echo "run.sh: Neo4j failed to start"; exit 1; }
		sleep 0.2
	done
fi

gazetteer=()
if [ -n "${GAZETTEER:-}" ]; then
	gazetteer=(--gazetteer "$GAZETTEER")
fi

bin/hoigraph load "${gazetteer[@]}" "$corpus" examples/curated
echo "run.sh: the page on http://$listen/, GraphQL on http://$listen/graphql (GraphiQL at http://$listen/graphiql); Ctrl-C stops"
bin/hoigraph serve -listen "$listen" "${gazetteer[@]}" &
serve_pid=$!
trap 'kill -TERM $serve_pid 2>/dev/null; wait $serve_pid 2>/dev/null; cleanup; exit 0' INT TERM
wait "$serve_pid"
