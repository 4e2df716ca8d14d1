#!/usr/bin/env bash
# Benchmark: the public gallery under load — the gallery page and a work page (JSON, without and with If-None-Match)
# beside a static file of the same bytes served by the same server, in the same run.
#   bench/gallery.sh [CLIENTS] [SECONDS] [ROUNDS] [WORKS]
#   defaults: 32 concurrent clients, 4 s per phase, 3 alternating rounds (medians), after 2 s of warm-up per phase;
#   120 awarded works: under 2 minutes in all
# The server runs from the test classpath in the "bench" environment (the embedded defaults: H2 file database),
# where GalleryBenchSeed publishes a copy of the demo contest with WORKS awarded entries. The static file is the gallery
# page's own JSON, saved into a directory on the server's classpath under public/, so both answers carry the same
# bytes. Exits non-zero when any request fails.
set -euo pipefail
cd "$(dirname "$0")/.."

clients=${1:-32}
seconds=${2:-4}
rounds=${3:-3}
works=${4:-120}

if [[ ! -f target/test-classes/cn/pingxuan/bench/GalleryLoad.class ]]; then
    ./mvnw -q -B -Dskip.frontend=true test-compile
fi
work=$(mktemp -d)
server_pid=
cleanup() {
    [[ -n $server_pid ]] && { kill "$server_pid" && wait "$server_pid"; } 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# resolving the classpath costs Maven's start-up: keep it until the pom changes
cp_file=target/bench-test-classpath.txt
if [[ ! -s $cp_file || pom.xml -nt $cp_file ]]; then
    ./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >/dev/null
fi
mkdir -p "$work/static/public/bench"
cp="$work/static:target/test-classes:target/classes:$(cat "$cp_file")"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port

env PINGXUAN_PORT="$port" PINGXUAN_ACCESS_LOG=WARN PINGXUAN_STORAGE_ROOT="$work/blobs" \
    PINGXUAN_DB_URL="jdbc:h2:file:$work/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;WRITE_DELAY=0" \
    PINGXUAN_BENCH_GALLERY_WORKS="$works" \
    java -Xms512m -Xmx512m -cp "$cp" cn.pingxuan.bench.TusBenchServer >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 240); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/health" >/dev/null || { tail -40 "$work/server.log"; exit 1; }

slug=$(curl -fs "$base/api/gallery" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["slug"])')
curl -fs "$base/api/gallery/$slug" -o "$work/static/public/bench/gallery.json"
code=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["categories"][0]["tiers"][0]["works"][0]["code"])' \
    "$work/static/public/bench/gallery.json")
printf 'gallery page %d bytes, work page %d bytes; server: %s\n' "$(stat -c %s "$work/static/public/bench/gallery.json")" \
    "$(curl -fs "$base/api/gallery/$slug/works/$code" | wc -c)" "$(nproc) cores shared with the load generator"

java -cp "$cp" cn.pingxuan.bench.GalleryLoad "$base" "/api/gallery/$slug" "/api/gallery/$slug/works/$code" \
    /bench/gallery.json "$clients" "$seconds" "$rounds" || { tail -30 "$work/server.log"; exit 1; }
