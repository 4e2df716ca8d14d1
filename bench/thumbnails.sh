#!/usr/bin/env bash
# Benchmark: a thumbnail of a 24 MP phone photo by the image processor's path (header, subsampled decode,
# orientation, JPEG) beside vipsthumbnail and ImageMagick in the same run, then ImageProcessor.process's
# throughput (2048 px display copy, 640/240 px thumbnails, fingerprint) on a batch of 12 MP photos.
#   bench/thumbnails.sh [RUNS] [EDGE] [BATCH]
#   defaults: 12 runs per tool, taken in turns (the machine is shared: every tool sees the same load) and their
#   medians printed; 480 px; 12 photos; THREADS=2 and ROUNDS=2 for the throughput; HEAP=512m for the JVM
# The peers come from Debian's imagemagick and libvips-tools: missing ones are installed with apt-get when the
# script runs as root; a peer still missing is named and skipped. Our path runs in a warmed-up JVM, as in a
# worker; the peers are programs started per picture, so the cost of starting them (on a 16×16 JPEG) is shown.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-12}
edge=${2:-480}
batch=${3:-12}
threads=${THREADS:-2}
rounds=${ROUNDS:-2}
heap=${HEAP:-512m}

if [[ ! -f target/test-classes/cn/pingxuan/bench/ThumbnailBench.class ]]; then
    ./mvnw -q -B -Dskip.frontend=true test-compile
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/test-classes:target/classes:$(cat "$work/cp.txt")"
bench() { java -Xmx"$heap" -cp "$cp" cn.pingxuan.bench.ThumbnailBench "$@"; }

# ImageMagick 7 is "magick"; Debian's 6 is convert-im6.q16 behind the "convert" alternative
imagemagick() {
    local candidate
    for candidate in magick convert-im6.q16 convert; do
        if command -v "$candidate" >/dev/null && "$candidate" -version 2>/dev/null | grep -q ImageMagick; then
            command -v "$candidate"
            return
        fi
    done
}
missing_peers() {
    [[ -n $(imagemagick) ]] || echo imagemagick
    command -v vipsthumbnail >/dev/null || echo libvips-tools
}
missing=($(missing_peers))
if ((${#missing[@]} > 0)) && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "installing ${missing[*]} with apt-get…"
    if ! { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"; } >"$work/apt.log" 2>&1; then
        tail -5 "$work/apt.log"
    fi
    missing=($(missing_peers))
fi
im=$(imagemagick)

echo "making the photos (one of 24 MP, $batch of 12 MP)…"
bench photos "$work" "$batch"
photo=$work/photo-24mp.jpg
tiny=$work/tiny.jpg

# the tools, each a command taking the input file; ours answers one line per thumbnail from its warm JVM
labels=() commands=()
add_tool() { labels+=("$1"); commands+=("$2"); }
vips_thumbnail() { vipsthumbnail "$1" --size "${edge}x${edge}" -o "$work/vips.jpg[Q=85,strip]"; }
im_thumbnail() { "$im" "$1" -auto-orient -thumbnail "${edge}x${edge}" -quality 85 "$work/im.jpg"; }
im_hinted_thumbnail() {
    "$im" -define jpeg:size=$((2 * edge))x$((2 * edge)) "$1" -auto-orient -thumbnail "${edge}x${edge}" -quality 85 "$work/im.jpg"
}
if command -v vipsthumbnail >/dev/null; then
    add_tool "vipsthumbnail $(vips --version | sed 's/^vips-//; s/-.*//')" vips_thumbnail
fi
if [[ -n $im ]]; then
    im_version=$("$im" -version | awk 'NR == 1 { print $3 }')
    add_tool "ImageMagick $im_version convert -thumbnail" im_thumbnail
    add_tool "ImageMagick $im_version, -define jpeg:size=$((2 * edge))x$((2 * edge))" im_hinted_thumbnail
fi
milliseconds() { # COMMAND FILE
    local start
    start=$(date +%s%N)
    "$1" "$2" >/dev/null
    echo $((($(date +%s%N) - start) / 1000000))
}
stats() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)], v[1] }'; }

coproc OURS { bench thumbnails "$photo" "$edge"; }
read -r _ <&"${OURS[0]}"
declare -A samples starts
for ((round = 0; round < runs; round++)); do
    echo go >&"${OURS[1]}"
    read -r ms <&"${OURS[0]}"
    samples[ours]+=" $ms"
    for i in "${!commands[@]}"; do
        samples[$i]+=" $(milliseconds "${commands[i]}" "$photo")"
        starts[$i]+=" $(milliseconds "${commands[i]}" "$tiny")"
    done
done
exec {OURS[1]}>&-
wait

echo
printf '24 MP JPEG (6000×4000, %s MB, EXIF Orientation 6: shown 4000×6000) → %s px thumbnail; median of %s runs in turns\n' \
    "$(awk -v b="$(stat -c %s "$photo")" 'BEGIN { printf "%.1f", b / 1048576 }')" "$edge" "$runs"
read -r median min <<<"$(stats ${samples[ours]})"
printf '  %-56s %5s ms  (min %s, warm JVM)\n' "pingxuan: header, subsampled decode, orientation, JPEG" "$median" "$min"
for i in "${!commands[@]}"; do
    read -r median min <<<"$(stats ${samples[$i]})"
    read -r start _ <<<"$(stats ${starts[$i]})"
    printf '  %-56s %5s ms  (min %s; %s ms of it starting the program)\n' "${labels[i]}" "$median" "$min" "$start"
done
if ((${#missing[@]} > 0)); then
    echo "  skipped, not installed: ${missing[*]}"
fi

echo
echo "ImageProcessor.process (2048 px display copy, 640 and 240 px thumbnails, fingerprint) on $threads threads,"
printf '%s photos of 12 MP (4000×3000), %s rounds after one to warm up: ' "$batch" "$rounds"
echo "$(bench process "$work/batch" "$threads" "$rounds") images/s"
