# Sourced by the scripts that test a live hoigraph serve (scripts/audit.sh,
# scripts/page-test.sh): build hoigraph, load the sample data into the Neo4j
# that NEO4J_URI names, and start `hoigraph serve` on a port the kernel
# chooses, stopped when the calling script exits.
#
#   . scripts/lib/serve.sh
#   serve_build_and_load NAME        # NAME prefixes the messages
#   serve_start NAME [SERVE FLAGS]   # sets serve_url (http://127.0.0.1:PORT), serve_pid
#
# The caller's cwd is the repository root and it runs under set -euo pipefail.

serve_build_and_load() {
	: "${NEO4J_URI:?$1 needs NEO4J_URI (make test sets it)}"
	go build -o bin/hoigraph ./cmd/hoigraph
	bin/hoigraph load examples/articles examples/curated >/dev/null # official units from .cache/gazetteer
}

serve_start() {
	local name=$1 url=""
	shift
	serve_log=$(mktemp)
	bin/hoigraph serve -listen 127.0.0.1:0 "$@" 2>"$serve_log" &
	serve_pid=$!
	trap 'kill -TERM $serve_pid 2>/dev/null || true; wait $serve_pid 2>/dev/null || true; rm -f "$serve_log"' EXIT
	# serve logs its URL, with the port the kernel chose, once it listens.
	for _ in $(seq 1 300); do
		url=$(grep -o 'http://127\.0\.0\.1:[0-9]*/graphql' "$serve_log" | head -n1 || true)
		[ -n "$url" ] && break
		kill -0 "$serve_pid" 2>/dev/null || { echo "$name: hoigraph serve exited:"; cat "$serve_log"; exit 1; }
		sleep 0.1
	done
	[ -n "$url" ] || { echo "$name: hoigraph serve did not start"; cat "$serve_log"; exit 1; }
	serve_url=${url%/graphql}
}
