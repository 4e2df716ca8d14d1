#!/usr/bin/env bash
# Benchmark: how close each aggregation method's ranking comes to the truth, on simulated contests with a known
# quality per entry and judges of random severity (see JudgingFairnessBench for the model).
#   bench/judging-fairness.sh [CONTESTS]    (default 100); ENTRIES=300 JUDGES=25 PER_ENTRY=5 (each judge scores
#                                            PER_ENTRY / JUDGES of the entries), SEVERITY=15 (uniform ±, points),
#                                            NOISE=5 (sd, points), SEED=20261121 (fixed: the figures repeat)
# Prints Kendall's τ-b of each method's ranking against the true qualities (mean ± sd over the contests), in how
# many contests the default method (ADDITIVE) came closer, and how much of the true top 10 % each method's top 10 %
# holds. Runs from the test classes on a fresh checkout (compiles them if missing); needs only bash and a JDK.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f target/test-classes/cn/pingxuan/bench/JudgingFairnessBench.class ]]; then
    ./mvnw -q -B -Dskip.frontend=true test-compile
fi

java -cp target/test-classes:target/classes cn.pingxuan.bench.JudgingFairnessBench "${1:-100}" "${ENTRIES:-300}" \
    "${JUDGES:-25}" "${PER_ENTRY:-5}" "${SEVERITY:-15}" "${NOISE:-5}" "${SEED:-20261121}"
