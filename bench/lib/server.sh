# Shared by the bench scripts that drive a live server: sourced, not run.
#   bench_prepare CLASS      compiles the test classes unless CLASS is built; makes $work (removed on exit) and $cp
#   bench_start_server HEAP [NAME=VALUE…]
#                            starts cn.pingxuan.bench.TusBenchServer (the "bench" environment) on a free loopback
#                            port with an H2 file database and a file-system store in $work, the given extra
#                            environment, and waits for /health; sets $port, $base and $server_pid

bench_prepare() {
    if [[ ! -f target/test-classes/cn/pingxuan/bench/$1.class ]]; then
        ./mvnw -q -B -Dskip.frontend=true test-compile
    fi
    work=$(mktemp -d)
    server_pid=
    trap bench_cleanup EXIT
    # resolving the classpath costs Maven's start-up: keep it until the pom changes
    local cp_file=target/bench-test-classpath.txt
    if [[ ! -s $cp_file || pom.xml -nt $cp_file ]]; then
        ./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
    fi
    cp="target/test-classes:target/classes:$(cat "$cp_file")"
}

bench_cleanup() {
    [[ -n $server_pid ]] && { kill "$server_pid" && wait "$server_pid"; } 2>/dev/null || true
    rm -rf "$work"
}

bench_start_server() {
    local heap=$1
    shift
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    base=http://127.0.0.1:$port
    # the shipped H2 settings, WRITE_DELAY=0 included: acknowledged commits survive a crash
    env PINGXUAN_PORT="$port" PINGXUAN_ACCESS_LOG=WARN PINGXUAN_STORAGE_ROOT="$work/blobs" \
        PINGXUAN_DB_URL="jdbc:h2:file:$work/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;WRITE_DELAY=0" \
        "$@" java -Xms"$heap" -Xmx"$heap" -cp "$cp" cn.pingxuan.bench.TusBenchServer >"$work/server.log" 2>&1 &
    server_pid=$!
    for _ in $(seq 240); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.5; done
    curl -fs "$base/health" >/dev/null || { tail -50 "$work/server.log"; exit 1; }
}
