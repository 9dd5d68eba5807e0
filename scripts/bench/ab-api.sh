#!/usr/bin/env bash
# A/B of the API benchmark: two hoigraph server builds against one Neo4j,
# timed in alternation (A B, then B A, ...) by one loadgen with -cpu-of, each
# timed run under the shared lock, then a side-by-side table.
#
#   scripts/bench/ab-api.sh [-r ROUNDS] [-s SCENARIOS] [-c CLIENTS] [-n REQUESTS] [-m MAX] A B
#
# A, B      a hoigraph binary (a path) or a git revision of this repository
#           (built into a temporary folder with git archive + go build)
# -r        rounds (default 2); -s loadgen's -scenarios (default all six)
# -c -n -m  loadgen's -c, -n, -max (defaults 32, 20000, 12s)
# Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD (the graph, loaded
# beforehand: hoigraph load ...); LOADGEN (default: built from this
# checkout, one for both sides, so the Cypher column is the same code on
# both and shows the machine's drift); SERVE_FLAGS (extra serve flags, the
# same for both; for settings of one side, such as GOGC, make that side a
# script that sets them and execs the binary); OUT (a folder to keep
# loadgen's outputs in).
# Run from the repository root.
set -euo pipefail
rounds=2 scen=oversight,organization,search,neighborhood,neighborhood-depth1,person clients=32 reqs=20000 maxt=12s
while getopts r:s:c:n:m: o; do
	case $o in r) rounds=$OPTARG ;; s) scen=$OPTARG ;; c) clients=$OPTARG ;; n) reqs=$OPTARG ;; m) maxt=$OPTARG ;; *) exit 2 ;; esac
done
shift $((OPTIND - 1))
[ $# = 2 ] || { sed -n '2,19p' "$0"; exit 2; }
: "${NEO4J_URI:?ab-api.sh needs NEO4J_URI}"
tmp=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"' EXIT

# binary SIDE SPEC: the path of the hoigraph binary for a side.
binary() {
	if [ -x "$2" ] && [ -f "$2" ]; then echo "$2"; return; fi
	git rev-parse --verify -q "$2^{commit}" >/dev/null || { echo "ab-api.sh: $2 is neither a binary nor a revision" >&2; exit 2; }
	mkdir -p "$tmp/src-$1"
	git archive "$2" | tar -x -C "$tmp/src-$1"
	(cd "$tmp/src-$1" && go build -o "$tmp/hoigraph-$1" ./cmd/hoigraph) >&2
	echo "$tmp/hoigraph-$1"
}
binA=$(binary A "$1") binB=$(binary B "$2")
lg=${LOADGEN:-}
if [ -z "$lg" ]; then go build -o "$tmp/loadgen" ./cmd/loadgen; lg=$tmp/loadgen; fi
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

declare -A url pid
for s in A B; do
	b=binA; [ $s = B ] && b=binB
	p=$(port)
	# shellcheck disable=SC2086
	"${!b}" serve -listen "127.0.0.1:$p" ${SERVE_FLAGS:-} 2>"$tmp/serve-$s.log" &
	pid[$s]=$! pids+=($!)
	url[$s]=http://127.0.0.1:$p/graphql
	for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$p/healthz" >/dev/null && break; sleep 0.1; done
	curl -fs "http://127.0.0.1:$p/healthz" >/dev/null || { echo "ab-api.sh: server $s did not start"; cat "$tmp/serve-$s.log"; exit 1; }
done
# Neo4j's PID, from the process listening on the Bolt port (when it is ours to see).
bolt=${NEO4J_URI##*:}
neo=$(ss -Htlnp "sport = :$bolt" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2 || true)
echo "A = $1 (${url[A]}), B = $2 (${url[B]}), Neo4j ${NEO4J_URI} pid ${neo:-unknown}; $rounds rounds, loadgen -c $clients -n $reqs -max $maxt -scenarios $scen"

for k in $(seq 1 "$rounds"); do
	order="A B"; [ $((k % 2)) = 0 ] && order="B A"
	for s in $order; do
		cpu=server=${pid[$s]}${neo:+,neo4j=$neo}
		echo "== round $k $s $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
		flock /tmp/hoigraph-bench.lock "$lg" -url "${url[$s]}" -c "$clients" -n "$reqs" -max "$maxt" -scenarios "$scen" -cpu-of "$cpu" >"$tmp/run-$k-$s.txt"
		grep -E '^\| [a-z]' "$tmp/run-$k-$s.txt" | grep -v '^| query' | sed "s/^/$k $s /" >>"$tmp/rows"
	done
done

# The rows: "K S | name | api rps | p50 | p99 | cy rps | p50 | p99 | ratio |"
# and "K S | name | cpu over http | cpu direct | in flight |"; per scenario,
# the rounds' values of each side, in round order, and the median of the
# ratios.
echo
echo "| scenario | API p50 / Cypher p50 A | median | B | median | API req/s A | B | server CPU per request (µs) A | B | Neo4j µs per request, API / direct A | B | all processes µs, API / direct A | B | statements at Neo4j at once, API / direct A | B |"
echo "| --- | --- | ---: | --- | ---: | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
awk -F' *\\| *' '
	{ split($1, h, " "); s = h[2]; n = $2 }
	!(n in seen) { seen[n] = 1; names[++m] = n }
	NF == 10 { rps[n, s] = add(rps[n, s], $3); r = $9; sub(/×/, "", r); ra[n, s] = add(ra[n, s], r); nr[n, s]++; v[n, s, nr[n, s]] = r + 0 }
	NF == 6 { srv[n, s] = add(srv[n, s], num($3, "server")); neo[n, s] = add(neo[n, s], num($3, "neo4j") "/" num($4, "neo4j"))
	          all[n, s] = add(all[n, s], num($3, "all") "/" num($4, "all")); fl = $5; gsub(/ /, "", fl); inf[n, s] = add(inf[n, s], fl) }
	function add(l, x) { return l == "" ? x : l ", " x }
	# num: the number after word in a CPU cell ("loadgen 25, server 214, neo4j 373; all 613 µs").
	function num(cell, word,   t) { t = cell; if (!sub(".*" word " ", "", t)) return "-"; sub(/[^0-9].*/, "", t); return t }
	function median(n, s,   k, j, t, c, a) { c = nr[n, s]; if (c == 0) return "-"
		for (k = 1; k <= c; k++) a[k] = v[n, s, k]
		for (k = 1; k <= c; k++) for (j = k + 1; j <= c; j++) if (a[j] < a[k]) { t = a[k]; a[k] = a[j]; a[j] = t }
		return sprintf("%.2f×", c % 2 ? a[(c + 1) / 2] : (a[c / 2] + a[c / 2 + 1]) / 2) }
	END { for (i = 1; i <= m; i++) { n = names[i]
		printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", n, ra[n, "A"], median(n, "A"), ra[n, "B"], median(n, "B"),
			rps[n, "A"], rps[n, "B"], srv[n, "A"], srv[n, "B"], neo[n, "A"], neo[n, "B"], all[n, "A"], all[n, "B"], inf[n, "A"], inf[n, "B"] } }' "$tmp/rows"
if [ -n "${OUT:-}" ]; then mkdir -p "$OUT" && cp "$tmp"/run-*.txt "$OUT"/ && echo "loadgen's outputs: $OUT"; fi
