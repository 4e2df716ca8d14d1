#!/usr/bin/env bash
# Benchmark: bulk user import end to end (HTTP upload → dry run → all-or-nothing import) on the
# embedded defaults. Prints the time of each step, rows per second and the server's resident memory.
#   bench/import-users.sh [ROWS]          (default 10000; builds the jar if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-10000}
jar=$(ls target/pingxuan-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [[ -z $jar ]]; then
    ./mvnw -q -B -DskipTests package
    jar=$(ls target/pingxuan-*.jar | grep -v original | head -n 1)
fi

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base=http://127.0.0.1:$port
cleanup() { [[ -n ${pid:-} ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

PINGXUAN_PORT=$port PINGXUAN_DB_URL="jdbc:h2:file:$work/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;WRITE_DELAY=0" \
    PINGXUAN_STORAGE_ROOT=$work/blobs PINGXUAN_ACCESS_LOG=WARN java -jar "$jar" >"$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 120); do curl -fs "$base/health" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/health" >/dev/null || { cat "$work/server.log"; exit 1; }

jar_cookies=$work/cookies
curl -s -c "$jar_cookies" "$base/api/me" >/dev/null
xsrf=$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar_cookies")
curl -fs -b "$jar_cookies" -c "$jar_cookies" -H "X-XSRF-TOKEN: $xsrf" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"Demo@2026"}' "$base/api/auth/login" >/dev/null

{
    echo "学号/工号,姓名,单位,角色"
    for ((i = 0; i < rows; i++)); do echo "B$i,学生$i,软件2301班,学生"; done
} | iconv -f UTF-8 -t GBK >"$work/users.csv"

timed() { # label, path
    local start end
    start=$(date +%s%N)
    curl -fs -b "$jar_cookies" -H "X-XSRF-TOKEN: $xsrf" -F "file=@$work/users.csv" "$base$2" -o "$work/$1.json"
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
preview_ms=$(timed preview /api/admin/users/import/preview)
import_ms=$(timed import /api/admin/users/import)
grep -q "\"imported\":$rows" "$work/import.json" || { echo "import failed:"; head -c 500 "$work/import.json"; exit 1; }
rss_kb=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")

printf 'rows                 %d (GBK CSV, %d KB)\n' "$rows" $(($(stat -c %s "$work/users.csv") / 1024))
printf 'dry run (preview)    %d ms\n' "$preview_ms"
printf 'import               %d ms  (%d rows/s)\n' "$import_ms" $((rows * 1000 / (import_ms > 0 ? import_ms : 1)))
printf 'server peak RSS      %d MB\n' $((rss_kb / 1024))
