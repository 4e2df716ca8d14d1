#!/usr/bin/env bash
# Benchmark: the judge-assignment planner on a random contest, cold first call and warm median, for a homogeneous
# pool and a mixed one (judges covering one or two of four categories, anywhere in the unit tree).
#   bench/assignment.sh [ENTRIES] [JUDGES] [K] [CALIBRATION] [RUNS]
#   defaults: 5000 entries, 60 judges, 5 judges per entry, no calibration, 7 runs
# The planner is plain Java: no server, no database, only the compiled classes.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f target/test-classes/cn/pingxuan/bench/AssignmentPlanBench.class ]]; then
    ./mvnw -q -B -Dskip.frontend=true test-compile
fi
java -cp target/test-classes:target/classes cn.pingxuan.bench.AssignmentPlanBench \
    "${1:-5000}" "${2:-60}" "${3:-5}" "${4:-0}" "${5:-7}"
