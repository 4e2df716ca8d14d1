package cn.pingxuan.media.video;

import java.awt.image.BufferedImage;

/**
 * Chooses the poster while the video is transcoded, so the original is decoded once. The frames at 10, 25, 50 and
 * 75 % of the duration are the candidates; one that shows something beats a black, white or flat one (fades, title
 * cards), and among equals the most detailed wins. The poster is upright and at the web video's size.
 */
final class PosterFramePicker {

    private static final double[] POSITIONS = {0.10, 0.25, 0.50, 0.75};
    /** Where the candidates fall when the file does not tell its duration. */
    private static final long UNKNOWN_DURATION_MICROS = 10_000_000;

    private final long[] candidateMicros = new long[POSITIONS.length];
    private final ColorMatrix colors;
    private final int rotation;
    private int nextCandidate;
    private BufferedImage best;
    private LumaStats bestStats;

    PosterFramePicker(VideoInfo video) {
        long durationMicros = video.pictureDurationMs() > 0 ? video.pictureDurationMs() * 1000 : UNKNOWN_DURATION_MICROS;
        for (int i = 0; i < POSITIONS.length; i++) {
            candidateMicros[i] = Math.round(durationMicros * POSITIONS[i]);
        }
        colors = video.color().matrix();
        rotation = video.rotation();
    }

    /** A decoded frame, shown at {@code playedMicros} from the start; it is a candidate if it is the first past one. */
    void offer(PackedYuvFrame frame, long playedMicros) {
        if (nextCandidate == candidateMicros.length || playedMicros < candidateMicros[nextCandidate]) {
            return;
        }
        while (nextCandidate < candidateMicros.length && candidateMicros[nextCandidate] <= playedMicros) {
            nextCandidate++;
        }
        consider(frame);
    }

    /** After the last frame: a video too short to reach any candidate gets its last frame. */
    void finish(PackedYuvFrame last) {
        if (best == null) {
            consider(last);
        }
    }

    BufferedImage poster() {
        if (best == null) {
            throw new IllegalStateException("no frame was offered");
        }
        return best;
    }

    private void consider(PackedYuvFrame frame) {
        LumaStats stats = frame.luma();
        if (best == null || better(stats, bestStats)) {
            best = QuarterTurns.counterClockwise(frame.toImage(colors), rotation);
            bestStats = stats;
        }
    }

    private static boolean better(LumaStats candidate, LumaStats current) {
        if (candidate.showsSomething() != current.showsSomething()) {
            return candidate.showsSomething();
        }
        return candidate.detail() > current.detail();
    }
}
