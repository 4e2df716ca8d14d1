#!/usr/bin/env bash
# Benchmark: tus uploads end to end on loopback (curl → server → store), on the file-system store and on S3
# (S3Proxy, started here), each beside the store's own write speed measured in the same run; then the
# server's heap growth while several uploads run at once.
#   bench/tus-upload.sh [SIZE_MIB] [CONCURRENT] [CONCURRENT_MIB] [STORES]
#   defaults: 1024 MiB, 8 uploads of 256 MiB, "filesystem s3"; ROUNDS=3 (raw and tus alternate, medians are
#   printed: the machine is shared), PART_MIB=6 (pingxuan.upload.part-size)
# The server runs from the test classpath with the tests' upload purpose ("bench" environment): the app's own
# purposes (entry files, contest covers) add business checks and category limits (a 1 GiB file exceeds the demo
# contest's), not work on the byte path; the protocol, part buffers and stores measured are the app's own.
set -euo pipefail
cd "$(dirname "$0")/.."

size_mib=${1:-1024}
concurrent=${2:-8}
concurrent_mib=${3:-256}
stores=${4:-filesystem s3}
rounds=${ROUNDS:-3}
part_mib=${PART_MIB:-6}
heap=1g

if [[ ! -f target/test-classes/cn/pingxuan/bench/TusBenchServer.class ]]; then
    ./mvnw -q -B -Dskip.frontend=true test-compile
fi
if [[ ! -f target/s3proxy/s3proxy.jar ]]; then
    ./mvnw -q -B dependency:copy -Dartifact=org.gaul:s3proxy:4.1.0:jar:jar-with-dependencies -DoutputDirectory=target/s3proxy
    mv target/s3proxy/s3proxy-4.1.0-jar-with-dependencies.jar target/s3proxy/s3proxy.jar
fi

work=$(mktemp -d)
pids=()
stop() { # pid; a process killed by SIGTERM makes wait return 143, which must not abort the caller
    { kill "$1" && wait "$1"; } 2>/dev/null || true
}
cleanup() {
    for p in "${pids[@]}"; do stop "$p"; done
    rm -rf "$work"
}
trap cleanup EXIT

