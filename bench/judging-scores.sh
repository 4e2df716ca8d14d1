#!/usr/bin/env bash
# Benchmark: judges saving score drafts over HTTP on loopback, beside the framework's trivial endpoint under the
# same concurrency in the same run; then checks that every acknowledged save is in the database.
#   bench/judging-scores.sh [JUDGES] [SECONDS]
#   defaults: 200 concurrent judges, 30 s per phase; 400 entries × 5 judges each (10 sheets per judge)
# The server runs from the test classpath in the "bench" environment (the embedded defaults: H2 file database),
# which adds /api/bench/ping and seeds the judge accounts and eligible entries; the round, pool, assignment and
# every save go through the real API.
set -euo pipefail
cd "$(dirname "$0")/.."

judges=${1:-200}
seconds=${2:-30}
heap=1g

if [[ ! -f target/test-classes/cn/pingxuan/bench/ScoreSavingLoad.class ]]; then
    ./mvnw -q -B -Dskip.frontend=true test-compile
fi
work=$(mktemp -d)
server_pid=
cleanup() {
    [[ -n $server_pid ]] && { kill "$server_pid" && wait "$server_pid"; } 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port

env PINGXUAN_PORT="$port" PINGXUAN_ACCESS_LOG=WARN PINGXUAN_STORAGE_ROOT="$work/blobs" \
    PINGXUAN_DB_URL="jdbc:h2:file:$work/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;WRITE_DELAY=0" \
    PINGXUAN_BENCH_JUDGES="$judges" PINGXUAN_BENCH_ENTRIES=$((judges * 2)) \
    java -Xms$heap -Xmx$heap -cp "$cp" cn.pingxuan.bench.TusBenchServer >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 240); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/health" >/dev/null || { tail -50 "$work/server.log"; exit 1; }

java -cp "$cp" cn.pingxuan.bench.ScoreSavingLoad "$base" "$judges" "$seconds" || { tail -30 "$work/server.log"; exit 1; }
