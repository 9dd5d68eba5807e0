#!/usr/bin/env bash
# The README's test command (make test): static checks, then every Go test
# against a real Neo4j that this script starts on a free port with a store of
# its own and stops at the end.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
t0=$(date +%s)

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './.cache/*'))
if [ -n "$unformatted" ]; then echo "not gofmt-formatted:"; echo "$unformatted"; exit 1; fi

echo "== go vet"
go vet ./...

echo "== go generate leaves no diff"
if git rev-parse --git-dir >/dev/null 2>&1; then
	before=$(git status --porcelain --untracked-files=all)
	go generate ./...
	after=$(git status --porcelain --untracked-files=all)
	if [ "$before" != "$after" ]; then
		echo "go generate changed the tree; run 'make generate' and commit:"
		diff <(echo "$before") <(echo "$after") || true
		exit 1
	fi
fi

echo "== official units (scripts/gazetteer)"
scripts/gazetteer/gazetteer.sh

echo "== Python consumers of the exports (NetworkX, pinned in scripts/export/requirements.txt)"
scripts/export/venv.sh >/dev/null
echo "== the page's bundle (httpapi/page) matches web/src and web/package-lock.json"
if [ ! -d web/node_modules/esbuild ]; then (cd web && npm ci --no-audit --no-fund --silent); fi
node web/build.mjs --check

echo "== neo4j.sh sets any password, a leading '-' included (a random one failed CI so)"
NEO4J_PASSWORD=-starts-with-a-dash scripts/neo4j/neo4j.sh with -- true

echo "== go test (real Neo4j)"
# -p 1: the integration packages share one Neo4j and each empties it.
scripts/neo4j/neo4j.sh with -- bash -c '
	set -euo pipefail
	go test -p 1 -count=1 -timeout 30m ./... # the loader package writes the 14,149 official units and 10,665 links in six tests
	# Once more through the routing driver (neo4j://), the path a cluster
	# or Aura takes: the store integration tests.
	echo "== go test (real Neo4j, neo4j:// routing URI)"
	NEO4J_URI=${NEO4J_URI/bolt:/neo4j:} go test -p 1 -count=1 ./store/
	if [ -x scripts/audit.sh ]; then scripts/audit.sh; fi
	scripts/page-test.sh
'
echo "== make test passed in $(( $(date +%s) - t0 )) s"
