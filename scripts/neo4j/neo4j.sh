#!/usr/bin/env bash
# Runs a real Neo4j Community server from Maven Central jars, on the JVM that
# is installed: no Docker engine needed.
#
#   neo4j.sh fetch                 download the jars once into $HOIGRAPH_CACHE
#   neo4j.sh run DIR [PORT]        run a server whose store lives in DIR, in the
#                                  foreground, until SIGINT/SIGTERM
#   neo4j.sh password DIR          print the password of the store in DIR; for a
#                                  new store, generate a random one first, kept in
#                                  DIR/password (mode 0600)
#   neo4j.sh import DIR PORT -- [FLAGS] CORPUS...
#                                  first load of a new store, offline: hoigraph
#                                  import into DIR (its server stopped), then
#                                  run the server as `run` does, once migrate
#                                  has finished the import and the indexes are
#                                  online (HOIGRAPH: the binary, else bin/hoigraph)
#   neo4j.sh with [--dir DIR] -- CMD ARGS...
#                                  start a server (a fresh store in a temp dir
#                                  unless --dir), export NEO4J_URI, NEO4J_USER,
#                                  NEO4J_PASSWORD, run CMD, stop the server,
#                                  exit with CMD's status
#
# Environment: NEO4J_VERSION (5.26.30), HOIGRAPH_CACHE (.cache at the repo
# root), NEO4J_PASSWORD (else the store's own, see password), NEO4J_HEAP (1g),
# NEO4J_PAGECACHE (512m), NEO4J_GC (the collector's JVM options, -XX:+UseG1GC), JAVA_HOME (else java on PATH; Java 17 or newer).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
version=${NEO4J_VERSION:-5.26.30}
cache=${HOIGRAPH_CACHE:-$root/.cache}
lib=$cache/neo4j-$version/lib
password=${NEO4J_PASSWORD:-}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

log() { echo "neo4j.sh: $*" >&2; }
die() { log "$*"; exit 1; }

fetch() {
	if [ -f "$lib/.complete" ]; then return 0; fi
	command -v mvn >/dev/null || die "mvn not found: install Maven (apt-get install maven)"
	log "fetching Neo4j $version jars from Maven Central into $lib"
	rm -rf "$lib"
	mvn -B -q -f "$here/pom.xml" -Dneo4j.version="$version" \
		dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$lib" >&2 \
		|| die "mvn could not fetch Neo4j $version"
	touch "$lib/.complete"
	log "fetched $(ls "$lib" | wc -l) jars, $(du -sh "$lib" | cut -f1)"
}

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

check_java() {
	local v
	v=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
	[ -n "$v" ] || die "no java found (set JAVA_HOME)"
	[ "$v" -ge 17 ] || die "Neo4j $version needs Java 17 or newer, found $v"
}

# store_password DIR: the password of the store in DIR (sets $password):
# NEO4J_PASSWORD when given; else the one kept in DIR/password; else, for a
# store not created yet, a new random one, kept there readable by its owner
# alone. A store created before passwords were generated keeps the old
# published one, with a warning.
store_password() {
	local dir=$1
	if [ -n "${NEO4J_PASSWORD:-}" ]; then
		password=$NEO4J_PASSWORD
	elif [ -f "$dir/password" ]; then
		password=$(cat "$dir/password")
	elif [ -f "$dir/data/dbms/auth.ini" ] || [ -d "$dir/data/databases/system" ]; then
		password=hoigraph-dev-password
		log "the store in $dir was created with the published password; delete it to get a random one"
	else
		mkdir -p "$dir"
		# Letters and digits only: a leading '-' would read as an option to
		# neo4j-admin, and no shell, URL or .env needs quoting for these.
		password=$(LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 24 || true)
		(umask 077 && printf '%s\n' "$password" >"$dir/password.tmp" && mv "$dir/password.tmp" "$dir/password")
		log "new store: its neo4j password is in $dir/password (readable by you alone)"
	fi
}

