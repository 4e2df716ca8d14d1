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

source bench/lib/server.sh
bench_prepare ScoreSavingLoad
bench_start_server $heap PINGXUAN_BENCH_JUDGES="$judges" PINGXUAN_BENCH_ENTRIES=$((judges * 2))

java -cp "$cp" cn.pingxuan.bench.ScoreSavingLoad "$base" "$judges" "$seconds" || { tail -30 "$work/server.log"; exit 1; }