./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
b64() { printf '%s' "$1" | base64 -w0; }
mib_per_s() { awk -v b="$1" -v ns="$2" 'BEGIN { printf "%.0f", b / 1048576 / (ns / 1e9) }'; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# an MP4 file type box, then random bytes: what the tests' purpose accepts
make_file() { # path MiB
    { printf '\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2'; head -c $(($2 * 1048576 - 24)) /dev/urandom; } >"$1"
}

start_s3proxy() {
    s3_port=$(free_port)
    mkdir -p "$work/s3"
    cat >"$work/s3proxy.properties" <<EOF
s3proxy.endpoint=http://127.0.0.1:$s3_port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=bench
s3proxy.credential=bench-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$work/s3
EOF
    java -Xmx1g -jar target/s3proxy/s3proxy.jar --properties "$work/s3proxy.properties" >"$work/s3proxy.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 120); do (echo >"/dev/tcp/127.0.0.1/$s3_port") 2>/dev/null && return; sleep 0.5; done
    cat "$work/s3proxy.log"; exit 1
}

start_server() { # store, then extra environment assignments
    local store=$1; shift
    port=$(free_port)
    base=http://127.0.0.1:$port
    env PINGXUAN_PORT="$port" PINGXUAN_ACCESS_LOG=WARN PINGXUAN_STORAGE_ROOT="$work/blobs" PINGXUAN_UPLOAD_PART_SIZE="${part_mib}MB" \
        PINGXUAN_DB_URL="jdbc:h2:file:$work/db-$store;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;WRITE_DELAY=0" \
        "$@" java -Xms$heap -Xmx$heap -cp "$cp" cn.pingxuan.bench.TusBenchServer \
        >"$work/server-$store.log" 2>&1 &
    server_pid=$!
    pids+=($server_pid)
    for _ in $(seq 240); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.5; done
    curl -fs "$base/health" >/dev/null || { tail -50 "$work/server-$store.log"; exit 1; }
    cookies=$work/cookies-$store
    curl -s -c "$cookies" "$base/api/me" >/dev/null
    xsrf=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$cookies")
    curl -fs -b "$cookies" -c "$cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
        -d '{"username":"admin","password":"Demo@2026"}' "$base/api/auth/login" >/dev/null
}

stop_server() {
    stop "$server_pid"
}

tus_upload() { # file; creates an upload and sends the whole file in one PATCH, as tus-js-client does by default
    local file=$1 size location answer
    size=$(stat -c %s "$file")
    location=$(curl -fsS -D - -o /dev/null -b "$cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Tus-Resumable: 1.0.0' \
        -H "Upload-Length: $size" -H "Upload-Metadata: purpose $(b64 test),filename $(b64 bench.mp4),max $(b64 "$size")" \
        -X POST "$base/api/uploads" | awk 'tolower($1) == "location:" { print $2 }' | tr -d '\r')
    answer=$(curl -sS -D - -o /dev/null -b "$cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Tus-Resumable: 1.0.0' \
        -H 'Upload-Offset: 0' -H 'Content-Type: application/offset+octet-stream' -H 'Expect:' \
        -X PATCH -T "$file" "$base$location")
    grep -qi "^upload-offset: $size" <<<"$answer" || { echo "upload failed: $answer"; tail -30 "$work/server-$store.log"; exit 1; }
}

heap_used_kib() { jcmd "$server_pid" GC.heap_info | awk '/garbage-first heap/ { sub("K", "", $6); print $6 }'; }
# the class histogram runs a full GC and counts what survived at that moment: the live heap (heap_info after a
# separate GC.run would also count what the running uploads allocated in between)
heap_live_kib() { jcmd "$server_pid" GC.class_histogram | awk '/^Total/ { print int($3 / 1024) }'; }

measure_heap() { # prints the peak growth of the used heap and of the live heap, in MiB, and the sample count
    local files=() i baseline
    for ((i = 0; i < concurrent; i++)); do
        files+=("$work/concurrent-$i.mp4")
        make_file "${files[i]}" "$concurrent_mib"
    done
    baseline=$(heap_live_kib)
    : >"$work/used" && : >"$work/live"
    # used heap every 0.25 s, garbage included; every fourth sample also the live heap
    (for ((n = 0; ; n++)); do
        heap_used_kib >>"$work/used"
        if ((n % 4 == 3)); then heap_live_kib >>"$work/live"; fi
        sleep 0.25
    done) 2>/dev/null &
    local sampler=$! uploads=()
    for ((i = 0; i < concurrent; i++)); do
        tus_upload "${files[i]}" &
        uploads+=($!)
    done
    for p in "${uploads[@]}"; do wait "$p"; done
    stop "$sampler"
    echo "$((($(sort -n "$work/used" | tail -1) - baseline) / 1024)) $((($(sort -n "$work/live" | tail -1) - baseline) / 1024)) $(wc -l <"$work/live")"
    rm -f "${files[@]}"
}

make_file "$work/upload.mp4" "$size_mib"
source_sha=$(sha256sum "$work/upload.mp4" | cut -d' ' -f1)
declare -A results per_round

for store in $stores; do
    if [[ $store == s3 ]]; then
        start_s3proxy
        start_server s3 PINGXUAN_STORAGE_TYPE=s3 PINGXUAN_S3_ENDPOINT="http://127.0.0.1:$s3_port" \
            PINGXUAN_S3_ACCESS_KEY=bench PINGXUAN_S3_SECRET_KEY=bench-secret PINGXUAN_S3_BUCKET=bench
        raw_args=(s3 "http://127.0.0.1:$s3_port" bench bench-secret raw)
        stored_root=$work/s3/bench
    else
        start_server filesystem
        raw_args=(filesystem "$work/raw-blobs")
        stored_root=$work/blobs
    fi
    tus=() multipart=() put=()
    for ((round = 1; round <= rounds; round++)); do
        raw=$(java -cp "$cp" cn.pingxuan.bench.RawStoreWrite "${raw_args[@]}" "$size_mib" "$part_mib")
        multipart+=("$(awk '/^multipart/ { print $2 }' <<<"$raw")")
        put+=("$(awk '/^put/ { print $2 }' <<<"$raw")")
        started=$(date +%s%N)
        tus_upload "$work/upload.mp4"
        tus+=("$(mib_per_s $((size_mib * 1048576)) $(($(date +%s%N) - started)))")
    done
    stored=$(find "$stored_root/test" -type f -size +$((size_mib - 1))M | head -1)
    [[ $(sha256sum "$stored" | cut -d' ' -f1) == "$source_sha" ]] || { echo "stored file differs from the source"; exit 1; }
    read -r heap_used heap_live heap_samples <<<"$(measure_heap)"
    ((heap_samples > 0)) || heap_live=n/a
    stop_server
    results[$store]="$(median "${tus[@]}") $(median "${multipart[@]}") $(median "${put[@]}") $heap_used ${heap_live:-n/a} $heap_samples"
    per_round[$store]="tus ${tus[*]} | raw multipart ${multipart[*]} | raw put ${put[*]}"
done

printf '%s MiB in one PATCH over loopback, %s MiB parts, server heap %s, median of %s rounds; %s concurrent uploads of %s MiB\n' \
    "$size_mib" "$part_mib" "$heap" "$rounds" "$concurrent" "$concurrent_mib"
printf '%-11s %10s %16s %14s %8s %17s %17s\n' store "tus MiB/s" "raw multipart" "raw put" "tus/raw" "used heap growth" "live heap growth"
for store in $stores; do
    read -r tus multipart put used live _ <<<"${results[$store]}"
    printf '%-11s %10s %16s %14s %7s%% %13s MiB %13s MiB\n' "$store" "$tus" "$multipart" "$put" \
        "$((100 * tus / multipart))" "$used" "$live"
done
for store in $stores; do echo "$store MiB/s per round: ${per_round[$store]}"; done
echo "(baseline: the live heap before the concurrent uploads; used: peak of jcmd GC.heap_info every 0.25 s, garbage"
echo " included; live: peak of the objects surviving a full GC (jcmd GC.class_histogram) about once a second)"
