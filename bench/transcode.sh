#!/usr/bin/env bash
# Benchmark: the video processor (JavaCV, in the JVM) beside the bundled ffmpeg binary with the same settings, on the
# same 1080p clip in the same run: H.264 libx264 CRF 23 preset veryfast High yuv420p, bicubic scaling to 720p,
# AAC 128 kb/s stereo, +faststart. The processor also picks the poster and writes three JPEGs; that is in its time.
#   bench/transcode.sh [SECONDS]          (default 30); ROUNDS=5 (each round runs both back to back, in turns
#                                         first; the median of the rounds' ratios is printed: the machine is shared)
# Runs from the test classpath on a fresh checkout: compiles the tests if their classes are missing; Maven resolves
# the FFmpeg build, whose ffmpeg binary is the one compared. Needs only bash and a JDK.
# The processor's time is its process() call in a JVM that has processed a short clip before (libraries loaded, Java
# code compiled), as in a running server; the ffmpeg binary's is its whole run. CPU time (user + system) is printed too: on a busy machine it says
# more about the work done than wall time does. The clip is testsrc2 (flat colours, cheap to encode), so decoding,
# scaling and the processor's own work per frame weigh more than with camera footage.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
rounds=${ROUNDS:-5}

if [[ ! -f target/test-classes/cn/pingxuan/bench/VideoTranscodeBench.class ]]; then
    ./mvnw -q -B -Dskip.frontend=true test-compile
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"
bench() { java -cp "$cp" cn.pingxuan.bench.VideoTranscodeBench "$@" 2>/dev/null; }

ffmpeg_bin=$(bench ffmpeg)
# the bundled binary finds its libraries by RUNPATH, but they do not look beside themselves for libva
ffmpeg() { LD_LIBRARY_PATH=$(dirname "$ffmpeg_bin") "$ffmpeg_bin" -hide_banner -v error -y "$@"; }
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
mib() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1048576 }'; }

clip() { # seconds, file
    ffmpeg -f lavfi -i "testsrc2=size=1920x1080:rate=30:duration=$1" \
        -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=$1" \
        -c:v libx264 -preset veryfast -crf 18 -pix_fmt yuv420p -c:a aac -b:a 192k -ac 2 "$2"
}
clip "$seconds" "$work/source.mp4"
clip 3 "$work/warm-up.mp4"

processor=() processor_cpu=() cli=() cli_cpu=() ratios=()
TIMEFORMAT='%3R %3U %3S'
run_processor() {
    rm -rf "$work/out"
    result=$(bench "$work/warm-up.mp4" "$work/source.mp4" "$work/out")
    processor+=("$(awk '/^ms / { print $2 }' <<<"$result")")
    processor_cpu+=("$(awk '/^cpu_ms / { print $2 }' <<<"$result")")
    details=$(sed -n 's/^details //p' <<<"$result")
}
run_cli() {
    { time ffmpeg -i "$work/source.mp4" -vf scale=-2:720 -c:v libx264 -preset veryfast -crf 23 -profile:v high \
        -pix_fmt yuv420p -c:a aac -b:a 128k -ac 2 -movflags +faststart "$work/cli.mp4"; } 2>"$work/time"
    read -r real user sys <"$work/time"
    cli+=("$(awk -v t="$real" 'BEGIN { printf "%d", t * 1000 }')")
    cli_cpu+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
}
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
for ((round = 1; round <= rounds; round++)); do
    if ((round % 2)); then run_processor; run_cli; else run_cli; run_processor; fi
    ratios+=("$(ratio "${processor[-1]}" "${cli[-1]}")")
done

printf 'source          %s s of 1080p30 testsrc2 + 48 kHz tone, %s MiB (%s)\n' "$seconds" "$(mib "$work/source.mp4")" "$details"
printf '%-15s %8s %8s %s\n' "" "wall ms" "CPU ms" "output"
printf '%-15s %8d %8d %s MiB web video + poster + 2 thumbnails\n' VideoProcessor "$(median "${processor[@]}")" \
    "$(median "${processor_cpu[@]}")" "$(mib "$work/out/timed/web.mp4")"
printf '%-15s %8d %8d %s MiB\n' "ffmpeg CLI" "$(median "${cli[@]}")" "$(median "${cli_cpu[@]}")" "$(mib "$work/cli.mp4")"
printf 'ratio           %s× wall (target ≤ 1.05×): median of the rounds'"'"' ratios (each pair ran back to back, in turns\n' \
    "$(median "${ratios[@]}")"
printf '                first); %s× CPU (medians); %s rounds\n' \
    "$(ratio "$(median "${processor_cpu[@]}")" "$(median "${cli_cpu[@]}")")" "$rounds"
echo "wall ms per round: VideoProcessor ${processor[*]} | ffmpeg ${cli[*]} | ratios ${ratios[*]}"
echo "load average before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores; this benchmark keeps about 2 busy)"