# init DIR PORT: write neo4j.conf and set the initial password on a new store.
init() {
	local dir=$1 port=$2
	mkdir -p "$dir/conf" "$dir/data" "$dir/logs" "$dir/run" "$dir/plugins" "$dir/import"
	cat >"$dir/conf/neo4j.conf" <<CONF
# Written by scripts/neo4j/neo4j.sh; rewritten at every start.
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:$port
server.bolt.advertised_address=127.0.0.1:$port
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
# Sized for a 2-core, 24 GiB machine shared with the API and the tests.
server.memory.heap.initial_size=${NEO4J_HEAP:-1g}
server.memory.heap.max_size=${NEO4J_HEAP:-1g}
server.memory.pagecache.size=${NEO4J_PAGECACHE:-512m}
server.jvm.additional=-XX:+UseG1GC
dbms.usage_report.enabled=false
db.tx_log.rotation.retention_policy=1 files
server.directories.data=$dir/data
server.directories.logs=$dir/logs
server.directories.run=$dir/run
server.directories.plugins=$dir/plugins
server.directories.import=$dir/import
CONF
	if [ ! -f "$dir/data/dbms/auth.ini" ] && [ ! -d "$dir/data/databases/system" ]; then
		if [ "${3:-}" = background ]; then
			# import: the password (the system database) while hoigraph
			# import works on the neo4j database; waited for before start.
			set_password "$dir" &
			password_pid=$!
		else
			set_password "$dir"
		fi
	fi
}

set_password() {
	NEO4J_HOME=$1 NEO4J_CONF=$1/conf "$java" -cp "$lib/*" org.neo4j.cli.AdminTool \
		dbms set-initial-password -- "$password" >"$1/logs/admin.log" 2>&1 \
		|| die "could not set the initial password (see $1/logs/admin.log)"
}

# start DIR PORT: start the server in the background; sets $server_pid.
start() {
	local dir=$1 port=$2 t0
	t0=$(date +%s%N)
	# shellcheck disable=SC2086 # NEO4J_GC may hold several options
	"$java" -Xms"${NEO4J_HEAP:-1g}" -Xmx"${NEO4J_HEAP:-1g}" ${NEO4J_GC:--XX:+UseG1GC} \
		--add-opens=java.base/java.nio=ALL-UNNAMED \
		--add-opens=java.base/java.io=ALL-UNNAMED \
		--add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
		--add-opens=java.base/java.lang=ALL-UNNAMED \
		-Dio.netty.tryReflectionSetAccessible=true \
		-cp "$lib/*" org.neo4j.server.CommunityEntryPoint \
		--home-dir="$dir" --config-dir="$dir/conf" --console-mode \
		>"$dir/logs/console.log" 2>&1 &
	server_pid=$!
	echo "$server_pid" >"$dir/run/server.pid"
	for _ in $(seq 1 600); do
		if ! kill -0 "$server_pid" 2>/dev/null; then
			tail -20 "$dir/logs/console.log" >&2
			die "Neo4j exited during start (see $dir/logs/console.log)"
		fi
		if grep -q "Started\." "$dir/logs/console.log" 2>/dev/null &&
			(exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			log "Neo4j $version up on bolt://127.0.0.1:$port in $(( ($(date +%s%N) - t0) / 1000000 )) ms (store $dir)"
			return 0
		fi
		sleep 0.2
	done
	stop
	die "Neo4j did not answer on port $port within 120 s"
}

stop() {
	[ -n "${server_pid:-}" ] || return 0
	if kill -0 "$server_pid" 2>/dev/null; then
		kill -TERM "$server_pid" 2>/dev/null || true
		for _ in $(seq 1 300); do
			kill -0 "$server_pid" 2>/dev/null || break
			sleep 0.2
		done
		kill -0 "$server_pid" 2>/dev/null && { log "Neo4j did not stop in 60 s; killing it"; kill -KILL "$server_pid" || true; }
		wait "$server_pid" 2>/dev/null || true
		log "Neo4j stopped"
	fi
	server_pid=
}

cmd=${1:-}
shift || true
case "$cmd" in
fetch)
	fetch
	;;
