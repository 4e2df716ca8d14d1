#!/usr/bin/env bash
# Benchmark: sustained mixed load on one server over loopback, bounded in time — judges saving score drafts,
# students' tus uploads and gallery readers, all at once; then checks that the database holds exactly the
# acknowledged scores and that every completed upload's stored object has its source's SHA-256.
#   bench/sustained-load.sh [--short] [SECONDS]
#   defaults: 300 s (--short: 30 s); JUDGES=200 (400 eligible entries, 5 judges each: 10 sheets per judge, saving
#   drafts with their version as fast as the server answers; JUDGE_PAUSE_MS=0 between saves), UPLOADS=20 concurrent tus uploads (files of 8–20 MiB
#   in CHUNK_MIB=6 MiB PATCHes, each upload paced to UPLOAD_KIBPS=1024 KiB/s as a student's uplink, 0 = unpaced; a
#   new file as each finishes), READERS=500 gallery readers (gallery page, work page, a 256 KiB Range of the work's
#   video, with If-None-Match, 1–3 s between requests) on a published contest of 120 awarded works.
# The server runs from the test classpath in the "bench" environment on the embedded defaults: an H2 file database
# and the file-system store, both in a temporary directory; heap HEAP=1g. It seeds the judges and entries
# (JudgingBenchSeed) and the published gallery (GalleryBenchSeed); the round, assignment and every save, upload and
# read go through the real API. Exits non-zero on any error, lost or duplicated write, or mismatch.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=300
if [[ ${1:-} == --short ]]; then seconds=30; shift; fi
seconds=${1:-$seconds}
judges=${JUDGES:-200}
uploads=${UPLOADS:-20}
readers=${READERS:-500}
upload_kibps=${UPLOAD_KIBPS:-1024}
chunk_mib=${CHUNK_MIB:-6}
judge_pause_ms=${JUDGE_PAUSE_MS:-0}
heap=${HEAP:-1g}

source bench/lib/server.sh
bench_prepare SustainedLoad
bench_start_server $heap PINGXUAN_UPLOAD_PART_SIZE="${chunk_mib}MB" PINGXUAN_BENCH_JUDGES="$judges" \
    PINGXUAN_BENCH_ENTRIES=$((judges * 2)) PINGXUAN_BENCH_GALLERY_WORKS=120

echo "server: pid $server_pid, heap $heap, H2 file database and file-system store in $work; $(nproc) cores shared with the load generator"
# the machine is shared: name what else was busy, since it decides the figures as much as the server does
busy() { ps -eo pid,pcpu,etimes,args --sort=-pcpu | awk -v me="$server_pid" 'NR > 1 && $1 != me && $2 >= 5 { printf "  %5s%% %s\n", $2, substr($0, index($0, $4), 100) }' | head -6; }
echo "before: load average $(cut -d' ' -f1-3 /proc/loadavg); other processes using ≥ 5 % CPU (average over their lifetime):"
busy
status=0
java -Xmx1g -cp "$cp" cn.pingxuan.bench.SustainedLoad "$base" "$server_pid" "$seconds" "$judges" "$uploads" "$readers" \
    "$upload_kibps" "$chunk_mib" "$judge_pause_ms" || status=$?
echo "after: load average $(cut -d' ' -f1-3 /proc/loadavg); store holds $(du -sm "$work/blobs" | cut -f1) MiB; other busy processes:"
busy
if ((status != 0)); then
    grep -E 'ERROR|WARN' "$work/server.log" | tail -20
    exit $status
fi
