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

source bench/lib/server.sh
bench_prepare GalleryLoad
# the static file the gallery is measured against: the gallery page's own bytes, served from the classpath
mkdir -p "$work/static/public/bench"
cp="$work/static:$cp"
bench_start_server 512m PINGXUAN_BENCH_GALLERY_WORKS="$works"

slug=$(curl -fs "$base/api/gallery" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["slug"])')
curl -fs "$base/api/gallery/$slug" -o "$work/static/public/bench/gallery.json"
code=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["categories"][0]["tiers"][0]["works"][0]["code"])' \
    "$work/static/public/bench/gallery.json")
printf 'gallery page %d bytes, work page %d bytes; server: %s\n' "$(stat -c %s "$work/static/public/bench/gallery.json")" \
    "$(curl -fs "$base/api/gallery/$slug/works/$code" | wc -c)" "$(nproc) cores shared with the load generator"

java -cp "$cp" cn.pingxuan.bench.GalleryLoad "$base" "/api/gallery/$slug" "/api/gallery/$slug/works/$code" \
    /bench/gallery.json "$clients" "$seconds" "$rounds" || { tail -30 "$work/server.log"; exit 1; }