password)
	[ $# -ge 1 ] || die "usage: neo4j.sh password DIR"
	dir=$(mkdir -p "$1" && cd "$1" && pwd)
	store_password "$dir"
	printf '%s\n' "$password"
	;;
run)
	[ $# -ge 1 ] || die "usage: neo4j.sh run DIR [PORT]"
	dir=$(mkdir -p "$1" && cd "$1" && pwd)
	port=${2:-7687}
	store_password "$dir"
	check_java
	fetch
	init "$dir" "$port"
	trap 'stop; exit 0' INT TERM
	start "$dir" "$port"
	wait "$server_pid" || true
	;;
import)
	[ $# -ge 2 ] || die "usage: neo4j.sh import DIR PORT -- [hoigraph import flags] CORPUS..."
	dir=$(mkdir -p "$1" && cd "$1" && pwd)
	port=$2
	shift 2
	[ "${1:-}" = "--" ] && shift
	hoigraph=${HOIGRAPH:-$root/bin/hoigraph}
	if [ ! -x "$hoigraph" ]; then (cd "$root" && go build -o bin/hoigraph ./cmd/hoigraph) || die "could not build $hoigraph"; fi
	store_password "$dir"
	check_java
	fetch
	# hoigraph import refuses a running server; init would rewrite its conf.
	if [ -f "$dir/run/server.pid" ] && kill -0 "$(cat "$dir/run/server.pid")" 2>/dev/null; then
		die "the Neo4j server of $dir is running (pid $(cat "$dir/run/server.pid")): stop it first"
	fi
	password_pid=
	init "$dir" "$port" background
	status=0
	"$hoigraph" import -home "$dir" -neo4j-lib "$lib" "$@" || status=$?
	if [ -n "$password_pid" ]; then wait "$password_pid" || die "could not set the initial password (see $dir/logs/admin.log)"; fi
	# 3: imported, some inputs failed (listed); anything else: not imported.
	[ "$status" = 0 ] || [ "$status" = 3 ] || die "hoigraph import failed (status $status); the server was not started"
	trap 'stop; exit 0' INT TERM
	start "$dir" "$port"
	NEO4J_URI="bolt://127.0.0.1:$port" NEO4J_USER=neo4j NEO4J_PASSWORD="$password" "$hoigraph" migrate \
		|| { stop; die "migrate after the import failed"; }
	log "imported store ready: indexes online on bolt://127.0.0.1:$port (store $dir)"
	wait "$server_pid" || true
	;;
with)
	dir=
	while [ $# -gt 0 ]; do
		case "$1" in
		--dir) dir=$2; shift 2 ;;
		--) shift; break ;;
		*) die "usage: neo4j.sh with [--dir DIR] -- CMD ARGS..." ;;
		esac
	done
	[ $# -ge 1 ] || die "usage: neo4j.sh with [--dir DIR] -- CMD ARGS..."
	check_java
	fetch
	if [ -z "$dir" ]; then
		dir=$(mktemp -d "${TMPDIR:-/tmp}/hoigraph-neo4j.XXXXXX")
		cleanup_dir=$dir
	else
		dir=$(mkdir -p "$dir" && cd "$dir" && pwd)
		cleanup_dir=
	fi
	port=$(free_port)
	store_password "$dir"
	init "$dir" "$port"
	trap 'stop; [ -n "$cleanup_dir" ] && rm -rf "$cleanup_dir"' EXIT
	trap 'exit 130' INT TERM
	start "$dir" "$port"
	export NEO4J_URI="bolt://127.0.0.1:$port" NEO4J_USER=neo4j NEO4J_PASSWORD="$password"
	status=0
	"$@" || status=$?
	exit "$status"
	;;
*)
	die "usage: neo4j.sh fetch | run DIR [PORT] | import DIR PORT -- [FLAGS] CORPUS... | password DIR | with [--dir DIR] -- CMD ARGS..."
	;;
esac
