#!/usr/bin/env bash
# Benchmark: time to rank a large round: the judges' criterion values combined into totals, then ranked by each
# aggregation method, by all five at once, and the organizer's judge statistics (see RankingTimeBench).
#   bench/ranking-time.sh [ENTRIES]    (default 100000); PER_ENTRY=5 judges per entry drawn from a POOL=500,
#                                      ROUNDS=5 (warm-up runs, then as many timed runs; the median is printed)
# One JVM, single-threaded work; the heap is the JVM's default. Runs from the test classes on a fresh checkout
# (compiles them if missing); needs only bash and a JDK. Target: ≤ 1 s for the default method (ADDITIVE).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f target/test-classes/cn/pingxuan/bench/RankingTimeBench.class ]]; then
    ./mvnw -q -B -Dskip.frontend=true test-compile
fi

java -cp target/test-classes:target/classes cn.pingxuan.bench.RankingTimeBench "${1:-100000}" "${PER_ENTRY:-5}" \
    "${POOL:-500}" "${ROUNDS:-5}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
